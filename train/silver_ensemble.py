"""Average the label probabilities of several teachers (``e5ner.py --save-soft``, one per seed) and
write the silver sentences as GermEval TSV with each sentence's confidence (the lowest, over its
tokens, of the top averaged probability), for ``silver_filter.py``.

    python train/silver_ensemble.py .gpu/silver-full-ens.tsv .gpu/soft-full-s0.npz .gpu/soft-full-s1.npz
"""
from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import numpy as np


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("soft", type=Path, nargs="+")
    ap.add_argument("--data", type=Path, default=Path(".gpu"))
    a = ap.parse_args()
    with gzip.open(a.data / "e5ner-data.json.gz", "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    names = ["O"] + sorted({lab for s in data["train"] + data["dev"] for lab in s[1]} - {"O"})
    probs = None
    for f in a.soft:
        z = np.load(f)
        p = (z["probs"] if "probs" in z else z["soft"]).astype(np.float32)
        if "names" in z:
            assert list(z["names"]) == names, f
        probs = p if probs is None else probs + p
    assert probs is not None
    probs /= len(a.soft)
    k = 0
    with open(a.out, "w", encoding="utf-8") as out:
        for _, words in data["unlabelled"]:
            p = probs[k : k + len(words)]
            k += len(words)
            out.write(f"# conf={float(p.max(-1).min()) if len(words) else 1.0:.4f}\n")
            for j, (w, lab) in enumerate(zip(words, p.argmax(-1))):
                out.write(f"{j + 1}\t{w}\t{names[lab]}\tO\n")
            out.write("\n")
    assert k == len(probs), (k, len(probs))
    print(f"{len(data['unlabelled'])} sentences from {len(a.soft)} teachers")


if __name__ == "__main__":
    main()
