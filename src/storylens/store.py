"""Store: analyses that persist and grow — SQLite by default (WAL mode).

Articles are added idempotently (keyed by a hash of their content: re-ingesting changes nothing)
and each file's articles are committed in one transaction, so a killed ingest leaves a consistent
store that keeps every committed article. After new articles arrive, the story stages run again
over the stored articles and the stories are replaced in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from .errors import StorylensError
from .ingest import Source
from .model import Article, Dossier, Story

TABLES = (
    """CREATE TABLE IF NOT EXISTS articles (
        id TEXT PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL,
        published TEXT,
        title TEXT,
        data TEXT NOT NULL,
        added_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
    )""",
    """CREATE TABLE IF NOT EXISTS stories (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        title TEXT,
        data TEXT NOT NULL
    )""",
    # the files read, so that a watching ingest passes over unchanged ones (see ingest.Source)
    """CREATE TABLE IF NOT EXISTS sources (
        path TEXT PRIMARY KEY,
        size BIGINT NOT NULL,
        mtime_ns BIGINT NOT NULL,
        consumed BIGINT NOT NULL,
        head TEXT NOT NULL
    )""",
    # dense vectors of article texts (float32 bytes) by backend and text digest: embedding is the
    # slowest step of grouping, so a store embeds each text once, whichever process reads it
    """CREATE TABLE IF NOT EXISTS vectors (
        key TEXT PRIMARY KEY,
        data BYTEA NOT NULL
    )""",
)
VECTOR_BATCH = 500  # keys per query: far below SQLite's and PostgreSQL's parameter limits


class StoreError(StorylensError):
    """The store could not be opened or written."""


def content_hash(text: str) -> str:
    """A stable key for an article's content."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


class SQLStore:
    """A storylens store over a DB-API connection; subclasses open the connection."""

    marker = "?"  # the driver's parameter marker

    def __init__(self, conn: Any, where: str) -> None:
        self.conn = conn
        self.path = where
        with self._tx() as cur:
            for table in TABLES:
                cur.execute(table)

    def _sql(self, query: str) -> str:
        return query.replace("?", self.marker)

    @contextmanager
    def _tx(self) -> Iterator[Any]:
        """A transaction: committed when the block ends, rolled back on an error."""
        cur = self.conn.cursor()
        try:
            yield cur
            self.conn.commit()
        except Exception:
            self.conn.rollback()
            raise
        finally:
            cur.close()

    def _all(self, query: str, params: tuple[Any, ...] = ()) -> list[Any]:
        cur = self.conn.cursor()
        try:
            cur.execute(self._sql(query), params)
            return list(cur.fetchall())
        finally:
            cur.close()

    def _one(self, query: str, params: tuple[Any, ...] = ()) -> Any:
        rows = self._all(query, params)
        return rows[0] if rows else None

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    # -- articles -------------------------------------------------------------------------------

    def has(self, digest: str) -> bool:
        """Whether an article with this content hash is stored."""
        return self._one("SELECT 1 FROM articles WHERE hash = ?", (digest,)) is not None

    def source(self, path: str) -> Source | None:
        """What the store remembers of a file it has read."""
        row = self._one("SELECT path, size, mtime_ns, consumed, head FROM sources WHERE path = ?", (path,))
        return Source(row[0], int(row[1]), int(row[2]), int(row[3]), row[4]) if row else None

    def add_articles(self, articles: list[Article], source: Source | None = None) -> int:
        """Add articles in one transaction; ones already stored (same content) are skipped.

        source (Source | None): The file they were read from, remembered in the same transaction.
        RETURNS (int): How many were new.
        """
        added = 0
        base = datetime.now(timezone.utc)
        with self._tx() as cur:
            if source is not None:
                cur.execute(
                    self._sql("INSERT INTO sources (path, size, mtime_ns, consumed, head) VALUES (?, ?, ?, ?, ?) "
                              "ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns, "
                              "consumed = excluded.consumed, head = excluded.head"),
                    (source.path, source.size, source.mtime_ns, source.consumed, source.head),
                )
            for a in articles:
                digest = content_hash(a.text)
                cur.execute(self._sql("SELECT 1 FROM articles WHERE hash = ?"), (digest,))
                if cur.fetchone() is not None:
                    continue
                aid = a.id
                n = 2
                while True:
                    cur.execute(self._sql("SELECT 1 FROM articles WHERE id = ?"), (aid,))
                    if cur.fetchone() is None:
                        break
                    aid = f"{a.id}-{n}"
                    n += 1
                data = a.to_dict() | {"id": aid}
                # microseconds apart: the stored order is the order the articles were read in
                added_at = (base + timedelta(microseconds=added)).strftime("%Y-%m-%d %H:%M:%S.%f")
                cur.execute(
                    self._sql("INSERT INTO articles (id, hash, path, published, title, data, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    (aid, digest, a.path, a.published, a.title, json.dumps(data, ensure_ascii=False), added_at),
                )
                added += 1
        return added

    def articles(self) -> list[Article]:
        """Every stored article, oldest first."""
        rows = self._all("SELECT data FROM articles ORDER BY added_at, id")
        return [Article.from_dict(json.loads(r[0])) for r in rows]

    def article(self, article_id: str) -> Article | None:
        """One article by id."""
        row = self._one("SELECT data FROM articles WHERE id = ?", (article_id,))
        return Article.from_dict(json.loads(row[0])) if row else None

    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Articles whose title or text contains every word of ``query`` (case-insensitive)."""
        words = [w for w in query.split() if w][:8]
        if not words:
            return []
        clause = " AND ".join("(lower(title) LIKE ? OR lower(data) LIKE ?)" for _ in words)
        params: list[str] = []
        for w in words:
            like = f"%{w.lower()}%"
            params += [like, like]
        rows = self._all(f"SELECT id, title, published FROM articles WHERE {clause} ORDER BY published DESC LIMIT ?", (*params, limit))
        return [{"id": r[0], "title": r[1], "published": r[2]} for r in rows]

    # -- dense vectors (stories.VectorKeeper) ----------------------------------------------------

    def get_vectors(self, keys: list[str]) -> dict[str, bytes]:
        """The stored vectors among ``keys``."""
        out: dict[str, bytes] = {}
        for start in range(0, len(keys), VECTOR_BATCH):
            part = keys[start : start + VECTOR_BATCH]
            marks = ", ".join("?" * len(part))
            for key, data in self._all(f"SELECT key, data FROM vectors WHERE key IN ({marks})", tuple(part)):
                out[key] = bytes(data)
        return out

    def known_vectors(self, keys: list[str]) -> set[str]:
        """Which of ``keys`` have a stored vector."""
        out: set[str] = set()
        for start in range(0, len(keys), VECTOR_BATCH):
            part = keys[start : start + VECTOR_BATCH]
            out.update(r[0] for r in self._all(f"SELECT key FROM vectors WHERE key IN ({', '.join('?' * len(part))})", tuple(part)))
        return out

    def put_vectors(self, items: dict[str, bytes]) -> None:
        """Keep vectors under their keys (one transaction; a key already kept is left as it is)."""
        if not items:
            return
        with self._tx() as cur:
            for key, data in items.items():
                cur.execute(self._sql("INSERT INTO vectors (key, data) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"), (key, data))

    # -- stories --------------------------------------------------------------------------------

    def replace_stories(self, stories: list[Story]) -> None:
        """Swap in a new set of stories in one transaction."""
        with self._tx() as cur:
            cur.execute("DELETE FROM stories")
            for n, s in enumerate(stories):
                cur.execute(
                    self._sql("INSERT INTO stories (id, position, title, data) VALUES (?, ?, ?, ?)"),
                    (s.id, n, s.title, json.dumps(s.to_dict(), ensure_ascii=False)),
                )

    def stories(self) -> list[Story]:
        """Stored stories in their order."""
        rows = self._all("SELECT data FROM stories ORDER BY position")
        return [Story.from_dict(json.loads(r[0])) for r in rows]

    def story(self, story_id: str) -> Story | None:
        """One story by id."""
        row = self._one("SELECT data FROM stories WHERE id = ?", (story_id,))
        return Story.from_dict(json.loads(row[0])) if row else None

    def dossier(self, story_id: str | None = None) -> Dossier:
        """The stored analysis as a dossier — all stories, or one with its articles."""
        stories = self.stories() if story_id is None else [s for s in [self.story(story_id)] if s]
        wanted = {aid for s in stories for aid in s.articles}
        articles = [a for a in self.articles() if a.id in wanted]
        return Dossier(articles=articles, stories=stories)

    def counts(self) -> dict[str, int]:
        """Numbers of stored articles and stories."""
        return {
            "articles": int(self._one("SELECT count(*) FROM articles")[0]),
            "stories": int(self._one("SELECT count(*) FROM stories")[0]),
        }


class SQLiteStore(SQLStore):
    """The default store: one SQLite file in WAL mode."""

    def __init__(self, path: Path | str) -> None:
        try:
            conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            super().__init__(conn, str(path))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {path}: {exc}") from exc


class PostgresStore(SQLStore):
    """A shared store in PostgreSQL (pure-Python driver pg8000)."""

    marker = "%s"

    def __init__(self, url: str) -> None:
        try:
            import pg8000.dbapi
        except ImportError as exc:
            raise StoreError("PostgreSQL stores need the pg8000 package: pip install pg8000") from exc
        parts = urlsplit(url)
        try:
            conn = pg8000.dbapi.connect(
                user=unquote(parts.username or "postgres"), password=unquote(parts.password) if parts.password else None,
                host=parts.hostname or "127.0.0.1", port=parts.port or 5432, database=(parts.path or "/postgres").lstrip("/") or "postgres",
            )
        except Exception as exc:  # pg8000 raises its own InterfaceError/DatabaseError
            raise StoreError(f"cannot open store {parts.hostname}:{parts.port}/{parts.path.lstrip('/')}: {exc}") from exc
        where = f"postgresql://{parts.hostname}:{parts.port}{parts.path}"
        super().__init__(conn, where)


def open_store(target: str | Path) -> SQLStore:
    """Open the store a ``--db`` value names: a SQLite file path or a ``postgresql://`` URL."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        return PostgresStore(text)
    return SQLiteStore(text)
