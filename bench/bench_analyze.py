"""Throughput of `analyze` on the fundus test pages, next to trafilatura alone.

Run: ``.venv/bin/python bench/bench_analyze.py [FOLDER] [--repeat N]`` (default folder
``../shared/corpus/fundus-de``). Pages are read and decompressed once, up front, so both figures
time the same work: trafilatura's extraction with the options storylens uses; extraction plus
storylens' clean-up, language and sentences (the clean-up overhead is the difference to
trafilatura, as a share of trafilatura's time); and the whole ``analyze`` (with entities, claims,
quotes and stories). Each system runs ``--repeat``
times; the best run counts, which filters out noise from other processes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import time
from pathlib import Path

import trafilatura

from storylens.ingest import html_to_doc
from storylens.pipeline import analyze_docs, prepare


def main() -> None:
    """Print a JSON report of articles per second and the clean-up overhead."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default="../shared/corpus/fundus-de", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    pages = sorted(args.folder.rglob("*.html.gz"))
    htmls = [gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace") for p in pages]

    # Warm up lazy imports and caches (language model, regexes) outside the timed runs.
    analyze_docs([html_to_doc(htmls[0], path="warmup", doc_id="warmup")])

    def traf() -> None:
        for h in htmls:
            trafilatura.bare_extraction(h, with_metadata=True, include_comments=False, favor_recall=True)

    def cleanup() -> None:
        # what issue 2 budgets: extraction plus storylens' clean-up, language and sentences
        prepare([html_to_doc(h, path=str(p), doc_id=p.name) for p, h in zip(pages, htmls)])

    def ours() -> None:
        docs = [html_to_doc(h, path=str(p), doc_id=p.name) for p, h in zip(pages, htmls)]
        analyze_docs(docs)

    def best(fn) -> float:  # type: ignore[no-untyped-def]
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    t_traf, t_clean, t_ours = best(traf), best(cleanup), best(ours)
    print(json.dumps({
        "pages": len(pages),
        "machine": f"{platform.machine()} {platform.python_implementation()} {platform.python_version()}",
        "trafilatura_articles_per_s": round(len(pages) / t_traf, 1),
        "extraction_and_cleanup_articles_per_s": round(len(pages) / t_clean, 1),
        "cleanup_overhead_pct": round(100 * (t_clean - t_traf) / t_traf, 1),
        "full_analyze_articles_per_s": round(len(pages) / t_ours, 1),
    }, indent=2))


if __name__ == "__main__":
    main()
