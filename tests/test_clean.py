"""Clutter removal: each kind of page clutter, on texts written for these tests."""

from __future__ import annotations

import pytest

from storylens.clean import clean, drop_repeated
from storylens.ingest import RawDoc

TITLE = "Stadtrat beschließt neuen Haushalt"
REPORT = [
    "Der Stadtrat hat am Montagabend nach einer langen Debatte den Haushalt für das kommende Jahr beschlossen. Die Mehrheit war knapp.",
    "„Wir mussten Prioritäten setzen“, sagte Bürgermeisterin Anna Roth nach der Sitzung. Die Kürzungen träfen vor allem die Verwaltung.",
    "Die Opposition kündigte an, gegen einzelne Posten zu klagen. Eine Entscheidung des Gerichts wird im Herbst erwartet.",
]
EN_REPORT = [
    "The city council approved next year's budget on Monday evening after a long debate. The majority was narrow.",
    "\"We had to set priorities,\" mayor Anna Roth said after the meeting. The cuts would mainly affect the administration.",
    "The opposition said it would challenge parts of the budget in court. A ruling is expected in the autumn.",
]


def run(paragraphs: list[str], language: str = "de", **kw: object):
    return clean(RawDoc(id="t", path="t.txt", fmt="txt", paragraphs=paragraphs, **kw), language=language)  # type: ignore[arg-type]


def reasons(c) -> dict[str, str]:
    return {r.text: r.reason for r in c.removed}


HEAD_CLUTTER = [
    ("Werbung", "advertising"),
    ("Anzeige", "advertising"),
    ("Lesedauer: 3 Min.", "reading-time"),
    ("• Lesezeit 5 Minuten", "reading-time"),
    ("Erstellt von - Uhr", "timestamp"),
    ("Aktualisiert am 12.03.2024, 14:05 Uhr", "timestamp"),
    ("Von Anna Beispiel und Jonas Muster", "byline"),
    ("• Karl Otto Beispiel", "byline"),
    ("Das Rathaus am Abend. Foto: Max Mustermann", "caption"),
    ("Blick in den Sitzungssaal. (Foto) Suche", "caption"),
    ("Der Sitzungssaal. Bild: picture alliance / Beispielagentur", "caption"),
]

MIDDLE_CLUTTER = [
    ("Lesen Sie auch: Warum die Stadt sparen muss", "teaser"),
    ("Mehr zum Thema: Die Schulden der Städte", "teaser"),
    ("Folgen Sie uns auf Facebook und Instagram, um nichts zu verpassen!", "social"),
    ("Abonnieren Sie jetzt unseren Newsletter und erhalten Sie alle Nachrichten.", "social"),
    ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", "consent"),
    ("In diesem Artikel sind Affiliate-Links enthalten.", "disclaimer"),
    ("Unser Newsletter informiert Sie jeden Morgen über die wichtigsten Nachrichten.", "plug"),
    ("Dieses Thema im Programm: Radio Beispiel | Nachrichten | 12. März 2024 | 10:00 Uhr", "media"),
    ("Jetzt teilen:", "social"),
    ("Inhalt ARTIKEL AUF EINER SEITE LESEN > Vorherige Seite Nächste Seite", "navigation"),
    ("Seite 2 von 3 – Nächste Seite", "navigation"),
]

TAIL_CLUTTER = [
    ("Unterstützen Sie unabhängigen Journalismus! Mit nur 5 Euro im Monat sind Sie dabei. Jetzt unterstützen", "appeal"),
    ("Werden Sie Mitglied unserer Genossenschaft und sichern Sie die Zukunft der Zeitung!", "appeal"),
    ("/beispielbote.de/dpa", "credit"),
    ("Quelle: dpa", "credit"),
]


@pytest.mark.parametrize(("clutter", "reason"), HEAD_CLUTTER)
def test_head_clutter(clutter: str, reason: str) -> None:
    c = run([clutter, TITLE, *REPORT])
    assert reasons(c) == {clutter: reason}
    assert c.paragraphs == [TITLE, *REPORT]


@pytest.mark.parametrize(("clutter", "reason"), MIDDLE_CLUTTER)
def test_middle_clutter(clutter: str, reason: str) -> None:
    c = run([TITLE, REPORT[0], clutter, *REPORT[1:]])
    assert reasons(c) == {clutter: reason}
    assert c.paragraphs == [TITLE, *REPORT]


@pytest.mark.parametrize(("clutter", "reason"), TAIL_CLUTTER)
def test_tail_clutter(clutter: str, reason: str) -> None:
    c = run([TITLE, *REPORT, clutter])
    assert reasons(c) == {clutter: reason}
    assert c.paragraphs == [TITLE, *REPORT]


def test_appeal_block_takes_its_heading_list_and_link() -> None:
    block = [
        "Journalismus braucht Sie",
        "Wir finanzieren uns durch unsere Leserinnen und Leser. Werden Sie Mitglied und unterstützen Sie unsere Arbeit.",
        "Mit Ihrer Hilfe können wir:",
        "→ unabhängig berichten",
        "→ Recherchen finanzieren",
        "Mehr Infos auf www.beispielbote.de/mitglied",
    ]
    c = run([TITLE, *REPORT, *block])
    assert c.paragraphs == [TITLE, *REPORT]
    assert [r.text for r in c.removed] == block
    assert c.outlet == "beispielbote.de"


def test_metadata_list_at_the_foot_is_clutter() -> None:
    block = [
        "- Datum 12.03.2024",
        "- Autorin/Autor Erika Beispiel",
        "- Schlagwörter Brücke, Gemeinde, Haushalt",
        "- Schicken Sie uns Ihr Feedback!",
        "- Permalink https://example.org/p/123",
    ]
    c = run([TITLE, *REPORT, *block])
    assert c.paragraphs == [TITLE, *REPORT]
    assert [(r.text, r.reason) for r in c.removed] == [(p, "metadata") for p in block]


@pytest.mark.parametrize("plug", [
    "Fehler gefunden? Jetzt melden.",
    "- Aktuelle Nachrichten aufs Handy? Hier geht es zur neuen Bote-News-App – für Android und iOS.",
    "- Der Bote auch bei Social Media – ob WhatsApp, Instagram oder Facebook.",
    "Folgst du schon dem Boten auf Whatsapp?",
])
def test_plugs_without_a_reader_named(plug: str) -> None:
    c = run([TITLE, *REPORT, plug])
    assert c.paragraphs == [TITLE, *REPORT]
    assert c.removed and c.removed[0].text == plug


def test_byline_and_credits_become_metadata() -> None:
    c = run(["Von Anna Beispiel", TITLE, *REPORT[:-1], REPORT[-1] + " (rtr)"])
    assert c.authors == ["Anna Beispiel"]
    assert c.agencies == ["Reuters"]
    assert c.paragraphs[-1] == REPORT[-1]
    assert reasons(c)["(rtr)"] == "credit"


def test_dateline_credit_is_read_but_kept() -> None:
    first = "BERLIN (dpa/AFP) - " + REPORT[0]
    c = run([TITLE, first, *REPORT[1:]])
    assert c.agencies == ["dpa", "AFP"]
    assert c.paragraphs[1] == first


def test_date_marker_sets_published_and_keeps_the_rest() -> None:
    c = run(["date 2024-03 " + REPORT[0], *REPORT[1:]])
    assert c.published == "2024-03"
    assert c.paragraphs[0] == REPORT[0]
    assert reasons(c) == {"date 2024-03": "date-marker"}


def test_title_is_first_headline_shaped_paragraph() -> None:
    assert run([TITLE, *REPORT]).title == TITLE
    assert run(["Werbung", ": " + TITLE, *REPORT]).title == TITLE
    assert run(REPORT).title is None


@pytest.mark.parametrize(
    "paragraph",
    [
        # reporting that talks about support, members and subscriptions is not an appeal
        "Die Genossenschaft hat inzwischen 5000 Mitglieder, die das Projekt mit Spenden unterstützen.",
        "„Wir brauchen Ihre Unterstützung“, rief der Vorsitzende den Mitgliedern des Vereins zu.",
        "Die Bahn rechnet mit sechs Millionen neuen Abo-Kunden; viele hätten bereits ein Abonnement.",
        "Der Verlag will die Zahl der Digitalabonnenten bis 2026 verdoppeln, sagte der Geschäftsführer.",
    ],
)
def test_reporting_about_money_is_kept(paragraph: str) -> None:
    c = run([TITLE, REPORT[0], paragraph, *REPORT[1:]])
    assert paragraph in c.paragraphs
    assert not c.removed


def test_list_at_the_end_of_reporting_is_kept() -> None:
    items = ["- Schulen erhalten 2 Millionen Euro", "- Straßen erhalten 1 Million Euro"]
    c = run([TITLE, *REPORT, *items])
    assert c.paragraphs == [TITLE, *REPORT, *items]


def test_english_clutter() -> None:
    c = run(["Advertisement", "By Jane Example", TITLE, *EN_REPORT, "Read more: Why cities are broke", "Page 1 of 2 | Next page",
             "Subscribe now to support independent journalism"], language="en")
    assert c.paragraphs == [TITLE, *EN_REPORT]
    assert c.authors == ["Jane Example"]
    assert {r.reason for r in c.removed} == {"advertising", "byline", "teaser", "navigation", "appeal"}


def test_repeated_paragraph_of_one_outlet() -> None:
    furniture = "Der Beispielbote ist eine unabhängige Zeitung aus der Region, gegründet 1949."
    a = run([TITLE, *REPORT, furniture], outlet="Beispielbote")
    b = run(["Neues Schwimmbad eröffnet", "Das neue Hallenbad im Süden der Stadt hat am Samstag eröffnet. Hunderte kamen.", furniture], outlet="Beispielbote")
    twin = run([TITLE, *REPORT], outlet="Beispielbote")  # the same report again: not furniture
    drop_repeated([a, b, twin])
    assert furniture not in a.paragraphs and furniture not in b.paragraphs
    assert ("repeated" in {r.reason for r in a.removed})
    assert a.paragraphs == [TITLE, *REPORT] and twin.paragraphs == [TITLE, *REPORT]


@pytest.mark.issue(2)
def test_linked_headline_lists_are_teasers() -> None:
    from storylens.clean import clean
    from storylens.ingest import RawDoc

    paras = [
        "Die Ministerin hat am Montag ihren Plan vorgestellt, der Kritik auslöste.",
        "- „Über manches irritiert“: Klingbeil greift die Ministerin an",
        "- Warnung: Präsidentin schlägt bei Pflege Alarm: „Häuser gehen insolvent“",
        "Die Opposition kündigte Widerstand an.",
        "- Mamertus (Erzbischof von Vienne, 11. Mai)",
        "- Pankratius (Märtyrer, 12. Mai)",
    ]
    c = clean(RawDoc(id="t", path="t.txt", fmt="txt", paragraphs=paras, language="de"))
    assert [r.reason for r in c.removed if "Klingbeil" in r.text or "Alarm" in r.text] == ["teaser", "teaser"]
    assert any("Mamertus" in p for p in c.paragraphs) and any("Widerstand" in p for p in c.paragraphs)


@pytest.mark.issue(2)
def test_news_prose_is_no_appeal(corpus) -> None:
    from storylens.pipeline import analyze

    # plain-text dumps put whole articles in one paragraph; "will become a division", "support"
    # and one "your" in reporting are no call for money
    dossier = analyze([corpus / "ecbplus" / "44ecbplus", corpus / "ecbplus" / "40ecb"])
    assert not [s for s in dossier.skipped if "nothing left" in s.reason]


def test_text_is_nfc_normalised() -> None:
    import unicodedata

    from storylens.clean import clean
    from storylens.ingest import RawDoc

    decomposed = unicodedata.normalize("NFD", "Die Ministerin äußerte sich: „Wir möchten über die Lage sprechen.“")
    doc = RawDoc(id="d", path="d.txt", fmt="txt", paragraphs=["Bericht aus der Stadt", decomposed], language="de")
    text = "\n\n".join(clean(doc).paragraphs)
    assert "möchten" in text and "äußerte" in text and text == unicodedata.normalize("NFC", text)


def test_share_buttons_run_into_the_text_are_cut_out() -> None:
    # a page whose line breaks were lost: the row of buttons sits between two paragraphs, its last
    # word glued to the next one
    page = ("Der Stadtrat hat am Montag den Haushalt beschlossen. Teilen Teilen Weiterleiten Tweeten Tweeten "
            "DruckenBürgermeisterin Anna Roth sagte, man habe sparen müssen.")
    c = run([page])
    assert c.paragraphs == ["Der Stadtrat hat am Montag den Haushalt beschlossen.", "Bürgermeisterin Anna Roth sagte, man habe sparen müssen."]
    assert reasons(c) == {"Teilen Teilen Weiterleiten Tweeten Tweeten Drucken": "social"}
    en = run(["Twitter Facebook Print Like The mayor said the budget was tight."], language="en")
    assert en.paragraphs == ["The mayor said the budget was tight."]
    assert reasons(en) == {"Twitter Facebook Print Like": "social"}


@pytest.mark.parametrize(
    "prose",
    [
        "Teilen Sie uns Ihre Meinung mit, sagte der Bürgermeister am Montag.",
        "Die Stadt ist auf Facebook, Twitter und WhatsApp vertreten, teilte eine Sprecherin mit.",
        "Facebook Twitter WhatsApp: Die Dienste waren am Montag stundenlang gestört.",
        "Jetzt teilen sich die beiden Gemeinden einen Bauhof, sagte der Bürgermeister.",
        "Die nächste Seite des Haushaltsplans sieht Kürzungen vor, sagte die Kämmerin.",
    ],
)
def test_share_words_in_prose_stay(prose: str) -> None:
    c = run([*REPORT, prose])
    assert c.paragraphs == [*REPORT, prose]


def test_utf8_read_as_latin1_is_repaired() -> None:
    # a page whose UTF-8 was decoded as Latin-1 / Windows-1252 on its way, also after "¼" was split into "1⁄4"
    c = run(["Die Polizei in MÃ¼nchen und NÃ1⁄4rnberg sprach von â€žgroÃŸer Sorgeâ€œ â€“ wie Ã„rzte auch."])
    assert c.paragraphs == ["Die Polizei in München und Nürnberg sprach von „großer Sorge“ – wie Ärzte auch."]
    # text that merely holds such letters stays as it is
    assert run(["São Paulo und Ä“ bleiben."], language="de").paragraphs == ["São Paulo und Ä“ bleiben."]


def test_an_article_dumped_into_one_paragraph_keeps_its_reporting_and_loses_its_closing_appeal() -> None:
    # an article in one paragraph that names financial support and journalism in its reporting,
    # then runs on into the outlet's "follow us" line: the reporting stays, the closing line is
    # kept aside as an appeal — not the whole article
    report = ("Die Vereinten Nationen fordern mehr Hilfe für die ärmsten Länder. Der Generalsekretär verlangte "
              "bedeutende finanzielle Unterstützung für Staaten ohne eigenes Gesundheitssystem. Impfstoffe müssten "
              "allen Menschen auf dieselbe Weise zur Verfügung gestellt werden, sagte er in New York. Mehrere "
              "Regierungen sagten Geld zu, andere hielten sich zurück. Über die Lage des Journalismus in der Krise "
              "diskutierten Fachleute am Abend in Genf. Nach Angaben der Weltgesundheitsorganisation haben sich "
              "weltweit mehr als 800.000 Menschen mit dem Virus angesteckt. Die Zahl der Toten stieg demnach auf "
              "mehr als 40.000.")
    tail = "Die Beispielfunk-Nachrichten finden Sie auch bei Twitter unter: @BeispielNachrichten"
    c = run([f"{report} {tail}"])
    assert c.paragraphs == [report]
    assert reasons(c) == {tail: "appeal"}
    # the same closing line in English
    en_report = ("The council approved the budget on Monday after a long debate. Support for the schools was "
                 "raised by two million euros. The mayor said the cuts would mainly hit the administration. "
                 "The opposition plans to challenge parts of it in court. A ruling is expected in the autumn, "
                 "and the council will meet again in December to set the fees for the new year.")
    en_tail = "Sign up to our free daily newsletter and get the news delivered to your inbox."
    c = run([f"{en_report} {en_tail}"], language="en")
    assert c.paragraphs == [en_report] and reasons(c) == {en_tail: "appeal"}


def test_an_appeal_of_many_sentences_stays_an_appeal() -> None:
    # most of its words ask for support, though some of its sentences do not: removed whole
    appeal = ("Unabhängiger Journalismus kostet Geld. Wir finanzieren uns durch unsere Leserinnen und Leser. "
              "Das ist nicht selbstverständlich. Unterstützen Sie unsere Arbeit mit einem Beitrag. "
              "Schon fünf Euro im Monat helfen uns. Jetzt unterstützen!")
    c = run([TITLE, *REPORT, appeal])
    assert c.paragraphs == [TITLE, *REPORT] and reasons(c) == {appeal: "appeal"}


def test_a_title_without_the_site_suffix_and_authors_without_the_publisher() -> None:
    # a page template appends the site's name and a date to the title; an extractor lists the
    # publisher beside the author, or keeps a byline's lead word
    c = run(REPORT, title="Haushalt beschlossen: Was sich ändert – BB – 13.06.2023", url="https://www.bb.example/a/1",
            outlet="Beispielbote", authors=["Beispielbote GmbH", "Autorin Anna Roth"])
    assert c.title == "Haushalt beschlossen: Was sich ändert"
    assert c.authors == ["Anna Roth"]
    c = run(REPORT, title="Haushalt beschlossen | Börsen-Bote", url="https://www.boersen-bote.example/a/1", outlet="Börsen-Bote")
    assert c.title == "Haushalt beschlossen"
    # a title's own second part stays; a site named alone as the author stays (nobody else is named)
    c = run(REPORT, title="Rückschlag im Titelkampf - Liverpool verliert bei Everton", url="https://www.bb.example/a/2", authors=["bb.example"])
    assert c.title == "Rückschlag im Titelkampf - Liverpool verliert bei Everton" and c.authors == ["bb.example"]
    c = run(EN_REPORT, language="en", title="Budget passed - The Example Times", outlet="The Example Times", authors=["By Anna Roth"])
    assert c.title == "Budget passed" and c.authors == ["Anna Roth"]
    assert run(REPORT, authors=["Von der Beek Anna"]).authors == ["Von der Beek Anna"]  # a name's own particle
