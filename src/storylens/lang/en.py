"""English language pack."""

from __future__ import annotations

import re
from typing import Final
from dataclasses import replace
from functools import lru_cache

from . import ClauseLead, FigureLexicon, InterviewCues, LanguagePack, share_bar

_I: Final = re.IGNORECASE

ABBREVIATIONS: Final = frozenset(
    """
    Adm Apr Aug Ave Blvd Brig Capt Cmdr Co Col Corp Cpl Dec Dept Dr Drs Feb Fig Fla Fri Ft Gen Gov
    Hon Inc Jan Jr Jul Jun Lt Ltd Maj Mar Messrs Mr Mrs Ms Mt No Nos Nov Oct Op Ph Pres Prof Pte Pvt
    Rd Rep Reps Rev Sat Sen Sens Sep Sept Sgt Sr St Ste Sun Supt Thu Tue Wed approx ca cf eg etc ie
    vs viz vol Msgr Fr Det Insp Atty Ala Ariz Calif Colo Conn Ga Ill Kan Ky Md Mass Mich Minn Mo Mont
    Neb Nev Okla Pa Tenn Tex Va Vt Wis Wyo Const Cst Supt Sgt Cpl Insp Cmdr Lieut Gov Dist Asst
    a.m p.m e.g i.e U.S U.K U.N E.U D.C
    """.split()
)

# cue verbs of speech (a phrase may span words: "pointed out")
_CUES: Final = (
    "said says told added stated declared warned announced explained insisted claimed wrote argued noted "
    "stressed promised asked urged confirmed reported recalled yelled shouted screamed cried replied tweeted "
    "posted acknowledged accepted admitted contended maintained tells adds notes explains argues warns insists "
    "writes stresses recalls replies declares emphasized emphasised emphasizes emphasises remarked "
    "commented responded testified conceded cautioned boasted joked reiterated exclaimed saying arguing "
    "insisting stressing explaining noting stating denied reads believes believed reporting ruled estimates stress confirms announces "
    "admits acknowledges concedes denies"
# "states" is a cue before its clause or a stop ("the report states that …", "…, the law states."), not the noun
# ("the federal states Vienna and Styria", "the following states: Alaska, …")
).split() + ["pointed out", "points out", r"charged(?!\s+with\b)", r"predicts(?= that\b)", r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\blater )revealed(?= that\b)", r"alleges(?= that\b)",
                 r"alleged(?= that\b| in\b| the\b| he\b| she\b| they\b)", r"predicted(?= that\b)", r"forecasts(?= that\b)", r"states(?= that\b|\s*[,.;:]|\s+[\"“])", r"(?<!\ban )(?<!\bthe )(?<!\bAn )estimated",
                 r"(?<!\bthe )(?<!\bnews )(?<!\bmedia )(?<!\bpress )(?<!\bunfounded )(?<!\bunconfirmed )(?<!\bconflicting )(?<!\binitial )"
                 r"(?<!\bearlier )(?<!\brecent )(?<!\bprevious )(?<!\bsome )(?<!\bother )(?<!\bsuch )(?<!\bthese )(?<!\bthose )(?<!\bseveral )"
                 r"(?<!\bmany )(?<!\bmultiple )(?<!\blocal )(?<!\bofficial )(?<!\bpolice )(?<!\bmedical )(?<!\bof )(?<!\bto )(?<!\bits )"
                 r"(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bour )reports(?= that\b)",
                 # "assured Nigerians (that) the government will …", "The court advised last week that …"
                 r"(?<!\brest )(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bfeel )(?<!\bfelt )"  # (not "rest assured that …")
                 r"assure[sd](?= (?:[\w-]+ ){0,3}?that\b| [A-Z][\w-]+ (?:the|he|she|they|it|we|his|her|their)\b)", r"advised(?= (?:[\w-]+ ){0,3}?that\b)",
                 # "Studies have found (again and again) that …": what a study or report found (not "they found that the roof …")
                 *(r"(?<=" + subject + r" )found(?= (?:[\w-]+ ){0,3}?that\b)" for subject in (
                     "tudies have", "tudy has", "eport has", "eports have", "esearch has", "nalysis has",
                     "tudy", "tudies", "eport", "eports", "esearch", "nalysis",
                     "esearchers have", "cientists have", "esearchers", "cientists"))]  # not "worth an estimated two million"; "SKY - TV reports that …" (not the noun "news reports")

@lru_cache(maxsize=65536)
def _common_word(word: str) -> bool:
    """A word of simplemma's English dictionary ("perhaps", "page"), looked up once per word."""
    import simplemma

    return bool(simplemma.is_known(word.lower(), lang="en"))


MONTHS: Final = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)

APPEAL_WORDS: Final = {
    "subscri": 1.5, "donat": 1.5, "support": 1.0, "membership": 1.5, "member": 0.5,
    "paywall": 2.0, "journalism": 1.0, "reader": 1.0, "newsletter": 1.5, "sign up": 1.5,
    "free trial": 2.0, "unlimited access": 2.0, "contribut": 1.0, "independent": 0.5,
}

_IRREGULAR_PLURALS: Final = {"man": "men", "woman": "women", "child": "children", "person": "people", "policeman": "policemen",
                              "gunman": "gunmen", "policewoman": "policewomen"}


def _plurals(noun: str) -> tuple[str, ...]:
    """The plural forms an English singular may take: irregular, -s, -es, or the same ("one dead")."""
    irregular = _IRREGULAR_PLURALS.get(noun)
    return (irregular,) if irregular else (noun + "s", noun + "es", noun)


PACK = LanguagePack(
    code="en",
    share_bar=share_bar(("Share", "Tweet", "Print", "Pin", "Comments", "Comment", "Save", "Like", "Copy link", "Share this article")),
    abbreviations=ABBREVIATIONS,
    closing_abbreviations=frozenset(
        "Inc Corp Ltd Co Jr Sr etc a.m p.m U.S U.K U.N E.U D.C Ala Ariz Calif Colo Conn Fla Ga Ill Kan Ky Md Mass Mich Minn Mo Mont "
        "Neb Nev Okla Pa Tenn Tex Va Vt Wis Wyo".split()),
    sentence_openers=frozenset(
        "The A An It He She They We I This That These Those There His Her Its Their Our But And Yet In On At After Before When "
        "While Although However Meanwhile Now Then Still Also".split()),
    months=MONTHS,
    ordinal_nouns=frozenset(),
    ordinal_cues=frozenset(),
    appeal_words=APPEAL_WORDS,
    reader_address=re.compile(r"\b(?:[Yy]ou|[Yy]our\w*)\b"),
    self_reference=re.compile(r"\b(?:[Ww]e|[Oo]ur\w*|[Uu]s)\b"),
    # an imperative (sentence start) or a "now/today/here" call; news prose ("will become a division",
    # "join the talks", "register a company") is no call to action
    call_to_action=re.compile(
        r"(?:^|[.!?:]\s+|\n)(?:Subscribe|Donate|Sign up|Register|Join us|Join|Support us|Become a member|Become a subscriber)\b|"
        r"\b(?:subscribe|donate|sign up|register|join us|support us)\b(?: \w+){0,4}? (?:now|today|here)\b|"
        r"\b[Bb]ecome a (?:member|subscriber|supporter|patron)\b|\bClick here\b"
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
        ("metadata", re.compile(r"^[-–•]\s*(?:Date|Author|Topics|Keywords|Tags|Feedback|Print|Permalink)\b")),
        ("navigation", re.compile(r"^\W*(?:Contents\W+)?(?:View (?:as )?single page|Read on one page|(?:Previous|Next) page|Page \d+ of \d+)"
                                  r"(?:\W+(?:View (?:as )?single page|Read on one page|(?:Previous|Next) page|Page \d+ of \d+))*\W*$", _I)),
    ),
)


# --- figures, sources, dates and speech ---------------------------------------------------------

_NP_STOP: Final = (
    r"(?=\s*[,.;:()!?\"“”]|\s+(?:on|in|at|said|says|told|have|has|had|were|was|are|is|that|who|\d)\b|$)"
)
_NP: Final = r"(?P<src>[^\s,.;:()!?\"“”][^,.;:()!?\"“”]{0,80}?)" + _NP_STOP

FIGURES: Final = FigureLexicon(
    number_words={
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "hundred": 100, "a hundred": 100, "a dozen": 12, "two dozen": 24, "dozen": 12, "half a": 0.5,
    },
    scale_articles=frozenset("a one".split()),
    scales={"thousand": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5},
    vague={"dozens": (24, 99), "hundreds": (200, 999), "thousands": (2000, 9999), "tens of thousands": (20000, 99999),
           "hundreds of thousands": (200000, 999999), "tens of millions": (20000000, 99999999), "hundreds of millions": (200000000, 999999999),
           **{f"{w} {n}": r for w in ("several", "a few") for n, r in (("dozen", (24, 99)), ("hundred", (200, 999)), ("thousand", (2000, 9999)))}},
    qualifiers={
        "nearly": "nearly", "almost": "nearly", "close to": "nearly",
        "about": "about", "around": "about", "some": "about", "approximately": "about", "roughly": "about",
        "an estimated": "about", "estimated": "about",
        "at least": "at_least", "more than": "more_than", "over": "more_than", "upwards of": "more_than",
        "up to": "at_most", "at most": "at_most", "as many as": "at_most",
        "fewer than": "less_than", "less than": "less_than", "under": "less_than", "below": "less_than", "above": "more_than",
    },
    measure_nouns={
        "dead": "deaths", "deaths": "deaths", "fatalities": "deaths", "bodies": "deaths", "lives": "deaths", "toll": "deaths",
        "injured": "injured", "injuries": "injured", "wounded": "injured",
        "arrests": "arrests", "detainees": "arrests", "arrested": "arrests",
        "troops": "troops", "soldiers": "troops", "peacekeepers": "troops", "paratroopers": "troops", "reservists": "troops",
        "missing": "missing", "evacuees": "evacuated", "evacuated": "evacuated",
        "refugees": "displaced", "displaced": "displaced", "homeless": "displaced",
        "protesters": "protesters", "demonstrators": "protesters", "votes": "votes", "vote": "votes", "seats": "seats",
        "euros": "money", "euro": "money", "dollars": "money", "pounds": "money", "€": "money", "$": "money",
        "yuan": "money", "renminbi": "money", "yen": "money", "rupees": "money", "rupee": "money", "francs": "money",
        "roubles": "money", "rubles": "money", "kronor": "money", "kroner": "money", "rand": "money", "pesos": "money",
        "lira": "money", "naira": "money", "shekels": "money", "ringgit": "money", "dirhams": "money",
        "shillings": "money", "cedis": "money", "kwacha": "money", "birr": "money", "baht": "money", "zlotys": "money",
        "forints": "money", "hryvnias": "money", "taka": "money", "rupiah": "money", "riyals": "money", "rials": "money",
        "percent": "percent", "per cent": "percent", "%": "percent", "percentage": "percent",
    },
    person_nouns=frozenset(
        "people persons civilians officers policemen police soldiers children women men residents "
        "protesters demonstrators victims migrants passengers workers students patients foreigners inhabitants "
        "journalists security members relatives villagers militants fighters gunmen suspects employees "
        "pilgrims tourists visitors prisoners inmates miners crew nationals citizens immigrants hostages "
        "detainees rebels insurgents activists officials personnel guards firefighters doctors nurses teachers "
        "farmers fishermen survivors worshippers pedestrians drivers protestors spectators".split()
    ),
    measure_verbs=(
        ("deaths", re.compile(r"\b(?:killed|killing|(?<!\banything )(?<!\bif )kills|died|dead|lost their lives|perished|drowned|shot dead|fatally (?:shot|stabbed|wounded)|executed"
                              r"|(?:burnt|burned|stabbed|beaten|crushed|trampled|shot|frozen|stoned|hacked|clubbed|bludgeoned|starved|hanged) to death"
                              r"|lost(?= (?:\S+ ){0,3}(?:soldiers|troops|people|civilians|men|women|children|officers|fighters|members)\b))\b", _I)),
        ("injured", re.compile(r"\b(?:injured|injuring|injures|wounded|wounding|wounds(?= \d)|hurt|hospitali[sz]ed|(?:treated|taken) (?:at|in|to) (?:\S+ ){0,2}hospitals?|treated for (?:\S+ )?(?:injuries|wounds|burns)|suffered (?:\S+ ){0,3}?(?:injuries|wounds|burns|poisoning|smoke inhalation))\b", _I)),
        ("arrests", re.compile(r"\b(?:arrested|arresting|detained|detaining|detains|taken into custody"
                               r"|(?:took|taken|take|takes|taking|brought|picked up|rounded up) in(?= (?:\S+ ){0,3}for questioning)|held for questioning)\b", _I)),
        ("evacuated", re.compile(r"\b(?:evacuated|evacuate|evacuating|forced to leave|(?:moved|forced) from their homes)\b", _I)),
        # "thousands of people have been living in tents", "14,000 people flooded into camps": driven from their homes
        ("displaced", re.compile(r"\b(?:living in (?:tents|camps|shelters)|fled (?:from )?their homes|fled (?:the )?(?:fighting|violence|war|conflict|bombing|bombardment|shelling)|(?:been|were|are) (?:internally )?displaced|(?:left|made|rendered) homeless|(?:flooded|fled|moved|crowded) into (?:\S+ )?(?:camps|shelters|tents))\b", _I)),
        ("missing", re.compile(r"\b(?:missing|unaccounted for)\b", _I)),
        ("protesters", re.compile(r"\b(?:took to the streets|marched|rallied|demonstrated|protested|(?:were|are|was) (?:marching|rallying|protesting|demonstrating)"
                                  r"|(?<=[a-z] )(?:demonstrate|protest|rally|march) (?:in|against|outside|near|on)"
                                  r"|(?:joined|(?:took|take|taking|taken) part in|attended) (?:\S+ ){0,3}(?:demonstrations?|protests?|rall(?:y|ies)|march(?:es)?|walkout|strike))\b", _I)),
    ),
    earlier_count=re.compile(r"\b(?:(?:said|reported|announced|put the toll at) earlier|earlier (?:reports?|figures?|counts?|tolls?)|initially|at first|first reported|previously)\b", _I),
    serious_injury=re.compile(r"\b(?:(?:seriously|critically|severely|gravely)\s+(?:injured|wounded|hurt)|in (?:a )?(?:critical|serious) condition"
                              r"|(?:critical|serious|severe|life-threatening) injuries)\b", _I),
    recovery_verbs=re.compile(r"\b(?:recovered|retrieved|pulled from|found dead|bodies found|bodies were found)\b", _I),
    money_verbs=re.compile(r"\b(?:earn|earned|earns|paid|pays|pay|cost|costs|receive[sd]?|raised|raises|donated|invested|spent|spends)\b", _I),
    military_words=re.compile(r"soldier|troop|military|army|contingent|deploy", _I),
    scope_words={"nationwide": "nationwide", "worldwide": "worldwide"},
    attribution=(
        re.compile(r"\b[Aa]ccording to (?:the |a )?" + _NP),
        re.compile(r"(?:^|,\s)" + _NP.replace(_NP_STOP, r"(?=\s+(?:said|says|reported|told|announced)\b)")),
        re.compile(r"\b(?:said|says|reported|announced) (?:the )?(?![\d\s])(?!(?:he|she|they|it|that|there)\b)" + _NP),
        re.compile(r"\b[Cc]iting (?:the )?" + _NP),
        # "Authorities put the number of injured at about 150": who gives the count
        re.compile(r"(?:^|,\s)" + _NP.replace(_NP_STOP, r"(?=\s+(?:put|puts|estimated|estimates|estimate|placed|places|place)\s+the\s+(?:\w+\s+){0,2}(?:number|toll|figure|total|count|damage|damages|cost|costs|losses|bill)\b)")),
    ),
    attribution_words=("ccording", "said", "says", "reported", "told", "announced", "iting", "put", "estimat", "place"),
    inherit_attribution=re.compile(r"\b(?:it said|they said|the ministry said|officials said)\b", _I),
    weekdays={"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6},
    month_numbers={"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
                   "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
                   "jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9,
                   "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12},
    relative_days={"today": 0, "yesterday": -1, "tomorrow": 1, "the day before": -1, "the previous day": -1},
    year_prepositions=("in", "since", "until", "during", "of"),
    month_openers={"in": 0, "early": 0, "mid": 0, "late": 0, "since": 0, "until": 0, "by": 0, "during": 0, "this": 0,
                   "last": -1, "next": 1},
    relative_periods={"last month": ("month", -1), "this month": ("month", 0), "next month": ("month", 1),
                      "last year": ("year", -1), "this year": ("year", 0), "next year": ("year", 1)},
    since_words=frozenset({"since"}),
    subject_classes={
        "police": "police", "officers": "police", "policemen": "police", "policewomen": "police",
        "security": "security forces", "security forces": "security forces", "security personnel": "security forces",
        "soldiers": "soldiers", "troops": "soldiers", "servicemen": "soldiers", "service members": "soldiers",
        "protesters": "protesters", "demonstrators": "protesters",
        "people": "people", "persons": "people", "residents": "people",
        "civilians": "civilians", "children": "children",
    },
    whole_scope_words=frozenset({"nationwide", "in total", "overall"}),
    label_words=frozenset("article no page section paragraph year version level interstate route highway flight exit gate".split()),
    unit_words=frozenset("years year o'clock hours minutes min days weeks months times miles meter liter caliber calibre".split()),
    not_counted_after=frozenset({"st", "nd", "rd", "th", "am", "pm"}),
    hyphen_units=("year", "caliber", "calibre"),
    range_joiners=frozenset({"to", "or", "and"}),
    between_words={"between": "and"},
    change_from=re.compile(r"\b(?:ris(?:e|es|en|ing)|rose|rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|gr(?:ew|ow|own|owing)|f(?:ell|all|allen|alling)|"
                           r"drop(?:ped|s)?|cut|reduc(?:e|ed|es|ing)|climb(?:ed|s)?|jump(?:ed|s)?|soar(?:ed|s)?|plung(?:ed|es)|declin(?:e|ed|es)|"
                           r"expand(?:ed|s)?|shr(?:ank|unk)|revis(?:e|ed)|up|down|went|gone)\b[^.;]{0,60}?\bfrom(?:\s+\S+)?\s*$", _I),
    not_alone_numbers=frozenset({"dozen"}),
    not_place_endings=("tion", "ern"),
    anaphoric_places=frozenset(f"the {noun}" for noun in ("city", "capital", "province", "region", "state", "district")),
    generic_people=frozenset({"people", "persons"}),
    troop_nouns=frozenset({"men"}),
    year_after_words=frozenset({"born", "died"}),
    agent_prepositions=frozenset({"by"}),
    account_nouns=frozenset({"results", "figures", "data", "estimates", "statistics", "poll", "polls", "survey", "projections", "tally", "count"}),
    owner_words=frozenset({"by", "from"}),
    scope_prepositions=frozenset({"in"}),
    scope_openers=frozenset({"in"}),
    # "said an Egyptian blogger and journalist": the speaker is read from the word after the article
    cue_adverbs=frozenset({"an"}),
    # "say" only closing a frame ("…, police say."), not "to say", "prosecutors say they …"
    # "say" closing a frame (", police say."), or after a plural subject before its clause ("analysts
    # generally say they …", "Police say a man …"; not "to say", "would say")
    # (also "claim", "argue", "insist" so, and before a clause whose subject is a noun: "members say communal wealth is …")
    speech_verbs=re.compile(r"\b(?=[a-z])(?:" + "|".join(_CUES) + r"|say(?=[.,])|(?<!\bhis )(?<!\bthis )(?<!\bits )(?<!\bwas )(?<!\bhas )(?:(?<=[a-z]s )|(?<=ly )|(?<=police )|(?<=Police )|(?<=people ))(?:say|claim|argue|insist)"
                            r"(?= (?:that|they|he|she|it|there|the|a|an|their|his|her|its|our|[A-Z]\w*|\d[\d,.]*"
                            r"|(?:more|fewer|less) than|at least|about|around|some|nearly|almost|dozens|hundreds|thousands)\b"  # ("Officials say more than 100 people …")
                            r"| (?:[a-z]+ ){1,2}(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\b))\b"),
    subjunctive=re.compile(r"\b(?:would|had been|was|were)\b"),
    roles=re.compile(
        r"^(?:President|Prime|Minister|Chancellor|King|Queen|Pope|Spokesman|Spokeswoman|Spokesperson|"
        r"Mayor|Governor|Senator|General|Secretary|Chief|Director|Professor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|"
        r"Commander|Deputy|Attorney|Sheriff|Officer|Captain|Lieutenant|Sergeant|Inspector|Judge|"
        r"(?:Lt|Capt|Sgt|Gen|Col|Maj|Rep|Sen|Gov|Const|Det|Insp|Supt|Cpl|Adm|Cmdr|Dist|Atty)\.?|"
        # is_role capitalises lowercase English words before matching: "the lawyer" → "Lawyer"
        r"Official|Expert|Analyst|Rep|Lawyer|Prosecutor|Detective|Superintendent|Commissioner|Coroner|"
        r"Chairman|Chairwoman|Chairperson|CEO|Executive|Manager|Coach|Doctor|Nurse|Witness|Ambassador|Envoy|"
        r"Councilman|Councilwoman|Congressman|Congresswoman|Representative|Leader|Founder|Professor|"
        r"Monsignor|Msgr\.?|Sister|Sr\.?|Father|Fr\.?|Reverend|Rev\.?|Bishop|Archbishop|Cardinal|Rabbi|Imam|Pastor|Priest|"
        r"Brother|Mother|Son|Daughter|Wife|Husband|Friend|Neighbour|Neighbor|Colleague|"
        r"Agent|Researcher|Scientist|Economist|Strategist|Consultant|Adviser|Advisor|Editor|Producer|Publicist|"
        r"Owner|Organizer|Organiser|Historian|Co-founder|Cofounder|Partner|Head|Vice-president|Supremo)$"
    ),
    pronouns=frozenset({"he", "she", "He", "She"}),
    that_clause=re.compile(r"\bthat\b[^,]*$"),
    question_clause=re.compile(r",\s+whether\s"),
    question_openers=frozenset({"whether"}),
    complementizers=frozenset({"that"}),
    source_openers=("as ",),
    condition_openers=frozenset("if unless".split()),
    articles=frozenset("the a an his her their its".split()),
    not_subject=frozenset("on in at after before then also but and so yesterday today later with for from by last this next "
                          "still however meanwhile instead nevertheless moreover earlier now once if unless although though until whereas".split()),
    # words that open a sentence and are taken for its subject, but never speak ("Given …", "Somehow, Reid …")
    not_speakers=frozenset("that when given perhaps somehow finally various there here these those the their while as "
                           "nonetheless below your my initial first return rumors rumours okay ok yes hello thanks please".split()),
    auxiliaries=frozenset("had has have was were is are will would".split()),
    np_breakers=frozenset("on at after before during yesterday today overnight last to be only who which when also then later again still previously earlier however meanwhile".split()),
    name_particles=frozenset("von van de der al- al bin da el".split()),
    verb_like=frozenset("were are was have had died been remain remained remains is has will".split()),
    currency={"euro": "EUR", "€": "EUR", "dollar": "USD", "$": "USD", "pounds": "GBP", "dollars": "USD",
              "euros": "EUR", "£": "GBP", "francs": "CHF", "roubles": "RUB", "rubles": "RUB", "yuan": "CNY",
              "renminbi": "CNY", "yen": "JPY", "rupees": "INR", "rupee": "INR", "kronor": "SEK", "kroner": "NOK",
              "rand": "ZAR", "pesos": "MXN", "lira": "TRY", "naira": "NGN", "shekels": "ILS",
              "ringgit": "MYR", "dirhams": "AED", "cedis": "GHS", "kwacha": "ZMW", "birr": "ETB", "baht": "THB",
              "zlotys": "PLN", "forints": "HUF", "hryvnias": "UAH", "taka": "BDT", "rupiah": "IDR", "riyals": "SAR"},
    currency_before={"€": "EUR", "$": "USD", "£": "GBP", "chf": "CHF", "eur": "EUR", "usd": "USD", "gbp": "GBP",
                     "us$": "USD", "$us": "USD", "$ us": "USD", "$a": "AUD", "$ a": "AUD", "$au": "AUD", "$ au": "AUD", "$c": "CAD", "$ c": "CAD",
                     "$nz": "NZD", "$ nz": "NZD", "$hk": "HKD", "$ hk": "HKD", "$s": "SGD", "$ s": "SGD", "rs": "INR", "₹": "INR", "inr": "INR", "cny": "CNY", "rmb": "CNY", "jpy": "JPY",
                     "sh": "KES", "ksh": "KES", "kshs": "KES", "kes": "KES", "ush": "UGX", "ugx": "UGX", "tsh": "TZS", "tzs": "TZS",
                     "₦": "NGN", "ngn": "NGN", "ghs": "GHS", "zar": "ZAR"},
    not_sources=frozenset("it he she they we this".split()),
    clause_cues=frozenset("said says say added stated declared explained insisted claimed argued noted stressed recalled wrote replied".split()),
    place_adjective=re.compile(r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?|central|neighbou?ring|nearby|coastal|rural|remote"),
    scope_units=frozenset("countries nations states provinces cities districts villages towns regions".split()),
    place_heads=frozenset({"city"}),
    work_nouns=frozenset("titled entitled book novel film movie song album series show slogan motto hashtag musical play".split()),
    score_words=frozenset("loss win victory defeat overtime lead draw tie".split()),
    tally_verbs=frozenset("approved passed voted adopted rejected confirmed ratified upheld overturned".split()),
    tally_nouns=frozenset("vote votes ruling verdict".split()),
    tally_joiners=frozenset({"to"}),
    coordinators=frozenset("and while but".split()),
    bystander_prepositions=frozenset("with among".split()),
    proportion_words=frozenset({"in", "of", "out of"}),
    apposition_openers=frozenset("including who which among".split()),
    title_joiners=frozenset("of the and for on in to a de la du".split()),
    increment_words=frozenset("another more other additional further second third fourth fifth".split()),
    part_markers=frozenset({"of the", "of those", "of these", "of"}),  # "won 61 of 120 seats"
    total_prepositions=frozenset({"to", "at"}),
    headless_words=frozenset({"others"}),
    first_person=frozenset("i we".split()),
    age_attribute=re.compile(r"\d+-year-old\s+"),
    neuter_pronouns=frozenset({"it", "they"}),
    sentence_subject=re.compile(r"^\s*(?P<who>(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)\s+(?:could|would|did|does|was|is|has|had|[a-z]+ed|[a-z]+s)\b"),
    speaker_time_tail=re.compile(r"\s+(?:in|on|last|this)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                                 r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)$"),
    company_heads=frozenset("bank corp corporation inc ltd group company holdings".split()),
    media_nouns=("broadcaster", "network", "newspaper", "agency", "magazine", "channel"),
    body_nouns=("organisation", "organization", "group", "ngo", "watchdog", "charity"),
    # "what Israel says is its goal"; "the problems Georgia prosecutors say they face": a cue inside a noun phrase
    # "… poses, which she said were all pretend", "… browser which it said has attacked": inside a relative clause
    name_suffixes=frozenset({"Jr", "Sr", "II", "III", "IV", "MD", "PhD"}),
    one_word="one",
    one_after_verbs=frozenset({"killing", "killed", "wounding", "wounded", "injuring", "injured"}),
    one_before_noun=frozenset({"one"}),
    not_one_after=frozenset({"no"}),
    plurals=_plurals,
    proxy_roles=frozenset({"rep", "representative", "spokesman", "spokeswoman", "spokesperson", "publicist", "lawyer", "attorney", "agent", "manager"}),
    relative_subjects=frozenset({"who", "which"}),
    embedded_cue=re.compile(r"\b[Ww]hat(?:\s+[\w'’.-]+){1,5}\s+\w+\s+(?:is|was|are|were)\b"
                            r"|\b(?:which|who)\s+(?:he|she|it|they|[A-Z][\w'’-]+)\s+(?:said|says|claimed|believes)\s+"
                            r"(?:is|was|are|were|has|had|have|will|would)\b"
                            r"|\b(?:the|a|an|of)\s+[a-z]+s\s+(?:[A-Z][\w-]*\s+)*[a-z]+s\s+say\s+\w+"),
    negations=frozenset("not never n't".split()),
    passive_markers=frozenset("when if once being was were been is are be".split()
                              + [w + a + "t" for w in ("wasn", "weren", "isn", "aren") for a in "'’"]),  # "we weren't told who …"
    participle_cues=frozenset("saying adding noting arguing insisting stressing explaining stating".split()),
    participle_subject=re.compile(r"\bwith\s+(?P<who>(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s*$"),
    participle_cue=re.compile(r",\s+(?:noting|adding|saying|warning|arguing|stressing|explaining|insisting|stating)\s+that\s"),
    article_object_cues=frozenset({"added", "boasted", "boasts"}),
    prepositions=frozenset("in of at on to by from for with across around near throughout into during among inside outside".split()),
    embedded_openers=("what it",),
    # (not a noun in -ly after its article: "the family said", "the assembly said")
    trailing_adverbs=re.compile(r"(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bhis)(?<!\bher)(?<!\btheir)(?<!\bits)(?<!\bour)(?:\s+(?:[a-z]+ly|all along|first|also))+$"),
    # a clause after an object cue: "noted Tuesday that …", "admitted he …", "confirmed the climbing party are foreigners"
    contrast_subject=re.compile(r",\s+but\s+(?:the|a|an|[A-Z][\w'’.-]*)\s"),
    agent_object=re.compile(r"\s+(?:(?:a|an|the|his|her|their|its|him|them|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|[A-Z])\b|\d)"),
    agent_by=re.compile(r"\s+(?:\w+\s+){0,2}?by\s+(?:(?:at least|some|about)\s+)?"),
    passive_before=re.compile(r"\b(?:was|were|been|being|be|is|are|got)\s+(?:\w+\s+)?$"),
    object_clause=re.compile(r"\s*,?\s*(?:[\w.'’-]+,?\s+){0,3}?(?:that|he|she|they|it|there|we|i)\b|\s*,?\s*(?:(?:in|on|at|to|from|for|during|after|before|via|through|with)\s+)(?:[\w.'’-]+,?\s+){0,8}?that\b"
                             r"|\s*(?:the|a|an|his|her|their|its|\d[\d,.]*)\s+(?:[\w'’-]+\s+){0,3}?(?:is|are|was|were|has|have|had|will|would|could|can|did)\b"),
    common_word=_common_word,
    pronoun_gender={"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"},
    role_gender={w: g for g, words in (("f", "mrs mrs. ms ms. miss spokeswoman chairwoman congresswoman councilwoman actress "
                                              "mother wife daughter sister queen businesswoman"),
                                       ("m", "mr mr. spokesman chairman congressman councilman actor father husband son "
                                             "brother king businessman"))
                 for w in words.split()},
    listener_cues=frozenset("told tells tell assured assures".split()),
    order_cues=frozenset("warned warns urged urges advised advises reminded reminds ordered orders encouraged encourages asked asks".split()),
    directive=re.compile(r"(?!\s+(?:[\w.]+\s+){0,3}?(?:that|he|she|they|it)\b)\s+"
                         r"(?:(?!(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|rose|fell|grew)\b|[a-z]+ed\b)[\w.]+\s+){1,3}?to\s+[a-z]+\b"),
    listener_topic=re.compile(r"\s+(?:[\w.'’-]+\s+){0,3}?about\b"),
    # moved from the quote stage: English phrasings around cues and speakers
    who_said=re.compile(r",\s+who\s+(?:said|says|added)\s+(?:that\s+)?"),
    titled_name_after=re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+)*(?:(?!(?:of|at|for|from|with|in|the)\b)[a-z][\w-]*\s+){1,6}((?:[A-Z][\w'’.-]*\s+){1,2}[A-Z][\w'’-]*)\s*(?:[.,]|$)"),
    inverted_common_np=re.compile(r"\s+((?:the|a|an)\s+((?:[\w'’-]+\s+){0,4}?[a-z][\w-]*))\s*(?:[,.;]|$|(?=(?:who|whose)\s))"),
    apposition_verb=re.compile(r",?\s+(?:made|has|have|had|is|was|were|will|would|could|did|[a-z]+ed)\b"),
    lowercase_before_name=re.compile(r"\b(?!(?:the|a|an)\b)[a-z]\w*\s+[A-Z]"),
    name_after_break=re.compile(r"(?:^|[:;,]\s+|\b(?:and|but)\s+)((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)$"),
    who_antecedent=re.compile(r"(?:\bfrom|\bby|\bto|\bwith|,)\s+((?:[\w'’.-]+\s+){0,5}?[\w'’.-]+),\s+who$"),
    relayed_who_end=re.compile(r"\s+(?:inside|in|at|from|near|on|who|which|that|with)\b"),
    office_of=re.compile(r"(?:[Tt]he\s+)?([a-z][\w-]*)\s+of\s+[A-Z]"),
    that_next=re.compile(r"\s+that\b"),
    object_infinitive=re.compile(r"\s+(?:[\w'’.-]+\s+){1,4}?to\s+[a-z]+\b"),
    that_soon=re.compile(r"\s+(?:[\w'’.-]+\s+){0,4}?that\b"),
    clause_subject_after=re.compile(r"\s+(?:that\s+)?(?:he|she|they|it|the|a|an|his|her|their|there|we|i)\b"),
    clause_subject_or_aged_name=re.compile(r"\s+(?:that\s+)?(?:(?:he|she|they|it|the|a|an|his|her|their|there|we|i)\b|(?:[A-Z][\w.'’-]*\s+){1,4}?[A-Z][\w.'’-]*,\s+\d{1,3},)"),
    asked_question=re.compile(r"\s+(?:[\w.'’-]+\s+){0,3}?(?:if|whether|what|why|how|who|when|where)\b"),
    that_after_cue=re.compile(r"\s+(?:[\w'’.-]+\s+){0,3}?that\s+"),
    that_after_listener=re.compile(r"\s+(?:[\w'’.-]+\s+){0,8}?that\s+"),
    not_name_openers=frozenset("The A An And But It He She They".split()),
    question_cues=frozenset({"asked"}),
    listener_skips=(
        re.compile(r"\s+(?:(?:the|a|an)\s+)?(?:(?!(?:to|what|who|how|why|when|where|if|whether)\b)[\w.'’-]+\s+){1,5}?(?=(?:that|he|she|they|we|it)\b)"),
        re.compile(r"\s+(?:the\s+)?[A-Z]\w+\s+(?=(?:the|a|an|his|her|their)\s)"),
        re.compile(r"\s+(?:the\s+)?(?:\w+\s+){0,2}?(?=(?:that|he|she|they|it|his|her|their|the|a|an|there)\b|[A-Z])"),
    ),
    body_articles=frozenset({"The", "the"}),
    pair_joiners=frozenset({"and"}),
    place_prepositions=frozenset({"in"}),
    np_word_endings=("e", "en", "er", "es"),
    subject_fillers=frozenset("but and yet also so even".split()),
    day_prepositions=frozenset({"on", "at"}),
    affiliation_preposition="of",
    speaker_pronouns=frozenset({"he", "she", "him", "her"}),
    intermediaries=frozenset("through via".split()),
    object_cues=frozenset("admitted acknowledged accepted confirmed announced reiterated promised denied noted ruled charged "
                          "estimated estimates stress stressed asked urged confirms announces maintained maintains admits acknowledges denies".split()),  # ("maintained his lead")
    # "wrote stories about the burglary": what was written, unless a clause follows ("wrote in a letter that …", "wrote the plan was …")
    clause_only_cues=frozenset("wrote writes posted tweeted".split()),  # (also "posted a video showing …")
    # "Page, said to be one of …", "believed to have": hearsay about someone, nobody speaking
    relayed_source=re.compile(r"(?:^|\s)citing\s+(?:the\s+|an?\s+)?(?P<src>[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)"
                              r"(?=\s+(?:at|in|on|from|who|with|as|and|near|inside)\b|\s*[,.;]|\s*$)"),
    # "said aid workers inside the camp said …": the second speaker's words
    relayed_speaker=re.compile(r"^\s+(?:that\s+)?(?P<who>(?:the|some|several|many|two|three|four|five|other|local|his|her|their)\s+"
                               r"(?:(?!(?:been|never|not|had|has|have|was|were|is|are|would|could|to)\b)[\w'’.-]+\s+){0,6}?"
                               r"(?!(?:been|never|not|had|has|have|was|were|is|are|would|could|to)\b)[\w'’.-]+)\s+(?:said|says)\b"
                               r"|^\s+(?:that\s+)?(?P<plain>[a-z]+(?:\s+[a-z]+)?s)\s+(?:inside|in|at|near)\s+[^,;:]{1,40}?\s+(?:said|says)\b"
                               # "says Palin told an assistant pastor she apologizes …": Palin's words
                               r"|^\s+(?:that\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+told\s+(?:[a-z][\w'’-]*\s+){1,3}?(?=(?:he|she|they|that)\b)"),
    # "said to be", and a participle as an adjective after an article: "under the reported circumstances"
    # ("said nothing after officers surrounded him": an empty object, no report)
    not_cue=re.compile(r"(?:said|says|believed|thought|alleged|reported|estimated)\s+to\s+(?:be|have|had)\b"
                       r"|(?:said|says|say)\s+(?:nothing|little)\b"
                       r"|posted\s+(?:(?:a|an|its|their|his|her|the|\S*\d\S*|record|strong|weak|big|huge|modest|slight|net|annual|quarterly|first|second|third|fourth)\s+){0,3}"
                       r"(?:gains?|loss(?:es)?|profits?|revenues?|earnings|growth|results?|deficits?|surplus(?:es)?|bail|increases?|declines?|rises?|drops?|wins?|victor(?:y|ies)|times?|scores?|records?|\$|\d)"  # "has posted gains of …": a result, no words
                       r"|(?:claimed|claims|claim|claiming)\s+(?:the\s+lives\b|(?:\S+\s+){0,4}?lives\b|responsibility\b|credit\b|victory\b|the\s+(?:title|crown|prize|seat)\b)"  # "the storm claimed at least 33 lives", "claimed responsibility": took, not said
                       r"|(?:(?<=\bthe )|(?<=\ba )|(?<=\ban ))(?:reported|stated|announced|alleged|estimated|confirmed)\b"),
    role_forms={"msgr": "monsignor", "sr": "sister", "fr": "father", "rev": "reverend", "dr": "doctor",
                "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
                "lt": "lieutenant", "capt": "captain", "sgt": "sergeant", "det": "detective",
                "insp": "inspector", "supt": "superintendent", "prof": "professor", "atty": "attorney"},
    according_word="according to",
    according=(
        # an apposition after the source is the source's: "According to X, a think tank dedicated to …, 2019 saw …"
        re.compile(r"^According to (?P<src>[^,]{2,80}), an?\s(?![^,]*\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do)\b)[^,]{2,80}, (?P<rest>(?!(?:which|who|whose|that|and|but|or)\b).{20,}?)\.?$"),
        re.compile(r"^According to (?P<src>[^,]{2,80}), (?P<rest>.+?)\.?$"),
        re.compile(r"^(?P<rest>.{20,}?), according to (?P<src>[^,]{2,80}?)(?:, [^,]{2,80}?)?\.?$"),
        # inserted: "The deal, according to EYP representatives, will let consultants …" (the whole sentence is theirs)
        re.compile(r"^(?P<rest>[^,]{3,80}, according to (?P<src>[^,]{2,60}), (?!according\b).{10,}?)\.?$"),
        # a second clause of its own: "In 2008, 8.6% were at risk, while according to Eurostat, there were 9.5% in 2018"
        re.compile(r"^.{10,}?,\s+(?:while|whereas|but|and)\s+according to (?P<src>[^,]{2,60}), (?P<rest>(?!according\b).{10,}?)\.?$"),
    ),
    indefinite_articles=frozenset("a an".split()),
    subordinators=frozenset("when after while because before since as".split()),
    not_in_source=frozenset("also that which who when then there is are was were be been blows".split()),
    # "quoted X as saying", and the passive "she is quoted as saying" (the subject is who)
    # (the quoted one ends before a participle: "quotes a federal spokesman confirming that …")
    quoted_by=re.compile(r"\b(?:(?P<passive>[\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+(?:is|was|were|are)\s+(?P<verb>quoted)(?:\s+by\s+[^,.;:]{1,40}?)?\s+as\s+saying"
                         r"|(?P<verb2>quoted|quotes)\s+(?!as\b|by\b|in\b)(?:the )?(?P<who>[^,.;:]+?)(?:\s+as saying|\s+[a-z]+ing\b|[,.]|$))"),
    # a role written small before a name after the cue, the name closing the phrase ("said agent Mark Roesler")
    lower_role_name=re.compile(r"\s+(?:(?:the|a|an)\s+)?((?:[A-Z][\w'’&.-]*\s+){0,4}?(?:[a-z][\w'’-]*\s+){1,5}?)((?:[A-Z][\w'’.-]*\s+){1,2}[A-Z][\w'’-]*)"
                               r"(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|to|of|for|from|who|after|during|as|told)\b)"),
    deputy_prefixes=("vice", "ex", "co", "deputy "),
    relative_subject=re.compile(r"^[^,]{1,60},\s+(?:who|which)\s[^,]*,$"),
    definite_role=re.compile(r"\s*[Tt]he\s+(?P<role>\w+)\s"),
    function_words=frozenset("the of and a an for".split()),
    possessive_source=re.compile(r"\b(?:[Aa]ccording to|[Bb]y) (his|her) (?:own )?(?:account|estimates?|calculations?|count|words)\b"),
    possessive_pronouns={"his": "he", "her": "she"},
    possessive_hints=("to his", "to her", "by his", "by her", "By his", "By her"),
    non_person_nouns=frozenset(
        "seconds minutes hours days weeks months years decades attacks airstrikes strikes raids explosions incidents "
        "cases houses homes properties businesses shops stores structures farms acres hectares buildings vehicles cars rockets missiles bombs shots villages towns "
        "animals birds fish cattle cows pigs sheep chickens hens horses dogs cats bees whales dolphins seals "
        "elephants apes monkeys gorillas chimpanzees orangutans lions tigers bears".split()),  # (animals count no people)
    subset_words=frozenset("including among comprising".split()),
    # "records obtained by …", "Charanjit who translated for Singh": what follows the source's name
    # ("data compiled by Bloomberg": its author, the words before it dropped)
    source_trailer=re.compile(r"^(?:[a-z]+\s+){1,3}(?:compiled|released|published|issued)\s+by\s+(?:the\s+)?(?=[A-Z])"
                              r"|\s+(?:(?:obtained|seen|reviewed|cited|released|published|compiled)\s+by|who|which)\b.*$"),
    pair_words=frozenset({"two", "both"}),
    person_anaphors=frozenset("star actress actor singer rapper musician artist player year-old".split()),  # ("the 22-year-old")
    group_subjects=frozenset("many some several others".split()),
    org_anaphors=frozenset("company firm airline carrier automaker carmaker manufacturer giant maker retailer insurer lender chipmaker conglomerate startup".split()),
    org_heads=tuple("center centre hospital university college school church company inc corp association institute "
                    "department ministry agency council committee club party bank court hotel airport station".split()),
    landmark_heads=frozenset("glacier glaciers valley mountains canyon peninsula highway motorway freeway avenue boulevard "
                             "stadium arena cathedral museum reservoir".split()),
    landmark_openers=frozenset("mount mt lake fort cape port".split()),
    capacity_words=frozenset("enough supplies room space capacity designed built equipped beds".split()),
    capacity_preposition="for",
    document_nouns=frozenset("statement report release letter memo communique communiqué".split()),
    context_nouns={noun: ("protesters", re.compile(r"protest|demonstrat|rall(?:y|ies|ied)|march(?:ed|es|ing)?\b", re.I))
                   for noun in ("participants", "attendees")},
    planned_attribute=re.compile(r"permitted|registered|expected|planned|allowed|authori[sz]ed"),
    estimate_cue=re.compile(r"\b(?:spoke|speak|speaks|talked)\s+of\s*$"),
    measure_context={"seats": re.compile(r"election|vote|ballot|parliament|lawmakers|legislat|part(?:y|ies)|coalition|majority|senate|congress|assembly|knesset|duma", _I)},
    # "a statement from the Indian government", or "TallGrass, a wholesaler …, issued a statement"
    document_issuer=(r"\b{noun}s? (?:from|by|of|issued by) (?:the )?(?P<who>(?:[A-Z][\w'’-]*\s+){{0,3}}(?:[A-Z][\w'’-]*|government|ministry|military|army|navy|police))"
                     r"|(?P<issuer>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})(?:,[^,.]{{1,80}},)?\s+(?:issued|released|put out) (?:a|an) (?:\w+ )?{noun}\b"),
    price_prepositions=frozenset("for at from each".split()),
    price_verb=re.compile(r"\b(?:(?:costs|cost|costing|(?:start|begin)(?:s|ing)? at|(?:is\s+)?(?:quoting|quoted|trading|traded|trades)(?:\s+(?:at|near))?)\s+(?:(?:just|only|about|around)\s+)?|as little as\s+)(?:(?:[$€£₹]|rs)\s*)?$", re.I),
    partitive_words=frozenset({"of"}),
    family_nouns=frozenset("mother father parent grandmother grandfather mom dad".split()),
    age_words=frozenset({"age", "aged", "age of", "dead at", "died at", "dies at"}),
    weight_currencies=frozenset({"pounds", "pound"}),
    partitive_determiners=frozenset("the them those these one his her their its our whom us a an".split()),
    lacking_verbs=frozenset({"missing", "lacking"}),
    price_nouns=("price", "prices", "fee", "fees", "fare", "fares", "subscription", "subscriptions", "costs", "cost"),
    share_nouns=frozenset("share shares stock stocks ounce barrel".split()),
    discount_nouns=("discount", "discounts", "saving", "savings", "coupon", "cashback", "cheaper"),
    place_nouns=frozenset("village town city district province region camp county island state neighborhood neighbourhood suburb".split()),
    quote_back_reference=re.compile(r"^(?:With )?(?:these|those|this|that) (?:words|remarks?|comments?|quote|statement)\b"),
    decimal_comma=False,
    capitalised_nouns=False,
    clause_lead=ClauseLead(
        # adverbials up to "that" ("said earlier that", "said on Monday 12 November that"), a prepositional
        # phrase before a pronoun ("said on its website it released …"), a day ("said Wednesday it will …");
        # no finite verb on the way ("said persons … should not forget that …": the clause began at "persons")
        lead=(r"\s*(?:(?:(?!(?:he|she|they|it|we|i|you|is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did|not)\b)[a-z][\w'’]*\s+{named}|[A-Z]\w*day(?:\s+\d{{1,2}}(?:\s+[A-Z][a-z]+)?|\s+[A-Z][a-z]+\s+\d{{1,2}})?\s+){{0,8}}?that\s+"
              r"|(?:on|in|at|via|through)\s+(?:[\w'’-]+\s+){{1,4}}?(?=(?:he|she|they|it|we|there)\s)"
              r"|(?:(?:on|late|early)\s+)?(?:[A-Z]\w*day|yesterday|today|tonight)\s+(?=(?:he|she|they|it|its|we|there|the|a|an)\s))?(?=\S+\s+\S+\s+\S+)"),
        named=r"|(?:(?<=[a-z]\s)|(?<=^\s))[A-Z][\w'’.-]*\s+",  # (the first word after the cue too: "warned Trump that")
        named_openers=frozenset({"back"}),
        complementizer="that",
        opener=re.compile(r"(?:(?:that|he|she|they|it|we|i|the|a|an|his|her|their|there|this|its|our|some|all|no)\b|[A-Z\d\"'])"),
        adverbial=re.compile(r"\s*(?:on|in|at(?!\s+(?:least|most)\b)|to)\b"),
        day=re.compile(r"\s*on\s+[A-Z]\w*day\s+"),
        place=re.compile(r"\s*(?:on|in|at|via|through)\s"),
        subject=re.compile(r"(?:he|she|they|it|we|there)\s"),
        condition=re.compile(r"\b(?:condition|so|such|given|provided)\s+that\s+$"),
        verb_endings=("ed", "'ll", "’ll"),
    ),
    interview=InterviewCues(
        cue=re.compile(r"\b(?:[Ii]nterview|Q\s?&\s?A|Q and A|spoke (?:to|with)|talked (?:to|with)|sat down with|conversation with)"),
        introduces=re.compile(r"\b(?:with|to|asked)\s+(?:(?:the|former|our)\s+)?(?:[\w’'-]+\s+){0,3}$"),
        named_after=re.compile(r",?\s*(?:in an interview|talks to|talked to|spoke to|spoke with|tells|told)\b"),
        question_labels=frozenset({"q", "question", "interviewer"}),
        answer_labels=frozenset({"a", "answer"}),
        polite=frozenset({"you", "your", "You", "Your"}),
        end=re.compile(r"This (?:interview|conversation) has been (?:edited|condensed)|(?:Interview|Conversation) (?:by|conducted by) [A-Z]"),
    ),
)

PACK = replace(PACK, figures=FIGURES)
