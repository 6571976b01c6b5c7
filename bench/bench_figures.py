"""Cost of claims and quotes per article, on the fundus pages, scaled to 600 words.

Run: ``.venv/bin/python bench/bench_figures.py [FOLDER] [--repeat N]`` (default
``../shared/corpus/fundus-de``). Articles are extracted, cleaned and segmented first, untimed;
then claim and quote extraction run ``--repeat`` times over all of them and the best run counts.
The report gives milliseconds per article and per 600 words (the issue's yardstick).
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from storylens import claims, quotes
from storylens.ingest import html_to_doc
from storylens.pipeline import prepare


def main() -> None:
    """Print a JSON report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default="../shared/corpus/fundus-de", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    pages = sorted(args.folder.rglob("*.html.gz"))
    docs = [html_to_doc(gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace"), path=str(p), doc_id=p.name) for p in pages]
    articles = prepare(docs)
    words = sum(len(a.text.split()) for a in articles)
    best = float("inf")
    found = (0, 0)
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n_claims = sum(len(claims.extract(a)) for a in articles)
        n_quotes = sum(len(quotes.extract(a)) for a in articles)
        best = min(best, time.perf_counter() - t0)
        found = (n_claims, n_quotes)
    print(json.dumps({
        "articles": len(articles),
        "words_per_article": round(words / len(articles)),
        "claims": found[0],
        "quotes": found[1],
        "ms_per_article": round(1000 * best / len(articles), 2),
        "ms_per_600_words": round(1000 * best / words * 600, 2),
    }, indent=2))


if __name__ == "__main__":
    main()
