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
from pathlib import Path
from typing import Any

from .errors import StorylensError
from .model import Article, Dossier, Story

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    published TEXT,
    title TEXT,
    data TEXT NOT NULL,
    added_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT,
    data TEXT NOT NULL
);
"""


class StoreError(StorylensError):
    """The store could not be opened or written."""


def content_hash(text: str) -> str:
    """A stable key for an article's content."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


class SQLiteStore:
    """A storylens store in one SQLite file."""

    def __init__(self, path: Path | str) -> None:
        try:
            self.conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.executescript(SCHEMA)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {path}: {exc}") from exc
        self.path = str(path)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    # -- articles -------------------------------------------------------------------------------

    def has(self, digest: str) -> bool:
        """Whether an article with this content hash is stored."""
        return self.conn.execute("SELECT 1 FROM articles WHERE hash = ?", (digest,)).fetchone() is not None

    def add_articles(self, articles: list[Article]) -> int:
        """Add articles in one transaction; ones already stored (same content) are skipped.

        RETURNS (int): How many were new.
        """
        added = 0
        with self.conn:
            for a in articles:
                digest = content_hash(a.text)
                if self.has(digest):
                    continue
                aid = a.id
                n = 2
                while self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone():
                    aid = f"{a.id}-{n}"
                    n += 1
                data = a.to_dict() | {"id": aid}
                self.conn.execute(
                    "INSERT INTO articles (id, hash, path, published, title, data) VALUES (?, ?, ?, ?, ?, ?)",
                    (aid, digest, a.path, a.published, a.title, json.dumps(data, ensure_ascii=False)),
                )
                added += 1
        return added

    def articles(self) -> list[Article]:
        """Every stored article, oldest first."""
        rows = self.conn.execute("SELECT data FROM articles ORDER BY rowid").fetchall()
        return [Article.from_dict(json.loads(r[0])) for r in rows]

    def article(self, article_id: str) -> Article | None:
        """One article by id."""
        row = self.conn.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
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
        rows = self.conn.execute(f"SELECT id, title, published FROM articles WHERE {clause} ORDER BY published DESC LIMIT ?", (*params, limit)).fetchall()
        return [{"id": r[0], "title": r[1], "published": r[2]} for r in rows]

    # -- stories --------------------------------------------------------------------------------

    def replace_stories(self, stories: list[Story]) -> None:
        """Swap in a new set of stories in one transaction."""
        with self.conn:
            self.conn.execute("DELETE FROM stories")
            for n, s in enumerate(stories):
                self.conn.execute(
                    "INSERT INTO stories (id, position, title, data) VALUES (?, ?, ?, ?)",
                    (s.id, n, s.title, json.dumps(s.to_dict(), ensure_ascii=False)),
                )

    def stories(self) -> list[Story]:
        """Stored stories in their order."""
        rows = self.conn.execute("SELECT data FROM stories ORDER BY position").fetchall()
        return [Story.from_dict(json.loads(r[0])) for r in rows]

    def story(self, story_id: str) -> Story | None:
        """One story by id."""
        row = self.conn.execute("SELECT data FROM stories WHERE id = ?", (story_id,)).fetchone()
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
            "articles": self.conn.execute("SELECT count(*) FROM articles").fetchone()[0],
            "stories": self.conn.execute("SELECT count(*) FROM stories").fetchone()[0],
        }


def open_store(target: str | Path) -> SQLiteStore:
    """Open the store a ``--db`` value names (a SQLite file path)."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        raise StoreError("PostgreSQL stores are not available yet; use a SQLite file path")
    return SQLiteStore(text)
