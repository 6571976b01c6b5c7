"""Splitting stories that hold two events, scored on ECB+ (event and topic level).

Run: ``STORYLENS_PURE=1 .venv/bin/python bench/ecb_split.py`` (about 30 s).

The 982 ECB+ documents are grouped as ``storylens eval clusters`` groups them (the same terms, the
streaming path at its ECB+ threshold) without the split, then each story is split by
``stories.split_story`` at each ``SPLIT_RATIO`` / ``SPLIT_MIN`` of the sweep; every grouping is
scored with B-cubed against the events (``Necb`` vs ``Necbplus``) and, after joining each story with
its closest kin (``stories.relate``), against the topics. ``two_fold``: the ratio chosen on the
documents of the odd topics (best event F1) is scored on the even topics' documents and back.
``gold_events``: the closest-kin rule over ECB+'s own events — how far topic level could go if the
stories were perfect events.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from storylens import stories
from storylens.evaluate import clusters as C

CORPUS = Path("../shared/corpus")
RATIOS = (0.5, 0.6, 0.65, 0.7, 0.8)
MINIMA = (3, 4, 5)


def _kin(docs: list[Counter[str]], groups: list[list[int]]) -> list[int]:
    """Each document's family: its story joined with the story's closest kin."""
    keys = [str(k) for k in range(len(groups))]
    profiles = {keys[k]: stories.profile([docs[i] for i in g]) for k, g in enumerate(groups)}
    links = stories.relate(profiles, sizes={k: len(groups[int(k)]) for k in keys})
    parent = list(range(len(groups)))
    for s, found in links.items():
        for r in found:
            if r["closest"]:
                parent[stories._find(parent, int(s))] = stories._find(parent, int(r["story"]))
    fam = [0] * sum(len(g) for g in groups)
    for k, g in enumerate(groups):
        for i in g:
            fam[i] = stories._find(parent, k)
    return fam


def _scores(docs: list[Counter[str]], groups: list[list[int]], topics: list[str], events: list[str],
            keep: list[int] | None = None) -> dict[str, float]:
    story = [0] * len(docs)
    for k, g in enumerate(groups):
        for i in g:
            story[i] = k
    fam = _kin(docs, groups)
    idx = keep if keep is not None else list(range(len(docs)))
    return {"stories": len({story[i] for i in idx}),
            "event_f1": C.bcubed([story[i] for i in idx], [events[i] for i in idx])["f1"],
            "topic_kin_f1": C.bcubed([fam[i] for i in idx], [topics[i] for i in idx])["f1"]}


def main() -> None:
    """Print a JSON report."""
    titles, texts, topics, events = C.ecb_documents(CORPUS)
    docs = C._terms_of(texts, "en", titles=titles)
    vec = stories.Vectors.fit(docs, stories.STREAM_TERMS)
    whole = stories.cluster(vec, C.ECB_THRESHOLD, split=False)
    shipped = (stories.SPLIT_RATIO, stories.SPLIT_MIN)
    out: dict[str, object] = {"documents": len(docs), "shipped": {"ratio": shipped[0], "min": shipped[1]},
                              "unsplit": _scores(docs, whole, topics, events)}
    grid: dict[tuple[int, float], list[list[int]]] = {}
    for m in MINIMA:
        for r in RATIOS:
            stories.SPLIT_MIN, stories.SPLIT_RATIO = m, r
            grid[m, r] = [p for g in whole for p in stories.split_story(vec.rows, g)]
    stories.SPLIT_RATIO, stories.SPLIT_MIN = shipped
    out["sweep"] = {f"min {m}, ratio {r}": _scores(docs, groups, topics, events) for (m, r), groups in grid.items()}
    odd = [i for i, t in enumerate(topics) if int(t) % 2]
    even = [i for i, t in enumerate(topics) if not int(t) % 2]
    folds = {}
    for name, pick, score in (("even", odd, even), ("odd", even, odd)):
        m = shipped[1]
        best = max(RATIOS, key=lambda r: _scores(docs, grid[m, r], topics, events, pick)["event_f1"])
        folds[name] = {"ratio": best, **_scores(docs, grid[m, best], topics, events, score),
                       "unsplit": _scores(docs, whole, topics, events, score)}
    out["two_fold"] = folds
    gold: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        gold[e].append(i)
    out["gold_events"] = _scores(docs, list(gold.values()), topics, events)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
