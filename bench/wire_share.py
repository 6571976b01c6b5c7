"""How much of each held-out article stands in other articles of its story (the outlet view's
``shared_share``): the stories of `storylens eval dossier` (ECB+ events, SemEval pairs).

Run: ``.venv/bin/python bench/wire_share.py`` (about four minutes on 2 cores).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storylens.evaluate.dossier import ecb_events, semeval_pairs
from storylens.pipeline import analyze_docs


def main() -> None:
    """Print a JSON report."""
    sets: dict[str, Any] = {}
    sets.update(ecb_events(Path("../shared/corpus")))
    sets.update(semeval_pairs(Path("../shared/corpus")))
    shares: list[tuple[float, str, str]] = []
    for name, docs in sets.items():
        arts, found = analyze_docs(docs)
        for st in found:
            if len(st.articles) < 2:
                continue
            for o in st.outlets:
                shares.append((o["shared_share"], name, o["article"]))
    shares.sort(reverse=True)
    n = len(shares)
    print(json.dumps({"articles": n, ">=0.8": sum(s >= 0.8 for s, *_ in shares), ">=0.5": sum(s >= 0.5 for s, *_ in shares), ">0": sum(s > 0 for s, *_ in shares), "top": shares[:8]}, indent=1))


if __name__ == "__main__":
    main()
