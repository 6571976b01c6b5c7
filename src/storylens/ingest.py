"""Ingest: turn files (txt, html, json, jsonl, and gzip of any) into raw documents.

A reader never crashes on bytes: it either returns documents or raises :class:`ReadError` with a
one-line reason. Readers are registered by file extension in :data:`READERS`.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import stat
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ParseError, ReadError


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
        doc.language = obj["language"].strip().lower()[:2] or None
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
    return [_obj_to_doc(obj, path, stem)]


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
    reader = READERS.get(suffix)
    if reader is None:
        raise ReadError(where, f"unsupported file type {suffix or '(none)'!r} (supported: {', '.join(sorted(READERS))}, and .gz of these)")
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
