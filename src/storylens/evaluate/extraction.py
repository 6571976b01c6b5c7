"""Score HTML extraction on fundus-style test pages, next to plain trafilatura in the same run.

Layout: ``<cc>/<Outlet>_<YYYY_MM_DD>.html.gz`` pages with ``<cc>/<Outlet>.json`` gold holding one
entry per parser version (``V1``, ``V1_1``, …); versions and pages pair up in date order.
``meta.info`` gives each page's URL.

Body text is scored as a bag of word tokens against the gold summary, section headlines and
paragraphs (micro-averaged over pages). Title, authors and date are exact-match accuracies.
"""

from __future__ import annotations

import gzip
import json
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..ingest import html_to_doc
from ..pipeline import prepare
from ..timeutil import normalise_date
from . import PRF

WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class GoldPage:
    """One test page and its expected extraction."""

    path: Path
    url: str | None
    title: str | None
    authors: tuple[str, ...]
    date: str | None
    body: str


def _version_key(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", v))


def _body_text(body: dict[str, Any]) -> str:
    parts: list[str] = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    return "\n".join(parts)


def load_gold(folder: Path) -> list[GoldPage]:
    """Pair every page under ``folder`` with its gold entry."""
    pages: list[GoldPage] = []
    for gold_file in sorted(folder.rglob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        htmls = sorted(gold_file.parent.glob(f"{gold_file.stem}_*.html.gz"))
        versions = sorted(gold, key=_version_key)
        if len(htmls) != len(versions):
            continue
        meta_file = gold_file.parent / "meta.info"
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
        for page, version in zip(htmls, versions):
            g = gold[version]
            pages.append(
                GoldPage(
                    path=page,
                    url=meta.get(page.name, {}).get("url"),
                    title=g.get("title"),
                    authors=tuple(g.get("authors") or ()),
                    date=normalise_date((g.get("publishing_date") or "")[:10]),
                    body=_body_text(g.get("body") or {}),
                )
            )
    return pages


def _norm(s: str | None) -> str:
    # (invisible soft hyphens and zero-width spaces a page or its gold may carry are no difference)
    return " ".join(unicodedata.normalize("NFC", s or "").replace("\u00ad", "").replace("\u200b", "").split()).casefold()


def _tokens(s: str) -> Counter[str]:
    # canonically equal spellings are one word ("ö" and "o" + combining diaeresis, as some pages send)
    return Counter(w.casefold() for w in WORD.findall(unicodedata.normalize("NFC", s)))


@dataclass
class _Tally:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    title: int = 0
    authors: int = 0
    date: int = 0
    dated: int = 0
    seconds: float = 0.0

    def add(self, page: GoldPage, text: str, title: str | None, authors: list[str], date: str | None) -> None:
        p, g = _tokens(text), _tokens(page.body)
        self.tp += sum((p & g).values())
        self.pred += sum(p.values())
        self.gold += sum(g.values())
        self.title += _norm(title) == _norm(page.title)
        self.authors += {_norm(a) for a in authors} == {_norm(a) for a in page.authors}
        if page.date:
            self.dated += 1
            self.date += (date or "")[:10] == page.date

    def report(self, n: int) -> dict[str, float]:
        prf = PRF(self.tp, self.pred, self.gold)
        return {
            **prf.to_dict(),
            "title": round(self.title / n, 4),
            "authors": round(self.authors / n, 4),
            "date": round(self.date / self.dated, 4) if self.dated else 0.0,
            "seconds_per_page": round(self.seconds / n, 4),
        }


def evaluate(folder: Path) -> dict[str, Any]:
    """Score plain trafilatura and storylens on every gold page under ``folder``.

    RETURNS (dict): ``{"pages": n, "trafilatura": {...}, "storylens": {...}}`` with precision,
        recall, F1 (body tokens), title/authors/date accuracy and seconds per page.
    """
    import trafilatura

    pages = load_gold(folder)
    htmls = [gzip.decompress(p.path.read_bytes()).decode("utf-8", errors="replace") for p in pages]
    base = _Tally()
    for page, html in zip(pages, htmls):
        t0 = time.perf_counter()
        doc = trafilatura.bare_extraction(html, url=page.url, with_metadata=True)
        base.seconds += time.perf_counter() - t0
        authors = [a.strip() for a in ((doc.author if doc else None) or "").split(";") if a.strip()]
        base.add(page, (doc.text if doc else None) or "", doc.title if doc else None, authors, doc.date if doc else None)

    ours = _Tally()
    t0 = time.perf_counter()
    docs = [html_to_doc(html, path=str(p.path), doc_id=p.path.name, url=p.url) for p, html in zip(pages, htmls)]
    articles = prepare(docs)  # extraction and clean-up only: what this evaluation scores
    ours.seconds = time.perf_counter() - t0
    by_path = {a.path: a for a in articles}
    for page in pages:
        a = by_path.get(str(page.path))
        ours.add(page, a.text if a else "", a.title if a else None, list(a.authors) if a else [], a.published if a else None)
    return {"pages": len(pages), "trafilatura": base.report(len(pages)), "storylens": ours.report(len(pages))}
