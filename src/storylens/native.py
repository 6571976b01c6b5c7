"""The compiled core: the hot stages built with mypyc, used only while they match the source.

Claims and quotes spend their time in many small Python steps around ``re`` and ``str`` calls;
compiled to C with mypyc (from the same annotated source, no second implementation) they run about
a fifth faster. ``storylens compile`` (run by ``make install``) compiles ``MODULES`` in a scratch
copy of the package and writes the extensions to ``storylens/_native/`` with a manifest: the
Python they were built for and one hash over every source file of the package.

At import, ``storylens/__init__.py`` calls :func:`enable` before any stage is imported: when the
manifest matches the Python running and the package's source as it is now, a finder loads the
compiled modules; else the plain source runs, as it always can. An edited file therefore never
hides behind a stale build (it only runs slower until ``storylens compile`` runs again), and
``STORYLENS_PURE=1`` forces the source. :func:`status` says which, and why.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any, Sequence

PACKAGE = Path(__file__).resolve().parent
NATIVE = PACKAGE / "_native"
MANIFEST = NATIVE / "manifest.json"
MODULES = ("storylens.quotes", "storylens.claims", "storylens.timex", "storylens.lang", "storylens.lang.de", "storylens.lang.en")  # the hot stages, bench/bench_figures.py
GROUP = "storylens_core"  # mypyc's shared library: ``storylens_core__mypyc``

_state: dict[str, str] = {}


def source_hash(package: Path = PACKAGE) -> str:
    """One hash over the path and bytes of every ``.py`` file of the package (the compiled
    modules call the others: a change anywhere may change what they were built against)."""
    h = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package)
        if rel.parts[0] == NATIVE.name or "__pycache__" in rel.parts:
            continue
        h.update(rel.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _python_tag() -> str:
    return f"{sys.implementation.cache_tag}-{sysconfig.get_platform()}"


def check(native: Path = NATIVE, package: Path = PACKAGE) -> tuple[dict[str, Path] | None, str]:
    """The compiled files to load (module name -> path) and a one-line reason; ``None`` when the
    source must run: nothing built, built for another Python, the source changed since, or a file
    missing."""
    if os.environ.get("STORYLENS_PURE"):
        return None, "source (STORYLENS_PURE is set)"
    manifest = native / MANIFEST.name
    if not manifest.is_file():
        return None, "source (no compiled core: run `storylens compile`)"
    try:
        info = json.loads(manifest.read_text(encoding="utf-8"))
        files = {name: native / file for name, file in info["files"].items()}
        built_for, built_from = info["python"], info["source"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        return None, f"source (unreadable {manifest}: {e})"
    if built_for != _python_tag():
        return None, f"source (compiled core built for {built_for}, this is {_python_tag()}: run `storylens compile`)"
    if built_from != source_hash(package):
        return None, "source (the source changed since the core was compiled: run `storylens compile`)"
    missing = [str(p) for p in files.values() if not p.is_file()]
    if missing:
        return None, f"source (compiled file missing: {missing[0]})"
    return files, f"compiled ({', '.join(n for n in files if n in MODULES)})"


class _Finder(importlib.abc.MetaPathFinder):
    """Loads the named modules from their compiled files; every other import goes on as usual."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files

    def find_spec(self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        file = self.files.get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        source = _source_of(PACKAGE.parent, fullname)
        if source.name == "__init__.py":  # a package: its other modules are found beside its source
            return importlib.util.spec_from_file_location(fullname, file, loader=loader, submodule_search_locations=[str(source.parent)])
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


def enable() -> str:
    """Load the compiled core from now on when it is current (see :func:`check`); the reason."""
    if "status" in _state:
        return _state["status"]
    files, reason = check()
    if files is not None and not any(n in sys.modules for n in files):  # (never half: all compiled or none)
        sys.meta_path.insert(0, _Finder(files))
    elif files is not None:
        reason = "source (the stages were imported before the compiled core could be enabled)"
    _state["status"] = reason
    return reason


def status() -> str:
    """Which code runs the hot stages in this process, and why: "compiled (…)" or "source (…)"."""
    reason = _state.get("status") or enable()
    for name in MODULES:
        module = sys.modules.get(name)
        if module is not None and reason.startswith("compiled") and not str(getattr(module, "__file__", "")).endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
            return f"source ({name} was loaded from {module.__file__})"
    return reason


def _build_error(output: str) -> str:
    """The line of a failed build that says why: mypy's first error ("x.py:12: error: …"), else the
    last "error: …" line (setuptools: "error: command 'gcc' failed …"), else the last line."""
    lines = [ln.strip() for ln in output.splitlines() if ln.strip()]
    typed = [ln for ln in lines if ": error:" in ln]
    plain = [ln for ln in lines if ln.lower().startswith("error:")]
    return (typed[:1] or plain[-1:] or lines[-1:] or ["no output"])[0][:300]


def _source_of(root: Path, name: str) -> Path:
    """A module's source file under ``root``: ``a/b.py`` or, for a package, ``a/b/__init__.py``."""
    path = root.joinpath(*name.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify
setup(name="storylens-core", ext_modules=mypycify(["--ignore-missing-imports", "--follow-imports=silent", *{paths!r}], group_name={group!r}, opt_level="1", debug_level="0"))
"""


def compile_core(native: Path = NATIVE, package: Path = PACKAGE, modules: Sequence[str] = MODULES) -> dict[str, Any]:
    """Compile ``modules`` with mypyc in a scratch copy of ``package`` and install the result into
    ``native`` with its manifest; returns the manifest. Raises ``RuntimeError`` with a one-line
    reason when mypyc or a C compiler is missing or the build fails (the source runs then)."""
    if importlib.util.find_spec("mypyc") is None:
        raise RuntimeError("mypyc is not installed (pip install -e '.[fast]')")
    digest = source_hash(package)
    with tempfile.TemporaryDirectory(prefix="storylens-core-") as tmp:
        work = Path(tmp)
        shutil.copytree(package, work / package.name, ignore=shutil.ignore_patterns(NATIVE.name, "__pycache__", "models", "*.so"))
        paths = [_source_of(work, name).relative_to(work).as_posix() for name in modules]
        (work / "setup.py").write_text(_SETUP.format(paths=paths, group=GROUP), encoding="utf-8")
        cmd = [sys.executable, "setup.py", "build_ext", "--inplace"]  # (one extension: nothing to build in parallel)
        done = subprocess.run(cmd, cwd=work, capture_output=True, text=True, env={**os.environ, "MYPY_CACHE_DIR": str(work / ".mypy_cache")})
        if done.returncode != 0:
            raise RuntimeError(f"the build failed: {_build_error(done.stdout + done.stderr)}")
        suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
        found = {name: _source_of(work, name).with_suffix(suffix) for name in modules}
        found[f"{GROUP}__mypyc"] = work / f"{GROUP}__mypyc{suffix}"
        missing = [str(p.name) for p in found.values() if not p.is_file()]
        if missing:
            raise RuntimeError(f"the build made no {missing[0]}")
        staging = native.with_name(native.name + ".new")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        files = {}
        for name, path in found.items():
            files[name] = name + suffix  # (by module name: "storylens.lang" is an ``__init__``)
            shutil.copy2(path, staging / files[name])
        info = {"python": _python_tag(), "source": digest, "files": files, "modules": list(modules)}
        (staging / MANIFEST.name).write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
        shutil.rmtree(native, ignore_errors=True)
        staging.rename(native)
    if source_hash(package) != digest:
        raise RuntimeError("the source changed during the build: run `storylens compile` again")
    return info
