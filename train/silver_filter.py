"""Keep the silver sentences the teacher tagged confidently (every token's top label at least
``--min``), as a GermEval TSV file for ``storylens train ner`` / ``storylens eval ner --train``.

    python train/silver_filter.py OUT/silver-heldout.tsv .gpu/silver-heldout-c90f6.tsv --min 0.9 \
        --soft OUT/soft-heldout-s0.npz --fragments 6

With ``--soft`` (the label probabilities ``train/e5ner.py --save-soft`` wrote) and ``--fragments N``,
a sentence the teacher is not sure of throughout is not lost whole: its runs of at least N
confidently tagged words that cut no mention are kept as fragments (twenty-first session: +0.5 F1
held-out, docs/QUALITY.md).
"""
from __future__ import annotations

import argparse
from pathlib import Path


def read(path: Path) -> list[tuple[float, list[str], list[str]]]:
    out, conf, words, labs = [], 0.0, [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# conf="):
            conf = float(line[7:])
        elif not line.strip():
            if words:
                out.append((conf, words, labs))
            words, labs = [], []
        elif not line.startswith("#"):
            cols = line.split("\t")
            words.append(cols[1])
            labs.append(cols[2])
    if words:
        out.append((conf, words, labs))
    return out


def fragments(labs: list[str], sure: list[bool], min_len: int) -> list[tuple[int, int]]:
    """Runs of sure tokens, at least ``min_len`` long, that neither start nor end inside a mention."""
    out, i, n = [], 0, len(labs)
    while i < n:
        if not sure[i]:
            i += 1
            continue
        j = i
        while j < n and sure[j]:
            j += 1
        a, b = i, j
        while a < b and labs[a].startswith("I-"):
            a += 1
        if b < n and labs[b].startswith("I-"):  # the run ends inside a mention: drop that mention's part
            b -= 1
            while b > a and labs[b].startswith("I-"):
                b -= 1
        if b - a >= min_len:
            out.append((a, b))
        i = j
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path)
    ap.add_argument("dst", type=Path)
    ap.add_argument("--min", type=float, default=0.9)
    ap.add_argument("--soft", type=Path, help="the teacher's label probabilities (soft-RUN-sSEED.npz)")
    ap.add_argument("--fragments", type=int, default=0, help="keep runs of at least this many sure words of the other sentences")
    a = ap.parse_args()
    sents = read(a.src)
    probs = None
    if a.fragments:
        import numpy as np

        if a.soft is None:
            ap.error("--fragments needs --soft")
        probs = np.load(a.soft)["probs"].astype(np.float32).max(-1)
        if len(probs) != sum(len(w) for _, w, _ in sents):
            ap.error(f"{a.soft} does not belong to {a.src} (token counts differ)")
    kept = frags = pos = 0
    with open(a.dst, "w", encoding="utf-8") as out:
        for conf, words, labs in sents:
            runs: list[tuple[int, int]] = []
            if probs is not None:
                sure = [bool(p >= a.min) for p in probs[pos: pos + len(words)]]
                runs = [(0, len(words))] if all(sure) else fragments(labs, sure, a.fragments)
            elif conf >= a.min:
                runs = [(0, len(words))]
            pos += len(words)
            whole = runs == [(0, len(words))]
            kept += whole
            frags += len(runs) - whole
            for s, e in runs:
                out.write("".join(f"{k + 1}\t{w}\t{lab}\tO\n" for k, (w, lab) in enumerate(zip(words[s:e], labs[s:e]))) + "\n")
    print(f"kept {kept} of {len(sents)} sentences (confidence >= {a.min})" + (f" and {frags} fragments of the others" if a.fragments else ""))


if __name__ == "__main__":
    main()
