"""Shared fixtures: paths to ../shared/corpus and small helpers to write test inputs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """../shared/corpus; CI always has it, elsewhere tests that need it are skipped."""
    if not SHARED.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED} is missing on CI")
        pytest.skip(f"{SHARED} not present")
    return SHARED


@pytest.fixture()
def write(tmp_path: Path):
    """Write a file under tmp_path: write("a.txt", "text") or write("a.bin", b"bytes")."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_bytes(content.encode(encoding))
        else:
            path.write_bytes(content)
        return path

    return _write
