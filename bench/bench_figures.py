"""Cost of claims and quotes per article, on the fundus pages, scaled to 600 words.

Run: ``.venv/bin/python bench/bench_figures.py [FOLDER] [--repeat N]`` (default
``../shared/corpus/fundus-de``). Articles are extracted, cleaned and segmented first, untimed;
then claim and quote extraction run ``--repeat`` times over all of them and the best run counts.
The report gives milliseconds per article and per 600 words (the issue's yardstick) three ways,
as claims and quotes keep per-word facts (names, roles, base forms) in caches between articles:
``cold``: the caches emptied before each run (they fill during it, from the articles read before,
as in a fresh job); ``unseen``: emptied, then filled by reading other German articles (the
SemEval German texts in ``../shared/corpus``, untimed), as in a long job that meets these articles
for the first time — the figure the issue's aim is held to; ``warm``: left as the run before left
them, the same articles read again (a lower bound, not what a user sees).
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from storylens import claims, lang, quotes
from storylens.evaluate.figures import _semeval_rows, load_document
from storylens.ingest import html_to_doc
from storylens.pipeline import prepare


def clear_caches() -> None:
    """Empty what claims and quotes keep per word between articles (never the loaded lexicons)."""
    for module in (claims, quotes):
        for value in vars(module).values():
            if hasattr(value, "cache_clear") and getattr(value, "__module__", "") == module.__name__:
                value.cache_clear()
    for cache in (getattr(quotes, "_SINGLE_WORDS", None), getattr(quotes, "_MULTI_WORDS", None), getattr(lang, "_ROLE_CACHE", None)):
        if cache is not None:
            cache.clear()


def timed(articles: list, repeat: int, cold: bool, others: list | None = None) -> tuple[float, tuple[int, int]]:
    """The best time of ``repeat`` runs over all articles, and what they found; ``cold`` empties the
    caches before each run, then ``others`` are read, untimed."""
    best = float("inf")
    found = (0, 0)
    for _ in range(repeat):
        if cold:
            clear_caches()
            for other in others or ():
                claims.extract(other)
                quotes.extract(other)
        t0 = time.perf_counter()
        n_claims = sum(len(claims.extract(a)) for a in articles)
        n_quotes = sum(len(quotes.extract(a)) for a in articles)
        best = min(best, time.perf_counter() - t0)
        found = (n_claims, n_quotes)
    return best, found


def main() -> None:
    """Print a JSON report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default="../shared/corpus/fundus-de", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus"), help="where the other German articles are read from")
    ap.add_argument("--others", type=int, default=400, help="how many other German articles fill the caches for the unseen figure")
    args = ap.parse_args()
    pages = sorted(args.folder.rglob("*.html.gz"))
    docs = [html_to_doc(gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace"), path=str(p), doc_id=p.name) for p in pages]
    articles = prepare(docs)
    words = sum(len(a.text.split()) for a in articles)
    rows = _semeval_rows(args.corpus)
    others = prepare([load_document(f"semeval:{pair}:{text}", args.corpus, rows) for pair, row in sorted(rows.items())
                      for text, lang in (("text1", "lang1"), ("text2", "lang2")) if row.get(lang) == "de" and row.get(text)][: args.others])
    timed(articles[:5], 1, cold=False)  # load the lexicons and compile the patterns first
    report: dict[str, object] = {"articles": len(articles), "words_per_article": round(words / len(articles)), "other_articles": len(others)}
    for kind, cold, read_first in (("cold", True, []), ("unseen", True, others), ("warm", False, [])):
        best, found = timed(articles, args.repeat, cold, read_first)
        report["claims"], report["quotes"] = found
        report[f"ms_per_article_{kind}"] = round(1000 * best / len(articles), 2)
        report[f"ms_per_600_words_{kind}"] = round(1000 * best / words * 600, 2)
    report["ms_per_600_words"] = report["ms_per_600_words_unseen"]  # the figure the aim is held to
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
