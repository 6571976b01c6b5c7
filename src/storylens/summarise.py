"""Summarise: a short extractive summary whose every sentence cites the article span it comes from.

Sentences are scored by how much of the story's vocabulary they carry (words that several articles
use), with a bonus for figures and for the story's main entities. The best are taken greedily,
skipping near-repeats of a sentence already taken and taking at most two per article, so the
summary draws on several outlets; they are then ordered by date and position.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .model import Article

WORD = re.compile(r"[^\W\d_]{4,}")
MAX_SENTENCES = 7
PER_ARTICLE = 2


def _words(s: str) -> list[str]:
    return [w.lower() for w in WORD.findall(s)]


def summarise(articles: list[Article], claims: list[dict[str, Any]], entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pick the summary sentences of a story.

    RETURNS (list[dict]): ``text, sources: [{article, start, end}]`` in reading order.
    """
    doc_freq: Counter[str] = Counter()
    for a in articles:
        doc_freq.update(set(_words(a.text)))
    main_names = {w.lower() for e in entities[:8] for w in e["name"].split()}
    claim_sentences = {(c["article"], c["sentence"]) for c in claims}
    candidates: list[tuple[float, Article, int]] = []
    for a in articles:
        for i, span in enumerate(a.sentences):
            text = span.text_of(a.text)
            words = _words(text)
            if len(words) < 5 or not text.rstrip().endswith((".", "!", "?", "“", '"', "»", "«")):
                continue  # headlines and fragments make poor summary sentences
            shared = sum(1 for w in set(words) if doc_freq[w] >= 2)
            score = shared / (len(set(words)) ** 0.5)
            score += 0.8 * ((a.id, i) in claim_sentences) + 0.3 * len(main_names & set(words))
            score += 0.3 / (1 + i)  # leads carry the news
            candidates.append((score, a, i))
    chosen: list[tuple[Article, int]] = []
    taken_words: list[set[str]] = []
    per_article: Counter[str] = Counter()
    for score, a, i in sorted(candidates, key=lambda x: -x[0]):
        words = set(_words(a.sentences[i].text_of(a.text)))
        if per_article[a.id] >= PER_ARTICLE:
            continue
        if any(len(words & t) >= 0.5 * min(len(words), len(t)) for t in taken_words):
            continue
        chosen.append((a, i))
        taken_words.append(words)
        per_article[a.id] += 1
        if len(chosen) >= MAX_SENTENCES:
            break
    chosen.sort(key=lambda x: (x[0].published or "9999", articles.index(x[0]), x[1]))
    return [
        {"text": a.sentences[i].text_of(a.text), "sources": [{"article": a.id, "start": a.sentences[i].start, "end": a.sentences[i].end}]}
        for a, i in chosen
    ]
