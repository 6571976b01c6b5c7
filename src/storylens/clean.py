"""Clean: separate the reporting from page clutter, paragraph by paragraph, and read metadata.

Every paragraph that is taken out is kept in ``removed`` with its reason; nothing is dropped
silently. Decisions use general cues from the language pack (word lists, calls to action, the
reader being addressed), the paragraph's shape (short, no final stop, list item) and its position
(head or tail of the article), never strings of one article.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .ingest import RawDoc, host_of
from .lang import AGENCIES, PHOTO_CREDITS, LanguagePack, get_pack
from .model import AgencyCredit, Removed
from .timeutil import normalise_date

# A leading "date 2022-01" marker some exports put before the text.
DATE_MARKER = re.compile(r"^\s*(?:date|datum)\s*[:=]?\s*(\d{4}-\d{2}(?:-\d{2})?)\b\s*", re.IGNORECASE)
# A trailing agency credit in parentheses: "... beraten. (rtr)".
TRAILING_CREDIT = re.compile(r"\s*\((?P<credit>[A-Za-z][A-Za-z/,.& -]{0,40})\)\s*$")
# A dateline with an agency credit: "Berlin (dpa) -", "MOSKAU (AP) —".
DATELINE_CREDIT = re.compile(r"^[^\W\d][\w .,'/-]{0,40}?\s*\((?P<credit>[A-Za-z][A-Za-z/,.& -]{0,40})\)\s*[-–—:]")
DOMAIN = re.compile(r"\b(?:www\.)?((?:[a-z0-9-]+\.)+(?:de|at|ch|com|net|org|eu|info|uk|fr|it|es|nl|be|pl|ru|io))\b", re.IGNORECASE)
SOCIAL_DOMAINS = frozenset({"facebook.com", "twitter.com", "x.com", "instagram.com", "youtube.com", "t.me", "tiktok.com", "whatsapp.com", "linkedin.com"})
FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_](\d{2})[-_](\d{2})(?!\d)")
LIST_ITEM = re.compile(r"^[→•·▪►▸‣◦\-–*]\s")
URL_ONLY = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$", re.IGNORECASE)
CREDIT_PREFIX = re.compile(r"^\W*(?:©|\(c\)|Quelle\s*:|Source\s*:|Mit Material (?:von|der|des)|Material\s*:|With material from|Mitarbeit\s*:)\s*", re.IGNORECASE)
CREDIT_SPLIT = re.compile(r"[\s/,&|()]+|\bund\b|\band\b|\bmit\b")
QUOTED = re.compile(r"„[^“”\"]{0,400}[“”\"]|\"[^\"]{0,400}\"|»[^«]{0,400}«|«[^»]{0,400}»|“[^”]{0,400}”")
SENTENCE_END = re.compile(r"[.!?…:;][\"'“”»«’)\]]*$")
# UTF-8 read as Latin-1 or Windows-1252 ("MÃ¼nchen", "â€žZitatâ€œ"): a lead byte's character and the
# continuation bytes' ones; "Ã1⁄4" is the same after a compatibility normalisation split "¼" into "1⁄4"
# a continuation byte (0x80–0xBF) as Latin-1 or Windows-1252 shows it
_CONTINUATION = ("[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                 "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
MOJIBAKE = re.compile(f"[\u00c2\u00c3](?:{_CONTINUATION}|[13]\u2044[24])|\u00e2\u20ac{_CONTINUATION}")
FRACTIONS = {"1\u20444": "\u00bc", "1\u20442": "\u00bd", "3\u20444": "\u00be"}

HEAD = 8  # paragraphs at the top where bylines and titles live
SHORT = 100  # characters: a shorter paragraph without final stop reads as a heading
TAIL_KINDS = frozenset({"appeal", "social", "teaser", "advertising", "metadata"})


@dataclass
class Cleaned:
    """The output of cleaning one document: kept paragraphs and what was learned on the way."""

    doc: RawDoc
    language: str
    paragraphs: list[str]
    removed: list[Removed]
    title: str | None
    outlet: str | None
    authors: list[str]
    credits: list[AgencyCredit]
    published: str | None

    @property
    def agencies(self) -> list[str]:
        """Distinct agencies credited, in order of appearance."""
        return list(dict.fromkeys(c.agency for c in self.credits))


# --- language ---------------------------------------------------------------------------------


def detect_language(text: str) -> str:
    """Identify the language of ``text`` with py3langid (its model ships in the wheel).

    text (str): Article text; the first 1,500 characters are enough and keep this fast.
    RETURNS (str): ISO 639-1 code.
    """
    import py3langid

    lang, _ = py3langid.classify(text[:1500])
    return str(lang)


# --- agencies and credits -----------------------------------------------------------------------


def agencies_in(credit: str) -> list[str] | None:
    """Agencies named in a credit like ``"dpa/AFP"``; ``None`` if any token is not an agency."""
    tokens = [t for t in CREDIT_SPLIT.split(credit) if t]
    found = [AGENCIES[t.lower()] for t in tokens if t.lower() in AGENCIES]
    return found if found and len(found) == len(tokens) else None


AGENCY_WORD = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(AGENCIES, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE)


def agencies_named(p: str) -> list[str]:
    """Agencies named anywhere in a source note ("Mit Material von dpa und AFP")."""
    found = [AGENCIES[m.group(1).lower()] for m in AGENCY_WORD.finditer(p) if m.group(1).isupper() or m.group(1).islower()]
    return list(dict.fromkeys(found))


def parse_credit_line(p: str) -> tuple[list[str], str | None] | None:
    """Read a paragraph that is only a credit (``"/site.de/dpa"``, ``"Quelle: dpa"``, ``"(AFP)"``).

    RETURNS (tuple | None): (agencies, outlet domain) or ``None`` when the line is not a credit.
    """
    if len(p) > 80:
        return None
    body = CREDIT_PREFIX.sub("", p)
    tokens = [t for t in CREDIT_SPLIT.split(body) if t and t not in {"-", "–"}]
    if not tokens:
        return None
    agencies: list[str] = []
    outlet = None
    for t in tokens:
        low = t.lower().strip(".:;")
        if low in AGENCIES:
            agencies.append(AGENCIES[low])
        elif DOMAIN.fullmatch(low):
            outlet = DOMAIN.fullmatch(low).group(1).lower()  # type: ignore[union-attr]
        elif low.startswith("dpa:") or re.fullmatch(r"[\d-]+", low) or low in {"infocom", "material", "von"}:
            continue  # dpa's "dpa:220110-99-..." tracking ids
        else:
            return None
    if not agencies:
        return None
    return agencies, outlet


# --- paragraph tests --------------------------------------------------------------------------


APPEAL_MAX_CHARS = 2500  # the longest appeal removed from the seeds and fundus pages has 834 characters


class Appeal:
    """Evidence that a paragraph asks the reader for money, membership or a subscription.

    The vocabulary score is computed at once; the address and call-to-action tests, which cost
    more, only when a decision needs them.
    """

    def __init__(self, p: str, pack: LanguagePack) -> None:
        self.vocabulary = sum(pack.appeal_words[s] for s in set(_appeal_regex(pack.code).findall(p.lower())))
        self._p = p
        self._pack = pack
        self._bare: str | None = None

    def _outside_quotes(self) -> str:
        if self._bare is None:
            self._bare = QUOTED.sub(" ", self._p)
        return self._bare

    @property
    def reader(self) -> bool:
        """The reader is addressed ("Sie", "dein"), outside quotes."""
        return bool(self._pack.reader_address.search(self._outside_quotes()))

    @property
    def self_ref(self) -> bool:
        """The outlet speaks of itself ("wir", "unser"), outside quotes."""
        return bool(self._pack.self_reference.search(self._outside_quotes()))

    @property
    def cta(self) -> bool:
        """A call to action ("Jetzt unterstützen")."""
        return bool(self._pack.call_to_action.search(self._outside_quotes()))

    @property
    def strong(self) -> bool:
        """Enough on its own, anywhere in the article — within the length of an appeal: a page-long
        paragraph that mentions support and says "your" once is reporting (plain-text dumps put
        whole articles into one paragraph), and so is one of many sentences most of which carry no
        appeal ("… forderte Unterstützung für die ärmeren Staaten. … Die X-Nachrichten finden Sie
        auch bei Twitter"): its closing appeal is cut off instead (``cut_appeal_tail``)."""
        if not self.appeal_shaped:
            return False
        return not self.sparse

    @property
    def appeal_shaped(self) -> bool:
        """The paragraph as a whole has an appeal's words, its call or its address to the reader."""
        if self.vocabulary < 1.0 or len(self._p) > APPEAL_MAX_CHARS:
            return False
        return self.cta or (self.vocabulary >= 2.5 and self.reader)

    @property
    def sparse(self) -> bool:
        """Four or more sentences, less than half of the words in those with any appeal evidence
        (weighed by length: "Success!", "Error!" between the sentences of a sign-up box count little)."""
        sentences = appeal_sentences(self._p)
        if len(sentences) < 4:
            return False
        marked = sum(len(s) for s in sentences if _has_appeal_evidence(s, self._pack))
        return marked * 2 < sum(len(s) for s in sentences)

    @property
    def weak(self) -> bool:
        """Enough inside a block of clutter that closes the page."""
        if self.vocabulary >= 0.5 and (self.reader or self.self_ref or self.cta):
            return True
        return self.reader and self.self_ref


@lru_cache(maxsize=None)
def _appeal_regex(code: str) -> re.Pattern[str]:
    """One alternation of a pack's appeal stems, longest first, each matched at a word start."""
    stems = sorted(get_pack(code).appeal_words, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(s) for s in stems) + ")")


def appeal_of(p: str, pack: LanguagePack) -> Appeal:
    """Collect appeal evidence for one paragraph."""
    return Appeal(p, pack)


_SENTENCE_CUT = re.compile(r"(?<=[.!?])\s+(?=[\"'„“»«‚‘(\[]?[A-ZÄÖÜ\d])")


def appeal_sentences(p: str) -> list[str]:
    """A paragraph cut roughly into sentences (a stop, a space, a capital): enough to weigh where
    an appeal's words stand, not the segmenter's boundaries."""
    return [s for s in _SENTENCE_CUT.split(p) if s.strip()]


def _has_appeal_evidence(sentence: str, pack: LanguagePack) -> bool:
    a = Appeal(sentence, pack)
    return a.vocabulary > 0 or a.reader or a.cta


def cut_appeal_tail(p: str, pack: LanguagePack) -> tuple[str, Removed | None]:
    """A long paragraph that reads as an appeal only in its last sentences (an article dumped into
    one paragraph with the outlet's "Sign up …" or "Folgen Sie uns …" run on): those sentences are
    kept aside as an appeal, the reporting before them stays."""
    whole = Appeal(p, pack)
    if not (whole.appeal_shaped and whole.sparse):
        return p, None
    sentences = appeal_sentences(p)
    k = len(sentences)
    while k > 1 and ((a := Appeal(sentences[k - 1], pack)).reader or a.cta):  # (an appeal's word alone is no appeal:
        k -= 1                                                                  # "As a Green party member …" reports)
    if k == len(sentences):
        return p, None
    cut = p.rfind(sentences[k])
    return p[:cut].rstrip(), Removed(p[cut:].strip(), "appeal")


def is_heading(p: str) -> bool:
    """A short paragraph without a final stop: a title, subheading or label."""
    return len(p) <= SHORT and not SENTENCE_END.search(p)


def is_minor(p: str) -> bool:
    """A paragraph that carries no reporting on its own: heading, list item or bare link."""
    return is_heading(p) or bool(LIST_ITEM.match(p)) or bool(URL_ONLY.match(p))


def _looks_like_names(names: str, pack: LanguagePack) -> list[str]:
    out = []
    for name in pack.name_joiners.split(names):
        name = name.strip(" .")
        tokens = name.split()
        if not 2 <= len(tokens) <= 4 or len(name) > 50:
            return []
        if not all(t[0].isupper() or t in {"von", "van", "de", "der", "zu", "den", "del", "da", "di"} for t in tokens):
            return []
        if any(ch.isdigit() for ch in name):
            return []
        out.append(name)
    return out


def byline_names(p: str, pack: LanguagePack) -> list[str]:
    """Authors named by a byline paragraph ("Von A und B", "• A B"), else an empty list."""
    m = pack.byline.match(p)
    if m:
        return _looks_like_names(m.group("names"), pack)
    if LIST_ITEM.match(p):
        return _looks_like_names(LIST_ITEM.sub("", p), pack)
    return []


def classify(p: str, index: int, pack: LanguagePack) -> str | None:
    """Return the clutter reason for one paragraph on its own, or ``None`` for reporting.

    Page furniture is short: a paragraph over 400 characters is only tested for an appeal, which
    keeps the clean-up cheap next to the HTML extraction.
    """
    if len(p) <= 400:
        reason = _short_clutter(p, index, pack)
        if reason:
            return reason
    if appeal_of(p, pack).strong:
        return "appeal"
    return None


def _short_clutter(p: str, index: int, pack: LanguagePack) -> str | None:
    if pack.ad_label.match(p):
        return "advertising"
    if pack.reading_time.match(p):
        return "reading-time"
    if pack.timestamp.match(p):
        return "timestamp"
    if pack.teaser.match(p):
        return "teaser"
    if pack.social.search(p):
        return "social"
    if len(p) <= 300 and (pack.caption.search(p) or PHOTO_CREDITS.search(p)):
        return "caption"
    for reason, pattern in pack.notices:
        if pattern.search(p):
            return reason
    if index < HEAD and byline_names(p, pack):
        return "byline"
    if parse_credit_line(p):
        return "credit"
    return None


TEASER_ITEM = re.compile(r"^[-–•]\s+(?:[^:\s]+\s+){0,5}?[^:\s]*:\s+(?:\S+\s+){2,}\S+$")


def _teaser_lists(paragraphs: list[str], reasons: list[str | None]) -> None:
    """Mark runs of two or more list items shaped like linked headlines ("- Iran-Krieg: USA verlieren
    …", "- „Inakzeptabel“: Meloni stellt sich gegen Trump") as teasers: a kicker, a colon, a
    headline, no closing full stop. Lists of facts, names or sayings keep their items."""
    def item(p: str) -> bool:
        p = p.strip()
        return len(p) <= 160 and bool(TEASER_ITEM.match(p)) and not p.rstrip("“\"»«”").endswith((".", "!", ")"))

    i = 0
    while i < len(paragraphs):
        j = i
        while j < len(paragraphs) and reasons[j] is None and item(paragraphs[j]):
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                reasons[k] = "teaser"
        i = max(j, i + 1)


def _mojibake_char(m: re.Match[str]) -> str:
    chars = m.group(0)
    chars = chars[0] + FRACTIONS.get(chars[1:], chars[1:])
    try:
        raw = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in chars)
        return raw.decode("utf-8")
    except (UnicodeError, ValueError):
        return m.group(0)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as Latin-1 or Windows-1252 on its way ("MÃ¼nchen" →
    "München", "â€žJaâ€œ" → "„Ja“"): each such byte sequence that decodes as UTF-8 is put back;
    text without one is returned as it is. (A capital "Ã" or "Â" before a sign of the Latin-1
    range, which the pattern needs, does not occur in German or English writing.)"""
    if "\u00c3" not in text and "\u00c2" not in text and "\u00e2\u20ac" not in text:
        return text
    return MOJIBAKE.sub(_mojibake_char, text)


# --- the stage ----------------------------------------------------------------------------------


def clean(doc: RawDoc, language: str | None = None) -> Cleaned:
    """Clean one raw document.

    doc (RawDoc): The document as read.
    language (str | None): Force a language instead of detecting it.
    RETURNS (Cleaned): Kept paragraphs, removed clutter with reasons, and metadata.
    """
    # one spelling of every character ("ö", not "o" + combining diaeresis as some sources send it):
    # the language packs' words match the composed form; NFC changes no character's meaning
    # (and UTF-8 that was read as Latin-1 on its way repaired: "MÃ¼nchen")
    paragraphs = [unicodedata.normalize("NFC", repair_mojibake(p)) for p in doc.paragraphs]
    removed_at: dict[int, list[Removed]] = {}
    published = normalise_date(doc.published)
    if published is None:
        named = FILE_DATE.search(Path(doc.path).name)
        published = normalise_date("-".join(named.groups())) if named else None

    m = DATE_MARKER.match(paragraphs[0]) if paragraphs else None
    if m:
        removed_at.setdefault(0, []).append(Removed(m.group(0).strip(), "date-marker"))
        published = published or normalise_date(m.group(1))
        paragraphs[0] = paragraphs[0][m.end() :]

    lang = language or doc.language or detect_language("\n".join(paragraphs))
    pack = get_pack(lang)

    reasons: list[str | None] = [classify(p, i, pack) if p else "empty" for i, p in enumerate(paragraphs)]
    _propagate(paragraphs, reasons, pack)
    _teaser_lists(paragraphs, reasons)

    authors = list(doc.authors)
    credits: list[AgencyCredit] = []
    outlet = doc.outlet
    for p, r in zip(paragraphs, reasons):
        if r == "byline":
            authors.extend(n for n in byline_names(p, pack) if n not in authors)
        elif r == "credit":
            parsed = parse_credit_line(p)
            if parsed:
                credits.extend(AgencyCredit(a, p.strip()) for a in parsed[0])
                outlet = outlet or parsed[1]
            else:
                credits.extend(AgencyCredit(a, p.strip()) for a in agencies_named(p))

    kept_idx = [i for i, r in enumerate(reasons) if r is None]
    # Credits inside the reporting: a trailing "(rtr)" is cut off, a dateline "Berlin (dpa) -" stays.
    if kept_idx:
        last = kept_idx[-1]
        tm = TRAILING_CREDIT.search(paragraphs[last])
        found = agencies_in(tm.group("credit")) if tm else None
        if tm and found:
            credits.extend(AgencyCredit(a, f"({tm.group('credit')})") for a in found)
            removed_at.setdefault(last, []).append(Removed(tm.group(0).strip(), "credit"))
            paragraphs[last] = paragraphs[last][: tm.start()]
        for i in kept_idx[:3]:
            dm = DATELINE_CREDIT.match(paragraphs[i])
            found = agencies_in(dm.group("credit")) if dm else None
            if dm and found:
                credits[:0] = [AgencyCredit(a, f"({dm.group('credit')})") for a in found]
                break

    removed: list[Removed] = []
    kept: list[str] = []
    for i, (p, r) in enumerate(zip(paragraphs, reasons)):
        removed.extend(removed_at.get(i, []))
        if r is None and p:
            tail = None
            if kept_idx and i == kept_idx[-1]:
                p, tail = cut_appeal_tail(p, pack)
            pieces, bars = _cut_share_bars(p, pack)
            kept.extend(pieces)
            removed.extend(bars + ([tail] if tail else []))
        elif r not in (None, "empty"):
            removed.append(Removed(p, r))

    title = unicodedata.normalize("NFC", repair_mojibake(doc.title)) if doc.title else doc.title
    if title is None and not doc.extracted:
        title = _title_from_head(kept)
    sites = _site_keys(doc.outlet, host_of(doc.url))
    title = _without_site_suffix(title, sites) if title else title
    authors = _clean_authors(authors, sites, pack)
    if outlet is None:
        outlet = host_of(doc.url)
    if outlet is None:
        outlet = _outlet_from_clutter(removed)
    return Cleaned(
        doc=doc,
        language=lang,
        paragraphs=kept,
        removed=removed,
        title=title,
        outlet=outlet,
        authors=authors,
        credits=_dedupe(credits),
        published=published,
    )


_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
_NUMERIC_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}")


def _site_key(name: str) -> str:
    """A name reduced to its letters and digits, umlauts spelled out ("Börsen-Zeitung" and
    "boersen-zeitung" alike)."""
    low = name.casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    low = unicodedata.normalize("NFKD", low)
    return re.sub(r"[^a-z0-9]", "", low)


def _site_keys(*names: str | None) -> frozenset[str]:
    """The keys a site goes by: its name and host, the host also without its top-level domain and
    a "www1." ("welt.de" → "weltde", "welt")."""
    keys: set[str] = set()
    for name in names:
        if not name:
            continue
        keys.add(_site_key(name))
        host = re.sub(r"^www\d*\.", "", name.strip().casefold())
        if "." in host and " " not in host:
            keys.add(_site_key(host.rsplit(".", 1)[0]))
    return frozenset(k for k in keys if len(k) >= 2)


def _without_site_suffix(title: str, sites: frozenset[str]) -> str:
    """A page title without the site's name and a date its template appends ("… - WELT",
    "… | Börsen-Zeitung", "… – DW – 13.06.2023")."""
    while seps := list(_TITLE_SEPARATOR.finditer(title)):
        tail = title[seps[-1].end() :].strip()
        if _site_key(tail) not in sites and not _NUMERIC_DATE.fullmatch(tail):
            break
        title = title[: seps[-1].start()].rstrip()
    return title


def _clean_authors(authors: list[str], sites: frozenset[str], pack: LanguagePack) -> list[str]:
    """Authors as names: a byline's lead word dropped ("Autor Monika Bolliger", "Capital Von Jemima
    Kelly" → the names after it), and the site or its publisher ("Heise Online", "Frankfurter
    Allgemeine Zeitung GmbH", "WDR") dropped where a person is named beside it."""
    out: list[str] = []
    for a in authors:
        words = a.split()
        for k in range(min(3, len(words))):
            m = pack.byline.match(" ".join(words[k:]))
            if m and m.group("names").strip()[:1].isupper():  # (not "Von der Leyen": a name's own particle)
                a = m.group("names").strip()
                break
        if a and a not in out:
            out.append(a)
    def site_named(a: str) -> bool:
        key = _site_key(a)
        return key in sites or any(len(s) >= 4 and key.startswith(s) for s in sites)
    people = [a for a in out if not site_named(a)]
    return people if people else out


def _cut_share_bars(p: str, pack: LanguagePack) -> tuple[list[str], list[Removed]]:
    """A kept paragraph without the rows of share buttons run into it (a page whose line breaks
    were lost: "… Köln. Teilen Teilen Weiterleiten DruckenLKA betonte …"): the text on either side
    of a row becomes a paragraph of its own, the row is kept aside as social clutter."""
    if pack.share_bar is None:
        return [p], []
    pieces: list[str] = []
    bars: list[Removed] = []
    done = 0
    for m in pack.share_bar.finditer(p):
        pieces.append(p[done : m.start()].strip())
        bars.append(Removed(m.group("row"), "social"))
        done = m.end()
    if not bars:
        return [p], []
    pieces.append(p[done:].strip())
    return [piece for piece in pieces if piece], bars


def _dedupe(credits: list[AgencyCredit]) -> list[AgencyCredit]:
    return list(dict.fromkeys(credits))


def _propagate(paragraphs: list[str], reasons: list[str | None], pack: LanguagePack) -> None:
    """Extend clutter to its neighbours in the block of clutter that closes a page.

    The closing block is the longest run at the end made only of clutter, minor paragraphs
    (headings, list items, links) and weak appeals. If it holds appeal, plug or teaser clutter,
    its weak appeals are appeals, the minor paragraphs after a piece of clutter belong to it,
    and a heading directly above one is its title. Elsewhere, a heading directly above a teaser
    or plug heads it ("Mehr zum Thema").
    """
    n = len(paragraphs)
    start = n
    while start > 0:
        r, p = reasons[start - 1], paragraphs[start - 1]
        if r is None and not is_minor(p) and not appeal_of(p, pack).weak:
            break
        start -= 1
    if any(r in TAIL_KINDS for r in reasons[start:]):
        kind: str | None = None
        for i in range(start, n):
            if reasons[i] in TAIL_KINDS:
                kind = reasons[i]
            elif reasons[i] is None:
                nxt = next((r for r in reasons[i + 1 :] if r != "empty"), None)
                if kind is not None:
                    reasons[i] = kind
                elif nxt in TAIL_KINDS and (is_heading(paragraphs[i]) or appeal_of(paragraphs[i], pack).weak):
                    reasons[i] = nxt
    for i in range(HEAD, n - 1):
        if reasons[i] is None and reasons[i + 1] in {"teaser", "social"} and is_heading(paragraphs[i]):
            reasons[i] = reasons[i + 1]


def _title_from_head(kept: list[str]) -> str | None:
    """The first headline-shaped paragraph among the first three kept ones."""
    for p in kept[:3]:
        if 10 <= len(p) <= 250 and not re.search(r"[.:;,]$", p):
            title = p.strip(" :|-–—")
            return title or None
    return None


def _outlet_from_clutter(removed: list[Removed]) -> str | None:
    """The outlet's own domain as named in its appeals, plugs or credits (``"auf site.de"``)."""
    counts: Counter[str] = Counter()
    for r in removed:
        if r.reason in {"appeal", "social", "credit", "teaser"}:
            for m in DOMAIN.finditer(r.text):
                d = m.group(1).lower()
                if d not in SOCIAL_DOMAINS:
                    counts[d] += 1
    return counts.most_common(1)[0][0] if counts else None


def drop_repeated(batch: list[Cleaned], min_len: int = 30) -> None:
    """Remove paragraphs that recur verbatim in several articles of one outlet (its page furniture).

    Only articles with a known outlet are compared and only paragraphs of at least ``min_len``
    characters count. Articles sharing more than half their paragraphs are one text published
    twice, not furniture: they count once, so their shared reporting stays.
    """
    by_outlet: dict[str, list[Cleaned]] = {}
    for c in batch:
        if c.outlet:
            by_outlet.setdefault(c.outlet.lower(), []).append(c)
    for group in by_outlet.values():
        if len(group) < 2:
            continue
        sets = [{p for p in c.paragraphs if len(p) >= min_len} for c in group]
        clusters: list[set[str]] = []  # union of paragraphs per cluster of near-duplicates
        for s in sets:
            home = next((u for u in clusters if s and len(s & u) > 0.5 * min(len(s), len(u))), None)
            if home is None:
                clusters.append(set(s))
            else:
                home |= s
        if len(clusters) < 2:
            continue
        counts: Counter[str] = Counter(p for u in clusters for p in u)
        repeated = {p for p, k in counts.items() if k >= 2}
        for c in group:
            keep = [p for p in c.paragraphs if p not in repeated]
            if len(keep) == len(c.paragraphs) or not keep:
                continue
            c.removed.extend(Removed(p, "repeated") for p in c.paragraphs if p in repeated)
            c.paragraphs = keep
