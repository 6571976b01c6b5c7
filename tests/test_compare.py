"""Comparisons across outlets (issue 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.compare import ancestors, compare, subject_class
from storylens.model import Article
from storylens.pipeline import analyze


@pytest.fixture(scope="module")
def comparisons(corpus: Path) -> list[dict]:
    return analyze([corpus / "seeds"]).stories[0].comparisons


def _with(comparisons: list[dict], measure: str, subject: str) -> list[dict]:
    return [c for c in comparisons if c["measure"] == measure and c["subject"].startswith(subject)]


@pytest.mark.issue(4)
def test_seed_verdicts(comparisons: list[dict]) -> None:
    (arrests,) = _with(comparisons, "arrests", "people")
    assert arrests["verdict"] in ("evolving", "conflict")
    (deaths,) = _with(comparisons, "deaths", "people")
    assert deaths["verdict"] in ("agree", "compatible")
    (troops,) = _with(comparisons, "troops", "soldiers")
    assert troops["verdict"] == "agree" and len(troops["claims"]) >= 2
    (security,) = _with(comparisons, "deaths", "police ⊂ security forces")
    assert security["verdict"] == "conflict" and len(security["claims"]) == 2
    assert all(c["explanation"] and c["claims"] for c in comparisons)


def art(aid: str, outlet: str, published: str | None = None) -> Article:
    return Article(id=aid, path=aid, text="x", outlet=outlet, published=published, language="de")


def claim(cid: str, article: str, value: float, qualifier: str = "exact", measure: str = "arrests", as_of: str | None = None, subject: str | None = None) -> dict:
    lo, hi = {"exact": (value, value), "more_than": (value, None), "nearly": (value * 0.9, value)}[qualifier]
    return {"id": cid, "article": article, "measure": measure, "value": value, "low": lo, "high": hi,
            "qualifier": qualifier, "subject": subject, "location": None, "attributed_to": None, "as_of": as_of, "text": ""}


def test_rising_dated_counts_evolve() -> None:
    arts = [art("a", "Eins", "2024-03-01"), art("b", "Zwei", "2024-03-04")]
    out = compare([claim("a:c1", "a", 800, as_of="2024-03-01"), claim("b:c1", "b", 1200, as_of="2024-03-04")], arts)
    assert [c["verdict"] for c in out] == ["evolving"]


def test_same_day_disagreement_is_a_conflict_and_rounding_agrees() -> None:
    arts = [art("a", "Eins", "2024-03-01"), art("b", "Zwei", "2024-03-01"), art("c", "Drei", "2024-03-01")]
    out = compare([claim("a:c1", "a", 800), claim("b:c1", "b", 1200)], arts)
    assert [c["verdict"] for c in out] == ["conflict"]
    out = compare([claim("a:c1", "a", 1000), claim("c:c1", "c", 1010)], arts)
    assert [c["verdict"] for c in out] == ["agree"]


def test_open_bound_does_not_reach_far_figures_and_past_years_are_background() -> None:
    arts = [art("a", "Eins", "2024-03-01"), art("b", "Zwei", "2024-03-01"), art("c", "Drei", "2024-03-01")]
    # "at least 4" dead and "168,000" (another event) are no comparison; "more than 100" and 164 are
    out = compare([claim("a:c1", "a", 4, "more_than", "deaths"), claim("b:c1", "b", 168000, measure="deaths")], arts)
    assert out == []
    out = compare([claim("a:c1", "a", 100, "more_than", "deaths"), claim("b:c1", "b", 164, measure="deaths")], arts)
    assert [c["verdict"] for c in out] == ["compatible"]
    # a toll placed in 2004 by its sentence is compared only with tolls of 2004
    out = compare([claim("a:c1", "a", 5, measure="deaths"), claim("b:c1", "b", 5, measure="deaths"),
                   claim("c:c1", "c", 230000, measure="deaths", as_of="2004"), claim("b:c2", "b", 168000, measure="deaths", as_of="2004")], arts)
    assert sorted((c["verdict"], c["location"]) for c in out) == [("agree", None), ("conflict", "in 2004")]


def test_bare_years_after_a_preposition_are_times() -> None:
    from storylens.timex import find

    assert [(t.text, t.value) for t in find("Der Tsunami von 2004 tötete 230.000 Menschen.", None, "de")] == [("von 2004", "2004")]
    assert [t.value for t in find("In 2000 Fällen half die Polizei.", None, "de")] == []
    assert [t.value for t in find("a temblor in 2004 caused a tsunami", None, "en")] == ["2004"]


def test_one_outlet_is_no_comparison() -> None:
    assert compare([claim("a:c1", "a", 800), claim("a:c2", "a", 900)], [art("a", "Eins")]) == []


def test_subject_classes() -> None:
    assert subject_class("Polizisten") == "police" and subject_class(None) == "people"
    assert ancestors("police") == ["security forces", "people"]


@pytest.mark.issue(4)
def test_seed_timeline_and_cited_summary(corpus: Path) -> None:
    dossier = analyze([corpus / "seeds"])
    story = dossier.stories[0]
    dates = [e["date"] for e in story.timeline]
    assert "2022-01-06" in dates and "2022-01-19" in dates and dates == sorted(dates)
    assert 3 <= len(story.summary) <= 12
    texts = {a.id: a.text for a in dossier.articles}
    outlets = set()
    for item in story.summary:
        (src,) = item["sources"]
        assert texts[src["article"]][src["start"] : src["end"]] == item["text"]
        outlets.add(src["article"])
    assert len(outlets) >= 3
    assert len({i["text"] for i in story.summary}) == len(story.summary)


@pytest.mark.issue(4)
def test_seed_statement_reported_by_two_outlets_and_outlet_view(corpus: Path) -> None:
    story = analyze([corpus / "seeds"]).stories[0]
    groups = [g for g in story.quote_groups if g["speaker"] == "Wladimir Putin"]
    assert any(len(g["articles"]) >= 2 and set(g["kinds"]) == {"direct", "indirect"} for g in groups)
    view = {o["article"]: o for o in story.outlets}
    assert set(view) == set(story.articles)
    assert all(cid.startswith(aid) for aid, o in view.items() for cid in o["only_figures"])


def test_shared_passages_find_wire_copy() -> None:
    from storylens.outlets import shared_passages

    wire = "Die Polizei nahm am Abend in der Innenstadt mehr als zwanzig Menschen fest, teilte ein Sprecher mit."
    a = Article(id="a", path="a", text="Eigene Einleitung. " + wire, language="de")
    b = Article(id="b", path="b", text=wire + " Eigener Schluss.", language="de")
    found = shared_passages(a, [b])
    assert found and found[0]["with"] == ["b"] and found[0]["copies"] == 1 and "Innenstadt" in found[0]["text"]


@pytest.mark.issue(5)
def test_wire_copy_in_many_outlets_stays_one_passage_per_article() -> None:
    from storylens.outlets import MAX_WITH, outlet_view

    wire = "Die Polizei nahm am Abend in der Innenstadt mehr als zwanzig Menschen fest, teilte ein Sprecher mit."
    copies = [Article(id=f"o{n:03d}", path="x", text=f"Bericht {n} mit eigener Einleitung zum Abend. " + wire, language="de") for n in range(60)]
    view = outlet_view(copies, [], [], [])
    for o in view:
        (passage,) = o["shared_passages"]  # one entry, not one per other outlet
        assert passage["copies"] == 59 and len(passage["with"]) == MAX_WITH and o["article"] not in passage["with"]
        assert "Innenstadt" in passage["text"]
        assert o["shared_share"] >= 0.85  # republished agency copy: nearly all of it stands elsewhere
    alone = outlet_view(copies[:1] + [Article(id="own", path="x", text="Ein ganz eigener Bericht ohne Agenturtext.", language="de")], [], [], [])
    assert [o["shared_share"] for o in alone] == [0.0, 0.0]


@pytest.mark.issue(4)
def test_seed_dossier_keeps_every_checkable_rule(corpus: Path) -> None:
    from storylens.evaluate.dossier import check_story

    dossier = analyze([corpus / "seeds"])
    by_id = {a.id: a for a in dossier.articles}
    assert [dict(check_story(s, by_id)) for s in dossier.stories] == [{}]


def test_increments_stay_out_and_dated_background_in_undated_reports() -> None:
    arts = [art("a", "Eins"), art("b", "Zwei"), art("c", "Drei")]
    more = dict(claim("a:c2", "a", 3, measure="deaths"), increment=True)  # "drei weitere Leichen"
    out = compare([claim("a:c1", "a", 5, measure="deaths"), more, claim("b:c1", "b", 5, measure="deaths")], arts)
    assert [(c["verdict"], c["claims"]) for c in out] == [("agree", ["a:c1", "b:c1"])]
    # "on Oct. 10, 2002, … killing three people" in a report without a date: that year's toll only
    old = dict(claim("c:c1", "c", 3, measure="deaths", as_of="2002-10-10"), as_of_text="Oct. 10, 2002")
    out = compare([claim("a:c1", "a", 5, measure="deaths"), claim("b:c1", "b", 5, measure="deaths"), old], arts)
    assert [(c["verdict"], c["location"]) for c in out] == [("agree", None)]


def test_held_out_listing_shows_each_verdict_with_its_sentences(corpus: Path) -> None:
    from storylens.evaluate.dossier import _listed

    dossier = analyze([corpus / "seeds"])
    by_id = {a.id: a for a in dossier.articles}
    listed = _listed("seeds", dossier.stories[0], by_id)
    assert len(listed) == len(dossier.stories[0].comparisons)
    for row in listed:
        assert row["verdict"] in ("agree", "compatible", "evolving", "conflict") and row["claims"]
        assert all(r["sentence"] and r["sentence"] in by_id[r["article"]].text for r in row["claims"])


def test_bodies_found_so_far_are_a_lower_bound() -> None:
    arts = [art("a", "Eins"), art("b", "Zwei")]
    found = dict(claim("a:c1", "a", 3, measure="deaths"), lower_bound=True)  # "Drei Leichen wurden geborgen"
    out = compare([found, claim("b:c1", "b", 5, measure="deaths")], arts)
    assert [c["verdict"] for c in out] == ["compatible"] and "found so far" in out[0]["explanation"]


def test_an_earlier_month_is_background_and_classes_come_from_the_packs() -> None:
    arts = [art("a", "Eins", "2024-06-10"), art("b", "Zwei", "2024-06-11"), art("c", "Drei", "2024-06-11")]
    march = dict(claim("c:c1", "c", 12, measure="deaths", as_of="2024-03"), as_of_text="Im März")  # "Im März starben zwölf Menschen"
    out = compare([claim("a:c1", "a", 5, measure="deaths"), claim("b:c1", "b", 5, measure="deaths"), march], arts)
    assert [(c["verdict"], c["location"]) for c in out] == [("agree", None)]
    # "In early March, a gunman shot and wounded three people" in reports without dates: another time's toll
    undated = [art("a", "Eins"), art("b", "Zwei"), art("c", "Drei")]
    early = dict(claim("c:c1", "c", 3, measure="injured"), as_of_text="early March")
    out = compare([claim("a:c1", "a", 2, measure="injured"), claim("b:c1", "b", 2, measure="injured"), early], undated)
    assert [(c["verdict"], c["location"]) for c in out] == [("agree", None)]
    # who is counted, by the claim's language: "Ordnungskräfte" and "security personnel" are security forces
    assert subject_class("Ordnungskräfte", "de") == "security forces" == subject_class("security personnel", "en")
    assert subject_class("Feuerwehrleute", "de") == "feuerwehrleute"


@pytest.mark.issue(4)
def test_seed_verdicts_hold_when_the_reports_carry_dates(corpus: Path, tmp_path: Path) -> None:
    # the seeds as a feed would give them, each with a day of publication: rising arrest counts evolve,
    # and a toll whose sentence names an earlier time only in passing ("seit der Unabhängigkeit … vor
    # 30 Jahren") stays the story's own
    import json

    days = ["2022-01-10", "2022-01-08", "2022-01-10", "2022-01-12", "2022-01-11"]
    feed = tmp_path / "seeds.jsonl"
    with feed.open("w", encoding="utf-8") as fh:
        for day, path in zip(days, sorted((corpus / "seeds").glob("*.txt"))):
            fh.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8"), "published": day, "language": "de"}) + "\n")
    (story,) = analyze([feed]).stories
    (arrests,) = _with(story.comparisons, "arrests", "people")
    assert arrests["verdict"] == "evolving"
    (deaths,) = _with(story.comparisons, "deaths", "people")
    assert deaths["verdict"] in ("agree", "compatible") and len({c.split(":")[0] for c in deaths["claims"]}) == 4
    (troops,) = _with(story.comparisons, "troops", "soldiers")
    assert troops["verdict"] == "agree"
    (security,) = _with(story.comparisons, "deaths", "police ⊂ security forces")
    assert security["verdict"] == "conflict"
    assert {"2022-01-06", "2022-01-19"} <= {t["date"] for t in story.timeline}


def test_amounts_meet_only_where_their_ranges_do() -> None:
    arts = [art("a", "Eins"), art("b", "Zwei"), art("c", "Drei")]
    offer = [dict(claim(f"{x}:c1", x, 160_000_000, measure="money"), unit="USD") for x in ("a", "b")]
    other_deal = dict(claim("c:c1", "c", 161_000_000, measure="money"), unit="USD")  # "a seven-year, $161-million deal" of another player
    out = compare([*offer, other_deal], arts)
    assert [(c["verdict"], c["claims"]) for c in out] == [("agree", ["a:c1", "b:c1"])]
    # counts of people keep their rounding: 1,000 and 1,010 agree
    out = compare([claim("a:c1", "a", 1000, measure="deaths"), claim("b:c1", "b", 1010, measure="deaths")], arts)
    assert [c["verdict"] for c in out] == ["agree"]


def test_the_seriously_injured_are_set_beside_their_like_only() -> None:
    from storylens.claims import extract
    from storylens.ingest import RawDoc
    from storylens.pipeline import analyze_docs

    docs = [RawDoc(id="a", path="a.txt", fmt="txt", language="de", paragraphs=["Der Sturm zog weiter. Bei dem Unglück wurden 30 Menschen schwer verletzt."]),
            RawDoc(id="b", path="b.txt", fmt="txt", language="de", paragraphs=["Der Sturm zog weiter. Bei dem Unglück wurden mindestens 80 Menschen verletzt."]),
            RawDoc(id="c", path="c.txt", fmt="txt", language="en", paragraphs=["The storm moved on. There are around 30 people seriously injured."])]
    articles, _ = analyze_docs(docs)
    found = [c for a in articles for c in extract(a)]
    assert [c["serious"] for c in found] == [True, False, True]
    from dataclasses import replace

    out = compare(found, [replace(a, outlet=outlet) for a, outlet in zip(articles, ("Eins", "Zwei", "Drei"))])
    # 30 badly hurt are no conflict with at least 80 injured; the two counts of the badly hurt meet
    assert [(c["verdict"], len(c["claims"])) for c in out] == [("agree", 2)] and "seriously" in out[0]["subject"]


def test_a_count_the_report_calls_earlier_is_overtaken_not_contradicted() -> None:
    from dataclasses import replace

    from storylens.claims import extract
    from storylens.ingest import RawDoc
    from storylens.pipeline import analyze_docs

    texts = {"a": "Der Sturm zog weiter. Zunächst hatte die Polizei drei Verletzte gemeldet.",
             "b": "Der Sturm zog weiter. Bei dem Unglück wurden vier Menschen verletzt.",
             "c": "The storm moved on. Four people were injured in the crash."}
    docs = [RawDoc(id=k, path=f"{k}.txt", fmt="txt", language="en" if k == "c" else "de", paragraphs=[t]) for k, t in texts.items()]
    articles, _ = analyze_docs(docs)
    found = [c for a in articles for c in extract(a)]
    assert [c["earlier"] for c in found] == [True, False, False]
    out = compare(found, [replace(a, outlet=a.id.upper()) for a in articles])
    assert [c["verdict"] for c in out] == ["evolving"] and "earlier count" in out[0]["explanation"]
    # without the word, the same figures are a conflict
    out = compare([dict(c, earlier=False) for c in found], [replace(a, outlet=a.id.upper()) for a in articles])
    assert [c["verdict"] for c in out] == ["conflict"]


@pytest.mark.issue(5)
def test_agreeing_wire_copies_count_as_one_source() -> None:
    from storylens import claims as claim_stage
    from storylens import compare, outlets
    from storylens.segment import sentences

    wire = ("Bei dem Brand in einer Lagerhalle im Hafen von Nordstadt sind nach Angaben der Feuerwehr zwölf Menschen "
            "ums Leben gekommen, die Ursache des Feuers ist noch unklar.")

    def art(aid: str, outlet: str, text: str) -> Article:
        return Article(id=aid, path=aid, text=text, language="de", outlet=outlet, published="2024-06-03",
                       sentences=tuple(sentences(text, "de")))

    arts = [
        art("a", "Kurier", "Großfeuer am Hafen. " + wire),
        art("b", "Anzeiger", wire + " Die Polizei sperrte das Gelände ab."),
        art("c", "Rundschau", "Die Feuerwehr zählte nach dem Großbrand zwölf Tote, wie ein Sprecher am Abend mitteilte."),
    ]
    found = [c for a in arts for c in claim_stage.extract(a)]
    assert sorted((c["article"], c["measure"], c["value"]) for c in found) == [("a", "deaths", 12), ("b", "deaths", 12), ("c", "deaths", 12)]
    shared = outlets.passages(arts)
    (cmp,) = compare.compare(found, arts, [], shared)
    assert cmp["verdict"] == "agree" and cmp["sources"] == 2 and cmp["copies"] == [["a", "b"]]
    assert "2 independent" in cmp["explanation"]
    # without the shared passages every report counts
    (plain,) = compare.compare(found, arts, [])
    assert plain["sources"] == 3 and plain["copies"] == []


def test_a_lower_bound_overtaken_by_a_later_count_evolves() -> None:
    """'mindestens zwölf Tote' on Monday, 27 on Wednesday: the ranges overlap, but the count grew;
    the same two figures the other way round (the larger one first) stay merely compatible."""
    arts = [art("a", "Eins", "2024-03-11"), art("b", "Zwei", "2024-03-13")]
    rising = compare([claim("a:c1", "a", 12, "more_than", "deaths", "2024-03-11"), claim("b:c1", "b", 27, measure="deaths", as_of="2024-03-13")], arts)
    assert [c["verdict"] for c in rising] == ["evolving"]
    falling = compare([claim("a:c1", "a", 27, measure="deaths", as_of="2024-03-11"), claim("b:c1", "b", 12, "more_than", "deaths", "2024-03-13")], arts)
    assert [c["verdict"] for c in falling] == ["compatible"]
    undated = compare([claim("a:c1", "a", 12, "more_than", "deaths"), claim("b:c1", "b", 27, measure="deaths")], [art("a", "Eins"), art("b", "Zwei")])
    assert [c["verdict"] for c in undated] == ["compatible"]


def test_an_invented_story_in_three_outlets(tmp_path: Path) -> None:
    """Three invented reports of one earthquake (German and English, two days apart): the toll
    evolves, the English toll stands far from its noun, a genitive role names its person, a currency
    is no entity, and a timeline sentence that points back ("Das teilte … mit") reads the one before."""
    import json

    reports = [
        ("a", "Ostkurier", "2024-03-11", "Erdbeben erschüttert Bergregion", [
            "Ein schweres Erdbeben hat am Montagmorgen die Bergregion um die Stadt Talvik erschüttert. Nach Angaben des "
            "Gouverneurs Aron Velde kamen mindestens zwölf Menschen ums Leben, rund 40 weitere wurden verletzt."]),
        ("b", "Rheinblatt", "2024-03-13", "Zahl der Erdbebentoten in Talvik steigt auf 27", [
            "Zwei Tage nach dem schweren Erdbeben in der Bergregion um Talvik ist die Zahl der Todesopfer auf 27 gestiegen. "
            "Das teilte das Innenministerium am Mittwoch mit. Die Regierung stellte 50 Millionen Euro Soforthilfe bereit."]),
        ("c", "Northwire", "2024-03-13", "Death toll from Talvik earthquake rises to 27", [
            "The death toll from Monday's earthquake near the mountain town of Talvik has risen to 27, the interior "
            "ministry said on Wednesday. The government has released 50 million euros in emergency aid."]),
    ]
    feed = tmp_path / "quake.jsonl"
    feed.write_text("".join(json.dumps({"id": i, "outlet": o, "published": d, "title": t, "text": "\n\n".join(p)}, ensure_ascii=False) + "\n"
                            for i, o, d, t, p in reports), encoding="utf-8")
    (story,) = analyze([feed]).stories
    deaths = {c["article"]: c for c in story.claims if c["measure"] == "deaths"}
    assert (deaths["a"]["attributed_to"], deaths["c"]["value"], deaths["c"]["attributed_to"]) == ("Aron Velde", 27, "interior ministry")
    (toll,) = _with(story.comparisons, "deaths", "people")
    assert toll["verdict"] == "evolving" and len(toll["claims"]) == 3
    assert not [e for e in story.entities if e["name"].lower() in ("euro", "euros")]
    wednesday = [t for t in story.timeline if t["date"] == "2024-03-13"]
    assert wednesday and wednesday[0]["text"].startswith("Zwei Tage nach dem schweren Erdbeben") and "Innenministerium" in wednesday[0]["text"]


def test_a_timeline_sentence_reads_the_one_it_points_back_to() -> None:
    from storylens.ingest import RawDoc
    from storylens.pipeline import prepare
    from storylens.timeline import build

    text = ("Die Zahl der Todesopfer ist auf 27 gestiegen. Das teilte das Ministerium am Mittwoch mit. "
            "Der Sturm zog weiter. Das Haus der Familie wurde am Donnerstag abgerissen.")
    (a,) = prepare([RawDoc(id="t", path="t.txt", fmt="txt", paragraphs=["Sturm", text], published="2024-03-14", language="de")])
    texts = {e["date"]: e["text"] for e in build([a])}
    assert texts["2024-03-13"] == "Die Zahl der Todesopfer ist auf 27 gestiegen. Das teilte das Ministerium am Mittwoch mit."
    assert texts["2024-03-14"] == "Das Haus der Familie wurde am Donnerstag abgerissen."  # an article, not a pronoun


def test_votes_and_seats_meet_only_where_they_agree() -> None:
    """One outlet's count of a candidate's votes beside another's count for his rival is no
    conflict: votes and seats, like money, are compared only where the figures meet."""
    arts = [art("a", "Eins"), art("b", "Zwei"), art("c", "Drei")]
    out = compare([claim("a:c1", "a", 48312, measure="votes"), claim("b:c1", "b", 45970, measure="votes")], arts)
    assert out == []
    out = compare([claim("a:c1", "a", 36, measure="seats"), claim("b:c1", "b", 32, measure="seats"), claim("c:c1", "c", 36, measure="seats")], arts)
    assert [(c["verdict"], c["claims"]) for c in out] == [("agree", ["a:c1", "c:c1"])]


def _one_story(tmp_path: Path, reports: list[tuple[str, str, str, list[str]]], published: str):
    """Invented reports (id, outlet, title, paragraphs) of one day, read as a JSON Lines feed: their one story."""
    import json

    feed = tmp_path / "reports.jsonl"
    feed.write_text("".join(json.dumps({"id": i, "outlet": o, "published": published, "title": t, "text": "\n\n".join(p)}, ensure_ascii=False) + "\n"
                            for i, o, t, p in reports), encoding="utf-8")
    (story,) = analyze([feed]).stories
    return story


def test_an_invented_election_in_three_outlets(tmp_path: Path) -> None:
    """Three invented reports of one state election: every share and seat count that several
    outlets give is an agreement of its own (not only the commonest), "32 der 88 Sitze" is set
    beside "32 of the 88 seats" ("in the state parliament" is no place), and "with 30.9 percent"
    is a share although "with" also brings bystanders ("refuge with hundreds of others")."""
    reports = [
        ("a", "Nordkurier", "Landtagswahl: SPD knapp vor AfD", [
            "Bei der Landtagswahl ist die SPD stärkste Kraft geworden. Nach dem vorläufigen Endergebnis kam die SPD auf "
            "30,9 Prozent, die AfD auf 29,2 und die CDU auf 12,1 Prozent.",
            "Im neuen Landtag hat die SPD 32 der 88 Sitze."]),
        ("b", "Rheinblatt", "SPD gewinnt die Landtagswahl", [
            "Die SPD hat die Landtagswahl gewonnen. Sie kam auf 30,9 Prozent der Stimmen, die AfD kam auf 29,2 Prozent.",
            "Die CDU erhielt 12,1 Prozent."]),
        ("c", "Capital Wire", "Social Democrats narrowly win state election", [
            "The Social Democrats narrowly won the state election on Sunday with 30.9 percent of the vote, ahead of the AfD "
            "with 29.2 percent.",
            "The SPD will hold 32 of the 88 seats in the state parliament, the state election office said."]),
    ]
    story = _one_story(tmp_path, reports, "2024-09-23")
    by_id = {c["id"]: c for c in story.claims}
    agreed = sorted((cmp["measure"], by_id[cmp["claims"][0]]["value"], len(cmp["claims"])) for cmp in story.comparisons)
    assert agreed == [("percent", 12.1, 2), ("percent", 29.2, 3), ("percent", 30.9, 3), ("seats", 32, 2), ("seats", 88, 2)]
    assert {cmp["verdict"] for cmp in story.comparisons} == {"agree"}
    assert not [c for c in story.claims if c["measure"] == "seats" and c["location"]]


def test_police_and_organisers_counts_are_compared_apart(tmp_path: Path) -> None:
    """Three invented reports of one demonstration, each giving the police's and the organisers'
    count: one conflict mixing 70,000, 80,000 and 150,000 told the reader nothing. Where a report
    sets two sources' counts that do not meet side by side, outlets are compared per source: the
    police's counts differ (70,000 against 80,000; an unsourced "rund 70.000" joins the count it
    meets), the organisers' agree."""
    reports = [
        ("a", "Nordkurier", "Zehntausende demonstrieren in Nordstadt", [
            "Rund 70.000 Menschen haben am Samstag in Nordstadt gegen Rechtsextremismus demonstriert, die Veranstalter sprachen sogar von 150.000."]),
        ("b", "Rheinblatt", "Großdemo in Nordstadt", [
            "Bei der Demonstration gegen Rechtsextremismus sprach die Polizei von 70.000 Teilnehmern, die Veranstalter von 150.000."]),
        ("c", "Weserbote", "Demonstration in Nordstadt", [
            "Nach Polizeiangaben demonstrierten am Samstag 80.000 Menschen gegen Rechtsextremismus. Die Veranstalter sprachen von 150.000 Teilnehmern."]),
    ]
    story = _one_story(tmp_path, reports, "2024-03-16")
    by_id = {c["id"]: c for c in story.claims}
    found = sorted((cmp["subject"], cmp["verdict"], sorted(by_id[i]["value"] for i in cmp["claims"])) for cmp in story.comparisons)
    assert found == [("people, according to Polizei", "conflict", [70000, 70000, 80000]),
                     ("people, according to Veranstalter", "agree", [150000, 150000, 150000])]
