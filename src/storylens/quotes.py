"""Quotes: who said what, direct („…“ "…" »…« «…» “…”) and indirect (reported speech).

Direct quotes are paired quotation marks with at least four words inside (shorter ones are scare
quotes or terms). Their speaker comes from a cue verb in the sentence ("…“, sagte X", "X sagte:
„…“"), else from the speech just before. Indirect quotes are clauses framed by a cue verb
("X sagte, …", "…, erklärte X", "…, so X") and the Konjunktiv I sentences that continue them.
A speaker is given in the most complete form the article uses ("Putin" → "Wladimir Putin");
pronouns and bare roles ("der Staatschef") resolve to the person last named outside quotes; a
quote that someone is quoted with ("Interfax zitierte den Minister mit den Worten, …") belongs to
the one quoted. In a printed interview each answer paragraph is a quote of the interviewee (kind
``interview``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import islice
from typing import Any, Final, NamedTuple

from .lang import FigureLexicon, InterviewCues, get_pack, word_alternation
from .model import Article
from .ner import _known
from .ner import places, region_names
from .nerlex import lexicon as _ner_lexicon

QUOTE_MARK: Final = re.compile("''|``|[„“”»«\"‚‘’]")
PAIRS: Final = {"„": ("“", "”", '"'), "»": ("«",), "«": ("»",), "“": ("”", '"'), '"': ('"', "''", "”"), "``": ("''",), "''": ("''",), "‚": ("‘", "’")}  # (tokenised English text mixes straight and curly marks: '"it appears … shooting ”')
_PARTICLES: Final = "(?:al|el|ad|ar|as|ash|az|ud)-"  # joined to the name they precede: "Laith al-Balaous", "Sheib ad-Din"
_JOINED_PARTICLE: Final = re.compile(_PARTICLES + "[A-ZÄÖÜ]")
NAME_RUN: Final = re.compile(r"(?<!\w)(?:[A-ZÄÖÜ][\w'’-]{0,2}\.|[A-ZÄÖÜ][\w'’-]*)(?:[ \t]+(?:von[ \t]+|van[ \t]+|de[ \t]+|" + _PARTICLES + r")?"
                      r"(?:[A-Z]\.(?=[ \t]+[A-ZÄÖÜ])|[A-ZÄÖÜ][\w'’-]*))*")  # (a middle initial inside: "John D. O'Connor")
MIN_WORDS: Final = 4
_STOP: Final = re.compile(r"[.!?]")
_NEXT_WORD: Final = re.compile(r"(?:\s+\w+)?,?\s+(\w+)\b")  # after a cue: "said she", "sagte am Montag, er"
_LABEL: Final = re.compile(r"([^\W\d_][\w.’'&/-]*(?: [\w.’'&/-]+){0,3}):[ \t]+(?=\S)")  # "SRF News: …", "Thomas Jäger: …", "Q: …"
# a label inside a paragraph, after a sentence's end: "… Ihnen? Karoline Preisler: Als ich …"
_INLINE_LABEL: Final = re.compile(r"(?<=[.?!…] )((?:[A-ZÄÖÜ][\w.’'&/-]*|[a-zäöü][\w’'&/-]*\.[a-z]{2,3})(?: [\w’'&/-]+){0,2}):[ \t]+(?=\S)")
_CLOSING: Final = " \t\"'“”»«’‘"  # what may close a paragraph after its last punctuation


class _Mention(NamedTuple):
    start: int
    end: int
    name: str


def quote_spans(text: str, lex: FigureLexicon | None = None) -> list[tuple[int, int]]:
    """Spans of text between paired quotation marks (the marks excluded), paragraph by paragraph;
    with a language's ``lex``, straight marks around text that attributes its own sentences pair
    nothing (``_holds_attribution``)."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        before = len(spans)
        opener: str | None = None
        start = 0
        for mark in QUOTE_MARK.finditer(text, para.start(), para.end()):
            i, ch = mark.start(), mark.group(0)
            if (opener == '"' and ch == '"' and i >= 2 and text[i - 1] == " " and text[i - 2] in ".?!" and i + 1 < len(text)
                    and text[i + 1].isupper() and _words(text[start:i]) >= 6):
                # 'the 12th Doctor. "With Steven's writing …': the closing mark was lost between two
                # quoted sentences (tokenised text); this mark ends one and opens the next
                spans.append((start, i - 1))
                start = mark.end()
                continue
            if opener == '"' and ch == '"' and _opens(text, i):
                # 'said "yes, that's it'. Moffat added the actor had "briefly …': a straight mark
                # that can only open a quote while one is open — the open one lost its closing mark:
                # it ends with the last sentence before this mark
                stop = max(text.rfind(". ", start, i), text.rfind("? ", start, i), text.rfind("! ", start, i))
                cue = _cue_after_comma(text, start, stop, lex) if lex is not None and stop > start else None
                if cue is not None:
                    stop = cue - 1  # '"Nie hatte … werden, argumentierte Hofer, der … hatte. Beispielsweise …': the cue's comma closes it
                if stop > start:
                    spans.append((start, stop + 1))
                    start = mark.end()
                    continue
            if opener in ("«", "»") and ch == opener:
                # '«Weitere Maßnahmen … werden." der Beschluss … seien richtig. «…»': a second opening guillemet while one
                # is open — the first lost its closing mark: a straight or curly mark inside closes it, else its last sentence
                close = max(text.rfind('"', start, i), text.rfind("”", start, i), text.rfind("“", start, i))
                stop = close if close > start else max(text.rfind(". ", start, i), text.rfind("? ", start, i), text.rfind("! ", start, i)) + 1
                if stop > start:
                    spans.append((start, stop))
                    start = mark.end()
                    continue
            if opener is not None and ch == "„" and opener != "„" and text[start:i].rstrip().endswith((".", "!", "?")):
                opener = None  # '"Das Medikament … verzichten kann. „Wenn man …“, sagt er': a German opening mark after a
                # finished sentence opens the next quote; the straight mark before it lost its closing one and pairs with nothing
            if opener == "''" and ch == "``":
                opener = None  # "''Ein Mann meinte, es sei ``unvermeidbar'' gewesen": a mark that only opens; the "''" before closed something lost
            if opener is None:
                if ch == "“" and i and not text[i - 1].isspace() and (i + 1 >= len(text) or not text[i + 1].isalnum()):
                    continue  # 'Geschenk“, das …': a German closing mark whose opening one was lost opens nothing
                sentence_start = i == para.start() or (i - 2 >= para.start() and text[i - 2] in ".!?:" and text[i - 1].isspace())
                if ch == "''" and not (sentence_start and text[i + 2 : i + 3].isalpha()):
                    continue  # "''" closes in tokenised text; it opens only where a sentence starts ("… said. ''The fall …"), never '17 '' MacBook'
                if ch in PAIRS:
                    opener, start = ch, mark.end()
            elif ch in PAIRS[opener] or (opener == '"' and ch == "“" and not text[i - 1].isspace() and (i + 1 >= len(text) or not text[i + 1].isalnum())):
                spans.append((start, i))  # (also '"Seitens … beeinflussen können.“': a straight mark closed by a German one)
                opener = None
        if opener in ("„", "»", "«", "“") and text[para.start() : start - 1].rstrip().endswith(":") and _words(text[start : para.end()]) <= 30:
            # 'Das könnte er nachvollziehen: „Ich kann mir nicht vorstellen, … gefunden hätten.' (a text cut off
            # inside the quote, or a closing mark lost): a typographic opening mark after a colon that nothing
            # closes opens a quote to the last full stop of a short paragraph (a longer one may run on into
            # the narrative where the text was cut: "sage: «Ich höre euch … Und ihr habt meinthalb Wochen ist es …")
            ends = [m.start() for m in re.finditer(r"[.?!](?=\s|$)", text[start : para.end()])]
            stop = start + ends[-1] if ends else -1
            if stop > start and _words(text[start:stop]) >= 6 and not QUOTE_MARK.search(text, start, para.end()):
                spans.append((start, stop + 1))  # (no mark after it: "„Partys … Risiko. Wer hingege fragen». Man sollte …" pairs wrongly)
        elif opener is not None and _continued(text, para.start(), start - 1, para.end()):
            # '… Sefo said. “But my phone was going off … crowned.¶“It just goes to show …”': a quote that runs on
            # into the next paragraph has no closing mark at the end of this one; the next opens again
            end = para.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            if _words(text[start:end]) >= 4:
                spans.append((start, end))
        if lex is not None and len(spans) > before:
            spans[before:] = [(s, e) for s, e in spans[before:] if not (text[s - 1 : s] == '"' and _holds_attribution(text[s:e], lex))]
        if "'" in text[para.start() : para.end()]:
            found = len(spans)
            for m in _SINGLE_STRAIGHT.finditer(text, para.start(), para.end()):
                if _words(m.group(1)) >= 3 and not any(s < m.end() and m.start() < e for s, e in spans[:found]):
                    spans.append(m.span(1))
    return spans


@lru_cache(maxsize=4)
def _suffix_chunk(suffixes: frozenset[str]) -> re.Pattern[str]:
    """A name's suffix set off by commas ("Rohack, MD,", "King, Jr.,"), to drop before reading the name."""
    return re.compile(r",\s+(?:" + "|".join(sorted(map(re.escape, suffixes), key=len, reverse=True)) + r")\.?(?=,)")


def _cue_after_comma(text: str, start: int, end: int, lex: FigureLexicon) -> int | None:
    """Where a quote that lost its closing mark ends at the latest: the first comma in
    ``text[start:end]`` followed by a cue and a capitalised word ("…, argumentierte Hofer"), or None."""
    for comma in re.finditer(r",\s+", text[start:end]):
        at = start + comma.end()
        cue = lex.speech_verbs.match(text, at)
        if cue and re.match(r"\s+[A-ZÄÖÜ]", text[cue.end() : cue.end() + 3]):
            return start + comma.start()
    return None


# "'He probably realized …, he was going to be shot,' Gage said": single straight marks, opening
# before a letter after a space or a line's start, closing after the quote's own punctuation
_SINGLE_STRAIGHT: Final = re.compile(r"(?:(?<=^)|(?<=[\s(]))'(?=[^\W\d_])((?:(?!'\s|'$)[^\n])*?[.,!?])'(?=\s|$)", re.M)


@lru_cache(maxsize=8)
def _trailing_according(word: str) -> re.Pattern[str]:
    """A source named last, after a comma or a closing mark ('…, " according to X.')."""
    return re.compile(rf"[,\"”“'’`]\s*{re.escape(word)}\s+(?P<src>[^,.;:]{{2,60}}?)\s*\.?\s*$", re.I)


@lru_cache(maxsize=16)
def _long_words(words: frozenset[str]) -> tuple[str, ...]:
    """The words of four letters or more, as a tuple for ``str.endswith``."""
    return tuple(sorted(w for w in words if len(w) >= 4))


@lru_cache(maxsize=16)
def _literals(texts: tuple[str, ...]) -> re.Pattern[str]:
    """Any of these texts, as one pattern shaped as a trie: a search finds one where ``any(t in s …)``
    would, in one pass."""
    return re.compile(word_alternation(texts)) if texts else re.compile(r"(?!x)x")


@lru_cache(maxsize=8)
def _joined_clause(coordinators: frozenset[str]) -> re.Pattern[str]:
    """A coordinator, the word before it and the noun phrase after it that ends the text."""
    alternation = "|".join(sorted(map(re.escape, coordinators))) or r"(?!)"
    return re.compile(rf"(\S+)\s+({alternation})\s+((?:[a-zäöüß]+\s+){{0,2}}[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){{0,2}})\s*$")


_RUN_TAIL: Final = re.compile(r"[\w-]*")
_RUN_HEAD: Final = re.compile(r"[\w-]*\Z")


def _runs_holding(text: str, part: str) -> list[tuple[int, str]]:
    """The maximal runs of word characters and hyphens in ``text`` that hold ``part``, with their
    offsets, in text order: a pattern of such characters matches inside them only, so searching
    these few runs finds what a search of the whole text finds."""
    runs: list[tuple[int, str]] = []
    at = text.find(part)
    while at >= 0:
        head = _RUN_HEAD.search(text, max(0, at - 80), at)
        start = head.start() if head is not None else at
        end = _RUN_TAIL.match(text, at).end()  # type: ignore[union-attr]
        if start == max(0, at - 80) and start > 0:
            start = _RUN_HEAD.search(text, 0, at).start()  # type: ignore[union-attr]  # a run longer than the window
        runs.append((start, text[start:end]))
        at = text.find(part, end)
    return runs


def _opens(text: str, i: int) -> bool:
    """A straight mark at ``i`` that can only open a quote: a word or a colon and a space before it,
    a letter right after it ('had "briefly', 'wrote : "Things')."""
    return i >= 2 and text[i - 1] == " " and (text[i - 2].isalnum() or text[i - 2] == ":") and i + 1 < len(text) and text[i + 1].isalpha()


_WORD: Final = re.compile(r"\w+")
_INNER_STOP: Final = re.compile(r"[.!?]\s+(?=\S)")


def _trailing_attribution(sentence: str, at: int, length: int) -> bool:
    """Whether the cue at ``at`` ends the sentence as its attribution, after a comma and a short
    subject ("…, Troy police Lt. Gerry Scherlinck said.")."""
    comma = sentence.rfind(",", 0, at)
    return comma >= 0 and len(sentence[comma + 1 : at].split()) <= 7 and not QUOTE_MARK.search(sentence, comma, at) and len(sentence[at + length :].split()) <= 4


def _holds_attribution(inside: str, lex: FigureLexicon) -> bool:
    """Whether the text between two straight marks holds a finished sentence that ends with its own
    attribution ('… in the vehicle, Pickell said. Witnesses said …'): the marks pair wrongly (a stray
    mark before an article's first sentence and one inside a later line), and the text between them
    is the article's own, not a quote."""
    for stop in _INNER_STOP.finditer(inside):
        sentence = inside[max(0, stop.start() - 120) : stop.start()]
        comma = sentence.rfind(",")
        tail = sentence[comma + 1 :] if comma >= 0 else ""
        if tail and len(tail.split()) <= 7 and lex.speech_verbs.search(tail) and not QUOTE_MARK.search(tail):
            return True
    return False


_SPACE: Final = re.compile(r"\s+")
@lru_cache(maxsize=8)
def _source_after_comma(word: str) -> re.Pattern[str]:
    """``lex.source_after_comma`` as a pattern: "…, so der Minister" (the source in group 1)."""
    return re.compile(r",\s+" + re.escape(word) + r"\s+(.+)$")


@lru_cache(maxsize=4096)
def _name_after(noun: str) -> re.Pattern[str]:
    """Up to three capitalised words right after ``noun`` ("der Sender CNN"), in group 1."""
    return re.compile(r"\b" + re.escape(noun) + r"\s+([A-ZÄÖÜ][\w'’-]*(?:\s+[A-ZÄÖÜ][\w'’-]*){0,2})")


@lru_cache(maxsize=None)
def _medium_then_name(media_nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A medium noun (also in a compound and the genitive: "Senders") and the name closing the
    phrase after it ("des US-amerikanischen Senders Radio Swoboda"), in group 1."""
    return re.compile(r"(?i:\w*(?:" + "|".join(re.escape(n) for n in media_nouns) + r")s?)\s+([A-ZÄÖÜ][\w'’-]*(?:\s+[A-ZÄÖÜ][\w'’-]*){0,2})$")


@lru_cache(maxsize=4096)
def _compound_of(low: str) -> re.Pattern[str]:
    """A capitalised compound ending in ``low`` ("Landwirtschaftsministerium" for "ministerium")."""
    return re.compile(r"\b[A-ZÄÖÜ][\w-]*" + re.escape(low) + r"\b")


@lru_cache(maxsize=4096)
def _issuer_of(template: str, noun: str) -> re.Pattern[str]:
    """The pack's ``document_issuer`` pattern for one document noun (any case)."""
    return re.compile(template.format(noun=f"(?i:{re.escape(noun)})"))


_TAG_BEFORE: Final = re.compile(r"[,.!?](?:’’|''|[\"”’»«])\s+(?:\S+\s+){0,5}\S+[.]\s*$")  # '…," the SPCA said. ' before a mark


def _continued(text: str, para_start: int, mark: int, para_end: int) -> bool:
    """Whether the opening mark at ``mark``, which nothing in its paragraph closes, opens a quote that
    runs on into the next paragraph: it opens a sentence and no other mark follows it there, and the
    next paragraph opens with a quotation mark (the convention for a quote over several paragraphs),
    or the text ends there (a quote whose closing mark the page lost)."""
    before = text[para_start:mark].rstrip()
    if before and before[-1] not in ".!?:":
        return False
    if any(not _apostrophe(text, m.start()) for m in QUOTE_MARK.finditer(text, mark + 1, para_end)):
        return False  # (an apostrophe is no mark: "… it’ll be your church.")
    nxt = para_end
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    if para_end >= len(text.rstrip()):  # the text ends: a quote of the speaker just quoted ('…," the SPCA said. "Each pup …')
        return _words(text[mark:para_end]) >= 4 and _TAG_BEFORE.search(text, max(para_start, mark - 120), mark) is not None
    return nxt > para_end and nxt < len(text) and text[nxt] in PAIRS


def _apostrophe(text: str, i: int) -> bool:
    """Whether the mark at ``i`` is an apostrophe inside a word ("it’ll", "don't")."""
    return text[i] in "’'" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _has_words(text: str, start: int, end: int, n: int) -> bool:
    """Whether ``text[start:end]`` holds at least ``n`` words (``_words``), counting no further."""
    return sum(1 for _ in islice(_WORD.finditer(text, start, end), n)) == n




def _group_subject(prefix: str, rest: str, lex: FigureLexicon) -> str | None:
    """An unnamed group as the subject of a cue: a quantifier alone before it ("Viele bezweifeln
    jedoch, dass …") or right after it, with a place ("…, sagen alle in Kiew")."""
    words = prefix.split()
    if len(words) == 1 and words[0].lower() in lex.group_subjects:
        return words[0]
    after = _with_words(r"\s+(\w+)((?:\s+", lex.place_prepositions, r"\s+[A-ZÄÖÜ][\w-]+)?)\s*[.,;]?\s*$").match(rest)  # "…, sagen alle in Kiew"
    if after and after.group(1).lower() in lex.group_subjects and prefix.rstrip().endswith(","):
        return after.group(1) + after.group(2)
    if lex.other_subjects and prefix.rstrip().endswith(","):
        # "…“, meinte in der Stadt X ein anderer": one more person, maybe after a place
        words = rest.rstrip(" .!?").split()
        for n in (3, 2, 1):
            if len(words) >= n and " ".join(words[-n:]).lower() in lex.other_subjects and (
                    len(words) == n or (len(words) - n <= 5 and words[0].islower())):
                return " ".join(words[-n:])
    return None


def _closes_parenthesis(rest: str, word: str) -> bool:
    """Whether ``word`` is one of the first five words of ``rest`` and a comma follows it
    ("…, fand der 31-Jährige, habe man …")."""
    pos = len(rest) - len(rest.lstrip())
    for _ in range(5):
        if rest.startswith(word, pos) and rest[pos + len(word) :].lstrip().startswith(","):
            return True
        gap = _SPACE.search(rest, pos)
        if gap is None:
            return False
        pos = gap.end()
    return False


_SKIP_WORDS: dict[int, frozenset[str]] = {}
_FULL_NAME: Final = r"(?:[A-ZÄÖÜ][\w'’-]+\s+){1,2}[A-ZÄÖÜ][\w'’-]+"


@lru_cache(maxsize=8)
def _name_list(coordinators: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two or more full names joined by commas and a final coordinator ("A B, C D und E F"), right
    after a cue; and the pattern that splits such a list into its names."""
    joiner = "|".join(sorted(coordinators))
    return (re.compile(rf"\s+({_FULL_NAME}(?:,\s+{_FULL_NAME})*\s+(?:{joiner})\s+{_FULL_NAME})(?=[\s,.;:]|$)"),
            re.compile(rf",\s+|\s+(?:{joiner})\s+"))


def _skip_words(lex: FigureLexicon) -> frozenset[str]:
    """Articles and non-subject words of a pack, as one set (built once per pack)."""
    found = _SKIP_WORDS.get(id(lex))
    if found is None:
        found = _SKIP_WORDS[id(lex)] = frozenset(lex.articles) | frozenset(lex.not_subject)
    return found


_SINGLE_WORDS: dict[int, dict[str, tuple[bool, str]]] = {}


def _single_words(lex: FigureLexicon) -> dict[str, tuple[bool, str]]:
    """Per pack, what the name index needs of a one-word capitalised run, computed once per word."""
    return _SINGLE_WORDS.setdefault(id(lex), {})


_MULTI_WORDS: dict[int, dict[str, Any]] = {}


def _multi_words(lex: FigureLexicon) -> dict[str, Any]:
    """Per pack, what the name index reads off a run of several capitalised words (``_Names._run``),
    computed once per run: a name recurs in an article and across a story's articles."""
    return _MULTI_WORDS.setdefault(id(lex), {})


_LOWER_AFTER: Final = re.compile(r"\s+([a-z][\w-]*)")


class _Names:
    """The people an article names, for turning "Roth" into "Anna Roth"."""

    def __init__(self, text: str, masked: str, lex: FigureLexicon, sentence_starts: list[int] | None = None) -> None:
        """text: the article; masked: the same with quoted words blanked (names said inside quotes
        are not the article's naming of people); sentence_starts: where sentences begin (a run of
        capitalised words never crosses one: "erklärte die Fed. Doch Aufsehenden …")."""
        self.lex = lex
        self.masked = masked
        self.skip_to = 0
        self.mentions: list[_Mention] = []
        self.full: dict[str, str] = {}
        self.roles: dict[str, str] = {}  # surname -> the role word that introduced the person
        self.paired_roles: dict[str, str] = {}  # surname -> a first role joined by "und" ("der Anwalt und Dissident X")
        candidates: dict[str, list[tuple[bool, str]]] = {}
        owners: dict[str, list[tuple[bool, str]]] = {}  # names seen only as owners ("Laci Peterson's body")
        alone: dict[str, int] = {}  # (a Counter below: counting in a plain dict is faster)
        new_mention = tuple.__new__  # what ``_Mention(…)`` calls, without its Python frame
        first = text.split("\n\n", 1)[0] if "\n\n" in text else ""
        small = {w for w in re.findall(r"(?<![\w'’-])[a-zäöüß]\w+", re.split(r"[„“”\"»«]", first, maxsplit=1)[0])} - lex.function_words - lex.articles - lex.prepositions
        sentence_like = first.rstrip().endswith((".", ":")) or (re.search(r"[.:][“”\"»«'’]+$", first.rstrip()) is not None and len(small) >= 2)
        # ('… hat einmal gesagt: „… ist.“' is a sentence; "Full List of the Mayor’s Plans: “… ever.”" a headline)
        self.skip_to = len(first) if first and not _has_words(first, 0, len(first), 26) and not sentence_like else 0
        skip_words = _skip_words(lex)
        is_role = lex.is_role
        single = _single_words(lex)  # per one-word run: (names nobody — a role or function word —, base form)
        runs = _multi_words(lex)  # per run of several words: what ``_run`` reads off it
        mentions = self.mentions
        determiners = lex.articles | lex.indefinite_articles
        for m in NAME_RUN.finditer(masked, self.skip_to):  # a headline's lost punctuation glues names ("Papst Leo Trump")
            word = m.group(0)
            if " " not in word and "\t" not in word:  # most runs are one capitalised word
                info = single.get(word)
                if info is None:
                    if len(single) > 200_000:
                        single.clear()
                    info = single[word] = (word.lower() in skip_words or is_role(word), _base(word))
                if info[0]:
                    continue  # a lone role word or function word names nobody
                mentions.append(new_mention(_Mention, (*m.span(), word)))
                alone[info[1]] = alone.get(info[1], 0) + 1
                continue
            if sentence_starts and "." in word:
                k = bisect_right(sentence_starts, m.start())
                if k < len(sentence_starts) and sentence_starts[k] < m.end():
                    word = masked[m.start() : sentence_starts[k]].rstrip()  # the run ends with its sentence
                    if " " not in word:
                        continue
            run = runs.get(word)
            if run is None:
                if len(runs) > 100_000:
                    runs.clear()
                run = runs[word] = self._run(word)
            if run is None:
                continue
            rel, length, name, role, surname, single_base, pure_place, candidate = run
            offset = m.start() + rel
            mentions.append(_Mention(offset, offset + length, name))
            if role is not None:
                self.roles.setdefault(surname, role)
                paired = _PAIRED_ROLE.search(masked, max(0, m.start() - 40), m.start())
                if paired and paired.group(2) in lex.coordinators and lex.is_role(paired.group(1)):
                    self.paired_roles.setdefault(surname, paired.group(1))
            if single_base is not None:
                alone[single_base] = alone.get(single_base, 0) + 1
            elif pure_place or any(w in lex.place_nouns for w in masked[max(0, m.start() - 12) : m.start()].split()[-1:]):
                pass  # "im Dorf Wadi Rahal", "the village of …": a place's name; "Promises Treatment Center": an organisation's
            elif candidate is not None and not (
                    role is None and not lex.capitalised_nouns and (masked[max(0, offset - 6) : offset].split() or [""])[-1].lower() in determiners
                    and (after := _LOWER_AFTER.match(masked, offset + length)) and is_role(after.group(1))):
                # (English: "the North Korean leader", "a South African minister": a modifier between an article
                # and a role written small names nobody)
                (owners if word.endswith(("'s", "’s")) else candidates).setdefault(candidate[0], []).append((role is not None, candidate[1]))
        self.by_token: dict[str, str] = {}  # a first word of a person's name -> the name ("Kim" -> "Kim Jong Un"), filled below
        self._person_of: dict[str, str | None] = {}  # a mention's text -> the person it names (``last_people_before``), once each
        self.alone: Counter[str] = Counter(alone)
        self.starts = [m.start for m in self.mentions]  # in text order
        self.people: set[str] = set()  # full names, filled below
        for surname, forms in owners.items():
            forms = [f for f in forms if _first_name(f[1].split()[0])]  # (not "Scottburgh High’s top achievers")
            if forms:
                candidates.setdefault(surname, forms)  # an owner with a first name is a person too, unless the surname names someone in full
        # A person is introduced with a role ("Präsident X Y") or later called by surname alone.
        for surname, forms in candidates.items():
            if not any(role for role, _ in forms) and surname not in alone and lex.capitalised_nouns and not any(_first_name(f.split()[0]) for _, f in forms):
                continue  # German capitalises every noun: a name needs a role, its surname alone or a known first name
            if not any(role for role, _ in forms) and _country_or_region(surname) and not _surname_like(surname) and not any(_first_name(f.split()[0]) for _, f in forms):
                continue  # "Lower Austria", "Statistics Austria", "New Delhi": a country's or region's name ends it, nobody's surname
            if not any(role for role, _ in forms) and all(f.lower() in region_names() for _, f in forms):
                continue  # "Uttar Pradesh", "New South Wales": a region's name of several words
            if lex.capitalised_nouns:
                # "Diakonie Bayern": a name that opens with a dictionary word is no person's, unless a
                # role introduced it, the word is a known first name or the last word reads as a
                # surname ("Rom Braslavski")
                forms = [f for f in forms if (f[0] or _first_name(f[1].split()[0]) or _surname_like(surname)
                         or not (_dictionary_word(f[1].split()[0]) or _dictionary_word(f[1].split()[-1])))  # not "Texteingabefeld Antworten"
                         and not _genitive_place(f[1].split()[0])]  # not "Chinas Spione"
                if not forms:
                    continue
            best = max(forms, key=lambda f: (f[0], _first_name(f[1].split()[0]), sum(1 for g in forms if g[1] == f[1]), len(f[1])))
            for _, form in forms:  # only names kept as people's ("Samsung Strafzahlungen" is none)
                for tok in form.split()[:-1]:
                    self.by_token.setdefault(_base(tok), form)
            self.full[surname] = best[1]
            self.people.add(best[1])
            particle, _, bare = surname.partition("-")
            if bare and particle.islower():
                self.full.setdefault(bare, best[1])  # "Laith al-Balaous", later "Balaous"
        if lex.capitalised_nouns:
            # "hatte Liat Glück" beside "Liat Atzili": a first name before a common noun names nobody new
            plain = Counter(name.split()[0] for name in self.people if " " in name and not _dictionary_word(name.split()[-1]))
            for surname, name in list(self.full.items()):
                words = name.split()
                if len(words) == 2 and plain[words[0]] and _dictionary_word(words[1]):
                    del self.full[surname]
                    self.people.discard(name)

    def _run(self, word: str) -> tuple[int, int, str, str | None, str, str | None, bool, tuple[str, str] | None] | None:
        """What a run of capitalised words names, read off the run alone: (offset of the name in the
        run, its length, the name (last three words), the role word before it or None, the base of
        its last word, that base when the name is one word, whether it is a place's or an
        organisation's, (surname base, full name) when it reads as a person's); None when no name is
        left. The context (a place noun before the run, a paired role) is the caller's."""
        lex = self.lex
        tokens = word.split()
        owner = next((k for k in range(len(tokens) - 2, -1, -1) if tokens[k].endswith(("'s", "’s"))), None)
        if owner is not None:
            tokens = tokens[owner + 1 :]  # "SEACOM's Suveer Ramdhani": the owner names someone else
        if tokens[-1].endswith(("'s", "’s")) and len(tokens[-1]) > 3:
            tokens[-1] = tokens[-1][:-2]  # "President Donald Trump’s concerns": the name without its possessive
        # drop what precedes the last role word ("Frankreichs Präsident", "Dr.")
        # (a role word after a first name is a surname: "Peter Kaiser", "Thomas König")
        cut = next((k + 1 for k in range(len(tokens) - 1, -1, -1) if lex.is_role(tokens[k])
                    and not (k == len(tokens) - 1 and k > 0 and _first_name(tokens[k - 1]))), 0)
        name_tokens = [t for t in tokens[cut:] if t.lower() not in lex.articles]
        while name_tokens and (name_tokens[0].lower() in lex.not_subject or (len(name_tokens) > 1 and name_tokens[0] in lex.pronouns)):
            name_tokens = name_tokens[1:]  # (also "in der Sie Brot … kaufen": a pronoun opens no name)
        at = next((k for k in range(1, len(name_tokens) - 2) if name_tokens[k] in lex.name_particles and (name_tokens[k] in lex.prepositions or name_tokens[k] in lex.attribute_prepositions)
                   and _first_name(name_tokens[k + 1]) and not _first_name(name_tokens[k - 1])), None)
        if at is not None:
            name_tokens = name_tokens[at + 1 :]  # "Stellungnahme von Thomas Armbrust": "von" before a first name is the preposition
        while len(name_tokens) > 1 and lex.capitalised_nouns and _finite_verb(name_tokens[0]):
            name_tokens = name_tokens[1:]  # "Wird Trump gefeiert?": a question's verb opens the run, no part of a name
        while len(name_tokens) > 1 and (name_tokens[-1].lower() in lex.weekdays or name_tokens[-1].lower() in lex.month_numbers
                                        or name_tokens[-1].lower() in lex.subordinators):
            name_tokens = name_tokens[:-1]  # "the Gulf of Aden Thursday morning": a day, no part of a name; "Kiel Als …": the next sentence's opener
        while len(name_tokens) > 2 and _first_name(name_tokens[0]) and not _first_name(name_tokens[-2]) and _country_or_region(name_tokens[-1]):
            name_tokens = name_tokens[:-1]  # "Außenminister Mohammed Javad Zarif Washington beschuldigte": the object after the name
        if len(name_tokens) > 2 and name_tokens[-1].rstrip(".") in lex.name_suffixes:
            name_tokens = name_tokens[:-1]  # "Hugh W. Sloan Jr.": the surname is Sloan
        if not name_tokens or name_tokens[0].lower().rstrip(".") in lex.scales:
            return None  # (an amount's scale and currency, "300 Mio Euro", names nobody: "Mio" is a first name too)
        surname = _base(name_tokens[-1])
        role = tokens[cut - 1].strip(".,") if cut else None
        single_base = surname if len(name_tokens) == 1 else None
        pure_place = single_base is None and (name_tokens[0] in lex.place_nouns or bool(lex.org_heads and name_tokens[-1].lower().endswith(lex.org_heads))
                                              or name_tokens[-1].lower() in lex.landmark_heads or name_tokens[0].lower().rstrip(".") in lex.landmark_openers  # "Franz Josef Glacier", "Mount Cook"
                                              # "Ortsgruppe Speyer", "Landesverband Bayern": an organisation's noun and its place
                                              or bool(lex.capitalised_nouns and lex.org_heads and name_tokens[0].lower().endswith(lex.org_heads)
                                                      and not _first_name(name_tokens[0]))
                                              or bool(lex.capitalised_nouns and _city_name(name_tokens)))
        candidate = None
        if single_base is None and not pure_place and len(name_tokens) <= 4 and self._looks_personal(name_tokens) and not self._genitive_owner(name_tokens):
            first_at = next((k for k, t in enumerate(name_tokens[:-1]) if _first_name(t)), 0)
            person = name_tokens[first_at:]  # "Gegner Joe Biden" → "Joe Biden"
            while lex.capitalised_nouns and len(person) > 1 and _adjective_word(person[0]):
                person = person[1:]  # "… suchen nach Vermissten Junger Mann stirbt": a headline's adjectives, nobody's name
            if len(person) > 1:
                candidate = (_base(person[-1]), " ".join(person[-3:]))
        return word.index(name_tokens[0]), len(" ".join(name_tokens)), " ".join(name_tokens[-3:]), role, surname, single_base, pure_place, candidate

    def between(self, a: int, b: int) -> list[_Mention]:
        """Mentions starting in [a, b)."""
        return self.mentions[bisect_left(self.starts, a) : bisect_left(self.starts, b)]

    def known(self, surname: str) -> bool:
        """Whether the article names this person (by full name or surname alone)."""
        return _base(surname) in self.full or self.alone[_base(surname)] > 0

    @staticmethod
    def _genitive_owner(tokens: list[str]) -> bool:
        """"Spendenkomitee Trumps": a noun owned by a person in the genitive, not a full name."""
        last = tokens[-1].strip(".,;:")
        return len(tokens) == 2 and last.endswith("s") and _base(last) != last and not _first_name(tokens[0])

    def _looks_personal(self, tokens: list[str]) -> bool:
        particles = self.lex.name_particles
        if not particles.isdisjoint(tokens) and not _first_name(tokens[0]):
            return False  # "Christian von Soest", not "Generalstaatsanwältin von Florida"
        if tokens[-1].lower() in self.lex.prepositions:
            return False  # "U.S. At 5-feet-7": a preposition opening a sentence, nobody's surname
        return tokens[0][:1].isupper() and all((t[:1].isupper() and not t.isupper()) or t in particles or _INITIAL.fullmatch(t)
                                               or _JOINED_PARTICLE.match(t) for t in tokens)

    def resolve(self, phrase: str) -> str | None:
        """The full name a phrase names, if it names a known person ("Putins" → "Wladimir Putin")."""
        words = [t for t in phrase.split() if t.lower() not in self.lex.articles]
        caps = [t for t in words if t[:1].isupper() and not self.lex.is_role(t)]
        head = words[-1] if words else ""
        if caps and head == caps[-1]:
            full = self.full.get(_base(head))
            if full and len(caps) >= 2 and _first_name(caps[-2]) and caps[-2] not in full.split() and " ".join(caps[-2:]) in self.people | {" ".join(caps[-2:])}:
                return " ".join(caps[-2:])  # "Jeremy Ortiz" beside "Jerry Ortiz": another person of the family, as named
            if full:
                return full
        if (len(caps) == 1 and _base(caps[0]) in self.by_token and _base(caps[0]) in self.alone
                and (caps[0] == head or self.by_token[_base(caps[0])].split()[-1].lower() == head.lower()
                     or head.lower() in self.lex.document_nouns or head.lower() in self.lex.articles)):  # ("Joe made his …")
            # "Kim" for "Kim Jong Un", "State police" for "Oregon State Police" (not "official Sudanese media" for "Sudanese Army")
            return self.by_token[_base(caps[0])]
        return None

    def last_holder_before(self, role: str, offset: int) -> str | None:
        """The latest person before ``offset`` introduced with this role ("the judge" → "Judge X";
        a bare "Präsident" also fits "US-Präsident", but "FDP-Chef" never fits "CSU-Chef")."""
        forms = self.lex.role_forms
        want = forms.get(role.lower().rstrip("."), role.lower())
        for m in reversed(self.mentions):
            if m.start < offset:
                surname = _base(m.name.split()[-1])
                for held in (self.roles.get(surname) or "", self.paired_roles.get(surname) or ""):
                    held = forms.get(held.lower().rstrip("."), held.lower())  # "Msgr. Farmer" holds "the monsignor"
                    if held and surname in self.full and (held == want or ("-" not in want and _role_head(held) == want) or (
                            "-" not in want and len(want) >= 5 and held.endswith(want) and not held[: -len(want)].endswith(self.lex.deputy_prefixes or ("\0",)))):
                        return self.full[surname]  # ("die Kanzlerin": the Bundeskanzlerin, not a Vizekanzlerin)
        return None

    def last_people_before(self, offset: int, n: int, since: int = 0) -> list[str]:
        """The last ``n`` different people named before ``offset`` (from ``since`` on), latest first."""
        found: list[str] = []
        person_of = self._person_of
        for k in range(bisect_left(self.starts, offset) - 1, -1, -1):  # the mentions before ``offset``, latest first
            m = self.mentions[k]
            if m.start < since:
                break
            full = person_of.get(m.name, "")
            if full == "":
                full = person_of[m.name] = self._person_named(m.name)
            if full and full not in found:
                found.append(full)
                if len(found) == n:
                    break
        return found

    def _person_named(self, name: str) -> str | None:
        """The full name of the person a mention names, if any: any word of it may be the surname."""
        full = next((self.full[_base(t)] for t in reversed(name.split()) if _base(t) in self.full), None)
        given = _base(name) if full is None and " " not in name and self.lex.capitalised_nouns else ""
        if given in self.by_token and _GIVEN_NAME.match(given) and not _dictionary_word(given) and self.by_token[given] in self.people:
            full = self.by_token[given]  # "Liat", "Liats" alone for "Liat Atzili" (not "Corona-Krise")
        return full

    def last_surname_before(self, offset: int, since: int) -> str | None:
        """A surname used alone shortly before ``offset``, where the article names nobody in full
        ("Auch Isner zollte Anerkennung"): a proper noun or a word the lexicon lacks, no dictionary word,
        no place, no first name."""
        for m in reversed(self.between(max(0, since), offset)):
            name = m.name.strip(".,;:")
            entry = _entry(name) if " " not in name else ()
            if (" " not in name and name.isalpha() and (_surname_like(name) or not entry or entry[4:5] == ("NE",))
                    and not _dictionary_word(name) and not _place(name) and not _first_name(name)):
                return name
        return None

    def last_first_name_before(self, offset: int, since: int) -> str | None:
        """A given name used alone shortly before ``offset`` ("der junge Mann, den wir nur Matthias
        nennen"): the person a pronoun refers to when the article names nobody in full."""
        for m in reversed(self.between(max(0, since), offset)):
            before = self.masked[max(0, m.start - 20) : m.start].split()[-1:]
            if (" " not in m.name and _first_name(m.name) and m.name.lower() not in self.lex.month_numbers
                    and not (before and before[0].lower() in self.lex.articles)
                    and not (self.masked[: m.start].rstrip()[-1:] in ("", ".", "!", "?", ":") and _dictionary_word(m.name))):
                return m.name  # (not "im Mai", "die Lage", nor "Anders als …" opening a sentence)
        return None

    @cached_property
    def main_organisation(self) -> str | None:
        """The organisation the text names most often (one-word names the NER lexicon types ORG
        and tags as proper nouns: "Lufthansa"), for "der Konzern", "the company"."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for m in self.mentions:  # the whole article: the one it is about, named before and after
            name = m.name.strip(".,;:")
            entry = _entry(name) if " " not in name else ()
            if (len(entry) > 4 and entry[3] == "ORG" and entry[4] == "NE") or (
                    " " in name and len(name.split()) <= 4 and name.split()[-1].lower() in self.lex.company_heads):  # "Deutsche Bank"
                counts[name] += 1
                first.setdefault(name, m.start)
        return max(counts, key=lambda k: (counts[k], -first[k])) if counts else None  # ties: the one named first

    def last_person_before(self, offset: int, since: int = 0) -> str | None:
        """The latest person named before ``offset`` (and from ``since`` on, outside quotes), in full
        form; any word of a capitalised run may be the surname ("bekam Trump Gegenwind")."""
        found = self.last_people_before(offset, 1, since)
        return found[0] if found else None


@lru_cache(maxsize=None)
def _trailing_name(particles: frozenset[str]) -> re.Pattern[str]:
    """Capitalised words that end a text, a language's name particles allowed between them ("Éamon de Valera")."""
    between = r"(?:(?:" + "|".join(sorted(particles)) + r")\s+)?" if particles else ""
    return re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+" + between + r"){1,4}[A-ZÀ-ÖØ-Þ][\w'’-]*)\s*$")


def _issuer(m: re.Match[str]) -> str:
    """The issuer a ``document_issuer`` match names (group ``who``, or ``issuer`` where a pack's
    template has a second form: "X issued a statement")."""
    return (m.group("who") or m.groupdict().get("issuer") or "").strip()


def _title(quoted: str) -> bool:
    """A short quoted phrase whose every word is capitalised names a work or a thing ("Babo – Die
    Haftbefehl-Story"); a statement has verbs and function words in lower case."""
    words = _TITLE_WORD.findall(quoted)
    subtitle = " : " in quoted or bool(_SUBTITLE.search(quoted))  # "Secret Man : The Story of …"
    if not words or len(words) > (9 if subtitle else 6):
        return False
    if all(w[:1].isupper() for w in words):
        return True
    # "New England Journal of Medicine", "Miss Pinup Girl of the World": one small joining word, or two
    # side by side, inside a name (not a list: "A, B und C."); a full stop may close it inside the
    # marks ('was voted "Most Likely to Succeed."')
    inner = words[1:-1]
    joiners = _title_joiners()
    small = [k for k, w in enumerate(inner) if w in joiners]
    body = quoted.rstrip()
    body = body[:-1] if body.endswith(".") and not body.endswith("..") else body
    return (words[0][:1].isupper() and words[-1][:1].isupper() and (len(small) == 1 or (len(small) == 2 and small[1] == small[0] + 1))
            and all(w[:1].isupper() or w in joiners for w in inner) and not re.search(r"[,.!?;]" if subtitle else r"[,.!?;:]", body))


@lru_cache(maxsize=None)
def _title_joiners() -> frozenset[str]:
    """The small words inside titles of every language pack (a German article cites English titles too)."""
    from .lang import available

    return frozenset(w for code in available() for w in (get_pack(code).figures.title_joiners if get_pack(code).figures else ()))  # type: ignore[union-attr]


@lru_cache(maxsize=None)
def _appositive_name_for(particles: frozenset[str]) -> str:
    """A name standing in apposition, as a regex group: initials ("Rabie A. Atti") and the pack's
    name particles ("Abdel Aziz al - Hilu") allowed."""
    alternation = "|".join(sorted((re.escape(p.rstrip("-")) for p in particles), key=len, reverse=True))
    return rf"((?:[A-ZÄÖÜ][\w'’-]*\.?\s+|(?:{alternation})\s+(?:-\s+)?){{1,4}}[A-ZÄÖÜ][\w'’-]+)\s*(?:[,.;]|$)"


@lru_cache(maxsize=8)
def _relative_pattern(pronouns: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Relative clauses from the pack's pronouns: one that runs to the end of a text (", die er …
    nennt"), one that opens a clause ("der niemals …", its first word captured), and the comma that
    starts one (to cut a clause before it)."""
    alternation = "|".join(pronouns) or r"(?!)"
    return (re.compile(rf",\s+(?:{alternation})\s+[^,]*$"), re.compile(rf"\s*(?:{alternation})\s+(\S+)"),
            re.compile(rf",\s+(?:{alternation})\s"))


def _alternatives(words: frozenset[str]) -> str:
    return word_alternation(words) if words else r"(?!)"


@lru_cache(maxsize=64)
def _with_words(before: str, words: frozenset[str], after: str) -> re.Pattern[str]:
    """``before``, one of a pack's ``words`` and ``after`` (patterns), compiled once: the pack's
    complementizers after a comma (",\\s*(?:dass|daß)\\b"), its joiner between spaces, …"""
    return re.compile(f"{before}(?:{_alternatives(words)}){after}")


_INTRO_COLON: Final = re.compile(r":\s")  # a colon after the cue introduces what is said (as a that-clause does)


@lru_cache(maxsize=8)
def _opening_body(articles: frozenset[str]) -> re.Pattern[str]:
    """The capitalised body a sentence opens with, after an optional article of ``articles``
    ("The UN was incensed …" → "UN")."""
    article = rf"(?:(?:{_alternatives(articles)})\s+)?" if articles else ""
    return re.compile(rf"\s*{article}([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})(?=\s+[a-z])")




@lru_cache(maxsize=32)
def _appositive_after(lead: str, particles: frozenset[str]) -> re.Pattern[str]:
    """``lead`` (a pattern) followed by a name in apposition (``_appositive_name_for``), compiled once."""
    return re.compile(lead + _appositive_name_for(particles))


def _entry(token: str) -> tuple[str, ...]:
    """The NER lexicon's row for a word (flags, classes, probe type, part of speech), or ``()``."""
    return _ner_lexicon().get(token) or ()


@lru_cache(maxsize=8)
def _possessive_pattern(owners: tuple[str, ...]) -> re.Pattern[str]:
    """A possessive determiner of the pack's owners with any ending ("ihr" → "ihre", "ihren")."""
    return re.compile("(?:" + "|".join(map(re.escape, owners)) + r")(?:e|er|es|en|em)?") if owners else re.compile(r"(?!x)x")


@lru_cache(maxsize=8)
def _anaphor_endings(anaphors: frozenset[str], shortest: int = 6) -> tuple[str, ...]:
    """Person nouns of at least ``shortest`` letters, in lower case: long enough to end a compound
    that names a person ("Aufbauspieler", "Familienvater")."""
    return tuple(sorted({a.lower() for a in anaphors if len(a) >= shortest}))


def _verbless(text: str) -> bool:
    """Whether every small word of ``text`` is known to the lexicon and none is a verb ("Vor fünf
    Jahren, im September 2020," is adverbials, no clause anybody reports)."""
    for w in text.split():
        if w[:1].islower():
            entry = _entry(w.strip(".,;:!?\"'„“”»«()"))
            if len(entry) < 5 or entry[4].startswith("V"):
                return False  # a verb, or a word the lexicon does not know (which may be one)
    return True


_NO_MAIN_CLAUSE_OPENERS: Final = ("KOUS", "KOUI", "KON", "PWAV", "PWS", "PWAT", "PRELS", "PRELAT", "PTKZU")


def _verb_second(clause: str, lex: FigureLexicon) -> bool:
    """Whether a clause is a main clause whose finite verb follows a fronted phrase of one to three
    words ("am meisten helfen ihr die Eltern", "im Mai sei er …"), by the lexicon's part-of-speech
    tags (German): what a cue with a comma reports without "dass"."""
    words = [w.strip("\"'„“”»«()") for w in clause.split()[:6]]
    if len(words) < 4 or not words[0][:1].islower():
        return False
    first = _entry(words[0])
    if len(first) < 5 or first[4].startswith(("V",) + _NO_MAIN_CLAUSE_OPENERS):
        return False  # "…, warum …", "…, der …", "…, um … zu": no main clause
    for k in range(1, 4):
        word = words[k]
        if word.endswith((",", ";", ":")) or not word:
            return False
        tag = (_entry(word) or ("",) * 5)[4:5]
        if tag and tag[0].endswith("(FIN)") and word[:1].islower():
            return True
        following = words[k + 1].lower() if k + 1 < len(words) else ""
        if tag and tag[0].endswith("(INF)") and word[:1].islower() and (following in lex.inverted_pronouns or following in lex.articles):
            return True  # a plural finite form the lexicon knows best as an infinitive: "helfen ihr"
        if not tag or tag[0].startswith("V"):
            return False  # an unknown word or another verb form before any finite one
    return False


def _article_noun_verb(clause: str) -> bool:
    """Whether a clause opens with an article, any inflected adjectives, a capitalised noun and then
    a finite verb ("der mutmaßliche Täter konnte …"): a main clause, not a relative one."""
    words = clause.split()[1:6]
    k = 0
    while k < len(words) and words[k][:1].islower() and (_entry(words[k]) or ("",) * 5)[4] == "ADJ(A)":
        k += 1
    return k + 1 < len(words) and words[k][:1].isupper() and words[k + 1][:1].islower() and _finite_verb(words[k + 1])


@lru_cache(maxsize=65536)
def _finite_verb(token: str) -> bool:
    """A finite verb by the NER lexicon's part of speech ("Wird", "Gibt"), never a given name or surname."""
    entry = _entry(token)
    return len(entry) > 4 and entry[4].endswith("(FIN)") and not set(entry[0]) & {"F", "L"}


@lru_cache(maxsize=65536)
def _first_name(token: str) -> bool:
    """A given name from the NER lexicon's gazetteer ("Joe", "Ricarda")."""
    entry = _entry(token)
    return bool(entry and "F" in entry[0])


@lru_cache(maxsize=65536)
def _place(token: str) -> bool:
    """A place by the NER lexicon ("Deutschland" is a dictionary word, and a country that can speak)."""
    entry = _entry(token)
    return len(entry) > 3 and entry[3] == "LOC"


def _city_name(tokens: list[str]) -> bool:
    """A name of several words whose last is a city's word in the gazetteer, no last name and no word the
    lexicon's probe takes for a person's, with no first name before it ("Hong Kong"; not "Paris Hilton",
    "Autor Mario Reading", nor "Bojko Borissow", whose surname is also a town's)."""
    entry = _entry(tokens[-1].strip(".,;:")) if len(tokens) >= 2 else ()
    flags = entry[0] if entry else ""
    return "C" in flags and "L" not in flags and (len(entry) < 4 or entry[3] != "PER") and not any(_first_name(t) for t in tokens[:-1])


def _country_or_region(token: str) -> bool:
    """A country or region by name (pycountry: "Austria", "Delhi", "Nigeria"); not a town's name,
    which many surnames share ("Dimitrov", "Police"), nor a word the lexicon's probe only guesses
    to be a place ("Ben-Gvir", "Sahara")."""
    return token.lower() in places()


@lru_cache(maxsize=65536)
def _surname_like(token: str) -> bool:
    """A surname by the NER lexicon: a listed last name, or a word its probe takes for a person's."""
    entry = _entry(token)
    return bool(entry and ("L" in entry[0] or entry[3] == "PER"))


@lru_cache(maxsize=65536)
def _genitive_place(token: str) -> bool:
    """A place in the genitive by the NER lexicon's probe ("Chinas", "Russlands"): what follows it is
    owned by the place, not a person's name."""
    entry = _ner_lexicon().get(token)
    return bool(token.endswith("s") and entry and entry[3] == "LOC" and "F" not in entry[0])


@lru_cache(maxsize=65536)
def _adjective_word(token: str) -> bool:
    """A word the NER lexicon knows as an adjective, attributive or nominalised (HanTa's ADJ(A),
    NNA), and no gazetteer as a first name or surname ("Vermissten", "Junger"; not "Herr", "Mann")."""
    entry = _entry(token)
    return len(entry) > 4 and entry[4] in ("NNA", "ADJ(A)") and not set(entry[0]) & {"F", "L"}


@lru_cache(maxsize=65536)
def _proper_noun(token: str) -> bool:
    """A word the NER lexicon's part of speech calls a proper noun ("Sony", "Siemens"), though the
    dictionary knows it too: a name, not a common noun written where a name belongs."""
    entry = _entry(token)
    return len(entry) > 4 and entry[4] == "NE"


@lru_cache(maxsize=65536)
def _adverb(token: str) -> bool:
    """A capitalised word the NER lexicon tags as an adverb or a predicative adjective
    ("Gebetsmühlenartig", "Natürlich"): it opens a sentence but is no subject."""
    entry = _entry(token)
    return len(entry) > 4 and entry[4] in ("ADV", "ADJ(D)") and not set(entry[0]) & {"F", "L"}  # not "Kurz", a surname too


@lru_cache(maxsize=65536)
def _dictionary_word(token: str) -> bool:
    """A word of the German dictionary ("Dollar", "Regierung"), which a surname seldom is."""
    return _known(token.lower())


def _role_head(role: str) -> str:
    return role.rsplit("-", 1)[-1].lower()


@lru_cache(maxsize=65536)
def _base(token: str) -> str:
    token = token.strip(".,;:")
    return token[:-1] if token.endswith("s") and len(token) > 4 and not token.endswith("ss") else token


def _capital(word: str) -> bool:
    """A capitalised word, or a noun that opens with a number ("48-Jährige", "32jährige")."""
    return word[:1].isupper() or (word[:1].isdigit() and _NUMBERED_NOUN.match(word) is not None)


_GIVEN_NAME: Final = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}$")  # the shape of a given name used alone ("Liat"; not "Corona-Krise")
_NUMBERED_NOUN: Final = re.compile(r"\d+(?:-[A-ZÄÖÜ]|jährige)")  # (and the spelling before 1996: "der 32jährige")
_INVERTED_PRONOUN: Final = re.compile(r"^[A-ZÄÖÜ][^,]*?\s([a-zäöüß]+e)\s+(\w+)\b")  # German: a verb in -e, then its pronoun
_INITIAL: Final = re.compile(r"[A-Z]\.")  # an initial in a name ("Hugh W. Sloan")
_LEAD_WORD: Final = re.compile(r"\s*(\w+)\s+")  # the first word after a cue
_TITLE_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")  # a word of a quoted title
_SUBTITLE: Final = re.compile(r"\w: [A-Z]")  # a subtitle after a colon ("Secret Man: The Story of …")
_COMMA_SPACE: Final = re.compile(r",\s")
_QUOTED_NAME: Final = re.compile(r"\s*[„\"»«]([^„“”\"»«]{2,40})[“”\"«»]")  # a quoted name right after the speaker ("die Partei „Die Mitte“")
_CLAUSE_END: Final = re.compile(r"(?:(?<!\d)[,:]|[,:](?!\s\d{3}\b))(?=\s)")  # a comma or colon that ends the cue's clause (not "20, 000")
_PRONOUN_AFTER_VERB: Final = re.compile(r"[A-ZÄÖÜ]\w*\s+[a-zäöüß]\w*\s+(\w+)\b")  # "Darin beschwor er …": a pronoun after a fronted word and the verb
_LONG_NP: Final = re.compile(r"\s+(\w+)\s+(?:[\w-]+\s+){0,9}?[a-zäöüß]+(?:e|en)\s+([A-ZÄÖÜ][\w-]+)\s*[.!?]?\s*$")  # an article, attributes, an inflected adjective and the noun closing the sentence
_INITIAL_DE: Final = re.compile(r"[A-ZÄÖÜ]\.")  # an initial (German capitals included)
_PAIRED_ROLE: Final = re.compile(r"\b([A-ZÄÖÜ]\w+)\s+(\w+)\s+$")  # "der Anwalt und Dissident X": the first of two roles
_DASS_CLAUSE: Final = re.compile(r",\s+(?=da(?:ss|ß)\s)")


def _without_coordinator(phrase: str, lex: FigureLexicon) -> str:
    """A phrase without the coordinator that opens it ("but Bill Shaikin" → "Bill Shaikin")."""
    first, _, rest = phrase.partition(" ")
    return rest if rest and first.lower() in lex.coordinators else phrase


def _np_after(s: str, lex: FigureLexicon) -> str | None:
    """The noun phrase right after a cue verb: "sagte der Staatschef am Montag" → "der Staatschef"."""
    if lex.capitalised_nouns:
        extended = _extended_attribute(lex.articles, lex.attribute_prepositions, lex.adjective_endings) if lex.attribute_prepositions else None
        s = extended.sub(r"\1", s, count=1) if extended is not None and extended.match(s) else s  # "der für die Aufsicht zuständige Vizechef X" → "der Vizechef X"
    lead = _LEAD_WORD.match(s)
    age = lex.age_attribute.match(s, lead.end()) if lex.age_attribute and lead and lead.group(1).lower() in lex.articles else None
    if age:
        s = s[:lead.end()] + s[age.end():]  # type: ignore[union-attr]  # "der 35 Jahre alte Aufbauspieler" → "der Aufbauspieler"
    named = ROLE_THEN_NAME.match(s)
    if (named and named.group(1).lower() in lex.articles and _first_name(named.group(3).split()[0])
            and any(lex.is_role(w) for w in named.group(2).split())):
        return named.group(3)  # "äußerte der Fraktionsvorsitzende der Grünen im Landtag, Mathias Wagner."
    words = s.split()
    while len(words) > 2 and (words[0].lower() in lex.day_prepositions and words[1][:1].isupper()
                              or (words[0] in lex.month_parts and words[1].strip(".,:").lower() in lex.month_numbers)):
        words = words[2:]  # "sagte am Mittwoch der Minister", "erklärte Anfang März: …"
    out: list[str] = []
    skip = 0
    for k, w in enumerate(words):
        if skip:
            skip -= 1
            continue
        if out and w.startswith("("):
            break  # "sagte Ministerin Heike Hofmann (SPD)": the party is no part of the name
        if lex.capitalised_nouns and lex.org_linker and w == lex.org_linker and out and lex.org_heads and out[-1].lower().endswith(lex.org_heads):
            tail = _org_tail(lex.org_linker, lex.pair_joiners, lex.adjective_endings).match(" ".join(words[k:]))
            if tail:  # "teilte das Komitee für nationale Sicherheit mit", "die Agentur für Arbeit": the name goes on
                org_words = tail.group(0).split()
                out.extend(x.strip(",.;:") for x in org_words)
                skip = len(org_words) - 1
                if org_words[-1][-1:] in ",.;:":
                    break
                continue
        bare = w.strip("\"'„“”»«,.;:!?()")
        low = bare.lower()
        if out and w == bare and len(bare) == 1 and bare.isupper() and _capital(out[-1]) and k + 1 < len(words) and _capital(words[k + 1]):
            out.append(bare)  # "said researcher Leena A Hilakivi-Clarke": an initial written without its stop, not an article
            continue
        if len(out) == 1 and out[0] in lex.pronouns:
            break  # "sagte er zu Reportern": the pronoun is the whole subject
        if (not out and low in lex.cue_object_prepositions and k + 1 < len(words)
                and (words[k + 1].lower() in lex.articles or words[k + 1].lower() in lex.indefinite_articles)):
            break  # "appellierte an die Solidarität": a preposition's object, not the subject
        if not out and bare.islower() and (low in lex.auxiliaries or lex.subjunctive.fullmatch(low)):
            break  # "Wie der Experte erklärt seien Putins Sorgen …": a finite verb opens the next clause, no subject
        if not out and low in lex.cue_adverbs:
            if w.endswith((",", ":")):
                break  # "Israel gab an, seine Soldaten seien …": the cue's clause ends; what follows is reported
            continue
        genitive = (lex.capitalised_nouns and low == "des" and k + 1 < len(words) and _capital(words[k + 1].strip(",.;:"))
                    and len([o for o in out if o[:1].isupper()]) == 1 and _dictionary_word(next(o for o in out if o[:1].isupper())))
        if genitive:
            out.append(bare)  # "teilte das Regionalkommando des US-Militärs mit": a common noun and its owner
            continue
        if out and (low in lex.articles or low in lex.indefinite_articles or (lex.capitalised_nouns and low in lex.np_breakers)) and any(o[:1].isupper() and not lex.is_role(o) for o in out):
            break  # a new noun phrase: "sagt Meuser dem Netzwerk", "erklärte X zu Beginn"
        if lex.capitalised_nouns and out and low in lex.oblique_articles and any(o[:1].isupper() for o in out):
            break  # "sagte der CDU-Politiker den Zeitungen": after a role too, a dative starts the listener
        if out and _listener_follows(words, k, out, lex):
            break  # "sagte ein Polizeisprecher der Deutschen Presse-Agentur"
        if out and low in lex.coordinators and all(lex.is_role(o) for o in out):
            out.append(bare)  # "sagte NBC-Kommentator und dreifach-NBA-Champion Dwyane Wade": two roles, one person
            continue
        if out and out[-1].lower() in lex.articles and bare.isdigit():
            out.append(bare)  # "unterstreichen die 16 beteiligten Institute"
            continue
        if out and out[-1] in lex.coordinators and "-" in bare and _capital(bare.rsplit("-", 1)[-1]):
            out.append(bare)  # "dreifach-NBA-Champion"
            continue
        if (not lex.capitalised_nouns and out and out[0].lower() in lex.articles and all(_capital(o) for o in out[1:]) and bare.islower() and lex.is_role(bare)):
            out.append(bare)  # "said the spokesman, who …", "said the Italian expert": an English role is written small
            break
        if _capital(bare) or low in lex.articles or low in lex.function_words or (out and bare.islower() and low.endswith(lex.np_word_endings) and low not in lex.not_subject
                                                                                  and not (lex.capitalised_nouns and any(_capital(o) for o in out))) or (not out and bare.islower() and low.endswith(lex.np_word_endings) and low not in lex.plain_pronouns):
            out.append(bare if not lex.is_role(w) else w)
            if w[-1:] in ",.;:!?\"“”»«)" and not (lex.is_role(w) or _INITIAL_DE.fullmatch(w) or bare.endswith("-")):
                # "Gesundheits-, Sozial- und Integrationsdirektor": a truncated compound goes on
                break
        else:
            break
    while out and not (_capital(out[-1]) or out[-1].lower() in lex.pronouns or (not lex.capitalised_nouns and len(out) > 1 and lex.is_role(out[-1]))):
        out.pop()
    return " ".join(out) or None


PARENTHESES: Final = re.compile(r"\s*\([^()]{0,120}\)")


@lru_cache(maxsize=8)
def _org_tail(linker: str, joiners: frozenset[str], endings: tuple[str, ...]) -> re.Pattern[str]:
    """The rest of an organisation's name after its head noun and the pack's ``linker``, up to two
    capitalised words joined by one of ``joiners``, each after up to two inflected adjectives
    (``endings``): "für nationale Sicherheit", "für Migration und Flüchtlinge"."""
    adjective = rf"[a-zäöüß]+(?:{_alternatives(frozenset(endings))})\s+"
    word = r"[A-ZÄÖÜ][\w-]*[,.;:]?"
    return re.compile(rf"{re.escape(linker)}\s+(?:{adjective}){{0,2}}{word}(?:\s+(?:{_alternatives(joiners)})\s+(?:{adjective})?{word})?")


@lru_cache(maxsize=8)
def _adjective_led(endings: tuple[str, ...]) -> re.Pattern[str]:
    """A source that opens with an inflected adjective (``endings``) before its noun ("laut
    libanesischen Angaben")."""
    return re.compile(rf"[a-zäöüß]+(?:{_alternatives(frozenset(endings))})\s+[A-ZÄÖÜ]")


@lru_cache(maxsize=8)
def _source_end(links: frozenset[str], endings: tuple[str, ...]) -> re.Pattern[str]:
    """Where a named source ends: at its first small word that is none of the pack's ``links``
    (articles, prepositions) nor an inflected adjective (``endings``) before a noun, and all after it."""
    return re.compile(rf"\s+(?!(?:{_alternatives(links)})\b)(?![a-zäöüß]*(?:{_alternatives(frozenset(endings))})\s+[A-ZÄÖÜ])[a-zäöüß]\S*.*$")


@lru_cache(maxsize=None)
def _extended_attribute(articles: frozenset[str], prepositions: frozenset[str], endings: tuple[str, ...]) -> re.Pattern[str]:
    """An article, a prepositional phrase (the pack's ``attribute_prepositions``) and an inflected
    participle or adjective before the noun ("der für die Aufsicht zuständige Vizechef")."""
    return re.compile(r"^(\s*(?:" + "|".join(sorted(articles)) + r")\s+)" + _attribute_tail(prepositions, endings))


def _attribute_tail(prepositions: frozenset[str], endings: tuple[str, ...]) -> str:
    """The pattern of an attribute after its article: a prepositional phrase and an inflected
    participle or adjective (``endings``) right before a capitalised noun."""
    return (r"(?:" + "|".join(sorted(prepositions)) + r")\s+[^,.;:„“\"»«]{1,60}?\s[a-zäöüß]+(?:"
            + _alternatives(frozenset(endings)) + r")\s+(?=[A-ZÄÖÜ])")


@lru_cache(maxsize=None)
def _opening_attribute(articles: frozenset[str], prepositions: frozenset[str], endings: tuple[str, ...]) -> re.Pattern[str]:
    """``_extended_attribute`` where a sentence opens, the article capitalised or not ("Der von der
    Miliz kontrollierte Zivilschutz teilte mit"), the article kept as group 1; matched at each
    sentence's start (within a sentence the cue's noun phrase and the document patterns step over
    such an attribute themselves)."""
    return re.compile(r"((?i:" + "|".join(sorted(articles)) + r")\s+)" + _attribute_tail(prepositions, endings))


# two capitalised words and an apposition that gives a role: "Guim Roda, der aktuelle Team-Manager von KRT,"
_NAME_WITH_ROLE: Final = re.compile(r"\b([A-ZÄÖÜ][\w'’-]+ [A-ZÄÖÜ][\w'’-]+), (\w+ [^,]{3,60}),")
# an article, a role phrase, then the name in apposition closing the clause
ROLE_THEN_NAME: Final = re.compile(r"^\s*(\w+)\s+([^,.;:„“\"»«()]{3,80}?),\s+((?:[A-ZÄÖÜ][\w'’-]+\s+){1,2}[A-ZÄÖÜ][\w'’-]+)(?=\s*(?:[.;,]|$))")
_SHORT_QUOTED: Final = re.compile(r"\s*[\"“‘'][^\"“”]*,\s*[\"”’']")


def _short_quoted(head: str) -> bool:
    """'"It was chaos," said X', '"It was chaos," X said': the words before the cue are a quote too
    short to count as one (and no reported clause either)."""
    m = _SHORT_QUOTED.match(head)
    return m is not None and "," not in head[m.end() :] and len(re.findall(r"\w+", m.group(0))) < 4


NAME_SHAPE: Final = re.compile(r"^[A-ZÄÖÜ][\w'’.-]+\s+(?:[A-ZÄÖÜ][\w'’.-]*\s+)?(?:[A-ZÄÖÜ]|[a-z]{1,6}-[A-ZÄÖÜ])[\w'’-]+$")  # (also "Mehdi iran-Nejad", "Abdel al-Hilu", "Leena A Hilakivi-Clarke")


def _listener_follows(words: list[str], k: int, out: list[str], lex: FigureLexicon) -> bool:
    """Whether "der" at ``words[k]`` opens the listener, a medium in the dative ("ein Polizeisprecher
    der Deutschen Presse-Agentur", "Müller der „Süddeutschen Zeitung“"), not the speaker's employer
    in the genitive ("ein Sprecher der Nachrichtenagentur Reuters"): the speaker before it is whole
    already — a name, or a spokesperson whose word names the organisation ("Polizeisprecher")."""
    if not (lex.capitalised_nouns and lex.media_nouns and lex.listener_article and words[k].lower() == lex.listener_article and lex.role_compound_heads):
        return False
    head = next((o.strip("\"'„“”»«") for o in reversed(out) if o[:1].isupper()), None)
    if head is None or "-" in head:
        return False
    low = head.lower()
    whole = (any(low.endswith(h) and len(low) > len(h) + 2 for h in lex.role_compound_heads)  # "Polizeisprecher", not "Sprecher"
             or (not lex.is_role(head) and not _dictionary_word(head) and _GIVEN_NAME.match(head) is not None))  # a surname
    if not whole:
        return False
    for w in words[k + 1 : k + 4]:
        bare = w.strip("\"'„“”»«,.;:").lower()
        if bare.endswith(lex.media_nouns) or bare in lex.media_names:
            return True
        if not w.strip("\"'„“”»«")[:1].isupper():
            return False
    return False


def _np_before(s: str, lex: FigureLexicon) -> str | None:
    """The sentence subject before a cue verb: "Die französische Ministerin Eva Klein, …",
    "Der Gouverneur, Eva Klein, kritisierte", "US-Außenminister Blinken hatte … gewarnt"."""
    s = PARENTHESES.sub(" ", s) if "(" in s else s  # "Die Garden (IRGC, Teil der Streitkräfte) haben erklärt"
    chunks = [c.strip() for c in s.split(",")]
    if len(chunks) >= 3 and len(chunks[0].split()) <= 6 and not any(w.lower() in lex.auxiliaries for w in chunks[0].split()) and (
            NAME_SHAPE.match(chunks[1]) or (" " not in chunks[1] and chunks[1].isalpha() and chunks[1][:1].isupper() and (_surname_like(chunks[1]) or not _dictionary_word(chunks[1]))
                                            and any(lex.is_role(w) for w in chunks[0].split()))):
        # an apposition that names the subject (not "hat sich die Zeitung gegen Aussagen des Ministers, X, gestellt");
        # also a surname alone after a role ("Der Geschäftsführer der Fraktion, Buschmann, appellierte")
        return chunks[1]
    words = chunks[0].split()
    while words and (words[0].lower() in lex.subject_fillers or (words[0].lower() in lex.subordinators and len(words) > 1
                                                            and (words[1].lower() in lex.articles or words[1][:1].isupper() or words[1] in lex.pronouns))):
        words = words[1:]  # "als die Interviewerin X fragt", "wie der Minister sagte"
    if not words or words[0].lower() in lex.not_subject:
        return None
    if not lex.capitalised_nouns:
        # English nouns are lowercase: the whole short phrase is the subject ("a friend of the actress")
        while words and words[0].lower() in lex.subject_fillers:
            words = words[1:]
            while words and words[0].lower() in lex.subordinators and len(words) > 1 and words[1] in lex.pronouns:
                words = words[1:]  # "… the battery, even when he said that …": the pronoun
        if len(words) > 2 and (words[0].lower() in lex.month_numbers or words[0].lower() + "." in lex.month_numbers) and words[1].isdigit():
            words = words[2:]  # "Washington, Jan 1 (IANS) Researchers have found": the dateline's day
        kept: list[str] = []
        for w in words:
            if w.lower() in lex.auxiliaries or w in lex.np_breakers or (kept and w.islower() and w.endswith("ed") and len(w) > 4):
                break  # "An official looked at her and said": the verb ends the subject
            if (kept and kept[-1][:1].isupper() and w.islower() and w.endswith("ly") and len(w) > 4
                    and lex.common_word is not None and not lex.common_word(kept[-1])):  # (not "Another elderly man")
                break  # "Blackmore openly admits …": an adverb after the name ends the subject
            if w == lex.affiliation_preposition and len(kept) >= 2 and all(k[:1].isupper() for k in kept):
                break  # "John Paul Fraser of National Public Relations": the person speaks
            kept.append(w.strip("\"'“”"))
        if len(kept) >= 2 and kept[1][:1].isupper() and lex.age_attribute is not None and lex.age_attribute.fullmatch(kept[0] + " "):
            kept = kept[1:]  # "25-year-old Guzel said": the age is no part of her name
        return " ".join(kept) if 0 < len(kept) <= 8 else None
    out: list[str] = []
    for k, w in enumerate(words):
        low = w.lower()
        if out and any(o[:1].isupper() for o in out) and w[:1].islower() and low.startswith(tuple(lex.possessive_pronouns)):
            break  # "Gouverneur Ron DeSantis seine Unterstützung …": the possessive opens the object
        if low in lex.auxiliaries or (low in lex.np_breakers and any(o[:1].isupper() for o in out)
                                      and not (low == lex.org_linker and out and out[-1].lower().endswith(lex.org_heads or ("\0",)))):
            break  # (not "Das Institut für Arbeitsschutz": the name goes on)
        if out and _listener_follows(words, k, out, lex):
            break  # "Wie ein Polizeisprecher der Deutschen Presse-Agentur sagte": the listener
        if w[:1].isupper() or low in lex.articles or low in lex.function_words or w in lex.pronouns:
            out.append(w)
            continue
        # a lowercase word stays only inside "autoritär regierender Präsident": no article before the noun
        if lex.past_endings and low.endswith(lex.past_endings) and not (k and words[k - 1].lower() in lex.articles) and not low.endswith(lex.not_past_endings):
            break  # "Kurz gratulierte Netanjahu": a finite verb ends the subject
        rest = words[k + 1 :]
        noun_at = next((j for j, r in enumerate(rest) if r[:1].isupper()), None)
        if noun_at is None or any(r.lower() in lex.articles for r in rest[:noun_at]):
            break
        out.append(w)
    if not out or len(out) > 8:
        return None
    while out and not (out[-1][:1].isupper() or out[-1] in lex.pronouns):
        out.pop()
    if all(w.lower() in lex.articles or w.lower() in lex.function_words for w in out):
        return None  # "Die in diesen Trams …": an article is no subject
    return " ".join(w.strip("\"'„“”»«") for w in out) or None


def lex_subj(lex: FigureLexicon, rest: str) -> bool:
    """Whether what follows a cue reads as the reported clause (",  die Lage sei …")."""
    m = _COMMA_SPACE.search(rest)
    return bool(m and lex.reported(rest[m.end():]))


@dataclass
class _Speech:
    speaker: str
    cue: str | None
    at: int = -1  # where the cue stands in the article, when it is a verb found there (-1: read it off the sentence)


# the ends of web addresses, which follow a name's period with no space ("Deadlinehollywooddaily.com", "Merkur.de")
_DOMAINS: Final = frozenset("com org net de at ch uk fr it es nl pl ru eu gov edu info tv io co us ca au in cn jp biz news online".split())


def _complementizer_after(rest: str, word: str) -> bool:
    """Whether the pack's complementizer ("that") follows a cue within its next six words ("told The
    New York Times that …", "said that …"): the clause after it is the report."""
    return re.match(r"\s+(?:[\w.'’-]+\s+){0,5}?" + re.escape(word) + r"\s", rest) is not None


@lru_cache(maxsize=8)
def _named_listener(complementizer: str) -> re.Pattern[str]:
    """Names right after a cue and then the complementizer ("warned Trump that …"): the listener."""
    return re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}" + re.escape(complementizer) + r"\s")


@lru_cache(maxsize=8)
def _hyphen_anaphors(anaphors: frozenset[str]) -> tuple[str, ...]:
    """The person words with a hyphen ("year-old"), which end a longer word ("22-year-old")."""
    return tuple(a for a in _anaphor_endings(anaphors) if "-" in a) or ("\0",)


@lru_cache(maxsize=8)
def _clause_lead(template: str, named: str) -> re.Pattern[str]:
    """A pack's ``ClauseLead.lead`` with its ``{named}`` slot filled, compiled once."""
    return re.compile(template.format(named=named))


_NAME_TOKEN: Final = re.compile(r"(?<![\w'’-])[A-ZÄÖÜ][\w&'’.-]*[\w]")


class _Extractor:
    def __init__(self, article: Article, lex: FigureLexicon) -> None:
        self.a = article
        self.text = article.text
        self.lex = lex
        self.spans = [(s, e) for s, e in quote_spans(self.text, lex) if _WORD.search(self.text, s, e) is not None]
        self.direct_spans: list[tuple[int, int]] = []  # the spans long enough to be quotes (set by run)
        pieces: list[str] = []
        done = 0
        starts = [sp.start for sp in article.sentences]
        for s, e in sorted(self.spans):  # quoted words and their marks, blanked once for cue searches
            a = max(done, s - (2 if self.text[max(0, s - 2) : s] == "``" else 1))
            b = min(len(self.text), e + (2 if self.text[e : e + 2] == "''" else 1))
            if b > a:
                # a comma that closes quoted words inside a sentence stays ('The plan was "a failure for workers
                # who …," said Tom Baker'): what follows attributes the sentence around them
                lead = re.split(r"[.!?][\s\"“”»«]", self.text[starts[max(0, bisect_right(starts, a) - 1)] : a])[-1] if starts else ""
                inside = (self.text[e - 1 : e] == "," and b - a > 2 and _words(lead) >= 2 and not lead.rstrip().endswith(":")
                          and not lex.speech_verbs.search(lead))  # (not "Lopez told police that '…,' the source said": Lopez's words)
                pieces += (self.text[done:a], " " * (b - a - 1) + ("," if inside else " "))
                done = b
        self.masked = "".join(pieces) + self.text[done:]
        self.names = _Names(self.text, self.masked, lex, [sp.start for sp in article.sentences])
        if lex.capitalised_nouns and lex.attribute_prepositions:
            # "Der von der Miliz kontrollierte Zivilschutz teilte mit": the attribute before the noun blanked for the
            # speaker search too, as the noun phrase after a cue drops it (the name index above still saw its words)
            opening = _opening_attribute(lex.articles, lex.attribute_prepositions, lex.adjective_endings)
            for sp in article.sentences:
                m = opening.match(self.masked, sp.start)
                if m:
                    self.masked = self.masked[: m.end(1)] + " " * (m.end() - m.end(1)) + self.masked[m.end() :]
        # the words a source or a document source needs, each list as one pattern (cheap tests before costlier ones)
        self._source_hints = (_literals(lex.attribution_words + (lex.possessive_hints if lex.possessive_source is not None else ()))
                              if lex.attribution_words else None)
        self._document_hints = tuple(_literals(h) for h in lex.document_source_hints)
        self._compounds: dict[str, list[tuple[int, str]]] = {}
        self.starts = [sp.start for sp in article.sentences]
        self.last_speaker: str | None = None
        self.last_speech_sentence = -10
        self.source_only = -10  # a sentence that named a source but quoted nothing
        self.last_speech_start = -1
        self.breaks = [m.start() for m in re.finditer("\n\n", self.text)]
        self._continues: dict[int, bool] = {}
        self.previous: tuple[int, str, int] | None = None  # the sentence before, for its subject
        self.unquoted: tuple[int, str] = (-10, "")  # the last sentence with a cue and speaker but no quote
        self.si = 0
        self.quotes: list[dict[str, Any]] = []

    # -- speakers ---------------------------------------------------------------------------

    @cached_property
    def genders(self) -> dict[str, str]:
        """Each person's gender where the article tells it: a title or role word ("Mrs.", "spokesman",
        "Sprecherin") and the pronouns of sentences that name this person alone ("Page … her bio")."""
        lex = self.lex
        votes: dict[str, Counter[str]] = {}
        for surname, role in self.names.roles.items():
            full = self.names.full.get(surname) or (surname if self.names.alone[surname] else None)  # ("Sängerin Beyoncé": one name)
            gender = self._role_gender(role)
            if full and gender:
                votes.setdefault(full, Counter())[gender] += 3
        if lex.feminine_articles and lex.feminine_role_suffix:
            for full in self.names.people:
                at = self.masked.find(full)
                while at > 0:
                    before = self.masked[max(0, at - 40) : at].split()[-2:]
                    if (len(before) == 2 and before[0].lower() in lex.feminine_articles and before[1][:1].isupper()
                            and before[1].endswith(lex.feminine_role_suffix) and not _first_name(before[1])):
                        votes.setdefault(full, Counter())["f"] += 3  # "die Kundin Lindsay Gay"
                        break
                    at = self.masked.find(full, at + 1)
        if lex.pronoun_gender:
            # a sentence that opens with the person's name and goes on with a subject pronoun
            # about the same person ("Page said she regretted …"), nobody else named in it
            full_of: dict[str, str | None] = {}  # a mention's text -> the person its last word names
            for sp in self.a.sentences:
                mentions = self.names.between(sp.start, sp.end)
                if not mentions or _WORD.search(self.masked, sp.start, mentions[0].start) is not None:
                    continue  # the sentence must open with the name
                people = set()
                for m in mentions:
                    if m.name not in full_of:
                        full_of[m.name] = self.names.full.get(_base(m.name.split()[-1]))
                    people.add(full_of[m.name])
                if len(people) != 1 or None in people:
                    continue
                gap = len(self.masked[mentions[-1].end : sp.end]) - len(self.masked[mentions[-1].end : sp.end].lstrip())
                cue = lex.speech_verbs.match(self.masked, mentions[-1].end + gap, sp.end)
                said = _NEXT_WORD.match(self.masked, cue.end(), sp.end) if cue else None
                if said and said.group(1) in lex.pronouns and (g := lex.pronoun_gender.get(said.group(1).lower())) is not None:  # (not "told her")
                    votes.setdefault(people.pop(), Counter())[g] += 1  # type: ignore[arg-type]
        return {who: max(c, key=c.__getitem__) for who, c in votes.items() if c and max(c.values()) > 2 * min(c.get("m", 0), c.get("f", 0))}

    def _role_gender(self, role: str) -> str | None:
        """The gender a role word tells ("Sprecherin": f, "spokesman": m; "die Vorsitzende": either)."""
        lex = self.lex
        word = role.lower().rsplit("-", 1)[-1]
        return lex.role_gender.get(word) or (
            ("f" if word.endswith(lex.feminine_role_suffix) else None if word.endswith(lex.epicene_role_endings or ("\0",)) else "m")
            if lex.feminine_role_suffix and lex.is_role(role) else None)

    def _noun_gender(self, article: str, noun: str) -> str | None:
        """The gender a person noun and its article tell where the pack marks feminine nouns ("die
        Künstlerin": f, "der Künstler": m; "die Künstler", a plural: neither)."""
        lex = self.lex
        if not lex.feminine_role_suffix or article.lower() not in lex.articles:
            return None
        if noun.endswith(lex.feminine_role_suffix):
            return "f" if article.lower() in lex.feminine_articles else None
        return "m" if article.lower() not in lex.non_masculine_articles else None

    def _named_here_only(self, person: str, role: str, start: int, at: int) -> bool:
        """Whether ``person`` is named only in what a closing attribution reports: between ``start``
        and the comma that sets off the attribution (``role`` and the cue at ``at``), and nowhere
        before (someone the report is about, not who gives it; not "US Secretary of State Mike
        Pompeo said", nor an apposition: "Lamas' son, actor Lorenzo Lamas, tweeted", "X, the
        health director, said")."""
        named = [m for m in self.names.between(0, at) if self.names.full.get(_base(m.name.split()[-1])) == person]
        comma = self.text.rfind(",", start, at)
        attribution = self.text[comma + 1 : at]
        last = max(named, key=lambda m: m.start) if named else None
        return (last is not None and min(m.start for m in named) >= start and comma > last.start
                and self.text[last.end : comma].strip() != ""  # (not "“…,” Jill Franken, Sioux Falls Public Health Director said")
                and len(attribution.split()) <= 6 and bool(role) and role.lower() in attribution.lower())

    def _speaker_of_gender(self, want: str | None, person: str | None) -> str | None:
        """``person`` (named last), or who spoke in the last two sentences where a gendered noun fits
        only that speaker: "schrieb Beyoncé dem Staatsanwalt Daniel Cameron. „…“, schrieb die
        Künstlerin" — she who just wrote, not the man named after her."""
        speaker = self.last_speaker
        if (want is None or not person or not speaker or speaker == person or self.si - self.last_speech_sentence > 2
                or not (speaker in self.names.people or self.names.known(speaker))):
            return person
        return speaker if self.genders.get(speaker) == want and self.genders.get(person) != want else person

    def _beside_singular_cue(self, pronoun: str, at: int) -> bool:
        """Whether a cue verb next to the pronoun (``at``: where the cue or the pronoun stands) is in
        the singular ("sagte sie", "sie erklärte"; not "sagten sie")."""
        lex = self.lex
        if pronoun.lower() not in lex.singular_pronoun_gender or not lex.plural_cue_endings:
            return False
        words = [w.strip(",.:;") for w in self.masked[max(0, at - 20) : at + 20].split()]
        cues = [w for k, w in enumerate(words) if lex.speech_verbs.fullmatch(w) is not None
                and pronoun in words[max(0, k - 1) : k + 2]]  # the cue and the pronoun side by side
        return bool(cues) and not any(w.endswith(lex.plural_cue_endings) for w in cues)

    def main_body(self, at: int) -> str | None:
        """For "the company" where the NER lexicon types no organisation (``_Names.main_organisation``):
        the name the article writes most often before ``at`` — at least twice, more often than any
        other, and no person's, place's, month's or day's ("U-Haul" three times; "Arizona" more
        often, but a place) — as written the last time; None if no name stands out. A capitalised
        common word that opens a sentence counts only where the name stands elsewhere too."""
        counts: Counter[str] = Counter()
        openers: Counter[str] = Counter()
        last: dict[str, tuple[int, int]] = {}
        sentence_starts = set(self.starts)
        for m in _NAME_TOKEN.finditer(self.masked, 0, at):
            token = m.group(0)
            key = token.rstrip(".").removesuffix("'s").removesuffix("’s")
            low = key.lower()
            opening = m.start() in sentence_starts or m.start() == 0 or self.masked[m.start() - 1] == "\n"
            if (len(key) < 2 or low in self.lex.articles or low in self.lex.pronouns or low in self.lex.weekdays or low in self.lex.month_numbers
                    or key in self.names.full or _base(key) in self.names.full or _place(key) or _country_or_region(key)):
                continue
            if self.lex.capitalised_nouns:
                if not _proper_noun(key) and _dictionary_word(key):
                    continue  # a German noun, capitalised as all are
            elif opening and self.lex.common_word is not None and self.lex.common_word(key):
                openers[key] += 1  # "If", "People" opening a sentence (or "Microsoft has released …")
                continue
            counts[key] += 1
            last[key] = m.span()
        for key, n in openers.items():
            if key in counts:
                counts[key] += n
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        a, b = last[ranked[0][0]]
        while True:  # the name as written around its last mention ("Alaska Airlines")
            before = re.search(r"(?:^|\s)([A-Z][\w&'’-]*)\s+$", self.masked[max(0, a - 40) : a])
            if before is None:
                break
            word, at_word = before.group(1), max(0, a - 40) + before.start(1)
            if word.lower() in self.lex.articles or (at_word in sentence_starts and self.lex.common_word is not None and self.lex.common_word(word)
                                                     and not (_place(word) or _country_or_region(word))):
                break  # ("The", "If")
            a = at_word
        after = re.match(r"(?:\s+[A-Z][\w&'’-]*)*", self.masked[b : b + 60])
        name = self.masked[a : b + (after.end() if after else 0)].rstrip(".")
        return re.sub(r"(?:'s|’s)$", "", name)

    def resolve(self, phrase: str | None, at: int) -> str | None:
        if not phrase:
            return None
        words = phrase.split()
        if len(words) > 1 and words[0][:1].isupper() and words[0].lower() in self.lex.not_subject and (known := self.names.resolve(" ".join(words[1:]))):
            return known  # "Later O'Connor said": the adverb that opens the sentence is no part of the name
        if phrase.lower() in self.lex.speaker_pronouns:
            want = self.lex.pronoun_gender.get(phrase.lower()) or (
                self.lex.singular_pronoun_gender.get(phrase.lower()) if self._beside_singular_cue(phrase, at) else None)

            def fits(who: str | None) -> bool:  # "she" is no man the article calls "he" (nor is "er" an unresolved "sie")
                if who and want is not None and who in self.lex.pronouns and who.lower() != phrase.lower():  # type: ignore[union-attr]
                    return False
                if who and want == "m" and self.lex.non_masculine_articles and who not in self.names.people:
                    named = self.masked.rfind(who, 0, at)
                    article = (who.split()[:1] if who.split()[0].lower() in self.lex.articles else
                               self.masked[max(0, named - 12) : named].split()[-1:] if named > 0 else [])
                    if article and article[0].lower() in self.lex.non_masculine_articles:
                        return False  # "Die Regierung …. „…“, sagte er": he is not the government
                return bool(who) and (want is None or self.genders.get(who, want) == want)  # type: ignore[arg-type]

            here = self.a.sentences[self.si].start if self.si < len(self.a.sentences) else at
            named = [m for m in self.names.between(here, at) if self.names.full.get(_base(m.name.split()[-1]))]
            fitting = [who for who in (self.names.full[_base(m.name.split()[-1])] for m in reversed(named)) if fits(who)]
            if fitting and self.lex.capitalised_nouns:
                return fitting[0]  # "…, bezweifelt X: …, schreibt er" (the last one named whom the pronoun fits)
            subject = self.previous_subject()
            if subject is not None and subject.lower() in self.lex.pronouns:
                # "X advised … . He also recommended … . …, he said": X (the same pronoun only: not "She …. He said")
                chained = self.chain_subject() if subject.lower() == phrase.lower() else None
                subject = chained if chained in self.names.people else None
            if subject and subject != self.last_speaker and subject in self.names.people and self.last_speech_sentence < self.si - 1 and fits(subject):
                return subject  # "Zuletzt hatte sich Bischof X geäußert. … hatte er eingeräumt, …"
            only = self.only_person_before() if self.lex.capitalised_nouns else None
            if only and only != self.last_speaker and self.last_speech_sentence < self.si - 1 and fits(only):
                return only  # "… sprach sich X aus. Er forderte, …": the one person just named
            anonymous = self.previous_person_noun() if self.lex.capitalised_nouns else None
            if anonymous and fits(anonymous):
                return anonymous  # "Dann meldet sich der Familienvater zu Wort. Er spricht: „…“": no name, the role
            spoke = self.last_speaker if self.last_speaker and (self.lex.capitalised_nouns or self.last_speaker[:1].isupper() or self.lex.is_role(
                self.last_speaker.split()[-1]) or self._person_noun(self.last_speaker.split()[-1])) and fits(self.last_speaker) else None
            if spoke and not self.lex.capitalised_nouns and spoke == self.names.main_organisation:
                spoke = None  # "… which the firm says …. … when Schiller announced the battery, even when he said": "he" is no company
            if spoke and self.si - self.last_speech_sentence <= 2:
                return spoke  # who was just speaking goes on (English "she" is no "bio", German "sie" may be an office)
            if subject and subject.lower() not in self.lex.pronouns and fits(subject) and (
                    self.lex.capitalised_nouns or subject in self.names.people or self.names.resolve(subject) in self.names.people
                    or self.lex.is_role(subject.split()[-1]) or (self.lex.common_word is not None and not self.lex.common_word(subject))):
                return subject  # (an English "she" is a person or a name, not a common word: not "Perhaps the most memorable photos …")
            dominant = self.dominant_speaker()
            if dominant and not self.someone_else_since(at) and fits(dominant):
                return dominant  # "…, erzählt sie." in a portrait of one woman, nobody else named since she spoke: her
            if want and not spoke:
                first = self.names.last_first_name_before(at, here - 400)  # (a given name alone, if it is no surname of someone who does not fit)
                return next((who for who in self.names.last_people_before(at, 6) if fits(who)), None) or (
                    first if first and fits(self.names.full.get(_base(first), first)) else None)
            if spoke and 0 <= self.last_speech_sentence < len(self.a.sentences):
                since = self.a.sentences[self.last_speech_sentence].end
                other = self.names.last_person_before(at, since)
                opening = self.a.sentences[self.si - 1] if self.si > self.last_speech_sentence + 1 else None
                if (other and other != spoke and fits(other) and opening is not None and other.split()[-1] in self.masked[opening.start : opening.start + 40]
                        and _first_name(other.split()[0]) and not (self.lex.common_word is not None and self.lex.common_word(other.split()[-1]))):
                    return other  # "Mr Steele said … . The pastor, Larry Kroon, declined to say … . "…," he said": the subject since
            return spoke or self.names.last_person_before(at) or self.names.last_first_name_before(at, here - 400)
        if not self.lex.capitalised_nouns and len(words) == 2 and words[1].lower().strip("'’") in ("ve", "re", "ll", "d"):
            phrase, words = words[0], words[:1]  # "They 've argued": a contraction split off by the tokenizer
        if phrase.lower() in self.lex.neuter_pronouns and self.previous is not None and self.previous[0] == self.si - 1:
            # "The UN was incensed … It said …", "Critics of the act … They've argued that …": the body the sentence before opens with
            _, p_sentence, p_start = self.previous
            body = _opening_body(self.lex.body_articles).match(self.masked[p_start : p_start + len(p_sentence)])
            plural = bool(body) and body.group(1).endswith("s") and not body.group(1).isupper()  # type: ignore[union-attr]
            if (body and body.group(1) not in self.names.people and not _adverb(body.group(1).split()[0]) and body.group(1).lower() not in self.lex.not_subject
                    and body.group(1).split()[0].lower() not in self.lex.function_words | self.lex.increment_words  # (not "Another anticipated ruling")
                    and (phrase.lower() != "it" or not plural)
                    and (self.lex.capitalised_nouns or " " in body.group(1) or not body.group(1).endswith("ly") or _country_or_region(body.group(1)))):
                # (English: not an adverb opening the sentence, "Early in her campaign, the church …")
                return body.group(1)  # ("it" is no plural: "Attackers could … It said …" is the company again)
            if self.last_speaker and self.si - self.last_speech_sentence <= 2:
                return self.last_speaker  # "…, Microsoft said. … had already been reported, it said."
        owner = re.match(r"^(.*\S)\s?(?:'s|’s|’ s|' s)\s+(?:own\s+)?(?:announcement|statement|letter|report|release|memo|message|tweet|post|website|note|decree|speech|remarks"
                         r"|calculations?|estimates?|figures|data|count|tally|account)$", phrase)
        if owner and not self.lex.capitalised_nouns:
            return self.resolve(owner.group(1), at)  # "President Obama's announcement noted that …": Obama's words
        if len(words) == 3 and words[1].lower() in self.lex.pair_words and words[0].lower() in self.lex.articles:
            pair = self.names.last_people_before(at, 2, self.para_start(at, back=3))
            if len(pair) == 2:
                return f"{pair[1]} und {pair[0]}" if self.lex.capitalised_nouns else f"{pair[1]} and {pair[0]}"  # "die beiden Demokraten"
        if words and words[-1].lower() in self.lex.document_nouns and self.lex.document_issuer and len(words) <= 3:
            issuer = self.document_issuer(words[-1].lower(), at)
            if issuer:
                return issuer  # "…, the statement said": the government that issued it
            if self.last_speaker and self.si - self.last_speech_sentence <= 2 and words[0].lower() in self.lex.articles and words[0][:1].islower():
                return self.last_speaker  # "…, so die Warnung": the warning of who spoke just before
        caps = [w for w in words if w[:1].isupper() and w.lower() not in self.lex.articles]
        if len(caps) == 2 and self.lex.is_role(caps[0]) and caps[-1].endswith("s") and not self.lex.is_role(caps[-1]):
            return " ".join(words)  # "ein Sprecher Roths": a role tied to a name, kept as said
        office = self.lex.office_of.match(phrase) if not self.lex.capitalised_nouns else None
        if office and self.lex.is_role(office.group(1)):
            # "The president of South Sudan": the holder of the office, named before or later in the article (not the country)
            return (self.names.last_holder_before(office.group(1), at) or self.names.last_holder_before(office.group(1), len(self.text))
                    or phrase[office.start(1):])
        full = self.names.resolve(phrase)
        if full:
            return full
        if words[0].lower() in self.lex.indefinite_articles and len(words) > 1:
            return " ".join(words[1:])  # "An Israeli army spokesman": someone not named before
        if (len(caps) >= 2 and words[0].lower() in self.lex.articles and sum(w.lower() in self.lex.articles for w in words) == 1
                and words[1:2] != words[-1:] and _with_words(r"\s", self.lex.pair_joiners, r"\s").search(phrase) and not _with_words(r"-\s", self.lex.pair_joiners, r"\s").search(phrase)):
            # (not "die Bau- und Verkehrsministerin": one compound, its first part truncated)
            # "der Aufbauspieler und Kapitän von Real": one article, one person described twice
            cut = next(k for k, w in enumerate(words) if w.lower() in self.lex.pair_joiners)
            if cut >= 2 and (len(words) <= cut + 2 or not words[cut + 2][:1].isupper()):
                return self.resolve(" ".join(words[:cut]), at)  # (not "der Anwalt und Dissident X Y": the name follows)
        if len(caps) >= 2 and _with_words(r"\s", self.lex.pair_joiners, r"\s").search(phrase):
            return " ".join(words[1:] if words[0].lower() in self.lex.articles else words)  # two speakers together
        lead = 1 if words[0].lower() in self.lex.articles else 0
        if (self.lex.capitalised_nouns and len(words) > lead + 2 and words[lead + 1].lower() in self.lex.articles
                and self.lex.is_role(words[lead].strip(".,")) and self.last_speaker in self.names.people
                and self.si - self.last_speech_sentence <= 3):
            return self.last_speaker  # "…, so der Interimscoach der Meidericher": who has been speaking goes on
        if (self.lex.capitalised_nouns and len(words) == 2 and self.lex.feminine_role_suffix and words[0].lower() in self.lex.non_masculine_articles
                and words[0].lower() in self.lex.feminine_articles and self.lex.is_role(words[1]) and not words[1].endswith((self.lex.feminine_role_suffix, "e"))):
            return words[1]  # "Die Forscher hatten betont, dass …": a masculine role after "die" is a plural, nobody named alone
        if (caps and all(self.lex.is_role(w) for w in caps)) or (words and self.lex.is_role(words[-1].strip(".,"))):
            # a bare role ("der Staatschef"): the person last named before, unless that person
            # holds another role of the same kind ("der FDP-Chef" after "CSU-Chef X")
            role = next((w.strip(".,") for w in reversed(words) if self.lex.is_role(w.strip(".,"))), "")
            if len(words) == 2 and words[0].lower() in self.lex.possessive_pronouns and role == words[1].strip(".,") and role.lower() in self.lex.proxy_roles:
                # "her rep says": someone who speaks for the person named before, never that person
                return self.names.last_holder_before(role, at) or role
            # the person named last, within three paragraphs before this one: a live blog's
            # "der Dorfratsvorsitzende" is nobody named three entries earlier
            person = self.names.last_person_before(at, self.para_start(at, back=3))
            if person and self.si < len(self.a.sentences) and self._named_here_only(person, role, self.a.sentences[self.si].start, at):
                person = None  # "Turkey may hold off … if forces loyal to Khalifa Haftar pull back, the Turkish vice president said": Haftar is talked about
            if role[:1].isdigit() and self.last_speaker and self.last_speaker in self.names.people and self.si - self.last_speech_sentence <= 6:
                return self.last_speaker  # "betonte der 37-Jährige": the person the article follows, who spoke last
            if role[:1].isdigit() and (subject := self.previous_subject()) in self.names.people:
                return subject  # "X hat sich an Trump gewandt. …, sagt der 48-Jährige": the one the sentence before was about
            # named just before, outside what someone was reported to say ("Er kritisiert, dass X …": X is talked about)
            reported = [(q["start"], q["end"]) for q in self.quotes[-3:]]
            recent = self.si > 0 and any(self.names.full.get(_base(m.name.split()[-1])) == person and not any(s <= m.start < e for s, e in reported)
                                         for m in self.names.between(self.a.sentences[self.si - 1].start, at))
            holder = self.names.last_holder_before(role, at) if role and not recent else None
            held = self.names.roles.get(_base(person.split()[-1])) if person else None
            if recent and role and held and role.lower().lstrip("-") not in held.lower() and not self._same_kind(role, held):
                # "Gesundheitsminister Spahn sagte: …. …, sagte die Kanzlerin": the one who just spoke holds
                # another role; the Bundeskanzlerin introduced earlier speaks
                holder = self.names.last_holder_before(role, at)
            if holder:
                return holder  # "the judge", nobody named just before: the person introduced as Judge
            if person and self.lex.capitalised_nouns:
                person = self._speaker_of_gender(self._role_gender(role), person)
            if (not self.lex.capitalised_nouns and words[0].lower() in self.lex.body_articles and len(words) == 2
                    and (not recent or not person or not (_first_name(person.split()[0]) or _base(person.split()[-1]) in self.names.roles))):
                return words[1]  # "The judge said …" with no judge named (a place named in capitals is none): the judge
            if person and held and held.lower() != role.lower() and _role_head(held) == _role_head(role) and "-" in role:
                # "der FDP-Chef" after "CSU-Chef X": another person of the same kind ("die Expertin" after
                # "Capco-Expertin X" is X)
                return " ".join(w for w in words if w.lower() not in self.lex.articles) or phrase
            if (person is None and not self.lex.capitalised_nouns and words[0].lower() in self.lex.articles and len(words) > 2 and role.lower() not in self.lex.proxy_roles
                    and self.last_speaker and self.last_speaker[:1].isupper() and not self.lex.is_role(self.last_speaker.split()[-1])
                    and self.si - self.last_speech_sentence <= 2):
                return self.last_speaker  # "BSP supremo Mayawati … she said. The former Uttar Pradesh chief minister also said": one name alone, who just spoke
            return person or " ".join(w for w in words if w.lower() not in self.lex.articles) or phrase
        head = words[-1].strip(".,").rsplit("-", 1)[-1] if words else ""
        if 2 <= len(words) <= 3 and words[0].lower() in self.lex.articles and (head.lower() in self.lex.org_anaphors or _base(head).lower() in self.lex.org_anaphors):
            organisation = self.names.main_organisation or self.main_body(at)
            if organisation:
                return organisation  # "Der Konzern erwartet, dass …": the company the article is about
        if words[0].lower() in self.lex.articles and (head in self.lex.person_anaphors or head.lower().endswith(_anaphor_endings(self.lex.person_anaphors))
                                                      or words[-1].strip(".,").lower().endswith(_hyphen_anaphors(self.lex.person_anaphors))):  # ("the 22-year-old")
            person = self.names.last_person_before(at)  # "sagt der junge Mann": the person the article is about
            if person is None and self.lex.capitalised_nouns:
                person = self.names.last_surname_before(at, self.para_start(at, back=2))  # "Auch Isner … . „…“, sagte der Amerikaner"
            aged = "-" in words[-1] and not self.lex.capitalised_nouns and self.si > 0
            if aged and (earlier := self.names.last_people_before(at, 5, self.a.sentences[self.si - 1].start)):
                person = earlier[-1]  # "X does not want …, reported Berita Harian. The 22-year-old revealed …": the previous sentence's subject
            elif self.last_speaker in self.names.people and self.si - self.last_speech_sentence <= 2 and not self.lex.capitalised_nouns:
                person = self.last_speaker  # "she told Us Weekly. … the star said": who just spoke, not the magazine
            else:
                person = self._speaker_of_gender(self._noun_gender(words[0], head), person)
            if person:
                return person
        kind = words[-1].strip(".,").lower() if len(words) <= 2 and (len(words) == 1 or words[0].lower() in self.lex.articles) else ""
        if kind and self.lex.media_nouns and kind.endswith(self.lex.media_nouns) and "-" not in kind:  # (not "die Kronen-Zeitung": a name)
            medium = self.named_after_noun(words[-1].strip(".,"), at)
            if medium:
                return medium  # "Der Sender berichtete" after "zitiert der Sender CNN": CNN
            if self.last_speaker and self.last_speaker not in self.names.people and self.si - self.last_speech_sentence <= 3:
                return self.last_speaker  # "The Standard-Times … is reporting … . …, the newspaper reported": the paper that spoke
        if kind and self.lex.body_nouns and kind.endswith(self.lex.body_nouns):
            acronym = self.last_acronym_body(at)
            if acronym:
                return acronym  # "teilte die Organisation mit", "in einem Bericht der NGO": Human Rights Watch (HRW)
        noun = words[-1].strip(".,") if (len(words) == 2 and words[0].lower() in self.lex.articles) or (
            len(words) == 1 and words[0].strip(".,").lower() in self.lex.institution_nouns) else ""
        if self.lex.capitalised_nouns and noun[:1].isupper() and not self.lex.is_role(noun):
            compound = self.compound_before(noun, at)
            if compound:
                return compound  # "Und das Ministerium urteilt": the Landwirtschaftsministerium named before
        while words and words[0].lower() in self.lex.articles:
            words = words[1:]
        if len(words) == 2 and self.lex.is_role(words[0]) and self.names.known(words[1]):
            return words[1]  # "der Soldat Andrij": the name the article uses on its own, without the title
        return " ".join(words) or phrase

    def named_after_noun(self, noun: str, at: int) -> str | None:
        """The name that last followed ``noun`` within three paragraphs before ``at`` ("der Sender
        CNN"), if it is no dictionary word."""
        found = None
        for m in _name_after(noun).finditer(self.masked[self.para_start(at, back=3) : at]):
            first = m.group(1).split()[0]
            if first.isupper() or not _dictionary_word(first):  # an acronym, or no common noun ("der Sender am Montag")
                found = m.group(1)
        return found

    def last_acronym_body(self, at: int) -> str | None:
        """The organisation last named with its acronym in parentheses within three paragraphs
        before ``at`` ("Human Rights Watch (HRW)")."""
        found = None
        for m in re.finditer(r"\b((?:[A-ZÄÖÜ][\w'’-]*\s+){0,4}[A-ZÄÖÜ][\w'’-]*)\s+\(([A-ZÄÖÜ][A-ZÄÖÜa-z]{1,7})\)", self.text[self.para_start(at, back=3) : at]):
            found = m.group(1)
        return found

    def compound_before(self, noun: str, at: int) -> str | None:
        """The latest word before ``at`` that is a compound of ``noun`` ("Landwirtschaftsministerium"
        for "das Ministerium"), if the text has one."""
        low = noun.lower()
        if len(low) < 4:
            return None
        found = self._compounds.get(low)
        if found is None:  # every compound of this head in the article, found once
            found = self._compounds[low] = [(a + m.start(), m.group(0)) for a, run in _runs_holding(self.text, low)
                                            for m in _compound_of(low).finditer(run)
                                            if len(m.group(0)) > len(noun) + 2]
        before = [word for start, word in found if start < at]
        return before[-1] if before else None

    def document_issuer(self, noun: str, at: int) -> str | None:
        """Who issued the document a speaker phrase names, from its latest mention with an issuer
        within three paragraphs ("according to a statement from the Indian government")."""
        since = self.para_start(at, back=3)
        found = None
        for m in _issuer_of(self.lex.document_issuer, noun).finditer(self.text[since:at]):
            found = _issuer(m) or found
        return (self.names.resolve(found) or found) if found else None

    def previous_subject(self) -> str | None:
        """The person the sentence before opens with, computed only when a pronoun or a bare quote needs it
        (a subheading, which has no final punctuation, names nobody's subject)."""
        if self.previous is None or self.si - self.previous[0] != 1:
            return None
        if not self.previous[1].rstrip().endswith((".", "!", "?", ":", "“", "”", '"', "»", "«", ")")):
            return None
        return self.person_subject(self.previous[1], self.previous[2])

    def chain_subject(self) -> str | None:
        """The person two sentences back when the sentence before goes on with a pronoun ("X
        belastete das Paar. Er warf ihm Fahrlässigkeit vor. Es habe …")."""
        if self.previous is None or self.si - self.previous[0] != 1 or self.si < 2:
            return None
        first = self.previous[1].split()[0] if self.previous[1].split() else ""
        if first not in self.lex.pronouns:
            return None
        span = self.a.sentences[self.si - 2]
        return self.person_subject(self.text[span.start : span.end], span.start)

    def _sentence_after(self, end: int) -> Any:
        """The sentence that starts right after a quote ending at ``end`` (only its closing mark between)."""
        k = bisect_right(self.starts, end)
        if k >= len(self.a.sentences):
            return None
        nxt = self.a.sentences[k]
        return None if self.text[end : nxt.start].strip(" \"'“”»«’‘") else nxt

    def next_subject(self, end: int) -> str | None:
        """The person the sentence right after a bare opening quote starts with, named in full
        ("„…“ Deutschlands Chefcoach Gordon Herbert war bester Laune nach dem Sieg")."""
        nxt = self._sentence_after(end)
        if nxt is None or any(nxt.start <= s < nxt.end for s, _ in self.spans):
            return None
        who = self.person_subject(self.text[nxt.start : nxt.end], nxt.start)
        return who if who and len(who.split()) >= 2 else None

    def pointed_back(self, end: int) -> str | None:
        """The person named in the sentence right after a quote when that sentence points back at it
        ("„…“ Mit diesem Zitat, …, sorgte Herbert für den Audio-Clip des Turniers")."""
        nxt = self._sentence_after(end) if self.lex.quote_back_reference is not None else None
        if nxt is None or not self.lex.quote_back_reference.match(self.text[nxt.start : nxt.end]):  # type: ignore[union-attr]
            return None
        for m in self.names.between(nxt.start, nxt.end):
            full = next((self.names.full[_base(t)] for t in reversed(m.name.split()) if _base(t) in self.names.full), None)
            if full:
                return full
        return None

    def own_account_holder(self, sentence_start: int, at: int) -> str | None:
        """Who "eigenen Angaben zufolge" refers to: the last name (a person, or a proper noun that is
        no dictionary word and no place) in this sentence before ``at`` or in the one before."""
        since = self.previous[2] if self.previous and self.previous[0] == self.si - 1 else sentence_start
        for m in reversed(self.names.between(since, at)):
            name = m.name.strip(".,;:")
            full = self.names.full.get(_base(name.split()[-1]))
            if full:
                return full
            if " " not in name and not _dictionary_word(name) and not _place(name) and name.lower() not in self.lex.not_subject:
                return name
        return None

    def previous_organisation(self) -> str | None:
        """The organisation the sentence before has as its subject, introduced with its acronym
        ("Zudem hat der Internationale Strafgerichtshof (IStGH) … erlassen")."""
        if self.previous is None or self.si - self.previous[0] != 1:
            return None
        m = self.lex.organisation_subject.match(self.previous[1]) if self.lex.organisation_subject is not None else None
        return m.group(1) if m and m.group(2)[:1] == m.group(1)[:1] else None

    def previous_person_noun(self) -> str | None:
        """The person noun with a definite article in the sentence before, when the article has named
        nobody so far ("Dann meldet sich der Familienvater noch einmal zu Wort.")."""
        if self.previous is None or self.si - self.previous[0] != 1:
            return None
        _, sentence, start = self.previous
        if self.names.last_person_before(start + len(sentence)) or self.names.last_first_name_before(start + len(sentence), start):
            return None  # with a person named, "der junge Mann" is that person (see resolve); "den wir nur Matthias nennen"
        reported = [(q["start"] - start, q["end"] - start) for q in self.quotes[-3:] if q["end"] > start]
        for m in self.lex.person_phrase.finditer(sentence) if self.lex.person_phrase is not None else ():
            if any(a <= m.start() < b for a, b in reported):
                continue  # "…, dass der Verdächtige …, sagte sie. Er sagte auch …": the suspect was talked about, he does not talk
            if (m.group(1).lower() in self.lex.singular_articles or m.group(1).lower() in self.lex.indefinite_articles) and self._person_noun(m.group(3)):
                return " ".join((m.group(2) + m.group(3)).split())
        return None

    def paragraph_person(self, start: int) -> str | None:
        """The one person the paragraph names before ``start`` (outside quotes), if it names exactly one."""
        who = self._one_person_between(self.para_start(start), start)
        return who if who in self.names.people else None

    def only_person_before(self) -> str | None:
        """The one person the sentence before names, when it names exactly one."""
        if self.previous is None or self.si - self.previous[0] != 1:
            return None
        _, sentence, start = self.previous
        return self._one_person_between(start, start + len(sentence))

    def _one_person_between(self, a: int, b: int) -> str | None:
        """The full name of the one person named between ``a`` and ``b``, if exactly one is."""
        found = {next((self.names.full[_base(t)] for t in reversed(m.name.split()) if _base(t) in self.names.full), None)
                 for m in self.names.between(a, b)}  # "Bönte Vorteile": any word may be the surname
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def person_subject(self, sentence: str, s_start: int) -> str | None:
        """The person a sentence opens with ("Der Politologe Uwe Jun stellt …"), if it names one."""
        outside = self.masked[s_start : s_start + len(sentence)]
        if not self.lex.capitalised_nouns:
            lead = outside.lstrip()
            run = NAME_RUN.match(lead)
            phrase = run.group(0) if run else None
            if run:
                # "Anchorage lawyer William Ingaldson, the owner, …": a place or firm, a role, then the person
                titled = re.match(r"\s+([a-z]+(?:\s+[a-z]+)?)\s+", lead[run.end():])
                if titled and self.lex.is_role(titled.group(1).split()[-1]):
                    person = NAME_RUN.match(lead, run.end() + titled.end())
                    one = person.group(0).strip() if person else ""
                    if person and (" " in one or (one.isalpha() and not one.isupper() and self.lex.common_word is not None and not self.lex.common_word(one))):
                        phrase = person.group(0)  # (also one name alone: "BSP supremo Mayawati")
        else:
            phrase = _np_before(outside, self.lex)
            if phrase and phrase.split()[0].lower() in self.lex.oblique_articles:
                # "Diesen Preis sieht der Soldat Andrij …": the object stands first, the person after the verb
                clause_end = min((i for i in (outside.find(","), outside.find(":")) if i >= 0), default=len(outside))
                object_end = s_start + outside.find(phrase) + len(phrase)
                for m in self.names.between(object_end, s_start + clause_end):  # (not the object's own words: "Einen solchen Eigenanteil lehnte Hommel ab")
                    full = self.names.full.get(_base(m.name.split()[-1])) or (m.name if self.names.known(m.name) and " " not in m.name else None)
                    if full:
                        return full
                return None
            if phrase is None:
                inv = self.lex.inverted_subject.match(outside.split(",", 1)[0].strip())  # "Zuletzt hatte sich Bischof X geäußert"
                phrase = inv.group(1) if inv and inv.group(1)[:1].isupper() else None
        if not phrase:
            return None
        full = self.names.resolve(phrase)
        if full:
            return full
        caps = [w for w in phrase.split() if w[:1].isupper() and not self.lex.is_role(w) and w.lower() not in self.lex.articles]
        if caps and self._possessive_word(caps[0]):
            return None  # "Ihre Arbeit …": a thing of someone's, not a person
        name = " ".join(caps)
        if len(caps) == 1 and self.names.alone[_base(caps[0])] >= 3 and caps[0].isalpha() and not _dictionary_word(caps[0]):
            return caps[0]  # a surname the article keeps using on its own ("Bondi geriet in die Kritik")
        if len(caps) == 1 and f", {caps[0]}," in outside and _surname_like(caps[0]):
            return caps[0]  # "Der Geschäftsführer der Fraktion, Buschmann, appellierte …": a surname as apposition
        if not self.lex.capitalised_nouns and len(caps) == 1 and caps[0].lower() not in self.lex.not_subject and caps[0].isalpha():
            return name  # English: "Jackman sings ballads at home."
        if 2 <= len(caps) <= 3 and self.lex.capitalised_nouns and _city_name(caps):
            return None  # "Hong Kong": a city's name, nobody who speaks
        return name if 2 <= len(caps) <= 3 and NAME_SHAPE.match(name) and name in outside else None

    def glued_person(self, prefix: str) -> str | None:
        """A person named by the capitalised words that end ``prefix`` (name particles allowed), not
        the object of a preposition ("a spokesman for John Smith"): the full name, or None."""
        run = _trailing_name(self.lex.name_particles).search(prefix)
        if run is None or run.start() == 0:
            return None
        before = prefix[: run.start()].split()[-1:]
        if not before or before[0].lower() in self.lex.prepositions or not before[0][-1:].isalnum():
            return None
        person = self.names.resolve(run.group(1))
        if person in self.names.people:
            return person
        # (or a name the index missed, right after a role written small: "The Irish Press founder Éamon de Valera")
        return run.group(1) if " " in run.group(1) and before[0].islower() and self.lex.is_role(before[0]) else None

    def surname_alone(self, chunk: str) -> bool:
        """An apposition that is one name the article knows ("Der Geschäftsführer der Fraktion,
        Buschmann, appellierte …")."""
        return (" " not in chunk and chunk[:1].isupper() and not chunk.isupper() and chunk.isalpha() and self.names.known(chunk)
                and not self.lex.is_role(chunk))

    def _named_person(self, phrase: str) -> bool:
        """A noun phrase that names a person: a name the article knows, or a role and a name ("Kanzler Kohl")."""
        words = [w for w in phrase.split() if w.lower() not in self.lex.articles]
        if self.names.resolve(phrase) in self.names.people:
            return True
        return len(words) >= 2 and self.lex.is_role(words[0]) and words[-1][:1].isupper() and not self.lex.is_role(words[-1])

    def _name_with_apposition(self, name: str, apposition: str) -> bool:
        """Whether a sentence opens with a person's name and a role apposition ("Gabi Schwab",
        "Schulleiterin der Schule")."""
        words = apposition.split()
        if not self.lex.capitalised_nouns and words and words[0].islower() and words[0] not in self.lex.auxiliaries:
            return bool(NAME_SHAPE.match(name) and self.names.resolve(name) and len(words) <= (16 if not set(words).isdisjoint(self.lex.apposition_openers) else 8))
            # ("Ben Stephenson, controller of …"; "John O'Connor, a family friend who wrote the … article …")
        return bool(NAME_SHAPE.match(name) and words and self.lex.is_role(words[0]) and len(words) <= 8)

    def speaker_in(self, sentence: str, s_start: int) -> _Speech | None:
        """The cue verb and speaker a sentence names outside quoted spans."""
        outside = self.masked[s_start : s_start + len(sentence)]
        hints, passive, places = self._document_hints
        hs = self.lex.document_source.search(outside) if (hints.search(outside) or (
            passive.search(outside) and places.search(outside))) else None
        if hs:
            if hs.group("f"):
                if self.previous is not None and self.previous[0] == self.si - 1:
                    _, p_sentence, p_start = self.previous
                    subject = _np_before(self.masked[p_start : p_start + len(p_sentence)], self.lex)
                    if subject and subject not in self.lex.pronouns:
                        return _Speech(self.resolve(subject, p_start) or subject, "heißt es")  # "Der Leitfaden zählt … auf. …, heißt es darin"
                    inv = self.lex.inverted_subject.match(p_sentence.split(",", 1)[0]) if self.lex.inverted_subject is not None else None
                    if inv and inv.group(1)[:1].isupper() or inv and inv.group(1).split()[0] in self.lex.articles:
                        # "Mit einem Aufmacher hat sich die Zeitung „Yated Ne'eman“ … gestellt. …, heißt es darin"
                        named = inv.groupdict().get("named")
                        return _Speech(named or self.resolve(inv.group(1), p_start) or inv.group(1), "heißt es")
                if self.last_speaker and self.si - self.last_speech_sentence <= 3:
                    return _Speech(self.last_speaker, "heißt es")
                return None
            source = (hs.group("a") or hs.group("b") or hs.group("c") or hs.group("d") or hs.group("e")).strip()
            titled = re.match(r"\s*[„\"»«]([^„“”\"»«]{2,40})[“”\"«»]", self.text[s_start + hs.end() : s_start + hs.end() + 48])
            if titled and self.lex.media_nouns and source.lower().endswith(self.lex.media_nouns) and _title(titled.group(1)):
                return _Speech(titled.group(1), "heißt es")  # "heißt es in der Brisbaner Zeitung „Nine News“": the paper by its name
            # "heißt es in einer Mitteilung von BMI": the issuer speaks, not the document
            parts = self.lex.issuer_split.split(source)
            source = source if self.lex.is_role(parts[0].split()[-1]) else parts[-1]  # "von einem Sprecher des Stromnetzes": the spokesman
            definite = any(outside.startswith(source, d.end()) for d in self.lex.definite_place.finditer(outside))
            document = source.lower() in self.lex.document_nouns  # "…, heißt es in einer Erklärung": whose, if nobody is named
            opener = (self.lex.opening_subject.match(self.previous[1]) if document and len(parts) == 1 and self.lex.opening_subject is not None
                      and self.previous is not None and self.previous[0] == self.si - 1 else None)
            if opener and (_dictionary_word(opener.group("who").split()[-1]) or self.para_of(self.previous[2]) != self.para_of(s_start)):  # type: ignore[index]
                opener = None
            spoken = self.a.sentences[self.last_speech_sentence] if 0 <= self.last_speech_sentence < len(self.a.sentences) else None
            if definite and not document and spoken is not None and source.split()[-1].lower() not in self.text[spoken.start : spoken.end].lower():
                definite = False  # "… findet demnach, dass …. …, heißt es in der Studie": no document of who spoke before
                # (but "schreibt der NDB in seinem Lagebericht. „…“, heißt es in dem Bericht": the NDB's)
            if (len(parts) == 1 and (definite or document) and not hs.group("e") and self.last_speaker and self.si - self.last_speech_sentence <= 2
                    and not (opener and self.para_of(self.last_speech_start) != self.para_of(s_start))):
                source = self.last_speaker  # "schreibt der NDB in seinem Bericht. „…“, heißt es in dem Bericht": its issuer
            elif opener:
                source = opener.group("who")  # "Die Hizbullah-Miliz hat … abgeschossen. …, hiess es in einer Mitteilung": its issuer
            elif source != self.last_speaker:
                if self.lex.nominative is not None:
                    source = self.lex.nominative(source)  # "In Regierungskreisen hieß es": the circles
                source = self.resolve(source, s_start) or source  # "in einem Bericht der NGO": the NGO named before
            said = re.search(r"\b(?:hei(?:ß|ss)t|hie(?:ß|ss))\b", hs.group(0)) or re.search(r"\S+$", hs.group(0))  # or the passive's participle
            return _Speech(source, said.group(0) if said else "heißt es")  # the cue as written: "In einem Artikel … hieß es, dass …"
        qb = self.lex.quoted_by.search(outside) if ("zitier" in outside or "quote" in outside) else None
        later = self.lex.speech_verbs.search(outside, qb.end()) if qb else None
        if later and ":" in outside[later.end():]:
            qb = None  # "zitierte sie den Abgeordneten X, empfahl ihm: …": a later cue introduces the quote
        if qb:
            who = (qb.group("who") or qb.groupdict().get("passive") or "").strip()
            owner = re.search(r"\b([A-ZÄÖÜ][\w'’-]+?)s\s+[A-ZÄÖÜ]\w+", who)
            if owner and self.names.known(owner.group(1)):
                who = owner.group(1)  # "zitierte der Daily Star Readings Interpretation": Reading's words
            verb = qb.groupdict().get("verb") or qb.groupdict().get("verb2") or qb.group(0).split()[0]
            if self.lex.capitalised_nouns and qb.groupdict().get("passive"):
                verb = qb.group(0)  # "…, wurde er am Mittwoch von den Staatsmedien zitiert": the clause before it is the report
            return _Speech(self.resolve(who, s_start) or who, verb)  # the cue as written
        cues = list(self.lex.speech_verbs.finditer(outside))
        closing = outside[outside.rfind(",", 0, cues[-1].start()) + 1 : cues[-1].start()].split()[:1] if len(cues) > 1 else []
        if (not self.lex.capitalised_nouns and len(cues) > 1 and "," in outside[: cues[-1].start()] and len(outside[cues[-1].end():].split()) <= 3
                and not (closing and closing[0].lower() in self.lex.relative_subjects)):
            cues.insert(0, cues.pop())  # "Witnesses told police that …, Chief X said.": the closing attribution holds (not "…, which he said killed seven")
        elif (self.lex.capitalised_nouns and len(cues) > 1 and outside[: cues[-1].start()].rstrip().endswith(",")
              and len(outside[cues[-1].end():].split()) <= 6 and self.lex.reported(outside[: cues[-1].start()])
              and ":" not in outside[cues[0].end() : cues[-1].start()]
              and (self.lex.complementizers | self.lex.question_openers).isdisjoint(_WORD.findall(outside[cues[0].end() : cues[-1].start()].lower()))):  # (not "X habe betont, dass …, sagte Y": X's words, relayed)
            cues.insert(0, cues.pop())  # "Die Regierung habe den Senator gewarnt, sagte X.": the report holds a cue; the closing attribution speaks
        elif (self.lex.contrast_subject is not None and len(cues) > 1 and cues[0].group(0) not in self.lex.clause_cues
              and not self.lex.object_clause.match(outside, cues[0].end()) and self.lex.contrast_subject.search(outside, cues[0].end(), cues[-1].start())):
            cues.insert(0, cues.pop())  # "A government official reported deaths, but an activist later said there were none": the clause's cue
        if self.lex.not_cue is not None:
            cues = [m for m in cues if not self.lex.not_cue.match(outside, m.start())]  # "Das schreibt das Gesetz vor"
        if self.lex.declared_before is not None:
            cues = [m for m in cues if not self.lex.declared_before.search(outside, max(0, m.start() - 60), m.end())]
        if len(cues) > 1 and (self.lex.object_cues or self.lex.clause_only_cues):
            # "A message posted Monday on the firm's Web site said …", "X openly admits to having … but has said …": a cue
            # with its object and no clause yields to a later cue of the sentence
            cues = [m for k, m in enumerate(cues) if k == len(cues) - 1 or not (
                (m.group(0) in self.lex.object_cues or m.group(0) in self.lex.clause_only_cues)
                and not self.lex.object_clause.match(outside, m.end()) and m.start() < cues[-1].start()
                and self.lex.relative_subjects.isdisjoint(_WORD.findall(outside[m.end() : cues[-1].start()].lower()))  # (not "asked Coleman, who in turn said")
                and (self.lex.relative_subjects | self.lex.complementizers).isdisjoint(
                    w.lower() for w in outside[m.end() : cues[-1].start()].split()[-4:]))]  # (nor "a battery that the firm said will …")
        so_word = self.lex.source_after_comma
        for m in cues:
            prefix = outside[: m.start()].rstrip()
            if prefix.lstrip() in ("-", "--", "–", "—"):
                prefix = ""  # '"…" - emphasized the expert': a dash after the (blanked) quote sets off the tag
            if so_word and prefix.endswith(", " + so_word) and (inserted := re.match(r"\s+([^,]{1,60}),\s+\S", outside[m.end():])):
                # "…, dann, so versicherte er, würde sie …": an inserted source; the sentence around it is the report
                who = _np_after(" " + inserted.group(1), self.lex)
                resolved = self.resolve(who, s_start + m.start()) if who else None
                if resolved is None and who in self.lex.pronouns:
                    resolved = who.lower()
                if resolved:
                    return _Speech(resolved, so_word)
            if not self.lex.capitalised_nouns:
                prefix = self.lex.trailing_adverbs.sub("", prefix) if self.lex.trailing_adverbs else prefix  # "Felt, …, adamantly denied"
                if self.lex.name_suffixes and ", " in prefix:
                    prefix = _suffix_chunk(self.lex.name_suffixes).sub("", prefix)  # "J. James Rohack, MD, said": the suffix is part of the name
            rest = outside[m.end():]
            last_word = (prefix.rsplit(None, 1) or [""])[-1].lower()
            sure: str | None = None  # an English name that certainly is the speaker
            embedded = self.lex.embedded_cue.search(outside, max(0, m.start() - 60), m.end() + 6) if self.lex.embedded_cue is not None else None
            if embedded and embedded.end() > m.end():
                continue  # "what Israel says is its goal": the cue sits inside a noun phrase
            if last_word in self.lex.relative_subjects and m is not cues[-1]:
                continue  # "John D. O'Connor, a family friend who wrote the article, said …": the later cue speaks
            if not self.lex.capitalised_nouns and ((last_word in self.lex.passive_markers and not m.group(0).endswith("ing"))  # ("is reporting" is no passive)
                                                   or prefix.lower().endswith(self.lex.embedded_openers or ("\0",))):
                continue  # "When asked about …, he answered", "published what it says is …": no cue of this sentence's speaker
            if self.lex.capitalised_nouns and (last_word in self.lex.passive_markers or (rest.split()[:1] and rest.split()[0].strip(",.;:") in self.lex.passive_markers)):
                continue  # "Sollte dort der Entscheid bestätigt werden, …", "Das wurde bestätigt": a passive, nobody speaks
            if last_word in self.lex.negations:
                continue  # "…, hat das Gericht zwar nicht festgestellt", "did not say": a denial reports nothing
            if last_word in self.lex.first_person and self.lex.capitalised_nouns:
                continue  # "…, und ich meinte zu ihm, dass …", "Wir glauben nicht, dass …, sagte sie": no cue of a quoted speaker
            tail = re.split(r"[,;:]", rest, maxsplit=1)[0].strip(" .").split() if any(n in rest for n in self.lex.negations) else []
            if tail and (tail[-1].lower() in self.lex.negations or (len(tail) > 1 and tail[-2].lower() in self.lex.negations and tail[-1].islower() and len(tail[-1]) <= 5)):
                continue  # "Wie viele …, sagte die Armee nicht", "…, teilte die Armee nicht mit": nothing said
            if self.lex.capitalised_nouns and self._passive_clause(prefix):
                continue  # "Bereits früh wurde – etwa bei X – betont, dass …", "wird viel gelacht und bestätigt, dass …"
            listed, splitter = _name_list(self.lex.coordinators) if self.lex.coordinators else (None, None)
            group = listed.match(rest) if listed is not None else None
            if group and splitter is not None and all(self.names.resolve(n) in self.names.people or (NAME_SHAPE.match(n) and _first_name(n.split()[0]))
                                                      for n in splitter.split(group.group(1))):
                return _Speech(" ".join(group.group(1).split()), m.group(0), s_start + m.start())  # "meinten Regina Hey, Sebastian Reiß und Lena Groß": all of them
            after = _np_after(rest, self.lex) if not rest.lstrip().startswith(",") else None  # "kritisieren, Trump wolle …": the clause's subject
            listened = bool(after) and m.group(0).lower() in self.lex.listener_cues
            if listened:
                after = None  # "…, the governor of Qeshm, Mehdi iran-Nejad, told ISNA": the news agency listens
            if after and not self.lex.capitalised_nouns and after.split()[0].lower() in self.lex.prepositions:
                after = None  # English: "said under the reported circumstances" names nobody
            if (after is None and self.lex.capitalised_nouns
                    and (long_np := _LONG_NP.match(rest))
                    and long_np.group(1).lower() in self.lex.singular_articles):
                after = long_np.group(2)  # "sagt der inzwischen in den Aufsichtsrat … aufgerückte Versicherungsmakler": the noun after its attribute closes the sentence
            if self.lex.lower_role_name is not None and (not prefix.strip() or prefix.rstrip().endswith(",")) and (
                    titled := self.lex.lower_role_name.match(rest)) and (after is None or titled.group(1).startswith(after + " ")) and NAME_SHAPE.match(titled.group(2)) and any(  # (not "Felt told attorney X")
                    (self.lex.is_role(w) or w.endswith(("'s", "’s"))) and w[:1].islower() for w in titled.group(1).split()):  # ("said SPCA North Peace branch manager X": the organisation names no speaker; not "said Lt. X of the Y Police")
                after = sure = titled.group(2)  # "said agent Mark Roesler", "said the company's threat researcher Paul Ferguson"
            if after and self.lex.capitalised_nouns and after.split()[0] in self.lex.oblique_articles:
                after = None  # "Strasser kritisiert den abgewählten Ministerpräsidenten X": the object, not the subject
            if after and not self.lex.capitalised_nouns and after.lower() not in self.lex.pronouns and after[:1].isupper() and after.split()[0].lower() not in self.lex.articles:
                following = rest[rest.find(after) + len(after):].split()
                if (following and following[0][:1].islower() and following[0].strip(",.") not in self.lex.np_breakers
                        and following[0] not in self.lex.prepositions and following[0] not in self.lex.coordinators):
                    after = None  # "insisted Gigante suffered from …": the name opens the reported clause
            if not self.lex.capitalised_nouns:
                appo = _appositive_after(r"\s+(?:[\w'’.-]+\s+){1,6}?[\w'’.-]+,\s+", self.lex.name_particles).match(rest)
                if appo and self.lex.apposition_verb.match(rest[appo.end():]):
                    appo = None  # "CNN says Lohan's lawyer, Mark Heller, made the arrangements …": the clause's subject, no speaker
                if appo and (self.names.resolve(appo.group(1)) or NAME_SHAPE.match(appo.group(1)) or not self.lex.name_particles.isdisjoint(appo.group(1).split())) and not (
                        self.lex.is_role(appo.group(1).split()[-1]) and NAME_SHAPE.match(rest[: appo.start(1)].strip().rstrip(","))):  # (not "said Cheryl Boone Isaacs, Academy President")
                    after = appo.group(1)  # "said a Sudanese government spokesman, Rabie A. Atti"
                    sure = after
            if after and self.lex.capitalised_nouns:
                at = rest.find(after.split()[-1])
                named = _QUOTED_NAME.match(self.text[s_start + m.end() + at + len(after.split()[-1]) : s_start + m.end() + at + len(after.split()[-1]) + 48]) if at >= 0 else None
                if named and _title(named.group(1)):
                    after = named.group(1)  # "forderte die Partei „Die Mitte“": the quoted name is the speaker
            before = _np_before(prefix, self.lex) if prefix else None
            if not self.lex.capitalised_nouns and " and " in prefix:
                left, _, right = prefix.rpartition(" and ")
                if (1 <= len(right.split()) <= 4 and "," not in right and not any(w.lower() in self.lex.auxiliaries for w in right.split())
                        and not self.lex.lowercase_before_name.search(right)  # (not "without power and water Israel said")
                        and any(w.lower() in self.lex.auxiliaries for w in left.split()[-6:]) and (joined_en := _np_before(right, self.lex))):
                    before = joined_en  # "Many roads were cordoned off and police said …": the subject of the joined clause
            if self.lex.capitalised_nouns and prefix and (joined := self._joined_subject(prefix.rsplit(",", 1)[-1])):
                before = joined  # "Wir hatten angefragt und derselbe Verkäufer sagte uns, …": the subject of the joined clause
            if before and " " not in before and self.lex.capitalised_nouns and _adverb(before) and _base(before) not in self.names.full:
                before = None  # "Gebetsmühlenartig sprechen die Tradwives davon, dass …": an adverb stands first
            if (before and after and self.lex.capitalised_nouns and prefix.split()[0] == before.split()[0]
                    and (_entry(before.split()[0]) or ("",) * 5)[4] in ("APPR", "APPRART") and _base(before.split()[0]) not in self.names.full):
                before = None  # "Entgegen seinen Äußerungen verkündete der Nominierte, dass …": a fronted preposition, the subject follows
            if before is None and self.lex.capitalised_nouns and ": " in prefix and re.match(r"\s*(?:\S+\s+){0,3}?\S*[,:]\s", rest):
                before = _np_before(prefix.rsplit(": ", 1)[-1], self.lex)  # "…, zeigte das Wochenende: Israel gab an, …"
            if self.lex.capitalised_nouns:
                titled = self.lex.quoted_name_closing.search(self.text[s_start : s_start + m.start()])
                opening = self.lex.quoted_name_opening.match(self.text[s_start : s_start + m.start()])
                if opening and _title(opening.group(1)):
                    titled = opening  # "Der koreanische Blog »Naver« geht davon aus": the subject is the quoted name
                elif not (before is None or before.lower() in self.lex.articles):
                    titled = None
                if titled and _title(titled.group(1)):
                    # "Wie das «Wall Street Journal» berichtet, …", "Der koreanische Blog »Naver« geht davon aus":
                    # the quoted name right before the cue reports
                    before = titled.group(1)
            if (self.lex.sentence_subject is not None and prefix.split()[-1:] and prefix.split()[-1].lower() in self.lex.coordinators
                    and (subj_m := self.lex.sentence_subject.match(outside)) and self.names.resolve(subj_m.group("who"))):
                before, after = subj_m.group("who"), None  # "X war Bürgermeister … und erklärte, …": the subject of both verbs
            if before is None and after is None:
                crowd = _group_subject(prefix, rest, self.lex)
                if crowd:
                    return _Speech(crowd, m.group(0), s_start + m.start())  # "Viele bezweifeln, dass …", "…, sagen alle in Kiew"
            if ": " in prefix and prefix.rsplit(": ", 1)[-1].split()[:1] and prefix.rsplit(": ", 1)[-1].split()[0].lower() in self.lex.not_subject:
                before = None  # "Die Angriffe sind erfolgreich: So berichtete X": the clause after the colon starts anew
            if before and after and before.split()[0].lower() in self.lex.oblique_articles:
                before = None  # "Den Tausch … bezeichnete Heusgen": the object stands first
            if (self.lex.capitalised_nouns and before and after in self.lex.speaker_pronouns and rest.split()[:1] and rest.split()[0].strip(",:") == after
                    and prefix.rstrip().endswith(",") and before.lower() not in self.lex.pronouns):
                before = None  # "Zyniker:innen, die …, entgegnet sie: „…“": whom she answers stands first; she speaks
            # "…, NP said" / "…, so NP": the noun phrase between the last comma and the cue
            bare = PARENTHESES.sub(" ", prefix) if "(" in prefix else prefix
            last_chunk = bare.rsplit(",", 1)[1] if "," in bare else ""
            # (a colon after the last comma starts the clause anew: "Berlin: Ein Toter, vier Verletzte … Update: Nachdem die Polizei … meldete")
            tail = _np_before(last_chunk.rsplit(": ", 1)[-1], self.lex) if "," in bare else None
            if tail is None and "," in bare and self.lex.relative_subjects:
                relative = bare.rsplit(",", 1)[1].split()
                held = [w for w in relative[1:] if w.lower() not in self.lex.auxiliaries]
                if (relative and relative[0].lower() in self.lex.relative_subjects and 1 <= len(held) <= 4 and all(w[:1].isalpha() for w in held)
                        and re.match(r"\s+(?:that\s+)?(?:[A-Z]|(?:" + "|".join(sorted(self.lex.pronouns | self.lex.neuter_pronouns)) + r")\b)", rest)):
                    tail = " ".join(held)  # "…, which police have said they are treating as …": the relative clause's own subject speaks
            introduces = bool((_INTRO_COLON.search(rest) or _with_words(r",\s*", self.lex.complementizers | self.lex.question_openers, r"\b").search(rest)) or lex_subj(self.lex, rest))
            # (what stands before a colon is a label or another clause: 'More: "…," Amin Haddad, spokesman …, told AFP')
            chunks = [c.rsplit(": ", 1)[-1].strip() for c in prefix.split(",")]
            if after:
                # "sagte die Sprecherin des Weißen Hauses, Karoline Leavitt": the apposition names her
                at = rest.find(after.split()[-1])
                named = _appositive_after(r"\)?(?:\s*\([^()]{1,40}\))?,\s+", self.lex.name_particles).match(rest[at + len(after.split()[-1]) :]) if at >= 0 else None
                if named and (NAME_SHAPE.match(named.group(1)) or self.names.resolve(named.group(1))) and not any(self.lex.is_role(w) for w in named.group(1).split()):
                    after = named.group(1)  # also "a government spokesman, Rabie A. Atti", "one of the rebel leaders, Abdel Aziz al - Hilu"
                elif at >= 0 and self.lex.capitalised_nouns and self.lex.is_role(next((w for w in after.split() if w.lower() not in self.lex.articles), "")):
                    # "sagte der Präsident des Bundesverbandes Großhandel, Außenhandel, Dienstleistungen (BGA), Holger
                    # Bingmann": an organisation's name with commas, then the person
                    org_tail = PARENTHESES.sub("", rest[at + len(after.split()[-1]) : at + len(after.split()[-1]) + 120])
                    for chunk_end in [c.start() for c in re.finditer(",", org_tail)][1:3] if org_tail.lstrip().startswith(",") else ():
                        skipped = org_tail[:chunk_end].split(",")[1:]
                        if not all(c.strip()[:1].isupper() and len(c.split()) <= 3 for c in skipped):
                            break
                        later = _appositive_after(r",\s+", self.lex.name_particles).match(org_tail[chunk_end:])
                        if later and self.names.resolve(later.group(1)) and not any(self.lex.is_role(w) for w in later.group(1).split()):
                            after = later.group(1)
                            break
            agent = self.lex.passive_agent.search(bare)
            if agent:
                before = agent.group("who")  # "Die Demokraten wurden von Future Forward … gewarnt, dass …"
            elif before is None and prefix:
                # "Zuletzt hatte Trump … geantwortet": the subject stands after the finite verb
                inv = self.lex.inverted_subject.match(bare.rsplit(",", 1)[-1].strip())
                if inv and self.lex.capitalised_nouns and not inv.group(1).split()[-1].lower() in self.lex.not_subject:
                    before = inv.group(1)
                elif self.lex.capitalised_nouns and (v2 := _PRONOUN_AFTER_VERB.match(bare)) and v2.group(1) in self.lex.pronouns:
                    before = v2.group(1)  # "Darin beschwor er … und warnte davor, …": the pronoun after the verb
            if self.lex.capitalised_nouns and before and after and " " not in before and before not in self.lex.pronouns and _dictionary_word(before) and self.names.resolve(after):
                before = None  # "Entspannung findet Judy Lybke …": the object stands first
            if not self.lex.capitalised_nouns and prefix:
                known = re.search(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)(?:\s+[a-z]+ly)?$", prefix)
                named = self.lex.name_after_break.search(prefix)
                before_known = prefix[: known.start()].split()[-1:] if known else []
                if (known and before_known and (before_known[0][:1].isupper() or before_known[0] in self.lex.prepositions)
                        and not prefix[: known.start()].endswith("   ")):  # (a blanked quote between: '… there for "days, '' Miliote said')
                    known = None  # "of Enderle Group in Silicon Valley said": part of a longer name or a place
                if known and self.names.resolve(known.group(1)):
                    named = known  # "The Thick of It writer Armando Ianucci tweeted": the name right before the cue
                    sure = sure or known.group(1)
                if named is None and before is None:
                    named = re.search(r"\s((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)$", prefix)  # "… and water Israel said"
                if named and named.group(1).split()[0] not in self.lex.not_name_openers:
                    before = named.group(1)  # "…: Howard said"
                if after and after.lower() in self.lex.pronouns and before and len(rest.split()) > 3:
                    after = None  # "X, a witness, said he had …": the pronoun opens the reported clause
                if prefix.split()[-1] in self.lex.pronouns or prefix.split()[-1].lower() in self.lex.pronouns:
                    before = prefix.split()[-1]  # "After a face-off …, he testified": the pronoun right before the cue
                elif (m.group(0) in self.lex.participle_cues and self.lex.participle_subject is not None
                      and (own := self.lex.participle_subject.search(prefix))):
                    before = own.group("who")  # "There is no quota, with Lagae stressing that …": the clause's own subject
                elif m.group(0) in self.lex.participle_cues:
                    people = [self.names.full.get(_base(t)) for mm in self.names.between(s_start, s_start + m.start()) for t in mm.name.split()]
                    people = [p for p in people if p]
                    first_word = (prefix.split(None, 1) or [""])[0]
                    if first_word in self.lex.pronouns:
                        before = first_word  # "He was the director, and he guided them, insisting that …"
                    elif people:
                        before = sure = people[0]  # "Coleman then gave a contradiction, saying he had …": the main clause's subject (not "LaRue discounted rumors that he was Deep Throat, saying …")
                    else:
                        head = re.match(r"((?:[\w'’.-]+\s+){0,4}?)[a-z]\w*ed\b", prefix)
                        before = head.group(1).strip() if head and head.group(1).strip() else before  # "The navy defended …, saying"
                        if (not head and not self.lex.capitalised_nouns and (named_opener := self.person_subject(sentence, s_start))
                                and self.lex.not_subject.isdisjoint(w.lower() for w in named_opener.split())
                                and not (" " not in named_opener and named_opener[1:].islower() and self.lex.common_word is not None and self.lex.common_word(named_opener))):  # (not a headline's "Contest")
                            before = named_opener  # "McG made the announcement …, stating that …": a name the index does not hold opens the sentence
            if not self.lex.capitalised_nouns and (not prefix or prefix.endswith(("''", '"', "”", ","))):
                trailing = self.lex.titled_name_after.match(rest)
                if trailing and self.names.resolve(trailing.group(1)):
                    after = trailing.group(1)  # "…,'' said Trend Micro threat researcher Paul Ferguson."
                common = (self.lex.inverted_common_np.match(rest) if after is None and m.group(0) not in self.lex.participle_cues
                          and self.text[s_start : s_start + m.start()].rstrip().endswith(("''", '"', "”", "’", "'", ',"', ",”")) else None)
                if common and not any((w in self.lex.function_words and w not in self.lex.coordinators) or w in self.lex.prepositions or w in self.lex.auxiliaries
                                      for w in common.group(2).split()):
                    after = common.group(1)  # '…, " said an Egyptian blogger and journalist': who, though no role word
            if before and ":" in before:
                before = before.rsplit(":", 1)[1].strip() or None  # 'More: "…," Amin Haddad, spokesman …, told AFP': a label before a colon names nobody
            via = (chunks[-4].strip() if prefix.endswith(",") and len(chunks) >= 4
                   and any(w.lower() in self.lex.intermediaries for w in chunks[-3].split()[:2])  # ("also through his adviser")
                   and (NAME_SHAPE.match(chunks[-4].strip()) or self.names.resolve(chunks[-4].strip())) else None)
            if not prefix or prefix.endswith(("“", "”", '"', "«", "»", "'")):
                phrase = after or before  # "…“, sagte X"
            elif via:
                phrase = via  # "X, through his adviser on media, Y, assured …": X speaks through Y
            elif prefix.endswith(",") and before and self.lex.relative_subject.match(prefix):
                # "Bill Adgate, who works …, said he …"; but "… X, der … angeboten hat, sagte Kanzler Y: …": a
                # person named after a cue that takes no object is its subject (X is what the clause is about)
                phrase = after if (self.lex.capitalised_nouns and after and m.group(0) in self.lex.clause_cues and self._named_person(after)) else before
            elif prefix.endswith(",") and len(chunks) >= 3 and self._name_with_apposition(named_first := _without_coordinator(chunks[-3].strip(" '\"“”„»«`"), self.lex), chunks[-2]):
                phrase = named_first  # "Franz Weber, Verwalter der Heime, sagte der Zeitung, dass …"; "„…“, X, legal attache …, told Nixon"
                # ("…, but Bill Shaikin, the reporter who wrote the story, says …": the coordinator is no part of the name)
            elif (prefix.endswith(",") and after and len(chunks) == 2 and self.lex.capitalised_nouns
                  and (chunks[0].split() or [""])[0].lower() in self.lex.subordinators):
                phrase = after  # "Nachdem die Partei …, erklärte er": the clause before fills the first place
            elif prefix.endswith(",") and after and _closes_parenthesis(rest, after.split()[-1]):
                phrase = after  # "Immerhin, fand der 31-Jährige, habe man …": the cue is a parenthesis
            elif prefix.endswith(","):
                if len(chunks) >= 3 and (NAME_SHAPE.match(chunks[-2]) or self.surname_alone(chunks[-2])):
                    phrase = chunks[-2]  # "His lawyer, Richard Fowler, told …"
                elif (not self.lex.capitalised_nouns and len(chunks) >= 3 and m.group(0) in ("told",) and (
                        (len(chunks) >= 4 and NAME_SHAPE.match(chunks[-3].strip(" \"'“”")))
                        or (re.fullmatch(r"[A-Z][a-z][\w'’-]+", chunks[-3].strip(" \"'“”`")) and not re.sub(r"[\s\"'“”„»«`,]", "", prefix[: prefix.find(chunks[-3])])))
                      and chunks[-2].split()[:1] and chunks[-2].split()[0].lower() in self.lex.indefinite_articles | self.lex.articles):
                    phrase = chunks[-3].strip(" \"'“”")  # '"…," Ema Suryani, a doctor at a clinic, told AFP': she told the agency
                elif before and introduces and not self.lex.reported(prefix):
                    phrase = before  # "X, apposition, kündigte an, die … werde"
                elif (after and before and after.split()[0].lower() in self.lex.indefinite_articles and self.names.resolve(before)
                      and not self.lex.is_role(after.split()[-1]) and after.split()[-1] not in self.lex.person_anaphors
                      and not self.lex.reported(prefix)):
                    phrase = before  # "X warf Y vor, …, forderte eine Entschuldigung": a second verb of X's
                else:
                    phrase = after or before  # "…, erklärte X"
            elif len(chunks) == 2 and self._name_with_apposition(chunks[0], chunks[1]):
                phrase = chunks[0]  # "Gabi Schwab, Schulleiterin der Schule sagte: …" (no closing comma)
            elif (self.lex.capitalised_nouns and after and "," not in prefix and 2 <= len(prefix.split()) <= 4
                  and prefix.split()[0].lower() in self.lex.subordinators):
                phrase = after  # "Wie Merkel sei er der Ansicht, …", "Als Kanzlerin sagte sie …": no clause, a fronted comparison
            elif (self.lex.capitalised_nouns and after and before and not tail and after.split()[0].lower() in self.lex.articles
                  and any(w.lower() in self.lex.np_breakers for w in prefix.split()[1:3])):
                phrase = after  # "Kurz nach Mittag melden die Stromanbieter": a fronted time, the subject follows the verb
            else:
                phrase = tail or before or after
                if (not self.lex.capitalised_nouns and phrase and phrase == tail and phrase.split()[0].islower()
                        and len(chunks) >= 3 and (NAME_SHAPE.match(chunks[-2]) is not None or self.names.resolve(chunks[-2].strip()))):
                    phrase = chunks[-2].strip()  # "his wife, Michele, released a statement saying …", "His attorney, Mike X, hinted at … and said": the appositive name speaks
                elif (not self.lex.capitalised_nouns and phrase and phrase == tail and phrase.split()[0].islower() and len(chunks) >= 3
                      and phrase.split()[0] not in self.lex.pronouns
                      and chunks[-2].split()[:1] and chunks[-2].split()[0].lower() in self.lex.indefinite_articles | self.lex.articles
                      and chunks[0].strip()[:1].isupper() and len(chunks[0].split()) <= 4
                      and chunks[0].split()[0].lower() not in self.lex.prepositions):  # (not "In Gyami, a village …, 25-year-old Guzel said")
                    phrase = chunks[0].strip()  # "TallGrass, a wholesaler of …, issued a statement saying …": the name before the apposition
            if listened and not via and prefix.rstrip().endswith(",") and len(chunks) >= 3:
                # "…, a member of one of the groups, which has held 11 protests, told Reuters", "…, his agent Marc
                # Cornstein, told ESPN.com", "…, Fauzi, an official from the local disaster agency, told AFP": the
                # subject set off before the cue, not the sentence's first words
                told = [c for c in chunks[:-1] if c and c.split()[0].lower() not in self.lex.relative_subjects and not c.isdigit()]  # (not an age: ", 19,")
                chunk = told[-1] if told else ""
                k = chunks.index(chunk) if chunk else -1
                words = chunk.split()

                def named_alone(c: str, opening: bool) -> bool:
                    return bool(c) and (bool(NAME_SHAPE.match(c)) or self.names.resolve(c) is not None or (
                        len(c.split()) <= 4 and all(w[:1].isupper() for w in c.split()) and not (
                            opening and self.lex.common_word is not None and self.lex.common_word(c.split()[0]) and not _first_name(c.split()[0]))))

                if words and self._apposition(words):
                    prev = chunks[k - 1] if k >= 1 else ""
                    run = re.search(r"(?:^|\s)(\S+)\s+((?:[A-Z][\w'’.-]*\s+){0,2}(?:[A-Z]|[a-z]{1,6}-[A-Z])[\w'’-]*)$", chunk)
                    if named_alone(prev, k - 1 == 0 and self.text[s_start : s_start + m.start()].lstrip().startswith(prev)):
                        phrase = prev  # the name, then its apposition (a sentence opened by a quote: the name does not open it)
                    elif run and (self.lex.is_role(run.group(1)) or run.group(1) in ("-", "–", "—")) and NAME_SHAPE.match(run.group(2)):
                        phrase = run.group(2)  # "his agent Marc Cornstein", "… danceable and positive - Gabi Drzewiecka"
                    elif k >= 1 and words[0].lower() in self.lex.articles:
                        phrase = _np_before(chunk, self.lex) or phrase  # "a member of one of the groups"
                    elif prev and not run:
                        phrase = _np_before(prev, self.lex) or phrase  # "Local sources, requesting not to be named, told WAFA that …"
                elif k >= 1 and named_alone(chunk, False):
                    phrase = chunk
            if (not self.lex.capitalised_nouns and phrase and phrase.split()[-1].lower() in self.lex.coordinators and len(chunks) >= 2
                    and (NAME_SHAPE.match(chunks[0]) or self.names.resolve(chunks[0]))):
                phrase = chunks[0]  # "Kumud Mishra, who portrays …, lauds the actress and tells …": the subject of both verbs
            if phrase is None and prefix.endswith(","):
                for chunk in reversed(chunks[:-1]):  # "In a statement, CHA president Sister Carol Keehan, DC, said that …"
                    run = re.search(r"((?:[A-ZÄÖÜ][\w'’.-]*\s+){0,3}[A-ZÄÖÜ][\w'’-]*)$", chunk)
                    if run and self.names.resolve(run.group(1)):
                        phrase = run.group(1)
                        break
            antecedent = self.lex.who_antecedent.search(prefix.rstrip()) if not self.lex.capitalised_nouns else None
            if antecedent and not sure:
                sure = antecedent.group(1)  # "a distress call from seamen on board the MV Gibe, who said …": the antecedent
            if sure:
                phrase = sure
            elif (self.lex.capitalised_nouns and phrase and phrase == after and " " not in phrase and _dictionary_word(phrase)
                  and not self.lex.is_role(phrase) and _base(phrase) not in self.names.full and phrase not in self.lex.pronouns
                  and not _surname_like(phrase) and not _first_name(phrase) and not _place(phrase)
                  and not _proper_noun(phrase)):  # "sagte Müller" stays Müller, "schätzte Sony" Sony
                # "…“, sagte Rettung": a bare common noun where a name belongs (a machine translation of
                # "Heil") names nobody; the person the text is about speaks
                recent = self.names.last_person_before(s_start + m.start())
                if recent:
                    phrase = recent
            if (not self.lex.capitalised_nouns and phrase and phrase in (tail, before) and not prefix.rstrip().endswith(phrase)
                    and (glued := self.glued_person(prefix)) and glued != self.names.resolve(phrase)):
                # "… died in his home The Irish Press founder Éamon de Valera said …", "… to $76 million South Bend Mayor
                # Pete Buttigieg announced …": a headline run into the lead; the person named right before the cue speaks
                phrase = glued
            who = self.resolve(phrase, s_start + m.start())
            opens = prefix[: len(prefix) - len(phrase)].rstrip()[-1:] if phrase and prefix.endswith(phrase) else ("" if not prefix.strip() else "x")
            if who is None and phrase in self.lex.pronouns and (self.lex.capitalised_nouns or opens in ("", ",", '"', "'", "”", "’", "“")):
                # "…“, sagte er." with nobody named before: the quote stands, its speaker as written (English: only where the
                # pronoun opens the sentence or follows the quote, not "with a gun he said he found")
                who = phrase.lower()
            relayed = (self.lex.relayed_source.search(outside, m.end()) or self.lex.relayed_source.search(outside, 0, m.start())
                       if self.lex.relayed_source is not None else None)  # also fronted: "Unter Berufung auf X enthüllten sie, dass …"
            if who and relayed and (not re.search(r"[,:]", outside[m.end() : relayed.start()]) or outside[m.end() : relayed.start()].strip() == ","):
                # "berichteten unter Berufung auf X, …", "…, Boyette said, citing aid workers": X said it (an English source
                # may be a common noun)
                who = self.resolve(relayed.group("src"), s_start + relayed.start()) or (relayed.group("src") if not self.lex.capitalised_nouns else who)
            inner = self.lex.relayed_speaker.match(rest) if self.lex.relayed_speaker is not None else None
            relayed_who = (inner.group("who") or inner.groupdict().get("plain") or inner.groupdict().get("name") or "") if inner else ""
            if who and relayed_who and self.names.resolve(relayed_who):
                who = self.names.resolve(relayed_who)  # "Die Welt berichtete, Merkel finde, …": Merkel's view
            elif who and relayed_who and not self.lex.capitalised_nouns:
                # "Hutson said aid workers inside the camp said …": the aid workers said it
                who = self.lex.relayed_who_end.split(relayed_who, maxsplit=1)[0]
            if who:
                return _Speech(who, m.group(0), s_start + m.start())
        so = self.lex.source_after_comma
        sm = _source_after_comma(so).search(outside) if so and so in outside else None
        if sm:
            after_so = sm.group(1)
            if after_so.split(" ", 1)[0].lower() in self.lex.complementizers:
                after_so = ""  # "…, so dass der Betrüger …": a conjunction, no source
            elif self.lex.capitalised_nouns and after_so[:1].islower() and after_so.split(" ", 1)[0].lower() not in self.lex.articles:
                # "…, so argwöhnte die Musikerin, habe …": a parenthesis, the verb first, then who (not "so droht eine Krise.")
                after_so = after_so.split(" ", 1)[-1] if re.match(r"\S+\s+(?:\w+\s+){0,3}?[A-ZÄÖÜ][\w-]*\s*,", after_so) else ""
            who = self.resolve(_np_after(after_so, self.lex), s_start + sm.start())
            if who:
                return _Speech(who, "so")
        return None

    def _joined_subject(self, clause: str) -> str | None:
        """German: the subject of a main clause joined by a coordinator right before the cue ("…
        angefragt und derselbe Verkäufer sagte"): a noun phrase after "und" where the word before
        "und" is no noun (a verb, an adverb, a number: clauses are joined, not two subjects as in
        "Merkel und Macron sagten")."""
        m = _joined_clause(self.lex.coordinators).search(clause)
        if m is None:
            return None
        first = m.group(1).lower()
        if (m.group(1)[:1].isupper() or first in self.lex.articles or first in self.lex.prepositions or first in self.lex.pronouns
                or first in self.lex.object_pronouns or first in self.lex.plain_pronouns):
            return None  # "Für ihn und seine Mitarbeiter hofft er": two objects joined, no clause
        words = m.group(3).split()
        lower = [w for w in words if w[:1].islower()]
        if any(w in self.lex.prepositions or not w.endswith(self.lex.adjective_endings) for w in lower):
            return None  # "und in Berlin sagte": a place, no subject
        while words and words[0][:1].islower() and words[0] not in self.lex.articles:
            words = words[1:]  # "derselbe Verkäufer": the noun
        return " ".join(words) or None

    def _same_kind(self, role: str, other: str) -> bool:
        """Whether two role words can name the same office ("der Staatschef" for "Präsident X")."""
        a, b = role.lower(), other.lower()
        return any(kind in a and kind2 in b for kinds in self.lex.role_kinds for kind in kinds for kind2 in kinds)  # ("des Präsidenten")

    def _person_noun(self, noun: str) -> bool:
        """A noun for a person: a role, or a person word ("Student"), also at the end of a compound
        ("Familienvater")."""
        if self.lex.is_role(noun) or noun in self.lex.person_anaphors:
            return True
        low = noun.lower()
        endings = _anaphor_endings(self.lex.person_anaphors, 4)
        return low.endswith(endings) and any(low.endswith(a) and len(low) > len(a) + 2 for a in endings)

    def _passive_clause(self, prefix: str) -> bool:
        """Whether the clause that ends at a cue is a passive ("es wurde – bei X – betont"): a passive
        auxiliary in it, asides in dashes or parentheses left out."""
        if self.lex.passive_markers.isdisjoint(prefix.lower().split()):
            return False  # no auxiliary at all: the common case, decided without a regex
        clause = re.sub(r"\s[–—-]\s[^–—]*?\s[–—-](?=\s|$)|\([^()]*\)", " ", prefix)
        clause = re.split(r"[,;:]", clause)[-1]
        words = clause.split()
        cut = max((k for k, w in enumerate(words) if w.lower() in self.lex.coordinators), default=-1)
        if cut >= 0:
            clause = " ".join(words[cut + 1 :])  # "X war Bürgermeister … und erklärte": the cue's own verb phrase
        if self.lex.passive_agent.search(clause):
            return False  # "wurde vom Verband X gewarnt, dass …": the agent speaks
        return not self.lex.passive_markers.isdisjoint(w.lower() for w in clause.split())

    def dominant_speaker(self) -> str | None:
        """The one named person who has said most so far, when the article is theirs (an interview or
        a portrait): at least three quotes and two thirds of all of them."""
        if len(self.quotes) < 3:
            return None
        top, n = Counter(q["speaker"] for q in self.quotes).most_common(1)[0]
        return top if n * 3 >= len(self.quotes) * 2 and top in self.names.people else None

    def _possessive_word(self, word: str) -> bool:
        """A possessive determiner ("Ihre", "Seinen", "his")."""
        return _possessive_pattern(tuple(self.lex.possessive_pronouns)).fullmatch(word.lower()) is not None

    def introduced_by_colon(self, sentence: str, s_start: int, quote_start: int) -> str | None:
        """Speaker of a quote after a colon with no cue verb: the person the sentence names first."""
        before = self.masked[s_start:quote_start].rstrip()
        if not before.endswith(":"):
            return None
        first = before.split()[:2]
        if len(first) == 2 and self._possessive_word(first[0]) and first[1][:1].isupper() and not self._person_noun(first[1]):
            owner = next(p for p in self.lex.possessive_pronouns if first[0].lower().startswith(p))
            return self.resolve(self.lex.possessive_pronouns[owner], s_start)  # "Ihre Arbeit hat sie … gebracht: „…“": hers
        who = self.person_subject(sentence, s_start)
        if who:
            return who
        opener = self.lex.person_opener.match(before) if self.lex.person_opener is not None else None
        if (opener and self.lex.capitalised_nouns and opener.group(1).lower() in self.lex.articles | self.lex.indefinite_articles
                and self._person_noun(opener.group(3))):
            phrase = " ".join((opener.group(2) + opener.group(3)).split())
            if opener.group(1).lower() in self.lex.indefinite_articles:
                return phrase  # "Ein junger Mann mit müden Augen schüttelt den Kopf: „…“": someone not named
            return self.resolve(opener.group(0).strip(), s_start) or phrase  # "Der Trainer freut sich: „…“": the coach named before
        clause = re.split(r"[,;]\s", before)[-1].split()
        pronoun = next((w for w in clause[:4] if w in self.lex.pronouns), None)
        if pronoun and not any(w.lower() in self.lex.articles or w[:1].isupper() for w in clause[: clause.index(pronoun)] if w.lower() not in self.lex.not_subject):
            return self.resolve(pronoun, s_start)  # "Er ist überzeugt: „…“", "Doch er ahnte: „…“"
        opening = before.split()[:1]
        if opening and opening[0] in self.lex.pronouns and opening[0][:1].isupper():
            return self.resolve(opening[0], s_start)  # "Sie schauen sich an, fast einverstanden ohne viele Worte: „…“"
        role = self.lex.definite_role.match(before)
        if role and self.lex.is_role(role.group("role")):
            return self.resolve("the " + role.group("role"), s_start)  # "The judge had advice …: "…""
        for noun in self.lex.document_nouns if self.lex.document_issuer else ():
            issued = _issuer_of(self.lex.document_issuer, noun).search(before)
            if issued:
                return self.names.resolve(_issuer(issued)) or _issuer(issued)  # "Eine Aussage von EPI lässt vermuten: „…“"
        if self.lex.capitalised_nouns:
            group = _np_before(before[:-1], self.lex)
            words = group.split() if group else []
            head = next((w for w in words if w[:1].isupper() and w.lower() not in self.lex.articles), "")
            if words and words[0].lower() in self.lex.articles and 2 <= len(words) <= 5 and (
                    self.lex.is_role(head) or self.lex.is_role(head[:-1]) or head.lower() in self.lex.person_nouns):
                one = self.resolve(group, s_start) if len(words) == 2 and self.lex.is_role(head) and words[0].lower() in self.lex.singular_articles else None
                return one or " ".join(words[1:])  # "Auch die Experten der Commerzbank sehen …: „…“"; "Der Trainer freut sich: „…“" is the coach
        label = before[:-1].strip().lstrip("-–• ").strip()
        if (1 <= len(label.split()) <= 3 and label[:1].isupper() and label.split()[0].lower() not in self.lex.not_subject
                and not (len(label.split()) == 1 and label.lower().endswith(self.lex.abstract_suffixes) and self.quoting_heading(quote_start))):
            # "Lehrer: „…“"; but "Kinderlosigkeit: „…“" heading a teaser is a topic, not a speaker
            return self.resolve(label, s_start) or label
        people = self.names.between(s_start, quote_start)
        for m in reversed(people):
            full = self.names.full.get(_base(m.name.split()[-1]))
            if full:
                return full
        for nm in reversed(list(_NAME_WITH_ROLE.finditer(before))):
            if any(self.lex.is_role(w.strip(",")) for w in nm.group(2).split()) and not _dictionary_word(nm.group(1).split()[-1]):
                return nm.group(1)  # "… kam auch Guim Roda, der aktuelle Team-Manager von KRT, zu Wort: „…“"
        return None

    # -- quotes ---------------------------------------------------------------------------------

    def add(self, si: int, speaker: str, cue: str | None, kind: str, start: int, end: int) -> None:
        speaker = speaker.lstrip(" \"'`“”„»«‘’") or speaker  # "’’ Mellinger says": a closing mark left of the name is none of it
        if " - " in speaker:  # "T - Mobile", "al - Hilu", "co - workers" in tokenised text (not "Jonathan Wright - director of …")
            speaker = re.sub(r"(\w+) - (?=(\w+))", lambda d: d.group(0) if len(d.group(1)) > 2 and d.group(1)[0].isupper() and d.group(2)[0].islower()
                             else d.group(1) + "-", speaker)
        if (lost := re.search(r"[a-zäöüß]{2}\.([a-zäöüß]{2,})$", speaker)) and lost.group(1) not in _DOMAINS:
            speaker = speaker.rsplit(".", 1)[0]  # "sagte Hahn.mehr in seinem …": a lost space
            speaker = self.names.full.get(_base(speaker), speaker) if " " not in speaker else speaker
        if speaker.isupper() and len(speaker) > 3 and " " not in speaker and (full := self.names.full.get(_base(speaker.capitalize()))):
            speaker = full  # "bestätigte ESPER …": the name in capitals, named in full elsewhere
        if " " in speaker and speaker.split(" ", 1)[0].lower() in self.lex.subordinators:
            speaker = speaker.split(" ", 1)[1]  # "…, while supporters claim …": the subordinator opens the clause, no part of who speaks
        last = speaker.rsplit(" ", 1)[-1].lower()
        if self.lex.speaker_time_tail is not None and " " in speaker and (last in self.lex.weekdays or last in self.lex.month_numbers or last in ("week", "month", "year")):
            speaker = self.lex.speaker_time_tail.sub("", speaker) or speaker  # "Indian Navy in November"
        while start < end and self.text[start] in " ,:":
            start += 1
        mark = 2 if self.text[start : start + 2] in ("''", "``") else 1
        if kind == "indirect" and start < end and self.text[start] in "\"'`“”„»«" and not any(s == start + mark for s, _ in self.spans):
            start += mark  # a stray mark that pairs with nothing ('"A man … was arrested, police said'): no part of the report
            while start < end and self.text[start] == " ":
                start += 1
        while end > start and self.text[end - 1] in " ,:":
            end -= 1
        if end - start < 3 or not _has_words(self.text, start, end, 2) or speaker.split()[-1].lower() in self.lex.generic_subjects:
            return  # (a generic "man" names nobody; "Wer glaubt, dass …" neither)
        if " " not in speaker and speaker.lower() in self.lex.not_speakers:
            return  # "Given …", "Somehow, Reid …", "That ’ s exactly what …": a word that opens a sentence names no speaker
        if speaker.split()[-1].lower() in self.lex.first_person and kind == "indirect":
            return  # "Wir gehen davon aus, dass …": the author's own view, nobody quoted
        self.quotes.append({
            "id": "", "article": self.a.id, "sentence": si, "speaker": speaker, "speaker_entity": None,
            "kind": kind, "cue": cue, "text": self.text[start:end], "start": start, "end": end,
        })
        self.last_speaker = speaker
        self.last_speech_sentence = si
        self.last_speech_start = start

    def run(self) -> list[dict[str, Any]]:
        self.direct_spans = direct = [(s, e) for s, e in self.spans if _has_words(self.text, s, e, MIN_WORDS) and not _title(self.text[s:e]) and not self.named_work(s)]
        direct_starts = [s for s, _ in direct]
        previous_para = -1
        title_end = self.names.skip_to  # the headline: a short first paragraph that is no sentence
        for si, span in enumerate(self.a.sentences):
            self.si = si
            sentence = self.text[span.start : span.end]
            para = self.para_of(span.start)
            if para != previous_para and si - self.last_speech_sentence > 3:
                self.last_speaker = None
            previous_para = para
            if span.end <= title_end:
                continue  # a headline repeats, in short, what the article quotes
            inside = [(s, e) for s, e in direct[max(0, bisect_left(direct_starts, span.start) - 1) : bisect_left(direct_starts, span.end)]
                      if e > span.start]  # spans are disjoint and in text order: one before the sentence may run into it
            started_here = [(s, e) for s, e in inside if s >= span.start - 2]
            speech = self.speaker_in(sentence, span.start)
            back_aux = (speech is not None and self.previous is not None and self.previous[0] == si - 1 and self.lex.capitalised_nouns
                        and self.lex.back_reference.match(sentence) is not None and len(sentence.split()) > 2
                        and sentence.split()[1] in self.lex.auxiliaries and self.lex.inverted_subject is not None
                        and bool(self.lex.speech_verbs.fullmatch(sentence.split(",")[0].rstrip(" .").split()[-1])))  # the participle closes the clause
            if back_aux and (inv := self.lex.inverted_subject.match(sentence.split(",")[0])) and (inv.group(1)[:1].isupper() or inv.group(1).split()[0] in self.lex.articles):
                speech = _Speech(self.resolve(inv.group(1), span.start) or inv.group(1), sentence.split()[1])  # "Das habe X … gesagt, zitiert CNN …": X said the sentence before
            if (speech and self.previous and self.previous[0] == si - 1 and len(sentence.split()) > 1 and (
                    (self.lex.back_reference.match(sentence) and (speech.cue or "").split()[0] == sentence.split()[1])
                    or (self.lex.passive_back_reference is not None and self.lex.passive_back_reference.match(sentence)
                        and speech.cue is not None and sentence.rstrip(" .").endswith(" " + speech.cue)))):
                # "Das sagte X": the sentence before is what X said
                p_si, p_sentence, p_start = self.previous
                # one finished statement of the same paragraph (a colon marks a label or a headline glued on)
                finished = p_sentence.rstrip().endswith((".", "!", "?")) and self.para_of(p_start) == para and ":" not in self.masked[p_start : p_start + len(p_sentence)]
                if finished and not any(q["start"] >= p_start for q in self.quotes) and not any(s < p_start + len(p_sentence) and e > p_start for s, e in direct):
                    self.add(p_si, speech.speaker, speech.cue, "indirect", p_start, p_start + len(p_sentence.rstrip(" .")))
            elif not started_here and (frame := self.lex.back_frame.match(sentence.strip())) and self.previous and self.previous[0] == si - 1:
                # "Welcher Gruppe sie sich anschließen, „ist oft Zufall“. So beschreibt es X.": the sentence before is X's
                p_si, p_sentence, p_start = self.previous
                if (self.para_of(p_start) == para and p_sentence.rstrip().endswith((".", "!", "?", "“", "”", '"', "»", "«"))
                        and not any(q["start"] >= p_start for q in self.quotes)):
                    who = self.resolve(frame.group("who"), span.start) or frame.group("who")
                    self.add(p_si, who, None, "indirect", p_start, p_start + len(p_sentence.rstrip(" .")))
            elif (started_here and speech is None and all(e <= span.end for _, e in started_here) and self.continues_at(si)
                  and not self.text[span.start : started_here[0][0]].rstrip(" „“”\"»«‚‘'`").endswith(":")  # (a colon introduces a quote of its own)
                  and self._minor_quote(span.start, span.end)):
                if not (self.lex.capitalised_nouns and self.attributed(si, span.start, sentence)):  # "Nach Einschätzung des X habe …, «…»": X's
                    self.indirect(si, span.start, sentence, None)  # "Es habe eine „Kultur der …“ geherrscht": reported, quoting a phrase
            elif started_here:
                if speech and speech.cue:
                    # "X stamme aus …, sagte Stein: „…“": the clause before the cue is reported too
                    cue_at = self.masked.find(speech.cue, span.start, span.end)
                    head = self.text[span.start:cue_at].rstrip() if cue_at > span.start else ""
                    quoted_in_head = [s for s, _ in self.spans if span.start <= s < cue_at]
                    fragment = bool(quoted_in_head) and (self._minor_quote(span.start, cue_at) or all(self._quoted_infinitive(s) for s in quoted_in_head))
                    # ("X seien keine Y, sondern «…»"; "Es gebe keinen Grund, „länger … gebunden zu sein“": a phrase of the clause)
                    # reported speech ("Die Gemeinde wisse nicht, ob …"), not a question that frames
                    # the quote ("Auf die Frage, ob es … gehe, sagte X: …")
                    masked_head = self.masked[span.start:cue_at]
                    question = self.lex.question_clause.search(masked_head)
                    framed = bool(question) and not self.lex.reported(masked_head[: question.start()])  # type: ignore[union-attr]
                    # ('"…," Ben Bradlee, who was the editor, said': the quote opens the sentence and its speaker with an
                    # apposition follows; no clause is reported before the cue)
                    q_end = max((e for s, e in self.spans if s in quoted_in_head), default=cue_at)
                    lead_after = self.masked[q_end:cue_at].lstrip(" \"'“”»«‘’`,").split(",")[0].split()
                    speaker_lead = (bool(quoted_in_head) and not self.masked[span.start : quoted_in_head[0]].strip(" \"'“”„»«‚‘`")
                                    and bool(speech.speaker.split()) and speech.speaker.split()[-1] in lead_after)
                    if head.endswith(",") and (not quoted_in_head or fragment) and self.lex.reported(masked_head) and not framed and not speaker_lead:
                        self.add(si, speech.speaker, speech.cue, "indirect", span.start, span.start + len(head) - 1)
                    elif quoted_in_head and not fragment:
                        lead = self.text[span.start : quoted_in_head[0] - 1].rstrip(" ,")
                        if _words(lead) >= 4 and self.lex.reported(lead):
                            # "Die Doku sei berührend, „weil …“, sagte X" (not "Damit erreiche man „…“": the quote is its object)
                            self.add(si, speech.speaker, speech.cue, "indirect", span.start, span.start + len(lead))
                before = len(self.quotes)
                self.direct(si, span.start, sentence, speech, started_here)
                if speech and speech.cue:
                    self.beside_direct(si, span.start, span.end, speech, started_here)
                elif speech is None and len(self.quotes) > before:
                    lead = self.masked[span.start : started_here[0][0] - 1].rstrip()
                    if (lead.endswith(":") or (lead.endswith(",") and self.lex.reported_form is not None)) and _words(lead) >= 3 and self.lex.reported(lead):
                        # "Er sehe darin eine Chance: „…“", "Man dürfe nicht unerwähnt lassen, «dass …»": the reported lead is the
                        # same speaker's (before a comma only where the pack tells the reported mood by its forms: not "was", "would")
                        self.add(si, self.quotes[before]["speaker"], None, "indirect", span.start, span.start + len(lead) - 1)
            elif inside and speech and speech.cue:
                self.beside_direct(si, span.start, span.end, speech, inside)  # a quote that began sentences before
            elif not inside:
                # (a sentence that can name no source without a cue is never ``attributed``: nothing more to ask)
                may_name = speech is None and self.may_name_source(span.start, span.end)
                opinion = (may_name and self.lex.opinion_source is not None
                           and self.lex.opinion_source.search(sentence) is not None and self.hedged(sentence))
                if (speech is not None or not may_name or not (opinion or self.needs_source(si, sentence))
                        or not self.attributed(si, span.start, sentence)):
                    before = len(self.quotes)
                    self.indirect(si, span.start, sentence, speech)
                    if (speech is not None and len(self.quotes) == before and self.last_speaker and si - self.last_speech_sentence == 1
                            and speech.speaker != self.last_speaker and speech.cue and (cue_at := self.masked.find(speech.cue, span.start, span.end)) > span.start
                            and self.lex.continues(self.masked[span.start : cue_at])
                            and self.masked[span.start : cue_at].rsplit(",", 1)[-1].split()[:1] not in [[w] for w in self.lex.subordinators]):  # (not "…, wie X sagte")
                        # "…, meinten X und Y. Das Lied habe Z 1984 geschrieben": a cue under a Konjunktiv verb that
                        # reports nothing of its own is part of what the speaker before reports
                        self.add(si, self.last_speaker, None, "indirect", span.start, span.start + len(sentence.rstrip(" .")))
                    if speech is not None and len(self.quotes) == before:
                        self.unquoted = (si, speech.speaker)
                    if speech is not None and len(self.quotes) == before and (
                            speech.speaker in self.names.people or (" " not in speech.speaker and _surname_like(speech.speaker)) or self.cue_closes(speech, span)
                            or speech.speaker.split()[-1].lower().endswith(tuple(self.lex.institution_nouns))  # "Das Auswärtige Amt warnt vor Reisen. … sei …"
                            # "Die SVP fordert den Bund auf, seine Strategie zu ändern. Andernfalls wären …": a body's demand in an infinitive
                            or (speech.speaker.isupper() and 2 <= len(speech.speaker) <= 6 and "," in sentence
                                and self.lex.infinitive_clause.match(sentence.rstrip(" .").rsplit(",", 1)[1]) is not None)
                            or not self.lex.document_nouns.isdisjoint(w.strip(".,;:").lower() for w in sentence.split())):
                        # "…, nannte sie X eine „Y“": a named person quoted in a word speaks on; "Die EU hat
                        # den Entwurf scharf kritisiert. X werde …": what follows in Konjunktiv is what it said;
                        # so after "X verurteilte … in einer Mitteilung"
                        self.last_speaker, self.last_speech_sentence = speech.speaker, si
                    elif (speech is not None and len(self.quotes) == before and self.lex.capitalised_nouns
                          and (found := self._named_source(self.masked[span.start : span.end], span.start)) and found[0] == speech.speaker):
                        # "…, wie ein Polizeisprecher sagte. Der Geschädigte habe …": the source speaks on in Konjunktiv
                        self.last_speaker, self.last_speech_sentence, self.source_only = speech.speaker, si, si
            self.previous = (si, sentence, span.start)
        self.merge_fragments()
        self.drop_repeats()
        self.interview_answers()
        for n, q in enumerate(self.quotes, 1):
            q["id"] = f"{self.a.id}:q{n}"
        return self.quotes

    def beside_direct(self, si: int, start: int, end: int, speech: _Speech, spans: list[tuple[int, int]]) -> None:
        """Reported clauses in a sentence that also quotes directly: "X teilte mit, dass …: „…“" and
        "„…“, sagte X und fügte hinzu: Es seien …"."""
        cue_at = self.masked.find(speech.cue or "", start, end)
        first, last = spans[0][0], spans[-1][1]
        if 0 <= cue_at < first:
            between = self.masked[cue_at:first]
            m = _with_words(r",\s*(?=", self.lex.complementizers, r"\b)").search(between)
            plain = _with_words(r"\s", self.lex.complementizers, r"\s").search(between)
            colon = between.rfind(":")
            said = re.search(r",\s+", between[:colon]) if colon > 0 else None
            if m and ":" in between[m.end():]:
                self.add(si, speech.speaker, speech.cue, "indirect", cue_at + m.end(), cue_at + between.rindex(":"))
            elif (self.lex.capitalised_nouns and said and _words(between[said.end() : colon]) >= 3
                  and between[said.end():].split()[0].lower() not in self.lex.question_openers
                  and (self.lex.reported(between[said.end() : colon]) or (bool(self.lex.source_openers) and self.masked[start:cue_at].lstrip().lower().startswith(self.lex.source_openers)))):
                # "Güvercin sagt, es brauche mehr: „…“": the reported clause before the colon, then the quote
                # ("Wie X bestätigte, möchte der Club ihn halten: „…“": after "Wie X <cue>," any mood is reported)
                self.add(si, speech.speaker, speech.cue, "indirect", cue_at + said.end(), cue_at + colon)
            elif (not self.lex.capitalised_nouns and not plain and colon > 0 and (speech.cue or "") in self.lex.clause_cues
                  and not self.text[cue_at + colon + 1 : first].strip(" \"'“”‘’`") and _words(between[:colon]) >= 5):
                # 'Twilio said the legislation should have a notable impact: "The law will …"'
                clause_end = cue_at + colon
                self.add_reported_clause(si, speech, cue_at + len(speech.cue or ""), self.masked[cue_at + len(speech.cue or "") : clause_end], clause_end)
            elif not self.lex.capitalised_nouns and not plain and ":" not in between and _words(between) >= 5:
                clause_end = cue_at + len(between.rstrip(" ,'\"“”`"))
                self.add_reported_clause(si, speech, cue_at + len(speech.cue or ""), self.masked[cue_at + len(speech.cue or "") : clause_end], clause_end)
            elif (not self.lex.capitalised_nouns and not plain and ":" not in between and speech.cue and len(spans) == 1 and 1 <= _words(between[len(speech.cue):]) <= 3
                  and "," not in between[len(speech.cue):]
                  and (subject := self.lex.object_clause.match(between[len(speech.cue):])) is not None and self.text[first:first + 1].islower()
                  and self._minor_quote(cue_at + len(speech.cue), end)):
                # 'admits he "played two horrendous shots" in the first Test': a reported clause around quoted words
                clause_at = cue_at + len(speech.cue) + subject.end() - len(subject.group(0).split()[-1])  # ("told police he": the listener skipped)
                closed = self.text[:last].rstrip()[-1:] == "," or re.match(r"[\s\"'“”’]*,", self.text[last:end])  # ('he "did not mean to …," sources tell X': the clause ends with the quote)
                self.add(si, speech.speaker, speech.cue, "indirect", clause_at, last if closed else start + len(self.text[start:end].rstrip(" .")))
            elif plain and ":" not in between and self._minor_quote(cue_at + plain.end(), end):
                # 'said Monday that "putting aside …, "Gigante had suffered from "…"': reported, quoting phrases
                self.add(si, speech.speaker, speech.cue, "indirect", cue_at + plain.end(), start + len(self.text[start:end].rstrip(" .")))
            elif ((m := re.search(r",\s+", between)) and _words(between[m.end():]) >= 2 and ":" not in between[m.end():]
                    and between[m.end():].split()[0].lower() not in self.lex.question_openers
                    and self._minor_quote(cue_at + m.end(), end) and self.lex.reported(self.masked[cue_at + m.end() : end])):
                # "warnte X, jede Verletzung … untergrabe „die Grundlagen …“": quoted words in reported speech
                self.add(si, speech.speaker, speech.cue, "indirect", cue_at + m.end(), start + len(self.text[start:end].rstrip(" .")))
        tail = self.masked[last:end]
        inserted = (re.match(r"[\s“”\"»«']*,\s+([^,:;]+(?:,[^,:;]+)?),\s*$", self.masked[last:cue_at])
                    if cue_at > last and not self.text[start:first].strip(" „“”\"»«‚‘'") else None)  # (the sentence opens with the quote)
        if inserted and _words(inserted.group(1)) >= 3 and self.lex.capitalised_nouns and self.lex.reported(inserted.group(1)):
            # "„…“, wenn die Grenzen nicht kämen, sagte ein Beamter": the clause between quote and cue is reported too
            self.add(si, speech.speaker, speech.cue, "indirect", last + inserted.start(1), last + inserted.end(1))
        noting = self.lex.participle_cue.search(tail) if self.lex.participle_cue is not None else None
        if noting and cue_at < noting.start() + last:
            # '"…, " he added, noting that it could be "difficult" to …': the same speaker reports on
            self.add(si, speech.speaker, speech.cue, "indirect", last + noting.end(), start + len(self.text[start:end].rstrip(" .")))
        if not self.lex.capitalised_nouns and (who := self.lex.who_said.search(tail)) and cue_at < last + who.start():
            # '"…, '' said Chairman X, who said he would introduce legislation …': the speaker reports on
            self.add(si, speech.speaker, speech.cue, "indirect", last + who.end(), start + len(self.text[start:end].rstrip(" .")))
        colon = tail.find(": ")
        if cue_at > last - 2 and colon > 0 and not QUOTE_MARK.search(self.text[last + 1 + colon:end]) and self.lex.reported(tail[colon:]):
            self.add(si, speech.speaker, speech.cue, "indirect", last + colon + 1, start + len(self.text[start:end].rstrip(" .")))

    def _minor_quote(self, a: int, b: int) -> bool:
        """Whether the quoted words in ``text[a:b]`` are a minor part of the clause (under two thirds of
        its words): the clause is then reported speech with a quoted fragment, else it is a direct
        quote with a few words of frame ("die Organisation werde »…«")."""
        total = _words(self.text[a:b])
        quoted = sum(_words(self.text[max(s, a) : min(e, b)]) for s, e in self.spans if s < b and e > a)
        return total > 0 and quoted * 3 < total * 2

    def _quoted_infinitive(self, start: int) -> bool:
        """Whether the quoted span that starts at ``start`` is a bare infinitive phrase in lower case
        ("„länger an die Verpflichtungen gebunden zu sein“"): words of the clause around it, no
        statement of its own."""
        end = next((e for s, e in self.spans if s == start), start)
        quoted = self.text[start:end]
        return quoted[:1].islower() and all(self.lex.infinitive_clause.match(part) is not None for part in quoted.split(","))  # ("alles zu tun, um … zu sichern")

    def _possessive(self, text: str) -> bool:
        """A cheap test before the possessive-source pattern: one of its possessives occurs."""
        return any(h in text for h in self.lex.possessive_hints)

    def needs_source(self, si: int, sentence: str) -> bool:
        """Whether a source named without a cue could matter: a colon, a quote or reported speech next."""
        if ":" in sentence:
            return True
        nxt = self.a.sentences[si + 1] if si + 1 < len(self.a.sentences) else None
        if nxt is not None:
            following = self.text[nxt.start : nxt.end]
            if (QUOTE_MARK.search(following) or self.continues_at(si + 1) or self.lex.conditional.search(following)
                    or self.lex.inherit_attribution.search(following)):  # "Nach einem Bericht des RBB …. Der Polizist soll demnach …"
                return True
        # "Nach seinen Berechnungen bräuchte es …", "Denn damit wäre es laut den Nutzern leichter": a view
        # reported in the sentence itself, with its own source (the cheap word test first)
        may_name = (not self.lex.attribution_words or any(w in sentence for w in self.lex.attribution_words)
                    or (self.lex.possessive_source is not None and self._possessive(sentence)))
        return may_name and self.hedged(sentence)

    def continues_at(self, si: int) -> bool:
        """``lex.continues`` for sentence ``si``, computed once."""
        hit = self._continues.get(si)
        if hit is None:
            span = self.a.sentences[si]
            # (not "Hier finden Sie brandheiße News …": a capitalised "Sie" after the verb addresses the reader, nobody reports)
            hit = self._continues[si] = self.lex.continues(self.text[span.start : span.end]) and not (
                self.lex.reader_after_verb is not None and self.lex.reader_after_verb.search(self.masked[span.start : span.end]) is not None)
        return hit

    def _named_source(self, text: str, start: int) -> tuple[str, re.Match[str]] | None:
        """The first source ``text`` names without a cue ("laut X", "X zufolge") that resolves,
        with its match; ``text`` starts at offset ``start`` of the article."""
        poss = self.lex.possessive_source.search(text) if self.lex.possessive_source is not None and self._possessive(text) else None
        if poss:
            pro = next((g for g in poss.groups() if g), "").lower()
            who = self.resolve(self.lex.possessive_pronouns.get(pro, "er"), start + poss.start())
            if who:
                return who, poss  # "Nach seinen Berechnungen bräuchte es …": his, the person just named
        if self.lex.attribution_words and not any(w in text for w in self.lex.attribution_words):
            return None
        for pattern in self.lex.attribution:
            m = pattern.search(text)
            adjective_led = bool(m) and "src" in m.groupdict() and bool(m.group("src")) and self.lex.capitalised_nouns and bool(  # type: ignore[union-attr]
                _adjective_led(self.lex.adjective_endings).match(m.group("src"))) and not m.group("src").startswith(self.lex.own_prefixes or ("\0",))  # type: ignore[union-attr]  # "laut libanesischen Angaben"
            if m and "src" in m.groupdict() and m.group("src") and (m.group("src")[:1].isupper() or not self.lex.capitalised_nouns or adjective_led):
                src = m.group("src").strip()
                if adjective_led and self.lex.nominative is not None:
                    src = self.lex.nominative(" ".join(src.split()[:2]))
                if self.lex.capitalised_nouns:
                    # "Féraud war die Bar …", "Gesundheitsdirektor des Kantons stieß das Spital …": the name
                    # ends at the first small word that is no article, preposition or inflected adjective
                    src = _source_end(self.lex.source_links, self.lex.adjective_endings).sub("", src)
                    src = re.sub(r"(?:\s+[a-zäöüß]\S*)+$", "", src)
                    words = src.split()
                    stop = next((k for k, w in enumerate(words) if k and w in self.lex.object_articles and words[k - 1] not in self.lex.coordinators), None)
                    if stop is None and len(words) >= 2 and words[1][:1].islower() and self.names.resolve(words[0]) in self.names.people:
                        stop = 1
                    if stop:
                        words = words[:stop]  # "laut Fed die Widerstandsfähigkeit …", "laut Liat mehrere Stromausfälle": the name ends it
                        src = " ".join(words)
                    if len(words) >= 2 and self.lex.is_role(words[-2]) and _dictionary_word(words[-1]) and _base(words[-1]) not in self.names.full:
                        src = " ".join(words[:-1])  # "laut der Forschungs-Politikerin Lücken": the noun after the role is the clause's
                who = self.resolve(src, start + m.start())  # "… des Präsidenten X beruhigt": the verb is no name
                if who:
                    return who, m
        return None

    def source_named(self, start: int, sentence: str) -> str | None:
        """The source a sentence names without a cue, resolved (on the text with its quotation
        marks, which end the source's name)."""
        found = self._named_source(sentence, start)
        return found[0] if found else None

    def may_name_source(self, start: int, end: int) -> bool:
        """Whether ``_named_source`` can find anything in ``masked[start:end]``: one of the pack's
        possessive hints or attribution words occurs (a cheap test that spares the costlier ones)."""
        return self._source_hints is None or self._source_hints.search(self.masked, start, end) is not None

    def attributed(self, si: int, start: int, sentence: str) -> bool:
        """A sentence that names its source without a cue ("Laut Kauert wird es Jahre dauern",
        "Nach Ansicht von Lang hat …: Sie müsse …"): what follows in Konjunktiv is that source's."""
        outside = self.masked[start : start + len(sentence)]
        found = self._named_source(outside, start)
        if found is None:
            return False
        who, m = found
        if who.lower() in self.lex.norm_nouns:
            if not (self.last_speaker and si - self.last_speech_sentence <= 2):
                return False  # "laut Beschluss": a rule speaks for nobody
            who = self.last_speaker  # "X sagte, er sei skeptisch. Das Verbot gelte laut Beschluss bis …": still X
        if (who not in self.names.people and self.lex.is_role(who.split()[-1]) and self.last_speaker
                and si - self.last_speech_sentence <= 2 and self.para_of(start) - self.para_of(self.last_speech_start) <= 1):
            who = self.last_speaker  # "laut der Forschungs-Politikerin": a bare role for who just spoke
        self.last_speaker, self.last_speech_sentence, self.source_only = who, si, si
        colon = outside.find(": ", m.end())
        if colon > 0 and self.lex.reported(outside[colon:]):
            self.add(si, who, None, "indirect", start + colon + 1, start + len(sentence.rstrip(" .")))
            return True
        opinion = self.lex.opinion_source.search(outside) if self.lex.opinion_source is not None else None
        comma = outside.rfind(", ", 0, m.start())
        scope = outside
        if comma >= 0 and outside[comma + 2 :].split(" ", 1)[0] in self.lex.relative_pronouns:
            scope = outside[comma:]  # "…, die laut Definition … festgestellt wird": the source speaks in its relative clause only
        reported = bool(self.lex.reported(scope) or self.lex.conditional.search(scope))  # "laut X bestünden Lücken"
        if ((opinion and opinion.start() <= m.start() + 2 and self.hedged(outside)) or (self.lex.capitalised_nouns and reported)
                or (m.re is self.lex.possessive_source and self.hedged(outside))):  # "sollten ihrer Meinung nach jetzt handeln"
            # "Nach Einschätzung von X könnten die Dienste … ausgebaut haben": X's view, reported
            self.add(si, who, None, "indirect", start, start + len(sentence.rstrip(" .")))
            return True
        return False

    def hedged(self, sentence: str) -> bool:
        """Reported or conditional mood ("sei", "könnten … haben"): a view, not the author's fact."""
        return bool(self.lex.reported(sentence) or self.lex.conditional.search(sentence)
                    or (self.lex.modal_subjunctive is not None and self.lex.modal_subjunctive.search(sentence)))

    def someone_else_since(self, offset: int) -> bool:
        """Whether a person other than the last speaker is named between the last speech and ``offset``."""
        since = self.a.sentences[self.last_speech_sentence].end if 0 <= self.last_speech_sentence < len(self.a.sentences) else 0
        for m in self.names.between(since, offset):
            full = self.names.full.get(_base(m.name.split()[-1]))
            if full and full != self.last_speaker:
                return True
        return False

    def drop_repeats(self) -> None:
        """A quote repeated inside a longer one (a subheading quoting the body) is kept once."""
        norm = [" ".join(_WORD.findall(q["text"].lower())) for q in self.quotes]
        keep = []
        for i, q in enumerate(self.quotes):
            repeated = q["kind"] == "direct" and bool(norm[i]) and any(
                j != i and norm[i] in norm[j] and (len(norm[j]) > len(norm[i]) or j > i) for j in range(len(self.quotes)))
            if not repeated:
                keep.append(q)
        self.quotes = keep

    def interview_answers(self) -> None:
        """A printed interview: question paragraphs (labelled "SRF News:", "Frage:", or unlabelled
        ones that end in "?") each followed by answers (labelled with the interviewee's name, or
        not). Each answer paragraph becomes a quote of the interviewee (kind ``interview``). Without
        labels it takes a lead that names the interview and its interviewee ("Wir haben mit X
        gesprochen", "Interview mit X", "Herr X, …?"), two questions answered, and a question that
        addresses its listener or an answer in the first person (FAQ headings ask no one)."""
        cues = self.lex.interview
        if cues is None or "?" not in self.text:
            return
        text = self.text
        paras: list[tuple[int, int, str | None, int]] = []  # start, end, label, body start
        pos = 0
        for chunk in text.split("\n\n"):
            c_start, c_end = pos + len(chunk) - len(chunk.lstrip()), pos + len(chunk.rstrip())
            pos += len(chunk) + 2
            if c_end <= c_start or c_end <= self.names.skip_to:
                continue
            # a page whose paragraphs were run together: "… Wie geht es Ihnen? Karoline Preisler: Als ich …" — labels after a
            # question and after other sentences split it, where a question is followed by a label twice
            inline = [m.start(1) for m in _INLINE_LABEL.finditer(text, c_start, c_end)]
            asked_then_label = sum(1 for k in inline if text[k - 2] == "?")
            bounds = [c_start, *inline, c_end] if len(inline) >= 2 and asked_then_label >= 2 else [c_start, c_end]
            for s, e in zip(bounds, bounds[1:]):
                e = s + len(text[s:e].rstrip())
                m = _LABEL.match(text, s, e)
                label = (m.group(1) if m is not None and (not m.group(1)[0].islower() or " " not in m.group(1)) and not m.group(1).endswith(".")
                         else None)  # ("t-online: …?", "ntv.de: …?": an outlet's lowercase name labels its questions)
                paras.append((s, e, label, m.end() if m is not None and label is not None else s))
        if len(paras) < 4:
            return

        def asks(k: int) -> bool:
            return text[paras[k][3] : paras[k][1]].rstrip(_CLOSING).endswith("?")

        q_labels: set[str] = set()
        a_labels: set[str] = set()
        for k in range(len(paras) - 1):
            qa, an = paras[k][2], paras[k + 1][2]
            if an is None or qa == an or not asks(k) or asks(k + 1) or an.lower() in cues.question_labels:
                continue
            if qa is not None:
                q_labels.add(qa)
                a_labels.add(an)
            elif an.lower() in cues.answer_labels or _base(an.split()[-1]) in self.names.full:
                a_labels.add(an)  # a question without a label, the answer labelled with a name of the article
        q_labels |= {p[2] for p in paras if p[2] is not None and p[2].lower() in cues.question_labels}
        a_labels -= q_labels
        first_q = next((k for k in range(len(paras)) if asks(k) and (not q_labels or paras[k][2] in q_labels)), None)
        if first_q is None:
            return
        head = text[: paras[first_q][0]]
        cued = cues.cue.search(head) is not None
        interviewee = self._interviewee(cues, head, text[paras[first_q][3] : paras[first_q][1]])
        labelled_pairs = sum(1 for k in range(len(paras) - 1) if (paras[k][2] in q_labels or (paras[k][2] is None and asks(k)))
                             and paras[k + 1][2] in a_labels)
        if labelled_pairs == 0:
            if not cued or interviewee is None or first_q > 3:
                return  # no labels: the lead must say it is an interview, and with whom, and the questions start soon
        elif labelled_pairs < 2 and not (cued or any(self._label_speaker(a, cues, interviewee) in self.names.people for a in a_labels)
                                         or any(a.lower() in cues.answer_labels for a in a_labels)):
            return
        answers: list[tuple[int, int, str | None]] = []
        speaker = interviewee
        questions = answered = 0
        asked = addressed = first_person = False
        for k in range(first_q, len(paras)):
            s, e, label, body = paras[k]
            if cues.end.match(text, s) is not None:
                break
            if label in q_labels or (label is None and asks(k)):
                questions += 1
                asked = True
                words = text[body:e].replace(",", " ").replace("?", " ").split()
                addressed = addressed or not cues.polite.isdisjoint(words[1:])
                continue
            if label is not None and label not in a_labels:
                continue  # "Lesen Sie auch: …"
            if label is not None:
                speaker = self._label_speaker(label, cues, interviewee, speaker)
            elif speaker is not None and re.search(r"\b" + re.escape(speaker.split()[-1]) + r"\b", text[body:e]) is not None:
                continue  # "SPD-Chefin X hat dafür gesorgt, …": a box about the interviewee, no answer of hers
            if not text[body:e].rstrip(_CLOSING).endswith((".", "!", "?", "…", ":", ";")):
                continue  # a subheading inside the interview
            answered += asked  # (an answer may run over several paragraphs)
            asked = False
            first_person = first_person or not self.lex.first_person.isdisjoint(w.lower() for w in text[body:e].replace(",", " ").split())
            answers.append((body, e, speaker))
        if labelled_pairs == 0 and (questions < 2 or answered < 2 or not (addressed or first_person)):
            return
        said = [" ".join(text[body:e].split()) for body, e, _ in answers]
        added = 0
        for n, (body, e, who) in enumerate(answers):
            if who is None or any(m != n and said[n] in said[m] and (len(said[m]) > len(said[n]) or m < n) for m in range(len(said))):
                continue  # (a pull quote repeats what the answer says)
            covered = sum(max(0, min(b, e) - max(a, body)) for a, b in self.direct_spans)
            if covered * 2 >= e - body:
                continue  # a quoted answer: the quotation marks' quote already holds it
            si = max(0, bisect_right(self.starts, body) - 1)
            self.quotes.append({
                "id": "", "article": self.a.id, "sentence": si, "speaker": who, "speaker_entity": None,
                "kind": "interview", "cue": None, "text": text[body:e], "start": body, "end": e,
            })
            added += 1
        if added:
            self.quotes.sort(key=lambda q: q["start"])

    def _label_speaker(self, label: str, cues: InterviewCues, interviewee: str | None, answering: str | None = None) -> str | None:
        """Who an answer's label names: "Antwort" the interviewee, "Jäger" the person the article
        calls "Thomas Jäger"; a one-word label the article uses nowhere else, the one ``answering``
        so far (or the interviewee)."""
        if label.lower() in cues.answer_labels:
            return interviewee
        last = label.split()[-1]
        if last.isupper() and len(last) > 1:  # a transcript's "KIM:" is the article's "Laura Kim"
            return next((full for surname, full in self.names.full.items() if surname.upper() == last), label)
        known = self.names.full.get(_base(last))
        if known is not None and not (known == label and self.text.count(label) == 1):
            return known  # (a name only the label itself writes may be a garbled one)
        first = label.split()[0]
        if " " in label and _first_name(first):
            same = {full for full in self.names.full.values() if full.split()[0] == first and " " in full and full != label}
            if len(same) == 1:
                return same.pop()  # "Karoline praler:" (a name garbled by translation) is the article's Karoline Preisler
        if " " not in label and (answering or interviewee) is not None and self.text.count(label) == 1:
            return answering or interviewee  # "Creamler:", a label naming nobody else in the article: who answered so far answers
        return known or label

    def _interviewee(self, cues: InterviewCues, head: str, first_question: str) -> str | None:
        """The person a lead names as the one interviewed ("Wir haben mit X gesprochen", "Interview
        mit X", "X im Interview"), or the one the first question addresses ("Herr X, …")."""
        for m in self.names.mentions:
            if m.start >= len(head):
                break
            full = self.names.full.get(_base(m.name.split()[-1]))
            if full is None:
                continue
            before = self.masked[max(0, m.start - 60) : m.start]
            sentence = self.a.sentences[max(0, bisect_right(self.starts, m.start) - 1)]  # the cue must stand in the name's sentence
            if cues.cue.search(head, sentence.start, min(sentence.end, len(head))) is not None and (cues.introduces.search(before) is not None
                                                                  or cues.named_after.match(head, m.end) is not None):
                return full
        address = cues.address.match(first_question)
        if address is not None:
            return self.names.full.get(_base(address.group("who").split()[-1]), address.group("who"))
        named = {self.names.full.get(_base(m.name.split()[-1])) for m in self.names.between(self.names.skip_to, len(head))}
        named.discard(None)
        return named.pop() if len(named) == 1 else None  # the one person the lead names

    def _apposition(self, words: list[str]) -> bool:
        """Whether the words set off by commas beside a name describe it: an article, a lowercase
        word or a role among the first two ("a doctor at …", "security research director at …",
        "Vice President of programs at …")."""
        return bool(words) and (words[0].lower() in self.lex.articles or words[0][:1].islower()
                                or any(self.lex.is_role(w.strip(".,")) for w in words[:2]))

    def _report_end(self, head: str, speaker: str) -> int:
        """Where a report before a trailing cue ends: at the last comma, or before the speaker set off
        by commas with its apposition or relative clause ("…, the governor of Qeshm, Mehdi iran-Nejad,
        told ISNA", "…, Fauzi, an official from the local disaster agency, told AFP", "…, a member of
        one of the groups, which has held 11 protests, told Reuters")."""
        cut = head.rfind(",")
        if not head.rstrip().endswith(",") or not speaker.split() or self.lex.capitalised_nouns:
            return cut  # (German names its speaker after the cue)
        names = set(speaker.split()) | self.lex.name_particles
        k, found, start = cut, False, cut
        for _ in range(3):
            before = head.rfind(",", 0, k)
            if before <= 0:
                break
            chunk = head[before + 1 : k].split()
            if not chunk:
                break
            lead = chunk[0].lower()
            if set(chunk) <= names or (len(chunk) <= 8 and speaker in " ".join(chunk) and chunk[-1] == speaker.split()[-1]):
                found, start = True, before  # the speaker's own words
            elif lead in self.lex.relative_subjects or chunk[0].isdigit() or (len(chunk) <= 14 and self._apposition(chunk)):
                start = before  # an apposition, an age or a relative clause beside the speaker
            else:
                break
            k = before
        return start if found else cut

    def add_reported_clause(self, si: int, speech: _Speech, at: int, rest: str, end: int) -> None:
        """The clause right after a cue, not set off by a comma ("said earlier that it had …", "said
        42 people were killed", "said Wednesday it will …"), not an object or an adverbial ("urged
        support for …", "said in a statement"); what may stand between is the pack's ``clause_lead``."""
        cl = self.lex.clause_lead
        if cl is None:
            return
        first = rest.split()[:1]
        named = cl.named if first and (first[0] in self.lex.prepositions or first[0] in cl.named_openers
                                       or (first[0][:1].isupper() and _named_listener(cl.complementizer).match(rest))) else ""  # ("warned Trump that …")
        m = _clause_lead(cl.lead, named).match(rest)
        if ((speech.cue or "") in self.lex.object_cues or (speech.cue or "") in self.lex.clause_only_cues or (speech.cue in self.lex.article_object_cues and first and (
                first[0] in self.lex.indefinite_articles or first[0][:1].isdigit()))) and not self.lex.object_clause.match(rest):
            return  # "admitted his insanity ruse", "added 16 points for the Tar Heels": an object, not a clause
        if m is not None and (short := re.match(r"\s*[\"“‘']([^\"“”‘’']{1,60})[\"”’']\W*$", rest[m.end():])) and _words(short.group(1)) < 4:
            return  # "he said 'the brilliant script'": a few quoted words, neither a quote nor a clause
        that = m is not None and cl.complementizer in m.group(0)
        opens = (speech.cue or "") in self.lex.clause_cues or that or (m is not None and cl.opener.match(rest[m.end():]))
        if m and opens and (not cl.adverbial.match(rest) or (cl.day.fullmatch(m.group(0)) and speech.cue in self.lex.clause_cues)
                            or (cl.place.match(m.group(0)) and not that and cl.subject.match(rest[m.end():]))
                            or (that and not cl.condition.search(m.group(0)))):
            # ("said at a news conference", not "said at least 15,000 …" nor "said on Monday 12 November that …";
            # "said in a statement on Monday that …": the adverbials end at "that", not "on condition that …")
            lead = self.text[at + m.end() : end].split()
            if (QUOTE_MARK.match(self.text[end : end + 8].lstrip(" ,")) and self.text[at + m.end() : end + 8].count(",") == 1 and not that
                    and len(lead) <= 6 and not any(w.lower() in self.lex.pronouns or w.lower() in self.lex.auxiliaries or w.endswith(cl.verb_endings)
                                                   for w in lead)):
                return  # 'Heffner told the AP on Thursday, "I think …"': a listener and a day, no clause, lead to the quote
            self.add(si, speech.speaker, speech.cue, "indirect", at + m.end(), end)

    def merge_fragments(self) -> None:
        """Quoted words inside a reported clause ("…, warnte er, da sie „die Tür zu …“ öffne") belong
        to the indirect quote of the sentence, which reaches over them (``drop_repeats`` then drops
        the fragment)."""
        indirect = {(q["sentence"], q["speaker"]): q for q in self.quotes if q["kind"] == "indirect"}
        for q in self.quotes:
            r = indirect.get((q["sentence"], q["speaker"])) if q["kind"] == "direct" else None
            lead = self.text[max(0, q["start"] - 40) : q["start"]].rstrip(" „“”\"»«‚‘")
            end = len(self.text[: self.a.sentences[q["sentence"]].end].rstrip(" ."))
            if r is not None and r["end"] < q["start"] and lead[-1:].isalpha() and lead.split()[-1][:1].islower() and self._minor_quote(r["start"], end):
                r["end"] = end
                r["text"] = self.text[r["start"] : r["end"]]

    def direct(self, si: int, start: int, sentence: str, speech: _Speech | None, spans: list[tuple[int, int]]) -> None:
        who = speech.speaker if speech else None
        cue = speech.cue if speech else None
        last_end = max(e for _, e in spans)
        if who is None:
            # a cue in the sentence that closes the quote: "…“, sagte X."
            for later in self.a.sentences[si + 1 : si + 4]:
                gap = self.text[last_end : later.start]
                if len(gap) > 5 or "\n" in gap or gap.strip(" \"'“”»«’‘"):  # only a closing mark may stand between (". '' She said")
                    break
                if any(later.start <= s < later.end for s, _ in self.direct_spans if s > last_end):
                    break  # "Und, so ergänzt X: „…“": that cue introduces its own quote
                nxt = self.speaker_in(self.text[later.start : later.end], later.start)
                cue_at = self.masked.find(nxt.cue, later.start, later.end) if nxt and nxt.cue else -1
                lead_from = max(later.start, last_end + 1)  # a quote running into this sentence is no lead
                lead_words = self.masked[lead_from : cue_at].strip(" .,").split() if cue_at >= 0 else []
                named_lead = bool(lead_words) and all(w[:1].isupper() for w in lead_words) and "," not in " ".join(lead_words)
                runs_in = lead_from > later.start  # '"… each other.. . and you …, " a man's voice says.': the quote ends here
                if nxt and not runs_in and ((len(lead_words) > 2 and not named_lead) or (lead_words and lead_words[0].lower() in self.lex.articles)
                                            or (nxt.cue == "so" and lead_words)):  # "Im Idealfall, so X, könne …": that sentence's own source
                    break  # "„…“ Lon Wood, a friend, said he …": the next sentence's subject speaks for itself
                ended = self.text[: last_end].rstrip(" \"'“”»«’‘").endswith(".")
                if nxt and ended and nxt.cue in self.lex.object_cues and not self.lex.object_clause.match(self.masked[cue_at + len(nxt.cue or '') : later.end]):
                    break
                if nxt and ended and cue_at >= 0 and not self.lex.capitalised_nouns and (
                        self.lex.that_next.match(self.masked[cue_at + len(nxt.cue or "") : later.end])
                        or (lead_words and self.lex.object_clause.match(self.masked[cue_at + len(nxt.cue or "") : later.end]))):  # ("Baehr said he was …")
                    break  # '"… smoke damage. " A spokesperson explained that no one was hurt': that cue has its own clause  # '"… who hit wildlife. '' Inslee noted the administration's …': a finished quote, then a cue with an object
                if nxt:
                    who, cue = nxt.speaker, nxt.cue
                    break
        if who is None and self.lex.quote_back_reference is not None:
            who = self.pointed_back(last_end)  # "„…“ Mit diesem Zitat sorgte Herbert für …"
        if who is None and self.unquoted[0] == si - 1 and self.lex.impersonal_cue is not None and self.lex.impersonal_cue.search(self.masked[start : start + len(sentence)]):
            who = self.unquoted[1]  # "Das Ministerium forderte … . „…“, hieß es.": the one who just spoke up
        if who is None:
            who = self.introduced_by_colon(sentence, start, spans[0][0] - 1)
        if who is None and self.lex.capitalised_nouns:
            who = self.source_named(start, sentence)  # "… soll laut Bundesregierung die »Bindungen … stärken«"
        if who is None and not self.lex.capitalised_nouns and self.lex.according_word and self.lex.according_word in sentence.lower():
            trailing = _trailing_according(self.lex.according_word).search(sentence)
            if trailing:
                who = self.resolve(trailing.group("src"), start) or trailing.group("src")  # 'tensions "seemed to …, " according to X': X's words
        lead = self.masked[start : spans[0][0] - 1].strip(" -–•")
        if who is None and lead.endswith(":") and lead.split()[0].lower() in self.lex.first_person:
            return  # "Ich sitze dabei und muss schmunzeln: „…“": the author's own words, nobody quoted
        if who is None and lead.split()[:1] and lead.split()[0] in self.lex.pronouns and self.lex.reported(lead):
            who = self.resolve(lead.split()[0], start)  # "Er beobachte, dass „…“": the pronoun's person, reported
        if who is None and self.lex.that_clause.search(lead) and not self.lex.reported(sentence):
            return  # words quoted inside the author's "dass" clause, with no cue, are nobody's statement here
        if who is None and self.heading(spans):
            return  # a quoted subheading ("„Land hat Gutachten versäumt“")
        if who is None and lead.endswith(",") and self.lex.capitalised_nouns:
            who = self.person_subject(sentence, start)  # "Lybke hat Wahala eingestellt, „weil …“"
        if who is None and not lead and self.last_speech_sentence < si - 1:
            subject = self.previous_subject()  # "X sagt: „…“ Y geht von … aus. „…“": Y, who was just the subject
            if subject and subject != self.last_speaker and subject in self.names.people:
                who = subject
        if who is None and _words(lead) >= 3 and lead.split()[-1][:1].islower() and lead.split()[-1][-1:].isalpha() and self._minor_quote(start, start + len(sentence)) \
                and not self.lex.reported(self.masked[start : start + len(sentence)]):
            return  # 'turned into a "battle of the wheelchairs"': words the author quotes in passing, with no cue
        if who is None and len(spans) == 1:
            quoted = self.text[spans[0][0] : spans[0][1]].rstrip()
            tail = _STOP.split(self.masked[spans[0][1] + 1 : start + len(sentence)], maxsplit=1)[0]  # (to a stop the segmenter missed)
            if (not _has_words(quoted, 0, len(quoted), 9) and not quoted.endswith((".", "!", "?", "…", ",")) and _has_words(tail, 0, len(tail), 3) and not tail.lstrip().startswith(",")
                    and self.lex.first_person.isdisjoint(w.lower() for w in _WORD.findall(quoted))  # (not "mit jedem Fang „konnte ich mich …“, sodass …")
                    and not self.lex.reported(self.masked[start : start + len(sentence)])):
                return  # '"Die ultimative Chart-Show" auf RTL lockte 2,39 Millionen': a name or term the sentence goes on about
        if who is None and si - self.last_speech_sentence <= 2:
            who = self.last_speaker
        if who is None and not lead and self.previous is not None and self.previous[0] == si - 1 and self.previous[1].rstrip().endswith("?") \
                and self.para_of(self.previous[2]) != self.para_of(start) and (dominant := self.dominant_speaker()):
            who = dominant  # "Hast du versucht, mit ihnen zu verhandeln?" – „…“: the interviewee answers
        if who is None and not lead and self.last_speaker and self.para_of(start) == self.para_of(self.last_speech_start) and not self.someone_else_since(start):
            who = self.last_speaker  # a bare quote in the paragraph where only X has spoken
        if who is None:
            who = self.previous_subject()  # "Uwe Jun lobt den Ausschuss. „…“"
            if (who is not None and not lead and who not in self.names.people and not self._person_noun(who.split()[-1])
                    and not _first_name(who.split()[0]) and self.names.resolve(who) not in self.names.people
                    and (dominant := self.dominant_speaker())):
                who = dominant  # "… entwickelte sich eine Art von Vertrauen. „…“" in a portrait: its voice, not the thing
        if who is None and not lead:
            who = self.only_person_before()  # "Das ist die Aufgabe von Co-Chefin Kerstin Wahala. „…“"
        if who is None and not lead and self.lex.capitalised_nouns:
            who = self.paragraph_person(start)  # "Regisseur X hat Interviews geführt. Nun … . „…“": the one person of the paragraph
        if who is None and not lead and self.last_speaker is None and self.lex.capitalised_nouns:
            who = self.next_subject(max(e for _, e in spans))  # "„…“ Deutschlands Chefcoach Gordon Herbert war bester Laune …"
        if who:
            for s, e in spans:
                if cue and self.named_in_passing(start, s, e):
                    continue
                self.add(si, who, cue, "direct", s, e)
            last_end = max(e for _, e in spans)
            self.last_speech_sentence = bisect_right(self.starts, last_end) - 1

    def second_cue(self, start: int, at: int, sentence: str) -> tuple[int, int] | None:
        """A colon after a reported clause followed by another cue of the same speaker with its own
        "dass" clause: (offset of the colon, offset of that clause) in the sentence."""
        masked = self.masked[start : start + len(sentence)]
        colon = masked.find(": ", at)
        if colon < 0:
            return None
        cue = self.lex.speech_verbs.search(masked, colon)
        if cue is None:
            return None
        dass = _DASS_CLAUSE.search(masked, cue.end())
        if dass is None or re.search(r"[.;]", masked[cue.end() : dass.start()]) or len(masked[cue.end() : dass.start()].split()) > 3:
            return None
        return colon, dass.end()

    def named_work(self, s: int) -> bool:
        """A quoted title right after the noun of a work ("Sarrazins Buch „Deutschland schafft sich
        ab“", "a document titled "…""): a name, not a statement."""
        before = self.text[max(0, s - 30) : s].rstrip(" „“”\"»«‚‘'`")
        word = before.split()[-1].lower().strip(",") if before.split() else ""
        return word in self.lex.work_nouns or word.endswith(_long_words(self.lex.work_nouns))  # "US-Kultserie"

    def named_in_passing(self, start: int, s: int, e: int) -> bool:
        """Quoted words inside the author's clause after a cue's colon ("verkündete zwei Feiertage:
        Am 30. April soll „der Tag der …“ begangen werden"): a name, not the speaker's statement."""
        colon = self.masked.rfind(": ", start, s)
        if colon < 0:
            return False
        lead = self.masked[colon + 1 : s - 1]
        inner = self.text[s:e].rstrip()
        clause_end = self.a.sentences[self.si].end if self.si < len(self.a.sentences) else e
        return (_words(lead) >= 2 and not self.lex.reported(self.masked[colon + 1 : clause_end])
                and not inner.endswith((".", "!", "?")) and _words(inner) <= 8 and self._minor_quote(colon + 1, clause_end))

    def para_start(self, offset: int, back: int = 0) -> int:
        """Where the paragraph holding ``offset`` starts, or the one ``back`` paragraphs before it."""
        at = offset
        for _ in range(back + 1):
            at = self.text.rfind("\n\n", 0, at)
            if at < 0:
                return 0
        return at + 2

    def cue_closes(self, speech: _Speech, span: Any) -> bool:
        """Whether a sentence ends with its cue ("Die EU hat den Entwurf scharf kritisiert.")."""
        cue_at = self.masked.find(speech.cue, span.start, span.end) if speech.cue else -1
        clause = max(span.start, self.masked.rfind(",", span.start, cue_at) + 1)  # the cue's own clause ("…, wie die Agentur mitteilte")
        return (cue_at >= 0 and not self.masked[cue_at + len(speech.cue or "") : span.end].strip(" .!")
                and self.lex.passive_markers.isdisjoint(self.masked[clause:cue_at].split()))  # not "… sind arbeitslos gemeldet"

    def report_after_colon(self, si: int, speech: _Speech, start: int, sentence: str, cue_at: int) -> None:
        """A second report after a colon that follows a trailing cue ("Dass …, bezweifelt X: Eine
        Erhöhung werde …, schreibt er."), without its own closing cue."""
        colon = sentence.find(": ", cue_at)
        if colon < 0 or not self.lex.reported(sentence[colon + 2 :]) or QUOTE_MARK.match(sentence[colon + 2 :]):
            return
        end = start + len(sentence.rstrip(" .:"))
        last_comma = sentence.rfind(", ", colon)
        if last_comma > colon and _words(sentence[last_comma:]) <= 4 and self.lex.speech_verbs.search(sentence, last_comma):
            end = start + last_comma
        self.add(si, speech.speaker, speech.cue, "indirect", start + colon + 2, end)

    def named_after(self, si: int) -> str | None:
        """The speaker a reported sentence gets from the next one, when that one, in the same
        paragraph, reports too and closes with its cue and speaker ("…, sagt der Anwalt X.")."""
        if si + 1 >= len(self.a.sentences):
            return None
        nxt = self.a.sentences[si + 1]
        if self.para_of(nxt.start) != self.para_of(self.a.sentences[si].start) or any(nxt.start <= s < nxt.end for s, _ in self.direct_spans):
            return None
        sentence = self.text[nxt.start : nxt.end]
        speech = self.speaker_in(sentence, nxt.start)
        if speech is None or not speech.cue or not (self.continues_at(si + 1) or self.lex.conditional.search(sentence)):
            return None
        cue_at = self.masked.find(speech.cue, nxt.start, nxt.end)
        closing = cue_at > nxt.start and self.masked[nxt.start : cue_at].rstrip().endswith(",") and _words(self.masked[cue_at : nxt.end]) <= 10
        return speech.speaker if closing else None

    def para_of(self, offset: int) -> int:
        """The paragraph an offset falls in."""
        return bisect_right(self.breaks, offset) if offset >= 0 else -1

    def heading(self, spans: list[tuple[int, int]]) -> bool:
        """Whether a quote is a whole short paragraph without closing punctuation (a subheading)."""
        s, e = spans[0][0], spans[-1][1]
        para_start = self.text.rfind("\n", 0, s) + 1
        para_end = self.text.find("\n", e)
        para_end = len(self.text) if para_end < 0 else para_end
        outside = (self.text[para_start:s] + self.text[e:para_end]).strip(" \"'„“”»«")
        inner = self.text[s:e].rstrip()
        if not outside:
            return not _has_words(inner, 0, len(inner), 9) and not inner.endswith((".", "!", "?", ":"))
        return self.quoting_heading(s)

    def quoting_heading(self, offset: int) -> bool:
        """Whether the paragraph at ``offset`` is a short heading that ends in a quote and has no cue
        ("Deutsch-Israeli wurde entführt – „Bin dem Teufel begegnet“")."""
        para_start = self.text.rfind("\n", 0, offset) + 1
        para_end = self.text.find("\n", offset)
        para_end = len(self.text) if para_end < 0 else para_end
        whole = self.text[para_start:para_end].rstrip()
        return (not _has_words(whole, 0, len(whole), 17) and whole.endswith(("“", "”", '"', "«", "»"))
                and not self.lex.speech_verbs.search(self.masked[para_start:para_end])
                and not any(q["start"] >= para_start for q in self.quotes[-3:]))  # not "„…“, so X. „…“": a quote of that paragraph went before

    def nested_report(self, start: int, length: int) -> _Speech | None:
        """The speaker, cue and clause start of a report that opens the text of a trailing
        attribution ("Witnesses said the shooter used a rifle, …", "Some witnesses told police that
        …"): a short subject, a cue, and the clause right after it or after "that"."""
        cue = self.lex.speech_verbs.search(self.masked, start, start + length)
        if cue is None or cue.group(0) in self.lex.participle_cues or (self.lex.not_cue is not None and self.lex.not_cue.match(self.masked, cue.start())):
            return None  # ("X said nothing …, Y said": Y's report)
        subject = self.text[start : cue.start()].strip()
        words = subject.split()
        if (not 1 <= len(words) <= 6 or not subject[:1].isupper() or any(ch in subject for ch in ",;:\"'“”")
                or words[0].lower() in self.lex.prepositions or any(w.lower() in self.lex.subordinators or w.lower() in self.lex.auxiliaries for w in words)):
            return None
        rest = self.text[cue.end() : start + length]
        that = self.lex.that_after_listener if cue.group(0) in self.lex.listener_cues else self.lex.that_after_cue  # ("told a gathering of party officials in Pyongyang that …")
        opening = that.match(rest) or (re.match(r"\s+(?=\S)", rest) if cue.group(0) in self.lex.clause_cues else None)
        if opening is None or _words(rest[opening.end() :]) < 3:
            return None
        return _Speech(self.resolve(subject, start) or subject, cue.group(0), cue.end() + opening.end())

    def indirect(self, si: int, start: int, sentence: str, speech: _Speech | None) -> None:
        lex = self.lex
        end = start + len(sentence.rstrip(" .:"))
        if speech is not None:
            # the reported clause: after the cue's comma, or before a trailing ", sagte X"
            cue_at = sentence.find(speech.cue) if speech.cue else -1
            named_at = speech.at - start
            if speech.cue and cue_at >= 0 and named_at > cue_at and sentence.startswith(speech.cue, named_at) and (
                    (lex.not_cue is not None and lex.not_cue.match(sentence, cue_at)) or _trailing_attribution(sentence, named_at, len(speech.cue))):
                cue_at = named_at  # the cue that names the speaker, not an earlier one ("X said nothing …, Y said")
            found = _CLAUSE_END.search(sentence[cue_at:]) if cue_at >= 0 else None  # not "20, 000"
            comma_after = cue_at + found.start() if found else -1
            dass_at = _DASS_CLAUSE.search(sentence, comma_after + 1) if comma_after >= 0 and lex.capitalised_nouns else None
            if dass_at and sentence[: dass_at.start()].rsplit(" ", 1)[-1] in lex.cue_particles and not lex.reported(sentence[comma_after : dass_at.start()]):
                comma_after = dass_at.start()  # "führten frühere Berichte, alte Reden … als Beweise dafür an, dass …": the particle's clause
            head = sentence[:cue_at].rstrip() if cue_at > 0 else ""
            if not lex.capitalised_nouns and re.search(r"\w\s*,[\"”’']$", head) and _words(self.masked[start : start + cue_at]) >= 2:
                head = head[:-2] + head[-1] + ","  # 'The figures … are "not real," said X': the comma closes the clause, quoted words and all
            next_clause = sentence[comma_after + 1 :].rstrip(" .:") if comma_after >= 0 else ""
            infinitive_next = bool(next_clause) and lex.infinitive_clause.match(next_clause.partition(",")[0]) is not None
            if speech.cue in lex.participle_cues or (head.split()[-1:] and head.split()[-1].lower() in lex.coordinators):
                head = ""  # "The navy defended its actions, saying …", "X could n't say if …, but said …": what follows the cue is reported
            if (lex.capitalised_nouns and cue_at > 0 and sentence[cue_at + len(speech.cue or ""):].lstrip().startswith(",")
                    and _relative_pattern(lex.relative_pronouns)[0].search(sentence[:cue_at])):
                return  # "Weil zu viele New Yorker, die er „arrogant“ nennt, das Gebot ignorieren": the cue ends a relative clause
            chunks = [c.strip() for c in head.split(",")]
            if (head.endswith(",") and not lex.capitalised_nouns and len(chunks) == 3 and chunks[0][:1].isupper()
                    and len(chunks[0].split()) <= 5 and len(chunks[1].split()) <= (12 if chunks[1].split()[0].lower() in lex.apposition_openers else 8)
                    and (not any(w.lower() in self.lex.auxiliaries for w in chunks[1].split())
                         or chunks[1].split()[0].lower() in lex.apposition_openers)):
                head = ""  # "Shifa Hospital, Gaza's main medical center, said …": subject and apposition
            if head.endswith(",") and lex.passive_agent.search(head):
                head = ""  # "Die Demokraten wurden von X … gewarnt, dass …": the agent speaks
            if (head.endswith(",") and lex.capitalised_nouns and len(chunks) == 3 and chunks[1].split() and lex.is_role(chunks[1].split()[0])
                    and not lex.reported(chunks[1]) and not lex.reported(chunks[0])):
                head = ""  # "Mitglieder der Delegation von X, Staatssekretär im Ministerium, behaupten, …": subject and apposition
            if (lex.capitalised_nouns and head.endswith(",") and head.split()[0].lower() in lex.subordinators and head.split()[0].lower() != "wie"
                    and _with_words(r"[^,]*,\s+", lex.complementizers | lex.question_openers, r"\b").match(sentence[cue_at:])):
                head = ""  # "Als der VZBV überprüfte, ob …, stellten die Verbraucherschützer fest, dass …": the clause before is a time
            if head.endswith(",") and ((lex.relative_subject.match(head) and not lex.reported(chunks[0])) or (len(chunks) == 3 and (NAME_SHAPE.match(chunks[1]) or NAME_SHAPE.match(chunks[0]) or self.surname_alone(chunks[1])))):
                head = ""  # "The police source, who …, said"; "Der Vizepräsident …, Jochen Oltmer, geht davon aus": a subject
            if (head.endswith(",") and not lex.capitalised_nouns and len(chunks) >= 4 and speech.speaker and chunks[-2][:1].islower()
                    and _without_coordinator(chunks[-3], lex) == speech.speaker and _has_words(sentence, cue_at + len(speech.cue or ""), len(sentence), 5)):
                head = ""  # "…, but Bill Shaikin, the reporter who wrote the story, says the team …": the speaker and his apposition open the cue's clause
            if (head.endswith(",") and lex.capitalised_nouns and len(chunks) > 3 and chunks[-2].split()[0].lower() in lex.relative_pronouns
                    and not lex.reported(", ".join(chunks[:-2]))):
                head = ""  # "…, Donald Trump, der sich … rühmt, äußerte sich": the relative clause ends at the cue, its subject's
            if head.endswith(",") and lex.capitalised_nouns and (subject := _np_before(head, lex)) and self.names.resolve(subject) == speech.speaker:
                head = ""  # "X warf Y vor, …, forderte …": the clause before the cue is the speaker's own
            if (head.endswith(",") and lex.capitalised_nouns and speech.speaker
                    and " ".join(w for w in head.split()[:4] if w.lower() not in lex.articles).startswith(speech.speaker + " ")):
                head = ""  # "Die Polizei war im Einsatz, sprach jedoch von …": the cue's subject opens the clause before, no report
            if (head.endswith(",") and not lex.capitalised_nouns and len(chunks) >= 3 and 1 <= len(chunks[0].split()) <= 4
                    and (chunks[0].split()[0].lower() in lex.prepositions or (" " not in chunks[0].strip() and chunks[0].strip().lower() in lex.not_subject))):
                head = ""  # "On his part, a former vice president, X, urged …", "Also, X, through his adviser, Y, assured …": an opener, no report
            if (head.endswith(",") and not lex.capitalised_nouns and len(chunks) >= 3
                    and lex.object_infinitive.match(sentence[cue_at + len(speech.cue or "") :])
                    and not lex.that_soon.match(sentence[cue_at + len(speech.cue or "") :])):
                head = ""  # "His counterpart …, X, also through …, Y, urged Nigerians to be optimistic": the cue's own object and infinitive
            if head.endswith(",") and sentence[cue_at + len(speech.cue or "") :].split()[:1] and sentence[cue_at + len(speech.cue or "") :].split()[0] in lex.object_pronouns:
                head = ""  # "X ist der Professor bekannt, nennt ihn jedoch nicht": the cue has an object, no reported clause
            if lex.capitalised_nouns and not head.endswith(",") and re.match(r"(?:Dass|Ob)\s", head):
                # "Dass …, hatten Forschende in einer Studie dargestellt": the fronted clause is the report
                closing = [m.start() for m in re.finditer(r",\s+(\w+)", head) if m.group(1) in lex.auxiliaries or m.group(1) == speech.cue]
                if closing:
                    self.add(si, speech.speaker, speech.cue, "indirect", start, start + closing[-1])
                    self.report_after_colon(si, speech, start, sentence, cue_at)
                    return
            if head.endswith(",") and lex.capitalised_nouns and infinitive_next and not lex.reported(head):
                head = ""  # "…, wirft X Frankreich vor, die Hutu unterstützt zu haben": the report follows the cue
            inserted = re.match(r".*, so [^,]{1,60}, (?=\S)", sentence) if speech.cue == "so" else None
            if inserted and lex.reported(sentence[inserted.end():]):
                # "Erstens, so das BVerfG, müsse ein Bezug bestehen": the report runs on after the inserted source
                self.add(si, speech.speaker, "so", "indirect", start, start + len(sentence.rstrip(" .")))
            elif (head.endswith(",") and not re.fullmatch(r"[„“\"»«‚].*[“”\"«»‘],", head)
                  and not (lex.clause_lead is not None and _complementizer_after(sentence[cue_at + len(speech.cue or "") :], lex.clause_lead.complementizer))
                  and not (lex.capitalised_nouns and head.split()[0].lower() in lex.subordinators and head.count(",") == 1 and not lex.reported(head))
                  and not (lex.capitalised_nouns and (_entry(head.split()[0]) or ("",) * 5)[4:5] in (("APPR",), ("APPRART",))
                           and _verbless(head) and not lex.reported(head))):  # (nor "Vor fünf Jahren, im September 2020, versprach X …")
                # (not "Als er sich die Hände wäscht, erzählt X, wie …": a time clause frames the cue; nor "…, Mahnefah
                # Gray, 19, told The New York Times that …", "In a statement, the director, X, said that …": the clause after "that")
                self.add(si, speech.speaker, speech.cue, "indirect", start, start + self._report_end(head, speech.speaker))
                self.report_after_colon(si, speech, start, sentence, cue_at)
            elif speech.cue == "so":
                self.add(si, speech.speaker, "so", "indirect", start, start + sentence.rfind(", so "))
            elif not lex.capitalised_nouns and "," in head and not re.match(r"(?:When\s+)?[Aa]sked\b", head) and not _short_quoted(head) and lex.subordinators.isdisjoint(
                    w.lower() for w in head.rsplit(",", 1)[1].split()) and (end - start - cue_at < 40 or sentence[cue_at + len(speech.cue):].startswith(", ")) and (  # type: ignore[arg-type]
                    speech.cue not in lex.object_cues or len(sentence[cue_at + len(speech.cue):].split()) <= 2) and (not lex.clause_subject_after.match(  # ("…, the companies announced Monday.")
                    sentence[cue_at + len(speech.cue):])  # type: ignore[arg-type]
                    or (speech.cue in lex.listener_cues and len(sentence[cue_at + len(speech.cue):].split()) <= 5  # type: ignore[arg-type]
                        and not re.search(r"[,:;]", sentence[cue_at + len(speech.cue):])  # type: ignore[arg-type]
                        and not (lex.clause_lead is not None and _complementizer_after(sentence[cue_at + len(speech.cue):], lex.clause_lead.complementizer)))):  # type: ignore[arg-type]
                # (also "…, chairman K. Sivan told a press conference.": the listener, then nothing)
                after_cue = sentence[cue_at + len(speech.cue):]  # type: ignore[arg-type]
                if after_cue.startswith(", ") and (head.split()[0].lower() in lex.prepositions or head.split()[0].lower() in lex.subordinators) and _words(after_cue) >= 4:
                    # "After a quick survey of the scene, Owen said, McNutt's main concern was …": the report follows
                    self.add(si, speech.speaker, speech.cue, "indirect", start + cue_at + len(speech.cue) + 2, end)  # type: ignore[arg-type]
                elif after_cue.startswith(", ") and head.count(",") == 1 and len(head.rsplit(",", 1)[1].split()) <= 3 and _words(after_cue) >= 3:
                    # "ATI, he said, also blends in …", "The purchase, analysts say, is …": the cue is inserted; the sentence is the report
                    self.add(si, speech.speaker, speech.cue, "indirect", start, end)
                elif nested := self.nested_report(start, head.rfind(",")):
                    # "Witnesses said the shooter used a rifle, Lt. X said": the witnesses' words, relayed
                    self.add(si, nested.speaker, nested.cue, "indirect", nested.at, start + head.rfind(","))
                else:
                    self.add(si, speech.speaker, speech.cue, "indirect", start, start + self._report_end(head, speech.speaker))  # "…, police said."
            elif comma_after >= 0 and (lex.capitalised_nouns or (comma_after - cue_at - len(speech.cue) <= 25  # type: ignore[arg-type]
                                                                 and (sentence[comma_after] == ":" or not re.search(r"[A-Z]\w*\s*(?:'s|’s)|[A-Z]\w*\s+[a-z]+\s+[a-z]",
                                                                                                                  sentence[cue_at + len(speech.cue) : comma_after])))) and (lex.capitalised_nouns or not lex.clause_subject_or_aged_name.match(  # type: ignore[arg-type]
                    sentence[cue_at + len(speech.cue):])):  # type: ignore[arg-type]
                # (English: not "said Anthony X III, 38, targeted …", whose clause opens with a name and an age)
                clause = next_clause
                relative = _relative_pattern(lex.relative_pronouns)[1].match(clause) if lex.relative_pronouns else None
                if relative and _article_noun_verb(clause):
                    relative = None  # "sagte, der (mutmaßliche) Täter konnte …": an article, its noun, then the finite verb — a main clause
                if (relative and relative.group(1) not in lex.auxiliaries and relative.group(1) not in lex.verb_like and clause.split()[-1] in (lex.auxiliaries | lex.verb_like)
                        and not (infinitive_next and (speech.speaker in self.names.people or lex.is_role(speech.speaker.split()[-1])))):
                    # (not "Merz warf der Regierung vor, die Krise verschleppt zu haben": a person's infinitive report)
                    return  # "… verkündet, der niemals in Betrieb genommen worden war": a relative clause
                relative_end = clause.partition(",")[0].split()[-1:] if relative else []
                if (relative and lex.capitalised_nouns and relative_end and comma_after > cue_at + len(speech.cue) + 1 and relative.group(1)[:1].islower()  # type: ignore[arg-type]
                        and relative.group(1) not in lex.auxiliaries and relative.group(1) not in lex.verb_like
                        and (_entry(relative_end[0]) or ("",) * 5)[4].startswith("V")):
                    return  # "Er warnte vor dem „Druck“, der auf dem NHS laste, und …": a relative clause on the cue's object
                as_clause = bool(lex.source_openers) and sentence.lower().startswith(lex.source_openers)
                # after a colon: German reports in Konjunktiv, or quotes (a mark left open by the page)
                colon = sentence[comma_after] == ":" and (not lex.capitalised_nouns or bool(QUOTE_MARK.match(clause.lstrip())))
                if colon and QUOTE_MARK.match(clause.lstrip()) and QUOTE_MARK.search(clause.rstrip()[-2:]) and len(quote_spans(clause)) == 1:
                    return  # 'antwortet: „Eindeutig ja.“': a quote too short to count, not reported speech
                if (colon and lex.source_after_comma and QUOTE_MARK.match(clause.lstrip()) and len(shorts := quote_spans(clause)) == 1
                        and re.match(r".?\s*,\s*" + lex.source_after_comma + r"\s", clause[shorts[0][1] :])):
                    return  # 'fasste es so zusammen: «Carlos Gone», so sein Wortspiel': a short quote and its tag, no report
                if re.search(r"\s[-–—]\s", sentence[cue_at:comma_after]) and not colon:
                    return  # "kritisierte X scharf - ein weiteres Anzeichen, dass …": the author's comment, not the report
                between = sentence[cue_at + len(speech.cue) : comma_after].split()  # type: ignore[arg-type]
                # "sagte in einer Mitarbeiterinformation, er hat auch …": an adverbial after the cue, then the clause
                adverbial = bool(lex.capitalised_nouns and 2 <= len(between) <= 5 and between[0].lower() in lex.np_breakers
                                 and not any(w.lower() in lex.relative_pronouns for w in between) and not infinitive_next)
                pronoun_only = len(between) == 1 and between[0].lower() in lex.inverted_pronouns  # "heißt es, …", "sagte er, …"
                v2 = (comma_after == cue_at + len(speech.cue) or adverbial or pronoun_only) and bool(lex.main_clause.match(sentence[comma_after:]) or (  # type: ignore[arg-type]
                    lex.capitalised_nouns and _verb_second(sentence[comma_after + 1 :], lex))) and speech.cue not in lex.belief_cues and not (
                    lex.capitalised_nouns and _verbless(sentence[comma_after + 1 :]))  # (not "… gefordert, die Verteidigung einen Freispruch": an ellipsis)
                asked = lex.question_clause.search(clause) if lex.question_clause is not None else None
                if asked and not lex.reported(clause[: asked.start()]) and not _with_words(r"\s*", lex.complementizers, r"\b").match(clause):
                    return  # "sagt X, …, auf die Frage der Agentur, ob das Risiko abgenommen habe": the question asked
                    # (not "teilte mit, dass die Entscheidung, ob …, bei X liege": a question inside the report)
                head_clause = _relative_pattern(lex.relative_pronouns)[2].split(clause)[0] if lex.relative_pronouns else clause
                if lex.capitalised_nouns and clause.split()[:1] and clause.split()[0] in lex.subordinators and lex.speech_verbs.search(clause.partition(",")[0]):
                    return  # "drängten die Demonstranten, wie die Polizei mitteilte, … ab": an aside naming a source, no report
                conjunction = _with_words(r"\s*", lex.complementizers | lex.question_openers, r"\b").match(clause)
                if conjunction and lex.capitalised_nouns and _verbless(re.split(r"[:;]\s", clause)[0]):
                    conjunction = None  # "unterstreicht den Reiz, ob künstlerisch oder anderweitig: …": no clause anybody reports
                # (a clause in the first person is nobody's report: "erwartet, ein Feuerwerk zu sehen, und ich bin enttäuscht, sehe …")
                reported = v2 or (lex.reported(head_clause) and lex.first_person.isdisjoint(
                    w.lower() for w in _WORD.findall(self.masked[start + comma_after + 1 : end]))) or conjunction or colon or as_clause
                first_part, _, later = clause.partition(",")
                infinitive = not reported and infinitive_next and (speech.speaker in self.names.people or speech.cue in lex.accusation_cues
                                                                   or (lex.is_role(speech.speaker.split()[-1]) and not lex.reported(head)))
                # (also "Der Minister kündigte an, … abzuziehen"; not "Sie habe angegeben, … worden zu sein", itself reported)
                if reported or infinitive:
                    clause_start = start + comma_after + 1
                    second = self.second_cue(start, comma_after + 1, sentence) if lex.capitalised_nouns else None
                    if infinitive and later.split()[:1] and later.split()[0] not in lex.purpose_openers:
                        end = clause_start + len(first_part)  # "… vor, die Öffentlichkeit getäuscht zu haben, forderte …": the infinitive alone
                    if second is None:
                        self.add(si, speech.speaker, speech.cue, "indirect", clause_start, end)
                    else:
                        # "…, als X klarstellte, dass …: … obwohl sie zugeben musste, dass …": two reported clauses
                        colon_i, dass_i = second
                        self.add(si, speech.speaker, speech.cue, "indirect", clause_start, start + colon_i)
                        self.add(si, speech.speaker, speech.cue, "indirect", start + dass_i, end)
            elif not lex.capitalised_nouns and cue_at > 0:
                rest = sentence[cue_at + len(speech.cue) :]  # type: ignore[arg-type]
                if speech.cue in lex.question_cues and lex.asked_question.match(rest):
                    return  # "asked X if he knew …": a question, not a statement
                if QUOTE_MARK.match(sentence) and re.search(r"[\"”“»«']\s*,?\s*(?:[\w.'’-]+\s+){0,4}$", sentence[:cue_at]):
                    return  # '"God bless you, " he told the judge, offering …': the short quote was the statement
                if (speech.cue in lex.listener_cues or speech.cue in lex.order_cues) and lex.directive is not None and lex.directive.match(rest):
                    return  # "The officer told Mr. Pinder to get everyone in the basement", "warns the man to go home": an order, no report
                if speech.cue in lex.listener_cues:  # "told police he fired …", "assured Nigerians the government …": skip the listener
                    if lex.listener_topic is not None and lex.listener_topic.match(rest):
                        return  # "What X's decline tells us about Y's future": a topic, no report
                    skip = next((found for p in lex.listener_skips if (found := p.match(rest))), None)  # "told Al Jazeera that …", "told Nigerians the government …"
                    if skip:
                        cue_at += skip.end()
                        rest = rest[skip.end():]
                self.add_reported_clause(si, speech, start + cue_at + len(speech.cue), rest, end)  # type: ignore[arg-type]
            return
        body = sentence.rstrip(" .")
        own = lex.own_account.search(body) if lex.own_account is not None and lex.according_word in body else None
        if own and (holder := self.own_account_holder(start, start + own.start())):
            # "… hält Vion einen Standort: Eigenen Angaben zufolge wurden dort …": the one named before speaks
            colon_i = body.rfind(": ", 0, own.start())
            self.add(si, holder, lex.according_word, "indirect", start + (colon_i + 2 if colon_i >= 0 else 0), start + len(body))
            return
        loose = lex.own_account_loose.search(body) if lex.own_account_loose is not None and "igenen" in body else None
        if loose and lex.sentence_subject is not None and (subj_m := lex.sentence_subject.match(body)) and subj_m.end("who") <= loose.start():
            # "Israels Armee hat … nach eigenen Angaben abgefangen, andere seien … gefallen. Es habe …": the
            # subject's account; what it reports in Konjunktiv after a comma, and in the sentences after, is its
            holder = self.resolve(subj_m.group("who"), start) or subj_m.group("who")
            self.last_speaker, self.last_speech_sentence, self.source_only = holder, si, si
            for comma in re.finditer(r",\s+", body[loose.end():]):
                clause = body[loose.end() + comma.end():].split(",")[0]
                if lex.reported(clause):
                    self.add(si, holder, None, "indirect", start + loose.end() + comma.end(), start + len(body))
                    break
            return
        for pattern in lex.according if lex.according_word in body.lower() else ():  # "According to X, …" / "…, according to X."
            m = pattern.match(body)
            if m and not QUOTE_MARK.search(re.sub(r"\s?[’']\s?s\b", "", m.group("src"))):  # (a possessive "AMD ’ s" is no quotation mark)
                src = m.group("src").strip()
                if lex.source_trailer is not None:
                    src = lex.source_trailer.sub("", src) or src  # "records obtained by The Associated Press": the records
                named = re.match(r",\s+([^,]{3,40}),", body[m.end("src"):])
                named = named if named and NAME_SHAPE.match(named.group(1)) and any(
                    lex.is_role(w.strip(".,")) or w.strip(".,").lower() in lex.family_nouns for w in src.split()) else None  # ("according to Elara's grandmother, Candace Chisholm, …")
                if named:
                    src = named.group(1)  # "according to a statement by the police spokesman, John Okafor, …": the man named
                issued = next((m2 for noun in lex.document_nouns if noun in src.lower()
                               and (m2 := _issuer_of(lex.document_issuer, noun).search(src))), None) if lex.document_issuer and not named else None
                if issued:
                    src = _issuer(issued)  # "according to a statement from the Indian government": the government
                account = src.split()
                owner = lex.account_owner(account)
                if owner is not None:
                    src = " ".join(account[owner:])  # "Berichten des Senders Radio Swoboda zufolge", "according to preliminary results by X": the owner's
                    medium = _medium_then_name(lex.media_nouns).search(src) if lex.media_nouns else None
                    src = medium.group(1) if medium else src  # the broadcaster by its name: "Radio Swoboda"
                if lex.nominative is not None:
                    src = lex.nominative(src)  # "Medienberichten zufolge": the reports
                who = self.resolve(src, start + m.start("src")) or src
                rest_at = m.start("rest")
                if named and rest_at == m.end("src") + named.start(1):
                    rest_at = m.end("src") + named.end() + 1  # the reported clause follows the apposed name
                label_end = max((c.start() for c in re.finditer(r"(?<=[^\W\d]): ", body[rest_at : m.end("rest")])), default=-1)
                label_end = rest_at + label_end if label_end >= 0 else -1  # (a letter before it: not a time "3 : 45", not "(NYSE : CBS)")
                if label_end > rest_at and _words(body[label_end : m.end("rest")]) >= 4:
                    rest_at = label_end + 2  # "Congress put out a white paper …: In 2018, there were …, according to X": X's words follow the colon
                self.add(si, who, "according to", "indirect", start + rest_at, start + m.end("rest"))
                return
        # Konjunktiv without a cue: continuing the last speaker, or "Er werde …"
        first = (sentence.split(None, 1) or [""])[0]
        continues = self.continues_at(si)
        if continues and lex.capitalised_nouns and "," in sentence:
            fronted, _, main_clause = sentence.partition(",")
            opening = main_clause.split()[:1]
            if (_words(fronted) >= 3 and opening and _finite_verb(opening[0]) and not _entry(opening[0])[4].startswith("VM")
                    and not lex.reported(main_clause) and not lex.conditional.search(main_clause) and not lex.speech_verbs.search(main_clause)):
                # "In welcher Form dies geschehen solle, war zunächst nicht klar": the main clause is the author's
                # (not "Weil … seien, könnte die Schweiz …": a modal's Konjunktiv II goes on reporting)
                continues = False
        gap = si - self.last_speech_sentence
        if not continues and self.last_speaker and gap <= 2 and lex.inherit_attribution.search(sentence) and not lex.conditional.search(sentence):
            self.last_speech_sentence = si  # "…, wie die Polizei mitteilte. Demnach störte eine Frau …": the source's account goes on
            return
        impersonal = lex.impersonal_cue.search(sentence) if lex.impersonal_cue is not None else None
        if impersonal and self.last_speaker and (gap == 1 or (gap <= 5 and impersonal.group(0).rstrip(" .").endswith("weiter"))) and _words(sentence[: impersonal.start()]) >= 4:
            self.add(si, self.last_speaker, None, "indirect", start, start + impersonal.start())  # "…, hieß es (weiter)." after X reported
            return
        cond = lex.conditional.search(sentence) if gap == 1 else None
        if cond and not cond.group(0).endswith("en") and self.para_of(start) != self.para_of(self.last_speech_start):
            cond = None  # "Rechnerisch … würde der MSV …" in a new paragraph: a conditional of the author's (plural forms stand in for Konjunktiv I)
        if continues or (cond and (self.source_only != self.last_speech_sentence or (cond.group(0).endswith("en") and cond.group(0) not in ("würden", "wären", "hätten")))):
            # Konjunktiv II in the plural stands in for a Konjunktiv I that looks indicative ("bestünden"), also after "Nach Angaben des X …"
            named_after = (self.named_after(si) if continues and (gap > 1 or self.para_of(start) != self.para_of(self.a.sentences[si - 1].start))
                           and not lex.speech_verbs.search(self.masked, start, end) else None)
            if named_after:
                self.add(si, named_after, None, "indirect", start, end)  # "Vor Jahren sei … gewesen. Am Ende hätten sie …, sagt X."
            elif self.last_speaker and (gap == 1 or (continues and gap <= 3 and not self.someone_else_since(start))):
                self.add(si, self.last_speaker, None, "indirect", start, end)
            elif continues and (who := self.previous_subject() or self.chain_subject()
                                or (self.only_person_before() if first.lower() in lex.generic_subjects else None)) and who in self.names.people and (_first_name(who.split()[0]) or _base(who.split()[-1]) in self.names.roles):
                self.add(si, who, None, "indirect", start, end)  # "X hält das für begrenzt. Die Aussicht sei gering."
            elif continues and lex.capitalised_nouns and (org := self.previous_organisation()):
                self.add(si, org, None, "indirect", start, end)  # "Zudem hat der Internationale Strafgerichtshof (IStGH) … erlassen. Diese Verstöße seien …"
            elif first in lex.pronouns or (continues and (inverted := _INVERTED_PRONOUN.match(sentence)) and inverted.group(2) in lex.pronouns
                                           and inverted.group(2)[:1].islower()  # ("Hier finden Sie …": a capitalised pronoun after the verb addresses the reader)
                                           and lex.continues(inverted.group(1))):
                # "Er werde …", "An einem normalen Tag brauche er …": the pronoun a Konjunktiv I verb reports for
                who = self.resolve(first if first in lex.pronouns else inverted.group(2), start)  # type: ignore[union-attr]
                if first not in lex.pronouns and self.someone_else_since(start):
                    who = self.names.last_person_before(start, self.para_start(start)) or who  # the person the paragraph is about
                if who is None and first in lex.pronouns and lex.capitalised_nouns and lex.continuation.search(sentence):  # ("habe", not "weiche Hände")
                    who = first.lower()  # "Er habe zwei Angebote, …" with nobody named before: his words, the speaker as written
                if who:
                    self.add(si, who, None, "indirect", start, end)


def extract(article: Article) -> list[dict[str, Any]]:
    """Find the quotes of one article.

    article (Article): A cleaned, segmented article.
    RETURNS (list[dict]): Quotes with ``id, article, sentence, speaker, speaker_entity, kind, cue,
        text, start, end``; ``start``/``end`` cover the quoted words in ``article.text``.
    """
    lex = get_pack(article.language).figures
    if lex is None:
        return []
    return _Extractor(article, lex).run()
