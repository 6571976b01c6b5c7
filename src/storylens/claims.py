"""Claims: every figure that counts something a reader would compare across outlets.

For each number in a sentence: its value (digits with German or English separators, number
words, scale words, vague amounts as ranges), the qualifier before it, the measure (from the noun
it counts or the verb of its clause), who is counted, where, who says so, and as of when. Years,
dates, ages, times, article numbers and numbers that count nothing in the measure vocabulary are
not claims.

Measures (extensible through the language packs): deaths, injured, arrests, troops, missing,
evacuated, displaced, protesters, votes, money, percent.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Final

from .lang import PEOPLE_MEASURES, FigureLexicon, get_pack
from .model import Article
from .ner import places
from .nerlex import lexicon as _ner_lexicon
from .timex import TimeExpr
from .timex import find as find_times

MEASURES: Final = ("deaths", "injured", "arrests", "troops", "missing", "evacuated", "displaced", "protesters", "votes", "seats", "money", "percent")

# "$500, 000": text tokenised for NLP corpora (ECB+) puts a space after a thousands comma
# numbers grouped by ", " (tokenised English), by spaces ("38 664", "949 655,16": Swiss and typeset style), by "." or ","
TOKEN: Final = re.compile(r"\$\s?(?:US|AU|A|C|NZ|HK|S)(?=\d)|\d{1,3}(?:, \d{3})+(?!\d|[.,]\d)|(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d{1,2}(?!\d))?(?![\d]|[.,]\d)|\d+(?:[.,]\d+)*|\w+(?:[-']\w+)*|[^\w\s]")
# ("$US1 million", "$ A2.5 billion": the dollar's country glued to the number is one token with its sign)
# signs that read alike in every language; the words are the language pack's (``label_words``, ``unit_words``, …)
LABEL_SIGNS: Final = frozenset({"§"})
UNIT_SIGNS: Final = frozenset({"km", "kg", "mg", "ml", "mm"})
QUOTE_MARKS: Final = frozenset('"„“”»«‚‘’\'')
CLAUSE_BREAK: Final = frozenset({",", ";", ":", "(", ")", "–", "—"})


class _Tok:
    __slots__ = ("text", "start", "end", "low")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end, self.low = text, start, end, text.lower()


_GLUED_SIGN: Final = re.compile(r"([^\W\d_]{1,3})(\d+(?:[.,]\d+)*)([^\W\d_]{0,3})")


def _joined_nouns(toks: list[_Tok], lex: FigureLexicon, pairs: dict[str, frozenset[str]]) -> list[_Tok]:
    """Tokens with each measure noun of two words (``pairs``, from :func:`_noun_pairs`: "per cent")
    made one, and a currency sign of letters glued to its amount (``currency_before``: "Sh130m",
    "Rs500") cut off."""
    if not any(t.low in pairs or (t.text[-1:].isalnum() and t.text[:1].isalpha() and any(c.isdigit() for c in t.text)) for t in toks):
        return toks
    out: list[_Tok] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        glued = _GLUED_SIGN.fullmatch(t.text) if t.text[:1].isalpha() else None
        if glued and glued.group(1).lower() in lex.currency_before:
            out.extend(_Tok(glued.group(g), t.start + glued.start(g), t.start + glued.end(g)) for g in (1, 2, 3) if glued.group(g))
            k += 1
            continue
        if k + 1 < len(toks) and toks[k + 1].low in pairs.get(t.low, ()):
            joined = _Tok(t.text + " " + toks[k + 1].text, t.start, toks[k + 1].end)
            out.append(joined)
            k += 2
            continue
        out.append(t)
        k += 1
    return out


@lru_cache(maxsize=None)
def _noun_pairs(code: str) -> dict[str, frozenset[str]]:
    """A pack's two-word measure nouns ("per cent"), first word → second words."""
    lex = get_pack(code).figures
    assert lex is not None
    pairs: dict[str, set[str]] = {}
    for noun in lex.measure_nouns:
        words = noun.split()
        if len(words) == 2:
            pairs.setdefault(words[0], set()).add(words[1])
    return {w: frozenset(v) for w, v in pairs.items()}


def tokenize(text: str, offset: int = 0) -> list[_Tok]:
    """Tokens with character offsets (numbers keep their separators)."""
    return [_Tok(m.group(0), m.start() + offset, m.end() + offset) for m in TOKEN.finditer(text)]


_SPACED_GROUP: Final = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3})")  # a space between groups of digits


def parse_number(s: str, decimal_comma: bool) -> float | None:
    """Parse "8.000", "2,5", "8,000", "2.5" by the language's convention; ``None`` if not a number."""
    thousands, decimal = (".", ",") if decimal_comma else (",", ".")
    s = _SPACED_GROUP.sub("", s)  # "38 664"
    if ", " in s and not decimal_comma:
        s = s.replace(", ", ",")
    parts = s.split(thousands)
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]) and decimal not in parts[-1]:
        s = "".join(parts)
    elif thousands in s:
        # "3.5" in German text: a decimal point after all (no group of three)
        s = s.replace(thousands, ".") if s.count(thousands) == 1 and decimal not in s else s.replace(thousands, "")
    s = s.replace(decimal, ".")
    try:
        return float(s)
    except ValueError:
        return None


@dataclass
class _Figure:
    start: int  # token index of the first number token
    end: int  # token index after the number (and its scale word)
    value: float | None
    low: float | None
    high: float | None
    vague: bool
    range: bool = False


RANGE_SIGNS: Final = frozenset({"-", "–"})


@lru_cache(maxsize=None)
def _number_starts(code: str) -> frozenset[str]:
    lex = get_pack(code).figures
    assert lex is not None
    # (a two-word vague amount, "mehrere Hundert", is found at its number word: "mehrere" alone opens no figure)
    vague = [w.split()[0] for w in lex.vague if len(w.split()) != 2]
    return frozenset(w.split()[0] for w in (*lex.number_words, *vague)) | frozenset(lex.scales) | ({lex.one_word} if lex.one_after_verbs else set())  # (a scale word: "eine Million")


_DIGIT: Final = re.compile(r"\d")
_LETTERS: Final = re.compile(r"[^\W\d_]+")


_EDGES: Final = "\"'.,;:!?()[]{}„“”»«‚‘’-–—/…*"  # stripped off a word before it is looked up


def _numberish(sentence: str, starts: frozenset[str], lex: FigureLexicon) -> bool:
    """A quick test for a digit or a number word, before any tokenising: whether a run of letters
    (``_LETTERS``) of the lowercased sentence is in ``starts``. Split at spaces, most words are one
    such run once their punctuation is stripped (told by ``isalpha``, looked up at once); only the
    others ("zwei-drei", "m²") go through the pattern. Also a word for one before a noun that counts
    people within three words ("eine Person", ``FigureLexicon.plural_counted``)."""
    if _DIGIT.search(sentence) is not None:
        return True
    ones = lex.one_before_noun
    after_one = 0  # words left to look at after a word for one
    for word in sentence.lower().split():
        word = word.strip(_EDGES)
        if word.isalpha():
            if word in starts:
                return True
            if after_one and lex.plural_counted(word) is not None:
                return True
            after_one = 3 if word in ones else after_one - 1 if after_one else 0
        elif word and not starts.isdisjoint(_LETTERS.findall(word)):
            return True
    return False


def _scale_article(toks: list[_Tok], i: int, lex: FigureLexicon) -> bool:
    """An article that counts one before a scale word ("eine Million", "a billion")."""
    return toks[i].low in lex.scale_articles and i + 1 < len(toks) and toks[i + 1].low.rstrip(".") in lex.scales


def _single(toks: list[_Tok], i: int, lex: FigureLexicon, starts: frozenset[str] = frozenset()) -> _Figure | None:
    t = toks[i]
    if t.text[0].isdigit():
        if ((i and toks[i - 1].end == t.start and ((toks[i - 1].text[-1].isalpha() and toks[i - 1].text[0] != "$" and toks[i - 1].low not in lex.currency_before)
                                                   or toks[i - 1].text == "\u2044"))
                or (i + 1 < len(toks) and toks[i + 1].start == t.end and toks[i + 1].text == "\u2044")):
            return None  # part of a word or a fraction ("1⁄4"), no count
        v = parse_number(t.text, lex.decimal_comma)
        return _Figure(i, i + 1, v, v, v, False) if v is not None else None
    if _scale_article(toks, i, lex):
        return _Figure(i, i + 1, 1, 1, 1, False)  # "eine Million Euro", "a billion dollars": the scale follows
    if starts and t.low not in starts and t.low not in lex.one_before_noun:
        return None
    if i and f"{toks[i - 1].low} {t.low}" in lex.vague:
        lo, hi = lex.vague[f"{toks[i - 1].low} {t.low}"]
        return _Figure(i - 1, i + 1, None, lo, hi, True)  # "mehrere Hundert", "several hundred": found at the number word
    if t.low == lex.one_word and i and toks[i - 1].low in lex.one_after_verbs:
        return _Figure(i, i + 1, 1, 1, 1, False)  # "shot three people, killing one"
    if t.low in lex.one_before_noun and _counted_after(toks, i, lex) is not None:
        return _Figure(i, i + 1, 1, 1, 1, False)  # "one victim died", "eine Person starb"
    two = f"{t.low} {toks[i + 1].low}" if i + 1 < len(toks) else ""
    if two in lex.number_words:
        v = lex.number_words[two]
        return _Figure(i, i + 2, v, v, v, False)
    if t.low in lex.number_words and t.low not in lex.not_alone_numbers:
        v = lex.number_words[t.low]
        return _Figure(i, i + 1, v, v, v, False)
    three = f"{two} {toks[i + 2].low}" if two and i + 2 < len(toks) else ""
    if three in lex.vague:
        lo, hi = lex.vague[three]
        return _Figure(i, i + 3, None, lo, hi, True)  # "tens of thousands", not "thousands" alone
    if t.low in lex.vague:
        lo, hi = lex.vague[t.low]
        return _Figure(i, i + 1, None, lo, hi, True)
    return None


ONE_MEASURES: Final = frozenset({"deaths", "injured", "arrests", "missing"})  # what "one victim", "ein Mann" may count (not "ein Soldat" as troops)


def _counted_after(toks: list[_Tok], i: int, lex: FigureLexicon) -> int | None:
    """The index of a singular noun that counts people (``plural_counted``) within three words
    after a word for one, past adjectives only ("one Thai crew member", "ein junger Mann"); such a
    figure counts only the measures in ``ONE_MEASURES``."""
    before = toks[i - 2].low if i >= 2 and toks[i - 1].text == "-" else toks[i - 1].low if i else ""
    if before in lex.not_one_after:
        return None  # "no one was injured", "No - one"; "neben einer Leiche", "bei einer Festnahme": an article
    for k in range(i + 1, min(i + 4, len(toks))):
        w = toks[k].low
        if lex.plural_counted(w) is not None and (not lex.capitalised_nouns or toks[k].text[:1].isupper()):
            return k  # (in German a noun: not "ein getöteter Drache")
        if (not w.isalpha() or w in lex.function_words or w in lex.articles or w in lex.prepositions
                or (lex.capitalised_nouns and toks[k].text[:1].isupper())):
            return None  # another noun, or no adjective: "eine Frage", "ein Mann"'s article
    return None


def _figures(toks: list[_Tok], lex: FigureLexicon, starts: frozenset[str]) -> list[_Figure]:
    out: list[_Figure] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if starts and not t.text[0].isdigit() and t.low not in starts and t.low not in lex.one_before_noun and not _scale_article(toks, i, lex):
            i += 1  # most tokens open no figure: skip the call
            continue
        fig = _single(toks, i, lex, starts)
        if (fig is None and t.low in lex.one_before_noun and i and (toks[i - 1].text == "," or toks[i - 1].low in lex.coordinators)
                and i + 1 < len(toks) and (toks[i + 1].low in lex.prepositions or toks[i + 1].low in lex.attribute_prepositions)
                and any(toks[k].low == toks[i + 1].low for f in out for k in (f.end, f.end + 1) if k < i)):
            fig = _Figure(i, i + 1, 1, 1, 1, False)  # "9 Mandate für die CSU, … und eine für die FDP": one in a list that names its noun once
        if fig is None:
            i += 1
            continue
        j = fig.end
        if j + 1 < len(toks) and toks[j].text == "-" and toks[j + 1].low in lex.scales:
            j += 1  # "two - million", "$2.6 - million" (tokenised hyphens)
        scale_word = toks[j].low.rstrip(".").split("-")[0] if j < len(toks) else ""  # also "billion-per-year", "million-dollar"
        if scale_word in lex.scales and fig.value is not None:
            scale = lex.scales[scale_word]
            fig.value = fig.low = fig.high = round(fig.value * scale, 4)  # 273,1 Milliarden: no 273100000000.00003
            fig.end = j + 2 if j + 1 < len(toks) and toks[j + 1].text == "." and toks[j].low in lex.scale_abbreviations else j + 1
        elif scale_word in lex.scales and fig.vague and fig.low is not None and fig.high is not None and j == fig.end:
            scale = lex.scales[scale_word]
            fig.low, fig.high = round(fig.low * scale, 4), round(fig.high * scale, 4)  # "Hunderte Millionen Dollar": 200 to 999 million
            fig.end = j + 1
        if (fig.value is not None and i >= 2 and toks[i - 1].text in ("-", "−", "–") and toks[i - 1].end == t.start
                and toks[i - 2].end < toks[i - 1].start and not toks[i - 2].text[:1].isdigit()):
            fig = _Figure(i - 1, fig.end, -fig.value, -fig.value, -fig.value, False)  # "auf -0,5 Prozent": a sign, not a range
        j = fig.end
        percent_twice = j + 2 < len(toks) and toks[j].text == "%" and (toks[j + 1].low in RANGE_SIGNS or toks[j + 1].low in lex.range_joiners)
        if percent_twice:
            j += 1  # "43% to 44%": the unit repeated after each number
        # "sechs bis sieben", "20 oder 30", "zwischen 5 und 8": one figure with a range
        if not fig.vague and j + 1 < len(toks) and (toks[j].low in RANGE_SIGNS or toks[j].low in lex.range_joiners):
            k = fig.start - 1
            if k > 0 and lex.qualifiers.get(toks[k].low) == "about":
                k -= 1  # "zwischen etwa 12.000 und 18.000 Euro"
            if k > 0 and toks[k].low in lex.currency_before:
                k -= 1  # "between $ 140 and $ 150 million"
            closer = lex.between_words.get(toks[k].low) if k >= 0 else None
            joined = toks[j].low not in lex.between_words.values() or closer == toks[j].low
            if joined and k >= 0 and _after_change(toks, fig.start, lex):
                joined = False  # "raised the number of seats from 65 to 125": before and after, no range
            at = j + 2 if j + 2 < len(toks) and toks[j + 1].low in lex.currency_before else j + 1  # "and $ 150 million"
            currency_second = at > j + 1
            if joined and closer is not None and toks[j].low == closer:
                # "zwischen 935,89 und den bereits genannten 150 602,84 Euro": small words before the second
                skip = at
                while skip < min(len(toks), at + 4) and toks[skip].text.isalpha() and toks[skip].text.islower():
                    skip += 1
                if skip > at and skip < len(toks) and toks[skip].text[0].isdigit():
                    at = skip
            second = _single(toks, at, lex) if joined else None
            if second is not None and (percent_twice != (second.end < len(toks) and toks[second.end].text == "%")
                                       or (currency_second and not (k >= 0 and toks[k].low in lex.currency_before or toks[fig.start - 1].low in lex.currency_before))):
                second = None  # "close to 15% to $26 billion": a figure of another unit, no range
            low = fig.value
            if second is not None and second.value is not None and not second.vague and fig.value is not None:
                k2 = second.end
                if k2 < len(toks) and toks[k2].low.rstrip(".") in lex.scales:
                    scale = lex.scales[toks[k2].low.rstrip(".")]
                    second = _Figure(second.start, k2 + 1, second.value * scale, second.value * scale, second.value * scale, False)
                    if toks[fig.end - 1].low.rstrip(".") not in lex.scales and fig.value < 1000:
                        low = fig.value * scale  # "zwischen 140 und 150 Millionen": the scale of both
            if second is not None and not second.vague and low is not None and second.value is not None and second.value > low:
                fig = _Figure(fig.start, second.end, None, low, second.value, False, True)
        out.append(fig)
        i = fig.end
    return out


def _after_change(toks: list[_Tok], end: int, lex: FigureLexicon) -> bool:
    """Whether the words before token ``end`` close on a change's "from" ("rose from", "stieg von
    zunächst"): the figure there is the count before the change."""
    return lex.change_from is not None and lex.change_from.search(" ".join(t.text for t in toks[max(0, end - 15) : end])) is not None


def _qualifier(toks: list[_Tok], i: int, lex: FigureLexicon) -> tuple[str, int]:
    """Qualifier phrase ending right before token ``i``: (kind, index of its first token)."""
    k = i
    while k > 0 and (toks[k - 1].text in "»«„“\"'" or toks[k - 1].low in lex.currency_before or (k == i and toks[k - 1].low in lex.indefinite_articles)):
        k -= 1  # "more than $ 2 million": the qualifier stands before the currency; "etwa eine halbe Million": before the article
    for end in (k, k - 1):
        if end < k and not (end > 0 and toks[end].low in lex.qualifier_particles):
            break  # "mindestens aber 350 Euro": a particle may stand between the qualifier and its figure
        for n in (3, 2, 1):
            if end - n < 0:
                continue
            phrase = " ".join(t.low for t in toks[end - n : end])
            phrase = phrase.replace("ca .", "ca.")
            if phrase in lex.qualifiers:
                return lex.qualifiers[phrase], end - n
    return "exact", i


def _priced(toks: list[_Tok], fig: _Figure, end: int, measure: str, lex: FigureLexicon) -> bool:
    """Whether a small sum or a percentage is a price, a fee or a discount (``lex.price_nouns``,
    ``lex.discount_nouns``) rather than a figure anybody reports: money under 10,000 without a
    scale word, in cents, in a clause about a discount, or under 100 in a clause about a price (a
    drug's list price of 220 Euro is news; not about pay), or in a sentence about shares
    (``lex.share_nouns``); a percentage "of" a price, or in a clause about a discount."""
    ca, cb = _clause(toks, fig.start)
    clause = [t.low.strip(".,;:") for t in toks[ca:cb]]
    if _about_pay(toks[ca:cb], lex):
        return False
    discount = any(w.endswith(lex.discount_nouns) for w in clause) if lex.discount_nouns else False
    if measure == "percent":
        after = [t.low for t in toks[end : end + 2]]
        return discount or (len(after) >= 2 and after[0] in lex.articles and after[1].endswith(lex.price_nouns))
    amounts = [v for v in (fig.value, fig.low, fig.high) if v is not None]
    if not amounts or max(amounts) >= 10_000 or toks[fig.end - 1].low.rstrip(".") in lex.scales:
        return False
    cents = any(v != int(v) for v in amounts)
    return (cents or discount or (max(amounts) < 100 and any(w.endswith(lex.price_nouns) for w in clause))
            or not lex.share_nouns.isdisjoint(t.low for t in toks))  # "Seit ihrem Tief bei 350 Dollar …, auch wenn die Papiere …": a share's price


def _small_sum(toks: list[_Tok], fig: _Figure, lex: FigureLexicon) -> bool:
    """A sum under 10,000 with no scale word after it ("7,40 Euro", not "5.000 Millionen")."""
    return fig.value is not None and fig.value < 10_000 and toks[fig.end - 1].low.rstrip(".") not in lex.scales


def _about_pay(toks: list[_Tok], lex: FigureLexicon) -> bool:
    """Whether the tokens speak of wages or pay (``lex.wage_nouns``): a small monthly sum is news there."""
    return bool(lex.wage_nouns) and any(t.low.strip(".,;:").endswith(lex.wage_nouns) for t in toks)


def _mark_dashes(toks: list[_Tok]) -> None:
    """Write a hyphen that stands for a dash as one: spaced on both sides, no number beside it
    ("Eine Mutter stirbt - jetzt gibt es Gewissheit über die drei Kinder"; not the range "10 - 20"),
    for languages whose text spaces no hyphen inside a word (``FigureLexicon.spaced_hyphen_dash``)."""
    for k in range(1, len(toks) - 1):
        t = toks[k]
        if (t.text == "-" and toks[k - 1].end < t.start and t.end < toks[k + 1].start
                and not toks[k - 1].text[0].isdigit() and not toks[k + 1].text[0].isdigit()):
            t.text = t.low = "–"


_DASHES: Final = frozenset({"–", "—"})


def _clause(toks: list[_Tok], i: int) -> tuple[int, int]:
    """The tokens of the clause around ``i``, between the nearest breaks; a pair of dashes within
    eight tokens sets off an aside the clause runs past ("drei junge Männer – alle Cousins – starben")."""
    a = i
    while a > 0:
        t = toks[a - 1].text
        if t in CLAUSE_BREAK:
            if t in _DASHES and (k := _paired_dash(toks, a - 1, -1)) is not None:
                a = k
                continue
            break
        a -= 1
    b = i
    while b < len(toks):
        t = toks[b].text
        if t in CLAUSE_BREAK:
            if t in _DASHES and (k := _paired_dash(toks, b, 1)) is not None:
                b = k + 1
                continue
            break
        b += 1
    return a, b


def _paired_dash(toks: list[_Tok], k: int, step: int) -> int | None:
    """The dash that closes (``step`` 1) or opens (-1) an aside with the dash at ``k``: within eight
    tokens, no other break between; None when the dash stands alone."""
    for j in range(k + step, k + 9 * step, step):
        if j < 0 or j >= len(toks):
            return None
        if toks[j].text in CLAUSE_BREAK:
            return j if toks[j].text in _DASHES and abs(j - k) > 1 else None
    return None


_ATTRIBUTIVE: Final = re.compile(r"(?:e|er|en|es|em)\s+[A-ZÄÖÜ]")


def _attributive(clause: str, m: re.Match[str]) -> bool:
    """A measure verb used as an adjective before its noun: small, inflected, a capitalised noun next
    ("gestorbener Gynäkologe"; not "ermordete ein SS-Kommando", not "der dort Verstorbenen")."""
    return clause[m.start() : m.start() + 1].islower() and _ATTRIBUTIVE.match(clause, m.end()) is not None


_SPACED_WORD: Final = re.compile(r"\s(\w+)(?=\s)")  # a word with spaces on both sides


def _verb_measure(sentence: str, toks: list[_Tok], fig: _Figure, lex: FigureLexicon, sent_start: int) -> str | None:
    """The measure named by the nearest measure verb in the number's clause (past an aside of its
    parts: "20 Menschen, darunter acht Kinder, wurden getötet")."""
    a, b = _clause(toks, fig.start)
    lo, hi = toks[a].start - sent_start, toks[b - 1].end - sent_start
    if b + 1 < len(toks) and toks[b].text == "," and toks[b + 1].low in lex.subset_words and not any(
            p.search(sentence, lo, hi) for _, p in lex.measure_verbs):
        close = next((k for k in range(b + 2, min(len(toks), b + 10)) if toks[k].text in CLAUSE_BREAK), None)
        if close is not None and toks[close].text == "," and close + 1 < len(toks):
            b = _clause(toks, close + 1)[1]
            hi = toks[b - 1].end - sent_start
    clause = sentence[lo:hi]
    anchor = toks[fig.start].start - sent_start - lo
    anchor_end = toks[fig.end - 1].start - sent_start - lo  # the figure's last word ("tens of thousands")
    before = toks[fig.start - 1] if fig.start else None
    if before is not None and not lex.capitalised_nouns and before.low.endswith("ing") and len(before.low) > 5:
        # "suspected of shooting three people … was arrested": the number is the object of its own
        # verb; only that verb can say what it counts ("missing two of their players": what they lack)
        return None if before.low in lex.lacking_verbs else next((m for m, pattern in lex.measure_verbs if pattern.match(before.low)), None)
    # "Five people died and seven were injured": the verb of the number's own coordinated part first
    cuts = [m.end() + 1 for m in _SPACED_WORD.finditer(clause) if m.group(1) in lex.coordinators or m.group(1) in lex.subordinators]  # (also "… died as tens of thousands took to the streets")
    part_lo = max((c for c in cuts if c <= anchor), default=0)
    part_hi = min((c for c in cuts if c > anchor), default=len(clause))
    best: tuple[int, int, str] | None = None  # (outside the number's part, distance, measure)
    for measure, pattern in lex.measure_verbs:
        for m in pattern.finditer(clause):
            if _attributive(clause, m) and not 0 < m.start() - anchor <= 25:
                continue  # "ein gestorbener Gynäkologe … 17 Kinder gezeugt": an attributive participle describes its own noun
            if (lex.agent_object is not None and measure in ("deaths", "injured") and m.start() > anchor and lex.agent_object.match(clause, m.end())
                    and not (lex.passive_before is not None and lex.passive_before.search(clause, max(0, m.start() - 16), m.start()))):
                continue  # "two officers fatally shot 16-year-old X", "Two gunmen killed three people": the number counts who did it
            if lex.agent_by is not None and measure in ("deaths", "injured") and m.end() <= anchor and lex.agent_by.fullmatch(clause, m.end(), anchor):
                continue  # "shot dead by two plainclothes officers": the agent, not the dead
            if m.start() > anchor_end and _relative_of_later_figure(clause[anchor_end : m.start()], lex):
                continue  # "taken in 87 people over the murder of nine nationals who were stoned to death": the nine's verb
            key = (0 if part_lo <= m.start() < part_hi else 1,
                   (m.start() - anchor_end if m.start() > anchor_end else abs(m.start() - anchor) + 1), measure)  # (after a figure of several words: from its end)
            if best is None or key[:2] < best[:2]:
                best = key
    return best[2] if best else None


def _relative_of_later_figure(between: str, lex: FigureLexicon) -> bool:
    """Whether the words between a number and a verb hold another number whose noun a relative
    pronoun then takes up ("… of nine nationals who were stoned …"): the verb is that clause's."""
    words = between.split()
    numbered = next((k for k, w in enumerate(words[1:], 1) if w[:1].isdigit() or w.lower() in lex.number_words), None)
    return numbered is not None and any(w.lower().strip(",") in lex.relative_subjects for w in words[numbered + 1 :])


def _listed_measure(sentence: str, toks: list[_Tok], fig: _Figure, figures: list[_Figure], lex: FigureLexicon, sent_start: int) -> str | None:
    """For an earlier part of a list, the measure of the verb the list ends with: "zwei Kinder, drei
    Frauen und ein Mann getötet" (each part a figure and at most one word, then a comma); also for
    a total whose parts follow a subset word ("16 nationals including 11 men, four women …")."""
    part = fig
    for nxt in figures:
        if nxt.start <= part.start:
            continue
        opens_parts = part is fig and nxt.start - part.end <= 4 and any(t.low in lex.subset_words for t in toks[part.end : nxt.start])
        if not (opens_parts or (1 <= nxt.start - part.end <= 2 and toks[nxt.start - 1].text == ",")):
            return None  # ("16 nationals comprising 11 men, four women and a girl were detained": the total opens the list)
        measure = _verb_measure(sentence, toks, nxt, lex, sent_start)
        if measure is not None:
            return measure
        part = nxt
    return None


def _part_of(toks: list[_Tok], fig: _Figure, lex: FigureLexicon) -> bool:
    """Whether the number takes a part of a counted group ("zwei der Verletzten", "zwei von den
    Toten", "two of the injured"): that group's measure noun follows its part marker directly."""
    for n in (1, 2):
        k = fig.end + n
        if (k < len(toks) and " ".join(t.low for t in toks[fig.end : k]) in lex.part_markers
                and lex.measure_nouns.get(toks[k].low) not in (None, "money", "percent")):
            return True
    return False


def _whole_after(toks: list[_Tok], fig: _Figure, figures: list[_Figure], lex: FigureLexicon) -> int | None:
    """The measure noun of a counted whole a bare number is a part of ("auf 36 der insgesamt 120
    Sitze", "won 36 of the 120 seats"): its index, or None; not of people, whom the verb counts
    ("two of the 30 injured died")."""
    for n in (1, 2):
        k = fig.end + n
        if k < len(toks) and " ".join(t.low for t in toks[fig.end : k]) in lex.part_markers:
            whole = next((f for f in figures if k <= f.start <= k + 1), None)
            measure = lex.measure_nouns.get(toks[whole.end].low) if whole is not None and whole.end < len(toks) else None
            if whole is not None and measure is not None and measure not in ("money", "percent") and measure not in PEOPLE_MEASURES:
                return whole.end
    return None


def _noun_before(toks: list[_Tok], fig: _Figure, lex: FigureLexicon) -> str | None:
    """A measure noun earlier in the clause: "die Zahl der Todesopfer stieg auf vier"."""
    a, _ = _clause(toks, fig.start)
    # a total stated as "rose to N" may stand far from its noun: "the death toll from Monday's
    # magnitude 6.4 earthquake near the town of X has risen to 27"
    reach = 16 if fig.start and toks[fig.start - 1].low in lex.total_prepositions else 8
    lo = max(a, fig.start - reach)
    for k in range(fig.start - 1, lo - 1, -1):
        t = toks[k]
        measure = lex.measure_nouns.get(_counted_noun(t.low, lex) if t.text[:1].isupper() else t.low)  # ("Zahl der Corona-Toten")
        if measure is not None and measure not in ("money", "percent"):
            if any(x.text[:1].isdigit() for x in toks[max(0, k - 4) : k]):
                return None  # "90 Prozent der Stimmen kam X auf 36 Sitze": that noun has its own number
            return measure
    return None


def _estimated_measure(last_measure: str | None, claims: list[dict[str, Any]], si: int) -> str | None:
    """What an estimate ("die Veranstalter sprachen von 150.000") counts: the people the sentence
    counted last, or the last count of the two sentences before."""
    earlier = last_measure or (claims[-1]["measure"] if claims and claims[-1]["sentence"] >= si - 2 else None)
    return earlier if earlier in PEOPLE_MEASURES else None


def _counts_named_between(toks: list[_Tok], a: int, b: int, lex: FigureLexicon) -> bool:
    """Whether the words between two figures name a new counted group ("…, die Zahl der
    Arbeitslosen auf 2,9 Millionen"): the second figure counts it, not the first one's noun."""
    for k in range(max(a, 1), b - 1):
        for n in (1, 2):
            if (k + n < b and " ".join(t.low for t in toks[k : k + n]) in lex.part_markers and toks[k + n].text[:1].isalpha()
                    and toks[k - 1].text[:1].isalpha()):  # (a noun before it: not ", der Mitte-Links-Block auf 54")
                return True
    return False


def _counted_noun(noun: str, lex: FigureLexicon) -> str:
    """The noun a lowercased compound counts as: its last part after a hyphen when that is a noun
    of people or a measure ("30 000 Hamas-Kämpfer", "200 UN-Soldaten"), a measure noun it ends
    with ("Verkehrstote", "Corona-Todesfälle", "Erdbebentoten"), else itself."""
    tail = noun.rsplit("-", 1)[-1]
    if tail != noun and (tail in lex.person_nouns or tail in lex.measure_nouns):
        return tail
    if lex.measure_noun_endings and noun not in lex.measure_nouns and noun not in lex.person_nouns:
        return next((e for e in lex.measure_noun_endings if len(tail) > len(e) + 2 and tail.endswith(e)), noun)
    return noun


def _head(toks: list[_Tok], fig: _Figure, lex: FigureLexicon) -> tuple[int | None, str | None]:
    """Index and lowercased form of the noun the number counts (skipping adjectives and quotes)."""
    j = fig.end
    if j + 1 < len(toks) and toks[j].low in lex.score_joiners and toks[j + 1].text[:1].isdigit():
        j += 2  # "310 zu 0 Stimmen": the first count shares the noun of the second
    if not lex.capitalised_nouns:
        # English: nouns are not capitalised; take the first known noun within three words
        for k in range(fig.end, min(fig.end + 4, len(toks))):
            w = toks[k].low
            if w == "-":
                continue  # "two - million - euro"
            if w in lex.verb_like or not (w.isalpha() or w in ("%", "€", "$") or w in lex.measure_nouns):
                break
            if w in lex.person_nouns or w in lex.measure_nouns or w.rstrip(".") in lex.scales:
                return k, w
            if w in lex.coordinators or w in lex.subordinators or (w in lex.prepositions and w not in lex.partitive_words):
                break  # "killed 12 and wounded 30", "wounded 30 before police arrived": the next phrase's words
        k = fig.end
        if k < len(toks) and (toks[k].low in lex.increment_words or toks[k].low in lex.headless_words):
            k += 1  # "a dozen other cities": the noun after; "killed … and tens of thousands more in …": no noun, the verb's
            if k >= len(toks) or toks[k].low in lex.prepositions or toks[k].low in lex.function_words:
                return None, None
        if k + 1 < len(toks) and ((
                (toks[k].low in lex.coordinators or toks[k].low in lex.subordinators) and toks[k + 1].text[:1].isalpha())
                or (toks[k].low in lex.prepositions and toks[k].low not in lex.partitive_words and toks[k].low not in lex.bystander_prepositions
                    and toks[fig.end - 1].text[-1:].isdigit() and toks[k + 1].text[:1].isalnum())):  # (not "60m from a ridge", "3 with …")
            return None, None  # "killed 12 and wounded 30", "wounded 30 before police arrived", "wounded 30 in 210 stabbings": no noun, the verb's (not "68 and 48-years-old")
        if k < len(toks) and toks[k].low.isalpha() and toks[k].low not in lex.verb_like:
            return k, toks[k].low
        return None, None
    skipped = 0
    while j < len(toks) and (
        toks[j].text in "»«„“\"'"
        or (toks[j].text.islower() and toks[j].low not in lex.verb_like and toks[j].low not in lex.np_breakers
            and skipped < 3 and toks[j].text.isalpha() and toks[j].low not in lex.currency)
        or (toks[j].text == "," and skipped and j + 1 < len(toks) and toks[j + 1].text.islower() and toks[j - 1].low.endswith(("e", "en"))
            and toks[j + 1].low not in lex.subordinators and toks[j + 1].low not in lex.function_words)
    ):  # "42.000 unschuldige, völlig unbewaffnete Demonstranten" (not "auf 45 gestiegen, wie der Zivilschutz mitteilte")
        if toks[j].text.isalpha():
            skipped += 1
        j += 1
    if j < len(toks) and (toks[j].text[:1].isupper() or toks[j].text in ("%", "€", "$") or toks[j].low in lex.currency):
        return j, toks[j].low  # (a currency written small is still the noun: "156 Milliarden euros")
    if fig.end < len(toks) and toks[fig.end].text in ("%", "€", "$"):
        return fig.end, toks[fig.end].text
    return None, None


def _score(toks: list[_Tok], fig: _Figure, score_words: frozenset[str]) -> bool:
    """A match score "13-10" (either number): a smaller second number, or a result word after it."""
    i, j = fig.start, fig.end
    if j + 1 < len(toks) and toks[j].text in "-–:" and toks[j + 1].text.isdigit() and toks[i].text.isdigit():
        after = {t.low for t in toks[j + 2 : j + 5]}
        return int(toks[j + 1].text) < int(toks[i].text) or bool(after & score_words)
    if i >= 2 and toks[i - 1].text in "-–:" and toks[i - 2].text.isdigit() and toks[i].text.isdigit():
        after = {t.low for t in toks[j : j + 3]}
        return int(toks[i].text) < int(toks[i - 2].text) or bool(after & score_words)
    return False


def _tally(toks: list[_Tok], fig: _Figure, lex: FigureLexicon) -> bool:
    """A vote's result, either number: "approved 6-0", "voted 5 to 2", "in a 52-47 vote"."""
    i, j = fig.start, fig.end
    if not (lex.tally_verbs or lex.tally_nouns) or fig.value is None:
        return False

    def joiner(t: _Tok) -> bool:  # "6-0", "417 to 3" (not "5 or 6")
        return t.low in RANGE_SIGNS or t.low in lex.tally_joiners

    if j + 1 < len(toks) and joiner(toks[j]) and toks[j + 1].text.isdigit():
        a, b = i, j + 2  # the first number
    elif i >= 2 and joiner(toks[i - 1]) and toks[i - 2].text.isdigit():
        a, b = i - 2, j  # the second
    else:
        return False
    k = a - 1
    while k >= 0 and (toks[k].low in lex.prepositions or toks[k].low in lex.indefinite_articles):
        k -= 1  # "in a 52-47 vote", "by 6-0"
    return (k >= 0 and toks[k].low in lex.tally_verbs) or (b < len(toks) and toks[b].low in lex.tally_nouns)


def _is_year_or_date(toks: list[_Tok], fig: _Figure, times: Callable[[], list[TimeExpr]], sent_start: int, counted_next,  # type: ignore[no-untyped-def]
                     lex: FigureLexicon) -> bool:
    """Whether a figure is a year, a date, a time, an ordinal, a score or a measurement rather than a
    count; ``times`` gives the sentence's time expressions (costly: asked for last)."""
    t = toks[fig.start]
    if not t.text[0].isdigit():
        return False
    if fig.start + 2 < len(toks) and toks[fig.start + 1].text == "." and t.text.isdigit() and len(t.text) <= 2:
        return True  # an ordinal: "6. Januar", "3. Liga"
    nxt_tok = toks[fig.end].low if fig.end < len(toks) else ""
    if t.text.isdigit() and len(t.text) == 4 and 1800 <= int(t.text) <= 2100 and not counted_next(nxt_tok):
        return True
    prev = toks[fig.start - 1].low.rstrip(".") if fig.start else ""
    nxt = toks[fig.end].low if fig.end < len(toks) else ""
    if t.text.isdigit() and len(t.text) == 4 and prev in lex.year_after_words:
        return True  # "John von Gaunt starb 1399": a year, of any century
    rate = (prev in lex.label_words and fig.start >= 2 and toks[fig.start - 2].low in lex.price_periods
            and (nxt.rstrip(".") in lex.scales or lex.measure_nouns.get(nxt) in ("money", "percent")))  # "pro Jahr 156 000 Euro": a sum per year, no label
    if prev in LABEL_SIGNS or (prev in lex.label_words and not rate) or nxt in UNIT_SIGNS or nxt in lex.unit_words or nxt in lex.not_counted_after:
        return True
    if nxt == ":" and fig.end + 1 < len(toks) and re.fullmatch(r"\d\d", toks[fig.end + 1].text):
        return True  # "around 1 : 30 a. m.": a time of day
    if nxt == "a" and fig.end + 1 < len(toks) and toks[fig.end + 1].text == "." and fig.end + 2 < len(toks) and toks[fig.end + 2].low == "m":
        return True  # "at 7 a. m."
    if _score(toks, fig, lex.score_words):
        return True  # "the 13-10 overtime loss": a score
    if nxt == "-" and fig.end + 1 < len(toks) and (toks[fig.end + 1].low.startswith(lex.hyphen_units or ("\0",)) or toks[fig.end + 1].low in UNIT_SIGNS):
        return True  # "a .45 - caliber handgun": a measurement, no count
    noun = nxt.rsplit("-", 1)[-1]  # ("Stadtrat-Mandate": the compound's last part)
    if (prev == "" and fig.start and toks[fig.start - 1].text == "." and (fig.start < 2 or not toks[fig.start - 2].text[:1].isdigit())
            and lex.measure_nouns.get(noun) in (None, "money", "percent") and noun not in lex.person_nouns):
        return True  # ".45": a calibre or a decimal without its leading zero (not "gezählt .9 Stadtrat-Mandate": a lost space)
    return any(x.start <= t.start - sent_start < x.end for x in times())  # part of a date or a time of day


def _location(sentence: str, toks: list[_Tok], fig: _Figure, lex: FigureLexicon, sent_start: int) -> str | None:
    """A place or scope that limits the figure, from its clause ("in Talstadt", "landesweit");
    "in der Stadt" refers to the place the sentence named before, or, where it names none, stays
    the scope as written ("the province")."""
    a, b = _clause(toks, fig.start)
    found = _places(toks, fig, lex, a, b)
    if found == "":
        found = _places(toks, fig, lex, 0, len(toks)) or next(
            (f"{toks[k + 1].text} {toks[k + 2].text}" for k in range(a, min(b, len(toks) - 2))
             if toks[k].low in lex.scope_prepositions and f"{toks[k + 1].low} {toks[k + 2].low}" in lex.anaphoric_places), None)
        # ("killed 170,000 people in the province and tens of thousands more …": a place named before, a scope all the same)
    if found is None and a > 0 and toks[0].low in lex.scope_openers:
        found = _places(toks, fig, lex, 0, _clause(toks, 0)[1]) or None  # "In neighbouring Central Aceh district, 10 people were killed"
    return found


def _places(toks: list[_Tok], fig: _Figure, lex: FigureLexicon, a: int, b: int) -> str | None:
    for t in toks[a:b]:
        if t.low in lex.scope_words:
            return t.text
    candidates: list[tuple[int, str]] = []
    city_ref = False
    for k in range(a, min(b, len(toks) - 1)):
        t = toks[k]
        if t.low not in lex.scope_prepositions:
            continue
        nxt = toks[k + 1]
        if k + 2 < len(toks) and f"{nxt.low} {toks[k + 2].low}" in lex.anaphoric_places:
            after = toks[k + 3] if k + 3 < len(toks) else None
            if (after is not None and not lex.capitalised_nouns and after.text.isalpha() and after.text.islower()
                    and not ({after.low} & (lex.prepositions | lex.function_words | lex.coordinators | lex.verb_like | lex.np_breakers))):
                continue  # "in the state parliament", "in the city council": a noun the place word describes, no place
            named = [x.text for x in toks[k + 3 : k + 5] if x.text[:1].isupper() and x.text.replace("-", "").isalpha()]
            if named and toks[k + 3].text == named[0]:  # "in der Stadt Rafah": the name that follows is the place
                candidates.append((abs(k - fig.start), " ".join(named)))
            else:
                city_ref = True
            continue
        if nxt.text.isdigit() and k + 2 < len(toks) and toks[k + 2].low in lex.scope_units:
            candidates.append((abs(k - fig.start), f"{nxt.text} {toks[k + 2].text}"))  # "in 13 countries"
            continue
        skip = 0
        named_adjective = False  # "South Sudan", "Central Aceh", "Eastern Cape": a capitalised adjective before a name is the name's
        while skip < 2 and k + 1 + skip < len(toks) and lex.place_adjective.fullmatch(toks[k + 1 + skip].low):
            if toks[k + 1 + skip].text[:1].isupper() and k + 2 + skip < len(toks) and toks[k + 2 + skip].text[:1].isupper():
                named_adjective = True
                break
            skip += 1  # "in eastern China", "in neighbouring Central Aceh"
        if skip and k + 1 + skip < len(toks) and toks[k + 1 + skip].text[:1].isupper():
            nxt = toks[k + 1 + skip]
            k += skip
        if (nxt.text[:1].isupper() and nxt.text.isalpha() and nxt.low not in lex.person_nouns and nxt.low not in lex.measure_nouns  # (not "Angaben in Prozent")
                and (named_adjective or not nxt.low.endswith(lex.not_place_endings or ("\0",)))):
            name = [nxt.text]
            for follow in toks[k + 2 : k + 4]:
                if name[-1].lower() in places() and follow.low not in lex.place_heads and not lex.place_adjective.fullmatch(name[-1].lower()):
                    break  # "in Yemen Torrential rain", "in Yemen SANAA": a country's name ends there (not "Mexico City")
                if follow.text[:1].isupper() and follow.text.isalpha() and follow.low not in lex.person_nouns and follow.low not in lex.measure_nouns:
                    name.append(follow.text)
                else:
                    break
            candidates.append((abs(k - fig.start), " ".join(name)))
    if candidates:
        return min(candidates)[1]
    return "" if city_ref else None


PARTY: Final = re.compile(
    r"\b(?:soll|sollen|will|wollen|hat|haben|hatte|schickt|schickte|entsendet|entsandte|stellt|stellte|sent|sends|will send)\s+"
    r"(?P<p>[A-ZÄÖÜ][\w-]+)\s+(?:(?:etwa|rund|weitere|bis zu|mehr als|about|some|up to)\s+)?$"
    r"|(?P<q>[A-ZÄÖÜ][\w-]+)\s+(?:schickt|schickte|entsendet|entsandte|stellt|stellte|beteiligt sich mit|beteilige sich \w+ mit|sent|sends)\s+(?:\w+\s+)?$"
)


def _party(sentence: str, at: int) -> str | None:
    """Who sends or provides troops, when the clause names it just before the number."""
    m = PARTY.search(sentence[max(0, at - 80) : at])
    return (m.group("p") or m.group("q")) if m else None


def _clean_source(src: str, lex: FigureLexicon, genitive: str) -> str | None:
    """Trim a source phrase to a noun phrase that ends in a capitalised word."""
    words = src.split()
    if not lex.capitalised_nouns:
        if words and words[0].lower() in lex.agent_prepositions:
            words.pop(0)  # "reported by Boston WCVB sportscaster Mike Lynch": the agent
            if words and words[0].islower() and words[0].endswith("ing"):
                return None  # "announced it by saying …": a manner, no agent
        elif words and words[0].lower() in lex.prepositions:
            return None  # "so far reported for Teixeira": no source after the verb
        while words and words[0].lower() in lex.function_words:
            words.pop(0)
        lows = [w.lower().strip("\"'“”") for w in words]
        if (not lows or lows[0] in lex.not_sources or lows[0] in lex.measure_nouns  # "Dozens have been reported injured": no source
                or lows[0] in lex.weekdays or lows[0] in lex.number_words  # "announced Wednesday that", "said four people were killed"
                or any(w in lex.auxiliaries or w in lex.verb_like or w in lex.not_in_source for w in lows)
                or any(w[:1].isdigit() or w.endswith("ly") or (w in lex.number_words and words[k][:1].islower()) for k, w in enumerate(lows))
                or len(words) > 8 or (len(lows) == 1 and len(lows[0]) <= 3 and words[0].islower())):
            return None  # "another two people are also", "officially", "some 62 percent of respondents", "said the first group of five men": no source
        if any(lows[k + 1] in lex.articles and w not in lex.prepositions and w not in lex.function_words and w not in lex.coordinators
               for k, w in enumerate(lows[1:-1], 1)):
            return None  # "the men drove a large …", "matching or exceeding the highest offer": a verb and its object, no source
        owner = lex.account_owner(words)
        if owner is not None:
            words = words[owner:]  # "according to a poll by YouGov": the pollster's
        return " ".join(w.strip("\"'“”") for w in words) or None
    if words and words[0][:1].isupper() and words[0].lower() in lex.np_breakers:
        return None  # "Am Dienstag meldeten die Behörden …": a time before the verb, the source after it
    if words and words[0].lower() in lex.subordinators:
        words = words[1:]  # "Nachdem die Berliner Polizei zuerst … meldete": the clause's subject
    if any(w.lower() in lex.auxiliaries for w in words):
        return None  # "Vier Palästinenser wurden den Angaben zufolge verletzt": a clause, no source
    # genitive: the article the source follows in its sentence ("nach Angaben des Militärs"), or the
    # one an account's owner follows ("laut Angaben des …")
    owner = lex.account_owner(words)
    if owner is not None:
        genitive = words[owner - 1].lower()
        words = words[owner:]  # "laut Angaben des Gesundheitsministeriums": the ministry's account
    for k, w in enumerate(words):  # "des von der Hamas kontrollierten Gesundheitsministeriums": the ministry
        if w.lower() in lex.attribute_prepositions and k + 2 < len(words) and (k == 0 or words[k - 1].lower() in lex.articles):  # (not "Komitee für nationale Sicherheit")
            end = next((q for q in range(k + 1, min(len(words) - 1, k + 7)) if words[q].islower() and words[q].endswith(("e", "en", "er", "es", "em"))
                        and words[q].lower() not in lex.function_words and words[q + 1][:1].isupper()), None)
            if end is not None and not any("," in x for x in words[k:end]):
                words = words[:k] + words[end + 1 :]
            break
    kept: list[str] = []
    first_article = next((k for k, w in enumerate(words) if w.lower() in lex.function_words), None)
    if first_article is not None and all(w.islower() for w in words[:first_article]):
        words = words[first_article:]
    for k, w in enumerate(words):
        bare = w.strip("\"'„“”»«")
        if bare[:1].isupper() or bare.lower() in lex.function_words or (bare.islower() and bare.endswith(("e", "en", "er", "es", "em"))):
            kept.append(bare)
        elif (kept and k + 2 < len(words) and words[k + 1].lower() in lex.articles and words[-1][:1].isupper() and bare.islower()
              and lex.capitalised_nouns and (_ner_lexicon().get(bare) or ("",) * 5)[4].endswith("(FIN)")):
            kept = []  # "Die Partei kam den Prognosen zufolge": a clause's verb; the source follows it
        else:
            break
    while kept and not kept[-1][:1].isupper():
        kept.pop()
    while kept and kept[0].lower() in lex.function_words:
        kept.pop(0)
    if genitive and len(kept) == 1 and lex.nominative is not None:
        kept = [lex.nominative(f"{genitive} {kept[0]}")]  # "des Gesundheitsministeriums" → "Gesundheitsministerium"
    elif genitive and 2 <= len(kept) <= 4 and kept[0].endswith("s") and lex.is_role(kept[0]) and all(w[:1].isupper() and not lex.is_role(w) for w in kept[1:]):
        kept = kept[1:]  # "nach Angaben des Gouverneurs Aron Velde": the person, not the role in the genitive
    return " ".join(kept) or None


def _source(sentence: str, before: str | None, previous: str | None, lex: FigureLexicon) -> str | None:
    """The source of a sentence's figures; "demnach" takes the sentence before's."""
    found = attribution(sentence, lex)
    if found is None and before is not None and lex.inherit_attribution.search(sentence):
        found = attribution(before, lex) or previous
    return found


def attribution(sentence: str, lex: FigureLexicon) -> str | None:
    """The source a sentence names for its figures ("nach Angaben von X", "laut X", "X sagte")."""
    if lex.attribution_words and not any(w in sentence for w in lex.attribution_words):
        return None  # none of the words every source pattern needs
    for pattern in lex.attribution:
        m = pattern.search(sentence)
        if m:
            before = sentence[max(0, m.start("src") - 4) : m.start("src")].lower()
            src = _clean_source(m.group("src"), lex, "des" if before == "des " else "")
            if src and len(src) > 1 and src.lower() not in lex.function_words and src.lower() not in lex.not_sources:
                return src
    return None


def extract(article: Article) -> list[dict[str, Any]]:
    """Find the claims of one article.

    article (Article): A cleaned, segmented article.
    RETURNS (list[dict]): Claims with ``id, article, sentence, start, end, text, measure, value,
        low, high, qualifier, unit, subject, location, attributed_to, as_of, as_of_text`` and flags
        (``lower_bound, earlier, serious, increment, part``); spans
        point into ``article.text``.
    """
    pack = get_pack(article.language)
    lex = pack.figures
    if lex is None:
        return []
    claims: list[dict[str, Any]] = []
    starts = _number_starts(pack.code)
    pairs = _noun_pairs(pack.code)
    previous_source: str | None = None
    previous_para = -1

    def counted(word: str) -> bool:
        return word in lex.person_nouns or word in lex.measure_nouns

    breaks = [m.start() for m in re.finditer("\n\n", article.text)]
    previous: str | None = None
    for si, span in enumerate(article.sentences):
        sentence = article.text[span.start : span.end]
        para = bisect_right(breaks, span.start)
        if para != previous_para:
            previous, previous_para = None, para
        before, previous = previous, sentence
        if not _numberish(sentence, starts, lex):
            continue  # most sentences hold no figure: skip them cheaply
        toks = _joined_nouns(tokenize(sentence, span.start), lex, pairs)
        if lex.spaced_hyphen_dash and " - " in sentence:
            _mark_dashes(toks)
        figures = _figures(toks, lex, starts)
        if not figures:
            continue
        found_times: list[list[TimeExpr]] = []

        def times(sentence: str = sentence, found_times: list[list[TimeExpr]] = found_times) -> list[TimeExpr]:  # found when first asked for: most figures are told apart without
            if not found_times:
                found_times.append(find_times(sentence, article.published, article.language))
            return found_times[0]

        source: str | None = None
        sourced = False  # the attribution patterns are costly: only for sentences that yield a claim
        headline = not sentence.rstrip().endswith((".", "!", "?", "“", '"', "»", "«", ")"))
        last_subject: str | None = None
        last_money: str | None = None
        last_measure: str | None = None
        # the preposition before the last figure, its measure, its unit and the preposition after its noun
        last_lead: tuple[str, str, str | None, str] | None = None
        last_end = 0  # where the last figure's words end
        last_estimated = False  # whether an estimate's cue ("sprach von") introduced it
        whole_noun: int | None = -1  # the noun of the whole the last part was taken from
        proportion = {id(f) for f1, f2 in zip(figures, figures[1:]) if f1.value is not None and f2.value is not None and f1.value < f2.value <= 100
                      and " ".join(t.low for t in toks[f1.end : f2.start]) in lex.proportion_words for f in (f1, f2)}
        for fig in figures:
            if id(fig) in proportion or (fig.start >= 2 and toks[fig.start - 1].low in lex.proportion_words and toks[fig.start - 1].low != "of"
                                         and (toks[fig.start - 2].low == lex.one_word or toks[fig.start - 2].low in lex.number_words)):
                continue  # "vier von zehn Erwachsenen", "one in five": a proportion, nobody counted
            tally = _tally(toks, fig, lex)
            if not tally and (fig.value is not None or fig.range) and _is_year_or_date(toks, fig, times, span.start, counted, lex):
                continue
            if fig.end < len(toks) and (toks[fig.end].low in UNIT_SIGNS or toks[fig.end].low in lex.unit_words):
                continue  # "ein bis zwei Milligramm", "drei Stunden": a unit, not people or things counted
            if (fig.start >= 2 and toks[fig.start - 1].low in lex.partitive_words and toks[fig.start - 2].low in lex.family_nouns) or (
                    fig.start and (toks[fig.start - 1].low in lex.age_words or (fig.start >= 2 and f"{toks[fig.start - 2].low} {toks[fig.start - 1].low}" in lex.age_words))):
                continue  # "a mother of 12", "died … at age 61", "at the age of 77", "im Alter von 77": a family or an age, nobody counted
            if (fig.start >= 2 and toks[fig.start - 1].low in lex.articles and not (fig.end < len(toks) and toks[fig.end].low in lex.measure_nouns)
                    and lex.one_after_verbs.isdisjoint(t.low for t in toks[fig.end : fig.end + 4]) and any(
                    f.end in (fig.start - 1, fig.start - 2) and (f.end == fig.start - 1 or toks[f.end].low in lex.partitive_words) for f in figures if f is not fig)):
                # "two of the three victims died", "zwei der drei Opfer": the whole the part is taken from, not what the
                # verb counts (but "30 of the 80 wounded", "three of the four soldiers killed by friendly fire died")
                continue
            if (fig.end + 1 < len(toks) and toks[fig.end].text == "/" and toks[fig.end + 1].text[:1].isdigit()) or (
                    fig.start and toks[fig.start - 1].text == "/"):
                continue  # "1/2", "24/7": a fraction or a page, no count
            if (fig.end + 1 < len(toks) and toks[fig.end].low in lex.weight_currencies and toks[fig.end + 1].low in lex.partitive_words):
                continue  # "100,000 pounds of cheese": a weight
            if (fig.start and toks[fig.start - 1].low in lex.bystander_prepositions and toks[fig.start - 1].text.islower()
                    and not (fig.end < len(toks) and lex.measure_nouns.get(toks[fig.end].low) in ("percent", "money", "votes", "seats"))):
                continue  # "who had taken refuge with hundreds of other people": not what the verb counts (but "with 30.9 percent")
            a = _clause(toks, fig.start)[0]
            openers = {toks[a].low, toks[_clause(toks, a - 2)[0]].low if a >= 2 else ""}  # "ob X fünf, zehn oder …"
            if openers & lex.question_openers or toks[a].low in lex.condition_openers:
                continue  # "egal, ob ein Bild fünfhundert oder hunderttausende Euro kostet": asked, not claimed
            qualifier, q_start = _qualifier(toks, fig.start, lex)
            one = fig.value == 1 and toks[fig.start].low in lex.one_before_noun  # "one victim", "eine Person"
            if one and fig.end < len(toks) and toks[fig.end].low in lex.increment_words:
                continue  # "Eine dritte Person wurde ins Krankenhaus gebracht": one more told of, no figure reported
            if q_start and lex.planned_attribute is not None and lex.planned_attribute.fullmatch(toks[q_start - 1].low):
                continue  # "statt der genehmigten 80 Teilnehmer", "the expected 5,000 runners": a permit or a plan, nobody counted
            if (lex.capacity_preposition and q_start and toks[q_start - 1].low == lex.capacity_preposition
                    and any(t.low in lex.capacity_words for t in toks[max(0, q_start - 5) : q_start - 1])):
                continue  # "enough supplies for 15,000 refugees": a capacity, not a count
            head_i, head = _head(toks, fig, lex)
            part_of_whole = False
            whole_i = _whole_after(toks, fig, figures, lex) if head is None or head in lex.partitive_words else None
            if whole_i is not None:
                head_i = head = None  # "won 36 of the 120 seats": counted as the whole is
            bare = fig.end >= len(toks) or toks[fig.end].text in (",", ".", ";") or toks[fig.end].low in lex.coordinators  # no noun follows
            elided = bool(last_lead and q_start and toks[q_start - 1].low == last_lead[0] and last_lead[0] in lex.total_prepositions
                          and bare and not _counts_named_between(toks, last_end, q_start, lex))
            # "9 Mandate für die CSU, 6 für das WGK", "12 Tote in Lyon, 5 in Nantes": a list that names its noun once
            elided = elided or bool(last_lead and last_lead[3] and fig.end < len(toks) and toks[fig.end].low == last_lead[3]
                                    and q_start and (toks[q_start - 1].text == "," or toks[q_start - 1].low in lex.coordinators))
            estimated = bool(lex.estimate_cue is not None and q_start and lex.estimate_cue.search(sentence, 0, toks[q_start].start - span.start))
            # "Die Polizei sprach von 70.000 Teilnehmern, die Veranstalter von 150.000": the estimate's verb left out too
            elided = elided or bool(last_estimated and last_lead and q_start and toks[q_start - 1].low == last_lead[0] and bare)
            estimate = estimated or (elided and last_estimated)  # (an estimate's own source is read below)
            if elided:
                head_i = head = None  # "auf 25,7 Prozent, die CDU auf 30,1 und …": no noun of its own
            if (head is not None and not lex.capitalised_nouns and (head in lex.prepositions or head in lex.np_breakers) and head not in lex.partitive_words
                    and _noun_before(toks, fig, lex) is not None):
                head_i = head = None  # "put the death toll at 164 on Sunday": the total's figure, no noun after it
            measure: str | None = None
            subject: str | None = None
            unit: str | None = None
            verb_measure = _verb_measure(sentence, toks, fig, lex, span.start) or _listed_measure(sentence, toks, fig, figures, lex, span.start)
            end_i = fig.end
            currency = lex.currency_before.get(toks[fig.start - 1].low.rstrip(".")) if fig.start else None
            if currency and toks[fig.start - 1].text not in (".", ","):
                head = None  # "$ 100 million worth of oil": the amount is money whatever follows
                measure, unit = "money", currency
            if head is not None and (head.rstrip(".") in lex.scales or tally):
                head = None  # (a vote's result: "passed 417 to 3", "a 5-4 ruling" counts votes whatever follows)
            if currency:
                pass
            elif head is not None:
                noun = head
                if one:
                    noun = lex.plural_counted(noun) or noun  # counted as the plural is
                noun = _counted_noun(noun, lex)
                gated = lex.context_nouns.get(noun)
                in_context = gated is not None and gated[1].search(  # "150.000 Teilnehmer" of a demonstration told of in this or the two sentences before
                    article.text, article.sentences[max(0, si - 2)].start, span.end) is not None
                if noun in lex.person_nouns or (lex.person_noun_endings and noun.endswith(lex.person_noun_endings)) or in_context:
                    subject = None if noun in lex.generic_people or in_context else toks[head_i].text  # type: ignore[index]
                    if verb_measure is None and head_i is not None and _clause(toks, head_i) != _clause(toks, fig.start):
                        # the noun stands past a comma: the verb is in the noun's clause
                        verb_measure = _verb_measure(sentence, toks, _Figure(head_i, head_i + 1, None, None, None, False), lex, span.start)
                    measure = verb_measure or lex.measure_nouns.get(noun) or (gated[0] if gated is not None and in_context else None)
                    if measure is None and estimated and noun in lex.generic_people:
                        measure = _estimated_measure(last_measure, claims, si)  # "…; die Veranstalter sprachen von 150.000 Menschen"
                    if measure is None and last_measure and q_start and toks[_clause(toks, fig.start)[0]].low in lex.subset_words:
                        measure = last_measure  # "18 Menschen kamen ums Leben, darunter acht Kinder": part of the whole
                    if (measure is None and q_start >= 2 and toks[q_start - 1].low in lex.partitive_words
                            and lex.measure_nouns.get(toks[q_start - 2].low) not in (None, "money", "percent")):
                        measure = lex.measure_nouns[toks[q_start - 2].low]  # "the bodies of two women", "die Festnahme von drei Männern"
                    unit = toks[head_i].text  # type: ignore[index]
                elif noun in lex.measure_nouns:
                    measure = lex.measure_nouns[noun]
                    unit = lex.currency.get(noun, "%" if measure == "percent" else toks[head_i].text)  # type: ignore[index]
                elif noun in lex.troop_nouns and lex.military_words.search(sentence):
                    measure, unit = "troops", toks[head_i].text  # type: ignore[index]
                elif (noun in lex.partitive_words and head_i == fig.end and verb_measure in ("deaths", "injured", "arrests", "missing", "evacuated")
                      and fig.end + 1 < len(toks) and (fig.vague or toks[fig.end + 1].low in lex.partitive_determiners)  # "dozens of others"
                      and toks[fig.end + 1].low not in lex.non_person_nouns  # (not "hundreds of homes destroyed")
                      and not (fig.end + 2 < len(toks) and _single(toks, fig.end + 2, lex) is not None)):  # not "30 of the 80 wounded": a part of a count
                    measure, unit = verb_measure, None  # "At least 12 of one family … were killed": part of a group the verb counts
                    head_i = fig.end - 1  # the claim ends with the number
                elif verb_measure in ("deaths", "injured", "arrests", "missing", "evacuated", "protesters") and noun not in lex.non_person_nouns and (
                        lex.capitalised_nouns or toks[head_i].text[:1].isupper()) and (  # type: ignore[index]
                        toks[head_i].text.isupper() or (len(toks[head_i].text) > 3 and not re.search(r"[a-z][A-Z]", toks[head_i].text))):  # type: ignore[index]
                    # (a unit is nobody: not "400 bis 500 Wh/kg demonstriert"; "seven UN staff" are people)
                    # "fünf Surfer kamen ums Leben": such verbs count people, whatever the noun
                    measure, subject, unit = verb_measure, toks[head_i].text, toks[head_i].text  # type: ignore[index]
                else:
                    continue  # counts something outside the measure vocabulary
                end_i = head_i + 1  # type: ignore[operator]
                if not one:
                    last_subject = subject  # (not "ein Mann … und drei weitere": the others are not all men)
            else:
                nxt = toks[fig.end].text if fig.end < len(toks) else ""
                if nxt and (nxt[0].isupper() or nxt[0].isdigit()):
                    continue
                total = None if verb_measure else _noun_before(toks, fig, lex)
                measure = "votes" if tally else verb_measure or total
                if measure == "protesters" and verb_measure == "protesters" and not lex.capitalised_nouns and not fig.vague:
                    measure = None  # an English bare number by "rallied"/"marched" ("rallied … to tie the game 13 - 13") counts no crowd
                subject = last_subject if total is None else None  # (a toll counts everyone: "killing six children, bringing the death toll to 11")
                unit = None
                scale = next((t.low.rstrip(".") for t in reversed(toks[fig.start : fig.end]) if t.text != "."), "")  # ("15,5 Mio.")
                if whole_i is not None and measure is None:
                    measure, unit, part_of_whole = lex.measure_nouns[toks[whole_i].low], toks[whole_i].text, True  # "36 der insgesamt 120 Sitze"
                elif measure is None and elided and last_lead:
                    measure, unit = last_lead[1], last_lead[2]  # "kam auf 59 Sitze, der Mitte-Links-Block auf 54": the same measure, left out
                elif measure is None and estimated:
                    measure = _estimated_measure(last_measure, claims, si)  # "Rund 70.000 Menschen demonstrierten, die Veranstalter sprachen von 150.000"
                elif measure is None and last_money and scale in lex.scales:
                    measure, unit = "money", last_money  # "4,4 Milliarden Euro …, etwa 1,2 Milliarden"
                elif measure is None and lex.money_verbs is not None and scale in lex.scales:
                    ca, cb = _clause(toks, fig.start)
                    if lex.money_verbs.search(sentence, toks[ca].start - span.start, toks[cb - 1].end - span.start):
                        measure = "money"  # "kassiert mehr als 100 Millionen für den Kampf": paid, in no named currency
            if measure is None or (one and measure not in ONE_MEASURES and not elided):
                continue  # (one protester, one soldier: nobody counts a crowd or a force of one)
            if (q_start and end_i < len(toks) and toks[q_start - 1].text in QUOTE_MARKS and toks[end_i].text in QUOTE_MARKS
                    and not toks[fig.start].text[0].isdigit()):
                continue  # 'mit dem Vorschlag „einhundert Prozent“ einverstanden': a phrase in marks, spelt out, no figure anybody counts
                # (a figure in digits is quoted as a figure: 'a pay hike of “at least 5 percent”')
            if measure not in ("money", "percent") and fig.value is not None and (fig.value != int(fig.value) or fig.value < 0):
                continue  # people are counted in whole numbers: "a 6.1 quake" killed no 6.1 people
            last_measure = measure
            follow = toks[end_i].low if end_i < len(toks) and end_i > fig.end else last_lead[3] if elided and last_lead else ""
            if end_i - 1 != whole_noun:  # (the whole after "36 der insgesamt 120 Sitze" leaves the list to the part: "…, die SPD auf 32")
                last_lead = (toks[q_start - 1].low if q_start else "", measure, unit,
                             follow if follow in lex.prepositions or follow in lex.attribute_prepositions else "")
                last_end = end_i
                last_estimated = estimated
            if part_of_whole:
                whole_noun = whole_i
            if (measure == "money" and _small_sum(toks, fig, lex)
                    and q_start and (toks[q_start - 1].low in lex.price_prepositions
                                     or (q_start > 1 and toks[q_start - 1].low in lex.price_adverbs and toks[q_start - 2].low in lex.price_prepositions)
                                     or (end_i < len(toks) and toks[end_i].low in lex.price_periods
                                         and not _about_pay(toks[slice(*_clause(toks, fig.start))], lex)))):
                continue  # "Sneaker für 7,40 Euro", "für nur 31 Euro", "25 Euro monatlich": a price, not a sum anybody reports
            if (measure == "money" and lex.price_verb is not None and _small_sum(toks, fig, lex)
                    and lex.price_verb.search(sentence, 0, toks[q_start if q_start else fig.start].start - span.start)):
                continue  # "Die günstigste Version kostet 550 Euro", "beginnen bei 600 Euro": what a thing costs
            if measure in ("money", "percent") and (lex.price_nouns or lex.discount_nouns) and _priced(toks, fig, end_i, measure, lex):
                continue  # "Grundgebühr von 5,99 Euro", "zehn Prozent des Warenwerts": a price or a discount
            if (measure == "money" and headline and sum(t.text[:1].isalpha() for t in toks) <= 14 and _small_sum(toks, fig, lex)
                    and not _about_pay(toks, lex)):
                continue  # "Insel 2025, 542 S., 28 €": a small sum in a short line that is no sentence is a price tag
            if measure == "money":
                last_money = unit
            if not sourced:
                source, sourced = _source(sentence, before, previous_source, lex), True
                previous_source = source
            own_source = None
            if estimate and lex.estimate_cue is not None:
                # "…, die Veranstalter sprachen von 150.000", "…, die Veranstalter von 150.000": the estimate is its clause's subject's
                clause_at = toks[_clause(toks, fig.start)[0]].start - span.start
                cue = lex.estimate_cue.search(sentence, clause_at, toks[q_start].start - span.start) if estimated else None
                head_end = cue.start() if cue is not None else toks[q_start - 1].start - span.start
                inverted = cue.group("inner").strip() if cue is not None and "inner" in lex.estimate_cue.groupindex else ""
                own_source = ((_clean_source(inverted, lex, "") if inverted else None)  # "…, sprach die Polizei von 70.000": the subject after the verb
                              or (_clean_source(sentence[clause_at:head_end].strip(), lex, "") if head_end > clause_at else None))
            ca, cb = _clause(toks, fig.start)
            lo, hi = toks[ca].start - span.start, toks[cb - 1].end - span.start
            # a day dates a figure anywhere in its sentence; a month or a year only in the figure's own
            # clause ("killed 168,000 in 2004", not "…, which recalled the quakes of 2002") or opening
            # the sentence with no other time before the figure ("In early March, …", "Last year, …";
            # one the finder cannot place only there), and the report's own day refines a month ("im
            # Januar" in a report of 20 January); never a date counted from ("seit dem 2. Januar …
            # festgenommen", "seit der Unabhängigkeit … vor 30 Jahren": as of the report)
            fig_at = toks[fig.start].start - span.start
            near = [t for t in times() if (t.value or t.precision != "day")
                    and ((t.precision == "day" or lo <= t.start < hi) and t.value
                         or (len(sentence[: t.start].split()) <= 1 and not any(t.end <= o.start < fig_at for o in times())))
                    and lex.since_words.isdisjoint(w.lower() for w in sentence[max(0, t.start - 60) : t.start].rsplit(",", 1)[-1].split()[-6:])
                    and not t.text.split()[0].lower() in lex.since_words]
            as_of_t = min(near, key=lambda t: abs(t.start - fig_at), default=None)
            if as_of_t is not None and as_of_t.value and len(as_of_t.value) == 7 and (article.published or "").startswith(as_of_t.value):
                as_of_t = None
            # (a month or year the finder cannot place — "In early March, …" in a report without a date,
            # "im Juli" in an April report — leaves ``as_of`` open: the figure is of a time of its own)
            start, end = toks[q_start].start, toks[end_i - 1].end
            claims.append({
                "id": "",
                "article": article.id,
                "sentence": si,
                "start": start,
                "end": end,
                "text": article.text[start:end],
                "measure": measure,
                "value": fig.value,
                "low": fig.low if qualifier not in ("at_most", "less_than") else None,
                "high": fig.high if qualifier not in ("at_least", "more_than") else None,
                "qualifier": "vague" if fig.vague else "range" if fig.range else qualifier,
                "unit": unit,
                "subject": subject,
                "location": _location(sentence, toks, fig, lex, span.start),
                "party": _party(sentence, toks[fig.start].start - span.start) if measure == "troops" else None,
                "attributed_to": own_source or source,
                "as_of": (as_of_t.value if as_of_t else article.published),
                "as_of_text": as_of_t.text if as_of_t else None,
                "headline": headline,
                # "drei Leichen wurden geborgen": the bodies found so far, a lower bound of the toll
                "lower_bound": bool(measure == "deaths" and lex.recovery_verbs is not None
                                    and lex.recovery_verbs.search(sentence, lo, hi)),
                # "zunächst hatte die Polizei drei Verletzte gemeldet", "the UN said earlier …": a count since overtaken
                "earlier": bool((lex.earlier_count is not None and lex.earlier_count.search(sentence, lo, hi))
                                # "The death toll rose from 12 to 27": the count before the change
                                or _after_change(toks, q_start, lex)),
                # "zwei Polizisten wurden schwer verletzt", "30 people seriously injured": a part of all injured
                "serious": bool(measure == "injured" and lex.serious_injury is not None and lex.serious_injury.search(sentence, lo, hi)),
                # "another four people", "drei weitere Leichen": an increment, not a running total
                "increment": bool(((q_start and toks[q_start - 1].low in lex.increment_words)
                                   or (fig.end < len(toks) and toks[fig.end].low in lex.increment_words))
                                  # (not "12 Menschen kamen ums Leben, 40 weitere wurden verletzt": others, counted whole)
                                  and not (claims and claims[-1]["sentence"] == si and claims[-1]["measure"] != measure)),
                # "zwei der Verletzten schweben in Lebensgefahr", "two of the injured": a part of the group, not its total
                "part": part_of_whole or _part_of(toks, fig, lex),
            })
    claims = _merge(claims, lex)
    for measure, context in lex.measure_context.items():
        if any(c["measure"] == measure for c in claims) and not context.search(article.text):
            claims = [c for c in claims if c["measure"] != measure]  # "an arena with 9,000 seats": no parliament, no seats won
    for n, c in enumerate(claims, 1):
        c["id"] = f"{article.id}:c{n}"
        c["low"], c["high"] = _bounds(c)
        for key in ("value", "low", "high"):
            c[key] = _plain(c[key])
    return claims


def _plain(v: float | None) -> float | int | None:
    """A whole number as an int ("164", not "164.0" beside "6" from "sechs"); else as it is."""
    return int(v) if v is not None and v == int(v) and abs(v) < 2**53 else v


def _bounds(c: dict[str, Any]) -> tuple[float | None, float | None]:
    v, q = c["value"], c["qualifier"]
    if v is None:
        return c["low"], c["high"]
    return {
        "exact": (v, v),
        "nearly": (round(v * 0.9, 2), v),
        "about": (round(v * 0.9, 2), round(v * 1.1, 2)),
        "at_least": (v, None),
        "more_than": (v, None),
        "at_most": (None, v),
        "less_than": (None, v),
    }.get(q, (c["low"], c["high"]))


def _bare(c: dict[str, Any], lex: FigureLexicon) -> bool:
    """A figure that names nothing it counts ("Three were killed", "46 were arrested", "killing two
    of them"): it refers back to a group the article named."""
    last = c["text"].split()[-1].lower()
    return not c["subject"] and (last[:1].isdigit() or last in lex.number_words)


def _same_group(k: dict[str, Any], c: dict[str, Any], lex: FigureLexicon) -> bool:
    """Whether two figures of one measure and value count the same group: the same subject, or a
    bare number beside a subject of a class the comparisons know ("Three civilians …", "Three were
    killed"); beside another subject ("two co-workers", "killing two of them") both stay, so that
    the bare one is still compared with other outlets' figures of everyone."""
    if k["subject"] == c["subject"]:
        return True
    bare, named = (k, c) if _bare(k, lex) else (c, k) if _bare(c, lex) else (None, None)
    if bare is None or named is None:
        return False
    return lex.subject_class(str(named["subject"])) not in (None, "people")


def _merge(claims: list[dict[str, Any]], lex: FigureLexicon) -> list[dict[str, Any]]:
    """One claim per figure in an article: the same measure, value, subject and place counted once
    (a bare number is the figure of the group it refers to: "Three civilians …", "Three were
    killed"; not "mindestens zwei Menschen" beside "zwei syrische Männer"), keeping the qualified
    form over a headline's bare number ("100 Tote" vs "mehr als 100 Tote")."""
    kept: list[dict[str, Any]] = []
    for c in claims:
        twin = next(
            (k for k in kept if k["measure"] == c["measure"]
             and (k["value"] == c["value"] if c["value"] is not None else (k["value"], k["low"], k["high"]) == (None, c["low"], c["high"]))
             and _same_group(k, c, lex)  # "Three civilians were killed" … "Three were killed"
             and (k["location"] == c["location"] or not k["location"] or not c["location"])
             and (k["qualifier"] == c["qualifier"] or "exact" in (k["qualifier"], c["qualifier"]))),  # not "bis zu 5%" and "mehr als 5%"
            None,
        )
        if twin is None:
            c["mentions"] = 1
            kept.append(c)
            continue
        twin["mentions"] += 1
        better = (twin["qualifier"] == "exact" and c["qualifier"] != "exact") or (twin["headline"] and not c["headline"] and c["qualifier"] == twin["qualifier"])
        if better:
            c["mentions"] = twin["mentions"]
            c["attributed_to"] = c["attributed_to"] or twin["attributed_to"]
            c["subject"] = c["subject"] or twin["subject"]
            kept[kept.index(twin)] = c
        else:
            twin["attributed_to"] = twin["attributed_to"] or c["attributed_to"]
            twin["subject"] = twin["subject"] or c["subject"]
    return kept


def attribute_to_quotes(article: Article, claims: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> None:
    """A figure inside a quote that names no source of its own is the speaker's claim ("15 Insassen
    seien dabei ums Leben gekommen" after "…, wie die örtlichen Behörden mitteilten"; '"Three were
    killed …," X told AFP'): ``attributed_to`` becomes the quote's speaker, unless the speaker is
    only a pronoun nobody was found for. The claims and quotes of one article, changed in place."""
    lex = get_pack(article.language).figures
    spans = sorted((q["start"], q["end"], q["speaker"]) for q in quotes if q.get("speaker") and q["article"] == article.id)
    if lex is None or not spans:
        return
    for c in claims:
        if c.get("attributed_to") or c["article"] != article.id:
            continue
        holder = None
        for start, end, speaker in spans:
            if start > c["start"]:
                break
            if c["end"] <= end and speaker.lower() not in lex.pronouns and _clean_source(speaker, lex, "") == speaker:
                holder = speaker  # (a speaker that would be no source of the claims' own, such as a clause, is not taken)
        if holder is not None:
            c["attributed_to"] = holder  # the innermost quote: a report inside an interview's answer is the reported one's
