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

from . import stories as story_groups
from .errors import StorylensError
from .ingest import Source
from .model import Article, Dossier, Story
from .stories import MAX_DAYS_APART, StoryState, Update, dense_text
from .timeutil import parse_partial_date

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
    # the story index: what the streaming path knows of each story, so that new articles are
    # assigned to stored stories instead of the whole store being regrouped (stories.assign)
    """CREATE TABLE IF NOT EXISTS story_index (
        story TEXT PRIMARY KEY,
        language TEXT NOT NULL,
        first_day TEXT,
        last_day TEXT,
        size INTEGER NOT NULL,
        lead TEXT NOT NULL,
        centroid TEXT NOT NULL,
        seq BIGINT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS story_terms (
        term TEXT NOT NULL,
        story TEXT NOT NULL,
        seq BIGINT NOT NULL,
        PRIMARY KEY (term, story)
    )""",
    "CREATE INDEX IF NOT EXISTS story_terms_recent ON story_terms (term, seq)",
    """CREATE TABLE IF NOT EXISTS term_df (
        term TEXT PRIMARY KEY,
        df INTEGER NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS assigned (
        article TEXT PRIMARY KEY,
        story TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS assigned_story ON assigned (story)",
    # each story's profile (stories.profile), so that its related stories are found when it is
    # read, and its number of articles under the term SIZE_TERM
    """CREATE TABLE IF NOT EXISTS story_profiles (
        story TEXT NOT NULL,
        term TEXT NOT NULL,
        weight DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (story, term)
    )""",
    "CREATE INDEX IF NOT EXISTS story_profiles_term ON story_profiles (term, weight)",
)
INDEX_TABLES = ("story_index", "story_terms", "term_df", "assigned")
VECTOR_BATCH = 500  # keys per query: far below SQLite's and PostgreSQL's parameter limits
SIZE_TERM = "#articles"  # a story's number of articles, kept among its profile terms (no term starts with #)


class StoreError(StorylensError):
    """The store could not be opened or written."""


class StaleIndex(StoreError):
    """Another process changed the story index between reading and writing it: assign again."""


def content_hash(text: str) -> str:
    """A stable key for an article's content."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _story_json(story: Story) -> str:
    """A story as stored: its related stories are found when it is read (they change as others arrive)."""
    return json.dumps({**story.to_dict(), "related": []}, ensure_ascii=False)


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

    def replace_stories(self, stories: list[Story], index: tuple[list[StoryState], dict[str, int]] | None = None) -> None:
        """Swap in a new set of stories in one transaction, with the story index of that grouping
        (states in the order of ``stories``, document frequencies) or, without one, none: the
        next batch is then grouped with the whole store again."""
        with self._tx() as cur:
            cur.execute("DELETE FROM stories")
            cur.execute("DELETE FROM story_profiles")
            for table in INDEX_TABLES:
                cur.execute(f"DELETE FROM {table}")
            for n, s in enumerate(stories):
                cur.execute(
                    self._sql("INSERT INTO stories (id, position, title, data) VALUES (?, ?, ?, ?)"),
                    (s.id, n, s.title, _story_json(s)),
                )
                self._put_profile(cur, s)
            if index is not None:
                states, df = index
                for seq, st in enumerate(states, 1):
                    self._put_state(cur, st, seq)
                cur.executemany(self._sql("INSERT INTO term_df (term, df) VALUES (?, ?)"), sorted(df.items()))
                cur.executemany(self._sql("INSERT INTO assigned (article, story) VALUES (?, ?)"),
                                [(aid, s.id) for s in stories for aid in s.articles])

    # -- the story index (stories.StoryIndex) -------------------------------------------------

    def _put_state(self, cur: Any, st: StoryState, seq: int) -> None:
        cur.execute(self._sql("DELETE FROM story_index WHERE story = ?"), (st.id,))
        cur.execute(self._sql("DELETE FROM story_terms WHERE story = ?"), (st.id,))
        cur.execute(
            self._sql("INSERT INTO story_index (story, language, first_day, last_day, size, lead, centroid, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            (st.id, st.language, st.first, st.last, st.size, st.lead, json.dumps(st.centroid, ensure_ascii=False), seq),
        )
        cur.executemany(self._sql("INSERT INTO story_terms (term, story, seq) VALUES (?, ?, ?)"), [(t, st.id, seq) for t in st.index_terms()])

    def _states(self, ids: list[str]) -> list[StoryState]:
        out = []
        for start in range(0, len(ids), VECTOR_BATCH):
            part = ids[start : start + VECTOR_BATCH]
            rows = self._all(f"SELECT story, language, first_day, last_day, size, lead, centroid FROM story_index "
                             f"WHERE story IN ({', '.join('?' * len(part))}) ORDER BY story", tuple(part))
            out += [StoryState(r[0], r[1], r[2], r[3], int(r[4]), json.loads(r[6]), r[5]) for r in rows]
        return out

    def indexed(self) -> bool:
        """Whether the stored stories have an index, so new articles can be assigned online."""
        return self._one("SELECT 1 FROM story_index LIMIT 1") is not None

    def term_counts(self, terms: list[str]) -> tuple[int, dict[str, int]]:
        """Articles in indexed stories, and the document frequencies of ``terms`` among them."""
        df: dict[str, int] = {}
        for start in range(0, len(terms), VECTOR_BATCH):
            part = terms[start : start + VECTOR_BATCH]
            df.update((r[0], int(r[1])) for r in self._all(f"SELECT term, df FROM term_df WHERE term IN ({', '.join('?' * len(part))})", tuple(part)))
        return int(self._one("SELECT count(*) FROM assigned")[0]), df

    def stories_under(self, terms: list[str], limit: int) -> list[StoryState]:
        """Indexed stories found under any of ``terms`` (per term the ``limit`` most recently changed)."""
        ids: set[str] = set()
        for t in terms:
            ids.update(r[0] for r in self._all("SELECT story FROM story_terms WHERE term = ? ORDER BY seq DESC LIMIT ?", (t, limit)))
        return self._states(sorted(ids))

    def stories_near(self, first: str | None, last: str | None, limit: int) -> list[StoryState]:
        """The ``limit`` most recently changed stories dated within two weeks of ``first``..``last``."""
        lo, hi = parse_partial_date(first), parse_partial_date(last)
        if lo is None or hi is None:
            rows = self._all("SELECT story FROM story_index ORDER BY seq DESC LIMIT ?", (limit,))
        else:
            rows = self._all("SELECT story FROM story_index WHERE (last_day IS NULL OR last_day >= ?) AND (first_day IS NULL OR first_day <= ?) "
                             "ORDER BY seq DESC LIMIT ?",
                             ((lo - timedelta(days=MAX_DAYS_APART)).isoformat()[:7], (hi + timedelta(days=MAX_DAYS_APART)).isoformat(), limit))
        return self._states([r[0] for r in rows])

    def lead_texts(self, article_ids: list[str]) -> dict[str, str]:
        """Title and text of stored articles."""
        return {a.id: dense_text(a) for a in self.articles_by_id(article_ids)}

    def articles_by_id(self, article_ids: list[str]) -> list[Article]:
        """Stored articles among ``article_ids`` (in stored order)."""
        out = []
        for start in range(0, len(article_ids), VECTOR_BATCH):
            part = article_ids[start : start + VECTOR_BATCH]
            out += self._all(f"SELECT data, added_at, id FROM articles WHERE id IN ({', '.join('?' * len(part))})", tuple(part))
        return [Article.from_dict(json.loads(r[0])) for r in sorted(out, key=lambda r: (r[1], r[2]))]

    def pending(self) -> int:
        """How many stored articles an indexed store's stories do not hold yet (0 without an index)."""
        if not self.indexed():
            return 0
        return int(self._one("SELECT count(*) FROM articles WHERE id NOT IN (SELECT article FROM assigned)")[0])

    def unassigned(self) -> list[Article]:
        """Stored articles that no indexed story holds yet, oldest first."""
        rows = self._all("SELECT data FROM articles WHERE id NOT IN (SELECT article FROM assigned) ORDER BY added_at, id")
        return [Article.from_dict(json.loads(r[0])) for r in rows]

    def members(self, story_ids: list[str]) -> dict[str, list[str]]:
        """The article ids each indexed story holds."""
        out: dict[str, list[str]] = {s: [] for s in story_ids}
        for start in range(0, len(story_ids), VECTOR_BATCH):
            part = story_ids[start : start + VECTOR_BATCH]
            for aid, sid in self._all(f"SELECT article, story FROM assigned WHERE story IN ({', '.join('?' * len(part))})", tuple(part)):
                out[sid].append(aid)
        return out

    def apply(self, update: Update, articles: list[Article], stories: list[Story]) -> None:
        """Write what a batch did (:func:`stories.assign` over ``articles``) and the stories it
        touched, analysed, in one transaction; stories merged into others are removed."""
        with self._tx() as cur:
            ids = [a.id for a in articles]
            for start in range(0, len(ids), VECTOR_BATCH):  # another process assigned them meanwhile
                part = ids[start : start + VECTOR_BATCH]
                cur.execute(self._sql(f"SELECT 1 FROM assigned WHERE article IN ({', '.join('?' * len(part))}) LIMIT 1"), tuple(part))
                if cur.fetchone() is not None:
                    raise StaleIndex("the story index changed while these articles were assigned")
            cur.execute("SELECT coalesce(max(seq), 0) FROM story_index")
            seq = int(cur.fetchone()[0])
            for gone, into in update.merged.items():
                for table, col in (("story_index", "story"), ("story_terms", "story"), ("story_profiles", "story"), ("stories", "id")):
                    cur.execute(self._sql(f"DELETE FROM {table} WHERE {col} = ?"), (gone,))
                cur.execute(self._sql("UPDATE assigned SET story = ? WHERE story = ?"), (into, gone))
            for st in update.states.values():
                seq += 1
                self._put_state(cur, st, seq)
            cur.executemany(self._sql("INSERT INTO assigned (article, story) VALUES (?, ?)"),
                            [(a.id, sid) for a, sid in zip(articles, update.joined)])
            cur.executemany(self._sql("INSERT INTO term_df (term, df) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET df = term_df.df + excluded.df"),
                            sorted(update.df.items()))
            cur.execute("SELECT id, position FROM stories")
            old = {r[0]: int(r[1]) for r in cur.fetchall()}
            for s in stories:
                cur.execute(self._sql("DELETE FROM stories WHERE id = ?"), (s.id,))
                cur.execute(self._sql("INSERT INTO stories (id, position, title, data) VALUES (?, ?, ?, ?)"),
                            (s.id, old.get(s.id, len(old) + 1), s.title, _story_json(s)))
                self._put_profile(cur, s)
            # largest stories first; a story keeps its place among stories of its size
            cur.execute("SELECT s.id, s.position, i.size FROM stories s LEFT JOIN story_index i ON i.story = s.id")
            rows = sorted(cur.fetchall(), key=lambda r: (-(r[2] or 0), int(r[1]), r[0]))
            cur.executemany(self._sql("UPDATE stories SET position = ? WHERE id = ? AND position <> ?"),
                            [(n, r[0], n) for n, r in enumerate(rows)])

    def stories(self) -> list[Story]:
        """Stored stories in their order."""
        rows = self._all("SELECT data FROM stories ORDER BY position")
        return [Story.from_dict(json.loads(r[0])) for r in rows]

    def story(self, story_id: str) -> Story | None:
        """One story by id."""
        row = self._one("SELECT data FROM stories WHERE id = ?", (story_id,))
        return Story.from_dict(json.loads(row[0])) if row else None

    def _put_profile(self, cur: Any, story: Story) -> None:
        cur.execute(self._sql("DELETE FROM story_profiles WHERE story = ?"), (story.id,))
        cur.executemany(self._sql("INSERT INTO story_profiles (story, term, weight) VALUES (?, ?, ?)"),
                        [(story.id, t, w) for t, w in sorted(story.profile.items())] + [(story.id, SIZE_TERM, len(story.articles))] * bool(story.profile))

    def _profiles(self, story_ids: list[str]) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for start in range(0, len(story_ids), VECTOR_BATCH):
            part = story_ids[start : start + VECTOR_BATCH]
            for sid, term, w in self._all(f"SELECT story, term, weight FROM story_profiles WHERE story IN ({', '.join('?' * len(part))})", tuple(part)):
                out.setdefault(sid, {})[term] = float(w)
        return out

    def _profile_df(self, terms: list[str]) -> dict[str, int]:
        df: dict[str, int] = {}
        for start in range(0, len(terms), VECTOR_BATCH):
            part = terms[start : start + VECTOR_BATCH]
            df.update((r[0], int(r[1])) for r in self._all(
                f"SELECT term, count(*) FROM story_profiles WHERE term IN ({', '.join('?' * len(part))}) GROUP BY term", tuple(part)))
        return df

    def _neighbourhood(self, story_id: str, seen: dict[str, dict[str, float]], df: dict[str, int],
                       total: int) -> tuple[dict[str, float], dict[str, dict[str, float]], dict[str, float]]:
        """A stored story's candidates and their similarities (:func:`stories.similarities`), as
        :func:`stories.relate` finds them over the whole store: its weighted profile and the
        candidates' rows too. ``seen`` (profiles with their size under ``SIZE_TERM``) and ``df``
        are filled as a cache."""
        own = {t: w for t, w in seen[story_id].items() if t != SIZE_TERM}
        df.update(self._profile_df(sorted(set(own) - set(df))))
        near: set[str] = set()
        for t in story_groups.scan_terms(own, df):
            near.update(r[0] for r in self._all("SELECT story FROM story_profiles WHERE term = ? AND story <> ? ORDER BY weight DESC, story LIMIT ?",
                                                (t, story_id, story_groups.RELATED_CANDIDATES)))
        seen.update(self._profiles(sorted(near - set(seen))))
        candidates = {o: {t: w for t, w in seen[o].items() if t != SIZE_TERM} for o in sorted(near) if o in seen}
        df.update(self._profile_df(sorted({t for p in candidates.values() for t in p} - set(df))))
        rows = story_groups.profile_rows({story_id: own, **candidates}, total, df)
        mine = rows.pop(story_id)
        return story_groups.similarities(mine, rows), rows, mine

    def related(self, story_id: str) -> list[dict[str, Any]]:
        """The stored stories most like one (:func:`stories.related_to`, closest kin found as
        :func:`stories.relate` finds them), with their titles — read from the profiles as they
        are now, so a story added since its analysis is found too."""
        seen = self._profiles([story_id])
        if not seen.get(story_id):
            return []
        df: dict[str, int] = {}
        total = int(self._one("SELECT count(DISTINCT story) FROM story_profiles")[0])
        sims, rows, mine = self._neighbourhood(story_id, seen, df, total)

        def size(sid: str) -> int | None:
            w = seen.get(sid, {}).get(SIZE_TERM)
            return int(w) if w else None

        sizes = {o: size(o) for o in [story_id, *sims]}
        mine_nearest = story_groups.nearest(sims)
        lookup = story_groups.satellite_checks(sims, sizes[story_id], sizes)
        if mine_nearest is not None and not story_groups.is_satellite(sizes[story_id], sizes.get(mine_nearest)):
            lookup.append(mine_nearest)
        nearest_of = {o: story_groups.nearest(self._neighbourhood(o, seen, df, total)[0]) for o in lookup}
        kin = story_groups.closest_kin(story_id, sims, sizes[story_id], sizes, nearest_of)
        found = story_groups.related_to(sims, rows, mine, kin)
        titles = self._titles([r["story"] for r in found])
        return [{**r, "title": titles.get(r["story"])} for r in found]

    def _titles(self, story_ids: list[str]) -> dict[str, str | None]:
        if not story_ids:
            return {}
        return {r[0]: r[1] for r in self._all(f"SELECT id, title FROM stories WHERE id IN ({', '.join('?' * len(story_ids))})", tuple(story_ids))}

    def dossier(self, story_id: str | None = None) -> Dossier:
        """The stored analysis as a dossier — all stories, or one with its articles; related
        stories as the store holds them now."""
        if story_id is None:
            from .pipeline import relate_stories

            stories = relate_stories(self.stories())
        else:
            stories = [s for s in [self.story(story_id)] if s]
            for s in stories:
                s.related = self.related(s.id)
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
