"""Language packs: every word list and pattern the stages need, one module per language.

A pack is plain data (:class:`LanguagePack`). Stages ask :func:`get_pack` for the article's
language and never hard-code words. Third parties add a language by exposing a ``LanguagePack``
under the ``storylens.lang`` entry-point group.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import entry_points
from typing import Any, Final

from ..errors import UsageError


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie ("sag(?:te(?:n)?|t)"): the engine tests
    each first letter once instead of every word in turn. Put ``\\b`` around it yourself."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            return f"(?:{'|'.join(alts)})?" if alts else ""
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"

    return emit(trie)


def _literal_prefixes(pattern: str, limit: int = 5000) -> set[str] | None:
    """The literal first words (or shorter texts) a match of ``pattern`` must start with, read off its parse tree; None
    when some branch starts with something else (a character class, a repeat) or there are too many."""
    try:
        from re import _constants as c, _parser  # type: ignore[attr-defined]  # the stdlib's own parser
        tree = _parser.parse(pattern)
    except Exception:  # noqa: BLE001 — absent or changed: no gate, the same matches, only slower
        return None

    def seq(items: list[Any], heads: set[tuple[str, bool]]) -> set[tuple[str, bool]] | None:
        """Extend the open heads (text, closed) by a sequence of parse items."""
        for op, av in items:
            open_ = {h for h in heads if not h[1]}
            if not open_:
                break
            closed = heads - open_
            if op is c.LITERAL:
                nxt = {(t + chr(av), False) for t, _ in open_}
            elif op in (c.AT, c.ASSERT_NOT) or (op is c.ASSERT and av[0] < 0):
                continue  # zero-width and behind: no text of the match
            elif op is c.SUBPATTERN:
                got = seq(list(av[3]), open_)
                if got is None:
                    return None
                nxt = got
            elif op is c.BRANCH:
                nxt = set()
                for branch in av[1]:
                    got = seq(list(branch), open_)
                    if got is None:
                        return None
                    nxt |= got
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
                got = seq(list(av[2]), open_)
                if got is None:
                    return None
                nxt = open_ | got
            else:
                nxt = {(t, True) for t, _ in open_}  # a class, a lookahead, a longer repeat: the prefix ends here
            heads = closed | nxt
            if len(heads) > limit:
                return None
        return heads

    heads = seq(list(tree), {("", False)})
    if heads is None or any(not t for t, _ in heads):
        return None
    return {t.split(" ", 1)[0] or t for t, _ in heads}  # the first word is gate enough


def gated_alternation(alternatives: Iterable[str]) -> str:
    """``(?:a|b|…)`` preceded, when every alternative starts with literal text, by a lookahead on
    those texts shaped as a trie: the engine then tries the alternatives only where one can start,
    instead of each one at every position. Matches stay exactly those of the plain alternation."""
    body = "(?:" + "|".join(alternatives) + ")"
    prefixes = _literal_prefixes(body)
    return body if prefixes is None else "(?=" + word_alternation(prefixes) + ")" + body


PEOPLE_MEASURES: Final = frozenset({"deaths", "injured", "arrests", "missing", "evacuated", "displaced", "protesters"})  # measures that count people


@dataclass(frozen=True)
class InterviewCues:
    """What tells a printed interview and who answers in it (``FigureLexicon.interview``).

    cue (re.Pattern): A word of the headline or the lead that names an interview ("Interview",
        "im Gespräch", "gesprochen"; "interview", "Q&A").
    introduces (re.Pattern): The lead's words right before the interviewee's name ("Interview mit",
        "sprach mit", "interview with"): the name after them is the one who answers.
    named_after (re.Pattern): The words right after the interviewee's name ("X im Interview").
    question_labels (frozenset[str]): Lowercased labels of the interviewer's paragraphs ("frage", "q").
    answer_labels (frozenset[str]): Lowercased labels of the answers when they name nobody ("antwort", "a").
    address (re.Pattern): A question's opening address to the interviewee, the surname in group
        ``who`` ("Herr Müller, …", "Frau Roth, …"); matches nothing where a language has none.
    polite (frozenset[str]): Words by which a question addresses its listener ("Sie", "Ihnen", "you"),
        as written (German capitalises the polite forms).
    end (re.Pattern): A paragraph that closes the interview ("Das Interview führte …", "This
        interview has been edited …"): no answer from there on.
    """

    cue: re.Pattern[str]
    introduces: re.Pattern[str]
    question_labels: frozenset[str]
    answer_labels: frozenset[str]
    named_after: re.Pattern[str] = re.compile(r"(?!x)x")
    address: re.Pattern[str] = re.compile(r"(?!x)x")
    polite: frozenset[str] = frozenset()
    end: re.Pattern[str] = re.compile(r"(?!x)x")


@dataclass(frozen=True)
class ClauseLead:
    """What may stand between a cue and the clause it reports where the clause is not set off by a
    comma ("said Wednesday it will …", "said in a statement on Monday that …"; English):
    ``FigureLexicon.clause_lead``, read by ``quotes`` for the words right after a cue.

    lead (str): A regex template for the words between the cue and the clause (adverbials up to a
        complementizer, a prepositional phrase before a pronoun subject, a day); ``{named}`` is
        filled with ``named`` where the words after the cue open with a preposition or one of
        ``named_openers`` (a name may stand inside the adverbial: "said on Twitter that"), else
        left empty (a capitalised word ends the search: "a Thai trawler that was …").
    named (str): The alternative for a capitalised word inside an adverbial.
    named_openers (frozenset[str]): Words besides prepositions that open such an adverbial ("back").
    complementizer (str): The word that opens a reported clause ("that").
    opener (re.Pattern): What opens a reported clause without a complementizer (a pronoun, an
        article, a capital, a digit).
    adverbial (re.Pattern): A preposition right after the cue: an adverbial, no clause ("said at a
        news conference"; not "at least").
    day (re.Pattern): A lead that is a day alone ("said on Monday the suspect …").
    place (re.Pattern): A lead that is a prepositional phrase, before ``subject``.
    subject (re.Pattern): A pronoun subject that opens the clause after such a phrase.
    condition (re.Pattern): A complementizer that closes a condition ("on condition that"), no report.
    verb_endings (tuple[str, ...]): Endings of verb forms in a lead ("ed", "'ll"): a clause.
    """

    lead: str
    named: str
    named_openers: frozenset[str]
    complementizer: str
    opener: re.Pattern[str]
    adverbial: re.Pattern[str]
    day: re.Pattern[str]
    place: re.Pattern[str]
    subject: re.Pattern[str]
    condition: re.Pattern[str]
    verb_endings: tuple[str, ...]


@dataclass(frozen=True)
class FigureLexicon:
    """What a language needs to read figures, their sources, dates and reported speech.

    number_words (dict[str, float]): "sechs" -> 6, "zwei Dutzend" -> 24 (lowercased keys).
    scales (dict[str, float]): "millionen" -> 1e6, "mio" -> 1e6 (lowercased, no final period).
    scale_articles (frozenset[str]): Words that count one before a scale word ("eine Million", "a
        billion"), and only there.
    vague (dict[str, tuple[float, float]]): "hunderte" -> (200, 999).
    qualifiers (dict[str, str]): phrase right before a number -> qualifier kind.
    measure_nouns (dict[str, str]): lowercased noun stem -> measure ("tote" -> "deaths").
    person_nouns (frozenset[str]): lowercased nouns of counted people ("polizisten").
    measure_verbs (tuple[tuple[str, re.Pattern], ...]): (measure, pattern) on the clause.
    participle_cue (re.Pattern): ", noting that …" after a quote: the same speaker reports on.
    object_cues (frozenset[str]): Cues that take an object as often as a clause ("admitted his …").
    listener_cues (frozenset[str]): Cues whose noun phrase after them is the listener, never an
        inverted speaker ("…, the governor told ISNA": ISNA listens).
    order_cues (frozenset[str]): Cues that also give orders with an object and an infinitive
        ("warned the man to go home"); with ``listener_cues`` they are checked against ``directive``.
    directive (re.Pattern | None): Right after such a cue, an object and an infinitive and no
        clause of its own: an order, no report ("told Mr. Pinder to get everyone in the basement").
    listener_topic (re.Pattern | None): Right after a listener cue, what the listener is told
        about ("What X's decline tells us about …"): a topic, no report.
    who_said (re.Pattern): After a quote's speaker, the speaker's own report ("…,'' said X, who said he would …").
    titled_name_after (re.Pattern): After a cue, a title of lowercase words and then a name closing the sentence ("said Trend Micro threat researcher Paul Ferguson.").
    inverted_common_np (re.Pattern): After a cue, a common noun phrase with its article as the speaker ("said a diplomat who spoke on condition of anonymity"): group 1 the phrase, group 2 without the article.
    apposition_verb (re.Pattern): A finite verb right after a name in apposition ("Lohan's lawyer, Mark Heller, made …"): the name is the clause's subject, no speaker.
    lowercase_before_name (re.Pattern): A lowercase word other than an article before a capital ("without power and water Israel said"): no name joined by "and".
    name_after_break (re.Pattern): A capitalised run closing the text before a cue after a break or a coordinator ("…: Howard", "… and Howard").
    who_antecedent (re.Pattern): The noun phrase a closing "who" refers to, after a preposition or a comma ("… a message from the Rev. X, who").
    relayed_who_end (re.Pattern): Where a relayed speaker's noun phrase ends ("aid workers inside the camp" → "aid workers").
    office_of (re.Pattern): An office of a place or body ("The president of South Sudan"): group 1 the role.
    that_next (re.Pattern): A that-clause right after a cue.
    object_infinitive (re.Pattern): After a cue, an object and an infinitive ("urged Nigerians to be optimistic").
    that_soon (re.Pattern): After a cue, a that-clause within a few words.
    clause_subject_after (re.Pattern): After a cue, the subject of a clause of its own ("said he …", "announced that the …").
    clause_subject_or_aged_name (re.Pattern): After a cue, a clause's subject, or a name with an age ("said Anthony X III, 38, targeted …").
    asked_question (re.Pattern): After a cue of ``question_cues``, the question asked ("asked X if he knew …"): no statement.
    that_after_cue (re.Pattern): A nested report's "that", a few words after its cue.
    that_after_listener (re.Pattern): … or after a listener ("told a gathering of party officials in Pyongyang that …").
    not_name_openers (frozenset[str]): Capitalised words that open a sentence but no name ("The", "He").
    question_cues (frozenset[str]): Cues that ask ("asked"), checked against ``asked_question``.
    listener_skips (tuple[re.Pattern, ...]): After a listener cue, the listener to skip before the
        reported clause ("told Al Jazeera that …", "told Nigerians the government …").
    body_articles (frozenset[str]): Articles before the body a sentence opens with ("The UN …").
    pair_joiners (frozenset[str]): The word that joins two names or roles ("und", "and").
    quoted_name_closing (re.Pattern): A quoted name right before a cue, after its article ("Wie das «Wall
        Street Journal» berichtet"): group 1 the name.
    quoted_name_opening (re.Pattern): A sentence that opens with a quoted name ("Der koreanische Blog
        »Naver« geht davon aus"): group 1 the name.
    place_prepositions (frozenset[str]): Prepositions before a place after a group subject ("…, sagen
        alle in Kiew").
    definite_place (re.Pattern): A preposition and a definite article before a document ("heißt es
        in dem Bericht", "im Bericht"): the document was named before.
    issuer_split (re.Pattern): What sets off a document's issuer ("einer Mitteilung von BMI").
    subject_fillers (frozenset[str]): Lowercase particles and coordinators skipped before a subject
        ("auch", "doch"; "but", "yet", "even"): "but Bill Shaikin" → "Bill Shaikin".
    day_prepositions (frozenset[str]): Lowercase prepositions before a day or date that stand between
        a cue and its subject ("sagte am Mittwoch der Minister", "said on Monday the minister").
    org_linker (str): The preposition after an organisation's head noun that goes on with its name
        ("Agentur für Arbeit"), read with ``org_heads``.
    adjective_endings (tuple[str, ...]): Endings of an inflected adjective or article inside a noun
        phrase ("nationale", "zuständigen"); empty where words do not inflect so.
    np_word_endings (tuple[str, ...]): Endings of a lowercase word that may stand in a speaker's
        noun phrase after a cue (German inflected adjectives, "der zuständige Minister"; English
        nouns and adjectives written small, "said state Rep. X", "said former minister X").
    source_links (frozenset[str]): Lowercase words that go on inside a named source ("laut dem
        Gesundheitsdirektor des Kantons", "laut Bundesamt für Statistik").
    listener_article (str): The article that opens a listener in the dative after the speaker
        ("sagte ein Polizeisprecher der Deutschen Presse-Agentur"), read with ``media_nouns``.
    affiliation_preposition (str): The preposition after a full name that opens the speaker's
        organisation ("John Paul Fraser of National Public Relations"): the name ends before it.
    speaker_pronouns (frozenset[str]): Lowercase personal pronouns that stand for a speaker named
        before ("er", "sie"; "he", "she", "him", "her").
    plain_pronouns (frozenset[str]): Other lowercase pronouns ("sich", "es", "wir"): one before a
        coordinator joins two objects, no two clauses.
    past_endings (tuple[str, ...]): Endings of a finite verb in the past ("gratulierte"): a
        lowercase word so ending after a name ends the subject ("Kurz gratulierte Netanjahu").
    not_past_endings (tuple[str, ...]): Endings that, though within ``past_endings``, make no such
        verb ("bekannt", "geehrt").
    intermediaries (frozenset[str]): Prepositions that set off who speaks for the subject ("X,
        through his adviser, Y, assured …": X speaks, Y relays).
    clause_only_cues (frozenset[str]): English cues that report only before a clause ("wrote in a
        letter that …"), never before what was written ("wrote stories about …").
    object_clause (re.Pattern): The start of a reported clause after such a cue ("noted Tuesday that
        …", "admitted he …"); without it the cue has an object and reports nothing.
    contrast_subject (re.Pattern | None): A second clause with its own subject (", but an activist"):
        after a cue that takes an object ("reported deaths"), the later cue's speaker speaks.
    agent_object (re.Pattern | None): What follows an active verb of killing or wounding when it has
        an object ("fatally shot 16-year-old X"): the number before the verb counts the agents.
    agent_by (re.Pattern | None): A passive's agent between such a verb and the number ("shot dead by
        two officers"): the number counts the agents.
    passive_before (re.Pattern | None): A passive auxiliary right before the verb ("were killed").
    role_forms (dict[str, str]): Abbreviated titles and their full role ("Msgr." → "Monsignor").
    relayed_source (re.Pattern): "unter Berufung auf X" after a cue: X said it (group ``src``).
    opinion_source (re.Pattern): "nach Einschätzung von X": with Konjunktiv, the sentence is X's.
    impersonal_cue (re.Pattern): A cue without a speaker (", hieß es"): the one who spoke just before.
    quote_back_reference (re.Pattern): A sentence that opens by pointing back at the quote before it
        ("Mit diesem Zitat sorgte X …", "With these words, X …"): its person is the speaker.
    modal_subjunctive (re.Pattern): Modal verbs in Konjunktiv II ("könnten", "dürfte"): a hedged view.
    passive_markers (frozenset[str]): Words that make a following cue no statement of the sentence's
        speaker ("when asked", "was told"; German: "sind … gemeldet" states, it reports nothing).
    participle_cues (frozenset[str]): Cues in a participle clause ("…, saying he had …"): the main
        clause's subject speaks.
    participle_subject (re.Pattern | None): A participle clause with its own subject right before the
        cue ("…, with Lagae stressing that …"): group ``who`` speaks, not the main clause's subject.
    increment_words (frozenset[str]): "another four", "drei weitere": an increment, compared with no total.
    part_markers (frozenset[str]): The words between a number and a measure noun that take a part of
        that group ("zwei der Verletzten", "two of the injured"): a part, compared with no total.
    total_prepositions (frozenset[str]): Prepositions that lead from a rising total to its figure
        ("stieg auf 27", "has risen to 27"): the measure noun may stand further back.
    headless_words (frozenset[str]): Words after a number that stand in for people already named,
        no increment ("wounded 30 others", "two others missing"): the number counts what its verb counts.
    place_adjective (re.Pattern): Adjectives between "in" and a place ("in eastern China").
    scope_units (frozenset[str]): Nouns that make "in 13 countries" a scope.
    place_heads (frozenset[str]): Nouns that go on a country's name as one place ("Mexico City");
        another capitalised word after a country is not the place's ("in Yemen Torrential rain").
    possessive_source (re.Pattern): A source named by a possessive ("Nach seinen Berechnungen …",
        "ihrer Meinung nach"): its first group that matched is the possessive; the person it stands
        for is the source.
    possessive_pronouns (dict[str, str]): Possessive stem → the personal pronoun resolved for it.
    possessive_hints (tuple[str, ...]): Substrings one of which ``possessive_source`` needs (a cheap
        test before the pattern runs).
    non_person_nouns (frozenset[str]): Lowercase counted nouns that are never people ("sechs Monaten",
        "bei zwei Angriffen getötet"): a verb of dying or injury does not count them.
    subset_words (frozenset[str]): Words opening a part of a figure ("…, darunter acht Kinder",
        "including eight children"): the part takes the measure of the whole before it.
    source_trailer (re.Pattern): What follows a source's name without being the source ("records
        obtained by The Associated Press": the records are the source).
    generic_subjects (frozenset[str]): A generic subject that in reported speech stands for the
        speaker's side ("… zog X ein Fazit. Man sei zufrieden"): the one person just named speaks.
    pair_words (frozenset[str]): "die beiden Demokraten", "the two men": the two people named last.
    singular_articles (frozenset[str]): Lowercase articles that mark one person as a subject ("Der
        Trainer freut sich: „…“" is the coach named before; "die Experten" stay a group).
    purpose_openers (frozenset[str]): Words that carry an infinitive report on past its comma ("…
        aufgefordert, die Kontakte zu reduzieren, um die Ausbreitung einzudämmen").
    cue_particles (frozenset[str]): Separable particles that close a cue right before its "dass"
        ("führten … als Beweise dafür an, dass …").
    org_anaphors (frozenset[str]): Lowercase nouns that, with an article, refer back to the
        organisation a text is about ("der Konzern", "the company").
    org_heads (tuple[str, ...]): Lowercase endings of an organisation's head noun after which "für"
        goes on with its name ("Institut für Arbeitsschutz", "Bundesamt für Migration"); also
        the head that makes a run of capitalised words an organisation's name, nobody's.
    landmark_heads (frozenset[str]): Lowercase last words of a place's or a building's name that
        are never a surname, so the run names no person ("Franz Josef Glacier", "Tasman Highway").
    landmark_openers (frozenset[str]): Lowercase first words of a place's name that are never a
        given name ("Mount Maunganui", "Lake Placid", "Fort Worth").
    group_subjects (frozenset[str]): Lowercase quantifiers that stand alone as the subject of a cue
        ("Viele bezweifeln, dass …", "…, sagen alle in Kiew"): an unnamed group speaks.
    other_subjects (frozenset[str]): Lowercase phrases for one more unnamed person as a cue's
        subject after it, maybe after a place ("…“, meinte in der Stadt X ein anderer"): the speaker.
    capacity_words (frozenset[str]): Lowercase words that, up to four words before "for/für N", make N a
        capacity, not a count ("enough supplies for 15,000 refugees", "Platz für 2000 Menschen").
    capacity_preposition (str): The preposition of such a capacity ("for", "für").
    measure_context (dict[str, Pattern]): Measures an article counts only when it also matches the
        pattern somewhere (seats where it speaks of a parliament or an election, not "an arena with
        9,000 seats").
    context_nouns (dict[str, tuple[str, Pattern]]): Nouns of people that count a measure only where
        their sentence or one of the two before matches the pattern ("Teilnehmer" of a
        demonstration are protesters, of a marathon not).
    planned_attribute (Pattern | None): An attributive participle before a figure that makes it a
        permit or a plan ("der genehmigten 80 Teilnehmer", "the expected 5,000 runners"), fully
        matching the lowercased word: no count.
    qualifier_particles (frozenset[str]): Particles that may stand between a qualifier and its
        figure ("mindestens aber 350 Euro").
    estimate_cue (Pattern | None): The words right before a bare figure that give an estimate of
        the count just named ("die Veranstalter sprachen von 150.000", "organisers spoke of 150,000"):
        the figure counts what that count counts. Group ``inner`` holds what stands between the
        verb and its preposition, where an inverted subject stands ("sprach die Polizei von").
    document_nouns (frozenset[str]): Lowercase nouns of documents that "say" something ("the
        statement said"): their issuer, named with ``document_issuer`` earlier, is the speaker.
    document_issuer (str): A regex template with ``{noun}`` and a group ``who`` ("a statement from
        the Indian government").
    price_prepositions (frozenset[str]): Words before a small amount of money (under 10,000, no
        scale word) that make it a price, not a reported sum ("Sneaker für 7,40 Euro", "for $3.99").
    price_adverbs (frozenset[str]): Words between a price preposition and its amount ("für nur 31
        Euro").
    price_periods (frozenset[str]): Words after a small amount of money that make it a rate or a
        price ("25 Euro monatlich", "49 Euro pro Monat"), not a sum anybody reports.
    lacking_verbs (frozenset[str]): Verbs in -ing that take what is lacking as their object ("will
        be missing two of their best players"): the number after them counts no missing people.
    partitive_words (frozenset[str]): The word after a number that counts part of a group ("12 of one
        family were killed"): the verb says what is counted.
    family_nouns (frozenset[str]): Nouns of family before "of"/"von" and a number ("a mother of 12",
        "Vater von drei Kindern"): a family's size, no claim.
    age_words (frozenset[str]): Words or two-word phrases before a number that make it an age ("at
        age 61", "at the age of 77", "im Alter von 77").
    weight_currencies (frozenset[str]): Currency words that are weights before "of" ("100,000 pounds
        of cheese").
    partitive_determiners (frozenset[str]): Words that open the group after it ("of the", "of them",
        "of one"); "died at age 44 of HIV" counts nobody.
    spaced_hyphen_dash (bool): A hyphen with a space on each side is a dash that ends a clause ("stirbt -
        jetzt gibt es …"): true where the language's text never spaces a hyphen inside a word (not
        for English, whose tokenised corpora write "co - workers").
    price_verb (re.Pattern | None): A verb that prices a thing, ending right before a small amount
        ("kostet 550 Euro", "beginnen bei 600 Euro", "costs $5"): a price, not a sum anybody reports.
    price_nouns (tuple[str, ...]): Endings of words for prices and fees ("Grundgebühr",
        "Anschlusspreis", "Bestellwert"): a sum under 100 in their clause, or one in cents ("5,99
        Euro"), is a price; a percentage "of" one ("zehn Prozent des Warenwerts") is a discount.
    discount_nouns (tuple[str, ...]): Endings of words for discounts and savings ("Rabatt",
        "Ersparnis"): a percentage or small sum in their clause is no claim either.
    share_nouns (frozenset[str]): Words for shares and traded units and their price ("Aktie",
        "Papiere", "shares", "Feinunze", "barrel"): a sum under 10,000 without a scale word in such a
        sentence is a share's or a unit's price, no claim.
    wage_nouns (tuple[str, ...]): Endings of words for pay ("Mindestlohn", "Gehalt"): an amount per
        period in their clause is a wage, which is a claim.
    relative_pronouns (tuple[str, ...]): Pronouns that open a relative clause after a comma ("…, die er
        „arrogant“ nennt, …"): a cue or a Konjunktiv inside one reports nothing.
    place_nouns (frozenset[str]): Nouns that name a kind of place before its name ("Dorf Wadi
        Rahal", "the village of …"): the name after them is no person's.
    work_nouns (frozenset[str]): Nouns of works whose quoted title follows ("Buch", "titled").
    relayed_speaker (re.Pattern): After a reporting cue, a named person with a verb of saying in
        reported speech ("berichtete, Merkel finde, …"; group ``who``): that person speaks.
    according_word (str): A word every ``according`` pattern needs (a cheap test first; "" tests always).
    score_words (frozenset[str]): Words after a match result ("13-10 loss"): a score, no count.
    tally_verbs (frozenset[str]): Verbs right before a vote's result ("approved 6-0", "voted 5-2"):
        both numbers are votes.
    tally_nouns (frozenset[str]): Nouns right after a vote's result ("a 52-47 vote", "a 5-4 ruling").
    tally_joiners (frozenset[str]): Words between a vote's two numbers besides a dash ("417 to 3").
    coordinators (frozenset[str]): Words joining two parts of a clause ("died and seven were injured").
    bystander_prepositions (frozenset[str]): A number right after them is no count of its verb ("with hundreds of others").
    proportion_words (frozenset[str]): Words between two numbers that make them a proportion ("vier von zehn
        Erwachsenen", "one in five"), no count.
    month_parts (frozenset[str]): "Anfang März": a time after a cue, no subject.
    apposition_openers (frozenset[str]): Words opening an apposition that may hold a verb ("X, including Y, said").
    title_joiners (frozenset[str]): Small words inside a title ("New England Journal of Medicine").
    cue_adverbs (frozenset[str]): Adverbs between a cue and its subject ("kritisiert etwa X").
    belief_cues (frozenset): Cues of expecting or believing ("erwartet", "vermutet"): they report a
        "dass" clause or one in Konjunktiv, never a main clause in the indicative.
    not_cue (re.Pattern): A cue word that is part of another verb here ("schreibt … vor"), matched at the cue.
    declared_before (re.Pattern): What, right before a cue (the text up to its end), makes it declare
        rather than report ("für nichtig erklärt", "zum Sieger erklärt"), or an idiom ("kurz gesagt").
    common_word (callable): Whether a word (any case) is a common word of the language ("Perhaps"),
        which a lone capitalised word opening a sentence then is rather than a name ("Jackman").
    pronoun_gender (dict[str, str]): Pronouns that tell a person's gender, lowercased ("he" → "m",
        "her" → "f"; German "sie"/"ihr" are left out: they are also plural).
    singular_pronoun_gender (dict[str, str]): Pronouns that tell a gender only beside a cue verb in
        the singular (German "sagte sie": she; "sagten sie": they); a cue form ending in one of
        ``plural_cue_endings`` is plural.
    role_gender (dict[str, str]): Titles and role words that tell it ("mrs" → "f", "spokesman" → "m").
    feminine_role_suffix (str): The ending that makes a role word feminine ("in": "Sprecherin"); a
        role without it names a man, unless it ends in one of ``epicene_role_endings`` ("Vorsitzende").
    non_masculine_articles (frozenset[str]): Articles before a noun that "er" cannot refer to ("die Polizei",
        "das Ministerium"): a masculine pronoun skips such a speaker.
    feminine_articles (frozenset[str]): Articles that, before a noun with ``feminine_role_suffix`` and a
        name, make the person a woman even where the noun is no role word ("die Kundin Lindsay Gay").
    not_speakers (frozenset): Lowercased words that, taken alone for a speaker, name nobody ("given",
        "somehow"): such a quote is left out rather than given to a word.
    norm_nouns (frozenset): Rules and decisions a sentence cites ("laut Beschluss", "laut Gesetz"),
        lowercased: they speak for nobody; what the sentence reports stays with who was speaking.
    deputy_prefixes (tuple): What before a role makes another office ("Vize" in "Vizekanzlerin"):
        "die Kanzlerin" never means that one.
    lower_role_name (re.Pattern): After a cue, role words written small, then a name (group 2) that
        closes the phrase ("said agent Mark Roesler"); for languages that write roles small.
    role_kinds (tuple of tuples): Role words (lowercase, matched as the end of a role) that can name
        the same office ("Präsident", "Staatschef"): a role of another kind names another person.
    oblique_articles (frozenset[str]): Articles of an object ("Den Tausch … bezeichnete X"): that phrase is no subject.
    article_object_cues (frozenset[str]): Cues that take "a/an …" or a count as an object, not a clause ("added a
        category", "added 16 points for …").
    recovery_verbs (re.Pattern): "geborgen", "recovered": a toll of bodies found so far is a lower bound.
    serious_injury (re.Pattern): "schwer verletzt", "seriously injured": the count of the badly hurt,
        a part of all injured, compared only with its like.
    earlier_count (re.Pattern): "zunächst", "zuvor", "said earlier", "initially" in a figure's clause:
        a count the report itself calls earlier, which a higher later count overtakes (``evolving``).
    attribution_words (tuple[str, ...]): Substrings one of which every ``attribution`` pattern needs (a cheap test first; empty: always test).
    prepositions (frozenset[str]): Prepositions (a name after "in"/"of" is a place or part of a longer name).
    embedded_openers (tuple[str, ...]): Words before a cue that embed it ("what it says is"): no statement.
    trailing_adverbs (re.Pattern): Adverbs between a subject and its cue ("adamantly denied"), to strip.
    object_pronouns (frozenset[str]): Object pronouns right after a cue ("nennt ihn"): no reported clause follows.
    inverted_pronouns (frozenset[str]): Pronouns that stand right after a finite verb in a main clause
        with a fronted phrase ("am meisten helfen ihr die Eltern"): with the lexicon's verb tags they tell
        a reported main clause after a cue's comma.
    money_verbs (re.Pattern): Verbs of paying and earning: a bare "100 Millionen" they govern is money.
    military_words (re.Pattern): Context that makes "Mann" mean troops.
    scope_words (dict[str, str]): "landesweit" -> "nationwide".
    attribution (tuple[re.Pattern, ...]): Patterns with a group ``src`` naming the source.
    inherit_attribution (re.Pattern): "demnach": the source is the previous sentence's.
    weekdays (dict[str, int]), months (dict[str, int]): names -> weekday (Mon=0) / month number.
    relative_days (dict[str, int]): "gestern" -> -1.
    subject_classes (dict[str, str]): Who a claim counts, for comparing across outlets: a lowercased
        subject noun or noun ending -> one of the classes of ``storylens.compare.PARENT`` ("police",
        "security forces", "soldiers", "protesters", "civilians", "children", "people")
        ("polizisten" -> "police", also "Bereitschaftspolizisten"; "troops" -> "soldiers").
    whole_scope_words (frozenset[str]): Scopes that restrict nothing ("landesweit", "nationwide").
    label_words (frozenset[str]): Words before a number that make it a label, no count ("Artikel
        5", "page 3").
    unit_words (frozenset[str]): Words after a number that make it a measurement, a duration or an
        age, no count of people or things ("drei Stunden", "45 Jahre", "12 miles").
    not_counted_after (frozenset[str]): Other words after a number that make it no count: ordinal
        endings and times of day ("21 st", "7 pm").
    hyphen_units (tuple[str, ...]): Starts of the word after "number -" that make a measurement
        ("45 - jährig", "16 - year - old", ".45 - caliber").
    range_joiners (frozenset[str]): Words between two numbers of one range ("sechs bis sieben",
        "20 or 30"); "and" only after the pack's ``between_words``.
    between_words (dict[str, str]): The word that opens a range -> the word that closes it
        ("zwischen" -> "und").
    change_from (Pattern | None): Matches the text before a number opened by "from" when a change
        goes before ("raised the number of seats from 65 to 125", "revenue rose from $3.2 billion
        to …"): two figures, before and after, not one range.
    not_alone_numbers (frozenset[str]): Number words that count only with a number before them
        ("zwei Dutzend", not "Dutzend" alone).
    scale_abbreviations (frozenset[str]): Scale words written with a period ("Mio.", "Mrd.").
    not_place_endings (tuple[str, ...]): Endings of a capitalised word after "in" that make it no
        place ("in Verwaltung", "in Bewegung").
    anaphoric_places (frozenset[str]): "der stadt", "the province" after "in": the place named before.
    generic_people (frozenset[str]): Nouns that count people without restricting who ("Menschen",
        "people"): no ``subject``.
    person_noun_endings (tuple[str, ...]): Endings of compounds that count people
        ("Bereitschaftspolizisten", "Sicherheitskräfte").
    measure_noun_endings (tuple[str, ...]): Measure nouns that end a compound and count as they do
        ("Verkehrstote", "Corona-Todesfälle", "Bundeswehrsoldaten"); each ending is a key of
        ``measure_nouns``.
    troop_nouns (frozenset[str]): Nouns that count troops beside a military word ("2000 Mann").
    account_nouns (frozenset[str]), owner_words (frozenset[str]): An account and the word that
        names its owner ("Angaben des Ministeriums"): the owner is the source.
    scope_prepositions (frozenset[str]): The word before a place that limits a figure ("in Talstadt",
        "in 13 countries", "in der Stadt"); scope_openers: the words that open a sentence with such a
        place ("In neighbouring Central Aceh district, …", "Im Bezirk X, …").
    attribute_prepositions (frozenset[str]): Prepositions that open an attribute standing before its
        noun ("des von der Hamas kontrollierten Ministeriums"): the attribute is no part of a source's name.
    agent_prepositions (frozenset[str]): The preposition of a passive's agent ("reported by X"): X
        is the source.
    year_after_words (frozenset[str]): Words after which a four-digit number is a year, of any
        century ("starb 1399", "born 1920"): one dies or is born in a year, not in a number.
    month_openers (dict[str, int]): Lowercased words before a month name that make it a time ("im
        März", "Anfang Januar", "in early May"; not "August Diehl") -> 0, or -1 / +1 where they name
        the month before / after the report's ("vergangenen März", "next May").
    relative_periods (dict[str, tuple[str, int]]): A month or year named from the report's
        ("vergangenen monat" -> ("month", -1), "last year" -> ("year", -1)).
    since_words (frozenset[str]): Words before a date that count from it ("seit dem 2. Januar"): a
        figure counted since a date is as of the report, not of that date.
    year_prepositions (tuple[str, ...]): Words before a bare year that make it a time ("im Jahr
        2004", "in 2004", "der Tsunami von 2004").
    speech_verbs (re.Pattern): Cue verbs of speech ("sagte", "erklärte", "kündigte ... an").
    subjunctive (re.Pattern): Konjunktiv I forms that mark reported speech ("sei", "habe").
    roles (re.Pattern): Role nouns ("Präsident", "Sprecher", "…minister").
    pronouns (frozenset[str]): Personal pronouns that refer back to a speaker ("er", "sie").
    function_words (frozenset[str]): Lowercase words that may stand inside a source or speaker
        noun phrase ("der", "von", "und").
    decimal_comma (bool): "2,5" is two and a half and "8.000" eight thousand (German).
    capitalised_nouns (bool): Nouns are capitalised (German), so a noun phrase ends in a capital.
    continuation (re.Pattern): Verb forms that mark a sentence as still reported speech without a
        cue (German Konjunktiv I: "sei", "habe"); matches nothing by default.
    conditional (re.Pattern): Forms that continue reported speech only right after it
        (German Konjunktiv II: "hätte", "würde").
    reported_form (Callable | None): Finds reported-speech verb forms no list can hold (German
        Konjunktiv I of any verb: "dehne", "stamme"); None where a language has none.
    nominative (Callable | None): A source named in the dative ("Medienberichten zufolge") in the
        form a speaker is named in ("Medienberichte"); None where nouns do not inflect so.
    back_reference (re.Pattern): A sentence opening that gives the sentence before to the cue's
        speaker ("Das sagte X"); matches nothing by default.
    passive_back_reference (re.Pattern | None): The same in the passive, its agent the speaker and the
        cue the participle that closes the sentence ("Dies wurde von X angekündigt").
    back_frame (re.Pattern): A short sentence that gives the sentence before to the person in its
        group ``who`` ("So beschreibt es X."); matches nothing by default.
    negations (frozenset[str]): Words that, right before a cue, deny the statement ("hat es nicht
        festgestellt", "never said"): the clause is nobody's report.
    own_account (re.Pattern | None): "By its own account" ("eigenen Angaben zufolge"): the clause is
        the report of whoever was named just before.
    person_opener (re.Pattern | None): A sentence opening of article (group 1), small adjectives
        (group 2) and a noun (group 3): "Ein junger Mann …: „…“" is spoken by the "junger Mann".
    person_phrase (re.Pattern | None): Article (1), small adjectives (2) and a noun (3) anywhere in a
        sentence: a person named by what they are ("der Familienvater"), for a pronoun to point to.
    organisation_subject (re.Pattern | None): A sentence whose subject is an organisation named with
        its acronym (group 1 the name, group 2 the acronym): its Konjunktiv sequel is that body's.
    first_person (frozenset[str]): First-person pronouns: a report with "wir"/"we" as its speaker
        outside quotation marks is the author's own view.
    institution_nouns (frozenset[str]): Lowercased heads of institutions ("gericht", "ministerium"):
        the word alone as a source ("Gericht zufolge") is the compound named before ("Landgericht").
    abstract_suffixes (tuple[str, ...]): Endings of abstract nouns ("-losigkeit", "-ung"): such a
        word before a colon heading a short quoting paragraph is its topic, not a speaker.
    source_after_comma (str | None): The word that names a source after a comma ("…, so der
        Minister"); None where the language has none (English ", so maybe X has …" is a consequence).
    own_account_loose (re.Pattern | None): "By its own account" without a reporting form ("nach
        eigenen Angaben"): the clause stays the author's, but the subject speaks on in Konjunktiv.
    sentence_subject (re.Pattern | None): The subject a sentence opens with before its finite verb
        (group ``who``: "Israels Armee hat …").
    speaker_time_tail (re.Pattern | None): A time phrase glued to the end of a speaker's name ("The
        Indian Navy in November said …"): cut off.
    object_articles (frozenset[str]): Articles that never open a genitive ("die", "das", "den",
        "dem"): a source's name ends before one ("laut Fed die Widerstandsfähigkeit …").
    own_prefixes (tuple[str, ...]): Beginnings of the adjective "own" ("eigener Aussage"): such a
        source is whoever the sentence is about, not a speaker of its own.
    company_heads (frozenset[str]): Lowercased last words of organisations' names ("Deutsche Bank",
        "Allianz SE"): such a name can be the organisation "das Geldhaus" refers to.
    media_nouns (tuple[str, ...]): Endings of nouns for media ("Sender", "Nachrichtenagentur"): "der
        Sender" is the one named after the noun before ("der Sender CNN").
    media_names (frozenset[str]): Lowercased names of news agencies and media that carry no media
        noun ("dpa", "afp"): "sagte ein Polizeisprecher der dpa" tells the agency.
    role_compound_heads (tuple[str, ...]): Endings of roles whose compound names the organisation
        ("Polizeisprecher"): such a speaker is whole, so "der" + a medium after it is the listener.
    body_nouns (tuple[str, ...]): Endings of nouns for organisations ("Organisation", "NGO"): "die
        Organisation" is the one named last with its acronym ("Human Rights Watch (HRW)").
    opening_subject (re.Pattern | None): A sentence opening with a definite article, small
        adjectives and a name (group ``who``): "Die proiranische Hizbullah-Miliz hat …" — who issued
        the "Mitteilung" the next sentence quotes.
    neuter_pronouns (frozenset[str]): Pronouns for a body or a group ("it", "they") as a cue's subject:
        the subject the sentence before opens with ("The UN was incensed. It said …").
    accusation_cues (frozenset[str]): Cues of an accusation ("wirft … vor", "beschuldigte"), whose
        infinitive clause is what the accuser claims whoever speaks, a person or an authority
        ("Die Anklage wirft dem Mann vor, Passanten angegriffen zu haben").
    one_word (str): The word for one that is mostly a pronoun ("one of them"), lowercased.
    one_after_verbs (frozenset[str]): Verb forms after which ``one_word`` counts one person ("killing
        one", "wounded one").
    one_before_noun (frozenset[str]): Words that count one before a counted noun in the singular
        ("one victim", "eine Person", "ein Toter"; lowercased): one with ``plurals``.
    not_one_after (frozenset[str]): Words after which a word for one counts nothing: "no" ("no one
        was hurt"), a preposition before an article ("neben einer Leiche", "bei einer Festnahme").
    plurals (Callable[[str], tuple[str, ...]] | None): The plural forms a lowercased singular noun
        may take ("person" → "people", "persons"), to read a singular by the plural nouns listed.
    proxy_roles (frozenset[str]): Roles of people who speak for someone else ("rep", "Sprecher",
        lowercased): "her rep says" is the rep, never the woman named before.
    name_suffixes (frozenset[str]): Words after a surname that are no part of it, without a final period
        ("Jr" in "Hugh W. Sloan Jr."): the surname is the word before.
    relative_subjects (frozenset[str]): Relative pronouns that open a clause with its own cue ("X, a
        family friend who wrote the article, said …"): when a later cue follows, that one speaks.
    embedded_cue (re.Pattern | None): A cue embedded in a noun phrase ("what Israel says is its
        goal"): no statement.
    age_attribute (re.Pattern | None): An age between an article and the noun it describes ("der 35
        Jahre alte Aufbauspieler", "the 35-year-old guard"): no part of the speaker's name.
    passive_agent (re.Pattern): The agent of a passive cue, group ``who`` ("wurden von X gewarnt").
    that_clause (re.Pattern): Text ending inside a "that" clause ("…, dass er"): quoted words there
        are the author's, not a statement.
    question_clause (re.Pattern): A reported question in a clause (", ob …"): no statement.
    relative_subject (re.Pattern): "X, who …," before a cue: the subject, not a quote.
    definite_role (re.Pattern): A definite role noun opening a clause ("The judge …"), group ``role``.
    infinitive_clause (re.Pattern): A clause after a cue's comma that reports in the infinitive
        ("räumte ein, zu schnell gehandelt zu haben").
    main_clause (re.Pattern): What right after a cue and its comma opens a main clause that is
        reported speech whatever its mood ("sagte, die Linken wollten …").
    score_joiners (frozenset[str]): Words between the two counts of a result that share one noun
        ("310 zu 0 Stimmen": both count votes).
    question_openers (frozenset[str]): Words opening an indirect question ("ob", "whether"): a
        figure in such a clause is asked about, not claimed.
    complementizers (frozenset[str]): Words opening a reported "that" clause ("dass", "daß", "that").
    source_openers (tuple[str, ...]): How a sentence opens that names its source first ("wie ", "as "
        — "Wie X bestätigte, …"), lowercased with the space after.
    condition_openers (frozenset[str]): Words opening a condition ("wenn", "falls", "if"): a figure
        in that clause is a threshold ("wenn sie zu mehr als 20 Prozent … finanziert werden"), no claim.
    articles (frozenset[str]): Articles and possessives that open a noun phrase ("der", "the").
    not_subject (frozenset[str]): Lowercased words that open a clause but are never its subject
        (prepositions, adverbs, conjunctions: "zuletzt", "zugleich", "yesterday").
    auxiliaries (frozenset[str]): Finite auxiliaries and modals ("hatte", "wurde", "had").
    cue_object_prepositions (frozenset[str]): Prepositions right after a cue that open its object,
        not its subject ("appellierte an die …", "sprach von einem …").
    np_breakers (frozenset[str]): Words that end a subject noun phrase once it holds a name
        ("in", "bei", "on", "after").
    name_particles (frozenset[str]): Lowercase words inside personal names ("von", "van", "bin").
    verb_like (frozenset[str]): Finite verbs that never are the noun a number counts ("wurden",
        "starben", "were").
    currency (dict[str, str]): Currency words and signs after an amount -> ISO code ("Euro").
    currency_before (dict[str, str]): Currency signs and codes before an amount ("$", "CHF").
    not_sources (frozenset[str]): Pronouns that never name a claim's source ("es", "it").
    indefinite_articles (frozenset[str]): "ein", "a": a speaker so introduced is someone new, not
        the person last named.
    clause_cues (frozenset[str]): Cues always followed by the reported clause ("said"), unlike
        cues that may take an object ("urged support for …"); in German, a person named right after
        such a cue is its subject ("…, der … hat, sagte Kanzler X").
    according (tuple[re.Pattern, ...]): A sentence that names its source around a clause
        ("According to X, …", "…, according to X"), groups ``src`` and ``rest``.
    subordinators (frozenset[str]): Lowercased words that open a subordinate clause before its
        subject ("als die Interviewerin X fragt").
    person_anaphors (frozenset[str]): Singular nouns a text uses to refer back to a person it
        named ("der junge Mann", "der Deutsch-Israeli"); as a speaker they name that person.
    not_in_source (frozenset[str]): Words that show a phrase after "according to" is no source's
        name ("also", "that", "is"): the phrase is dropped, not trimmed.
    inverted_subject (re.Pattern): The subject right after a clause's finite auxiliary, group 1
        ("Zuletzt hatte sich Bischof X geäußert"); matches nothing by default.
    document_source (re.Pattern): The issuer of a document quoted without a person ("heißt es in
        einer Mitteilung von X"), groups ``a``, ``b`` or ``c``; matches nothing by default.
    document_source_hints (tuple): Substrings without which ``document_source`` cannot match, tried
        first: (words any of which suffices, passive auxiliaries, the place words a passive needs
        with them) — "heißt", or " wird " with "Im ".
    quoted_by (re.Pattern): "X zitierte Y mit den Worten": group ``who`` is the one quoted (or
        ``passive``: "she is quoted as saying"); the verb as written in group ``verb`` (or ``verb2``).
    reader_after_verb (re.Pattern | None): A sentence that addresses the reader after its verb
        ("Hier finden Sie …"): no reported speech goes on in it.
    interview (InterviewCues | None): How the language prints interviews (questions, then the
        interviewee's answers, each answer a quote of hers); None where the pack does not say.
    clause_lead (ClauseLead | None): What may stand between a cue and a clause it reports without
        a comma (English); None where clauses after a cue are set off by a comma.
    """

    number_words: dict[str, float]
    scales: dict[str, float]
    vague: dict[str, tuple[float, float]]
    qualifiers: dict[str, str]
    measure_nouns: dict[str, str]
    person_nouns: frozenset[str]
    measure_verbs: tuple[tuple[str, re.Pattern[str]], ...]
    military_words: re.Pattern[str]
    scope_words: dict[str, str]
    attribution: tuple[re.Pattern[str], ...]
    inherit_attribution: re.Pattern[str]
    weekdays: dict[str, int]
    month_numbers: dict[str, int]
    relative_days: dict[str, int]
    speech_verbs: re.Pattern[str]
    subjunctive: re.Pattern[str]
    roles: re.Pattern[str]
    pronouns: frozenset[str]
    function_words: frozenset[str]
    decimal_comma: bool = True
    capitalised_nouns: bool = True
    continuation: re.Pattern[str] = re.compile(r"(?!x)x")
    conditional: re.Pattern[str] = re.compile(r"(?!x)x")
    reported_form: Callable[[str], bool] | None = None
    nominative: Callable[[str], str] | None = None
    back_reference: re.Pattern[str] = re.compile(r"(?!x)x")
    passive_back_reference: re.Pattern[str] | None = None
    back_frame: re.Pattern[str] = re.compile(r"(?!x)x")
    negations: frozenset[str] = frozenset()
    own_account: re.Pattern[str] | None = None
    person_opener: re.Pattern[str] | None = None
    person_phrase: re.Pattern[str] | None = None
    organisation_subject: re.Pattern[str] | None = None
    institution_nouns: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    abstract_suffixes: tuple[str, ...] = ()
    age_attribute: re.Pattern[str] | None = None
    neuter_pronouns: frozenset[str] = frozenset()
    opening_subject: re.Pattern[str] | None = None
    media_nouns: tuple[str, ...] = ()
    media_names: frozenset[str] = frozenset()
    role_compound_heads: tuple[str, ...] = ()
    company_heads: frozenset[str] = frozenset()
    own_prefixes: tuple[str, ...] = ()
    object_articles: frozenset[str] = frozenset()
    speaker_time_tail: re.Pattern[str] | None = None
    own_account_loose: re.Pattern[str] | None = None
    source_after_comma: str | None = None
    sentence_subject: re.Pattern[str] | None = None
    body_nouns: tuple[str, ...] = ()
    embedded_cue: re.Pattern[str] | None = None
    relative_subjects: frozenset[str] = frozenset()
    name_suffixes: frozenset[str] = frozenset()
    proxy_roles: frozenset[str] = frozenset()
    one_word: str = ""
    one_after_verbs: frozenset[str] = frozenset()
    one_before_noun: frozenset[str] = frozenset()
    not_one_after: frozenset[str] = frozenset()
    plurals: Callable[[str], tuple[str, ...]] | None = None
    accusation_cues: frozenset[str] = frozenset()
    passive_agent: re.Pattern[str] = re.compile(r"(?!x)x")
    that_clause: re.Pattern[str] = re.compile(r"(?!x)x")
    question_clause: re.Pattern[str] = re.compile(r"(?!x)x")
    relative_subject: re.Pattern[str] = re.compile(r"(?!x)x")
    definite_role: re.Pattern[str] = re.compile(r"(?!x)x")
    question_openers: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()
    source_openers: tuple[str, ...] = ()
    condition_openers: frozenset[str] = frozenset()
    infinitive_clause: re.Pattern[str] = re.compile(r"(?!x)x")
    score_joiners: frozenset[str] = frozenset()
    year_prepositions: tuple[str, ...] = ()
    month_openers: dict[str, int] = field(default_factory=dict)
    subject_classes: dict[str, str] = field(default_factory=dict)
    whole_scope_words: frozenset[str] = frozenset()
    label_words: frozenset[str] = frozenset()
    unit_words: frozenset[str] = frozenset()
    not_counted_after: frozenset[str] = frozenset()
    hyphen_units: tuple[str, ...] = ()
    range_joiners: frozenset[str] = frozenset()
    change_from: re.Pattern[str] | None = None
    between_words: dict[str, str] = field(default_factory=dict)
    not_alone_numbers: frozenset[str] = frozenset()
    scale_abbreviations: frozenset[str] = frozenset()
    not_place_endings: tuple[str, ...] = ()
    anaphoric_places: frozenset[str] = frozenset()
    generic_people: frozenset[str] = frozenset()
    person_noun_endings: tuple[str, ...] = ()
    measure_noun_endings: tuple[str, ...] = ()
    troop_nouns: frozenset[str] = frozenset()
    year_after_words: frozenset[str] = frozenset()
    agent_prepositions: frozenset[str] = frozenset()
    account_nouns: frozenset[str] = frozenset()
    owner_words: frozenset[str] = frozenset()
    attribute_prepositions: frozenset[str] = frozenset()
    scope_prepositions: frozenset[str] = frozenset()
    scope_openers: frozenset[str] = frozenset()
    relative_periods: dict[str, tuple[str, int]] = field(default_factory=dict)
    since_words: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    not_subject: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    np_breakers: frozenset[str] = frozenset()
    cue_object_prepositions: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    verb_like: frozenset[str] = frozenset()
    currency: dict[str, str] = field(default_factory=dict)
    currency_before: dict[str, str] = field(default_factory=dict)
    not_sources: frozenset[str] = frozenset()
    not_in_source: frozenset[str] = frozenset()
    person_anaphors: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    clause_cues: frozenset[str] = frozenset()
    indefinite_articles: frozenset[str] = frozenset()
    money_verbs: re.Pattern[str] | None = None
    participle_cue: re.Pattern[str] | None = None
    object_cues: frozenset[str] = frozenset()
    listener_cues: frozenset[str] = frozenset()
    order_cues: frozenset[str] = frozenset()
    directive: re.Pattern[str] | None = None
    listener_topic: re.Pattern[str] | None = None
    who_said: re.Pattern[str] = re.compile(r"(?!x)x")
    titled_name_after: re.Pattern[str] = re.compile(r"(?!x)x")
    inverted_common_np: re.Pattern[str] = re.compile(r"(?!x)x")
    apposition_verb: re.Pattern[str] = re.compile(r"(?!x)x")
    lowercase_before_name: re.Pattern[str] = re.compile(r"(?!x)x")
    name_after_break: re.Pattern[str] = re.compile(r"(?!x)x")
    who_antecedent: re.Pattern[str] = re.compile(r"(?!x)x")
    relayed_who_end: re.Pattern[str] = re.compile(r"(?!x)x")
    office_of: re.Pattern[str] = re.compile(r"(?!x)x")
    that_next: re.Pattern[str] = re.compile(r"(?!x)x")
    object_infinitive: re.Pattern[str] = re.compile(r"(?!x)x")
    that_soon: re.Pattern[str] = re.compile(r"(?!x)x")
    clause_subject_after: re.Pattern[str] = re.compile(r"(?!x)x")
    clause_subject_or_aged_name: re.Pattern[str] = re.compile(r"(?!x)x")
    asked_question: re.Pattern[str] = re.compile(r"(?!x)x")
    that_after_cue: re.Pattern[str] = re.compile(r"(?!x)x")
    that_after_listener: re.Pattern[str] = re.compile(r"(?!x)x")
    not_name_openers: frozenset[str] = frozenset()
    question_cues: frozenset[str] = frozenset()
    listener_skips: tuple[re.Pattern[str], ...] = ()
    body_articles: frozenset[str] = frozenset()
    pair_joiners: frozenset[str] = frozenset()
    quoted_name_closing: re.Pattern[str] = re.compile(r"(?!x)x")
    quoted_name_opening: re.Pattern[str] = re.compile(r"(?!x)x")
    place_prepositions: frozenset[str] = frozenset()
    definite_place: re.Pattern[str] = re.compile(r"(?!x)x")
    issuer_split: re.Pattern[str] = re.compile(r"(?!x)x")
    subject_fillers: frozenset[str] = frozenset()
    day_prepositions: frozenset[str] = frozenset()
    org_linker: str = ""
    adjective_endings: tuple[str, ...] = ()
    np_word_endings: tuple[str, ...] = ()
    source_links: frozenset[str] = frozenset()
    listener_article: str = ""
    affiliation_preposition: str = ""
    speaker_pronouns: frozenset[str] = frozenset()
    plain_pronouns: frozenset[str] = frozenset()
    past_endings: tuple[str, ...] = ()
    not_past_endings: tuple[str, ...] = ()
    intermediaries: frozenset[str] = frozenset()
    clause_only_cues: frozenset[str] = frozenset()
    object_clause: re.Pattern[str] = re.compile(r"")
    contrast_subject: re.Pattern[str] | None = None
    agent_object: re.Pattern[str] | None = None
    agent_by: re.Pattern[str] | None = None
    passive_before: re.Pattern[str] | None = None
    role_forms: dict[str, str] = field(default_factory=dict)
    relayed_source: re.Pattern[str] | None = None
    opinion_source: re.Pattern[str] | None = None
    impersonal_cue: re.Pattern[str] | None = None
    quote_back_reference: re.Pattern[str] | None = None
    modal_subjunctive: re.Pattern[str] | None = None
    passive_markers: frozenset[str] = frozenset()
    participle_cues: frozenset[str] = frozenset()
    participle_subject: re.Pattern[str] | None = None
    increment_words: frozenset[str] = frozenset()
    part_markers: frozenset[str] = frozenset()
    total_prepositions: frozenset[str] = frozenset()
    headless_words: frozenset[str] = frozenset()
    place_adjective: re.Pattern[str] = re.compile(r"(?!)")
    scope_units: frozenset[str] = frozenset()
    place_heads: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    relative_pronouns: tuple[str, ...] = ()
    price_prepositions: frozenset[str] = frozenset()
    price_adverbs: frozenset[str] = frozenset()
    price_periods: frozenset[str] = frozenset()
    wage_nouns: tuple[str, ...] = ()
    price_verb: re.Pattern[str] | None = None
    spaced_hyphen_dash: bool = False
    scale_articles: frozenset[str] = frozenset()
    price_nouns: tuple[str, ...] = ()
    partitive_words: frozenset[str] = frozenset()
    partitive_determiners: frozenset[str] = frozenset()
    family_nouns: frozenset[str] = frozenset()
    age_words: frozenset[str] = frozenset()
    weight_currencies: frozenset[str] = frozenset()
    lacking_verbs: frozenset[str] = frozenset()
    discount_nouns: tuple[str, ...] = ()
    share_nouns: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    document_issuer: str = ""
    capacity_words: frozenset[str] = frozenset()
    measure_context: dict[str, re.Pattern[str]] = field(default_factory=dict)
    context_nouns: dict[str, tuple[str, re.Pattern[str]]] = field(default_factory=dict)
    estimate_cue: re.Pattern[str] | None = None
    qualifier_particles: frozenset[str] = frozenset()
    planned_attribute: re.Pattern[str] | None = None
    capacity_preposition: str = ""
    pair_words: frozenset[str] = frozenset()
    generic_subjects: frozenset[str] = frozenset()
    group_subjects: frozenset[str] = frozenset()
    other_subjects: frozenset[str] = frozenset()
    org_heads: tuple[str, ...] = ()
    landmark_heads: frozenset[str] = frozenset()
    landmark_openers: frozenset[str] = frozenset()
    org_anaphors: frozenset[str] = frozenset()
    purpose_openers: frozenset[str] = frozenset()
    singular_articles: frozenset[str] = frozenset()
    cue_particles: frozenset[str] = frozenset()
    source_trailer: re.Pattern[str] | None = None
    non_person_nouns: frozenset[str] = frozenset()
    subset_words: frozenset[str] = frozenset()
    possessive_source: re.Pattern[str] | None = None
    possessive_pronouns: dict[str, str] = field(default_factory=dict)
    possessive_hints: tuple[str, ...] = ()
    work_nouns: frozenset[str] = frozenset()
    relayed_speaker: re.Pattern[str] | None = None
    according_word: str = ""
    score_words: frozenset[str] = frozenset()
    tally_verbs: frozenset[str] = frozenset()
    tally_nouns: frozenset[str] = frozenset()
    tally_joiners: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    bystander_prepositions: frozenset[str] = frozenset()
    proportion_words: frozenset[str] = frozenset()
    month_parts: frozenset[str] = frozenset()
    apposition_openers: frozenset[str] = frozenset()
    title_joiners: frozenset[str] = frozenset()
    cue_adverbs: frozenset[str] = frozenset()
    not_cue: re.Pattern[str] | None = None
    declared_before: re.Pattern[str] | None = None
    role_kinds: tuple[tuple[str, ...], ...] = ()
    deputy_prefixes: tuple[str, ...] = ()
    lower_role_name: re.Pattern[str] | None = None
    norm_nouns: frozenset[str] = frozenset()
    pronoun_gender: dict[str, str] = field(default_factory=dict)
    singular_pronoun_gender: dict[str, str] = field(default_factory=dict)
    plural_cue_endings: tuple[str, ...] = ()
    common_word: Callable[[str], bool] | None = None
    role_gender: dict[str, str] = field(default_factory=dict)
    feminine_role_suffix: str = ""
    feminine_articles: frozenset[str] = frozenset()
    non_masculine_articles: frozenset[str] = frozenset()
    epicene_role_endings: tuple[str, ...] = ()
    not_speakers: frozenset[str] = frozenset()
    belief_cues: frozenset[str] = frozenset()
    oblique_articles: frozenset[str] = frozenset()
    article_object_cues: frozenset[str] = frozenset()
    recovery_verbs: re.Pattern[str] | None = None
    serious_injury: re.Pattern[str] | None = None
    earlier_count: re.Pattern[str] | None = None
    attribution_words: tuple[str, ...] = ()
    prepositions: frozenset[str] = frozenset()
    embedded_openers: tuple[str, ...] = ()
    trailing_adverbs: re.Pattern[str] | None = None
    object_pronouns: frozenset[str] = frozenset()
    inverted_pronouns: frozenset[str] = frozenset()
    according: tuple[re.Pattern[str], ...] = ()
    inverted_subject: re.Pattern[str] = re.compile(r"(?!x)x")
    document_source: re.Pattern[str] = re.compile(r"(?!x)x")
    document_source_hints: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ())
    quoted_by: re.Pattern[str] = re.compile(r"(?!x)x")
    main_clause: re.Pattern[str] = re.compile(r"(?!x)x")
    interview: InterviewCues | None = None
    clause_lead: ClauseLead | None = None
    reader_after_verb: re.Pattern[str] | None = None

    def reported(self, text: str) -> bool:
        """Whether a clause is in the mood of reported speech: a listed form ("sei", "habe") or,
        where the pack can tell, any verb form of it ("dehne", "stamme")."""
        return bool(self.subjunctive.search(text)) or (self.reported_form is not None and self.reported_form(text))

    def account_owner(self, words: list[str]) -> int | None:
        """Where the owner of an account starts among a source's first words ("Angaben des X",
        "preliminary results by X": the index of X), or None; never a month ("statistics from
        November")."""
        for k in range(min(3, len(words) - 2)):
            if (words[k].lower() in self.account_nouns and words[k + 1].lower() in self.owner_words
                    and words[k + 2].lower() not in self.month_numbers):
                return k + 2
        return None

    def subject_class(self, subject: str) -> str | None:
        """The class of people a subject noun counts (``subject_classes``: "Polizisten" → "police"),
        also as the end of a compound ("Bereitschaftspolizisten"), except everyone's ("Feuerwehrleute"
        are no "Leute" at large); None for a noun the pack does not class."""
        low = subject.lower()
        return self.subject_classes.get(low) or next((c for k, c in self.subject_classes.items() if c != "people" and low.endswith(k)), None)

    def plural_counted(self, noun: str) -> str | None:
        """The listed plural of a lowercased singular noun that counts people, or what a people's
        measure counts ("victim" → "victims", "person" → "personen", "toter" → "tote",
        "festnahme" → "festnahmen"); None for any other noun or where the pack has no ``plurals``."""
        if self.plurals is None:
            return None
        for plural in self.plurals(noun):
            if plural in self.person_nouns or self.measure_nouns.get(plural) in PEOPLE_MEASURES:
                return plural
        return None

    def continues(self, text: str) -> bool:
        """Whether a sentence without a cue still reports speech (Konjunktiv I); a form whose clause
        has a first-person subject is no report ("… und ich habe und werde sie weiterempfehlen")."""
        for m in self.continuation.finditer(text):
            clause = text[max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start()), text.rfind(":", 0, m.start())) + 1 : m.start()]
            if not self.first_person or self.first_person.isdisjoint(clause.lower().split()):
                return True
        return self.reported_form is not None and self.reported_form(text)

    def is_role(self, token: str) -> bool:
        """Whether a token is a role word ("Präsident", "Innenminister", "Dr.")."""
        if not self.capitalised_nouns and token.islower():
            token = token.capitalize()  # English roles are written small: "the judge said"
        ends = _role_endings(self.roles)
        if (ends is not None and not ends.ends(token) and not token.endswith("\n")
                and not (self.capitalised_nouns and token.endswith("s") and ends.ends(token[:-1]))):
            return False  # no role ends as this word does (nor its genitive): most words, told at once
        cache = _ROLE_CACHE.get(id(self.roles))
        if cache is None:
            cache = _ROLE_CACHE[id(self.roles)] = {}
        hit = cache.get(token)
        if hit is None:
            hit = cache[token] = _is_role(self.roles, token, genitive_s=self.capitalised_nouns)
            if len(cache) > 100_000:
                cache.clear()
        return hit


@dataclass(frozen=True)
class LanguagePack:
    """Language knowledge for cleaning and segmenting text.

    code (str): ISO 639-1 code.
    abbreviations (frozenset[str]): Tokens (without their final period) after which a period does
        not end a sentence, e.g. ``"Dr"``, ``"z.B"``. Matched case-sensitively, then lowercased.
    months (frozenset[str]): Month names; ``"6. Januar"`` keeps its ordinal period.
    ordinal_nouns (frozenset[str]): Lowercased words that follow ordinals ("Platz", "Liga").
    ordinal_cues (frozenset[str]): Lowercased words that precede ordinals ("dem", "zum", "am").
    closing_abbreviations (frozenset[str]): Abbreviations that may also end a sentence ("Inc",
        "usw"): their period ends one before a word of ``sentence_openers``.
    sentence_openers (frozenset[str]): Capitalised words that open a sentence and seldom follow an
        abbreviation inside one ("The", "It", "Der"): "… Facilities Inc. That company …".
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
    share_bar (re.Pattern | None): A row of share buttons run into the text ("Teilen Teilen
        Weiterleiten Tweeten DruckenLKA betonte …", a page whose line breaks were lost), built by
        ``share_bar``; ``clean`` cuts such rows out of kept paragraphs.
    figures (FigureLexicon | None): Numbers, measures, sources, dates and speech cues.
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
    share_bar: re.Pattern[str] | None = None
    figures: FigureLexicon | None = None
    closing_abbreviations: frozenset[str] = frozenset()
    sentence_openers: frozenset[str] = frozenset()
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

# Services a share button names, in any language's row of buttons.
SHARE_SERVICES: Final = ("Facebook", "Twitter", "WhatsApp", "Pinterest", "LinkedIn", "Xing", "Reddit", "Flipboard", "Telegram",
                  "Messenger", "Threads", "Bluesky", "Mastodon", "E-Mail", "Email", "Mail")


def share_bar(actions: Iterable[str]) -> re.Pattern[str]:
    """A row of share buttons: three or more button words in a row, with nothing but spaces or a
    bar between them, at least one of them an action (``actions``: "Teilen", "Drucken", "Share")
    or four in all (a row of services alone: "WhatsApp Facebook Twitter Pinterest"). Group
    ``row``; the last word may run into the next one ("DruckenLKA betonte …"): the row ends
    before its capital."""
    actions = tuple(actions)
    word = "(?:" + "|".join(re.escape(w) for w in sorted({*actions, *SHARE_SERVICES}, key=len, reverse=True)) + ")"
    act = "(?:" + "|".join(re.escape(w) for w in sorted(set(actions), key=len, reverse=True)) + ")"
    end = r"(?:(?![\w-])|(?=[A-ZÄÖÜ]))"
    sep = r"[ \t]*[|·•/]?[ \t]*"
    one = word + end
    return re.compile(rf"(?<![\w-])(?P<row>(?=(?:{one}{sep})*?{act}{end}|(?:{one}{sep}){{3}}{one}){one}(?:{sep}{one}){{2,}})")


# Photo agencies and picture desks that mark a line as a photo credit.
PHOTO_CREDITS: Final = re.compile(
    r"picture[ -]alliance|imago|getty ?images|shutterstock|istock|keystone|dpa-bildfunk|"
    r"\bap photo\b|\bafp via\b|sputnik|\bfotolia\b|\bunsplash\b",
    re.IGNORECASE,
)


_ROLE_CACHE: dict[int, dict[str, bool]] = {}  # per roles pattern: hashing a pattern costs more than matching
_ROLE_ENDINGS: dict[int, tuple[re.Pattern[str], _Endings | None]] = {}  # per roles pattern: ``_role_endings``


def _final_texts(pattern: re.Pattern[str], n: int = 3, limit: int = 20000, short_open: bool = False) -> frozenset[str] | None:
    """Every text of up to ``n`` characters a whole match of ``pattern`` (anchored at the end by "$")
    can end with: the last ``n`` characters of a longer match, or a shorter match entire. None when
    a branch allows something this reading cannot enumerate (a ``\\w`` standing alone, a category in
    a class), when a match may end in fewer than ``n`` characters after an open repeat ("\\w*ab")
    unless ``short_open`` (then each text is only what a match ends with, for ``str.endswith``),
    or the pattern ignores case."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        from re import _constants as c, _parser  # type: ignore[attr-defined]  # the stdlib's own parser
        tree = _parser.parse(pattern.pattern)
    except Exception:  # noqa: BLE001 — absent or changed: no prefilter, the same answers, only slower
        return None

    def chars(av: Any) -> set[str] | None:
        out: set[str] = set()
        for op, v in av:
            if op is c.LITERAL:
                out.add(chr(v))
            elif op is c.RANGE:
                if v[1] - v[0] > 64:
                    return None
                out.update(chr(k) for k in range(v[0], v[1] + 1))
            else:
                return None  # a category or a negation
        return out

    def seq(items: list[Any], texts: set[Any]) -> set[Any] | None:
        """texts: the possible match texts so far (``OPEN`` + text: anything may stand before it)."""
        for op, av in items:
            if op is c.LITERAL:
                texts = {(o, t + chr(av)) for o, t in texts}
            elif op is c.IN:
                cs = chars(av)
                if cs is None:
                    return None
                texts = {(o, t + ch) for o, t in texts for ch in cs}
            elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero-width
            elif op is c.SUBPATTERN:
                got = seq(list(av[3]), texts)
                if got is None:
                    return None
                texts = got
            elif op is c.BRANCH:
                out: set[Any] = set()
                for branch in av[1]:
                    got = seq(list(branch), texts)
                    if got is None:
                        return None
                    out |= got
                texts = out
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[1] is not c.MAXREPEAT and av[1] <= 3:
                out = set(texts) if av[0] == 0 else set()
                cur = texts
                for k in range(1, av[1] + 1):
                    got = seq(list(av[2]), cur)
                    if got is None:
                        return None
                    cur = got
                    if k >= av[0]:
                        out |= cur
                texts = out
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                texts = {(True, "")}  # an open repeat: anything before what follows
            else:
                return None
            texts = {(o, t[-n:] if len(t) > n else t) for o, t in texts}  # only the last n characters matter
            if len(texts) > limit:
                return None
        return texts

    items = list(tree)
    if not items or items[-1] != (c.AT, c.AT_END):
        return None  # not anchored at the end ("…$"): a match may stop anywhere
    got = seq(items, {(False, "")})
    if got is None or (not short_open and any(o and len(t) < n for o, t in got)):
        return None
    return frozenset(t for _, t in got)


class _Endings:
    """What the words a pattern matches end with (``_final_texts``), grouped by their last three
    letters, so that a word is tested against the few endings that share its own."""

    def __init__(self, texts: frozenset[str]) -> None:
        groups: dict[str, set[str]] = {}
        for t in texts:
            if len(t) >= 3:
                groups.setdefault(t[-3:], set()).add(t)
        self.by_last3 = {k: tuple(sorted(v)) for k, v in groups.items()}
        self.short = tuple(sorted(t for t in texts if len(t) < 3))  # ("Ms" of "Ms.?")

    def ends(self, token: str) -> bool:
        """Whether the token ends with one of the texts."""
        group = self.by_last3.get(token[-3:])
        return (group is not None and token.endswith(group)) or (bool(self.short) and token.endswith(self.short))


def _role_endings(roles: re.Pattern[str]) -> _Endings | None:
    """What every role word the pattern matches ends with, up to twelve letters (``_final_texts``:
    "minister" for "\\w+minister", "Präsident" and "Präsidentin" whole); None where it cannot tell."""
    known = _ROLE_ENDINGS.get(id(roles))
    if known is None or known[0] is not roles:
        texts = _final_texts(roles, n=12, short_open=True)
        known = _ROLE_ENDINGS[id(roles)] = (roles, _Endings(texts) if texts is not None else None)
    return known[1]


def _is_role(roles: re.Pattern[str], token: str, genitive_s: bool = True) -> bool:
    """A role word, also in the genitive ("Präsidenten", "Sprechers"; in English a final "s" makes
    a plural, a group rather than one person: "officials")."""
    if "-" in token.strip("-") and token.rsplit("-", 1)[1][:1].isupper() and not token.split("-", 1)[0].isdigit():
        token = token.rsplit("-", 1)[1]  # "Grünen-Vorsitzende", "US-Präsident"
    ends = None if token.endswith("\n") else _role_endings(roles)  # ("$" also matches before a final newline)
    # a word that ends as no role does is none: most words, told without the pattern
    return ((ends is None or ends.ends(token)) and roles.match(token) is not None) or (
        genitive_s and len(token) > 4 and token.endswith("s") and (ends is None or ends.ends(token[:-1])) and roles.match(token[:-1]) is not None)


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
