"""Check dossiers of stories storylens has never been tuned on: every rule of the dossier that can
be checked without gold, story by story.

Stories: each ECB+ event folder (``Necb``, ``Necbplus``: English articles on one event) and each
German SemEval same-story pair (Overall ≤ 1.5, both texts German), analysed end to end as a user
would (``analyze`` on the articles; grouping may split them). Checks, per story of two or more
articles:

* ``summary_size`` — 3–12 sentences when the story has three or more articles (at least one
  otherwise), from at least min(3, articles) articles;
* ``summary_spans`` — every sentence cites spans of the story's articles whose text it is;
* ``spans`` — every claim and quote is the text of its span;
* ``comparison_outlets`` — a comparison cites claims of two or more outlets and its explanation
  names every one of them;
* ``comparison_agree`` — ``agree`` only for values within 2 %;
* ``comparison_spread`` — no comparison puts figures more than a factor of nine apart side by
  side (the compare stage keeps clusters within a factor of three of the main one);
* ``timeline`` — dates in order, no date and text twice, every source a span of a story article.

The report counts stories, violations per check and up to five examples per check.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..ingest import RawDoc, split_paragraphs
from ..model import Article, Story
from ..pipeline import analyze_docs

CHECKS = ("summary_size", "summary_spans", "spans", "comparison_outlets", "comparison_agree", "comparison_spread", "timeline")


def ecb_events(corpus: Path) -> dict[str, list[RawDoc]]:
    """ECB+ event folders as lists of raw documents (English)."""
    out: dict[str, list[RawDoc]] = {}
    for folder in sorted((corpus / "ecbplus").iterdir()):
        docs = []
        for f in sorted(folder.glob("*.json")):
            obj = json.loads(f.read_text(encoding="utf-8"))
            if obj.get("text", "").strip():
                docs.append(RawDoc(id=f.stem, path=str(f), fmt="json", paragraphs=split_paragraphs(obj["text"]),
                                   title=obj.get("title"), language=obj.get("language") or "en"))
        if len(docs) >= 2:
            out[f"ecbplus/{folder.name}"] = docs
    return out


def semeval_pairs(corpus: Path) -> dict[str, list[RawDoc]]:
    """German same-story SemEval pairs (Overall ≤ 1.5) as two-article stories."""
    csv.field_size_limit(1 << 30)
    out: dict[str, list[RawDoc]] = {}
    with open(corpus / "semeval2022-task8-sample" / "train.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["lang1"] != "de" or row["lang2"] != "de" or float(row["Overall"]) > 1.5:
                continue
            docs = [RawDoc(id=f"{row['pair_id']}:{k}", path=f"semeval:{row['pair_id']}:{k}", fmt="txt",
                           paragraphs=split_paragraphs(row[k]), language="de") for k in ("text1", "text2") if row[k].strip()]
            if len(docs) == 2:
                out[f"semeval/{row['pair_id']}"] = docs
    return out


def check_story(story: Story, by_id: dict[str, Article]) -> dict[str, list[str]]:
    """The violations of one story, by check."""
    bad: dict[str, list[str]] = defaultdict(list)
    members = {aid: by_id[aid] for aid in story.articles}
    outlet = {aid: (a.outlet or aid) for aid, a in members.items()}

    n = len(story.summary)
    cited = {s["article"] for sent in story.summary for s in sent["sources"]}
    low = 3 if len(members) >= 3 else 1
    if not low <= n <= 12 or len(cited) < min(3, len(members)):
        bad["summary_size"].append(f"{n} sentences from {len(cited)} of {len(members)} articles")
    for sent in story.summary:
        for s in sent["sources"]:
            a = members.get(s["article"])
            if a is None or not 0 <= s["start"] < s["end"] <= len(a.text) or a.text[s["start"]:s["end"]].strip() not in sent["text"]:
                bad["summary_spans"].append(f"{s['article']}:{s['start']}-{s['end']}")

    for item in (*story.claims, *story.quotes):
        a = members.get(item["article"])
        if a is None or a.text[item["start"]:item["end"]] != item["text"]:
            bad["spans"].append(item["id"])

    claims = {c["id"]: c for c in story.claims}
    for cmp in story.comparisons:
        involved = [claims[cid] for cid in cmp["claims"] if cid in claims]
        outlets = {outlet[c["article"]] for c in involved}
        if len(outlets) < 2 or any(o not in cmp["explanation"] for o in outlets):
            bad["comparison_outlets"].append(cmp["id"])
        points = [float(c["value"]) for c in involved if c.get("value") is not None]
        if cmp["verdict"] == "agree" and points and max(points) > 1.02 * min(points):
            bad["comparison_agree"].append(f"{cmp['id']}: {sorted(points)}")
        positive = [p for p in points if p > 0]
        if " ⊂ " not in cmp["subject"] and positive and max(positive) > 9 * min(positive):
            bad["comparison_spread"].append(f"{cmp['id']} {cmp['measure']}: {min(positive):g} … {max(positive):g}")

    dates = [e["date"] for e in story.timeline]
    keys = [(e["date"], e["text"]) for e in story.timeline]
    if dates != sorted(dates) or len(set(keys)) != len(keys):
        bad["timeline"].append("order or duplicates")
    for e in story.timeline:
        for s in e["sources"]:
            a = members.get(s["article"])
            if a is None or not 0 <= s["start"] < s["end"] <= len(a.text):
                bad["timeline"].append(f"{e['date']} {s['article']}")
    return bad


def _listed(name: str, story: Story, by_id: dict[str, Article]) -> list[dict[str, Any]]:
    """Every comparison of a story with the sentences of its claims, for reading verdicts by hand."""
    claims = {c["id"]: c for c in story.claims}
    out = []
    for cmp in story.comparisons:
        rows = []
        for cid in cmp["claims"]:
            c = claims[cid]
            a = by_id[c["article"]]
            rows.append({"article": c["article"], "value": c["value"], "low": c["low"], "high": c["high"],
                         "qualifier": c["qualifier"], "as_of": c["as_of"],
                         "sentence": a.sentences[c["sentence"]].text_of(a.text)})
        out.append({"story": name, "verdict": cmp["verdict"], "measure": cmp["measure"], "subject": cmp.get("subject"),
                    "explanation": cmp["explanation"], "sources": cmp.get("sources"), "copies": cmp.get("copies", []), "claims": rows})
    return out


def run(corpus: Path, which: tuple[str, ...] = ("ecbplus", "semeval"), verdicts: bool = False) -> dict[str, Any]:
    """Analyse every held-out story and count the violations of each check; with ``verdicts``,
    also list every comparison with the sentences of its claims (``listed``)."""
    sets: dict[str, list[RawDoc]] = {}
    if "ecbplus" in which:
        sets.update(ecb_events(corpus))
    if "semeval" in which:
        sets.update(semeval_pairs(corpus))
    counts = dict.fromkeys(CHECKS, 0)
    examples: dict[str, list[str]] = {k: [] for k in CHECKS}
    stories = articles = comparisons = copied = 0
    counted: dict[str, int] = defaultdict(int)
    listed: list[dict[str, Any]] = []
    for name, docs in sets.items():
        arts, found = analyze_docs(docs)
        by_id = {a.id: a for a in arts}
        for story in found:
            if len(story.articles) < 2:
                continue
            stories += 1
            articles += len(story.articles)
            comparisons += len(story.comparisons)
            for cmp in story.comparisons:
                counted[cmp["verdict"]] += 1
                if cmp.get("copies"):
                    copied += 1  # reports repeating one wire text: fewer sources than reports
            if verdicts:
                listed += _listed(name, story, by_id)
            for check, found_bad in check_story(story, by_id).items():
                counts[check] += 1
                if len(examples[check]) < 5:
                    examples[check].append(f"{name}: {found_bad[0]}")
    result: dict[str, Any] = {
        "story_sets": len(sets), "stories": stories, "articles": articles, "comparisons": comparisons,
        "verdicts": dict(sorted(counted.items())),
        "comparisons_with_wire_copies": copied,
        "stories_violating": counts, "examples": {k: v for k, v in examples.items() if v},
    }
    if verdicts:
        result["listed"] = listed
    return result
