"""How far shared names carry ECB+ from events to topics (issue 5, the topic-level aim).

Run: ``.venv/bin/python bench/ecb_anchor_oracle.py [CORPUS]`` (default ``../shared/corpus``; seconds).
Starts from the *gold* events (a perfect event-level grouping, which storylens does not reach),
gives each event the K capitalised words (not opening a sentence, not a weekday, month or common
opener) found in the most of its documents, and joins events that share one of them (names held
by more than three events are ignored); prints topic-level B-cubed for K = 3, 5, 8. An upper
bound of what joining stories by their anchor names can give, measured without tuning on topics.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from storylens.evaluate.clusters import bcubed, ecb_documents, ecb_whole

STOP = frozenset(
    "The A An In On At He She It They We I This That But And For Of To After Before Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday January February March April May June July August September October November December Mr Mrs "
    "Ms Dr According Police New Photo Click Share Reuters AP Associated Press His Her Their There".split())


def names(text: str) -> Counter[str]:
    """Capitalised words inside sentences (a rough name finder; no model, so nothing is tuned)."""
    return Counter(m.group(1) for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]{2,})\b", text) if m.group(1) not in STOP)


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpus")
    titles, bodies, topics, events = ecb_documents(corpus)
    texts = ecb_whole(titles, bodies)  # title (the first sentence) and text
    found = [names(t) for t in texts]
    by_event: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        by_event[e].append(i)
    groups = list(by_event.values())
    out = {"documents": len(texts), "events": len(groups),
           "gold events, no join": bcubed([events.index(e) for e in events], topics)}
    for k in (3, 5, 8):
        anchors = []
        for g in groups:
            df: Counter[str] = Counter()
            for i in g:
                df.update(set(found[i]))
            anchors.append({w for w, n in df.most_common(k) if n >= 0.5 * len(g)})
        parent = list(range(len(groups)))

        def root(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        holders: dict[str, list[int]] = defaultdict(list)
        for n, a in enumerate(anchors):
            for w in a:
                holders[w].append(n)
        for held in holders.values():
            if len(held) <= 3:
                for n in held[1:]:
                    parent[root(n)] = root(held[0])
        pred = [0] * len(texts)
        for n, g in enumerate(groups):
            for i in g:
                pred[i] = root(n)
        out[f"gold events joined on {k} anchor names"] = bcubed(pred, topics)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
