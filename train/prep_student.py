"""Pack the CRF's own-word features of every sentence for a neural student trained on a GPU machine.

    python train/prep_student.py --train ../shared/corpus/germeval2014/NER-de-test.tsv \
        --dev ../shared/corpus/germeval2014/NER-de-dev.tsv --corpus ../shared/corpus --out .gpu

Builds the word lexicon from ``--train`` alone (as the held-out evaluation does), then writes
``student-data.npz``: per token the ids of its features (vocabulary: features seen twice in the
training and unlabelled sentences; the dev file never adds to it), sentence offsets, gold label ids
for train/dev, in the order ``prep_e5ner.py`` uses, so the teacher's soft labels line up.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from prep_e5ner import unlabelled  # noqa: E402

from storylens import ner, nerlex  # noqa: E402


def own(feats: list[str]) -> list[str]:
    return [f for f in feats if f[:1].isalpha() and f != "TT" and not f.startswith("bg=")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=Path, nargs="+", required=True)
    ap.add_argument("--dev", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path(".gpu"))
    ap.add_argument("--lexicon", type=Path, help="reuse this lexicon instead of building one")
    a = ap.parse_args()
    lex = a.lexicon or a.out / "heldout-words.tsv.gz"
    if not lex.is_file():
        nerlex.build(a.train, a.corpus, lex)
    train = [s for f in a.train for s in ner.read_germeval(f)]
    dev = list(ner.read_germeval(a.dev))
    unl = unlabelled(a.corpus)
    with nerlex.use(lex):
        feats = {name: [[own(f) for f in ner.token_features(w)] for w, *_ in (sents if name != "unlabelled" else [(u,) for u in sents])]
                 for name, sents in (("train", train), ("dev", dev), ("unlabelled", unl))}
    counts = Counter(x for name in ("train", "unlabelled") for s in feats[name] for t in s for x in t)
    vocab = {f: i + 1 for i, f in enumerate(sorted(f for f, c in counts.items() if c >= 2))}
    labels = ["O"] + sorted({lab for s in train + dev for lab in s[1]} - {"O"})
    arrays: dict[str, np.ndarray] = {}
    for name in ("train", "dev", "unlabelled"):
        ids, tok_off, sent_off, y = [], [0], [0], []
        for k, sent in enumerate(feats[name]):
            for j, tok in enumerate(sent):
                ids.extend(vocab.get(x, 0) for x in tok)
                tok_off.append(len(ids))
                if name != "unlabelled":
                    y.append(labels.index((train if name == "train" else dev)[k][1][j]))
            sent_off.append(len(tok_off) - 1)
        arrays[f"{name}_ids"] = np.array(ids, np.int32)
        arrays[f"{name}_tok"] = np.array(tok_off, np.int64)
        arrays[f"{name}_sent"] = np.array(sent_off, np.int64)
        arrays[f"{name}_y"] = np.array(y, np.int16)
    np.savez_compressed(a.out / "student-data.npz", **arrays)
    (a.out / "student-vocab.json").write_text(json.dumps({"labels": labels, "features": len(vocab) + 1}))
    print({k: v.shape for k, v in arrays.items()}, len(vocab))


if __name__ == "__main__":
    main()
