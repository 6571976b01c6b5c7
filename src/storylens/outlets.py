"""The outlet view and quotes across outlets.

Outlet view: per article, what only it reports (figures no other outlet gives for the same
measure and value, speakers no one else quotes, people no one else names), its agency credits,
and the passages it shares nearly verbatim with other articles of the story (eight-word shingles)
— a hint of a common wire source.

Quotes across outlets: the same statement reported by several outlets, directly in one and
paraphrased in another, grouped by speaker and by the words the quotes share.
"""

from __future__ import annotations

import re
from typing import Any

from .model import Article

WORD = re.compile(r"\w+")
SHINGLE = 8


def _shingles(text: str) -> dict[tuple[str, ...], int]:
    """Eight-word shingles of a text with the character offset where each starts."""
    words = [(m.group(0).lower(), m.start()) for m in WORD.finditer(text)]
    return {tuple(w for w, _ in words[i : i + SHINGLE]): words[i][1] for i in range(len(words) - SHINGLE + 1)}


def shared_passages(a: Article, others: list[Article], min_shingles: int = 2, shingles: dict[str, dict[tuple[str, ...], int]] | None = None) -> list[dict[str, Any]]:
    """Passages of ``a`` that also stand, nearly word for word, in another article.

    shingles: each article's shingles by id, when the caller has them already.
    """
    cache = shingles if shingles is not None else {}
    mine = cache.get(a.id) or _shingles(a.text)
    out = []
    for o in others:
        theirs = cache.get(o.id) or _shingles(o.text)
        common = sorted(mine[s] for s in mine.keys() & theirs.keys())
        if len(common) < min_shingles:
            continue
        # join overlapping shingles into passages
        start = prev = common[0]
        for pos in common[1:] + [None]:  # type: ignore[list-item]
            if pos is not None and pos - prev < 60:
                prev = pos
                continue
            end = _end_after(a.text, prev)
            out.append({"with": o.id, "start": start, "end": end, "text": a.text[start:end]})
            if pos is not None:
                start = prev = pos
    return out


def _end_after(text: str, pos: int) -> int:
    words = list(WORD.finditer(text, pos))
    return words[min(SHINGLE, len(words)) - 1].end() if words else len(text)


def outlet_view(articles: list[Article], claims: list[dict[str, Any]], quotes: list[dict[str, Any]], entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per article: ``article, outlet, agencies, only_figures, only_speakers, only_people,
    shared_passages``."""
    figure_key = {c["id"]: (c["measure"], c["value"], c.get("low"), c.get("high")) for c in claims}
    shingles = {a.id: _shingles(a.text) for a in articles}
    out = []
    for a in articles:
        others = [o for o in articles if o.id != a.id]
        other_figures = {figure_key[c["id"]] for c in claims if c["article"] != a.id}
        other_speakers = {q["speaker"] for q in quotes if q["article"] != a.id}
        out.append({
            "article": a.id,
            "outlet": a.outlet,
            "agencies": list(a.agencies),
            "only_figures": [c["id"] for c in claims if c["article"] == a.id and figure_key[c["id"]] not in other_figures],
            "only_speakers": sorted({q["speaker"] for q in quotes if q["article"] == a.id} - other_speakers),
            "only_people": [e["id"] for e in entities if e["type"] == "PER" and e["articles"] == [a.id]],
            "shared_passages": shared_passages(a, others, shingles=shingles),
        })
    return out


def quote_groups(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Statements reported by several outlets: quotes of one speaker whose words overlap."""
    groups: list[dict[str, Any]] = []
    for q in quotes:
        words = {w.lower() for w in WORD.findall(q["text"]) if len(w) > 3}
        speaker = q.get("speaker_entity") or q["speaker"]
        home = next((g for g in groups if g["_speaker"] == speaker and len(words & g["_words"]) >= max(3, 0.3 * min(len(words), len(g["_words"])))), None)
        if home is None:
            groups.append({"_speaker": speaker, "_words": set(words), "speaker": q["speaker"], "quotes": [q["id"]], "articles": [q["article"]], "kinds": [q["kind"]]})
        else:
            home["quotes"].append(q["id"])
            home["_words"] |= words
            if q["article"] not in home["articles"]:
                home["articles"].append(q["article"])
            home["kinds"].append(q["kind"])
    out = []
    for g in groups:
        if len(g["articles"]) >= 2:
            out.append({"speaker": g["speaker"], "quotes": g["quotes"], "articles": g["articles"], "kinds": sorted(set(g["kinds"]))})
    return out
