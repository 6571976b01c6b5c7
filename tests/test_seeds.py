"""The reference input: `storylens analyze ../shared/corpus/seeds` (issue 2's acceptance)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storylens.cli import app
from storylens.ingest import normalise_line

GOLD = json.loads((Path(__file__).parent / "gold" / "seeds.json").read_text(encoding="utf-8"))
MARKER = re.compile(r"^date \d{4}-\d{2}\s*")
TRAILING_CREDIT = re.compile(r"\s*\([a-z]{2,5}\)$")


@pytest.fixture(scope="module")
def seeds_dossier(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("seeds") / "seeds.json"
    result = CliRunner().invoke(app, ["analyze", str(corpus / "seeds"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def _lines(corpus: Path, article_id: str) -> list[str]:
    raw = (corpus / "seeds" / f"{article_id}.txt").read_text(encoding="utf-8")
    return [normalise_line(x) for x in raw.split("\n") if x.strip()]


@pytest.mark.issue(2)
@pytest.mark.parametrize("article_id", [k for k in GOLD if not k.startswith("_")])
def test_seed_clutter_removed_and_reporting_kept(seeds_dossier: dict, corpus: Path, article_id: str) -> None:
    article = next(a for a in seeds_dossier["articles"] if a["id"] == article_id)
    gold = GOLD[article_id]
    text = article["text"]
    for i, line in enumerate(_lines(corpus, article_id)):
        if i in gold["clutter_lines"]:
            assert line not in text, f"line {i} is clutter but stayed"
            assert any(line in r["text"] or r["text"] in line for r in article["removed"]), f"line {i} was lost, not kept aside"
        else:
            line = TRAILING_CREDIT.sub("", MARKER.sub("", line))
            assert line in text, f"line {i} is reporting but was removed"
    assert not text.startswith("date ")
    assert all(r["reason"] for r in article["removed"])


@pytest.mark.issue(2)
@pytest.mark.parametrize("article_id", [k for k in GOLD if not k.startswith("_")])
def test_seed_metadata(seeds_dossier: dict, corpus: Path, article_id: str) -> None:
    article = next(a for a in seeds_dossier["articles"] if a["id"] == article_id)
    gold = GOLD[article_id]
    if gold["title_line"] is not None:
        assert article["title"] == _lines(corpus, article_id)[gold["title_line"]].strip(" :")
    assert article["agencies"] == gold["agencies"]
    assert article["authors"] == gold["authors"]
    if gold["published"]:
        assert article["published"] == gold["published"]
    assert article["language"] == "de"


@pytest.mark.issue(2)
def test_seed_dossier_contract(seeds_dossier: dict) -> None:
    assert len(seeds_dossier["articles"]) == 5
    for a in seeds_dossier["articles"]:
        for key in ("id", "path", "title", "outlet", "authors", "agencies", "published", "language", "text", "removed", "sentences"):
            assert key in a
        spans = a["sentences"]
        assert spans and all(0 <= s["start"] < s["end"] <= len(a["text"]) for s in spans)
        assert all(x["end"] <= y["start"] for x, y in zip(spans, spans[1:]))
    (story,) = seeds_dossier["stories"]
    assert sorted(story["articles"]) == sorted(a["id"] for a in seeds_dossier["articles"])
    for key in ("id", "title", "entities", "claims", "quotes", "comparisons", "timeline", "summary"):
        assert key in story
