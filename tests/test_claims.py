"""Claims: figures, qualifiers, measures, subjects, places, sources and dates (issue 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storylens.claims import extract, parse_number
from storylens.ingest import RawDoc
from storylens.pipeline import analyze, analyze_docs

GOLD = json.loads((Path(__file__).parent / "gold" / "seeds_claims.json").read_text(encoding="utf-8"))
COUNTED = {"deaths", "injured", "arrests", "troops"}


@pytest.fixture(scope="module")
def seed_claims(corpus: Path) -> dict[str, list[dict]]:
    dossier = analyze([corpus / "seeds"])
    return {a: [c for c in dossier.stories[0].claims if c["article"] == a] for a in dossier.stories[0].articles}


def _matches(claim: dict, want: dict) -> bool:
    for key, value in want.items():
        if key in ("measure", "qualifier"):
            if claim[key] != value:
                return False
        elif key == "value":
            if claim["value"] != value:
                return False
        elif value not in (claim.get(key) or ""):
            return False
    return True


@pytest.mark.issue(3)
@pytest.mark.parametrize("article_id", [k for k in GOLD if not k.startswith("_")])
def test_seed_claims_found(seed_claims: dict, article_id: str) -> None:
    found = seed_claims[article_id]
    for want in GOLD[article_id]:
        assert any(_matches(c, want) for c in found), f"missing {want} in {[(c['measure'], c['value'], c['qualifier']) for c in found]}"


@pytest.mark.issue(3)
def test_seed_claims_have_no_impossible_counts(seed_claims: dict) -> None:
    for claims in seed_claims.values():
        for c in claims:
            if c["measure"] in COUNTED and c["value"] is not None:
                assert not 1900 <= c["value"] <= 2100 or c["value"] == 2000, c  # no years
                assert c["value"] != 40000, c  # the fundraising goal
                assert c["value"] != 19_000_000, c  # a population


@pytest.mark.issue(3)
def test_seed_claim_spans_are_valid(corpus: Path) -> None:
    dossier = analyze([corpus / "seeds"])
    texts = {a.id: a.text for a in dossier.articles}
    for c in dossier.stories[0].claims:
        assert texts[c["article"]][c["start"] : c["end"]] == c["text"]


def claims_of(text: str, language: str = "de", published: str | None = "2024-03-14") -> list[dict]:
    docs = [RawDoc(id="t", path="t.txt", fmt="txt", paragraphs=text.split("\n"), published=published, language=language)]
    articles, _ = analyze_docs(docs)
    return extract(articles[0]) if articles else []


def one(text: str, language: str = "de") -> dict:
    found = claims_of(text, language)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("s", "decimal_comma", "value"),
    [("8.000", True, 8000), ("2,5", True, 2.5), ("1.000.000", True, 1e6), ("8,000", False, 8000), ("2.5", False, 2.5), ("3.5", True, 3.5)],
)
def test_parse_number(s: str, decimal_comma: bool, value: float) -> None:
    assert parse_number(s, decimal_comma) == value


@pytest.mark.parametrize(
    ("sentence", "measure", "value", "qualifier"),
    [
        ("Bei dem Unglück starben nach Angaben der Polizei mindestens zwölf Menschen.", "deaths", 12, "at_least"),
        ("Fast 3.000 Menschen wurden festgenommen.", "arrests", 3000, "nearly"),
        ("Mehr als 40 Demonstranten wurden verletzt.", "injured", 40, "more_than"),
        ("Das Land schickte rund 1.500 Soldaten in die Region.", "troops", 1500, "about"),
        ("Die Regierung stellte 2,5 Millionen Euro bereit.", "money", 2_500_000, "exact"),
        ("Die Partei erhielt 23,4 Prozent der Stimmen.", "percent", 23.4, "exact"),
        ("Bis zu 800 Bewohner mussten evakuiert werden.", "evacuated", 800, "at_most"),
        ("Weniger als 50 Menschen werden noch vermisst.", "missing", 50, "less_than"),
        ("Zwei Dutzend Menschen kamen ums Leben.", "deaths", 24, "exact"),
    ],
)
def test_german_figures(sentence: str, measure: str, value: float, qualifier: str) -> None:
    c = one(sentence)
    assert (c["measure"], c["value"], c["qualifier"]) == (measure, value, qualifier)


def test_vague_amounts_are_ranges() -> None:
    c = one("Hunderte Menschen wurden verletzt.")
    assert (c["measure"], c["value"], c["qualifier"], c["low"], c["high"]) == ("injured", None, "vague", 200, 999)


def test_ranges() -> None:
    c = one("Zwischen 20 und 30 Menschen wurden festgenommen.")
    assert (c["measure"], c["low"], c["high"], c["qualifier"]) == ("arrests", 20, 30, "range")


def test_elided_noun_takes_subject_of_coordinated_figure() -> None:
    found = claims_of("Zehn Polizisten wurden getötet und 40 verletzt.")
    assert [(c["measure"], c["value"], c["subject"]) for c in found] == [("deaths", 10, "Polizisten"), ("injured", 40, "Polizisten")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Land hat rund 19 Millionen Einwohner.",
        "Der 71-jährige Mann wurde 1998 in Berlin geboren.",
        "Am 6. Januar begann der Einsatz, der bis zum 19. Januar 2022 dauerte.",
        "Lesedauer: 4 Minuten",
        "Nach Artikel 4 der Charta gilt der Bündnisfall.",
        "Sechs Flugzeuge landeten am Morgen auf dem Stützpunkt.",
        "Die Unruhen waren die schwersten seit 30 Jahren.",
        "Um 14 Uhr begann die Sitzung.",
        "Wer sich für das Angebot entscheidet, zahlt eine Grundgebühr von 5,99 Euro statt 14,99 Euro.",
        "Mitglieder erhalten bis zu zehn Prozent des Warenwerts zurück.",
        "Mit dem Tarif spart man fast 40 Euro.",
        "Das Zubehör kostet ungefähr 50 Euro.",
        "Konkurrenten haben bereits Zellen mit 400 bis 500 Wh/kg demonstriert.",
        "Die Kollaborateure Katrina Tuvera Jan Karsten (Übers.), Wagenbach 2025, 224 S., 22 €",
    ],
)
def test_not_claims(sentence: str) -> None:
    assert claims_of(sentence) == []


def test_ranges_with_the_unit_or_scale_once_or_twice() -> None:
    found = claims_of("The Orioles have made an offer between $ 140 and $ 150 million. Revenues grew 43% to 44% last year.", language="en")
    assert [(c["low"], c["high"]) for c in found] == [(140_000_000, 150_000_000), (43, 44)]
    assert [(c["low"], c["high"]) for c in claims_of("Er zahlte zwischen 140 und 150 Millionen Euro.")] == [(140_000_000, 150_000_000)]
    assert claims_of("This means they will be missing two of their best players.", language="en") == []
    assert claims_of("My older brother died at age 44 of HIV - related illness.", language="en") == []
    for sentence in ("Sadly, the mother of two died from injuries she sustained in the crash.",
                     "Esther Williams has died peacefully in her sleep aged 91.",
                     "Maybe it could festoon the 100,000 pounds of cheese the dairy put up."):
        assert claims_of(sentence, language="en") == [], sentence
    found = claims_of("Kapo AG 1/2 Ein Mann wurde vorläufig festgenommen.")
    assert [(c["measure"], c["value"]) for c in found] == [("arrests", 1)]  # the man; the picture's "1/2" counts nothing
    assert claims_of("It also has a new price point that's $100 cheaper than its predecessor.", language="en") == []
    found = claims_of("Foreign direct investment grew close to 15% to $26 billion in the first half.", language="en")
    assert [(c["measure"], c["value"]) for c in found] == [("percent", 15), ("money", 26_000_000_000)]


def test_english_protest_verbs() -> None:
    found = claims_of("Police said as many as 20, 000 people took to the streets of Athens.", language="en")
    assert [(c["measure"], c["value"], c["qualifier"]) for c in found] == [("protesters", 20000, "at_most")]


def test_rallies_in_sports_count_no_crowd() -> None:
    assert claims_of("The Chiefs had rallied behind Charles to tie the game 13 - 13 heading into the break.", language="en") == []
    assert [c["measure"] for c in claims_of("Tausende sind am Montag in Tiflis auf die Straße gegangen.")] == ["protesters"]


def test_lost_soldiers_are_deaths() -> None:
    found = claims_of("Israel has so far lost seven soldiers and four civilians in the conflict. The team lost 3 games.", language="en")
    assert [(c["measure"], c["value"]) for c in found] == [("deaths", 7), ("deaths", 4)]


def test_scale_word_in_a_compound() -> None:
    assert one("IBM's $ 54 billion-per-year Global Services arm will feel the heat.", language="en")["value"] == 54_000_000_000


def test_part_of_a_group_counted_by_the_verb() -> None:
    found = claims_of("A tank fired on a building used by Israeli troops, killing four of them, on Monday.", language="en")
    assert [(c["measure"], c["value"]) for c in found] == [("deaths", 4)]


def test_prices_in_the_news_stay_claims() -> None:
    # a drug's list price is a figure outlets compare; a deal's price in cents is not
    assert one("In den USA liegt der Listenpreis für die Behandlung bei über 1000 Euro.")["value"] == 1000
    assert one("Beide Clubs müssen ein Strafgeld von je 50.000 Euro zahlen.")["measure"] == "money"


def test_attribution_forms() -> None:
    assert one("Laut Innenministerium wurden 300 Menschen festgenommen.")["attributed_to"] == "Innenministerium"
    assert one("Der Agentur Reuters zufolge starben 20 Menschen.")["attributed_to"] == "Agentur Reuters"
    assert one("Es gab 20 Tote, so die Polizei.")["attributed_to"] == "Polizei"
    assert one("Der Minister sagte, es seien 20 Soldaten getötet worden.")["attributed_to"] == "Minister"
    assert one("Nach Behördenangaben wurden 500 Menschen evakuiert.")["attributed_to"] == "Behörden"


def test_source_carries_over_with_demnach() -> None:
    found = claims_of("Nach Angaben der Polizei starben zehn Menschen. Mehr als 200 wurden demnach verletzt.")
    assert [c["attributed_to"] for c in found] == ["Polizei", "Polizei"]


def test_location_and_scope() -> None:
    assert one("In Talstadt wurden 40 Menschen festgenommen.")["location"] == "Talstadt"
    assert one("Landesweit gab es 1000 Verletzte.")["location"] == "Landesweit"


def test_as_of_from_sentence_date() -> None:
    c = one("Am Montag wurden 40 Menschen festgenommen.")  # published Thursday 2024-03-14
    assert (c["as_of"], c["as_of_text"]) == ("2024-03-11", "Montag")
    c = one("Am 6. Januar wurden 40 Menschen festgenommen.")
    assert c["as_of"] == "2024-01-06"


def test_headline_figure_merges_with_qualified_one() -> None:
    found = claims_of("Über 100 Tote bei Unruhen\nEs gab mehr als 100 Tote, sagte ein Sprecher.")
    assert [(c["measure"], c["value"], c["qualifier"], c["mentions"]) for c in found] == [("deaths", 100, "more_than", 2)]


@pytest.mark.parametrize(
    ("sentence", "measure", "value", "qualifier", "source"),
    [
        ("At least 12 people were killed, police said.", "deaths", 12, "at_least", "police"),
        ("Nearly 3,000 protesters were arrested, according to the interior ministry.", "arrests", 3000, "nearly", "interior ministry"),
        ("The government sent about 1,500 troops.", "troops", 1500, "about", None),
        ("More than 40 people were injured.", "injured", 40, "more_than", None),
    ],
)
def test_english_figures(sentence: str, measure: str, value: float, qualifier: str, source: str | None) -> None:
    c = one(sentence, "en")
    assert (c["measure"], c["value"], c["qualifier"], c["attributed_to"]) == (measure, value, qualifier, source)


def test_english_subject() -> None:
    c = one("Ten police officers were killed.", "en")
    assert (c["measure"], c["value"], c["subject"]) == ("deaths", 10, "police")


@pytest.mark.issue(3)
def test_qualifier_before_a_currency_sign() -> None:
    from storylens.claims import extract
    from storylens.ingest import RawDoc
    from storylens.pipeline import prepare

    (a,) = prepare([RawDoc(id="t", path="t.txt", fmt="txt", language="en", paragraphs=["The trial has already cost more than $ 2 million, officials said."])])
    (c,) = [c for c in extract(a) if c["measure"] == "money"]
    assert (c["value"], c["qualifier"]) == (2_000_000, "more_than")


@pytest.mark.issue(3)
def test_figures_in_an_indirect_question_are_not_claims() -> None:
    from storylens.claims import extract
    from storylens.ingest import RawDoc
    from storylens.pipeline import prepare

    text = "Dabei ist es egal, ob ein Bild fünfhundert, zehn- oder hunderttausende Euro kostet. Die Galerie verkaufte Bilder für 2 Millionen Euro."
    (a,) = prepare([RawDoc(id="t", path="t.txt", fmt="txt", language="de", paragraphs=[text])])
    assert [(c["measure"], c["value"]) for c in extract(a)] == [("money", 2_000_000)]


@pytest.mark.issue(3)
def test_both_counts_of_a_vote_result_share_the_noun() -> None:
    found = [(c["measure"], c["value"]) for c in claims_of("Mit 120 zu 3 Stimmen nahm der Parteitag den Antrag an.")]
    assert found == [("votes", 120.0), ("votes", 3.0)]


@pytest.mark.issue(3)
def test_people_are_counted_in_whole_numbers_and_english_sources_are_noun_phrases() -> None:
    assert [c["value"] for c in claims_of("A 6.1 magnitude quake killed 4 people on Sunday.", "en") if c["measure"] == "deaths"] == [4.0]
    found = claims_of("Another two people are also reported dead, according to officials in Aceh.", "en")
    assert [(c["value"], c["attributed_to"]) for c in found] == [(2.0, "officials")]
    found = claims_of("At least 40 people were injured, according to some 62 percent of respondents.", "en")
    assert [c["attributed_to"] for c in found if c["measure"] == "injured"] == [None]


@pytest.mark.issue(3)
def test_the_object_of_an_ing_verb_and_gut_as_a_little_more() -> None:
    found = [(c["measure"], c["value"]) for c in claims_of("A man suspected of shooting three people was arrested. Troops opened fire, killing 12 people.", "en")]
    assert found == [("deaths", 12.0)]
    assert [(c["value"], c["qualifier"]) for c in claims_of("Von den Verletzten lagen gut 80 Verletzte noch im Krankenhaus.")] == [(80.0, "more_than")]


@pytest.mark.issue(3)
def test_english_lives_and_demonyms_counted_by_their_verb() -> None:
    found = [(c["measure"], c["value"], c["qualifier"]) for c in claims_of(
        "The conflict has taken more than 600 lives. A shelling killed more than 100 Lebanese in the village.", "en")]
    assert found == [("deaths", 600.0, "more_than"), ("deaths", 100.0, "more_than")]


@pytest.mark.issue(3)
def test_scores_times_calibres_and_bystanders_are_no_counts() -> None:
    text = ("The safety was injured during the 13-10 overtime loss last Sunday. Williams was arrested around 1 : 30 a. m. on Route 9. "
            "A girl was killed by a .45 - caliber bullet. Three cousins who had taken refuge with hundreds of other people were killed.")
    assert [(c["measure"], c["value"]) for c in claims_of(text, "en")] == []


@pytest.mark.issue(3)
def test_the_verb_of_a_numbers_own_part_and_a_number_at_the_end() -> None:
    found = [(c["measure"], c["value"]) for c in claims_of("Five people died and seven were injured. The quake killed 10 people and injured 80.", "en")]
    assert found == [("deaths", 5.0), ("injured", 7.0), ("deaths", 10.0), ("injured", 80.0)]


@pytest.mark.issue(3)
def test_increments_ranges_and_money_without_a_currency() -> None:
    found = claims_of("Am Dienstag wurden drei weitere Leichen geborgen. Der Boxer kassiert mehr als 100 Millionen für den Kampf. "
                      "Die Tickets kosten zwischen etwa 200 und 300 Euro.")
    assert [(c["measure"], c["value"], c["low"], c["high"], c["qualifier"], c["increment"]) for c in found] == [
        ("deaths", 3.0, 3.0, 3.0, "exact", True),
        ("money", 100_000_000.0, 100_000_000.0, None, "more_than", False),
        ("money", None, 200.0, 300.0, "range", False),
    ]


@pytest.mark.issue(3)
def test_scopes_and_nouns_that_have_their_own_number() -> None:
    found = claims_of("On Saturday, more than a dozen people were killed by a quake in eastern China. "
                      "A tsunami killed 230, 000 people in 13 countries in 2004.", "en")
    assert [(c["value"], c["location"], c["as_of"]) for c in found] == [(12.0, "China", "2024-03-09"), (230_000.0, "13 countries", "2004")]
    found = claims_of("Nach der Auszählung von 90 Prozent der Stimmen kam der Likud auf 36 der 120 Sitze.")
    assert [(c["measure"], c["value"]) for c in found] == [("percent", 90.0), ("seats", 36.0), ("seats", 120.0)]  # (no votes)


@pytest.mark.issue(4)
def test_recovered_bodies_mark_a_lower_bound() -> None:
    (c,) = claims_of("Am Dienstagmorgen wurden drei Surfer tot aus der Nordsee geborgen.")
    assert (c["measure"], c["value"], c["lower_bound"]) == ("deaths", 3.0, True)


@pytest.mark.issue(3)
def test_parts_of_a_toll_coordinated_verbs_negative_rates_and_counted_things() -> None:
    got = {(c["measure"], c["value"], c["subject"]) for c in claims_of(
        "Bei Angriffen sind mindestens 18 Menschen ums Leben gekommen, darunter acht Kinder. "
        "In einem Dorf sind ein Mann erschossen und drei weitere mittelschwer verletzt worden. "
        "In der Nacht seien bei zwei weiteren Angriffen neun Menschen getötet worden. "
        "In den ersten sechs Monaten wurden sieben Dorfbewohner getötet. "
        "Die Wirtschaftsleistung wurde auf -0,5 Prozent gekürzt, nach 10-20 Prozent im Vorjahr.")}
    assert ("deaths", 8, "Kinder") in got and ("injured", 3, None) in got
    assert ("deaths", 2, "Angriffen") not in got and not any(v == 6 for _, v, _ in got)
    assert ("percent", -0.5, None) in got and not any(v is not None and v < 0 and m != "percent" for m, v, _ in got)


@pytest.mark.issue(3)
def test_scaled_amounts_are_exact() -> None:
    assert [c["value"] for c in claims_of("Die Einfuhren verringerten sich auf 273,1 Milliarden Euro.")] == [273_100_000_000]


@pytest.mark.issue(4)
def test_capacities_are_no_counts() -> None:
    assert claims_of("The warehouse holds enough supplies for 15, 000 refugees.", language="en") == []
    assert [c["value"] for c in claims_of("Yida is home to more than 22, 000 refugees.", language="en")] == [22000]
    assert claims_of("Das Lazarett bietet Platz für 2000 Verletzte.") == []


@pytest.mark.issue(3)
def test_retail_prices_are_no_money_claims() -> None:
    assert claims_of("Billigshops locken mit Sneakern für 7,40 Euro und Kopfhörern für 3,87 Euro.") == []
    assert [c["value"] for c in claims_of("Der Verband verhängte eine Vertragsstrafe in Höhe von 5100 Euro.")] == [5100]


@pytest.mark.issue(3)
def test_an_attributive_participle_describes_its_own_noun() -> None:
    docs = [RawDoc(id="p", path="p.txt", fmt="txt", paragraphs=[
        "Im Jahr 2020 kam heraus, dass ein inzwischen gestorbener Arzt mindestens 17 Kinder gezeugt hatte.",
        "Am Ende des Krieges ermordete ein Kommando in einer Schule 20 Kinder.",
        "Bei dem Anschlag wurden 16 getötete Soldaten geborgen.",
    ], language="de", published="2024-04-30")]
    (article,), _ = analyze_docs(docs)
    assert sorted((c["measure"], c["value"]) for c in extract(article)) == [("deaths", 16), ("deaths", 20)]


@pytest.mark.issue(3)
def test_prices_are_no_claims_but_wages_are() -> None:
    assert claims_of("Das Ticket kostet für nur 31 Euro im Abo. Studenten zahlen etwa 25 Euro monatlich.") == []
    found = [(c["measure"], c["value"], c["qualifier"]) for c in claims_of("Der Mindestlohn beträgt nicht einmal 0,20 US-Dollar pro Monat.")]
    assert found == [("money", 0.2, "less_than")]
    found = [(c["measure"], c["value"]) for c in claims_of("Mehr als 5000 Menschen folgten dem Aufruf der Gewerkschaft.")]
    assert found == [("protesters", 5000)]


@pytest.mark.issue(3)
def test_a_qualifier_before_the_article_of_a_figure() -> None:
    """"etwa eine halbe Million Euro": the qualifier stands before the article, not right before the figure."""
    found = claims_of("Die Stadt zahlte im Jahr 2019 etwa eine halbe Million Euro mehr für Schulen als zuvor.")
    assert [(c["measure"], c["value"], c["qualifier"]) for c in found] == [("money", 500000, "about")], found


@pytest.mark.issue(3)
def test_a_proportion_counts_nobody() -> None:
    """"drei von fünf Kindern", "one in four drivers": a share, not a count of the injured."""
    assert claims_of("Drei von fünf Kindern wurden bei den Unfällen im Winter verletzt.") == []
    assert claims_of("One in four drivers was injured on the icy roads last winter.", language="en") == []
    found = [(c["measure"], c["value"]) for c in claims_of("Bei dem Sturm wurden 14 Menschen verletzt.")]
    assert found == [("injured", 14)]


@pytest.mark.issue(3)
def test_an_estimated_amount_is_about() -> None:
    found = claims_of("Die Zulage beträgt im Schnitt geschätzte 12.000 Euro pro Kopf.")
    assert [(c["measure"], c["value"], c["qualifier"]) for c in found] == [("money", 12000, "about")], found


@pytest.mark.issue(3)
def test_a_sum_whose_currency_was_named_before_in_the_sentence() -> None:
    """"42 Mio. Euro …, von denen 15,5 Mio. für …": the second sum is in euros too."""
    found = claims_of("Durch den Plan könnten 42 Mio. Euro frei werden, von denen 15,5 Mio. für Schulen eingesetzt würden.")
    assert [(c["measure"], c["value"]) for c in found] == [("money", 42_000_000), ("money", 15_500_000)], found


@pytest.mark.issue(3)
def test_older_and_asian_currencies_and_falling_victim() -> None:
    found = claims_of("Der Umsatz werde um acht Prozent auf 53 Milliarden Mark klettern, der Gewinn auf 12 Milliarden Yen.")
    assert [(c["measure"], c["value"]) for c in found] == [("percent", 8), ("money", 53e9), ("money", 12e9)], found
    found = claims_of("Bei den Unruhen, denen in drei Jahren 8000 Menschen zum Opfer fielen, griff die Armee ein.")
    assert [(c["measure"], c["value"]) for c in found] == [("deaths", 8000)], found


@pytest.mark.issue(3)
def test_massacred_counts_deaths() -> None:
    found = claims_of("Der Täter hatte vor zwei Jahren 31 wehrlose Dorfbewohner niedergemetzelt.")
    assert [(c["measure"], c["value"]) for c in found] == [("deaths", 31)], found


@pytest.mark.issue(3)
def test_a_gathering_at_a_protest_counts_protesters_and_metres_count_nobody() -> None:
    """"hatten sich zu der Demonstration versammelt" counts protesters (a mourning crowd does not);
    "zwei Metern" (dative) is a distance, as "zwei Meter" is."""
    found = claims_of("Rund 1.200 Menschen hatten sich zu der nicht angemeldeten Demonstration auf dem Platz versammelt.")
    assert [(c["measure"], c["value"], c["qualifier"]) for c in found] == [("protesters", 1200, "about")], found
    assert claims_of("Rund 300 Menschen versammelten sich zur Trauerfeier in der Kirche.") == []
    assert claims_of("Viele Demonstranten hielten den Abstand von 1,5 bis zwei Metern nicht ein.") == []


@pytest.mark.issue(3)
def test_english_people_who_were_marching_count_protesters() -> None:
    found = claims_of("On Monday a group of about 130 people were marching toward the station.", language="en")
    assert [(c["measure"], c["value"], c["qualifier"]) for c in found] == [("protesters", 130, "about")], found


@pytest.mark.issue(3)
def test_english_fatal_shootings_executions_and_people_living_in_camps() -> None:
    """"fatally shot eight people", "executed two of them … and wounded a third" count deaths;
    "thousands … living in tents", "14,000 people flooded into camps" count the displaced."""
    found = claims_of("Weeks earlier a driver fatally shot eight people, then himself.", language="en")
    assert [(c["measure"], c["value"]) for c in found] == [("deaths", 8)], found
    found = claims_of("She found her foes in a break room and executed two of them and critically wounded a third, police said.", language="en")
    assert [(c["measure"], c["value"]) for c in found] == [("deaths", 2)], found
    found = claims_of("Around 14,000 people flooded into camps on high ground after the alert.", language="en")
    assert [(c["measure"], c["value"], c["qualifier"]) for c in found] == [("displaced", 14000, "about")], found
    found = claims_of("In the region thousands of people have been living in tents since the quakes.", language="en")
    assert [(c["measure"], c["qualifier"]) for c in found] == [("displaced", "vague")], found


@pytest.mark.issue(3)
def test_english_killers_are_not_counted_as_dead() -> None:
    """"Two officers fatally shot 16-year-old X", "shot dead by two officers", "Two gunmen killed three
    people": the number counts who did it; the dead are the object ("three people")."""
    assert claims_of("Two plainclothes police officers fatally shot 16 - year - old Kim Gray on Saturday.", language="en") == []
    assert claims_of("Kim Gray, 16, was shot dead by two plainclothes officers over the weekend.", language="en") == []
    found = claims_of("Two gunmen killed three people on Sunday.", language="en")
    assert [(c["measure"], c["value"]) for c in found] == [("deaths", 3)], found
    found = claims_of("Three people were killed by the blast.", language="en")
    assert [(c["measure"], c["value"]) for c in found] == [("deaths", 3)], found


@pytest.mark.issue(3)
def test_english_tens_of_thousands_burnt_to_death_and_reports_that() -> None:
    """"Tens of thousands" is a range of its own (not "thousands"), measured by the verb after it;
    "burnt to death" counts deaths; "X reports that …" is a cue, "unfounded reports that …" none."""
    found = claims_of("Three people died in a bank as tens of thousands of protesters took to the streets of the capital.", language="en")
    assert [(c["measure"], c["low"], c["high"]) for c in found] == [("deaths", 3, 3), ("protesters", 20000, 99999)], found
    found = claims_of("The station reports that the 3 bank employees were burnt to death.", language="en")
    assert [(c["measure"], c["value"]) for c in found] == [("deaths", 3)], found


def test_a_second_figure_with_more_and_no_noun_counts_what_the_verb_counts() -> None:
    got = [(c["measure"], c["value"], c["low"], c["high"]) for c in claims_of("The storm killed 300 people in the north and hundreds more in the south.", "en")]
    assert got == [("deaths", 300, 300, 300), ("deaths", None, 200, 999)]
    assert claims_of("Violence spread from the capital to more than a dozen other cities, police said.", "en") == []


@pytest.mark.parametrize(("text", "language"), [("Police found the bodies of two women inside the apartment.", "en"),
                                                ("Die Polizei fand die Leichen von zwei Frauen in der Wohnung.", "de")])
def test_bodies_of_people_are_deaths(text: str, language: str) -> None:
    c = one(text, language)
    assert (c["measure"], c["value"]) == ("deaths", 2)


@pytest.mark.parametrize(("text", "language"), [("Die günstigste Version des Tablets kostet 550 Euro.", "de"),
                                                ("Die Modelle mit mehr Speicher beginnen bei 600 Euro.", "de"),
                                                ("The new laptop starts at $1,199 in the United States.", "en")])
def test_what_a_thing_costs_is_a_price_not_a_claim(text: str, language: str) -> None:
    assert claims_of(text, language) == []


def test_large_costs_stay_claims() -> None:
    c = one("Der Bau des Tunnels kostet 550 Millionen Euro.")
    assert (c["measure"], c["value"]) == ("money", 550_000_000)


@pytest.mark.parametrize(("text", "language"), [("The gunman killed 12 and wounded 30 before police arrived.", "en"),
                                                ("The blast killed 12 people and wounded 30 others.", "en"),
                                                ("Der Anschlag tötete 12 Menschen und verletzte 30 weitere.", "de"),
                                                ("Der Attentäter tötete 12 und verletzte 30.", "de")])
def test_killed_and_wounded_each_count_their_own(text: str, language: str) -> None:
    assert [(c["measure"], c["value"]) for c in claims_of(text, language)] == [("deaths", 12), ("injured", 30)]


def test_german_killers_before_an_active_verb_are_not_the_dead() -> None:
    assert [(c["measure"], c["value"]) for c in claims_of("Zwei Täter töteten am Montag drei Menschen in Berlin.")] == [("deaths", 3)]


@pytest.mark.parametrize(("text", "language", "value", "qualifier"), [
    ("Fast eine Million Euro sind für dieses Jahr für die Straßen vorgesehen.", "de", 1_000_000, "nearly"),
    ("Der Konzern erhält eine Milliarde Dollar.", "de", 1_000_000_000, "exact"),
    ("The fire did an estimated one million dollars in damage.", "en", 1_000_000, "about"),
    ("The city will spend a billion dollars on its schools.", "en", 1_000_000_000, "exact")])
def test_a_scale_word_after_an_article_counts_one(text: str, language: str, value: int, qualifier: str) -> None:
    c = one(text, language)
    assert (c["measure"], c["value"], c["qualifier"]) == ("money", value, qualifier)


def test_a_spaced_hyphen_ends_the_clause_of_a_german_measure_verb() -> None:
    # "stirbt" belongs to the clause before the dash: the three children are not counted as dead
    text = "Eine Mutter stirbt an der Unfallstelle - jetzt gibt es auch Gewissheit über den Zustand der drei Kinder."
    assert claims_of(text) == []


@pytest.mark.parametrize(("text", "language"), [("Drei junge Männer - alle Cousins - starben bei dem Angriff.", "de"),
                                                ("Drei junge Männer – alle Cousins – starben bei dem Angriff.", "de"),
                                                ("Hours earlier, three young men – all cousins – died in the strike.", "en")])
def test_the_clause_runs_past_an_aside_between_two_dashes(text: str, language: str) -> None:
    c = one(text, language)
    assert (c["measure"], c["value"]) == ("deaths", 3)


def test_sterben_counts_deaths() -> None:
    found = claims_of("Bei dem Unfall sterben eine Frau und zwei Kinder.")
    assert [(c["measure"], c["value"]) for c in found] == [("deaths", 1), ("deaths", 2)]  # the woman and the children


@pytest.mark.parametrize(("text", "low", "high"), [("Die Firma zahlte Hunderte Millionen Euro an die Aktionäre.", 200_000_000, 999_000_000),
                                                   ("Der Staat verlor Tausende Milliarden Dollar.", 2_000_000_000_000, 9_999_000_000_000)])
def test_a_vague_count_before_a_scale_word_scales(text: str, low: int, high: int) -> None:
    c = one(text)
    assert (c["measure"], c["qualifier"], c["low"], c["high"]) == ("money", "vague", low, high)


def test_a_currency_written_small_is_still_the_noun() -> None:
    c = one("Die drei Hersteller kommen zusammen auf knapp 156 Milliarden euros.")
    assert (c["measure"], c["value"], c["qualifier"]) == ("money", 156_000_000_000, "nearly")


@pytest.mark.parametrize(("text", "language", "found"), [
    ('Er sei mit dem Vorschlag "einhundert Prozent" einverstanden gewesen, sagte Bach.', "de", []),
    ("The group calls for a pay hike of “at least 5 percent” for all staff.", "en", [("percent", 5, "at_least")])])
def test_a_spelt_out_figure_in_marks_is_a_phrase_one_in_digits_a_figure(text: str, language: str, found: list) -> None:
    assert [(c["measure"], c["value"], c["qualifier"]) for c in claims_of(text, language)] == found


@pytest.mark.parametrize(("text", "value"), [("Der Verein erhielt insgesamt 949 655,16 Euro aus der Kasse der Stadt.", 949_655.16),
                                              ("Die Gemeinde gab 12 300,5 Euro für die Feier aus.", 12_300.5)])
def test_a_sum_grouped_by_spaces_keeps_its_decimals(text: str, value: float) -> None:
    c = one(text)
    assert (c["measure"], c["value"], c["qualifier"]) == ("money", value, "exact")


@pytest.mark.parametrize(("text", "measure", "low", "high"), [
    ("Die Zuschüsse lagen zwischen 935,89 und den bereits genannten 150 602,84 Euro.", "money", 935.89, 150_602.84),
    ("Between 20 and the reported 35 percent of voters stayed home.", "percent", 20, 35)])
def test_small_words_between_und_and_the_second_number_keep_a_range(text: str, measure: str, low: float, high: float) -> None:
    c = one(text, "en" if text.startswith("Between") else "de")
    assert (c["measure"], c["qualifier"], c["low"], c["high"]) == (measure, "range", low, high)


def test_sicher_gebracht_counts_the_evacuated() -> None:
    c = one("Rund 45.000 Menschen wurden bereits sicher gebracht.")
    assert (c["measure"], c["value"], c["qualifier"]) == ("evacuated", 45_000, "about")


@pytest.mark.parametrize(("text", "language", "found"), [
    ("Local news reported that two of the three victims died.", "en", [("deaths", 2)]),
    ("Zwei der drei Opfer starben im Krankenhaus.", "de", [("deaths", 2)]),
    # the whole keeps its own measure where a participle or a measure noun gives it one
    ("Three of the four soldiers killed by friendly fire died in the blast.", "en", [("deaths", 3), ("deaths", 4)]),
    ("Police said 30 of the 80 wounded were children.", "en", [("injured", 80)])])
def test_the_whole_a_part_is_taken_from_is_not_what_the_verb_counts(text: str, language: str, found: list) -> None:
    assert sorted((c["measure"], c["value"]) for c in claims_of(text, language)) == found


def test_one_counts_after_a_verb_of_killing() -> None:
    found = claims_of("A gunman shot three people at an office, killing one, police said.", "en")
    assert [(c["measure"], c["value"], c["qualifier"]) for c in found] == [("deaths", 1, "exact")]


@pytest.mark.parametrize(("text", "language", "found"), [
    ("A car bomb killed one soldier near the border on Monday.", "en", [("deaths", 1, "soldier")]),
    ("One victim died in the hospital, the mayor said.", "en", [("deaths", 1, "victim")]),
    ("Officers said one person had been arrested after the march.", "en", [("arrests", 1, None)]),
    ("The storm killed at least one resident of the island.", "en", [("deaths", 1, "resident")]),
    ("Bei dem Unfall wurde ein junger Mann schwer verletzt.", "de", [("injured", 1, "Mann")]),
    ("Ein Polizist starb am Abend im Krankenhaus.", "de", [("deaths", 1, "Polizist")]),
    ("In der Nacht wurde eine Person festgenommen.", "de", [("arrests", 1, None)]),
    # none: "no one", one of a crowd or a force, an adjective before another noun
    ("No one was injured, but several people, including two children, were inside.", "en", []),
    ("During the unrest, one protester threw a stone at the police.", "en", []),
    ("Vor dem Rathaus wacht ein Soldat mit roter Mütze.", "de", []),
    ("Auf dem Bild ist ein getöteter Drache zu sehen.", "de", [])])
def test_a_word_for_one_before_a_counted_noun_counts_one(text: str, language: str, found: list) -> None:
    assert [(c["measure"], c["value"], c["subject"]) for c in claims_of(text, language)] == found


def test_as_of_a_month_and_never_a_date_counted_from() -> None:
    c = claims_of("Im Januar starben bei Unruhen zwölf Menschen.")[0]  # published 2024-03-14
    assert (c["as_of"], c["as_of_text"]) == ("2024-01", "Im Januar")
    c = claims_of("In early January, a gunman shot and wounded three people.", "en")[0]
    assert (c["as_of"], c["as_of_text"]) == ("2024-01", "early January")
    # the report's own month: its day says more
    assert claims_of("Im März wurden 40 Menschen festgenommen.")[0]["as_of"] == "2024-03-14"
    # counted since a date: as of the report
    assert claims_of("Seit dem 2. März wurden 400 Menschen festgenommen.")[0]["as_of"] == "2024-03-14"
    assert claims_of("Seit Anfang Februar wurden 400 Menschen festgenommen.")[0]["as_of"] == "2024-03-14"
    assert claims_of("Bei den schwersten Kämpfen seit dem Ende des Krieges vor 20 Jahren starben 80 Menschen.")[0]["as_of"] == "2024-03-14"
    # a month or year the finder cannot place, opening the sentence: a time of its own, left open
    c = claims_of("In early March, a gunman shot and wounded three people.", "en", published=None)[0]
    assert (c["as_of"], c["as_of_text"]) == (None, "early March")
    assert claims_of("Bei den Kämpfen vor 20 Jahren starben 80 Menschen.", published=None)[0]["as_of_text"] is None


def test_a_capitalised_compass_word_is_part_of_the_place() -> None:
    assert one("Fighting in South Sudan killed 40 people.", "en")["location"] == "South Sudan"
    assert one("In neighbouring Central Aceh district, 10 people were killed.", "en")["location"] == "Central Aceh"
    assert one("In Eastern China, floods killed 40 people.", "en")["location"] == "Eastern China"
    assert one("Floods in eastern China killed 40 people.", "en")["location"] == "China"


def test_a_year_after_died_is_no_toll() -> None:
    assert claims_of("Der Ritter starb 1399.") == []
    assert claims_of("The knight died 1399 in York.", "en") == []
    assert [c["value"] for c in claims_of("Bei dem Brand starben 1399 Menschen.")] == [1399]


def test_a_measure_word_after_reported_is_no_source() -> None:
    assert one("Dozens have been reported injured.", "en")["attributed_to"] is None
    assert one("At least 50 reported injured and buildings destroyed after a strong quake.", "en")["attributed_to"] is None
    assert one("At least 50 people were injured, police reported.", "en")["attributed_to"] == "police"


def test_english_sources_are_noun_phrases() -> None:
    # a verb and its object, a preposition after the cue, a manner: no source
    assert one("The police source said the men drove a large car into the store and grabbed watches worth an estimated €2 million.", "en")["attributed_to"] == "police source"
    assert one("They offered at least $ 160 million, matching or exceeding the highest offer so far reported for the player.", "en")["attributed_to"] is None
    assert one("At least one crew member was killed in the attack, which the navy announced by saying it had sunk a ship.", "en")["attributed_to"] is None
    # the agent of a passive cue is
    assert one("The offer is less than the $184 million reported by sportscaster Mike Lynch.", "en")["attributed_to"] == "sportscaster Mike Lynch"


def test_sources_are_no_days_numbers_or_clauses() -> None:
    from storylens.claims import _clean_source
    from storylens.lang import get_pack

    en = get_pack("en").figures
    assert en is not None
    assert _clean_source("Wednesday", en, "") is None and _clean_source("four people", en, "") is None  # "announced Wednesday that …"
    assert _clean_source("the interior ministry", en, "") == "interior ministry"
    assert one("Vier Demonstranten wurden den Angaben zufolge verletzt.")["attributed_to"] is None
    assert claims_of("Nachdem die Stadtpolizei zuerst nur drei Verletzte meldete, wurde die Zahl korrigiert.")[0]["attributed_to"] == "Stadtpolizei"
    # only small words stand between a source and its verb: the whole office speaks
    assert one("Die Exporte sanken um 7,9 Prozent, wie das Statistische Landesamt in Kiel mitteilte.")["attributed_to"] == "Statistische Landesamt"


def test_an_accounts_owner_is_the_source_in_the_nominative() -> None:
    found = one("Im Küstengebiet wurden laut Angaben des von der Miliz kontrollierten Gesundheitsministeriums rund 3 664 Menschen getötet.")
    assert found["attributed_to"] == "Gesundheitsministerium"
    assert one("Nach Angaben des Innenministeriums starben 30 Menschen.")["attributed_to"] == "Innenministerium"
    assert one("Der von der Miliz kontrollierte Zivilschutz teilte mit, es seien drei Kinder ums Leben gekommen.")["attributed_to"] == "Zivilschutz"
    assert one("Nach Angaben des Roten Kreuzes starben 30 Menschen.")["attributed_to"] == "Roten Kreuzes"  # (an adjective: left as written)


def test_a_number_inside_a_word_or_fraction_is_no_count() -> None:
    # mojibake split by a normalisation ("MÃ1⁄4nchner" once "Münchner") left "4nchner Marienplatz" as four protesters
    assert claims_of("Auf dem Platz hatten 1⁄4nchner Bürger demonstriert.") == []


def test_several_hundred_is_a_range() -> None:
    found = one("Mehrere Hundert Demonstranten zogen durch die Stadt.")
    assert (found["measure"], found["value"], found["low"], found["high"]) == ("protesters", None, 200, 999)
    found = one("The study covered several hundred deaths in the region.", "en")
    assert (found["measure"], found["value"], found["low"], found["high"]) == ("deaths", None, 200, 999)
    assert one("Turnout was below 36 percent.", "en")["qualifier"] == "less_than"


def test_a_country_ends_a_place_name() -> None:
    # a headline run into the next one, or a dateline: the next capitalised word is not the country's
    assert one("The storm moved on. Heavy rain kills 7 children in Chad Heavy rain hits the capital.", "en")["location"] == "Chad"
    assert one("Floods killed 12 people in Mexico City on Monday.", "en")["location"] == "Mexico City"


def test_a_figure_without_subject_is_the_one_with_it() -> None:
    found = claims_of("Three civilians were killed in an air raid on Monday. Three were killed and four wounded, a spokesman said.", "en")
    assert sorted((c["measure"], c["value"], c["subject"]) for c in found) == [("deaths", 3, "civilians"), ("injured", 4, None)]


def test_a_clause_after_said_is_no_source() -> None:
    # (the cue's subject is too long a phrase to be read as a source here; what follows "said" is the clause's subject)
    found = claims_of("In a statement on Friday the regional police commander of the northern brigade said the first group of five men were arrested near the border.", "en")
    assert [(c["measure"], c["value"], c["attributed_to"]) for c in found] == [("arrests", 5, None)]


def test_a_figure_inside_a_quote_is_the_speakers() -> None:
    from storylens.claims import attribute_to_quotes
    from storylens.quotes import extract as extract_quotes

    docs = [RawDoc(id="t", path="t.txt", fmt="txt", language="de", published="2024-03-14", paragraphs=[
        "Bei Krawallen in einem Gefängnis sind mindestens 16 Menschen getötet worden, wie die örtlichen Behörden mitteilten. "
        "Zwölf Insassen seien dabei ums Leben gekommen. Ein Sprecher sagte, es seien 40 Wärter verletzt worden."]),
        RawDoc(id="u", path="u.txt", fmt="txt", language="en", published="2024-03-14", paragraphs=[
            "The vote is due on Thursday. \"Three were killed in an air raid on the town,\" Amin Haddad, spokesman for the government, told AFP."])]
    articles, _ = analyze_docs(docs)
    sources = {}
    for a in articles:
        found = extract(a)
        attribute_to_quotes(a, found, extract_quotes(a))
        sources.update({c["value"]: c["attributed_to"] for c in found})
    # (a figure with its own source keeps it, as written)
    assert sources == {16: "örtlichen Behörden", 12: "örtliche Behörden", 40: "Sprecher", 3: "Amin Haddad"}


def test_an_age_after_the_age_of_is_no_toll() -> None:
    assert claims_of("The former commissioner died on Monday at the age of 81, the league announced.", "en") == []
    assert claims_of("Ein früherer Kommissar ist am Montag im Alter von 81 gestorben.") == []


def test_headline_verbs_in_the_present() -> None:
    found = claims_of("The storm moved on. Flood kills 9 villagers in Chad. Police detains 12 protesters in Lagos.", "en")
    assert [(c["measure"], c["value"]) for c in found] == [("deaths", 9), ("arrests", 12)]
    assert claims_of("He said: If anything kills over 10 million people in the next decades, it is a virus.", "en") == []


def test_compound_measure_nouns() -> None:
    found = claims_of("Im Land gab es bislang mehr als 108 000 Todesfälle und 2.770 Verkehrstote; rund 500 Bundeswehrsoldaten halfen.")
    assert [(c["measure"], c["value"], c["qualifier"]) for c in found] == [("deaths", 108000, "more_than"), ("deaths", 2770, "exact"), ("troops", 500, "about")]


def test_a_unit_after_in_is_no_place() -> None:
    assert one("Die Umfrage nennt Angaben in Prozent und der Wunsch nach mehr Sport liegt bei 52 Prozent der Befragten.")["location"] is None


def test_a_share_price_is_no_claim() -> None:
    assert claims_of("Die Aktie fiel am Montag auf knapp über 350 Dollar.") == []
    assert [c["value"] for c in claims_of("Die Aktie verlor 3 Prozent, der Konzern zahlte 4 Milliarden Dollar Strafe.")] == [3, 4e9]
    assert [c["value"] for c in claims_of("Die Firma zahlte 350 Dollar Strafe an jeden Kunden.")] == [350]


def test_german_separable_arrest_verb_in_the_singular() -> None:
    # "nahm … fest" (one police force) as "nahmen … fest"
    found = one("Die Polizei nahm am Abend 45 Demonstranten fest.")
    assert (found["measure"], found["value"], found["subject"]) == ("arrests", 45, "Demonstranten")
    assert one("Durch die Kämpfe wurden mehr als 200.000 Menschen vertrieben.")["measure"] == "displaced"


def test_a_toll_counts_everyone() -> None:
    assert [(c["measure"], c["value"]) for c in claims_of("Authorities put the death toll at 164 on Sunday.", "en")] == [("deaths", 164)]
    found = claims_of("The quake killed six children, bringing the confirmed death toll to 11.", "en")
    assert [(c["value"], c["subject"]) for c in found] == [(6, "children"), (11, None)]
    assert one("About 1.2 million people have fled their homes.", "en")["measure"] == "displaced"


def test_more_german_phrasings_of_tolls() -> None:
    assert one("Die Behörden sprechen von mindestens 80 Toten.")["attributed_to"] == "Behörden"
    found = one("Unter den Toten sind auch drei Kinder.")
    assert (found["measure"], found["value"], found["subject"]) == ("deaths", 3, "Kinder")
    found = one("Mehr als 5.000 Menschen wurden in Gewahrsam genommen.")
    assert (found["measure"], found["location"]) == ("arrests", None)
    found = one("Rund 40.000 Menschen gingen in Berlin auf die Straße.")
    assert (found["measure"], found["value"], found["location"]) == ("protesters", 40000, "Berlin")


def test_a_source_named_with_fuer_keeps_its_name() -> None:
    found = one("Mehr als 10.000 Menschen wurden festgenommen, teilte das Komitee für nationale Sicherheit mit.")
    assert found["attributed_to"] == "Komitee für nationale Sicherheit"


def test_a_place_named_before_stays_a_scope() -> None:
    # "in the province" with no name in the sentence: a scope all the same (not the whole of "around the ocean")
    assert one("In 2004 a tsunami killed 170,000 people in the province.", "en")["location"] == "the province"
    # a name right after "in der Stadt" is the place
    assert one("Bei Angriffen in der Stadt Talheim seien fünf Menschen getötet worden.")["location"] == "Talheim"


def test_road_and_line_numbers_are_labels() -> None:
    assert [c["value"] for c in claims_of("Interstate 75 was closed after 12 people were injured.", "en")] == [12]
    assert claims_of("He was arrested on state Route 52 near the border.", "en") == []
    assert [c["value"] for c in claims_of("Auf der Bundesstraße 275 verunglückte ein junger Mann tödlich.")] == [1]  # the man, not the road


def test_a_fronted_wie_clause_names_the_source() -> None:
    assert one("Wie die Feuerwehr mitteilte, wurden drei Personen verletzt.")["attributed_to"] == "Feuerwehr"
    assert one("Vertreter der Gesundheitsbehörden erklärten, fünf Menschen seien getötet worden.")["attributed_to"] == "Vertreter der Gesundheitsbehörden"


def test_a_total_and_an_aside_of_its_parts() -> None:
    found = claims_of("Insgesamt 20 Menschen, darunter acht Kinder, wurden getötet.")
    assert [(c["measure"], c["value"], c["subject"]) for c in found] == [("deaths", 20, None), ("deaths", 8, "Kinder")]
    found = claims_of("A total of 16 nationals comprising 11 men, four women and a girl were detained yesterday.", "en")
    assert [(c["measure"], c["value"]) for c in found][:3] == [("arrests", 16), ("arrests", 11), ("arrests", 4)]


def test_tolls_in_other_words() -> None:
    """Invented phrasings of tolls, counts and their sources that gave nothing (twenty-fifth session)."""
    for sentence, measure, value in [
        ("Das Unglück kostete 19 Menschen das Leben.", "deaths", 19),
        ("Das Erdbeben forderte mehr als 2000 Menschenleben.", "deaths", 2000),
        ("Der Hurrikan hat mindestens 33 Menschenleben gefordert.", "deaths", 33),
        ("Mindestens sieben Menschen kamen in den Fluten um.", "deaths", 7),
        ("An der Demonstration nahmen nach Polizeiangaben 5.000 Menschen teil.", "protesters", 5000),
    ]:
        found = one(sentence)
        assert (found["measure"], found["value"], found["subject"]) == (measure, value, None), sentence
    found = one("Die Zahl der Toten ist auf 45 gestiegen, wie der Zivilschutz mitteilte.")  # (no noun past the comma)
    assert (found["measure"], found["value"], found["attributed_to"]) == ("deaths", 45, "Zivilschutz")
    found = one("Nach Angaben der Veranstalter beteiligten sich etwa 20.000 Menschen an der Kundgebung.")
    assert (found["measure"], found["value"], found["attributed_to"]) == ("protesters", 20000, "Veranstalter")
    assert one("Die Behörden bezifferten die Zahl der Verletzten auf rund 150.")["attributed_to"] == "Behörden"
    assert one("Authorities put the number of injured at about 150.", "en")["attributed_to"] == "Authorities"
    assert one("Organisers said some 20,000 people took part in the rally.", "en")["measure"] == "protesters"
    assert one("Hundreds of people were left homeless.", "en")["measure"] == "displaced"
    # what stays no toll: lives saved, a price, a time, a near miss
    for sentence in ["Die Feuerwehr rettete 30 Menschenleben.", "Sie kamen um 8 Uhr an.", "Die Reise kostete ihn fast das Leben."]:
        assert claims_of(sentence) == [], sentence


def test_a_part_of_a_counted_group_is_set_beside_no_total() -> None:
    """'Zwei der Verletzten schweben in Lebensgefahr' counts a part of the injured: no total that
    conflicts with another outlet's '30 Verletzte'."""
    for sentence, language in [("Zwei der Verletzten schweben in Lebensgefahr.", "de"), ("Zwei von den Verletzten sind in kritischem Zustand.", "de"),
                               ("Two of the injured are in critical condition.", "en"), ("Three of the dead were children.", "en")]:
        assert one(sentence, language)["part"] is True, sentence
    assert one("Bei dem Unfall wurden 30 Menschen verletzt.")["part"] is False
    assert one("30 of the 80 wounded were flown to hospital.", "en")["part"] is False  # the whole, not the part
    docs = [RawDoc(id=f"a{n}", path=f"a{n}.txt", fmt="txt", outlet=f"outlet{n}.de", published="2024-03-14", language="de",
                   paragraphs=["Busunglück in den Alpen", text]) for n, text in enumerate([
                       "Bei dem Busunglück in den Alpen wurden am Mittwoch 30 Menschen verletzt. Die Polizei ermittelt.",
                       "Nach dem Busunglück in den Alpen am Mittwoch schweben zwei der Verletzten in Lebensgefahr. Die Polizei ermittelt."])]
    _, stories = analyze_docs(docs)
    assert len(stories) == 1
    assert [c for c in stories[0].comparisons if c["measure"] == "injured"] == []


def test_hospital_flight_reservists_and_the_unaccounted() -> None:
    """More invented phrasings (twenty-fifth session): who was taken to hospital is injured, who fled
    the fighting displaced, reservists are troops, the unaccounted for missing."""
    for sentence, language, measure in [
        ("Mehr als 100 Menschen wurden ins Krankenhaus eingeliefert.", "de", "injured"),
        ("Mindestens 25 Menschen mussten im Krankenhaus behandelt werden.", "de", "injured"),
        ("Nearly 300 people were treated for injuries.", "en", "injured"),
        ("Mehr als 1,5 Millionen Menschen sind vor den Kämpfen geflohen.", "de", "displaced"),
        ("Tausende Menschen flohen aus ihren Häusern.", "de", "displaced"),
        ("More than 1.5 million people have fled the fighting.", "en", "displaced"),
        ("Die Regierung mobilisierte 10.000 Reservisten.", "de", "troops"),
        ("The government deployed 10,000 reservists.", "en", "troops"),
    ]:
        assert one(sentence, language)["measure"] == measure, sentence
    assert [c["measure"] for c in claims_of("At least 14 miners died and nine remain unaccounted for.", "en")] == ["deaths", "missing"]
    assert claims_of("Drei Häftlinge sind aus dem Gefängnis geflohen.") == []  # an escape, nobody displaced
    assert claims_of("Zuletzt wurden mit zwei Ambulanzen ins Spital gebracht.") == []  # vehicles, nobody counted


def test_others_beside_another_measure_are_no_increment() -> None:
    found = claims_of("Bei dem Anschlag kamen 12 Menschen ums Leben, 40 weitere wurden verletzt.")
    assert [(c["measure"], c["value"], c["increment"]) for c in found] == [("deaths", 12, False), ("injured", 40, False)]
    assert one("Am Abend wurden zwei weitere Tote geborgen.")["increment"] is True
    assert claims_of("Eine dritte Person war ins Krankenhaus eingeliefert worden.") == []  # one more told of, no figure
    assert one("Drei weitere Menschen wurden ins Krankenhaus gebracht.")["increment"] is True


def test_a_fronted_time_is_no_source_and_the_day_before_dates_a_count() -> None:
    found = one("Am Dienstag meldeten die Behörden 300 Festnahmen.")
    assert (found["attributed_to"], found["as_of"]) == ("Behörden", "2024-03-12")
    assert one("Am Vortag war noch von 20 Toten die Rede gewesen.")["as_of"] == "2024-03-13"
    assert one("The day before, officials had put the death toll at 20.", "en")["as_of"] == "2024-03-13"


def _found(text: str, language: str = "de") -> list[tuple]:
    return [(c["measure"], c["value"], c["qualifier"]) for c in claims_of(text, language)]


@pytest.mark.issue(3)
def test_seats_are_counted_where_a_parliament_is_the_subject() -> None:
    # invented election sentences: a share of all seats, a bloc's count left out after the first
    found = claims_of("Nach der Wahl kam der Likud auf 36 der insgesamt 120 Sitze im Parlament, die Arbeitspartei auf 32.")
    assert [(c["measure"], c["value"], c["part"]) for c in found] == [("seats", 36, True), ("seats", 120, False), ("seats", 32, False)]
    assert _found("In the election Likud won 36 of the 120 seats.", "en") == [("seats", 36, "exact"), ("seats", 120, "exact")]
    assert _found("Die CDU erhielt bei der Wahl 1,2 Millionen Zweitstimmen.") == [("votes", 1_200_000, "exact")]
    # seats in an arena or a plane are no seats won
    assert _found("The new arena has 9,000 seats and opens in May.", "en") == []
    assert _found("Das Flugzeug hat 180 Sitze.") == []


@pytest.mark.issue(3)
def test_lists_that_name_their_noun_once() -> None:
    found = claims_of("Bei den Anschlägen gab es 12 Tote in Lyon, 5 in Nantes und 3 in Lille.")
    assert [(c["measure"], c["value"], c["location"]) for c in found] == [
        ("deaths", 12, "Lyon"), ("deaths", 5, "Nantes"), ("deaths", 3, "Lille")]
    found = claims_of("Bombings killed 12 people in Lyon, 5 in Nantes and 3 in Lille.", "en")
    assert [(c["value"], c["location"]) for c in found] == [(12, "Lyon"), (5, "Nantes"), (3, "Lille")]
    assert _found("Nach der Wahl gibt es 9 Mandate für die CSU (zuvor 11), 6 für das WGK, 2 für die AfD und eine für die FDP.") == [
        ("seats", 9, "exact"), ("seats", 6, "exact"), ("seats", 2, "exact"), ("seats", 1, "exact")]
    assert _found("Bei der Wahl kam die SPD auf 25,7 Prozent, die CDU auf 30,1 und die Grünen auf 14.") == [
        ("percent", 25.7, "exact"), ("percent", 30.1, "exact"), ("percent", 14, "exact")]
    assert _found("Die Zahl der Toten stieg auf 45, die der Verletzten auf 120.") == [("deaths", 45, "exact"), ("injured", 120, "exact")]


@pytest.mark.issue(3)
def test_a_change_from_one_figure_to_another_is_no_range() -> None:
    found = claims_of("Revenue rose from $3.2 billion to $4.3 billion in the third quarter.", "en")
    assert [(c["measure"], c["value"], c["earlier"]) for c in found] == [("money", 3_200_000_000, True), ("money", 4_300_000_000, False)]
    found = claims_of("The death toll rose from 12 to 27 overnight.", "en")
    assert [(c["measure"], c["value"], c["earlier"]) for c in found] == [("deaths", 12, True), ("deaths", 27, False)]
    found = claims_of("Die Zahl der Toten stieg von 12 auf 27.")
    assert [(c["measure"], c["value"], c["earlier"]) for c in found] == [("deaths", 12, True), ("deaths", 27, False)]
    # a range stays a range; "in Höhe von" is no change
    found = claims_of("Between 10 and 20 people were injured, police said.", "en")
    assert [(c["measure"], c["low"], c["high"]) for c in found] == [("injured", 10, 20)]
    assert [c["earlier"] for c in claims_of("Die Aktien stiegen in Höhe von bis zu acht Prozent.")] == [False]
    # ".314 percentage" is a decimal; ".9 Mandate" after a lost space is a count
    assert _found("Philadelphia shot a .314 percentage from the three-point line.", "en") == []


@pytest.mark.issue(3)
def test_drownings_marches_homes_left_and_sources_of_estimates() -> None:
    found = claims_of("Bei dem Bootsunglück ertranken mindestens 61 Menschen, wie die Internationale Organisation für Migration mitteilte.")
    assert [(c["measure"], c["value"], c["attributed_to"]) for c in found] == [("deaths", 61, "Internationale Organisation für Migration")]
    assert _found("Nach Polizeiangaben zogen rund 15.000 Menschen durch die Innenstadt.") == [("protesters", 15000, "about")]
    assert _found("Das Feuer zerstörte 40 Häuser, 120 Bewohner mussten ihre Wohnungen verlassen.") == [("evacuated", 120, "exact")]
    assert _found("The Greens lost 4.3 percentage points.", "en") == [("percent", 4.3, "exact")]
    assert [c["attributed_to"] for c in claims_of("Insurers estimate the damage at more than $7 billion.", "en")] == ["Insurers"]
    assert [c["attributed_to"] for c in claims_of("According to a poll by YouGov, the party stands at 30 percent.", "en")] == ["YouGov"]
    # the verb of the sentence is not part of the source named before "zufolge"
    assert [c["attributed_to"] for c in claims_of("Die Partei kam den Prognosen zufolge auf 30 Prozent.")] == ["Prognosen"]
    assert [c["attributed_to"] for c in claims_of("Drei Surfer wurden tot geborgen, wie die Polizei in Den Haag mitteilte.")] == ["Polizei"]


@pytest.mark.issue(3)
def test_compound_tolls_and_a_new_count_after_a_share() -> None:
    """'Die Zahl der Corona-Toten stieg auf 1.203' gave nothing (the total's noun is a compound);
    '… auf 6,1 Prozent, die Zahl der Arbeitslosen auf 2,9 Millionen' made 2.9 million a share (the
    list rule took it for an elided "Prozent", though "die Zahl der Arbeitslosen" names what it counts)."""
    assert _found("Die Zahl der Corona-Toten stieg auf 1.203.") == [("deaths", 1203, "exact")]
    assert _found("Die Zahl der Erdbebentoten stieg am Montag auf 57.") == [("deaths", 57, "exact")]
    assert _found("Die Arbeitslosenquote stieg auf 6,1 Prozent, die Zahl der Arbeitslosen auf 2,9 Millionen.") == [("percent", 6.1, "exact")]
    # a list whose next member opens with an article stays a list
    assert _found("Im Parlament käme der Block A auf 59 Sitze, der Block B auf 54.") == [("seats", 59, "exact"), ("seats", 54, "exact")]
    assert _found("Die Gewerkschaft fordert 8,5 Prozent mehr Lohn, mindestens aber 350 Euro.") == [
        ("percent", 8.5, "exact"), ("money", 350, "at_least")]


@pytest.mark.issue(3)
def test_organisers_estimates_of_a_crowd() -> None:
    """The police's and the organisers' counts of one demonstration are the classic pair of
    differing figures: "die Veranstalter sprachen von 150.000" (a bare figure after the estimate's
    cue), "die Veranstalter von 150.000" (the cue left out) and "150.000 Teilnehmern" (participants
    of a demonstration) gave nothing; each is now a protester count with its own source."""
    found = claims_of("Rund 70.000 Menschen demonstrierten in Berlin, die Veranstalter sprachen sogar von 150.000.")
    assert [(c["measure"], c["value"], c["attributed_to"]) for c in found] == [("protesters", 70000, None), ("protesters", 150000, "Veranstalter")]
    found = claims_of("Bei der Demonstration sprach die Polizei von 70.000 Teilnehmern, die Veranstalter von 150.000.")
    assert [(c["measure"], c["value"], c["attributed_to"]) for c in found] == [("protesters", 70000, "Polizei"), ("protesters", 150000, "Veranstalter")]
    found = claims_of("Nach Polizeiangaben demonstrierten 70.000 Menschen. Die Veranstalter sprachen von 150.000 Teilnehmern.")
    assert [(c["value"], c["attributed_to"]) for c in found] == [(70000, "Polizei"), (150000, "Veranstalter")]
    found = claims_of("Police said 20,000 people marched through the city; organisers spoke of 50,000.", "en")
    assert [(c["measure"], c["value"], c["attributed_to"]) for c in found] == [("protesters", 20000, "Police"), ("protesters", 50000, "organisers")]
    # participants of a race, and a permit's number, are no crowd counted
    assert _found("Der Lauf am Sonntag war mit 15.000 Teilnehmern ausverkauft.") == []
    assert _found("Die Polizei ließ die Demonstration mit 3000 statt der genehmigten 80 Teilnehmer laufen.") == []


@pytest.mark.issue(3)
def test_hundreds_of_thousands_and_harm_come_to_people() -> None:
    """"hundreds of thousands of dollars" was two amounts, 200–999 and 2,000–9,999; "kamen vier
    oder fünf Personen zu Schaden" (came to harm: were hurt) counted nobody."""
    found = claims_of("Hackers pay hundreds of thousands of dollars for such flaws, experts said.", "en")
    assert [(c["measure"], c["low"], c["high"]) for c in found] == [("money", 200_000, 999_999)]
    assert [(c["measure"], c["low"], c["high"]) for c in claims_of("Tens of millions of dollars were lost.", "en")] == [("money", 20_000_000, 99_999_999)]
    found = claims_of("Bei der Schlägerei kamen vier oder fünf Personen zu Schaden.")
    assert [(c["measure"], c["qualifier"], c["low"], c["high"]) for c in found] == [("injured", "range", 4, 5)]
    assert claims_of("Bei dem Brand kam niemand zu Schaden.") == []


def test_deaths_by_stoning_people_held_for_questioning_tallies_and_unit_prices() -> None:
    """"stoned to death" counted nobody; "took in 87 people for questioning" no arrests; "by a vote of
    417 to 3" no votes; a relative clause's verb ("nine nationals who were stoned to death") was
    also the verb of a number before it; "Die Feinunze Gold … mit 1553 Dollar gehandelt" was money."""
    assert [(c["measure"], c["value"]) for c in claims_of("Nine men were stoned to death in the village.", "en")] == [("deaths", 9)]
    assert [(c["measure"], c["value"]) for c in claims_of("During the night, police took in 87 people for questioning.", "en")] == [("arrests", 87)]
    assert [(c["measure"], c["value"]) for c in claims_of("The bill passed the House by a vote of 417 to 3 on Friday.", "en")] == [("votes", 417), ("votes", 3)]
    found = claims_of("Police said they had questioned 87 people over the murder of nine miners who were stoned to death.", "en")
    assert [(c["measure"], c["value"]) for c in found] == [("deaths", 9)]
    assert claims_of("Die Feinunze Gold wurde am Nachmittag in London mit 1553 Dollar gehandelt.") == []
    assert claims_of("Gold traded at 1,553 dollars an ounce in London.", "en") == []
    assert [(c["measure"], c["value"]) for c in claims_of("Der Konzern zahlte eine Strafe von 1553 Dollar.")] == [("money", 1553)]


def test_vote_results_other_currencies_and_share_quotes() -> None:
    """A vote's result written "6-0" or "5 to 2" was a match score or nothing; yuan, rupees (crore,
    lakh) were no currencies; a share "quoting at Rs 314" is a price, not a sum anybody reports."""
    def values(text: str) -> list[tuple[str, float]]:
        return [(c["measure"], c["value"]) for c in claims_of(text, "en")]

    assert values("A motion to approve the contract was approved 6-0 on Monday.") == [("votes", 6), ("votes", 0)]
    assert values("The council voted 5-2 to approve the plan.") == [("votes", 5), ("votes", 2)]
    assert values("The Senate confirmed her in a 52-47 vote on Tuesday.") == [("votes", 52), ("votes", 47)]
    assert values("The bill passed 417 to 3.") == [("votes", 417), ("votes", 3)]
    assert values("Liverpool won 3-1 on Sunday.") == []
    assert values("The step will release about 800 billion yuan into the economy.") == [("money", 800e9)]
    assert values("The state will spend 500 crore rupees on new roads.") == [("money", 5e9)]
    assert values("Police seized cash worth Rs 2 lakh from the house.") == [("money", 2e5)]
    assert values("Emami Ltd is quoting at Rs 314, up 1.32% on the day.") == [("percent", 1.32)]
    # a dollar's country glued to the number
    assert values("Damage to the church was estimated at $US1 million.") == [("money", 1e6)]
    assert values("The deal is worth $A2.5 billion.") == [("money", 2.5e9)]


def test_protests_told_by_their_participle_and_animals_that_died() -> None:
    """"hatten Tausende Menschen … protestiert" counted nobody; "mehrere Hundert Meisen" and "mehr als 30
    Tiere kamen ums Leben" counted as deaths of people."""
    found = claims_of("In mehreren Städten hatten Tausende Menschen gegen die strikten Regeln im Kampf gegen die Pandemie protestiert.")
    assert [(c["measure"], c["low"], c["high"]) for c in found] == [("protesters", 2000, 9999)]
    assert claims_of("In den vergangenen zwei Wochen starben im Südwesten mehrere Hundert Meisen.") == []
    assert claims_of("Das Affenhaus brannte ab, mehr als 30 Tiere kamen ums Leben.") == []
    assert claims_of("More than 200 birds died in the storm.", "en") == []


@pytest.mark.issue(3)
def test_a_bare_count_before_a_preposition_is_the_verbs() -> None:
    found = [(c["measure"], c["value"], c["qualifier"]) for c in claims_of("Report\nGunmen have killed 41 villagers and wounded more than 900 in 120 raids.", "en")]
    assert found == [("deaths", 41, "exact"), ("injured", 900, "more_than")]


@pytest.mark.issue(3)
def test_things_destroyed_beside_a_toll_and_a_token_trading_at_a_price() -> None:
    """"hundreds of properties destroyed" after "seven people have been killed" counted hundreds of
    dead; "trading around $7,200" (a price) counted as money."""
    found = [(c["measure"], c["value"], c["qualifier"]) for c in claims_of(
        "Report\nAt least seven people have been killed this week and hundreds of properties destroyed.", "en")]
    assert found == [("deaths", 7, "at_least")]
    found = [(c["measure"], c["value"]) for c in claims_of(
        "Report\nThe largest token, trading around $7,200, has posted gains of more than 400% since July 2010.", "en")]
    assert found == [("percent", 400)]


@pytest.mark.issue(3)
def test_a_part_of_seats_without_article_and_hundreds_of_millions() -> None:
    """"mindestens 61 von 120 Mandaten" counted only the whole; "Hunderte von Millionen US-Dollar"
    (with "von") no money at all."""
    found = [(c["measure"], c["value"], c["qualifier"]) for c in claims_of(
        "Bericht\nFür eine Mehrheit sind mindestens 61 von 120 Mandaten im Parlament nötig.")]
    assert found == [("seats", 61, "at_least"), ("seats", 120, "exact")]
    found = [(c["measure"], c["value"], c["qualifier"]) for c in claims_of("Report\nThe party won 44 of 150 seats.", "en")]
    assert found == [("seats", 44, "exact"), ("seats", 150, "exact")]
    found = [(c["measure"], c.get("low"), c.get("high")) for c in claims_of(
        "Bericht\nEr hat Hunderte von Millionen US-Dollar seines eigenen Vermögens ausgegeben.")]
    assert found == [("money", 200_000_000, 999_000_000)]


@pytest.mark.issue(3)
def test_a_sum_per_year_poisonings_burns_and_hurt_animals() -> None:
    """"pro Jahr 156 000 Euro" is a sum, not year 156; a poisoning or burns suffered are injuries,
    of people only."""
    found = [(c["measure"], c["value"]) for c in claims_of("Bericht\nDafür standen pro Jahr 156 000 Euro zur Verfügung.")]
    assert found == [("money", 156_000)]
    found = [(c["measure"], c["value"]) for c in claims_of("Bericht\nElf Personen erleiden wegen eines Grills eine Kohlenmonoxidvergiftung.")]
    assert found == [("injured", 11)]
    found = [(c["measure"], c["value"]) for c in claims_of("Report\nFour firefighters suffered minor burns.", "en")]
    assert found == [("injured", 4)]
    assert claims_of("Bericht\nVier Elefanten des benachbarten Hauses erlitten Verbrennungen.") == []
    assert claims_of("Report\nFour elephants were injured in the fire.", "en") == []


def test_per_cent_in_two_words_and_a_shilling_sign_glued_to_its_amount() -> None:
    """British and Canadian "per cent" is a percentage; "Sh130m" and "Rs500 crore" are sums (a
    currency's letters glued to the amount), while "MH17" and "G7" stay no figures."""
    found = [(c["measure"], c["value"]) for c in claims_of("Report\nWater rates in the town will go up by 4.1 per cent next year.", "en")]
    assert found == [("percent", 4.1)]
    found = [(c["measure"], c["value"]) for c in claims_of("Report\nA six per cent rise in the levy was approved.", "en")]
    assert found == [("percent", 6)]
    found = [(c["measure"], c["value"], c["qualifier"]) for c in claims_of("Report\nThe district risks losing up to Sh130 million in wages.", "en")]
    assert found == [("money", 130_000_000, "at_most")]
    found = [(c["measure"], c["value"]) for c in claims_of("Report\nThe town will spend Rs500 crore on roads.", "en")]
    assert found == [("money", 5_000_000_000)]
    found = [(c["measure"], c["value"]) for c in claims_of("Report\nThe G7 leaders recalled that the MH17 crash killed 298 people.", "en")]
    assert found == [("deaths", 298)]
