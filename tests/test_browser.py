"""The HTML dossier in a real browser (Debian's chromium, headless): it loads offline, shows its
sections, and renders at 1280 px and 390 px (issue 4)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import sys

from storylens import render
from storylens.pipeline import analyze

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing on CI (.ci/run installs Debian's chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return exe


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html") / "demo.html"
    render.write(analyze([ROOT / "demo" / "articles"]), out)
    return out


def _run(chromium: str, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([chromium, *FLAGS, f"--user-data-dir={tmp / 'profile'}", *args],
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.issue(4)
def test_dossier_loads_in_chromium(chromium: str, page: Path, tmp_path: Path) -> None:
    dom = _run(chromium, tmp_path, "--dump-dom", page.as_uri()).stdout
    for heading in ("Summary", "Where outlets agree and differ", "Figures", "Quotes by speaker", "Timeline", "Outlets"):
        assert f"<h3>{heading}</h3>" in dom


@pytest.mark.issue(4)
@pytest.mark.parametrize("width", [1280, 390])
def test_dossier_screenshots(chromium: str, page: Path, tmp_path: Path, width: int) -> None:
    shot = tmp_path / f"dossier-{width}.png"
    _run(chromium, tmp_path, f"--window-size={width},1600", f"--screenshot={shot}", page.as_uri())
    assert shot.is_file() and shot.stat().st_size > 20_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.issue(6)
def test_served_story_page_in_chromium(chromium: str, tmp_path: Path) -> None:
    import re

    from storylens.pipeline import ingest
    from storylens.store import open_store
    from test_store_serve import start_server

    db = tmp_path / "b.db"
    ingest([ROOT / "demo" / "articles"], open_store(db))
    url, stop = start_server(db)
    try:
        home = _run(chromium, tmp_path, "--dump-dom", url + "/").stdout
        story = re.search(r'href="(/story/[^"]+)"', home).group(1)  # type: ignore[union-attr]
        dom = _run(chromium, tmp_path, "--dump-dom", url + story).stdout
        target = re.search(r'<a href="#([^"]+:q\d+)"', dom).group(1)  # type: ignore[union-attr]
        assert f'id="{target}"' in dom  # a quote citation leads to its marked span
        for width in (1280, 390):
            shot = tmp_path / f"served-{width}.png"
            _run(chromium, tmp_path, f"--window-size={width},1600", f"--screenshot={shot}", url + story)
            assert shot.is_file() and shot.stat().st_size > 20_000
    finally:
        stop()


@pytest.mark.issue(5)
def test_served_story_page_links_its_related_stories(chromium: str, tmp_path: Path) -> None:
    import html
    import re

    from conftest import write_related_events

    from storylens.pipeline import Options, ingest
    from storylens.store import open_store
    from test_store_serve import start_server

    db = tmp_path / "r.db"
    write_related_events(tmp_path / "in")
    ingest([tmp_path / "in"], open_store(db), options=Options(dense=None))
    url, stop = start_server(db)
    try:
        home = _run(chromium, tmp_path, "--dump-dom", url + "/").stdout
        march = re.search(r'href="(/story/[^"]+)">Hochwasser in Kornbach', home).group(1)  # type: ignore[union-attr]
        dom = _run(chromium, tmp_path, "--dump-dom", url + march).stdout
        assert "<h3>Related stories</h3>" in dom
        link, title = re.search(r'<ul class="related"><li><a href="(/story/[^"]+)">([^<]+)</a>', dom).groups()  # type: ignore[union-attr]
        assert html.unescape(title) == "Schon wieder Hochwasser: Lauter überflutet Kornbach"
        there = _run(chromium, tmp_path, "--dump-dom", url + link).stdout
        assert "<h2>Schon wieder Hochwasser: Lauter überflutet Kornbach</h2>" in there and f'href="{march}"' in there
    finally:
        stop()
