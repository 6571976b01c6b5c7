"""Keep the silver sentences the teacher tagged confidently (every token's top label at least
``--min``), as a GermEval TSV file for ``storylens train ner`` / ``storylens eval ner --train``.

    python train/silver_filter.py OUT/silver-full.tsv .gpu/silver-full-c90.tsv --min 0.9
"""
from __future__ import annotations

import argparse
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path)
    ap.add_argument("dst", type=Path)
    ap.add_argument("--min", type=float, default=0.9)
    a = ap.parse_args()
    kept = total = 0
    conf, block = 0.0, []
    with open(a.src, encoding="utf-8") as fh, open(a.dst, "w", encoding="utf-8") as out:
        for line in fh:
            if line.startswith("# conf="):
                conf, block = float(line[7:]), [line]
                continue
            block.append(line)
            if not line.strip():
                total += 1
                if conf >= a.min:
                    out.write("".join(block))
                    kept += 1
    print(f"kept {kept} of {total} sentences (confidence >= {a.min})")


if __name__ == "__main__":
    main()
