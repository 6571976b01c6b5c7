"""NER tagging speed on one core and model load time.

Run: ``.venv/bin/python bench/bench_ner.py [GERMEVAL_TSV]`` (default
``../shared/corpus/germeval2014/NER-de-dev.tsv``). Times feature extraction plus CRF tagging over
every sentence (best of 3) and the first load of the shipped model.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from storylens import ner


def main() -> None:
    """Print tokens per second and model load seconds."""
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/germeval2014/NER-de-dev.tsv")
    sentences = [words for words, _ in ner.read_germeval(path)]
    t0 = time.perf_counter()
    ner.tag(["Test"])  # loads the model (and the lexicons)
    load = time.perf_counter() - t0
    tokens = sum(len(s) for s in sentences)
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for words in sentences:
            ner.tag(words)
        best = min(best, time.perf_counter() - t0)
    print(json.dumps({"sentences": len(sentences), "tokens": tokens, "tokens_per_s": round(tokens / best),
                      "model_and_lexicon_load_s": round(load, 3), "model_bytes": ner.DEFAULT_MODEL.stat().st_size}, indent=2))


if __name__ == "__main__":
    main()
