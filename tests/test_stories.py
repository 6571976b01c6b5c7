"""Stories: a mixed folder splits into its events; one event stays one story (issue 5)."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from storylens import stories
from storylens.pipeline import analyze

ROOT = Path(__file__).resolve().parents[1]


TOPIC_WORDS = [
    "flut deich pegel regen feuerwehr evakuierung damm hochwasser".split(),
    "wahl kandidat stimmen partei koalition parlament umfrage mandat".split(),
    "erdbeben beben richterskala trümmer retter nachbeben epizentrum verschüttete".split(),
    "streik gewerkschaft tarif lohn bahn warnstreik verhandlung arbeitgeber".split(),
]


def _topic_text(rng: Any, topic: int, words: int, noise: int, vocabulary: int) -> str:
    """An invented text: ``words`` draws from a topic's words, then ``noise`` random filler words."""
    return " ".join(rng.choice(TOPIC_WORDS[topic]) for _ in range(words)) + " " + " ".join(f"wort{rng.randrange(vocabulary)}" for _ in range(noise))


@dataclass
class Doc:
    """An article as the grouping reads it."""

    text: str
    language: str
    title: str | None = None
    published: str | None = "2024-05-02"


@pytest.mark.issue(5)
def test_mixed_folder_splits_into_stories(corpus: Path, tmp_path: Path) -> None:
    for f in (corpus / "seeds").glob("*.txt"):
        shutil.copy(f, tmp_path / f.name)
    for name in ("BR_2024_04_22.html.gz", "DW_2024_01_30.html.gz"):
        shutil.copy(corpus / "fundus-de" / "de" / name, tmp_path / name)
    for f in (ROOT / "demo" / "articles").glob("*.txt"):
        shutil.copy(f, tmp_path / f.name)
    dossier = analyze([tmp_path])
    seeds = {f.stem for f in (corpus / "seeds").glob("*.txt")}
    story_of = {aid: s.id for s in dossier.stories for aid in s.articles}
    assert len({story_of[a] for a in seeds}) == 1  # the seeds stay one story
    others = [a for a in story_of if a not in seeds]
    assert all(story_of[a] != story_of[next(iter(seeds))] for a in others)
    assert len(dossier.stories) >= 3


def test_idf_keeps_shared_words_in_small_batches() -> None:
    docs = [stories.terms("Flut in Talheim", "Die Flut in Talheim hat Häuser zerstört.", "de"),
            stories.terms("Talheim nach der Flut", "In Talheim sinkt nach der Flut der Pegel.", "de")]
    vec = stories.Vectors.fit(docs)
    assert vec.cosine(0, 1) > 0.2


def test_average_link_respects_dates() -> None:
    sim = [[1.0, 0.9], [0.9, 1.0]]
    assert stories.average_link(sim, 0.5, ["2024-01-01", "2024-03-01"]) == [[0], [1]]
    assert stories.average_link(sim, 0.5, ["2024-01-01", "2024-01-03"]) == [[0, 1]]


@pytest.mark.issue(5)
def test_watch_adds_new_articles_as_they_arrive(tmp_path: Path) -> None:
    import json as _json
    import subprocess
    import sys

    from storylens.store import open_store

    feed = tmp_path / "feed.jsonl"
    first = {"id": "a1", "title": "Flut in Talstadt", "published": "2024-03-11",
             "text": "Flut in Talstadt\n\nIn Talstadt stieg der Pegel am Montag um zwei Meter. Mehr als 300 Menschen wurden evakuiert."}
    feed.write_text(_json.dumps(first) + "\n", encoding="utf-8")
    db = tmp_path / "w.db"
    cmd = [sys.executable, "-m", "storylens", "watch", str(feed), "--db", str(db), "--interval", "0.2", "--rounds", "1"]
    assert subprocess.run(cmd, capture_output=True, timeout=120).returncode == 0
    second = dict(first, id="a2", text=first["text"].replace("300", "500") + " Die Feuerwehr pumpte Keller aus.")
    with feed.open("a", encoding="utf-8") as fh:
        fh.write(_json.dumps(second) + "\n")
    assert subprocess.run(cmd, capture_output=True, timeout=120).returncode == 0
    store = open_store(db)
    assert store.counts()["articles"] == 2
    (story,) = store.stories()
    assert sorted(story.articles) == ["a1", "a2"]


@pytest.mark.issue(5)
def test_watching_reads_only_what_changed(tmp_path: Path) -> None:
    import json as _json

    from storylens.pipeline import ingest
    from storylens.store import open_store

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Brand in Hafenstadt\n\nIn Hafenstadt brannte am Montag eine Lagerhalle. Verletzt wurde niemand.\n", encoding="utf-8")
    feed = src / "feed.jsonl"

    def line(n: int) -> str:
        return _json.dumps({"title": f"Meldung {n}", "text": f"In Hafenstadt tagte am Dienstag der Rat zum {n}. Mal. Er vertagte sich."}) + "\n"

    feed.write_text(line(1) + line(2), encoding="utf-8")
    store = open_store(tmp_path / "w.db")

    def look() -> tuple[int, list[str], list[str]]:
        read: list[str] = []
        added, skipped = ingest([src], store, progress=read.append, watching=True)
        return added, [Path(r).name for r in read], [f"{Path(s.path).name} {s.reason}" for s in skipped]

    assert look() == (3, ["a.txt", "feed.jsonl"], [])
    assert look() == (0, [], [])  # nothing changed: nothing is read
    with feed.open("a", encoding="utf-8") as fh:
        fh.write(line(3) + line(4)[:30])  # the writer is in the middle of line 4
    assert look() == (1, ["feed.jsonl"], [])
    with feed.open("a", encoding="utf-8") as fh:
        fh.write(line(4)[30:] + "kein JSON\n")
    assert look() == (1, ["feed.jsonl"], ["feed.jsonl:5 invalid JSON (Expecting value)"])
    assert look() == (0, [], [])  # the bad line is reported once
    ids = sorted(a.id for a in store.articles())
    assert ids == ["a", "feed-1", "feed-2", "feed-3", "feed-4"]  # line numbers go on across looks
    assert store.source(str(feed)) is not None
    # a one-off ingest reads everything again and reports every bad input again
    added, skipped = ingest([src], store)
    assert added == 0 and [s.path for s in skipped] == [f"{feed}:5"]
    # an unfinished last line is read once the file stands still
    with feed.open("a", encoding="utf-8") as fh:
        fh.write(line(6).rstrip("\n"))
    assert look()[0] == 0
    assert look()[0] == 1 and "feed-6" in {a.id for a in store.articles()}


@pytest.mark.issue(5)
def test_streaming_path_keeps_stories_apart_and_together() -> None:
    import random

    from storylens import stories
    from storylens.evaluate.clusters import bcubed

    rng = random.Random(3)
    docs, gold, dates = [], [], []
    for i in range(400):
        k = i % 4
        text = _topic_text(rng, k, 40, 10, 5000)
        docs.append(stories.terms(None, text, "de"))
        gold.append(k)
        dates.append(f"2024-03-{1 + rng.randrange(5):02d}")
    groups = stories.cluster(stories.Vectors.fit(docs, stories.STREAM_TERMS), stories.SPARSE_THRESHOLD, dates)
    pred = [0] * len(docs)
    for g, members in enumerate(groups):
        for i in members:
            pred[i] = g
    assert bcubed(pred, gold)["f1"] > 0.95
    # a story does not swallow articles weeks away
    same = [docs[0], docs[4]]  # one topic
    assert len(stories.cluster(stories.Vectors.fit(same, stories.STREAM_TERMS), 0.0, ["2024-03-01", "2024-03-02"])) == 1
    late = stories.cluster(stories.Vectors.fit(same, stories.STREAM_TERMS), 0.0, ["2024-01-01", "2024-03-01"])
    assert len(late) == 2


def test_bcubed_linear_matches_definition() -> None:
    from storylens.evaluate.clusters import bcubed

    r = bcubed([0, 0, 1, 1, 1], ["a", "a", "a", "b", "b"])
    # precision: (1 + 1 + 1/3 + 2/3 + 2/3) / 5, recall: (2/3 + 2/3 + 1/3 + 1 + 1) / 5
    assert r["precision"] == round((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5, 4)
    assert r["recall"] == round((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5, 4)


def test_ecb_documents_keep_their_first_sentence(tmp_path: Path) -> None:
    """ECB+ files hold a document's first sentence in "title" (some hold nothing else): the eval
    reads it as the JSON reader would, and a lone title is the document's text."""
    from storylens.evaluate.clusters import _terms_of, ecb_documents, ecb_whole

    for folder, name, obj in (("7ecb", "7_1ecb", {"title": "A ferry sank off Valdora.", "text": "Divers searched the bay."}),
                              ("7ecbplus", "7_2ecbplus", {"title": "Storm hits the harbour of Valdora.", "text": ""})):
        (tmp_path / "ecbplus" / folder).mkdir(parents=True)
        (tmp_path / "ecbplus" / folder / f"{name}.json").write_text(json.dumps(obj), encoding="utf-8")
    titles, texts, topics, events = ecb_documents(tmp_path)
    assert titles == ["A ferry sank off Valdora.", None] and texts == ["Divers searched the bay.", "Storm hits the harbour of Valdora."]
    assert topics == ["7", "7"] and events == ["7ecb", "7ecbplus"]
    assert ecb_whole(titles, texts)[0] == "A ferry sank off Valdora.\nDivers searched the bay."
    first, lone = _terms_of(texts, "en", titles=titles)
    assert first["ferry"] and first["diver"] and lone["storm"] and lone["harbour"]


@pytest.mark.issue(5)
def test_english_wire_joins_the_german_story() -> None:
    dossier = analyze([ROOT / "demo" / "articles"])
    (story,) = dossier.stories
    languages = {a.language for a in dossier.articles if a.id in story.articles}
    assert languages == {"de", "en"} and len(story.articles) == 5


@pytest.mark.issue(5)
def test_untouched_stories_are_not_analysed_again() -> None:
    from storylens.pipeline import build_stories, prepare
    from storylens.ingest import RawDoc

    docs = [
        RawDoc(id="a", path="a.txt", fmt="txt", language="de", published="2024-05-01",
               paragraphs=["Hochwasser in Talheim: Der Damm an der Lauter ist gebrochen, 300 Menschen wurden evakuiert."]),
        RawDoc(id="b", path="b.txt", fmt="txt", language="de", published="2024-05-02",
               paragraphs=["Tarifstreit bei der Bahn: Die Gewerkschaft ruft zum Warnstreik auf, Züge fallen aus."]),
    ]
    articles = prepare(docs)
    first = build_stories(articles)
    again = build_stories(articles, previous=first)
    assert [s.id for s in again] == [s.id for s in first]
    assert all(x is y for x, y in zip(again, first))  # reused, not recomputed


@pytest.mark.issue(5)
def test_a_story_holding_two_events_is_split_in_two() -> None:
    fire = [
        "In Hafenstadt ist in der Nacht zum Montag eine Lagerhalle der Spedition Korbinger abgebrannt. Die Feuerwehr war mit 80 Kräften im Einsatz.",
        "Großbrand in Hafenstadt: Die Lagerhalle der Spedition Korbinger brannte bis auf die Grundmauern nieder, verletzt wurde niemand.",
        "Nach dem Brand der Korbinger-Lagerhalle in Hafenstadt ermittelt die Polizei. Brandstiftung schließt sie nicht aus.",
        "Die Feuerwehr Hafenstadt löschte stundenlang die brennende Lagerhalle der Spedition Korbinger; die Rauchwolke war kilometerweit zu sehen.",
        "Brandermittler untersuchen die Reste der Korbinger-Lagerhalle. Der Schaden des Feuers geht nach Angaben der Spedition in die Millionen.",
        "Spediteur Anton Korbinger steht vor den Trümmern seiner Lagerhalle in Hafenstadt: Das Feuer habe alle Vorräte vernichtet.",
        "Die Rauchwolke über Hafenstadt hat sich verzogen, die Feuerwehr hat den Brand der Lagerhalle gelöscht und hält Brandwache.",
        "Anwohner in Hafenstadt sollen nach dem Lagerhallenbrand bei Korbinger weiter Fenster und Türen geschlossen halten, rät die Feuerwehr.",
    ]
    robbery = [
        "Zwei maskierte Männer haben in Hafenstadt die Sparkasse am Marktplatz überfallen und 40.000 Euro erbeutet.",
        "Nach dem Banküberfall auf die Sparkasse am Marktplatz in Hafenstadt fahndet die Polizei nach zwei maskierten Tätern.",
        "Die Räuber bedrohten die Angestellten der Sparkasse mit einer Pistole und flüchteten mit der Beute in einem silbernen Kombi.",
        "Die Polizei veröffentlichte Bilder der Überwachungskamera der Sparkasse: Die beiden maskierten Täter trugen Sturmhauben.",
        "Zeugen des Überfalls auf die Sparkasse am Marktplatz sahen einen silbernen Kombi mit hoher Geschwindigkeit davonfahren.",
    ]
    docs = [stories.terms(None, t, "de") for t in fire + robbery]
    vec = stories.Vectors.fit(docs, stories.STREAM_TERMS)
    assert len(stories.cluster(vec, 0.0, split=False)) == 1  # one town: the streaming assignment takes them for one story
    groups = {frozenset(g) for g in stories.cluster(vec, 0.0)}
    assert groups == {frozenset(range(8)), frozenset(range(8, 13))}
    # one event told many ways stays one story
    alone = stories.Vectors.fit(docs[:8], stories.STREAM_TERMS)
    assert stories.cluster(alone, 0.0) == [list(range(8))]


@pytest.mark.issue(5)
def test_streaming_path_joins_languages_of_one_event() -> None:
    dam = [
        Doc("Nach tagelangem Starkregen ist am Dienstag der Staudamm von Velmora gebrochen. Die Flutwelle "
            "überschwemmte drei Dörfer im Tal, mindestens zwölf Menschen werden vermisst, teilte die Feuerwehr mit.", "de"),
        Doc("Der Dammbruch von Velmora hat ganze Dörfer unter Wasser gesetzt. Rettungskräfte suchen mit Booten "
            "nach den zwölf Vermissten, Hunderte Bewohner wurden in Notunterkünfte gebracht.", "de"),
        Doc("The dam at Velmora burst on Tuesday after days of heavy rain. The flood wave swept through three "
            "villages in the valley and at least twelve people are missing, the fire service said.", "en"),
        Doc("Rescuers in boats are searching for twelve people missing after the Velmora dam collapse flooded "
            "villages; hundreds of residents have been taken to emergency shelters.", "en"),
    ]
    chess = [
        Doc("Die Schachgroßmeisterin Ilka Morven hat das Turnier von Karsund gewonnen. In der letzten Runde "
            "besiegte sie ihren Rivalen nach fünf Stunden mit den schwarzen Steinen.", "de"),
        Doc("Grandmaster Ilka Morven won the Karsund chess tournament, beating her rival with the black pieces "
            "in a five-hour final round.", "en"),
    ]
    docs = dam + chess
    apart = stories.group(docs, dense=None, average_link_max=0)  # the sparse streaming path alone
    assert not any({0, 2} <= set(g) for g in apart)  # shares too few lemmas across languages
    groups = {frozenset(g) for g in stories.group(docs, dense="e5", average_link_max=0)}
    assert frozenset({0, 1, 2, 3}) in groups and frozenset({4, 5}) in groups


@pytest.mark.issue(5)
def test_store_keeps_dense_vectors_so_each_text_is_embedded_once(tmp_path: Path) -> None:
    import numpy as np

    from storylens.pipeline import ingest
    from storylens.store import open_store

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Brand in Hafenstadt\n\nIn Hafenstadt brannte am Montag eine Lagerhalle. Verletzt wurde niemand.\n", encoding="utf-8")
    (src / "b.txt").write_text("Lagerhallenbrand\n\nDie Feuerwehr löschte in Hafenstadt eine brennende Lagerhalle, niemand wurde verletzt.\n", encoding="utf-8")
    db = tmp_path / "w.db"
    store = open_store(db)
    ingest([src], store)
    texts = [(a.title or "") + "\n" + a.text for a in store.articles()]
    keys = [stories.dense_key(t, "e5") for t in texts]
    kept = store.get_vectors(keys)
    assert sorted(kept) == sorted(keys)  # every article's vector is in the store
    first = np.frombuffer(kept[keys[0]], dtype=np.float32)
    assert first.shape == (384,) and abs(float(first @ first) - 1.0) < 1e-3
    # another process (an empty in-process cache) takes the stored vector instead of embedding again:
    # a vector altered in the store comes back altered
    store.close()
    store = open_store(db)
    altered = -first
    store.conn.execute("UPDATE vectors SET data = ? WHERE key = ?", (altered.tobytes(), keys[0]))
    store.conn.commit()
    stories._DENSE_CACHE.clear()
    got = stories.dense_vectors(texts, "e5", keeper=store)
    assert np.allclose(got[0], altered) and np.allclose(got[1], np.frombuffer(kept[keys[1]], dtype=np.float32))
    # a new text is embedded once and kept
    (src / "c.txt").write_text("Neuer Bericht\n\nIn Bergdorf eröffnete am Freitag eine neue Bibliothek mit zehntausend Büchern.\n", encoding="utf-8")
    ingest([src], store)
    assert store._one("SELECT count(*) FROM vectors")[0] == 3


@pytest.mark.issue(5)
def test_large_store_assigns_new_articles_online(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json as _json

    from storylens.pipeline import ingest, restory
    from storylens.store import open_store

    monkeypatch.setattr(stories, "AVERAGE_LINK_MAX", 4)  # a "large" store from five articles on
    dam = [
        "Nach tagelangem Starkregen ist am Dienstag der Staudamm von Velmora gebrochen. Die Flutwelle überschwemmte drei Dörfer im Tal, zwölf Menschen werden vermisst.",
        "Der Dammbruch von Velmora hat drei Dörfer unter Wasser gesetzt. Rettungskräfte suchen mit Booten nach den zwölf Vermissten im Tal.",
        "Staudamm von Velmora gebrochen: Flutwelle trifft drei Dörfer, Feuerwehr sucht zwölf Vermisste, Hunderte Bewohner in Notunterkünften.",
    ]
    chess = [
        "Die Schachgroßmeisterin Ilka Morven hat das Turnier von Karsund gewonnen. In der letzten Runde besiegte sie ihren Rivalen nach fünf Stunden.",
        "Schachturnier von Karsund: Ilka Morven gewinnt nach fünfstündiger Schlussrunde gegen ihren Rivalen und holt den Titel.",
    ]
    src = tmp_path / "in"
    src.mkdir()
    feed = src / "feed.jsonl"

    def add(*texts: str, language: str | None = None) -> None:
        with feed.open("a", encoding="utf-8") as fh:
            for t in texts:
                fh.write(_json.dumps({"text": t, "published": "2024-05-02"} | ({"language": language} if language else {})) + "\n")

    def prepare_line(path: Path) -> list:  # type: ignore[type-arg]
        from storylens.ingest import read_file
        from storylens.pipeline import prepare

        return prepare(read_file(path)[-1:])

    add(*dam, *chess)
    store = open_store(tmp_path / "s.db")
    ingest([src], store, watching=True)
    assert store.indexed()  # grouped once by the streaming path, which left its index
    before = {s.id: s for s in store.stories()}
    assert sorted(len(s.articles) for s in before.values()) == [2, 3]
    dam_id = next(s.id for s in before.values() if len(s.articles) == 3)
    chess_row = store._one("SELECT data FROM stories WHERE id <> ?", (dam_id,))[0]

    add("Nach dem Bruch des Staudamms von Velmora sinkt das Wasser in den drei Dörfern; von den zwölf Vermissten fehlt weiter jede Spur.")
    assert ingest([src], store, watching=True)[0] == 1
    after = {s.id: s for s in store.stories()}
    assert set(after) == set(before) and len(after[dam_id].articles) == 4  # joined the stored story, same id
    assert store._one("SELECT data FROM stories WHERE id <> ?", (dam_id,))[0] == chess_row  # untouched: not rewritten
    assert store.unassigned() == [] and after[dam_id].claims  # the grown story is analysed again
    seqs = dict(store._all("SELECT story, seq FROM story_index"))
    assert seqs[dam_id] == 3 and sorted(seqs.values()) == [2, 3]  # assigned online: only that story's index row moved on

    add("In Brunnfeld hat der Stadtrat am Abend einen neuen Haushalt für die Schulen beschlossen, die Opposition stimmte dagegen.")
    add("The Velmora dam burst on Tuesday after days of heavy rain; the flood wave swept through three villages and twelve people are missing.",
        language="en")
    ingest([src], store, watching=True)
    grown = store.stories()
    assert len(grown) == 3 and grown[0].id == dam_id and len(grown[0].articles) == 5  # the English report joined its story
    assert [len(s.articles) for s in grown] == [5, 2, 1]  # largest first
    # a second writer on the same store (watch beside serve) that assigned the same articles first
    from storylens.pipeline import story_id
    from storylens.store import StaleIndex

    add("Am Stausee von Velmora begann am Mittwoch die Suche nach den zwölf Vermissten mit Tauchern und Booten.")
    store.add_articles(prepare_line(feed))
    other = open_store(tmp_path / "s.db")
    pending = store.unassigned()
    update = stories.assign(pending, store, story_id, keeper=store)
    restory(other)  # the other process assigns them first
    with pytest.raises(StaleIndex):
        store.apply(update, pending, [])
    restory(store)  # nothing left to assign: no error, nothing assigned twice
    assert store.pending() == 0 and len(store._all("SELECT article FROM assigned")) == 9
    other.close()
    grown = store.stories()
    # regrouping the whole store on demand finds the same stories
    restory(store, regroup=True)
    assert sorted(sorted(s.articles) for s in store.stories()) == sorted(sorted(s.articles) for s in grown)
    # the same from the command line; without a path and without --regroup it is a usage error
    from typer.testing import CliRunner

    from storylens.cli import app

    store.close()
    r = CliRunner().invoke(app, ["ingest", "--regroup", "--db", str(tmp_path / "s.db")])
    assert r.exit_code == 0 and "holds 9 article(s) in 3 story(ies)" in r.output
    r = CliRunner().invoke(app, ["ingest", "--db", str(tmp_path / "s.db")])
    assert r.exit_code == 2 and "needs PATH" in r.output


@pytest.mark.issue(5)
def test_memory_index_grows_stories_one_article_at_a_time() -> None:
    import random
    from types import SimpleNamespace

    from storylens.evaluate.clusters import bcubed

    rng = random.Random(5)
    arts, docs, gold = [], [], []
    for i in range(120):
        k = i % 3
        text = _topic_text(rng, k, 30, 8, 3000)
        arts.append(SimpleNamespace(id=f"a{i}", title=None, text=text, language="de", published="2024-03-02"))
        docs.append(stories.terms(None, text, "de"))
        gold.append(k)
    head = stories.cluster(stories.Vectors.fit(docs[:30], stories.STREAM_TERMS), stories.SPARSE_THRESHOLD)
    index = stories.MemoryIndex()
    states, df = stories.index_of(arts[:30], head, [f"s{g[0]}" for g in head], docs[:30])
    index.load(states, [[arts[i].id for i in g] for g in head], df, 30)
    assert index.n == 30 and sum(len(m) for m in index.members.values()) == 30
    for a in arts[30:]:
        update = stories.assign([a], index, lambda x: "s-" + x.id, dense=None)
        assert update.df and len(update.joined) == 1
        index.apply(update, [a.id])
    where = {aid: sid for sid, ids in index.members.items() for aid in ids}
    assert len(where) == 120 and index.n == 120
    assert bcubed([list(index.members).index(where[a.id]) for a in arts], gold)["f1"] > 0.95
    # a story's postings follow its centroid: every posted story is held, nothing stale is found
    assert all(st.id in index.states for st in index.stories_under(sorted(index.df), 1000))


@pytest.mark.issue(5)
def test_second_dense_backend_has_its_own_calibration(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storylens.cli import app

    docs = [
        Doc("Nach tagelangem Starkregen ist am Dienstag der Staudamm von Velmora gebrochen. Die Flutwelle überschwemmte drei Dörfer im Tal, zwölf Menschen werden vermisst.", "de"),
        Doc("Der Dammbruch von Velmora hat drei Dörfer unter Wasser gesetzt. Rettungskräfte suchen mit Booten nach den zwölf Vermissten im Tal.", "de"),
        Doc("The Velmora dam burst on Tuesday after days of heavy rain; the flood wave swept through three villages and twelve people are missing.", "en"),
        Doc("Die Schachgroßmeisterin Ilka Morven hat das Turnier von Karsund gewonnen. In der letzten Runde besiegte sie ihren Rivalen nach fünf Stunden.", "de"),
    ]
    assert stories.calibration("use") != stories.calibration("e5")
    for path in ({}, {"average_link_max": 0}):  # the small-batch path and the streaming path with its language join
        groups = {frozenset(g) for g in stories.group(docs, dense="use", **path)}  # type: ignore[arg-type]
        assert groups == {frozenset({0, 1, 2}), frozenset({3})}
    vec = stories.dense_vectors([d.text for d in docs], "use")
    assert vec.shape == (4, 512) and abs(float(vec[0] @ vec[0]) - 1) < 1e-4
    assert stories.dense_key("x", "use") != stories.dense_key("x", "e5")  # kept apart in a store
    # an unknown backend stops the run before any work, with one line
    r = CliRunner().invoke(app, ["analyze", str(ROOT / "demo" / "articles"), "--dense", "bert"])
    assert r.exit_code == 2 and "unknown dense backend 'bert'" in r.output
    r = CliRunner().invoke(app, ["analyze", str(ROOT / "demo" / "articles"), "--dense", "use", "-o", str(tmp_path / "d.json")])
    assert r.exit_code == 0, r.output


@pytest.mark.issue(5)
def test_related_stories_are_other_events_of_one_place_and_kind(tmp_path: Path) -> None:
    from conftest import write_related_events

    from storylens.pipeline import Options
    from storylens.render import to_html

    write_related_events(tmp_path / "in")
    dossier = analyze([tmp_path / "in"], options=Options(dense=None))
    story_of = {aid: s for s in dossier.stories for aid in s.articles}
    march, may, derby = story_of["flut-maerz-1"], story_of["flut-mai-1"], story_of["derby-1"]
    assert len({march.id, may.id, derby.id}) == 3  # two months apart: two floods are two stories
    assert [r["story"] for r in march.related] == [may.id] and [r["story"] for r in may.related] == [march.id]
    assert derby.related == []
    shown = march.related[0]
    assert shown["title"] == may.title and 0.2 <= shown["similarity"] <= 1
    assert {"Kornbach", "Anna Felsmann"} <= set(shown["shared"]) and {"deich", "feuerwehr"} & set(shown["shared"])
    page = to_html(dossier)
    assert "Related stories" in page and f'href="#{may.id}"' in page


@pytest.mark.issue(5)
def test_closest_kin_pairs_stories_and_takes_in_satellites(tmp_path: Path) -> None:
    from conftest import write_related_events

    from storylens.pipeline import Options, ingest
    from storylens.render import to_html
    from storylens.store import open_store

    events = ("flut-maerz", "flut-mai", "deich-juli", "derby")
    write_related_events(tmp_path / "in", events)
    dossier = analyze([tmp_path / "in"], options=Options(dense=None))
    story_of = {aid: s for s in dossier.stories for aid in s.articles}
    march, may, dike, derby = (story_of[f"{e}-1"] for e in events)
    assert len({march.id, may.id, dike.id, derby.id}) == 4

    def kin(story: Any) -> set[str]:
        return {r["story"] for r in story.related if r["closest"]}

    # the two floods are each other's nearest; the one-report dike story is nearest to the May
    # flood, whose own nearest is the March flood, but a story twice its size takes it in
    assert kin(march) == {may.id} and kin(may) == {march.id, dike.id} and kin(dike) == {may.id}
    assert derby.related == []
    # the March flood still lists the dike story as related, not as closest kin
    assert dike.id in {r["story"] for r in march.related} - kin(march)
    assert [r["closest"] for r in may.related] == [True, True]  # closest kin come first
    assert to_html(dossier).count("closest kin;") == 4  # March ↔ May, May ↔ dike
    # a store finds the same when it reads each story on its own
    store = open_store(tmp_path / "s.db")
    ingest([tmp_path / "in"], store, options=Options(dense=None))
    for s in (march, may, dike, derby):
        stored = store.dossier(s.id).stories[0]
        assert [(r["story"], r["closest"], r["similarity"]) for r in stored.related] == \
            [(r["story"], r["closest"], r["similarity"]) for r in s.related]
    store.close()


@pytest.mark.issue(5)
def test_store_finds_related_stories_that_came_later(tmp_path: Path) -> None:
    from conftest import write_related_events

    from storylens.pipeline import Options, ingest
    from storylens.render import to_html
    from storylens.store import open_store

    write_related_events(tmp_path / "first", ("flut-maerz", "derby"))
    write_related_events(tmp_path / "later", ("flut-mai",))
    store = open_store(tmp_path / "s.db")
    options = Options(dense=None)
    ingest([tmp_path / "first"], store, options=options)
    march_id = next(s.id for s in store.stories() if "flut-maerz-1" in s.articles)
    assert store.dossier(march_id).stories[0].related == []
    ingest([tmp_path / "later"], store, options=options)
    may = next(s for s in store.stories() if "flut-mai-1" in s.articles)
    assert may.id != march_id
    march = store.dossier(march_id).stories[0]  # found when read: the March story was not analysed again
    assert [(r["story"], r["title"], r["closest"]) for r in march.related] == [(may.id, may.title, True)]
    assert f'href="/story/{may.id}"' in to_html(store.dossier(march_id))
    assert [r["story"] for r in store.dossier().stories[[s.id for s in store.stories()].index(may.id)].related] == [march_id]
    store.close()
