"""Score claims and quotes against gold annotated by the project (``gold/figures.json``).

Gold holds no article text: each entry names a document in ``../shared/corpus`` and lists its
claims (measure, value or range, qualifier, optional subject and source) and its quotes
(speaker, kind, and the character span of the quoted words in storylens' cleaned text, with a
short hash of those words so that a drifting clean-up is noticed instead of mis-scored).

Document references: ``seeds/<file>.txt``, ``fundus-de/<cc>/<page>.html.gz``,
``ecbplus/<topic>/<file>.json``, ``semeval:<pair_id>:text1|text2`` and
``ud-german/<file>.conllu#<newdoc id>`` (the sentences a Universal Dependencies treebank keeps of
one source document — PUD's news documents are German translations of English news — each sentence
its own paragraph, as they need not stand next to each other in the source; in a treebank without
documents, GSD, ``#<sent_id>`` names one sentence).

Claims match on (measure, value, qualifier) — for a vague amount or range on (measure, low,
high) — one to one within an article. Quotes match when the predicted span overlaps at least half
of the shorter of the two spans; *quote+speaker* also needs the same speaker: the last word of
one stands among the words of the other, so "Putin" and "Wladimir Putin" agree, and so do
"Marinestreitkräfte" and "Die Marinestreitkräfte der IRGC".
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..claims import attribute_to_quotes
from ..claims import extract as extract_claims
from ..ingest import RawDoc, html_to_doc, split_paragraphs
from ..model import Article
from ..pipeline import prepare
from ..quotes import extract as extract_quotes
from . import PRF


def text_hash(s: str) -> str:
    """Eight hex digits identifying a quoted passage without storing it."""
    return hashlib.sha1(" ".join(s.split()).encode("utf-8")).hexdigest()[:8]


def _semeval_rows(corpus: Path) -> dict[str, dict[str, str]]:
    csv.field_size_limit(1 << 30)
    with open(corpus / "semeval2022-task8-sample" / "train.csv", encoding="utf-8", newline="") as fh:
        return {row["pair_id"]: row for row in csv.DictReader(fh)}


@lru_cache(maxsize=4)
def _conllu_documents(path: Path) -> dict[str, list[str]]:
    """The sentences (``# text =``) of each ``# newdoc id`` of a CoNLL-U file; in a file without
    documents (UD German GSD), each sentence by its ``# sent_id``."""
    docs: dict[str, list[str]] = {}
    current: list[str] = []
    sent_id = ""
    has_docs = False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# newdoc id ="):
                has_docs = True
                current = docs.setdefault(line.split("=", 1)[1].strip(), [])
            elif line.startswith("# sent_id ="):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text ="):
                text = line.split("=", 1)[1].strip()
                if has_docs:
                    current.append(text)
                else:
                    docs[sent_id] = [text]
    return docs


def load_document(ref: str, corpus: Path, rows: dict[str, dict[str, str]] | None = None) -> RawDoc:
    """Read one gold document reference into a raw document."""
    if ".conllu#" in ref:
        file, _, doc = ref.partition("#")
        sentences = _conllu_documents(corpus / file).get(doc)
        if not sentences:
            raise ValueError(f"{ref}: no document {doc!r} in {file}")
        return RawDoc(id=ref, path=ref, fmt="txt", paragraphs=sentences, language=Path(file).name.split("_", 1)[0])  # UD names files by language: de_pud-ud-test
    if ref.startswith("semeval:"):
        _, pair, field = ref.split(":")
        rows = rows if rows is not None else _semeval_rows(corpus)
        row = rows[pair]
        lang = row["lang1" if field == "text1" else "lang2"]
        return RawDoc(id=ref, path=ref, fmt="txt", paragraphs=split_paragraphs(row[field]), language=lang)
    path = corpus / ref
    data = path.read_bytes()
    if ref.endswith(".gz"):
        data = gzip.decompress(data)
    if ref.endswith((".html", ".html.gz")):
        return html_to_doc(data.decode("utf-8", errors="replace"), path=ref, doc_id=ref)
    if ref.endswith(".json"):
        obj = json.loads(data.decode("utf-8"))
        return RawDoc(id=ref, path=ref, fmt="json", paragraphs=split_paragraphs(obj["text"]), title=obj.get("title"), language=obj.get("language"))
    return RawDoc(id=ref, path=ref, fmt="txt", paragraphs=split_paragraphs(data.decode("utf-8")))


def load_articles(refs: list[str], corpus: Path) -> dict[str, Article]:
    """Clean and segment the gold documents exactly as ``analyze`` would, one at a time."""
    rows = _semeval_rows(corpus) if any(r.startswith("semeval:") for r in refs) else None
    out: dict[str, Article] = {}
    for ref in refs:
        articles = prepare([load_document(ref, corpus, rows)])
        if articles:
            out[ref] = articles[0]
    return out


def _claim_key(c: dict[str, Any]) -> tuple[Any, ...]:
    if c.get("value") is None:
        return (c["measure"], None, c.get("low"), c.get("high"))
    return (c["measure"], float(c["value"]), c.get("qualifier", "exact"))


def _stem(word: str) -> str:
    """A word without the endings a name takes in a sentence: genitive -s, dative plural -n
    ("Putins", "Parteikreisen" ~ "Parteikreise"), and without the commas of a list of names."""
    word = word.lower().strip(",;").rstrip("s")
    return word[:-1] if word.endswith("n") and len(word) > 4 else word


def _surname(name: str | None) -> str:
    words = (name or "").replace("-", " ").split()
    return _stem(words[-1]) if words else ""


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    """Whether two speaker strings name the same speaker: the last word of one (a surname, or the
    head of an organisation's name) stands among the words of the other, inflection aside."""
    def words(s: str | None) -> set[str]:
        return {_stem(w) for w in (s or "").replace("-", " ").split()}

    return bool(_surname(gold) and (_surname(gold) in words(predicted) or _surname(predicted) in words(gold)))


def _overlap(p: dict[str, Any], g: dict[str, Any]) -> bool:
    """Two quote spans match when they overlap by at least half of the shorter one."""
    return min(p["end"], g["end"]) - max(p["start"], g["start"]) >= 0.5 * min(p["end"] - p["start"], g["end"] - g["start"])


def _max_matching(edges: list[list[int]]) -> dict[int, int]:
    """A maximum one-to-one matching (augmenting paths) of left items to the right items their
    ``edges`` list: right -> left."""
    taken: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges[left]:
            if right not in seen:
                seen.add(right)
                if right not in taken or augment(taken[right], seen):
                    taken[right] = left
                    return True
        return False

    for left in range(len(edges)):
        augment(left, set())
    return taken


def _match_quotes(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> tuple[int, int]:
    """(span matches, span+speaker matches) of one document, one-to-one: first as many pairs as
    can share their speaker, then as many more as overlap at all. Greedy matching in text order
    let a long gold quote (an interview's answer) take the report nested in it and leave the
    report's own gold quote unmatched."""
    overlapping = [[k for k, p in enumerate(predicted) if _overlap(p, g)] for g in gold]
    speaking = [[k for k in ks if same_speaker(predicted[k]["speaker"], g["speaker"])] for g, ks in zip(gold, overlapping)]
    taken = _max_matching(speaking)
    both = len(taken)
    # the speaker pairs stay; gold quotes left over may still match a prediction by span alone
    paired = set(taken.values())
    span = _max_matching([[k for k in ks if k not in taken] if i not in paired else [] for i, ks in enumerate(overlapping)])
    return both + len(span), both


@dataclass
class _Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def prf(self) -> PRF:
        return PRF(self.tp, self.pred, self.gold)


def evaluate(gold_file: Path, corpus: Path, split: str | None = None) -> dict[str, Any]:
    """Score claims and quotes of every gold document.

    RETURNS (dict): ``{"documents", "claims": {...}, "quotes": {...}, "drift": [...]}`` with
        precision/recall/F1 for claims (measure+value+qualifier, and measure+value only) and for
        quotes (span, span+speaker), plus field accuracies on matched claims.
    split (str | None): Only documents of this split ("dev": looked at while building the
        rules; "test": annotated from the text alone and not used to tune anything).
    """
    gold = [g for g in json.loads(gold_file.read_text(encoding="utf-8"))["documents"] if split is None or g.get("split") == split]
    articles = load_articles([g["doc"] for g in gold], corpus)
    claims_full, claims_value, quotes_span, quotes_speaker = _Counts(), _Counts(), _Counts(), _Counts()
    field_hits: Counter[str] = Counter()
    field_total: Counter[str] = Counter()
    drift: list[str] = []
    for g in gold:
        article = articles.get(g["doc"])
        predicted_claims = extract_claims(article) if article else []
        predicted_quotes = extract_quotes(article) if article else []
        if article:
            attribute_to_quotes(article, predicted_claims, predicted_quotes)  # as the pipeline does
        # claims: one-to-one on the full key, then on (measure, value)
        pool = list(predicted_claims)
        claims_full.pred += len(predicted_claims)
        claims_full.gold += len(g["claims"])
        for gc in g["claims"]:
            hit = next((p for p in pool if _claim_key(p) == _claim_key(gc)), None)
            if hit is not None:
                pool.remove(hit)
                claims_full.tp += 1
                for fld in ("subject", "attributed_to", "location"):
                    if fld in gc:
                        field_total[fld] += 1
                        field_hits[fld] += (gc[fld] or "").lower() in (hit.get(fld) or "").lower() if gc[fld] else not hit.get(fld)
        loose = Counter((p["measure"], p["value"]) for p in predicted_claims)
        want = Counter((c["measure"], None if c.get("value") is None else float(c["value"])) for c in g["claims"])
        claims_value.tp += sum((loose & want).values())
        claims_value.pred += sum(loose.values())
        claims_value.gold += sum(want.values())
        # quotes
        quotes_span.pred += len(predicted_quotes)
        quotes_speaker.pred += len(predicted_quotes)
        quotes_span.gold += len(g["quotes"])
        quotes_speaker.gold += len(g["quotes"])
        kept = []
        for gq in g["quotes"]:
            if article is None or text_hash(article.text[gq["start"] : gq["end"]]) != gq["hash"]:
                drift.append(f"{g['doc']}:{gq['start']}")
            else:
                kept.append(gq)
        span_pairs, speaker_pairs = _match_quotes(kept, predicted_quotes)
        quotes_span.tp += span_pairs
        quotes_speaker.tp += speaker_pairs
    return {
        "documents": len(gold),
        "claims": {
            "measure+value+qualifier": claims_full.prf().to_dict(),
            "measure+value": claims_value.prf().to_dict(),
            "gold": claims_full.gold,
            "fields": {f: round(field_hits[f] / field_total[f], 4) for f in field_total},
        },
        "quotes": {"span": quotes_span.prf().to_dict(), "span+speaker": quotes_speaker.prf().to_dict(), "gold": quotes_span.gold},
        "drift": drift,
    }
