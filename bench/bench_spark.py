"""`storylens spark` against `storylens analyze` on the same input: same dossier? how long?

Runs the Spark job (``--master``, default ``local[*]``; its session start not counted) and then
`analyze` in this process, each with no dense vector embedded before, on the same files; compares
the two dossiers (articles, stories and skipped inputs, field by field) and prints both times. Default input: every ECB+ document (982 JSON files, English; above 300
articles, so the streaming grouping path) and the 99 fundus pages (German HTML).

    .venv/bin/python bench/bench_spark.py [--master local[2]] [PATH ...]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from storylens import spark, stories
from storylens.pipeline import analyze

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", type=Path, default=[SHARED / "ecbplus", SHARED / "fundus-de"])
    ap.add_argument("--master", default="local[*]")
    args = ap.parse_args()
    session = spark.session(args.master)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            n, k, _ = spark.run(args.paths, f"{tmp}/out", spark=session)
            spark_s = time.perf_counter() - t
            got = spark.read_output(f"{tmp}/out").to_dict()
        cores = session.sparkContext.defaultParallelism
    finally:
        session.stop()
    stories._DENSE_CACHE.clear()  # the driver's process embeds nothing it did not embed before
    t = time.perf_counter()
    expected = analyze(args.paths).to_dict()
    analyze_s = time.perf_counter() - t
    same = {part: sum(a == b for a, b in zip(expected[part], got[part])) for part in expected}
    print(json.dumps({
        "master": args.master, "cores": cores, "articles": n, "stories": k,
        "identical": {part: f"{same[part]}/{len(expected[part])}" for part in expected},
        "lengths_equal": {part: len(expected[part]) == len(got[part]) for part in expected},
        "analyze_s": round(analyze_s, 1), "spark_s": round(spark_s, 1),
    }, indent=1))


if __name__ == "__main__":
    main()
