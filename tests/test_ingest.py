"""Readers: every format, every encoding, and bad input that must be reported, not crash."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from storylens.errors import ReadError
from storylens.ingest import read_file, split_paragraphs
from storylens.pipeline import analyze

ARTICLE = "Titel der Meldung\n\nDer Stadtrat hat am Montag getagt. Er beschloss einen neuen Haushalt.\n\nDie Opposition stimmte dagegen.\n"
HTML = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Haushalt beschlossen | Stadtbote</title>
<meta property="og:site_name" content="Stadtbote"><meta name="author" content="Erika Muster">
<meta property="article:published_time" content="2024-05-02T08:00:00+02:00"></head><body>
<nav><a href="/">Start</a> <a href="/sport">Sport</a></nav><article><h1>Haushalt beschlossen</h1>
<p>Der Stadtrat hat am Montag nach langer Debatte einen neuen Haushalt für das kommende Jahr beschlossen. Die Mehrheit war knapp.</p>
<p>Die Opposition kritisierte vor allem die geplanten Kürzungen bei den Bibliotheken und kündigte Widerstand an.</p>
<p>Der Kämmerer verteidigte das Zahlenwerk als notwendig, um die Schulden der Stadt in den nächsten Jahren abzubauen.</p>
</article><footer>Impressum</footer></body></html>"""


def test_txt_one_paragraph_per_line(write) -> None:
    (doc,) = read_file(write("a.txt", ARTICLE))
    assert doc.paragraphs[0] == "Titel der Meldung"
    assert doc.id == "a" and doc.fmt == "txt"


def test_hard_wrapped_text_is_joined() -> None:
    wrapped = "\n".join(["Dies ist eine lange Zeile eines Textes, der umbrochen wurde und"] * 3)
    text = wrapped + "\n\n" + wrapped + "\n"
    assert len(split_paragraphs(text)) == 2


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_encodings(write, encoding: str) -> None:
    text = "Überschrift\n\nDie Bürger äußerten sich früh: „Größer“ wäre besser.\n"
    if encoding in ("cp1252",):
        content = text.encode("cp1252")
    elif encoding == "latin-1":
        content = text.replace("„", '"').replace("“", '"').encode("latin-1")
    else:
        content = text.encode(encoding)
    (doc,) = read_file(write(f"e-{encoding}.txt", content))
    assert doc.paragraphs[0] == "Überschrift"
    assert "äußerten" in doc.paragraphs[1]


def test_html_reader(write) -> None:
    (doc,) = read_file(write("page.html", HTML))
    assert doc.title == "Haushalt beschlossen"
    assert doc.outlet == "Stadtbote"
    assert doc.published == "2024-05-02"
    assert doc.authors == ["Erika Muster"]
    assert any("Kämmerer" in p for p in doc.paragraphs)
    assert not any("Impressum" in p for p in doc.paragraphs)


def test_json_object_and_list(write) -> None:
    obj = {"text": ARTICLE, "title": "T", "url": "https://x.example/a", "published": "2024-05-02T10:00:00Z", "outlet": "Bote"}
    (doc,) = read_file(write("one.json", json.dumps(obj)))
    assert (doc.id, doc.title, doc.published, doc.outlet, doc.url) == ("one", "T", "2024-05-02T10:00:00Z", "Bote", "https://x.example/a")
    (no_outlet,) = analyze([write("u.json", json.dumps({"text": ARTICLE, "url": "https://www.bote.example/a/b"}))]).articles
    assert no_outlet.outlet == "bote.example"
    docs = read_file(write("many.json", json.dumps([obj, {"html": HTML}])))
    assert [d.id for d in docs] == ["many-0", "many-1"]
    assert docs[1].fmt == "json" and docs[1].title == "Haushalt beschlossen"


def test_jsonl_bad_line_is_reported_and_others_kept(write) -> None:
    lines = [json.dumps({"id": "ok1", "text": ARTICLE}), "{not json", json.dumps({"id": "ok2", "text": ARTICLE}), json.dumps({"id": "no-text"})]
    path = write("feed.jsonl", "\n".join(lines))
    dossier = analyze([path])
    assert [a.id for a in dossier.articles] == ["ok1", "ok2"]
    reasons = {s.path: s.reason for s in dossier.skipped}
    assert reasons[f"{path}:2"].startswith("invalid JSON")
    assert "no 'text' or 'html'" in reasons[f"{path}:4"]


def test_gzip_of_each_format(write) -> None:
    (doc,) = read_file(write("a.txt.gz", gzip.compress(ARTICLE.encode())))
    assert doc.id == "a"
    (doc,) = read_file(write("p.html.gz", gzip.compress(HTML.encode())))
    assert doc.title == "Haushalt beschlossen"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", bytes(range(256)) * 4, "binary file"),
        ("broken.json", b"{\"text\": ", "invalid JSON"),
        ("bad.txt.gz", b"not gzip at all", "not a valid gzip file"),
        ("page.html", b"just words, no markup", "not HTML"),
        ("data.csv", b"a,b\n1,2\n", "unsupported file type '.csv'"),
    ],
)
def test_bad_input_raises_read_error(write, name: str, content: bytes, reason: str) -> None:
    with pytest.raises(ReadError) as exc:
        read_file(write(name, content))
    assert reason in exc.value.reason
    assert name in str(exc.value)


def test_missing_file() -> None:
    with pytest.raises(ReadError, match="no such file"):
        read_file(Path("/nonexistent/x.txt"))


def test_folder_walk_is_recursive_sorted_and_skips_hidden(write, tmp_path: Path) -> None:
    write("b/z.txt", ARTICLE)
    write("a.txt", ARTICLE)
    write(".hidden/x.txt", ARTICLE)
    dossier = analyze([tmp_path])
    assert [a.id for a in dossier.articles] == ["a", "z"]


@pytest.mark.issue(2)
def test_jsonl_line_breaks_only_at_newlines(tmp_path: Path) -> None:
    # JSON strings may hold U+2028/U+2029 unescaped (json.dumps with ensure_ascii=False writes them so)
    f = tmp_path / "sep.jsonl"
    rows = [{"title": "Eins", "text": "Erster Absatz.\u2028Noch im ersten."}, {"title": "Zwei", "text": "Zweiter Text\u2029mit Trenner."}]
    f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    docs = read_file(f)
    assert [d.id for d in docs] == ["sep-1", "sep-2"] and [d.title for d in docs] == ["Eins", "Zwei"]
