"""Ingest: turn files (txt, html, json, jsonl, RSS/Atom feeds, WARC archives, and gzip of any) into raw documents.

A reader never crashes on bytes: it either returns documents or raises :class:`ReadError` with a
one-line reason. Readers are registered by file extension in :data:`READERS`.
"""

from __future__ import annotations

import gzip
import hashlib
import html as html_lib
import json
import re
import stat
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import ParseError, ReadError
from .timeutil import normalise_date


@dataclass
class RawDoc:
    """An article as read, before cleaning: paragraphs plus whatever metadata the source gave."""

    id: str
    path: str
    fmt: str
    paragraphs: list[str]
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    # True when the paragraphs come from an HTML extractor, which already dropped the title.
    extracted: bool = False


# --- decoding ---------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode(data: bytes, path: str) -> str:
    """Decode bytes as UTF-8, then cp1252, then latin-1, refusing binary content.

    data (bytes): File content.
    path (str): For error messages.
    RETURNS (str): The decoded text, BOM removed.
    """
    if not data.strip():
        raise ReadError(path, "empty file")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(path, "binary file (NUL bytes), not text")
    text: str | None = None
    for enc in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    sample = text[:4096]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > 0.05:
        raise ReadError(path, "binary file (control characters), not text")
    if not text.strip():
        raise ReadError(path, "empty file")
    return text


# --- paragraphs from plain text -----------------------------------------------------------------

_WS = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def normalise_line(line: str) -> str:
    """Collapse runs of spaces and drop invisible characters; the result is the canonical form."""
    return _WS.sub(" ", _INVISIBLE.sub("", line)).strip()


def split_paragraphs(text: str) -> list[str]:
    """Split plain text into paragraphs.

    One paragraph per line, unless the text is hard-wrapped (most lines 40–80 characters inside
    blank-line separated blocks), in which case blocks are paragraphs and their lines are joined.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [normalise_line(x) for x in text.split("\n")]
    filled = [x for x in lines if x]
    wrapped = [x for x in filled if 40 <= len(x) <= 80]
    hard_wrapped = len(filled) >= 5 and len(wrapped) / len(filled) >= 0.6 and "" in lines
    if not hard_wrapped:
        return filled
    paragraphs: list[str] = []
    block: list[str] = []
    for line in lines + [""]:
        if line:
            block.append(line)
        elif block:
            paragraphs.append(" ".join(block))
            block = []
    return paragraphs


def host_of(url: str | None) -> str | None:
    """A URL's host without "www." (``https://www.bote.example/a`` → ``bote.example``)."""
    return (urlsplit(url or "").hostname or "").removeprefix("www.") or None


def language_code(value: str | None) -> str | None:
    """A two-letter language code from what a source writes (``de-DE``, ``en_US``, ``DE``)."""
    return value.strip().lower()[:2] or None if value else None


# --- readers ------------------------------------------------------------------------------------


def read_txt(data: bytes, path: str, stem: str) -> list[RawDoc]:
    """Read a plain-text article; the cleaner finds title, byline and markers in its first lines."""
    paragraphs = split_paragraphs(decode(data, path))
    if not paragraphs:
        raise ReadError(path, "empty file")
    return [RawDoc(id=stem, path=path, fmt="txt", paragraphs=paragraphs)]


def read_html(data: bytes, path: str, stem: str, url: str | None = None) -> list[RawDoc]:
    """Read an HTML page with trafilatura (main text and metadata; dates through htmldate)."""
    text = decode(data, path)
    if "<" not in text[:2000]:
        raise ParseError(path, "not HTML (no markup in the first 2000 characters)")
    return [html_to_doc(text, path=path, doc_id=stem, url=url)]


def html_to_doc(html: str, *, path: str, doc_id: str, url: str | None = None, fmt: str = "html") -> RawDoc:
    """Extract one article from an HTML string.

    html (str): The page.
    path (str): Source path for messages and provenance.
    doc_id (str): Article id.
    url (str | None): The page's URL when known; helps metadata and outlet detection.
    RETURNS (RawDoc): The extracted document.
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, favor_recall=True
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise ParseError(path, f"HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    if doc is None or not (doc.text or "").strip():
        raise ParseError(path, "no article text found in the HTML page")
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return RawDoc(
        id=doc_id,
        path=path,
        fmt=fmt,
        paragraphs=[p for p in (normalise_line(x) for x in doc.text.split("\n")) if p],
        title=normalise_line(doc.title) if doc.title else None,
        url=doc.url or url,
        published=doc.date,
        outlet=doc.sitename or doc.hostname,
        authors=authors,
        extracted=True,
    )


_TEXT_KEYS = ("text", "body", "content", "maintext")
_HTML_KEYS = ("html", "raw_html")


def _obj_to_doc(obj: Any, path: str, doc_id: str) -> RawDoc:
    if not isinstance(obj, dict):
        raise ParseError(path, f"expected a JSON object, got {type(obj).__name__}")
    doc_id = str(obj.get("id") or doc_id)
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    html = next((obj[k] for k in _HTML_KEYS if isinstance(obj.get(k), str) and obj[k].strip()), None)
    text = next((obj[k] for k in _TEXT_KEYS if isinstance(obj.get(k), str) and obj[k].strip()), None)
    if text is not None:
        doc = RawDoc(id=doc_id, path=path, fmt="json", paragraphs=split_paragraphs(text))
    elif html is not None:
        doc = html_to_doc(html, path=path, doc_id=doc_id, url=url, fmt="json")
    else:
        raise ParseError(path, f"object {doc_id!r} has no 'text' or 'html' field")
    if isinstance(obj.get("title"), str) and obj["title"].strip():
        doc.title = normalise_line(obj["title"])
    for key in ("published", "date", "published_at", "publishing_date"):
        if isinstance(obj.get(key), str) and obj[key].strip():
            doc.published = obj[key].strip()
            break
    if isinstance(obj.get("outlet"), str) and obj["outlet"].strip():
        doc.outlet = obj["outlet"].strip()
    authors = obj.get("authors")
    if isinstance(authors, list):
        doc.authors = [str(a).strip() for a in authors if str(a).strip()]
    elif isinstance(authors, str) and authors.strip():
        doc.authors = [authors.strip()]
    if isinstance(obj.get("language"), str):
        doc.language = language_code(obj["language"])
    doc.url = doc.url or url
    return doc


def read_json(data: bytes, path: str, stem: str) -> list[RawDoc]:
    """Read a JSON file holding one article object or a list of them."""
    try:
        obj = json.loads(decode(data, path))
    except json.JSONDecodeError as exc:
        raise ParseError(path, f"invalid JSON ({exc.msg} at line {exc.lineno})") from exc
    if isinstance(obj, list):
        if not obj:
            raise ReadError(path, "empty JSON list")
        return [_obj_to_doc(o, path, f"{stem}-{i}") for i, o in enumerate(obj)]
    if isinstance(obj, dict) and "jsonfeed.org" in str(obj.get("version", "")):
        return _json_feed(obj, path, stem)
    return [_obj_to_doc(obj, path, stem)]


def _json_feed(feed: dict[str, Any], path: str, stem: str) -> list[RawDoc]:
    """A JSON Feed (jsonfeed.org, 1.0 and 1.1): one article per item, as :func:`read_feed` reads
    RSS and Atom (``content_html`` split at block elements, else ``content_text``, else ``summary``)."""
    items = feed.get("items")
    if not isinstance(items, list) or not items:
        raise ReadError(path, "the feed has no items")
    lang = feed.get("language") if isinstance(feed.get("language"), str) else None
    home = host_of(str(feed.get("home_page_url") or ""))
    docs: list[RawDoc] = []
    errors: list[ReadError] = []
    taken: set[str] = set()
    for no, item in enumerate(items, 1):
        where = f"{path}:item {no}"
        if not isinstance(item, dict):
            errors.append(ParseError(where, f"expected a JSON object, got {type(item).__name__}"))
            continue
        title = normalise_line(str(item.get("title") or "")) or None
        html = item.get("content_html")
        paragraphs = html_paragraphs(html) if isinstance(html, str) and html.strip() else []
        for key in ("content_text", "summary"):
            if not paragraphs and isinstance(item.get(key), str):
                paragraphs = split_paragraphs(item[key])
        if not paragraphs:
            errors.append(_no_text(where, title))
            continue
        url = item.get("url") if isinstance(item.get("url"), str) else None
        people = item.get("authors") or ([item["author"]] if isinstance(item.get("author"), dict) else [])
        authors = [normalise_line(str(a.get("name"))) for a in people if isinstance(a, dict) and a.get("name")]
        published = item.get("date_published") if isinstance(item.get("date_published"), str) else None
        item_lang = item.get("language") if isinstance(item.get("language"), str) else lang
        docs.append(RawDoc(
            id=_item_id(stem, str(item.get("id") or url or title or "") or None, no, taken), path=path,
            fmt="feed", paragraphs=paragraphs, title=title, url=url, published=published,
            outlet=host_of(url) or home, authors=authors, language=language_code(item_lang), extracted=True,
        ))
    return _items(path, docs, errors)


def read_jsonl(data: bytes, path: str, stem: str) -> list[RawDoc]:
    """Read JSON Lines, one article per line; a bad line is an error for that line only.

    Bad lines are returned as :class:`ReadError` instances in :attr:`LineErrors.errors` so the
    caller can report them while keeping the good lines.
    """
    docs, errors = _jsonl_docs(decode(data, path), path, stem, 0)
    if not docs and errors:
        raise errors[0]
    if errors:
        raise LineErrors(path, docs, errors)
    return docs


def _jsonl_docs(text: str, path: str, stem: str, before: int) -> tuple[list[RawDoc], list[ReadError]]:
    """The articles of JSON Lines ``text`` whose first line is line ``before + 1`` of its file.

    Lines end at "\n" only: JSON strings may hold U+2028 and other characters that
    :meth:`str.splitlines` would break a line at."""
    docs: list[RawDoc] = []
    errors: list[ReadError] = []
    for no, line in enumerate(text.split("\n"), before + 1):
        if not line.strip():
            continue
        where = f"{path}:{no}"
        try:
            docs.append(_obj_to_doc(json.loads(line), where, f"{stem}-{no}"))
        except json.JSONDecodeError as exc:
            errors.append(ParseError(where, f"invalid JSON ({exc.msg})"))
        except ReadError as exc:
            errors.append(exc)
    return docs, errors


# --- feeds (RSS 0.9x/2.0, RSS 1.0, Atom) ------------------------------------------------------

# Elements whose start and end break a paragraph in an HTML fragment, and those whose text is
# not reporting.
_BLOCK_TAGS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 blockquote pre figure figcaption table tr td th dd dt dl "
    "section article header footer aside address hr br".split()
)
_SKIP_TAGS = frozenset("script style noscript template iframe object svg".split())
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_SCRIPT = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _local(tag: Any) -> str:
    """An element's name without its namespace ('' for comments and processing instructions)."""
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def element_paragraphs(root: Any) -> list[str]:
    """The paragraphs of an HTML element tree: block elements and ``<br>`` break them, scripts and
    styles are left out. Walked without recursion, so no nesting depth breaks it."""
    from lxml import etree

    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        line = normalise_line("".join(buf))
        if line:
            out.append(line)
        buf.clear()

    skipping = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        name = _local(el.tag)
        if event == "start":
            if name in _SKIP_TAGS:
                skipping += 1
            elif name in _BLOCK_TAGS:
                flush()
            if not skipping and el.text and isinstance(el.tag, str):
                buf.append(el.text)
        else:
            if name in _SKIP_TAGS:
                skipping -= 1
            elif name in _BLOCK_TAGS:
                flush()
            if el is not root and not skipping and el.tail:
                buf.append(el.tail)
    flush()
    return out


def html_paragraphs(fragment: str) -> list[str]:
    """The paragraphs of an HTML fragment (a feed item's content, not a whole page: there is no
    page clutter around it for an extractor to tell from the text)."""
    from lxml import etree, html as lxml_html

    global _FRAGMENT_PARSER
    if _FRAGMENT_PARSER is None:  # no depth limit: libxml2 drops the text below 256 levels otherwise
        _FRAGMENT_PARSER = lxml_html.HTMLParser(huge_tree=True, no_network=True, remove_comments=True)
    try:
        paragraphs = element_paragraphs(lxml_html.fragment_fromstring(fragment, create_parent="div", parser=_FRAGMENT_PARSER))
    except (etree.ParserError, ValueError):
        paragraphs = []
    # markup the parser cannot read, or nested deeper than it goes (it drops that text): the text
    # with scripts and tags taken out
    return paragraphs or split_paragraphs(html_lib.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", fragment))))


_FRAGMENT_PARSER: Any = None


def _feed_text(el: Any) -> list[str]:
    """Paragraphs of a feed's text construct: Atom ``type="xhtml"`` (markup inline), escaped HTML
    (RSS descriptions, ``content:encoded``, Atom ``type="html"``) or plain text."""
    if el is None:
        return []
    if (el.get("type") or "").lower() == "xhtml" or len(el):
        return element_paragraphs(el)
    value = el.text or ""
    if _TAG.search(value):
        return html_paragraphs(value)
    return split_paragraphs(html_lib.unescape(value))


def _children(el: Any, *names: str) -> list[Any]:
    return [c for c in el if _local(c.tag) in names]


def _child_text(el: Any, *names: str) -> str | None:
    """The text of the first child named one of ``names`` (in that order of preference)."""
    for name in names:
        for c in _children(el, name):
            value = normalise_line(html_lib.unescape(_TAG.sub(" ", "".join(c.itertext()))))
            if value:
                return value
    return None


def _feed_link(el: Any) -> str | None:
    """An item's page: RSS ``<link>``, Atom ``<link rel="alternate" href>``, or a permalink guid."""
    for c in _children(el, "link"):
        href = c.get("href")
        if href and (c.get("rel") or "alternate") == "alternate":
            return href.strip()
        if not href and (c.text or "").strip():
            return c.text.strip()
    for c in _children(el, "guid"):
        value = (c.text or "").strip()
        if value.startswith(("http://", "https://")) and (c.get("isPermaLink") or "true") != "false":
            return value
    return None


_MAIL_NAME = re.compile(r"^\S+@\S+\s*\((?P<name>[^)]+)\)$")


def _feed_authors(el: Any) -> list[str]:
    """Authors of an item: Atom ``<author><name>``, ``dc:creator``, RSS ``<author>`` (an address,
    with the name in brackets when there is one: ``desk@example.org (Jane Doe)``)."""
    names: list[str] = []
    for c in _children(el, "author", "creator", "contributor"):
        name_el = _children(c, "name")
        value = normalise_line("".join((name_el[0] if name_el else c).itertext()))
        m = _MAIL_NAME.match(value)
        if m:
            value = m.group("name").strip()
        elif "@" in value and " " not in value:
            continue  # an address alone names nobody
        if value and value not in names:
            names.append(value)
    return names


def read_feed(data: bytes, path: str, stem: str) -> list[RawDoc]:
    """Read an RSS (0.9x, 1.0, 2.0) or Atom feed: one article per item or entry.

    The body is the richest text the item carries (``content:encoded``, Atom ``content``, then the
    description or summary): offline there is no page to fetch, so a feed that carries only teasers
    gives teaser-length articles. An item's id is the file stem and a digest of its guid or link,
    stable when the feed is fetched again with new items on top. Items without any text are
    reported one by one (:class:`LineErrors`), the others kept.
    """
    from lxml import etree

    if not data.strip():
        raise ReadError(path, "empty file")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ParseError(path, f"invalid XML ({exc})") from exc
    if root is None:
        raise ParseError(path, "invalid XML (no element could be read)")
    kind = _local(root.tag)
    if kind == "rss":
        channel = next(iter(_children(root, "channel")), root)
        items = _children(channel, "item")
    elif kind == "rdf":
        channel = next(iter(_children(root, "channel")), root)
        items = _children(root, "item") or _children(channel, "item")
    elif kind == "feed":
        channel, items = root, _children(root, "entry")
    else:
        raise ParseError(path, f"not an RSS or Atom feed (the root element is <{kind or '?'}>)")
    if not items:
        raise ReadError(path, "the feed has no items")
    feed_lang = _child_text(channel, "language") or root.get(_XML_LANG) or channel.get(_XML_LANG)
    feed_link = _feed_link(channel)
    docs: list[RawDoc] = []
    errors: list[ReadError] = []
    taken: set[str] = set()
    for no, item in enumerate(items, 1):
        where = f"{path}:item {no}"
        title = _child_text(item, "title")
        link = _feed_link(item)
        doc_id = _item_id(stem, _child_text(item, "guid", "id") or link or title, no, taken)
        paragraphs: list[str] = []
        for name in ("encoded", "content", "description", "summary"):
            for c in _children(item, name):
                paragraphs = _feed_text(c)
                if paragraphs:
                    break
            if paragraphs:
                break
        if not paragraphs:
            errors.append(_no_text(where, title))
            continue
        published = _child_text(item, "pubdate", "published", "date", "issued", "updated", "modified")
        lang = item.get(_XML_LANG) or feed_lang
        host = host_of(link or feed_link)
        docs.append(RawDoc(
            id=doc_id, path=path, fmt="feed", paragraphs=paragraphs, title=title, url=link,
            published=normalise_date(published) or published, outlet=host, authors=_feed_authors(item),
            language=language_code(lang), extracted=True,
        ))
    return _items(path, docs, errors)


def _no_text(where: str, title: str | None) -> ParseError:
    return ParseError(where, f"the item has no text{f' (only the title {title!r})' if title else ''}")


def _item_id(stem: str, key: str | None, no: int, taken: set[str]) -> str:
    """A feed item's id: the file stem and a digest of its guid (or link, or title), so that it
    stays when the feed is fetched again with new items on top; its position when it has none."""
    doc_id = f"{stem}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}" if key else f"{stem}-{no}"
    if doc_id in taken:
        doc_id = f"{doc_id}-{no}"
    taken.add(doc_id)
    return doc_id


def _items(path: str, docs: list[RawDoc], errors: list[ReadError]) -> list[RawDoc]:
    """A feed's articles; items that failed are reported one by one (:class:`LineErrors`)."""
    if not docs:
        raise errors[0]
    if errors:
        raise LineErrors(path, docs, errors)
    return docs


# --- WARC archives ------------------------------------------------------------------------------

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path) -> list[RawDoc]:
    """Read the HTML pages of a WARC (or ARC) archive, plain or gzipped, one article per page.

    Read record by record from the file, so an archive of any size costs one page at a time.
    Requests, metadata, revisits, redirects, errors and anything that is not HTML (images, scripts,
    style sheets) are not articles and are passed over; a page in which no article text is found
    is reported (file, record number and URL) and the others kept. An archive that breaks off (a
    download cut short) keeps the pages before the break, and the break is reported.
    """
    from warcio.archiveiterator import ArchiveIterator

    where = str(path)
    stem = _suffix_and_stem(path.name)[1]
    docs: list[RawDoc] = []
    errors: list[ReadError] = []
    no = end = 0
    try:
        with path.open("rb") as fh:
            _check_warc_head(fh, where)
            size = path.stat().st_size
            records = ArchiveIterator(fh, arc2warc=True)
            for no, record in enumerate(records, 1):
                try:
                    doc = _warc_page(record, f"{where}:record {no}", f"{stem}-{no}")
                except ReadError as exc:
                    errors.append(exc)
                else:
                    if doc is not None:
                        doc.path = where
                        docs.append(doc)
                records.read_to_end(record)
                end = records.get_record_offset() + records.get_record_length()
            if size - end > 4 or (size > end and fh.seek(end) >= 0 and fh.read().strip()):
                errors.append(ParseError(where, f"the archive breaks off after record {no} ({size - end} bytes at its end are no complete record)"))
    except ReadError:
        raise
    except OSError as exc:
        if exc.errno is not None:
            raise ReadError(where, f"cannot read file ({exc.strerror or exc})") from exc
        errors.append(ParseError(where, f"the archive breaks off after record {no} ({exc})"))
    except Exception as exc:  # warcio raises assorted errors (ArchiveLoadFailed, AttributeError, …) on broken records
        detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        errors.append(ParseError(where, f"the archive breaks off after record {no} ({detail})"))
    if not docs:
        if errors:
            raise errors[0] if len(errors) == 1 else LineErrors(where, [], errors)
        raise ReadError(where, f"the archive holds no HTML page ({no} record(s))")
    if errors:
        raise LineErrors(where, docs, errors)
    return docs


def _check_warc_head(fh: Any, where: str) -> None:
    """Refuse a file that is no WARC or ARC archive before the record parser reads it."""
    head = fh.read(4096)
    if head.startswith(b"\x1f\x8b"):  # gzipped record by record: the start of the first record
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error as exc:
            raise ParseError(where, f"not a valid gzip file ({exc})") from exc
    if not head.strip():
        raise ReadError(where, "empty file")
    if not head.lstrip().startswith((b"WARC/", b"filedesc://")):
        raise ParseError(where, "not a WARC archive (it does not begin with a WARC/1.x record)")
    fh.seek(0)


def _warc_page(record: Any, where: str, doc_id: str) -> RawDoc | None:
    """The article of one WARC record, or None when the record is no HTML page answered with 2xx."""
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    if headers is None:
        return None
    if record.rec_type == "response" and not (headers.get_statuscode() or "").startswith("2"):
        return None
    ctype = (headers.get_header("Content-Type") or "").lower()
    if not ctype.startswith(_HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    if url and _index_page(url):
        raise ReadError(where, f"a home or section page, not an article ({url})")
    try:
        body = record.content_stream().read()
        record.raw_stream.read()
        missing = getattr(record.raw_stream, "limit", 0)
        if missing:  # the archive ends inside this record
            raise ParseError(where, f"the archive breaks off inside this page ({missing} of {record.length} bytes missing)")
        return html_to_doc(_decode_page(body, ctype, where), path=where, doc_id=doc_id, url=url, fmt="warc")
    except ReadError as exc:
        raise ReadError(exc.path, f"{exc.reason}{f' ({url})' if url else ''}") from exc


def _index_page(url: str) -> bool:
    """Whether a crawled URL names a site's home or one of its sections (``/``, ``/politik/``,
    ``/sport?page=2``, ``/impressum``) rather than an article: a crawl holds those too. An article's
    path has a second level, a number, or a slug of words (``/flut-in-talstadt``)."""
    parts = [p for p in urlsplit(url).path.split("/") if p]
    if len(parts) > 1:
        return False
    name = parts[0].rsplit(".", 1)[0] if parts else ""
    return len(name) <= 25 and not any(ch.isdigit() or ch == "-" for ch in name)


def _decode_page(body: bytes, ctype: str, path: str) -> str:
    """A page's bytes as text: the charset its HTTP header names, else :func:`decode`'s guess."""
    m = _CHARSET.search(ctype)
    if m:
        try:
            return body.decode(m.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(body, path)


@dataclass
class Source:
    """What a store remembers of a file it has read: enough to pass over it while it is unchanged
    and to read only the lines a growing JSON Lines file has gained since.

    consumed (int): Bytes read so far — the whole file, or a JSON Lines file's complete lines.
    head (str): SHA-1 of those bytes: a file rewritten rather than appended to is read again whole.
    """

    path: str
    size: int
    mtime_ns: int
    consumed: int
    head: str = ""


def _read_reporting(path: Path) -> tuple[list[RawDoc], list[ReadError]]:
    """:func:`read_file` with its errors returned, not raised (a file with bad lines keeps its good ones)."""
    try:
        return read_file(path), []
    except LineErrors as exc:
        return exc.docs, exc.errors
    except ReadError as exc:
        return [], [exc]


def read_changed(path: Path, seen: Source | None = None, *, watching: bool = False) -> tuple[list[RawDoc], list[ReadError], Source | None] | None:
    """Read a file unless ``seen`` says it is unchanged (then None); of a JSON Lines file that
    grew, read only the new lines.

    watching (bool): The file may be being written: a last line without its newline is left for
        the next look while the file keeps changing and read — or reported — once it stands still.
    RETURNS: (documents, errors, what to remember of the file; None when it cannot be stat'ed).
    """
    where = str(path)
    try:
        st = path.stat()
    except OSError:
        st = None
    if st is None or not stat.S_ISREG(st.st_mode):
        return (*_read_reporting(path), None)
    unchanged = seen is not None and seen.size == st.st_size and seen.mtime_ns == st.st_mtime_ns
    if unchanged and seen is not None and seen.consumed >= st.st_size:
        return None
    suffix, stem, gz = _suffix_and_stem(path.name)
    if suffix not in (".jsonl", ".ndjson") or gz:
        return (*_read_reporting(path), Source(where, st.st_size, st.st_mtime_ns, st.st_size))
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [], [ReadError(where, f"cannot read file ({exc.strerror or exc})")], None
    start = 0
    whole = memoryview(data)  # slices of it hash without copying
    if seen is not None and 0 < seen.consumed <= len(data) and hashlib.sha1(whole[: seen.consumed]).hexdigest() == seen.head:
        start = seen.consumed
    chunk = data[start:]
    end = len(chunk)
    if watching and not unchanged and not chunk.endswith(b"\n"):
        end = chunk.rfind(b"\n") + 1  # the last line may still be being written
    docs: list[RawDoc] = []
    errors: list[ReadError] = []
    if chunk[:end].strip():
        try:
            # numbered on from the lines before (a first piece that continues a line is empty)
            docs, errors = _jsonl_docs(decode(chunk[:end], where), where, stem, data.count(b"\n", 0, start))
        except ReadError as exc:
            errors = [exc]
    record = Source(where, st.st_size, st.st_mtime_ns, start + end, hashlib.sha1(whole[: start + end]).hexdigest())
    if not start and not chunk.strip() and not watching:
        errors = [ReadError(where, "empty file")]
    return docs, errors, record


class LineErrors(ReadError):
    """Some lines of a multi-article file failed; ``docs`` holds the ones that were read."""

    def __init__(self, path: str, docs: list[RawDoc], errors: list[ReadError]) -> None:
        super().__init__(path, f"{len(errors)} bad line(s)")
        self.docs = docs
        self.errors = errors


Reader = Callable[[bytes, str, str], list[RawDoc]]

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".rss": read_feed,
    ".atom": read_feed,
    ".rdf": read_feed,
    ".xml": read_feed,
}

# Readers that take the file itself, not its bytes: an archive is read one record at a time and
# handles its own compression (a ``.warc.gz`` is gzipped record by record).
FILE_READERS: dict[str, Callable[[Path], list[RawDoc]]] = {
    ".warc": read_warc,
    ".arc": read_warc,
}


def _suffix_and_stem(name: str) -> tuple[str, str, bool]:
    """Return (format suffix, stem, gzipped) for a file name like ``a.html.gz``."""
    p = Path(name)
    gz = p.suffix.lower() == ".gz"
    if gz:
        p = Path(p.stem)
    return p.suffix.lower(), p.stem, gz


def read_file(path: Path) -> list[RawDoc]:
    """Read one file with the reader its extension names.

    path (Path): The file.
    RETURNS (list[RawDoc]): One document per article in the file.
    """
    where = str(path)
    if not path.exists():
        raise ReadError(where, "no such file or folder")
    suffix, stem, gz = _suffix_and_stem(path.name)
    if suffix in FILE_READERS:
        return FILE_READERS[suffix](path)
    reader = READERS.get(suffix)
    if reader is None:
        raise ReadError(where, f"unsupported file type {suffix or '(none)'!r} (supported: {', '.join(sorted(READERS | FILE_READERS))}, and .gz of these)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(where, f"cannot read file ({exc.strerror or exc})") from exc
    if gz:
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise ReadError(where, f"not a valid gzip file ({exc})") from exc
    return reader(data, where, stem)


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """Yield the files named, walking folders recursively in sorted order; hidden files are skipped.

    A path that does not exist is yielded as is, so that reading it reports the error.
    """
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield f
        else:
            yield p
