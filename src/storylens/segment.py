"""Segment: sentences as character spans into the canonical text (German and English).

Rules, in order: a line break always ends a sentence (headlines have no final stop); a period,
``!``, ``?`` or ``…`` (with closing quotes or brackets) ends one when the next word starts a
sentence, unless the period belongs to an abbreviation, an initial, or an ordinal
("6. Januar", "die 3. Liga"). A period glued to the next capitalised word after a lowercase word
("getroffen.Putin") also ends a sentence. A closing quotation mark set off by a space after the
stop ("dead. '' The") stays with the sentence it closes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lang import LanguagePack, get_pack
from .model import Span

# A candidate end: terminal punctuation, closing quotes/brackets, then whitespace or text end.
CANDIDATE = re.compile(r"[.!?…]+[\"'“”»«’‘)\]]*(?=\s|$)|(?<=\s)[:;]-?[)(DP](?=\s|$)|(?<=[a-zäöüß]{2}[.!?])(?=[A-ZÄÖÜ][a-zäöüß])|(?<=[a-zäöüß]{2}[.!?][\"”»’])(?=[A-ZÄÖÜ][a-zäöüß])")
TOKEN_BEFORE = re.compile(r"(\S+?)[.!?…]*[\"'“”»«’‘)\]]*$")
NEXT_WORD = re.compile(r"\s*([\"'„“”»«‚‘(\[]*)(\S*)")
ROMAN = re.compile(r"^[IVXLC]+$")
PARAGRAPH = re.compile(r"[^\n]+")
# A closing mark set off by a space after the stop, as tokenised text writes it ("dead. '' The")
LATE_CLOSER = re.compile(r"[ \t]+(?:''|”)(?=\s|$)")
STRAIGHT_CLOSER = re.compile(r'[ \t]+"(?=\s|$)')


@lru_cache(maxsize=None)
def _dotted(code: str) -> frozenset[str]:
    """Lowercased dotted abbreviations ("z.b", "u.s"), matched regardless of case."""
    return frozenset(a.lower() for a in get_pack(code).abbreviations if "." in a)


def _is_ordinal(token: str, next_word: str, previous: str, pack: LanguagePack) -> bool:
    """True when ``token.`` is an ordinal: a small number before a month or an ordinal noun, or
    after an article or preposition ("nach dem 19. Lebensjahr")."""
    if not (token.isdigit() and len(token) <= 2) and not ROMAN.match(token):
        return False
    if not previous or previous[-1] in ".!?:":
        return True  # an enumeration: "2. Soziale Bewegungen ..."
    word = next_word.strip(".,;:)]\"'“”»«")
    return word in pack.months or word.lower().rstrip("s") in pack.ordinal_nouns or previous.lower() in pack.ordinal_cues


def _ends_sentence(text: str, end: int, para_end: int, pack: LanguagePack) -> bool:
    """Decide whether the candidate that ends at ``end`` closes a sentence."""
    if end >= para_end:
        return True
    m = NEXT_WORD.match(text, end, para_end)
    opener, word = (m.group(1), m.group(2)) if m else ("", "")
    if not word and not opener:
        return True
    first = (word or opener)[0]
    if first.islower() or first in ",;:-–)":
        return False
    head = text[max(0, end - 60) : end]
    punct = head.rstrip("\"'“”»«’‘)]")
    if punct.endswith(("!", "?", "…", "!\"", "?\"")):
        return True  # ! ? … end a sentence before a capital, digit or quote
    if punct.endswith("..") or not punct.endswith("."):
        return True  # an ellipsis or an emoticon
    tm = TOKEN_BEFORE.search(punct)
    token = tm.group(1).lstrip("\"'„“»«‚‘([") if tm else ""
    if not token:
        return True
    if token in pack.closing_abbreviations and word.strip("\"'„“”»«‚‘(") in pack.sentence_openers:
        return True  # "… Mission Critical Facilities Inc. That company …": the abbreviation closes the sentence
    if token in pack.abbreviations or token.lower() in _dotted(pack.code) or token.rsplit("-", 1)[-1] in pack.abbreviations:
        return False
    if len(token) == 1 and token.isalpha():
        return False  # an initial ("George W. Bush") or a one-letter abbreviation
    if re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", token):
        return False  # dotted abbreviations not in the list: "u.a.", "U.S."
    before = punct[: tm.start(1)].split() if tm else []
    if _is_ordinal(token, word, before[-1] if before else "", pack):
        return False
    return True


def sentences(text: str, language: str | None = None) -> list[Span]:
    """Split ``text`` into sentence spans.

    text (str): Canonical article text.
    language (str | None): ISO code choosing the language pack.
    RETURNS (list[Span]): Non-overlapping spans, trimmed of surrounding whitespace, in order.
    """
    pack = get_pack(language)
    spans: list[Span] = []
    for para in PARAGRAPH.finditer(text):
        start, stop = para.start(), para.end()
        cursor = start
        for c in CANDIDATE.finditer(text, start, stop):
            if c.end() <= cursor:
                continue
            if _ends_sentence(text, c.end(), stop, pack):
                end = c.end()
                late = LATE_CLOSER.match(text, end, stop)
                if late is None and text.count('"', start, end) % 2 == 1:
                    late = STRAIGHT_CLOSER.match(text, end, stop)  # 'educator. " Sr. …': a straight mark left open closes here
                if late:
                    end = late.end()  # 'civilians. '' Mohammad …': the closing mark belongs to the sentence it closes
                elif not c.group(0) and text[end - 1] == '"' and text.count('"', start, end - 1) % 2 == 0:
                    end -= 1  # 'concessions."We'll see': a lost space before a straight mark that opens the next sentence
                _add(spans, text, cursor, end)
                cursor = end
        _add(spans, text, cursor, stop)
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span.of(text, start, end))
