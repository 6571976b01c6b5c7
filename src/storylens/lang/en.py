"""English language pack."""

from __future__ import annotations

import re

from . import LanguagePack

_I = re.IGNORECASE

ABBREVIATIONS = frozenset(
    """
    Adm Apr Aug Ave Blvd Brig Capt Cmdr Co Col Corp Cpl Dec Dept Dr Drs Feb Fig Fla Fri Ft Gen Gov
    Hon Inc Jan Jr Jul Jun Lt Ltd Maj Mar Messrs Mr Mrs Ms Mt No Nos Nov Oct Op Ph Pres Prof Pte Pvt
    Rd Rep Reps Rev Sat Sen Sens Sep Sept Sgt Sr St Ste Sun Supt Thu Tue Wed approx ca cf eg etc ie
    vs viz vol
    a.m p.m e.g i.e U.S U.K U.N E.U D.C
    """.split()
)

MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)

APPEAL_WORDS = {
    "subscri": 1.5, "donat": 1.5, "support": 1.0, "membership": 1.5, "member": 0.5,
    "paywall": 2.0, "journalism": 1.0, "reader": 1.0, "newsletter": 1.5, "sign up": 1.5,
    "free trial": 2.0, "unlimited access": 2.0, "contribut": 1.0, "independent": 0.5,
}

PACK = LanguagePack(
    code="en",
    abbreviations=ABBREVIATIONS,
    months=MONTHS,
    ordinal_nouns=frozenset(),
    ordinal_cues=frozenset(),
    appeal_words=APPEAL_WORDS,
    reader_address=re.compile(r"\b(?:[Yy]ou|[Yy]our\w*)\b"),
    self_reference=re.compile(r"\b(?:[Ww]e|[Oo]ur\w*|[Uu]s)\b"),
    call_to_action=re.compile(
        r"\b(?:[Ss]ubscribe|[Dd]onate|[Ss]ign up|[Rr]egister|[Jj]oin|[Ss]upport us|[Bb]ecome a)\b"
        r"(?: \w+){0,4}(?: now| today| here)?\b|\bClick here\b"
    ),
    teaser=re.compile(
        r"^\W*(?:Read more|Read also|Also read|Related|See also|More on this|Recommended|"
        r"Most read|Don't miss|You may also like|Watch|Listen)\b",
        _I,
    ),
    social=re.compile(
        r"\bFollow (?:us|\S+) on (?:Facebook|Twitter|Instagram|YouTube|TikTok|Telegram|X|LinkedIn)\b|"
        r"\bShare (?:on|via) (?:Facebook|Twitter|WhatsApp|Email|X)\b|"
        r"\b(?:[Ss]ign up|[Ss]ubscribe)\b.{0,40}\bnewsletter\b|"
        r"^\W*(?:Share|Tweet|Email|Print|Comments|Copy link)\W*$",
    ),
    reading_time=re.compile(r"^\W*\d+\s*(?:min|mins|minutes?)\s*read\W*$|^\W*Reading time\W*\d+", _I),
    ad_label=re.compile(r"^\W*(?:Advertisement|Advertising|Sponsored(?: content)?|Ad|Promoted)\W*$", _I),
    timestamp=re.compile(
        r"^\W*(?:Updated|Published|Posted|Last updated)\b.{0,60}\b(?:[AP]\.?M\.?|GMT|UTC|ET|BST)\W*$|"
        r"^\W*(?:Updated|Published|Posted|Last updated)\W*$",
        _I,
    ),
    caption=re.compile(
        r"\((?:Photo|Image|File photo|Video)\)|(?:^|\s|\|)(?:Photo|Photograph|Image|Credit|Picture)\s*:\s*\S|"
        r"©|\bCopyright\b|\bPhoto(?:graph)? by\b",
        _I,
    ),
    byline=re.compile(r"^\W*(?:By|Written by|Words by)\s+(?P<names>.+?)\W*$"),
    name_joiners=re.compile(r"\s*(?:,|\band\b|&)\s*"),
    notices=(
        ("consent", re.compile(r"\bexternal content\b.{0,80}\b(?:load|display|consent)|\baccept (?:all )?cookies\b|\bprivacy settings\b", _I)),
        ("disclaimer", re.compile(r"\baffiliate links?\b|\bwe may (?:earn|receive) a commission\b|\bnot investment advice\b", _I)),
        ("plug", re.compile(r"\b(?:newsletter|our app|podcast)\b.*\byou\b|\byou\b.*\b(?:newsletter|our app|podcast)\b", _I)),
        ("credit", re.compile(r"^\W*(?:With )?(?:reporting|additional reporting|writing|editing) by\b", _I)),
    ),
)
