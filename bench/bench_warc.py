"""WARC input against the same pages as HTML files: same articles, and pages per second.

Packs every ``*.html.gz`` page under FOLDER (default ../shared/corpus/fundus-de) into one
temporary WARC archive (gzipped record by record, as crawlers write them; a request record,
an image and a redirect between pages, as in a real crawl), reads it with storylens' WARC
reader and reads the same pages with the HTML reader, then reports how many articles are
identical (paragraphs, title, outlet, date, authors) and the pages per second of both.

    .venv/bin/python bench/bench_warc.py [FOLDER]
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storylens.ingest import LineErrors, ReadError, read_file, read_warc

ROOT = Path(__file__).resolve().parents[1]


def pack(pages: list[Path], out: Path) -> None:
    with out.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for i, page in enumerate(pages):
            body = gzip.decompress(page.read_bytes())
            url = f"https://archive.example/{page.name.removesuffix('.html.gz')}"
            request = f"GET /{i} HTTP/1.1\r\nHost: archive.example\r\n\r\n".encode()
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(request), length=len(request)))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http))
            png = b"\x89PNG\r\n\x1a\n" + bytes(64)
            http = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url + ".png", "response", payload=io.BytesIO(png), length=len(png), http_headers=http))
            http = StatusAndHeaders("301 Moved Permanently", [("Content-Type", "text/html"), ("Location", url)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url + "/", "response", payload=io.BytesIO(b""), length=0, http_headers=http))


def key(doc) -> tuple:
    return (doc.paragraphs, doc.title, doc.outlet, doc.published, doc.authors)


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus" / "fundus-de"
    pages = sorted(folder.rglob("*.html.gz"))
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "fundus.warc.gz"
        pack(pages, archive)
        t = time.perf_counter()
        try:
            from_warc = read_warc(archive)
            warc_errors: list[str] = []
        except LineErrors as exc:
            from_warc, warc_errors = exc.docs, [str(e) for e in exc.errors]
        warc_s = time.perf_counter() - t
        t = time.perf_counter()
        from_html = []
        html_errors = []
        for p in pages:
            try:
                from_html.extend(read_file(p))
            except ReadError as exc:
                html_errors.append(str(exc))
        html_s = time.perf_counter() - t
        size = archive.stat().st_size
    # the URL differs (the archive's is invented), so the outlet may come from it where the page names none
    same = sum(key(a) == key(b) for a, b in zip(from_warc, from_html))
    print(json.dumps({
        "pages": len(pages), "archive_mb": round(size / 1e6, 1),
        "articles_warc": len(from_warc), "articles_html": len(from_html),
        "identical": same, "errors_warc": warc_errors, "errors_html": html_errors,
        "pages_per_s_warc": round(len(pages) / warc_s, 1), "pages_per_s_html": round(len(pages) / html_s, 1),
    }, indent=1))


if __name__ == "__main__":
    main()
