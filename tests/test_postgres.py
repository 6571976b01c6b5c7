"""The same store in PostgreSQL: a real server started on loopback for the test session (issue 6)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from storylens.pipeline import analyze, ingest
from storylens.store import PostgresStore, StoreError, open_store

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo" / "articles"


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def pg_url(tmp_path_factory: pytest.TempPathFactory):
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not (initdb and pg_ctl):
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is missing on CI (.ci/run installs Debian's postgresql)")
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    # pytest's own temporary folders are private to root; the server's user needs its own
    base = Path(tempfile.mkdtemp(prefix="storylens-pg-"))
    data = base / "data"
    data.mkdir()
    as_user: list[str] = []
    if os.geteuid() == 0:  # postgres refuses to run as root
        shutil.chown(data, "postgres", "postgres")
        shutil.chown(data.parent, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    subprocess.run([*as_user, initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"], check=True, capture_output=True)
    subprocess.run([*as_user, pg_ctl, "-D", str(data), "-w", "-l", str(data / "log"), "-o",
                    f"-p {port} -k {data} -c listen_addresses=127.0.0.1", "start"], check=True, capture_output=True)
    yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    subprocess.run([*as_user, pg_ctl, "-D", str(data), "-m", "fast", "stop"], capture_output=True)
    shutil.rmtree(base, ignore_errors=True)


@pytest.mark.issue(6)
def test_postgres_store_matches_sqlite(pg_url: str, tmp_path: Path) -> None:
    pg = open_store(pg_url)
    assert isinstance(pg, PostgresStore)
    added, _ = ingest([DEMO], pg)
    assert added == 5
    assert ingest([DEMO], pg)[0] == 0  # idempotent
    read: list[str] = []
    assert ingest([DEMO], pg, progress=read.append, watching=True) == (0, []) and read == []  # the files are remembered
    expected = analyze([DEMO]).to_dict()
    for story in pg.stories():
        d = pg.dossier(story.id).to_dict()
        assert d["stories"][0] == next(s for s in expected["stories"] if s["id"] == story.id)
    assert pg.search("Talsperre")
    # the dense vectors grouping needed are kept (bytea) and come back byte for byte
    from storylens import stories

    keys = [stories.dense_key((a.title or "") + "\n" + a.text, "e5") for a in pg.articles()]
    kept = pg.get_vectors(keys)
    assert sorted(kept) == sorted(keys) and all(len(v) == 384 * 4 for v in kept.values())
    pg.put_vectors({keys[0]: b"\0" * 8})  # a key already kept is left as it is
    assert pg.get_vectors(keys[:1]) == {keys[0]: kept[keys[0]]}
    pg.close()


@pytest.mark.issue(6)
def test_postgres_unreachable_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot open store"):
        open_store(f"postgresql://postgres@127.0.0.1:{_free_port()}/postgres")


@pytest.mark.issue(5)
def test_postgres_store_assigns_online(pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from storylens import stories
    from storylens.pipeline import restory

    monkeypatch.setattr(stories, "AVERAGE_LINK_MAX", 2)  # the demo's five articles make a "large" store
    pg = open_store(pg_url)
    for table in ("articles", "stories", "sources"):
        pg.conn.cursor().execute(f"DELETE FROM {table}")
    pg.conn.commit()
    ingest([DEMO], pg)
    assert pg.indexed() and pg.pending() == 0
    (story,) = pg.stories()
    extra = tmp_path / "extra.txt"
    extra.write_text((DEMO / sorted(p.name for p in DEMO.iterdir() if p.suffix == ".txt")[0]).read_text(encoding="utf-8") + "\n\nNachtrag: Die Lage bleibt angespannt.\n", encoding="utf-8")
    assert ingest([extra], pg)[0] == 1
    (grown,) = pg.stories()
    assert grown.id == story.id and len(grown.articles) == 6 and pg.pending() == 0
    restory(pg, regroup=True)
    assert [sorted(s.articles) for s in pg.stories()] == [sorted(grown.articles)]
    pg.close()


@pytest.mark.issue(5)
def test_postgres_store_finds_related_stories_online(pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import write_related_events

    from storylens import stories
    from storylens.pipeline import Options

    monkeypatch.setattr(stories, "AVERAGE_LINK_MAX", 3)  # four articles make a "large" store: the later ones are assigned online
    write_related_events(tmp_path / "first", ("flut-maerz", "derby"))
    write_related_events(tmp_path / "later", ("flut-mai",))
    pg = open_store(pg_url)
    for table in ("articles", "stories", "sources"):
        pg.conn.cursor().execute(f"DELETE FROM {table}")
    pg.conn.commit()
    options = Options(dense=None)
    ingest([tmp_path / "first"], pg, options=options)
    assert pg.indexed()
    march_id = next(s.id for s in pg.stories() if "flut-maerz-1" in s.articles)
    ingest([tmp_path / "later"], pg, options=options)
    may = next(s for s in pg.stories() if "flut-mai-1" in s.articles)
    assert may.id != march_id and len(pg.stories()) == 3
    assert [(r["story"], r["title"]) for r in pg.dossier(march_id).stories[0].related] == [(may.id, may.title)]
    assert [r["story"] for r in pg.dossier(may.id).stories[0].related] == [march_id]
    pg.close()
