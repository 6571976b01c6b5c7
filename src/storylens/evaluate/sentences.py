"""Score sentence boundaries on CoNLL-U files (UD German GSD and PUD).

Protocol: the ``# text`` lines of a file are joined with one space into running text (a new line
only where the file marks a new document or paragraph), storylens splits that text, and the
predicted sentence ends are compared with the gold ends. The end of the whole text is not
counted, since every splitter gets it for free.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..segment import sentences
from . import PRF


def read_conllu_text(path: Path) -> tuple[str, set[int]]:
    """Join a CoNLL-U file's sentences into running text.

    RETURNS (tuple[str, set[int]]): The text and the gold sentence end offsets (text end excluded).
    """
    text = ""
    ends: set[int] = set()
    sep = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("# newdoc", "# newpar")) and text:
            sep = "\n"
        elif line.startswith("# text = "):
            text += sep + line[len("# text = ") :].strip()
            ends.add(len(text))
            sep = " "
    ends.discard(len(text))
    return text, ends


PUNCTUATED = re.compile(r"(?:[.!?…]|[:;]-?[)(DP])[\"'“”»«’‘)\]]*$")


NAIVE = re.compile(r"(?<=[.!?])([\"'“”»«]?)\s+(?=[\"„»«(\[]?[A-ZÄÖÜ0-9])")


def naive_sentence_ends(text: str) -> set[int]:
    """The baseline: a boundary after . ! ? (and a closing quote) before a capital or digit."""
    ends = {m.start() + len(m.group(1)) for m in NAIVE.finditer(text)}
    return ends | {m.start() for m in re.finditer(r"\n", text)}


def score_baseline(path: Path) -> PRF:
    """Boundary precision/recall/F1 of the naive splitter on one CoNLL-U file."""
    text, gold = read_conllu_text(path)
    predicted = {e for e in naive_sentence_ends(text) if 0 < e < len(text)}
    return PRF(tp=len(predicted & gold), predicted=len(predicted), gold=len(gold))


def score_file(path: Path, language: str = "de") -> tuple[PRF, PRF]:
    """Boundary precision/recall/F1 of storylens on one CoNLL-U file.

    RETURNS (tuple[PRF, PRF]): All gold boundaries, and only those after a sentence that ends in
        terminal punctuation (the boundaries a reader can see in running text).
    """
    text, gold = read_conllu_text(path)
    predicted = {s.end for s in sentences(text, language)}
    predicted.discard(len(text))
    visible = {e for e in gold if PUNCTUATED.search(text[max(0, e - 5) : e])}
    # Predictions at invisible gold ends are neither rewarded nor punished in the second figure.
    pred_visible = predicted - (gold - visible)
    return (
        PRF(tp=len(predicted & gold), predicted=len(predicted), gold=len(gold)),
        PRF(tp=len(pred_visible & visible), predicted=len(pred_visible), gold=len(visible)),
    )


def evaluate(paths: list[Path], language: str = "de") -> dict[str, dict[str, float]]:
    """Score every file and the micro-average over all of them."""
    results: dict[str, dict[str, float]] = {}
    totals = [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]
    for p in paths:
        full, visible = score_file(p, language)
        base = score_baseline(p)
        results[p.name] = {
            **full.to_dict(),
            "f1_punctuated": round(visible.f1, 4),
            "baseline_f1": round(base.f1, 4),
            "boundaries": int(full.gold),
            "unpunctuated": int(full.gold - visible.gold),
        }
        for t, r in zip(totals, (full, visible, base)):
            t[0], t[1], t[2] = t[0] + r.tp, t[1] + r.predicted, t[2] + r.gold
    micro = PRF(*totals[0]).to_dict()
    results["micro"] = {**micro, "f1_punctuated": round(PRF(*totals[1]).f1, 4), "baseline_f1": round(PRF(*totals[2]).f1, 4)}
    return results
