"""The compiled core (storylens.native): used only while it matches the source, and then giving
what the source gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storylens import claims, native, quotes
from storylens.model import Article
from storylens.pipeline import prepare

ROOT = Path(__file__).resolve().parents[1]


def _package(tmp_path: Path) -> tuple[Path, Path]:
    """A small real package with a built-looking ``_native`` folder beside its source."""
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "stage.py").write_text("def f() -> int:\n    return 1\n", encoding="utf-8")
    (package / "sub" / "__init__.py").write_text("", encoding="utf-8")
    built = package / "_native"
    built.mkdir()
    (built / "pkg.stage.so").write_bytes(b"\x7fELF")
    manifest = {"python": native._python_tag(), "source": native.source_hash(package), "files": {"pkg.stage": "pkg.stage.so"}, "modules": ["pkg.stage"]}
    (built / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return package, built


def test_a_current_build_is_used_and_any_edit_falls_back_to_the_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STORYLENS_PURE", raising=False)
    package, built = _package(tmp_path)
    files, reason = native.check(built, package)
    assert files == {"pkg.stage": built / "pkg.stage.so"} and reason.startswith("compiled")
    (package / "sub" / "new.py").write_text("X = 1\n", encoding="utf-8")  # a file added anywhere in the package
    files, reason = native.check(built, package)
    assert files is None and "source changed" in reason
    (package / "sub" / "new.py").unlink()
    assert native.check(built, package)[0] is not None
    (package / "stage.py").write_text("def f() -> int:\n    return 2\n", encoding="utf-8")  # an edit
    assert native.check(built, package) == (None, "source (the source changed since the core was compiled: run `storylens compile`)")


def test_another_python_a_missing_file_or_the_pure_switch_run_the_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STORYLENS_PURE", raising=False)
    package, built = _package(tmp_path)
    manifest = json.loads((built / "manifest.json").read_text(encoding="utf-8"))
    (built / "manifest.json").write_text(json.dumps({**manifest, "python": "cpython-27-other"}), encoding="utf-8")
    files, reason = native.check(built, package)
    assert files is None and "built for cpython-27-other" in reason
    (built / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (built / "pkg.stage.so").unlink()
    files, reason = native.check(built, package)
    assert files is None and "missing" in reason
    (built / "manifest.json").write_text("{not json", encoding="utf-8")
    assert "unreadable" in native.check(built, package)[1]
    (built / "manifest.json").unlink()
    assert "no compiled core" in native.check(built, package)[1]
    _, built = _package(tmp_path / "again")
    monkeypatch.setenv("STORYLENS_PURE", "1")
    assert native.check(built, built.parent) == (None, "source (STORYLENS_PURE is set)")


def test_status_names_the_code_that_runs() -> None:
    said = native.status()
    compiled = str(quotes.__file__).endswith((".so", ".pyd"))
    assert said.startswith("compiled" if compiled else "source"), said
    assert compiled == str(claims.__file__).endswith((".so", ".pyd"))  # never half compiled


def _figures_json(articles: list[Article]) -> str:
    return json.dumps([[claims.extract(a), quotes.extract(a)] for a in articles], ensure_ascii=False, sort_keys=True)


def test_the_compiled_core_finds_what_the_source_finds(corpus: Path) -> None:
    """Claims and quotes of the seeds and twenty fundus pages, compiled in this process and from the
    source in a second one (STORYLENS_PURE=1), byte for byte."""
    if not native.status().startswith("compiled"):
        pytest.skip(f"no current compiled core: {native.status()}")
    script = f"""
import gzip, json, sys
from pathlib import Path
sys.path.insert(0, {str(ROOT / 'tests')!r})
from test_native import _articles, _figures_json
from storylens import native
assert native.status().startswith("source"), native.status()
sys.stdout.write(_figures_json(_articles(Path({str(corpus)!r}))))
"""
    env = {**os.environ, "STORYLENS_PURE": "1"}
    source = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True).stdout
    compiled = _figures_json(_articles(corpus))
    assert '"value": 164' in compiled
    assert compiled == source


def _articles(corpus: Path) -> list[Article]:
    import gzip

    from storylens.ingest import html_to_doc, iter_files, read_file

    docs = [d for p in iter_files([corpus / "seeds"]) for d in read_file(p)]
    pages = sorted((corpus / "fundus-de").rglob("*.html.gz"))[:20]
    docs += [html_to_doc(gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace"), path=str(p), doc_id=p.name) for p in pages]
    return prepare(docs)


def test_a_failed_build_is_told_by_the_line_that_says_why() -> None:
    mypy = "running build_ext\nstorylens/quotes.py:12: error: Incompatible types  [assignment]\nstorylens/quotes.py:40: error: x\n"
    assert native._build_error(mypy) == "storylens/quotes.py:12: error: Incompatible types  [assignment]"
    compiler = "gcc -Werror -c build/x.c\nbuild/x.c:1: fatal: no\nerror: command '/usr/bin/gcc' failed with exit code 1\n"
    assert native._build_error(compiler) == "error: command '/usr/bin/gcc' failed with exit code 1"
    assert native._build_error("") == "no output"
