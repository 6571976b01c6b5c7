"""`storylens spark`: the pipeline on a real local Spark (a JVM and Python workers), compared with
the same stages run in one process. Needs pyspark (the `test` extra) and Java (.ci/run installs it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storylens import spark
from storylens.cli import app
from storylens.errors import UsageError
from storylens.ingest import read_file
from storylens.pipeline import Options, analyse_stories, analyze, group_stories, prepare, relate_stories
from storylens.stories import group

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo" / "articles"

# An outlet's page furniture in two of its pages, a second page with the id of the first, a page
# with nothing but an appeal, and a bad file: every step that looks across articles is exercised.
FURNITURE = "Der Talbote berichtet seit 1921 aus Talstadt und den umliegenden Gemeinden im oberen Tal."
PAGES = {
    "a/flut.json": {"id": "flut", "outlet": "Talbote", "published": "2024-03-11", "title": "Flut in Talstadt",
                    "text": "Flut in Talstadt\n\nIn Talstadt stieg der Pegel am Montag um zwei Meter. Mehr als 300 Menschen wurden evakuiert, teilte die Feuerwehr mit.\n\n" + FURNITURE},
    "b/flut.json": {"id": "flut", "outlet": "Talbote", "published": "2024-03-12", "title": "Pegel sinkt in Talstadt",
                    "text": "Pegel sinkt in Talstadt\n\nDer Pegel in Talstadt sank am Dienstag wieder. Die 300 Evakuierten durften zurück, sagte Bürgermeisterin Anna Berg.\n\n" + FURNITURE},
    "c/leer.json": {"id": "leer", "outlet": "Talbote", "text": "Unterstützen Sie unabhängigen Lokaljournalismus: Jetzt den Talboten abonnieren!"},
}


@pytest.fixture(scope="module")
def session():
    s = spark.session("local[2]")
    yield s
    s.stop()


@pytest.fixture()
def inputs(tmp_path: Path) -> list[Path]:
    for name, obj in PAGES.items():
        f = tmp_path / "in" / name
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "in" / "kaputt.json").write_text("{nicht json", encoding="utf-8")
    return [DEMO, tmp_path / "in"]


def test_spark_gives_the_dossier_analyze_gives(session, inputs: list[Path], tmp_path: Path) -> None:
    expected = analyze(inputs, options=Options(dense=None))
    n, k, skipped = spark.run(inputs, str(tmp_path / "out"), spark=session, options=Options(dense=None), partitions=3)
    got = spark.read_output(tmp_path / "out")
    assert (n, k) == (len(expected.articles), len(expected.stories)) and n == 7
    assert got.to_dict() == expected.to_dict()
    assert [s.reason for s in skipped][-1] == "nothing left after removing page clutter"
    assert any(s.reason.startswith("invalid JSON") for s in skipped)
    ids = [a.id for a in got.articles]
    assert "flut" in ids and "flut-2" in ids  # the second page with the same id, renamed as analyze does
    flut = got.article("flut")
    assert FURNITURE not in flut.text and any(r.reason == "repeated" for r in flut.removed)
    with pytest.raises(UsageError, match="not an empty folder"):
        spark.run(inputs, str(tmp_path / "out"), spark=session)


def test_the_streaming_grouping_path_on_spark(session, inputs: list[Path], tmp_path: Path) -> None:
    # above `stream_above` articles the driver groups from the executors' weighted terms
    docs = [d for f in sorted(DEMO.iterdir()) for d in read_file(f)]
    articles = prepare(docs)
    stories = group_stories(articles, groups=group(articles, "e5", average_link_max=2))
    expected = [s.to_dict() for s in relate_stories(analyse_stories(stories, articles))]
    spark.run([DEMO], str(tmp_path / "out"), spark=session, stream_above=2)
    got = spark.read_output(tmp_path / "out")
    assert [s.to_dict() for s in got.stories] == expected
    assert [a.to_dict() for a in got.articles] == [a.to_dict() for a in articles]


def test_missing_java_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(UsageError, match="needs a Java 17"):
        spark.check_spark()


def test_cli(session, inputs: list[Path], tmp_path: Path) -> None:
    # last in this module: the command stops the session when it is done
    r = CliRunner().invoke(app, ["spark", *map(str, inputs), "-o", str(tmp_path / "out"), "--master", "local[2]", "--dense", "none"])
    assert r.exit_code == 1, r.output
    assert "storylens: skipped" in r.stderr and "kaputt.json" in r.stderr
    assert "7 article(s) analysed in" in r.stderr.splitlines()[-1]
    assert len(spark.read_output(tmp_path / "out").articles) == 7
    r = CliRunner().invoke(app, ["spark", str(tmp_path / "nothing"), "-o", str(tmp_path / "o2"), "--master", "local[2]", "--dense", "none"])
    assert r.exit_code == 2 and "no such file or folder" in r.stderr and "0 article(s)" in r.stderr
