"""Distil the e5 NER teacher into a small BiLSTM over the CRF's own-word features (a *student* fast
enough for one CPU core), and score it on the dev sentences.

Runs the held-out teacher of ``train/e5ner.py`` first (its soft labels on the unlabelled sentences),
then trains students on the gold training sentences (cross-entropy) plus, optionally, the teacher's
soft labels on the unlabelled ones (KL), scoring each epoch on dev. Input: ``prep_e5ner.py`` and
``prep_student.py`` output in ``--data``. Writes ``student-<variant>.npz`` (float16 weights) and
``student-log.json`` under ``--out``.

    python train/student.py --data .gpu --out OUT
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).parent))
import e5ner  # noqa: E402
import e5weights  # noqa: E402


class Student(nn.Module):
    def __init__(self, n_feat: int, n_labels: int, dim: int, hidden: int, layers: int = 1, dropout: float = 0.3) -> None:
        super().__init__()
        self.emb = nn.EmbeddingBag(n_feat, dim, mode="sum")
        self.lstm = nn.LSTM(dim, hidden, num_layers=layers, bidirectional=True, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.out = nn.Linear(2 * hidden, n_labels)

    def forward(self, ids, offs, lengths):
        tok = self.drop(self.emb(ids, offs))  # (n_tok, dim)
        B, L = len(lengths), int(max(lengths))
        x = tok.new_zeros((B, L, tok.shape[1]))
        mask = torch.arange(L, device=tok.device)[None, :] < torch.tensor(lengths, device=tok.device)[:, None]
        x[mask] = tok
        packed = nn.utils.rnn.pack_padded_sequence(x, torch.tensor(lengths), batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=L)
        return self.out(self.drop(h))[mask]  # (n_tok, n_labels)


class Split:
    def __init__(self, d, name):
        self.ids, self.tok, self.sent = d[f"{name}_ids"], d[f"{name}_tok"], d[f"{name}_sent"]
        self.y = d[f"{name}_y"]
        self.n = len(self.sent) - 1

    def batch(self, idx):
        ids, offs, lengths, toks = [], [], [], []
        pos = 0
        for i in idx:
            a, b = int(self.sent[i]), int(self.sent[i + 1])
            lo, hi = int(self.tok[a]), int(self.tok[b])
            lengths.append(b - a)
            ids.append(self.ids[lo:hi])
            offs.append(self.tok[a:b] - lo + pos)
            toks.append(np.arange(a, b))
            pos += hi - lo
        return (torch.from_numpy(np.concatenate(ids).astype(np.int64)), torch.from_numpy(np.concatenate(offs)),
                lengths, np.concatenate(toks))


def decode(names, pred):
    return [names[k] for k in pred]


def evaluate(model, split, names, dev):
    model.eval()
    gold, pred = [], []
    with torch.no_grad():
        order = list(range(split.n))
        for s in range(0, split.n, 256):
            idx = order[s : s + 256]
            ids, offs, lengths, toks = split.batch(idx)
            p = model(ids.to(dev), offs.to(dev), lengths).argmax(-1).cpu().numpy()
            k = 0
            for i, n in zip(idx, lengths):
                pred.append(decode(names, p[k : k + n]))
                gold.append(decode(names, split.y[split.sent[i] : split.sent[i + 1]]))
                k += n
    return e5ner.score(gold, pred)


def teacher_soft(args, dev):
    with gzip.open(args.data / "e5ner-data.json.gz", "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    cfg, sp = data["cfg"], data["specials"]
    tensors = e5weights.dequantise(cfg, dict(np.load(args.data / "e5ner-weights.npz")))
    train, dev_sents, unl = data["train"], data["dev"], data["unlabelled"]
    names = ["O"] + sorted({lab for s in train + dev_sents for lab in s[1]} - {"O"})
    targs = argparse.Namespace(epochs=6, batch=16, lr=8e-5, head_lr=1e-3, seed=0)
    log: list = []
    model = e5ner.fit(cfg, tensors, train, names, sp, dev_sents, targs, dev, log, "teacher-heldout")
    model.eval()
    soft = [None] * len(unl)
    with torch.no_grad():
        for idx, ids, mask, firsts, _ in e5ner.batches(unl, None, sp, 128, False):
            with torch.autocast("cuda", dtype=torch.bfloat16, enabled=dev == "cuda"):
                prob = model(ids.to(dev), mask.to(dev)).float().softmax(-1).cpu().numpy()
            for r, i in enumerate(idx):
                p = prob[r, firsts[r]]
                missing = len(unl[i][0]) - len(firsts[r])
                if missing:
                    pad = np.zeros((missing, len(names)), np.float32)
                    pad[:, 0] = 1
                    p = np.concatenate([p, pad])
                soft[i] = p
    return names, np.concatenate(soft).astype(np.float32), log


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path(".gpu"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=15)
    ap.add_argument("--variants", default="B:64:64:1:1,C:64:128:1:1,A:64:64:1:0,D:64:96:2:1")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    dev = "cuda" if torch.cuda.is_available() else "cpu"
    args.out.mkdir(parents=True, exist_ok=True)
    d = dict(np.load(args.data / "student-data.npz"))
    voc = json.loads((args.data / "student-vocab.json").read_text())
    if args.limit:
        soft_names, soft, log = voc["labels"], None, []
    else:
        soft_names, soft, log = teacher_soft(args, dev)
        np.savez_compressed(args.out / "teacher-soft.npz", soft=soft.astype(np.float16))
    names = voc["labels"]
    assert soft_names == names, (soft_names, names)
    tr, dv, un = Split(d, "train"), Split(d, "dev"), Split(d, "unlabelled")
    if soft is None:
        soft = np.full((len(un.tok) - 1, len(names)), 1.0 / len(names), np.float32)
    assert len(soft) == len(un.tok) - 1, (len(soft), len(un.tok))
    for spec in args.variants.split(","):
        tag, dim, hidden, layers, use_soft = spec.split(":")
        torch.manual_seed(0)
        random.seed(0)
        model = Student(voc["features"], len(names), int(dim), int(hidden), int(layers)).to(dev)
        opt = torch.optim.Adam(model.parameters(), lr=2e-3)
        jobs = [(tr, i) for i in range(tr.n if not args.limit else min(tr.n, args.limit))]
        if int(use_soft):
            jobs += [(un, i) for i in range(un.n if not args.limit else min(un.n, args.limit))]
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 1.0 - e / args.epochs)
        for ep in range(args.epochs):
            model.train()
            random.shuffle(jobs)
            t0, tot = time.time(), 0.0
            for s in range(0, len(jobs), 32):
                chunk = jobs[s : s + 32]
                loss = 0.0
                for split in (tr, un):
                    idx = [i for sp_, i in chunk if sp_ is split]
                    if not idx:
                        continue
                    ids, offs, lengths, toks = split.batch(idx)
                    logits = model(ids.to(dev), offs.to(dev), lengths)
                    if split is tr:
                        y = torch.from_numpy(split.y[toks].astype(np.int64)).to(dev)
                        loss = loss + F.cross_entropy(logits, y, reduction="sum")
                    else:
                        target = torch.from_numpy(soft[toks]).to(dev)
                        loss = loss + F.kl_div(logits.log_softmax(-1), target, reduction="sum")
                loss = loss / 32
                opt.zero_grad(set_to_none=True)
                loss.backward()
                nn.utils.clip_grad_norm_(model.parameters(), 5.0)
                opt.step()
                tot += loss.item()
            sched.step()
            row = {"run": tag, "epoch": ep + 1, "loss": tot, "seconds": round(time.time() - t0, 1), **evaluate(model, dv, names, dev)}
            log.append(row)
            print(json.dumps(row), flush=True)
        w = {k: v.detach().float().cpu().numpy().astype(np.float16) for k, v in model.state_dict().items()}
        np.savez(args.out / f"student-{tag}.npz", **w)
    (args.out / "student-log.json").write_text(json.dumps({"labels": names, "variants": args.variants, "log": log}, indent=1))


if __name__ == "__main__":
    main()
