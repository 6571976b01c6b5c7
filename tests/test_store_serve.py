"""Store and web UI (issue 6): idempotent ingest, crash safety, the JSON API equals `analyze`,
escaping and security headers, all against a real SQLite file and a real server on loopback."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from storylens.pipeline import analyze, ingest
from storylens.store import open_store

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo" / "articles"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "storylens.db"
    store = open_store(db)
    added, skipped = ingest([DEMO], store)
    assert added == 5 and not skipped
    store.close()
    return db


def start_server(db: Path, token: str | None = None):
    """A real uvicorn server for ``db`` on a free loopback port: (url, stop)."""
    import uvicorn

    from storylens.serve import create_app

    config = uvicorn.Config(create_app(str(db), token), host="127.0.0.1", port=0, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    port = srv.servers[0].sockets[0].getsockname()[1]

    def stop() -> None:
        srv.should_exit = True
        thread.join(timeout=10)

    return f"http://127.0.0.1:{port}", stop


@pytest.fixture(scope="module")
def server(store_path: Path):
    url, stop = start_server(store_path)
    yield url
    stop()


def get(url: str) -> tuple[int, dict[str, str], str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        with e:
            return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read().decode("utf-8")


@pytest.mark.issue(6)
def test_reingest_is_a_noop(store_path: Path) -> None:
    store = open_store(store_path)
    before = store.counts()
    added, _ = ingest([DEMO], store)
    assert added == 0 and store.counts() == before


@pytest.mark.issue(6)
def test_api_returns_the_same_dossier_as_analyze(server: str) -> None:
    status, headers, body = get(server + "/api/stories")
    assert status == 200
    listing = json.loads(body)
    expected = analyze([DEMO]).to_dict()
    for entry in listing:
        status, _, body = get(f"{server}/api/stories/{entry['id']}")
        served = json.loads(body)
        (story,) = served["stories"]
        assert story == next(s for s in expected["stories"] if s["id"] == entry["id"])
        assert served["articles"] == [a for a in expected["articles"] if a["id"] in story["articles"]]
    assert listing[0]["newest"] >= listing[-1]["newest"]  # newest first


@pytest.mark.issue(6)
def test_pages_headers_and_bad_ids(server: str) -> None:
    status, headers, body = get(server + "/")
    assert status == 200 and "default-src 'none'" in headers["content-security-policy"]
    assert "<script" not in body
    story_id = json.loads(get(server + "/api/stories")[2])[0]["id"]
    status, _, page = get(f"{server}/story/{story_id}")
    assert status == 200 and "Where outlets agree and differ" in page
    status, _, page = get(server + "/article/rheinblick-2025-03-14")
    assert status == 200 and "Removed page clutter" in page and '<mark id="rheinblick-2025-03-14:q1"' in page
    assert get(server + "/story/..%2F..%2Fetc%2Fpasswd")[0] == 404
    assert get(server + "/api/articles/nope")[0] == 404
    status, _, page = get(server + "/search?q=Talsperre")
    assert status == 200 and "/article/" in page
    req = urllib.request.Request(server + "/api/stories", data=b"{}", method="POST")
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(req, timeout=10)
    exc.value.close()
    assert exc.value.code == 405  # read-only


@pytest.mark.issue(6)
def test_untrusted_text_is_escaped(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "x.txt").write_text("Titel <script>alert(1)</script>\n\nDer Rat tagte am Montag <img src=x onerror=alert(2)>. Er beschloss nichts.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    ingest([src], open_store(db))
    url, stop = start_server(db)
    try:
        page = get(url + "/article/x")[2]
    finally:
        stop()
    assert "<script>alert" not in page and "<img src=x" not in page and "&lt;script&gt;" in page


@pytest.mark.issue(6)
def test_killed_ingest_loses_nothing_committed(tmp_path: Path) -> None:
    src = tmp_path / "many"
    src.mkdir()
    for n in range(40):
        (src / f"a{n:02d}.txt").write_text(
            f"Meldung {n}\n\nIn Talstadt {n} hat der Rat am Montag über Vorlage {n} beraten. "
            f"Die Vorlage {n} wurde mit {n + 3} Stimmen angenommen.\n", encoding="utf-8")
    db = tmp_path / "k.db"
    proc = subprocess.Popen([sys.executable, "-m", "storylens", "ingest", str(src), "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    seen = 0
    while time.time() < deadline and seen < 5:
        time.sleep(0.05)
        if db.exists():
            try:
                seen = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.Error:
                seen = 0
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    committed = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert committed >= 5
    assert all(json.loads(d)["text"] for (d,) in con.execute("SELECT data FROM articles"))
    con.close()
    store = open_store(db)
    added, _ = ingest([src], store)
    assert store.counts()["articles"] == 40 and added == 40 - committed


def post(url: str, payload: dict, token: str | None = None) -> tuple[int, dict]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(url, data=json.dumps(payload).encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        with e:
            return e.code, json.loads(e.read() or b"{}")


@pytest.mark.issue(6)
def test_http_ingest_needs_the_flag_and_the_token(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    open_store(db).close()
    article = {"articles": [{"title": "Flut in Talstadt", "text": "Flut in Talstadt\n\nIn Talstadt stieg der Pegel am Montag um zwei Meter. Mehr als 300 Menschen wurden evakuiert.", "published": "2024-03-11"}]}
    url, stop = start_server(db, token="s3cret")
    try:
        assert post(url + "/api/ingest", article)[0] == 401
        assert post(url + "/api/ingest", article, token="wrong")[0] == 401
        status, body = post(url + "/api/ingest", article, token="s3cret")
        assert status == 200 and body["added"] == 1 and body["stories"] == 1
        assert post(url + "/api/ingest", article, token="s3cret")[1]["added"] == 0
    finally:
        stop()
