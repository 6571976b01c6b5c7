"""Time expressions: absolute dates and relative ones, normalised against the publication date.

"6. Januar", "19.01.2022", "am Montag", "am Mittwoch kommender Woche", "gestern", "vor 30 Jahren",
"last Friday". A weekday resolves to the latest such day on or before the reference date (news
reports the past), or to next week's with "kommender/nächster Woche", "next". A relative
expression needs a reference date with day precision; without one its ``value`` is ``None``.
"""

from __future__ import annotations

import re
from typing import Final
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .lang import FigureLexicon, get_pack
from .timeutil import parse_partial_date


@dataclass(frozen=True)
class TimeExpr:
    """A time expression found in a text: its span, wording and normalised value."""

    start: int
    end: int
    text: str
    value: str | None  # ISO date, "YYYY-MM", "YYYY", or None when it cannot be resolved
    relative: bool
    precision: str = "day"  # what it names, resolved or not: "day", "month" or "year"

    def to_dict(self) -> dict[str, object]:
        """Convert to a dictionary."""
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value, "relative": self.relative,
                "precision": self.precision}


def _opening(words: object) -> str:
    """A lookahead for the first letters of ``words`` in either case: a case-insensitive
    alternation is then tried only where one of them can start."""
    letters = sorted({c for w in words for c in (str(w)[:1].lower(), str(w)[:1].upper())})  # type: ignore[attr-defined]
    return "(?=[" + "".join(re.escape(c) for c in letters) + "])"


@lru_cache(maxsize=None)
def _patterns(code: str) -> dict[str, re.Pattern[str]]:
    lex = get_pack(code).figures
    assert lex is not None
    months = "|".join(re.escape(m) for m in sorted(lex.month_numbers, key=len, reverse=True))
    days = "|".join(sorted(lex.weekdays, key=len, reverse=True))
    rel = "|".join(sorted(lex.relative_days, key=len, reverse=True))
    prefixes = ("letzten", "vergangenen", "kommenden", "nächsten", "last", "next", "this")
    return {
        "dmy_words": re.compile(rf"\b(?P<d>[0-3]?\d)\.?\s+(?P<m>{months})\b(?:\s+(?P<y>(?:19|20)\d\d))?", re.I),
        "mdy_words": re.compile(rf"\b{_opening(lex.month_numbers)}(?P<m>{months})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d))?", re.I),
        "numeric": re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)?\d\d)\b"),
        "iso": re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        "weekday": re.compile(
            rf"\b{_opening((*prefixes, *lex.weekdays))}(?:(?P<prefix>{'|'.join(prefixes)})\s+)?"
            rf"(?P<wd>{days})(?:abend|morgen|mittag|nachmittag|vormittag|nacht|s)?\b"
            rf"(?:\s+(?P<suffix>kommender|nächster|vergangener|der kommenden|der vergangenen)\s+Woche)?",
            re.I,
        ),
        "relative": re.compile(rf"\b{_opening(lex.relative_days)}(?P<rel>{rel})\b", re.I),
        # a bare year after a preposition ("in 2004", "im Jahr 2004"), not a count ("in 2000 Fällen")
        "year": re.compile(
            r"\b" + _opening(lex.year_prepositions) + r"(?i:" + "|".join(re.escape(p) for p in lex.year_prepositions) + r")\s+(?P<y>(?:19|20)\d\d)\b(?![.,]\d)"
            r"(?!\s+[A-ZÄÖÜ][a-zäöüß])" if lex.year_prepositions else r"(?!x)x"
        ),
        "ago": re.compile(r"\b(?=[vV\d])(?:vor|(?=\d))\s*(?P<n>\d+|einem|einer|zwei|drei|vier|fünf|zehn)\s+(?P<unit>Jahren|Jahrzehnten|Monaten|Wochen|Tagen|years?|months?|weeks?|days?)(?:\s+ago)?\b", re.I),
        # a month, capitalised as a name is, after a word that makes it a time or with its year: "im März",
        # "Anfang Januar 2022", "in early March", "May 2021" (not "August Diehl", not "you may")
        "month": re.compile(
            r"\b" + _opening((*lex.month_openers, *lex.month_numbers)) + r"(?:(?P<pre>(?i:" + "|".join(re.escape(w) for w in sorted(lex.month_openers, key=len, reverse=True))
            + r"))\s+)?(?P<m>" + "|".join(re.escape(m[:1].upper() + m[1:]) for m in sorted(lex.month_numbers, key=len, reverse=True)) + r")"
            + r"(?(pre)(?:\s+(?P<y>(?:19|20)\d\d)\b)?|\s+(?P<y2>(?:19|20)\d\d)\b)" + r"(?![.,]?\d)"
            if lex.month_openers else r"(?!x)x"
        ),
        # a month or a year named from the report's: "vergangenen Monat", "im vergangenen Jahr", "last year"
        "relative_period": re.compile(
            r"\b" + _opening(lex.relative_periods) + r"(?P<period>" + "|".join(re.escape(w) for w in sorted(lex.relative_periods, key=len, reverse=True)) + r")\b", re.I)
        if lex.relative_periods else re.compile(r"(?!x)x"),
    }


_SMALL: Final = {"einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "zehn": 10}


def find(text: str, reference: str | None, language: str | None) -> list[TimeExpr]:
    """Find and normalise the time expressions in ``text``.

    text (str): A sentence or any stretch of text.
    reference (str | None): The publication date ("2022-01-10" or "2022-01").
    language (str | None): Language pack code.
    RETURNS (list[TimeExpr]): Non-overlapping expressions in text order.
    """
    pack = get_pack(language)
    lex = pack.figures or get_pack("de").figures
    assert lex is not None
    pats = _patterns(pack.code if pack.figures else "de")
    ref = parse_partial_date(reference)
    day_precise = reference is not None and ref is not None and len(reference.strip()) >= 10
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], value: str | None, relative: bool, precision: str = "day") -> None:
        if any(m.start() < e and s < m.end() for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        found.append(TimeExpr(m.start(), m.end(), m.group(0), value, relative, precision))

    for key in ("iso", "numeric", "dmy_words", "mdy_words"):
        for m in pats[key].finditer(text):
            month = m.group("m")
            mo = int(month) if month.isdigit() else lex.month_numbers.get(month.lower())
            y = m.group("y")
            year = int(y) + (2000 if len(y) == 2 else 0) if y else (ref.year if ref else None)
            try:
                value = date(year, mo, int(m.group("d"))).isoformat() if year and mo else None  # type: ignore[arg-type]
            except ValueError:
                continue
            add(m, value, relative=not y)
    for m in pats["weekday"].finditer(text):
        add(m, _weekday(m, lex, ref) if day_precise and ref else None, relative=True)
    for m in pats["relative"].finditer(text):
        offset = lex.relative_days[m.group("rel").lower()]
        add(m, (ref + timedelta(days=offset)).isoformat() if day_precise and ref else None, relative=True)
    for m in pats["month"].finditer(text):
        mo = lex.month_numbers[m.group("m").lower()]
        y = m.group("y") or m.group("y2")
        pre = (m.group("pre") or "").lower()
        if y:
            add(m, f"{int(y):04d}-{mo:02d}", relative=False, precision="month")
            continue
        step = lex.month_openers.get(pre, 0)
        year = None
        if ref is not None and step:
            # "last March", "vergangenen März": the one before the report's month; "next May": the one after
            year = ref.year + (-1 if step < 0 and mo >= ref.month else 1 if step > 0 and mo <= ref.month else 0)
        elif ref is not None and mo <= ref.month:
            year = ref.year  # "im März" in a June report: this year's
        # (a later month than the report's is this year's ahead or last year's gone: "im Juli" in April
        # reads either way, so its year stays open)
        add(m, f"{year:04d}-{mo:02d}" if year else None, relative=True, precision="month")
    for m in pats["relative_period"].finditer(text):
        unit, step = lex.relative_periods[m.group("period").lower()]
        value = None
        if ref and unit == "month":
            months = ref.year * 12 + ref.month - 1 + step
            value = f"{months // 12:04d}-{months % 12 + 1:02d}"
        elif ref and unit == "year":
            value = f"{ref.year + step:04d}"
        add(m, value, relative=True, precision=unit)
    for m in pats["year"].finditer(text):
        add(m, m.group("y"), relative=False, precision="year")
    for m in pats["ago"].finditer(text):
        if not m.group(0).lower().startswith("vor") and not m.group(0).lower().endswith("ago"):
            continue
        n_raw = m.group("n").lower()
        n = int(n_raw) if n_raw.isdigit() else _SMALL.get(n_raw, 1)
        unit = m.group("unit").lower()
        value = None
        if ref and unit.startswith(("jahr", "year")):
            value = str(ref.year - n * (10 if unit.startswith("jahrz") else 1))
        elif ref and day_precise and unit.startswith(("tag", "day")):
            value = (ref - timedelta(days=n)).isoformat()
        elif ref and unit.startswith(("monat", "month")):
            months = ref.year * 12 + ref.month - 1 - n
            value = f"{months // 12:04d}-{months % 12 + 1:02d}"
        add(m, value, relative=True, precision="year" if unit.startswith(("jahr", "year")) else "month" if unit.startswith(("monat", "month")) else "day")
    return sorted(found, key=lambda t: t.start)


def _weekday(m: re.Match[str], lex: FigureLexicon, ref: date) -> str:
    wd = lex.weekdays[m.group("wd").lower()]
    prefix = (m.group("prefix") or "").lower()
    suffix = (m.group("suffix") or "").lower()
    back = (ref.weekday() - wd) % 7
    if prefix in {"kommenden", "nächsten", "next"} or "kommend" in suffix or "nächst" in suffix:
        ahead = (wd - ref.weekday()) % 7 or 7
        if suffix:  # "Mittwoch kommender Woche": that weekday in the week after this one
            monday_next = ref + timedelta(days=7 - ref.weekday())
            return (monday_next + timedelta(days=wd)).isoformat()
        return (ref + timedelta(days=ahead)).isoformat()
    if prefix in {"letzten", "vergangenen", "last"} or "vergangen" in suffix:
        back = back or 7
    return (ref - timedelta(days=back)).isoformat()
