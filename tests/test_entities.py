"""Entities: the shipped NER model, its evaluation, and linking across articles (issue 7)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storylens import ner
from storylens.cli import app
from storylens.errors import StorylensError
from storylens.entities import long_form, translit_key
from storylens.pipeline import analyze


@pytest.fixture(scope="module")
def seeds(corpus: Path):
    return analyze([corpus / "seeds"])


def _entity(story, name: str) -> dict:
    hits = [e for e in story.entities if e["name"] == name or name in e["aliases"]]
    assert len(hits) == 1, [(e["name"], e["type"]) for e in hits]
    return hits[0]


@pytest.mark.issue(7)
def test_seed_entities(seeds, corpus: Path) -> None:
    story = seeds.stories[0]
    n = len(seeds.articles)
    tokajew = _entity(story, "Kassym-Schomart Tokajew")
    assert tokajew["type"] == "PER" and len(tokajew["articles"]) == n
    assert {"Tokajew", "Tokajews"} <= set(tokajew["aliases"])
    putin = _entity(story, "Wladimir Putin")
    naming_putin = {p.stem for p in (corpus / "seeds").glob("*.txt") if "Putin" in p.read_text(encoding="utf-8")}
    assert putin["type"] == "PER" and set(putin["articles"]) == naming_putin  # every article that names him
    assert _entity(story, "Sergej Schoigu")["type"] == "PER"
    almaty = _entity(story, "Almaty")
    assert almaty["type"] == "LOC" and len(almaty["articles"]) >= 3
    kz = _entity(story, "Kasachstan")
    assert kz["type"] == "LOC" and len(kz["articles"]) == n
    ovks = _entity(story, "OVKS")
    assert ovks["type"] == "ORG" and len(ovks["articles"]) >= 4
    assert any(a.startswith("Organisation des Vertrag") for a in ovks["aliases"])


@pytest.mark.issue(7)
def test_mentions_point_into_text_and_speakers_link(seeds) -> None:
    texts = {a.id: a.text for a in seeds.articles}
    story = seeds.stories[0]
    ids = {e["id"] for e in story.entities}
    for e in story.entities:
        for m in e["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(texts[m["article"]])
    linked = [q for q in story.quotes if q["speaker_entity"]]
    assert linked and all(q["speaker_entity"] in ids for q in linked)
    putin = _entity(story, "Wladimir Putin")["id"]
    assert all(q["speaker_entity"] == putin for q in story.quotes if q["speaker"] == "Wladimir Putin")


@pytest.mark.parametrize(("a", "b"), [("Tokajew", "Tokayev"), ("Tokajew", "Tokaev"), ("Schoigu", "Shoigu")])
def test_transliteration_variants_share_a_key(a: str, b: str) -> None:
    assert translit_key(a) == translit_key(b)


def test_acronym_long_form() -> None:
    assert long_form("Mitglied der Vereinten Nationen", "VN") == "Vereinten Nationen"
    assert long_form("die Organisation für Sicherheit und Zusammenarbeit in Europa", "OSZE") == "Organisation für Sicherheit und Zusammenarbeit in Europa"
    assert long_form("irgendein Text", "XYZ") is None


GERMEVAL_SAMPLE = """#\tsample written for the test
1\tBundeskanzlerin\tO\tO
2\tAngela\tB-PER\tO
3\tMerkel\tI-PER\tO
4\treiste\tO\tO
5\tnach\tO\tO
6\tParis\tB-LOC\tO
7\t.\tO\tO

1\tDie\tO\tO
2\tDeutsche\tB-ORG\tO
3\tBahn\tI-ORG\tO
4\tstreikt\tO\tO
5\tin\tO\tO
6\tBayern\tB-LOC\tO
7\t.\tO\tO
"""


def test_eval_ner_command(tmp_path: Path) -> None:
    f = tmp_path / "sample.tsv"
    f.write_text(GERMEVAL_SAMPLE, encoding="utf-8")
    r = CliRunner().invoke(app, ["eval", "ner", str(f), "--json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert set(d) == {"precision", "recall", "f1", "per_type"} and d["f1"] > 0.5
    r = CliRunner().invoke(app, ["eval", "ner", str(f), "--types", "PER", "--json"])
    assert set(json.loads(r.stdout)["per_type"]) == {"PER"}
    assert CliRunner().invoke(app, ["eval", "ner", str(f), "--types", "FOO"]).exit_code == 2


@pytest.mark.issue(7)
def test_the_tagger_learns_bioes_and_answers_bio() -> None:
    labels = ["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "I-ORG", "B-LOCderiv", "I-MISC", "I-MISC"]
    assert ner.to_bioes(labels) == ["B-PER", "E-PER", "O", "S-LOC", "B-ORG", "I-ORG", "E-ORG", "S-LOCderiv", "B-MISC", "E-MISC"]
    assert ner.spans(ner.from_bioes(ner.to_bioes(labels))) == ner.spans(labels)  # a stray I- starts a mention in both
    assert {"S-PER", "E-LOC"} <= set(ner._tagger(str(ner.DEFAULT_MODEL)).labels())  # the shipped model learnt where mentions end
    tagged = ner.tag("Die Ministerin Anna Berg reiste am Montag nach Genf und traf dort Vertreter der Vereinten Nationen .".split())
    assert all(lab == "O" or lab[:2] in ("B-", "I-") for lab in tagged)
    assert (2, 4, "PER") in ner.spans(tagged) and (8, 9, "LOC") in ner.spans(tagged)


def test_spans_from_bio() -> None:
    assert ner.spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG"]) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG")}


def test_model_is_small() -> None:
    assert ner.DEFAULT_MODEL.stat().st_size < 20_000_000


def test_english_rules() -> None:
    words = "President Jane Example met Mayor Tom Roe in Canada , the Interior Ministry said .".split()
    found = ner.spans(ner.tag_en(words))
    assert (1, 3, "PER") in found and (5, 7, "PER") in found
    assert (8, 9, "LOC") in found and (11, 13, "ORG") in found


@pytest.mark.issue(7)
def test_word_lexicon_ships_and_loads_fast() -> None:
    import time

    from storylens import nerlex

    nerlex.lexicon.cache_clear()
    t0 = time.perf_counter()
    lex = nerlex.lexicon()
    assert time.perf_counter() - t0 < 1.0
    assert "F" in lex["Angela"][0] and "L" in lex["Schmidt"][0] and "C" in lex["Hamburg"][0]
    assert any(entry[1] for entry in lex.values())  # e5 classes present
    feats = ner.token_features(["Schmidts", "Haus"])
    assert "Gg=L" in feats[0]  # the genitive is looked up by its base


@pytest.mark.issue(7)
def test_score_on_training_data_is_flagged(corpus: Path) -> None:
    dev = corpus / "germeval2014" / "NER-de-dev.tsv"
    assert ner.trained_on(dev)
    r = CliRunner().invoke(app, ["eval", "ner", str(dev), "--types", "PER", "--json"])
    assert r.exit_code == 0 and "no held-out score" in r.stderr


@pytest.mark.issue(7)
def test_cross_validation_scores_every_sentence_once_by_a_model_that_never_saw_it(tmp_path: Path) -> None:
    f = tmp_path / "sample.tsv"
    f.write_text(GERMEVAL_SAMPLE, encoding="utf-8")
    sentences = list(ner.read_germeval(f))
    copy = tmp_path / "copy.tsv"
    ner.write_germeval(copy, sentences)
    assert list(ner.read_germeval(copy)) == sentences  # the folds' files read back as written
    many = [(s[0] + [str(i)], s[1] + ["O"]) for i in range(7) for s in sentences]
    folds = ner.cross_folds(many, 3)
    assert len(folds) == 3
    assert sorted(x for held, _ in folds for x in held) == sorted(many)
    for held, learned in folds:
        assert held and not any(x in learned for x in held) and len(held) + len(learned) == len(many)
    with pytest.raises(StorylensError, match="cannot be cut into 9 folds"):
        ner.cross_folds(sentences, 9, "sample.tsv")
    r = CliRunner().invoke(app, ["eval", "ner", str(f), "--folds", "2"])
    assert r.exit_code == 2 and "--folds needs --train" in r.stderr
    twice = tmp_path / "twice.tsv"  # each fold's sentences recur in the other fold
    ner.write_germeval(twice, sentences + sentences)
    empty = tmp_path / "empty.tsv"
    ner.write_germeval(empty, [(["Es", "regnet", "."], ["O", "O", "O"])])
    assert ner.memorised_baseline(twice, empty)["f1"] == 0.0
    assert ner.memorised_baseline(twice, empty, folds=2)["f1"] == 1.0  # the baseline learns from the other folds too


BACKEND_ARTICLE = """Besuch in Lindhaven

Die Ministerin Mara Quellberg besuchte am Montag die Werft von Lindhaven. Quellberg sprach dort mit
Vertretern der Nordmark-Union über neue Aufträge. Der Besuch in Lindhaven dauerte zwei Stunden.
"""


@pytest.mark.issue(7)
def test_spacy_pipeline_from_a_local_path_tags_the_entities(tmp_path: Path) -> None:
    import spacy

    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([  # type: ignore[attr-defined]
        {"label": "PERSON", "pattern": "Mara Quellberg"}, {"label": "PERSON", "pattern": "Quellberg"},
        {"label": "GPE", "pattern": "Lindhaven"}, {"label": "DATE", "pattern": "Montag"},
    ])
    model = tmp_path / "ruler-pipeline"
    nlp.to_disk(model)
    src = tmp_path / "in" / "besuch.txt"
    src.parent.mkdir()
    src.write_text(BACKEND_ARTICLE, encoding="utf-8")
    out = tmp_path / "d.json"
    r = CliRunner().invoke(app, ["analyze", str(src.parent), "--ner", f"spacy:{model}", "-o", str(out)])
    assert r.exit_code == 0, r.output
    ents = {(e["name"], e["type"]) for e in json.loads(out.read_text(encoding="utf-8"))["stories"][0]["entities"]}
    assert ("Mara Quellberg", "PER") in ents and ("Lindhaven", "LOC") in ents
    assert not any(name in ("Montag", "Nordmark-Union") for name, _ in ents)  # a date is dropped; what the ruler lacks is not tagged
    persons = [e for e in json.loads(out.read_text(encoding="utf-8"))["stories"][0]["entities"] if e["type"] == "PER"]
    assert len(persons) == 1 and "Quellberg" in persons[0]["aliases"]  # the surname links to the full name


@pytest.mark.issue(7)
def test_a_missing_ner_backend_stops_with_one_line(tmp_path: Path) -> None:
    src = tmp_path / "besuch.txt"
    src.write_text(BACKEND_ARTICLE, encoding="utf-8")
    for spec, says in [("spacy:" + str(tmp_path / "no-such-pipeline"), "spaCy pipeline"),
                       ("flair:de-ner", "unknown NER backend"), ("spacy:", "unknown NER backend")]:
        r = CliRunner().invoke(app, ["analyze", str(src), "--ner", spec])
        assert r.exit_code == 2 and says in r.stderr and r.stderr.count("\n") == 1, (spec, r.stderr)
    r = CliRunner().invoke(app, ["ingest", str(src), "--db", str(tmp_path / "s.db"), "--ner", "gliner:" + str(tmp_path / "none")])
    assert r.exit_code == 2 and "gliner" in r.stderr.lower() and r.stderr.count("\n") == 1
    assert not (tmp_path / "s.db").exists()  # stopped before any work
    assert CliRunner().invoke(app, ["ingest", str(src), "--db", str(tmp_path / "s.db")]).exit_code == 0
    r = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--ner", "flair:de-ner"])
    assert r.exit_code == 2 and "unknown NER backend" in r.stderr  # before the server starts


@pytest.mark.issue(5)
def test_speaker_index_finds_the_first_entity_by_last_word() -> None:
    from storylens.entities import speaker_entity, speaker_index

    ents = [
        {"id": "e1", "type": "LOC", "name": "Moskau", "aliases": []},
        {"id": "e2", "type": "PER", "name": "Kassym-Schomart Tokajew", "aliases": ["Tokajew"]},
        {"id": "e3", "type": "ORG", "name": "Tokajew-Stiftung", "aliases": ["Stiftung Tokajew"]},
        {"id": "e4", "type": "PER", "name": "Wladimir Putin", "aliases": []},
    ]
    index = speaker_index(ents)
    assert "moskau" not in index  # places do not speak
    for speaker, expected in (("Präsident Tokajew", "e2"), ("Tokayev", "e2"), ("Putins", "e4"), ("ein Sprecher", None), ("  ", None)):
        assert speaker_entity(speaker, ents, index) == speaker_entity(speaker, ents) == expected
