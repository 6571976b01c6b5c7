"""Timeline: dated events of a story, from absolute dates and resolved relative ones.

Each sentence that names a day ("am 6. Januar", "19.01.2022", "am Montag" when the article is
dated to the day) becomes an event on that day. An article without a date of its own borrows the
story's: the date most of its other articles carry, so "6. Januar" gets its year. Events from
several outlets that name the same day with similar words are one entry citing all of them.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .lang import get_pack
from .model import Article
from .timex import find as find_times

WORD = re.compile(r"\w{4,}")


def _words(s: str) -> set[str]:
    return {w.lower() for w in WORD.findall(s)}


def story_date(articles: list[Article]) -> str | None:
    """The date most articles of a story carry (month precision is enough to give years)."""
    dates = Counter(a.published for a in articles if a.published)
    return dates.most_common(1)[0][0] if dates else None


def build(articles: list[Article]) -> list[dict[str, Any]]:
    """The story's timeline: ``date, text, articles, sources`` ordered by date.

    RETURNS (list[dict]): Entries; ``text`` is the first outlet's sentence, ``sources`` the spans
        of every sentence that reports the event.
    """
    fallback = story_date(articles)
    entries: list[dict[str, Any]] = []
    for a in articles:
        reference = a.published or fallback
        lex = get_pack(a.language).figures
        back = lex.back_reference if lex is not None else None  # "Das sagte X", the pack's pattern for quotes
        for n, span in enumerate(a.sentences):
            sentence = span.text_of(a.text)
            start = span.start
            if (back is not None and n and back.search(sentence) and sentence.split()[1][:1].islower()  # a verb: not "Das Haus der …"
                    and "\n" not in a.text[a.sentences[n - 1].start : span.start]):
                # "… ist auf 27 gestiegen. Das teilte das Ministerium am Mittwoch mit.": the event is the sentence before
                start = a.sentences[n - 1].start
            for t in find_times(sentence, reference, a.language):
                if not t.value or len(t.value) != 10:
                    continue
                if a.published and t.value == a.published and t.relative and t.text.lower() in ("heute", "today"):
                    continue  # "today" only restates the publication date
                text = a.text[start : span.end]
                words = _words(text)
                twin = next((e for e in entries if e["date"] == t.value and len(words & e["_words"]) >= 0.3 * min(len(words), len(e["_words"]))), None)
                source = {"article": a.id, "start": start, "end": span.end}
                if twin is None:
                    entries.append({"date": t.value, "text": text, "articles": [a.id], "sources": [source], "_words": words})
                elif source not in twin["sources"]:
                    twin["sources"].append(source)
                    if a.id not in twin["articles"]:
                        twin["articles"].append(a.id)
                break  # one event per sentence: its first day
    entries.sort(key=lambda e: (e["date"], -len(e["articles"])))
    for e in entries:
        del e["_words"]
    return entries
