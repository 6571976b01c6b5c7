"""Closest kin and rules beside it, scored at ECB+ topic level.

Run: ``STORYLENS_PURE=1 .venv/bin/python bench/ecb_kin_variants.py`` (about 10 s).

The 982 ECB+ documents are grouped as ``storylens eval clusters`` groups them (the same terms, the
streaming path at its ECB+ threshold), each story gets its profile, and every pair of stories is
compared (``stories.profile_rows`` and ``stories.similarities``, what ``relate`` uses). Then the
stories are joined by each rule below and scored with B-cubed against the topics:

- ``shipped``: ``stories.relate``'s closest kin (each other's nearest, or nearest to a story with at
  least ``SATELLITE_RATIO`` times the articles);
- ``same_rule``: the same rule computed here from the similarity matrix (a check: equals shipped);
- ``no_chain``: satellites are not taken in by a story that is itself a satellite of another;
- ``nearest_beyond_satellites``: the satellites joined first, then each story's nearest story other
  than its own satellites, joined when that story's nearest (beyond its own satellites) is it;
- ``article_votes``: each story's nearest story is the one its articles' nearest articles in other
  stories fall in most (counted, or summed cosines, per article of the story), then the same
  mutual/satellite rule; ``k`` nearest articles each.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import random

import numpy as np
from ecb_topic_pairs import fit

from storylens import stories
from storylens.evaluate import clusters as C

CORPUS = Path("../shared/corpus")


def _join(n: int, pairs: list[tuple[int, int]]) -> list[int]:
    parent = list(range(n))
    for a, b in pairs:
        parent[stories._find(parent, a)] = stories._find(parent, b)
    return [stories._find(parent, k) for k in range(n)]


def _kin_pairs(M: np.ndarray, size: np.ndarray, floor: float, ratio: float, no_chain: bool = False) -> list[tuple[int, int]]:
    n = len(M)
    near = M.argmax(1)
    ok = M[np.arange(n), near] >= floor
    mutual = [(a, int(near[a])) for a in range(n) if ok[a] and ok[near[a]] and near[near[a]] == a]
    sats = [(a, int(near[a])) for a in range(n) if ok[a] and size[near[a]] >= ratio * size[a]]
    if no_chain:
        child = {a for a, _ in sats}
        sats = [(a, b) for a, b in sats if b not in child]
    return mutual + sats


def _learned(M: np.ndarray, size: np.ndarray, groups: list[list[int]], topics: list[str], score) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    n = len(M)
    topic = [Counter(topics[i] for i in g).most_common(1)[0][0] for g in groups]
    rank = np.argsort(np.argsort(-M, axis=1), axis=1)
    best = M.max(1)
    out = {}
    for k in (1, 2, 3):
        cand = sorted({(min(a, int(b)), max(a, int(b))) for a in range(n) for b in np.argsort(-M[a])[:k] if M[a, b] > 0.03})
        x = np.array([[M[a, b], min(M[a, b] / best[a], M[a, b] / best[b]), max(M[a, b] / best[a], M[a, b] / best[b]),
                       1 / (1 + min(rank[a, b], rank[b, a])), 1 / (1 + max(rank[a, b], rank[b, a])),
                       np.log(min(size[a], size[b])), np.log(max(size[a], size[b]) / min(size[a], size[b]))] for a, b in cand])
        y = np.array([topic[a] == topic[b] for a, b in cand], dtype=float)
        for one in (False, True):
            runs = []
            for seed in (0, 1, 2):
                order = sorted(set(topics), key=int)
                random.Random(seed).shuffle(order)
                fold = {t: i % 5 for i, t in enumerate(order)}
                p = np.zeros(len(cand))
                for f in range(5):
                    test = np.array([f in (fold[topic[a]], fold[topic[b]]) for a, b in cand])
                    p[test] = fit(x[~test], y[~test], iters=3000)(x[test])
                row = []
                for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
                    edges = [e for e, q in zip(cand, p) if q >= t]
                    if one:
                        top: dict[int, tuple[float, tuple[int, int]]] = {}
                        for e, q in zip(cand, p):
                            for u in e:
                                if q >= t and q > top.get(u, (0.0, e))[0]:
                                    top[u] = (q, e)
                        edges = sorted({e for _, e in top.values()})
                    row.append(score(_join(n, edges))["f1"])
                runs.append(row)
            out[f"k{k}_{'each_best' if one else 'all'}_thresholds_0.3-0.8_seeds_0-2"] = runs
    return out


def main() -> None:
    """Print a JSON report."""
    titles, texts, topics, _ = C.ecb_documents(CORPUS)
    docs = C._terms_of(texts, "en", titles=titles)
    vec = stories.Vectors.fit(docs, stories.STREAM_TERMS)
    groups = stories.cluster(vec, C.ECB_THRESHOLD)
    n = len(groups)
    keys = [str(k) for k in range(n)]
    profiles = {keys[k]: stories.profile([docs[i] for i in g]) for k, g in enumerate(groups)}
    size = np.array([len(g) for g in groups])
    df: Counter[str] = Counter()
    for p in profiles.values():
        df.update(p.keys())
    rows = stories.profile_rows(profiles, n, df)
    M = np.full((n, n), -1.0)
    for a in range(n):
        for other, sim in stories.similarities(rows[keys[a]], {keys[b]: rows[keys[b]] for b in range(n) if b != a}).items():
            M[a, int(other)] = sim
    story_of = [0] * len(docs)
    for k, g in enumerate(groups):
        for i in g:
            story_of[i] = k

    def score(fam: list[int]) -> dict[str, float]:
        return C.bcubed([fam[story_of[i]] for i in range(len(docs))], topics)

    floor, ratio = stories.CLOSEST_MIN, stories.SATELLITE_RATIO
    shipped = stories.relate(profiles, sizes={k: int(size[int(k)]) for k in keys})
    out: dict[str, object] = {"documents": len(docs), "stories": n, "floor": floor, "satellite_ratio": ratio}
    out["shipped"] = score(_join(n, [(int(s), int(r["story"])) for s, found in shipped.items() for r in found if r["closest"]]))
    out["same_rule"] = score(_join(n, _kin_pairs(M, size, floor, ratio)))
    out["no_chain"] = score(_join(n, _kin_pairs(M, size, floor, ratio, no_chain=True)))

    sweep = {}
    for fl in (0.08, 0.10, 0.12, 0.15):
        sats = [p for p in _kin_pairs(M, size, fl, ratio) if size[p[1]] >= ratio * size[p[0]]]
        M2 = M.copy()
        for a, b in sats:
            M2[b, a] = -1.0
        near = M2.argmax(1)
        ok = M2[np.arange(n), near] >= fl
        mutual = [(a, int(near[a])) for a in range(n) if ok[a] and ok[near[a]] and near[near[a]] == a]
        sweep[str(fl)] = score(_join(n, sats + mutual))
    out["nearest_beyond_satellites"] = sweep

    X = np.zeros((len(docs), len(docs)))
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            X[i, j] = X[j, i] = vec.cosine(i, j)
    votes = {}
    for k_near in (1, 3, 5):
        for summed in (False, True):
            V = np.zeros((n, n))
            for i in range(len(docs)):
                row = X[i].copy()
                row[groups[story_of[i]]] = -1.0
                for j in np.argsort(-row)[:k_near]:
                    if row[j] > 0:
                        V[story_of[i], story_of[j]] += row[j] if summed else 1.0
            V /= size[:, None]
            np.fill_diagonal(V, -1.0)
            votes[f"k{k_near}_{'cosines' if summed else 'counts'}"] = score(_join(n, _kin_pairs(V, size, 1e-9, ratio)))
    out["article_votes"] = votes
    out["learned_decision"] = _learned(M, size, groups, topics, score)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
