"""The HTML dossier in a real browser (Debian's chromium, headless): it loads offline, shows its
sections, and renders at 1280 px and 390 px (issue 4)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from storylens import render
from storylens.pipeline import analyze

ROOT = Path(__file__).resolve().parents[1]
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
