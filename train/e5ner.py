"""Fine-tune the bundled multilingual-e5-small encoder as a German NER tagger (a *teacher*), then
label unlabelled German sentences with it (silver data for the shipped CRF).

Needs PyTorch and, for speed, a GPU (minutes there; hours on a laptop CPU). Input is what
``train/prep_e5ner.py`` packs. Writes, under ``--out``:

* ``silver-heldout.tsv``: the unlabelled sentences tagged by a teacher trained on ``train`` alone
  (for the held-out figure on ``dev``), GermEval TSV with a ``# conf=`` line per sentence;
* ``silver-full.tsv``: the same by a teacher trained on ``train`` + ``dev`` (for the shipped model);
* ``e5ner-log.json``: the teacher's dev scores per epoch (outer spans, PER/LOC/ORG/MISC).

    python train/e5ner.py --data .gpu --out OUT [--epochs 6] [--seed 0]
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).parent))
import e5weights  # noqa: E402

TYPES = ("PER", "LOC", "ORG", "MISC")


class Layer(nn.Module):
    def __init__(self, H: int, FF: int, eps: float) -> None:
        super().__init__()
        self.q, self.k, self.v, self.ao = (nn.Linear(H, H) for _ in range(4))
        self.fi, self.fo = nn.Linear(H, FF), nn.Linear(FF, H)
        self.aln, self.oln = nn.LayerNorm(H, eps=eps), nn.LayerNorm(H, eps=eps)


class Tagger(nn.Module):
    def __init__(self, cfg: dict, t: dict, n_labels: int, dropout: float = 0.1) -> None:
        super().__init__()
        H, FF, eps = cfg["H"], cfg["FF"], cfg["eps"]
        self.H, self.NH = H, cfg["NH"]
        T = lambda a: torch.tensor(np.asarray(a), dtype=torch.float32)  # noqa: E731
        self.word = nn.Embedding.from_pretrained(T(t["emb.word"]), freeze=False)
        self.pos = nn.Parameter(T(t["emb.pos"]))
        self.ttype = nn.Parameter(T(t["emb.type"][:H]))
        self.eln = nn.LayerNorm(H, eps=eps)
        self.layers = nn.ModuleList(Layer(H, FF, eps) for _ in range(cfg["NL"]))
        with torch.no_grad():
            self.eln.weight.copy_(T(t["emb.ln.w"]))
            self.eln.bias.copy_(T(t["emb.ln.b"]))
            for i, ly in enumerate(self.layers):
                for name in ("q", "k", "v", "ao", "fi", "fo"):
                    getattr(ly, name).weight.copy_(T(t[f"l{i}.{name}.w"]))
                    getattr(ly, name).bias.copy_(T(t[f"l{i}.{name}.b"]))
                for name in ("aln", "oln"):
                    getattr(ly, name).weight.copy_(T(t[f"l{i}.{name}.w"]))
                    getattr(ly, name).bias.copy_(T(t[f"l{i}.{name}.b"]))
        self.drop = nn.Dropout(dropout)
        self.p = dropout
        self.head = nn.Linear(H, n_labels)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        B, L = ids.shape
        H, NH = self.H, self.NH
        x = self.eln(self.word(ids) + self.pos[:L] + self.ttype)
        x = self.drop(x)
        am = mask[:, None, None, :]
        for ly in self.layers:
            q = ly.q(x).view(B, L, NH, -1).transpose(1, 2)
            k = ly.k(x).view(B, L, NH, -1).transpose(1, 2)
            v = ly.v(x).view(B, L, NH, -1).transpose(1, 2)
            ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=am, dropout_p=self.p if self.training else 0.0)
            x = ly.aln(x + self.drop(ly.ao(ctx.transpose(1, 2).reshape(B, L, H))))
            x = ly.oln(x + self.drop(ly.fo(F.gelu(ly.fi(x)))))
        return self.head(self.drop(x))


def batches(sents: list, labels: dict | None, sp: dict, size: int, shuffle: bool, maxlen: int = 254):
    order = list(range(len(sents)))
    if shuffle:
        random.shuffle(order)
    else:
        order.sort(key=lambda i: sum(len(p) for p in sents[i][0]))
    for s in range(0, len(order), size):
        idx = order[s : s + size]
        rows, firsts, ys = [], [], []
        for i in idx:
            pieces, labs = sents[i][0], sents[i][1]
            ids, first, y = [sp["bos"]], [], []
            for j, p in enumerate(pieces):
                if len(ids) + len(p) > maxlen:
                    break
                first.append(len(ids))
                ids.extend(p)
                if labels is not None:
                    y.append(labels.get(labs[j], 0))
            ids.append(sp["eos"])
            rows.append(ids)
            firsts.append(first)
            ys.append(y)
        L = max(len(r) for r in rows)
        ids_t = torch.full((len(rows), L), sp["pad"], dtype=torch.long)
        mask = torch.zeros((len(rows), L), dtype=torch.bool)
        for r, row in enumerate(rows):
            ids_t[r, : len(row)] = torch.tensor(row)
            mask[r, : len(row)] = True
        yield idx, ids_t, mask, firsts, ys


def spans(labels: list[str]) -> set:
    out, start, kind = set(), None, None
    for i, lab in enumerate(labels + ["O"]):
        if lab == "O" or lab.startswith("B-") or (lab.startswith("I-") and lab[2:] != kind):
            if start is not None:
                out.add((start, i, kind))
                start, kind = None, None
            if lab != "O":
                start, kind = i, lab[2:]
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict:
    tp = fp = fn = 0
    for g, p in zip(gold, pred):
        gs = {s for s in spans(g) if s[2] in TYPES}
        ps = {s for s in spans(p) if s[2] in TYPES}
        tp += len(gs & ps)
        fp += len(ps - gs)
        fn += len(gs - ps)
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": pr, "recall": rc, "f1": 2 * pr * rc / (pr + rc) if pr + rc else 0.0}


@torch.no_grad()
def predict(model: Tagger, sents: list, names: list[str], sp: dict, dev: str, soft: list | None = None) -> tuple[list[list[str]], list[float]]:
    model.eval()
    out: list = [None] * len(sents)
    conf: list = [0.0] * len(sents)
    if soft is not None:
        soft.extend([None] * len(sents))
    for idx, ids, mask, firsts, _ in batches(sents, None, sp, 128, False):
        with torch.autocast("cuda", dtype=torch.bfloat16, enabled=dev == "cuda"):
            logits = model(ids.to(dev), mask.to(dev)).float()
        prob = logits.softmax(-1).cpu().numpy()
        for r, i in enumerate(idx):
            f = firsts[r]
            p = prob[r, f]
            labs = [names[k] for k in p.argmax(-1)] + ["O"] * (len(sents[i][0]) - len(f))
            out[i] = labs
            conf[i] = float(p.max(-1).min()) if len(f) else 1.0
            if soft is not None:
                full = np.zeros((len(sents[i][0]), len(names)), np.float16)
                full[:, 0] = 1
                full[: len(f)] = p
                soft[i] = full
    return out, conf


def fit(cfg, tensors, train, names, sp, dev_sents, args, dev: str, log: list, tag: str) -> Tagger:
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    lab = {n: i for i, n in enumerate(names)}
    model = Tagger(cfg, tensors, len(names)).to(dev)
    head = list(model.head.parameters())
    body = [p for n, p in model.named_parameters() if not n.startswith("head.")]
    opt = torch.optim.AdamW([{"params": body, "lr": args.lr}, {"params": head, "lr": args.head_lr}], weight_decay=0.01)
    steps = args.epochs * math.ceil(len(train) / args.batch)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    for ep in range(args.epochs):
        model.train()
        t0, tot, n = time.time(), 0.0, 0
        for _, ids, mask, firsts, ys in batches(train, lab, sp, args.batch, True):
            ids, mask = ids.to(dev), mask.to(dev)
            with torch.autocast("cuda", dtype=torch.bfloat16, enabled=dev == "cuda"):
                logits = model(ids, mask)
            rows = torch.cat([torch.full((len(f),), r, dtype=torch.long) for r, f in enumerate(firsts)])
            cols = torch.cat([torch.tensor(f, dtype=torch.long) for f in firsts])
            y = torch.tensor([v for yy in ys for v in yy], dtype=torch.long, device=dev)
            loss = F.cross_entropy(logits[rows.to(dev), cols.to(dev)].float(), y)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            tot += loss.item()
            n += 1
        row = {"run": tag, "epoch": ep + 1, "loss": tot / max(n, 1), "seconds": round(time.time() - t0, 1)}
        if dev_sents is not None:
            pred, _ = predict(model, dev_sents, names, sp, dev)
            row.update(score([s[1] for s in dev_sents], pred))
        log.append(row)
        print(json.dumps(row), flush=True)
    return model


def write_silver(path: Path, sents: list, pred: list, conf: list) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for (pieces, words), labs, c in zip(sents, pred, conf):
            fh.write(f"# conf={c:.4f}\n")
            for j, (w, lab) in enumerate(zip(words, labs)):
                fh.write(f"{j + 1}\t{w}\t{lab}\tO\n")
            fh.write("\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path(".gpu"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--runs", default="heldout,full")
    ap.add_argument("--save-soft", action="store_true", help="also write the label probabilities (soft-RUN-sSEED.npz)")
    ap.add_argument("--limit", type=int, default=0, help="use only this many sentences of each set (a smoke test)")
    args = ap.parse_args()
    dev = "cuda" if torch.cuda.is_available() else "cpu"
    with gzip.open(args.data / "e5ner-data.json.gz", "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    raw = dict(np.load(args.data / "e5ner-weights.npz"))
    cfg = data["cfg"]
    tensors = e5weights.dequantise(cfg, raw)
    sp = data["specials"]
    train, dev_sents, unl = data["train"], data["dev"], data["unlabelled"]
    if args.limit:
        train, dev_sents, unl = train[: args.limit], dev_sents[: args.limit], unl[: args.limit]
    names = ["O"] + sorted({lab for s in train + dev_sents for lab in s[1]} - {"O"})
    args.out.mkdir(parents=True, exist_ok=True)
    log: list = []
    for run in args.runs.split(","):
        if run == "heldout":
            model = fit(cfg, tensors, train, names, sp, dev_sents, args, dev, log, run)
        else:
            model = fit(cfg, tensors, train + dev_sents, names, sp, None, args, dev, log, run)
        soft: list = []
        pred, conf = predict(model, unl, names, sp, dev, soft)
        write_silver(args.out / f"silver-{run}.tsv", unl, pred, conf)
        if args.save_soft:
            # per-token label probabilities, for averaging teachers of several seeds (train/silver_ensemble.py)
            np.savez_compressed(args.out / f"soft-{run}-s{args.seed}.npz", probs=np.concatenate(soft), names=np.array(names))
        del model
    (args.out / "e5ner-log.json").write_text(json.dumps({"args": {k: str(v) for k, v in vars(args).items()}, "log": log}, indent=1))


if __name__ == "__main__":
    main()
