"""The outlet view and quotes across outlets.

Outlet view: per article, what only it reports (figures no other outlet gives for the same
measure and value, speakers no one else quotes, people no one else names), its agency credits,
and the passages it shares nearly verbatim with other articles of the story (eight-word shingles)
— a hint of a common wire source.

Quotes across outlets: the same statement reported by several outlets, directly in one and
paraphrased in another, grouped by speaker and by the words the quotes share.
"""

from __future__ import annotations

import re
from typing import Any

from .model import Article

WORD = re.compile(r"\w+")
SHINGLE = 8


def _shingles(text: str) -> dict[tuple[str, ...], int]:
    """Eight-word shingles of a text with the character offset where each starts."""
    words = [(m.group(0).lower(), m.start()) for m in WORD.finditer(text)]
    return {tuple(w for w, _ in words[i : i + SHINGLE]): words[i][1] for i in range(len(words) - SHINGLE + 1)}


MAX_WITH = 20  # articles named per shared passage (the earliest read); ``copies`` counts them all
MIN_SHINGLES = 2  # a passage is at least this many shared shingles


def passages(articles: list[Article]) -> dict[str, list[dict[str, Any]]]:
    """Per article of a story, the passages it shares nearly word for word with other articles
    (``start, end, text, with, copies``; see :func:`_passages`)."""
    return _passages(articles, {a.id: _shingles(a.text) for a in articles})


def _passages(articles: list[Article], shingles: dict[str, dict[tuple[str, ...], int]]) -> dict[str, list[dict[str, Any]]]:
    """Per article, the passages it shares nearly word for word with other articles of the batch.

    One inverted index over the shingles, so the cost grows with the shingles, not with the pairs
    of articles; a passage names up to ``MAX_WITH`` other articles and counts them all (a wire
    story republished by hundreds of outlets stays one entry per article, not one per pair).
    """
    owners: dict[tuple[str, ...], list[str]] = {}
    count: dict[tuple[str, ...], int] = {}
    for a in articles:
        for sh in shingles[a.id]:
            n = count.get(sh, 0)
            count[sh] = n + 1
            if n <= MAX_WITH:
                owners.setdefault(sh, []).append(a.id)
    out: dict[str, list[dict[str, Any]]] = {}
    for a in articles:
        common = sorted((pos, sh) for sh, pos in shingles[a.id].items() if count[sh] > 1)
        runs: list[list[tuple[int, tuple[str, ...]]]] = []
        for pos, sh in common:  # join shingles that start close together into passages
            if runs and pos - runs[-1][-1][0] < 60:
                runs[-1].append((pos, sh))
            else:
                runs.append([(pos, sh)])
        found = []
        for run in runs:
            if len(run) < MIN_SHINGLES:
                continue
            start, end = run[0][0], _end_after(a.text, run[-1][0])
            others = list(dict.fromkeys(o for _, sh in run for o in owners[sh] if o != a.id))
            found.append({"with": others[:MAX_WITH], "copies": max(count[sh] for _, sh in run) - 1,
                          "start": start, "end": end, "text": a.text[start:end]})
        out[a.id] = found
    return out


def shared_passages(a: Article, others: list[Article]) -> list[dict[str, Any]]:
    """Passages of ``a`` that also stand, nearly word for word, in one of ``others``: ``start``,
    ``end``, ``text``, ``with`` (the other articles, up to ``MAX_WITH``) and ``copies`` (how many)."""
    batch = [a] + [o for o in others if o.id != a.id]
    return _passages(batch, {x.id: _shingles(x.text) for x in batch})[a.id]


def _end_after(text: str, pos: int) -> int:
    words = list(WORD.finditer(text, pos))
    return words[min(SHINGLE, len(words)) - 1].end() if words else len(text)


def _covered(text: str, found: list[dict[str, Any]]) -> float:
    """The share of ``text`` inside the passages (non-space characters)."""
    total = sum(1 for ch in text if not ch.isspace())
    inside, reach = 0, 0
    for p in sorted(found, key=lambda p: p["start"]):
        start = max(p["start"], reach)
        if p["end"] > start:
            inside += sum(1 for ch in text[start : p["end"]] if not ch.isspace())
            reach = p["end"]
    return round(inside / total, 2) if total else 0.0


def outlet_view(articles: list[Article], claims: list[dict[str, Any]], quotes: list[dict[str, Any]], entities: list[dict[str, Any]],
                shared: dict[str, list[dict[str, Any]]] | None = None) -> list[dict[str, Any]]:
    """One entry per article: ``article, outlet, agencies, only_figures, only_speakers, only_people,
    shared_passages, shared_share`` (the share of its text that stands in other articles too: near
    1 for republished agency copy; ``shared``: the story's :func:`passages`, when computed)."""
    figure_key = {c["id"]: (c["measure"], c["value"], c.get("low"), c.get("high")) for c in claims}
    figure_in: dict[Any, set[str]] = {}
    for c in claims:
        figure_in.setdefault(figure_key[c["id"]], set()).add(c["article"])
    speaker_in: dict[str, set[str]] = {}
    for q in quotes:
        speaker_in.setdefault(q["speaker"], set()).add(q["article"])
    found = shared if shared is not None else passages(articles)
    claims_of: dict[str, list[str]] = {}
    for c in claims:
        if figure_in[figure_key[c["id"]]] == {c["article"]}:
            claims_of.setdefault(c["article"], []).append(c["id"])
    speakers_of: dict[str, list[str]] = {}
    for sp, where in speaker_in.items():
        if len(where) == 1:
            speakers_of.setdefault(next(iter(where)), []).append(sp)
    people_of: dict[str, list[str]] = {}
    for e in entities:
        if e["type"] == "PER" and len(e["articles"]) == 1:
            people_of.setdefault(e["articles"][0], []).append(e["id"])
    out = []
    for a in articles:
        out.append({
            "article": a.id,
            "outlet": a.outlet,
            "agencies": list(a.agencies),
            "only_figures": claims_of.get(a.id, []),
            "only_speakers": sorted(speakers_of.get(a.id, [])),
            "only_people": people_of.get(a.id, []),
            "shared_passages": found.get(a.id, []),
            "shared_share": _covered(a.text, found.get(a.id, [])),
        })
    return out


def quote_groups(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Statements reported by several outlets: quotes of one speaker whose words overlap."""
    groups: list[dict[str, Any]] = []
    for q in quotes:
        words = {w.lower() for w in WORD.findall(q["text"]) if len(w) > 3}
        speaker = q.get("speaker_entity") or q["speaker"]
        home = next((g for g in groups if g["_speaker"] == speaker and len(words & g["_words"]) >= max(3, 0.3 * min(len(words), len(g["_words"])))), None)
        if home is None:
            groups.append({"_speaker": speaker, "_words": set(words), "speaker": q["speaker"], "quotes": [q["id"]], "articles": [q["article"]], "kinds": [q["kind"]]})
        else:
            home["quotes"].append(q["id"])
            home["_words"] |= words
            if q["article"] not in home["articles"]:
                home["articles"].append(q["article"])
            home["kinds"].append(q["kind"])
    out = []
    for g in groups:
        if len(g["articles"]) >= 2:
            out.append({"speaker": g["speaker"], "quotes": g["quotes"], "articles": g["articles"], "kinds": sorted(set(g["kinds"]))})
    return out
