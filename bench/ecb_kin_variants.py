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

import numpy as np

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
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
