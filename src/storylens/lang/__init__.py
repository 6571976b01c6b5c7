"""Language packs: every word list and pattern the stages need, one module per language.

A pack is plain data (:class:`LanguagePack`). Stages ask :func:`get_pack` for the article's
language and never hard-code words. Third parties add a language by exposing a ``LanguagePack``
under the ``storylens.lang`` entry-point group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import entry_points

from ..errors import UsageError


@dataclass(frozen=True)
class LanguagePack:
    """Language knowledge for cleaning and segmenting text.

    code (str): ISO 639-1 code.
    abbreviations (frozenset[str]): Tokens (without their final period) after which a period does
        not end a sentence, e.g. ``"Dr"``, ``"z.B"``. Matched case-sensitively, then lowercased.
    months (frozenset[str]): Month names; ``"6. Januar"`` keeps its ordinal period.
    ordinal_nouns (frozenset[str]): Lowercased words that follow ordinals ("Platz", "Liga").
    ordinal_cues (frozenset[str]): Lowercased words that precede ordinals ("dem", "zum", "am").
    appeal_words (dict[str, float]): Lowercased stems of fundraising/subscription language with
        weights; a paragraph scores the sum of the stems it contains.
    reader_address (re.Pattern): Words addressing the reader ("Sie", "dein", "you").
    self_reference (re.Pattern): The outlet speaking of itself ("wir", "unser", "we").
    call_to_action (re.Pattern): Imperative calls to act ("Jetzt unterstützen", "Subscribe now").
    teaser (re.Pattern): Lines pointing to other articles ("Lesen Sie auch", "Read more").
    social (re.Pattern): Social and newsletter plugs.
    reading_time (re.Pattern): "Lesedauer: 4 Min.", "3 min read".
    ad_label (re.Pattern): Whole-line advertising labels ("Werbung", "Anzeige").
    timestamp (re.Pattern): Whole-line stamps ("Erstellt von - Uhr", "Updated 10:32").
    caption (re.Pattern): Photo caption and credit markers ("Foto:", "(Foto)", "Bild:").
    byline (re.Pattern): A byline whose group ``names`` holds the authors ("Von Anna Muster").
    name_joiners (re.Pattern): Splits a byline into names ("und", ",", "and").
    notices (tuple): ``(reason, pattern)`` pairs for other page furniture, searched in paragraphs
        of up to 400 characters: consent banners, disclaimers, media stamps, plugs for the
        outlet's newsletter or app, "mehr" teasers, staff credits, citation boxes.
    """

    code: str
    abbreviations: frozenset[str]
    months: frozenset[str]
    ordinal_nouns: frozenset[str]
    ordinal_cues: frozenset[str]
    appeal_words: dict[str, float]
    reader_address: re.Pattern[str]
    self_reference: re.Pattern[str]
    call_to_action: re.Pattern[str]
    teaser: re.Pattern[str]
    social: re.Pattern[str]
    reading_time: re.Pattern[str]
    ad_label: re.Pattern[str]
    timestamp: re.Pattern[str]
    caption: re.Pattern[str]
    byline: re.Pattern[str]
    name_joiners: re.Pattern[str]
    notices: tuple[tuple[str, re.Pattern[str]], ...] = ()
    extra: dict[str, object] = field(default_factory=dict)


# News agencies, language-independent: credit token (lowercased) -> canonical agency name.
AGENCIES: dict[str, str] = {
    "rtr": "Reuters",
    "reuters": "Reuters",
    "dpa": "dpa",
    "dpa-afx": "dpa-AFX",
    "afx": "dpa-AFX",
    "afp": "AFP",
    "ap": "AP",
    "apa": "APA",
    "kna": "KNA",
    "epd": "epd",
    "sda": "Keystone-SDA",
    "ats": "Keystone-SDA",
    "keystone-sda": "Keystone-SDA",
    "dts": "dts",
    "ddp": "ddp",
    "sid": "SID",
    "ots": "OTS",
    "efe": "EFE",
    "ansa": "ANSA",
    "tass": "TASS",
    "upi": "UPI",
    "bloomberg": "Bloomberg",
    "idea": "idea",
}

# Photo agencies and picture desks that mark a line as a photo credit.
PHOTO_CREDITS = re.compile(
    r"picture[ -]alliance|imago|getty ?images|shutterstock|istock|keystone|dpa-bildfunk|"
    r"\bap photo\b|\bafp via\b|sputnik|\bfotolia\b|\bunsplash\b",
    re.IGNORECASE,
)

_PACKS: dict[str, str] = {"de": "storylens.lang.de", "en": "storylens.lang.en"}


@lru_cache(maxsize=None)
def get_pack(code: str | None) -> LanguagePack:
    """Return the language pack for ``code``; unknown or missing languages fall back to English.

    code (str | None): ISO 639-1 code such as ``"de"``.
    RETURNS (LanguagePack): The pack.
    """
    code = (code or "en").lower()
    if code in _PACKS:
        module = __import__(_PACKS[code], fromlist=["PACK"])
        return module.PACK  # type: ignore[no-any-return]
    for ep in entry_points(group="storylens.lang"):
        if ep.name == code:
            pack = ep.load()
            if not isinstance(pack, LanguagePack):
                raise UsageError(f"entry point storylens.lang:{code} is not a LanguagePack")
            return pack
    return get_pack("en")


def available() -> list[str]:
    """List the language codes with a pack (built in or from plug-ins)."""
    return sorted(set(_PACKS) | {ep.name for ep in entry_points(group="storylens.lang")})
