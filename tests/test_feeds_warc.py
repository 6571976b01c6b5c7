"""Feeds (RSS 2.0, RSS 1.0, Atom) and WARC archives: the two inputs news collections come in
besides pages and JSON. Real files written here, read by the real readers and the pipeline."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from storylens.errors import ReadError
from storylens.ingest import LineErrors, _index_page, html_paragraphs, read_file
from storylens.pipeline import Options, analyze, ingest
from storylens.store import open_store
from storylens.timeutil import normalise_date

FIRST = ("<p>Im Hafen von Nordstadt ist am Montag eine Fähre gesunken. Mindestens 12 Menschen kamen ums "
         "Leben, teilte die Polizei mit.</p><p>„Wir suchen weiter nach Vermissten“, sagte Hafenchef Karl "
         "Muster.<br>Die Ursache ist unklar.</p><script>var tracking = 1;</script>"
         "<figure><img src='f.jpg'><figcaption>Foto: Hafenamt Nordstadt</figcaption></figure>")
SECOND = "Die Zahl der Toten stieg am Dienstag auf 15, teilte die Stadtverwaltung von Nordstadt mit."


def rss(*items: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Tagesblick – Nachrichten aus aller Welt</title><link>https://www.tagesblick.example/</link>
<language>de-de</language>{''.join(items)}</channel></rss>"""


ITEM1 = f"""<item><title>Fähre im Hafen von Nordstadt gesunken</title>
<link>https://www.tagesblick.example/a/faehre.html</link><guid isPermaLink="false">tb-1001</guid>
<pubDate>Mon, 03 Jan 2022 22:30:00 +0100</pubDate><dc:creator>Jana Beispiel</dc:creator>
<description>Kurz: eine Fähre sank.</description><content:encoded><![CDATA[{FIRST}]]></content:encoded></item>"""
ITEM_TITLE_ONLY = "<item><title>Nur eine Schlagzeile</title><guid>tb-1002</guid></item>"
ITEM3 = f"""<item><title>Mehr Tote nach Fährunglück</title><link>https://www.tagesblick.example/a/toten.html</link>
<description>{SECOND}</description><author>desk@tagesblick.example (Max Probe)</author>
<pubDate>Tue, 04 Jan 2022 09:00:00 +0100</pubDate></item>"""


@pytest.mark.parametrize(("value", "expected"), [
    ("Mon, 03 Jan 2022 22:30:00 +0100", "2022-01-03"),  # the day as the outlet wrote it, not UTC's
    ("4 Jan 2022 08:00 GMT", "2022-01-04"),
    ("Mon, 99 Jan 2022", None),
])
def test_rfc822_dates_are_read(value: str, expected: str | None) -> None:
    assert normalise_date(value) == expected


def test_rss_items_become_articles_and_a_textless_item_is_reported(write) -> None:
    path = write("tagesblick.rss", rss(ITEM1, ITEM_TITLE_ONLY, ITEM3))
    with pytest.raises(LineErrors) as exc:
        read_file(path)
    first, third = exc.value.docs
    (bad,) = exc.value.errors
    assert bad.path == f"{path}:item 2" and "no text" in bad.reason and "Nur eine Schlagzeile" in bad.reason
    assert first.title == "Fähre im Hafen von Nordstadt gesunken"
    assert first.url == "https://www.tagesblick.example/a/faehre.html"
    assert first.published == "2022-01-03" and first.language == "de" and first.fmt == "feed"
    assert first.authors == ["Jana Beispiel"] and third.authors == ["Max Probe"]
    # content:encoded wins over the teaser; <p> and <br> break paragraphs, scripts are dropped
    assert first.paragraphs[:3] == [
        "Im Hafen von Nordstadt ist am Montag eine Fähre gesunken. Mindestens 12 Menschen kamen ums Leben, teilte die Polizei mit.",
        "„Wir suchen weiter nach Vermissten“, sagte Hafenchef Karl Muster.",
        "Die Ursache ist unklar.",
    ]
    assert not any("tracking" in p for p in first.paragraphs)
    assert third.paragraphs == [SECOND]

    dossier = analyze([path], options=Options(dense=None))
    art = {a.title: a for a in dossier.articles}
    ferry = art["Fähre im Hafen von Nordstadt gesunken"]
    assert ferry.outlet == "tagesblick.example"
    assert "Foto: Hafenamt Nordstadt" not in ferry.text  # the caption is clutter, kept aside
    assert any(r.text == "Foto: Hafenamt Nordstadt" for r in ferry.removed)
    assert [(s.path, s.reason) for s in dossier.skipped] == [(bad.path, bad.reason)]


def test_item_ids_are_stable_when_the_feed_is_fetched_again(write, tmp_path: Path) -> None:
    before = {d.title: d.id for d in read_file(write("tb.rss", rss(ITEM1, ITEM3)))}
    after = {d.title: d.id for d in read_file(write("tb.rss", rss(ITEM3.replace("Mehr Tote", "Noch mehr Tote")
                                                                .replace("toten.html", "toten-2.html"), ITEM1, ITEM3)))}
    assert len(set(after.values())) == 3
    assert all(after[t] == i for t, i in before.items())

    store = open_store(tmp_path / "s.db")
    feed = write("in/tb.rss", rss(ITEM1, ITEM3))
    assert ingest([feed], store, options=Options(dense=None)) == (2, [])
    feed.write_text(rss(ITEM3.replace("toten.html", "toten-2.html").replace(SECOND, SECOND.replace("15", "17")), ITEM1, ITEM3))
    assert ingest([feed], store, options=Options(dense=None), watching=True)[0] == 1  # only the new item
    assert store.counts()["articles"] == 3
    store.close()


def test_atom_entries_with_xhtml_html_and_text_content(write) -> None:
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Example Wire</title>
<link href="https://wire.example.org/"/>
<entry><title type="html">Ferry sinks &lt;i&gt;off&lt;/i&gt; Northtown</title><id>urn:uuid:7a1</id>
<link rel="edit" href="https://wire.example.org/api/7a1"/><link rel="alternate" href="https://wire.example.org/ferry"/>
<updated>2022-01-03T12:00:00Z</updated><author><name>Sam Sample</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A ferry sank in Northtown harbour on Monday, police said.</p><p>At least 12 people died.</p></div></content></entry>
<entry><title>Toll rises</title><id>urn:uuid:7a2</id><published>2022-01-04T08:00:00+01:00</published>
<content type="html">&lt;p&gt;Officials said 15 people were dead &amp;amp; 30 injured.&lt;/p&gt;</content></entry>
<entry><title>Plain</title><id>urn:uuid:7a3</id><summary type="text">Rescuers &amp; divers searched all night.</summary></entry>
</feed>"""
    docs = read_file(write("wire.atom", atom))
    assert [d.title for d in docs] == ["Ferry sinks off Northtown", "Toll rises", "Plain"]
    assert docs[0].url == "https://wire.example.org/ferry" and docs[0].authors == ["Sam Sample"]
    assert docs[0].paragraphs == ["A ferry sank in Northtown harbour on Monday, police said.", "At least 12 people died."]
    assert docs[1].paragraphs == ["Officials said 15 people were dead & 30 injured."]
    assert docs[2].paragraphs == ["Rescuers & divers searched all night."]
    assert [d.published for d in docs] == ["2022-01-03", "2022-01-04", None]
    assert {d.language for d in docs} == {"en"} and docs[2].outlet == "wire.example.org"


def test_rss_1_0_items_beside_the_channel(write) -> None:
    rdf = """<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://bote.example/"><title>Bote</title><link>https://bote.example/</link></channel>
<item rdf:about="https://bote.example/1"><title>Brücke gesperrt</title><link>https://bote.example/1</link>
<description>Die Brücke über den Fluss bleibt nach dem Unfall bis Freitag gesperrt.</description><dc:date>2023-04-05</dc:date></item>
</rdf:RDF>"""
    (doc,) = read_file(write("bote.rdf", rdf))
    assert (doc.title, doc.published, doc.url) == ("Brücke gesperrt", "2023-04-05", "https://bote.example/1")


@pytest.mark.parametrize(("url", "index"), [
    ("https://x.example/", True), ("https://x.example/politik/", True), ("https://x.example/sport?page=2", True),
    ("https://x.example/impressum.html", True), ("https://x.example/politik/flut.html", False),
    ("https://x.example/flut-in-talstadt", False), ("https://x.example/a-65464327", False), ("https://x.example/liveblog-ukraine", False),
])
def test_home_and_section_pages_of_a_crawl(url: str, index: bool) -> None:
    assert _index_page(url) is index


def test_html_fragment_paragraphs_survive_broken_markup() -> None:
    assert html_paragraphs("<p>Erster Absatz<p>Zweiter <b>fetter</b> Absatz</div><li>Punkt") == [
        "Erster Absatz", "Zweiter fetter Absatz", "Punkt"]
    deep = "<div>" * 3000 + "Tief" + "</div>" * 3000
    assert html_paragraphs(deep) == ["Tief"]


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("sitemap.xml", "<urlset><url><loc>https://x.example/</loc></url></urlset>", "not an RSS or Atom feed (the root element is <urlset>)"),
    ("leer.rss", "<rss version='2.0'><channel><title>Leer</title></channel></rss>", "the feed has no items"),
    ("kaputt.xml", "<<<>>> kein XML", "invalid XML"),
    ("nichts.rss", "   ", "empty file"),
])
def test_bad_feeds_are_reported(write, name: str, content: str, reason: str) -> None:
    with pytest.raises(ReadError) as exc:
        read_file(write(name, content))
    assert reason in exc.value.reason and name in exc.value.path


def test_feed_entities_are_not_expanded(write) -> None:
    bomb = """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY ext SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>T</title><description>Der Text &c; und &ext; steht hier, lang genug für einen Absatz.</description></item></channel></rss>"""
    (doc,) = read_file(write("bomb.rss", bomb))
    assert "root:" not in doc.paragraphs[0] and "A" * 100 not in doc.paragraphs[0]


# --- WARC -----------------------------------------------------------------------------------------

PAGE = """<html><head><meta charset="{charset}"><title>Fähre gesunken</title><meta property="og:site_name" content="Tagesblick"></head>
<body><nav>Start | Politik | Sport</nav><article><h1>Fähre im Hafen von {town} gesunken</h1>
<p>Im Hafen von {town} ist am Montag eine Fähre gesunken. Mindestens 12 Menschen kamen ums Leben, teilte die Polizei mit. Die Retter suchten die ganze Nacht.</p>
<p>"Wir suchen weiter nach Vermissten", sagte Hafenchef Karl Muster am Dienstag vor Journalisten in {town}.</p>
<p>Die Ursache des Unglücks in {town} ist nach Angaben der Behörden noch völlig unklar, Ermittlungen laufen.</p></article></body></html>"""


def warc(gz: bool, section: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    w = WARCWriter(out, gzip=gz)
    w.write_record(w.create_warcinfo_record("crawl.warc", {"software": "storylens tests"}))

    def response(url: str, body: bytes, ctype: str, status: str = "200 OK") -> None:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers))

    request = b"GET /a/nord.html HTTP/1.1\r\nHost: www.tagesblick.example\r\n\r\n"
    w.write_record(w.create_warc_record("https://www.tagesblick.example/a/nord.html", "request",
                                        payload=io.BytesIO(request), length=len(request)))
    response("https://www.tagesblick.example/a/nord.html", PAGE.format(charset="utf-8", town="Nordstadt").encode(), "text/html; charset=utf-8")
    response("https://www.tagesblick.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
    response("https://www.tagesblick.example/alt", b"", "text/html", status="301 Moved Permanently")
    response("https://www.tagesblick.example/a/leer.html", b"<html><body><nav></nav></body></html>", "text/html")
    response("https://www.tagesblick.example/a/sued.html", PAGE.format(charset="iso-8859-1", town="Südstadt").encode("latin-1"),
             "text/html; charset=ISO-8859-1")
    if section:
        links = "".join(f"<p><a href='/a/{i}.html'>Meldung {i}: Neues aus Nordstadt und Südstadt, mit vielen Einzelheiten zum Tag</a></p>" for i in range(12))
        response("https://www.tagesblick.example/panorama/", f"<html><body><main>{links}</main></body></html>".encode(), "text/html")
    return out.getvalue()


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_pages_become_articles(write, name: str) -> None:
    path = write(name, warc(name.endswith(".gz")))
    with pytest.raises(LineErrors) as exc:
        read_file(path)
    nord, sued = exc.value.docs
    bad, section = exc.value.errors
    assert bad.path == f"{path}:record 6" and "no article text" in bad.reason and "leer.html" in bad.reason
    assert section.path == f"{path}:record 8" and section.reason == "a home or section page, not an article (https://www.tagesblick.example/panorama/)"
    stem = name.split(".")[0]
    assert (nord.id, sued.id) == (f"{stem}-3", f"{stem}-7")
    assert nord.url == "https://www.tagesblick.example/a/nord.html" and nord.outlet == "Tagesblick"
    assert nord.fmt == "warc" and nord.path == str(path)
    assert any("Vermissten" in p for p in nord.paragraphs)
    assert any("Südstadt ist am Montag" in p for p in sued.paragraphs)  # read with the header's charset
    assert not any("Politik | Sport" in p for p in nord.paragraphs)


def test_a_broken_off_archive_keeps_the_pages_before_the_break(write) -> None:
    whole = warc(True, section=False)
    cut = write("cut.warc.gz", whole[: len(whole) - 150])
    with pytest.raises(LineErrors) as exc:
        read_file(cut)
    assert [d.id for d in exc.value.docs] == ["cut-3"]
    assert any("breaks off" in e.reason for e in exc.value.errors)
    plain = warc(False, section=False)
    at = plain.index(b"S\xfcdstadt ist am Montag")
    cut = write("cut.warc", plain[:at])
    dossier = analyze([cut], options=Options(dense=None))
    assert [a.id for a in dossier.articles] == ["cut-3"]
    assert any(s.path == f"{cut}:record 7" and "breaks off inside this page" in s.reason for s in dossier.skipped)


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("leer.warc", b"", "empty file"),
    ("text.warc", b"hello world, this is no archive\n", "not a WARC archive"),
    ("text.warc.gz", gzip.compress(b"hello world, this is no archive\n"), "not a WARC archive"),
    ("bad.warc.gz", b"\x1f\x8b\x08garbage", "not a valid gzip file"),
])
def test_bad_archives_are_reported(write, name: str, content: bytes, reason: str) -> None:
    with pytest.raises(ReadError) as exc:
        read_file(write(name, content))
    assert reason in exc.value.reason and name in exc.value.path


def test_an_archive_without_pages(write) -> None:
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    w = WARCWriter(out, gzip=True)
    w.write_record(w.create_warcinfo_record("x.warc", {"software": "t"}))
    with pytest.raises(ReadError, match="holds no HTML page"):
        read_file(write("x.warc.gz", out.getvalue()))


def test_json_feed(write) -> None:
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Talbote", "home_page_url": "https://talbote.example/",
            "language": "de-DE", "items": [
                {"id": "17", "url": "https://talbote.example/flut", "title": "Flut in Talstadt", "date_published": "2024-03-11T08:00:00+01:00",
                 "authors": [{"name": "Anna Berg"}], "content_html": "<p>In Talstadt stieg der Pegel um zwei Meter.</p><p>Mehr als 300 Menschen wurden evakuiert.</p>"},
                {"id": "18", "title": "Kurz", "content_text": "Der Pegel sinkt wieder.\n\nDie Evakuierten kehren zurück."},
                {"id": "19", "title": "Nur Titel"},
                "kein Objekt",
            ]}
    with pytest.raises(LineErrors) as exc:
        read_file(write("talbote.json", json.dumps(feed)))
    first, second = exc.value.docs
    assert first.paragraphs == ["In Talstadt stieg der Pegel um zwei Meter.", "Mehr als 300 Menschen wurden evakuiert."]
    assert (first.title, first.authors, first.language, first.outlet, first.published) == (
        "Flut in Talstadt", ["Anna Berg"], "de", "talbote.example", "2024-03-11T08:00:00+01:00")
    assert second.paragraphs == ["Der Pegel sinkt wieder.", "Die Evakuierten kehren zurück."] and second.outlet == "talbote.example"
    assert [e.path.rsplit(":", 1)[1] for e in exc.value.errors] == ["item 3", "item 4"]
    assert first.id != second.id and first.id.startswith("talbote-")


def test_a_fragment_of_script_only_has_no_text() -> None:
    assert html_paragraphs("<script>var tracking = 1;</script><style>p { color: red }</style>") == []
