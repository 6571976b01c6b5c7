"""The command line: formats, exit codes (0 all, 1 some skipped, 2 usage/nothing) and messages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storylens.cli import app

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo" / "articles"
GOOD = "Haushalt beschlossen\n\nDer Stadtrat hat am Montag getagt. Er beschloss einen neuen Haushalt.\n"


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("suffix", [".json", ".html", ".md"])
def test_demo_outputs(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"demo{suffix}"
    r = invoke("analyze", str(DEMO), "-o", str(out))
    assert r.exit_code == 0, r.output
    body = out.read_text(encoding="utf-8")
    if suffix == ".json":
        d = json.loads(body)
        assert len(d["articles"]) == 5 and d["stories"]
    elif suffix == ".html":
        assert body.startswith("<!DOCTYPE html>")
        assert "http://" not in body and "https://" not in body.replace("https://talheimer", "")  # no external assets
        assert "<script" not in body
    else:
        assert body.startswith("# storylens dossier")
    assert r.stderr.strip().splitlines()[-1].startswith("storylens: 5 article(s) analysed, 0 input(s) skipped")


def test_html_escapes_untrusted_text(write, tmp_path: Path) -> None:
    src = write("x.txt", "Titel <script>alert(1)</script>\n\nDer Rat tagte <b>lange</b>. Er beschloss nichts.\n")
    out = tmp_path / "x.html"
    assert invoke("analyze", str(src), "-o", str(out)).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_terminal_view_without_output(write) -> None:
    r = invoke("analyze", str(write("a.txt", GOOD)))
    assert r.exit_code == 0
    assert "Haushalt" in r.stdout


def test_some_inputs_skipped_exit_1(write, tmp_path: Path) -> None:
    write("good.txt", GOOD)
    write("empty.txt", "")
    write("bin.txt", bytes(range(256)) * 8)
    out = tmp_path / "out.json"
    r = invoke("analyze", str(tmp_path), "-o", str(out))
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert any(line.startswith("storylens: skipped ") and "empty.txt: empty file" in line for line in lines)
    assert any("bin.txt: binary file" in line for line in lines)
    assert lines[-1].startswith("storylens: 1 article(s) analysed, 2 input(s) skipped")
    assert [a["id"] for a in json.loads(out.read_text())["articles"]] == ["good"]


def test_nothing_analysed_exit_2(write, tmp_path: Path) -> None:
    r = invoke("analyze", str(write("empty.txt", "")), "-o", str(tmp_path / "o.json"))
    assert r.exit_code == 2
    assert not (tmp_path / "o.json").exists()


def test_unknown_output_format_exit_2(write, tmp_path: Path) -> None:
    r = invoke("analyze", str(write("a.txt", GOOD)), "-o", str(tmp_path / "o.pdf"))
    assert r.exit_code == 2
    assert "unknown output format '.pdf'" in r.stderr


def test_usage_error_exit_2() -> None:
    assert invoke("analyze").exit_code == 2
    assert invoke("analyze", "--no-such-flag", "x").exit_code == 2


def test_eval_sentences_on_a_small_file(write) -> None:
    conllu = "# newdoc id = d1\n# text = Er kam am 6. Januar an.\n1\tEr\n\n# text = Dann ging er.\n1\tDann\n"
    r = invoke("eval", "sentences", str(write("t.conllu", conllu)), "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["micro"]["f1"] == 1.0


def test_html_shows_figures_quotes_and_entities_with_working_anchors(tmp_path: Path) -> None:
    out = tmp_path / "demo.html"
    assert invoke("analyze", str(DEMO), "-o", str(out)).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "<h3>Figures</h3>" in page and "<h3>Quotes by speaker</h3>" in page and "People, places, organisations" in page
    targets = set(re.findall(r'href="#([^"]+)"', page))
    ids = set(re.findall(r'id="([^"]+)"', page))
    assert targets and targets <= ids  # every citation link lands on a marked span or article


def _commands(group, prefix: str = ""):
    """Every leaf command of the CLI with its full name ("eval claims")."""
    for name, cmd in group.commands.items():
        full = f"{prefix}{name}"
        if hasattr(cmd, "commands"):  # a group (typer carries its own click)
            yield from _commands(cmd, full + " ")
        else:
            yield full, cmd


def test_every_command_and_option_is_documented() -> None:
    """datasette's rule: an undocumented command or option fails a test; help is printed as written."""
    import typer.main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = dict(_commands(typer.main.get_command(app)))
    assert {"analyze", "ingest", "watch", "serve", "spark", "eval claims", "train ner"} <= set(commands)
    for full, cmd in commands.items():
        assert (cmd.help or "").strip(), f"{full}: no help"
        assert f"storylens {full}" in readme or f"storylens {full.split()[0]}" in readme, f"README does not show storylens {full}"
        for p in cmd.params:
            if p.param_type_name == "option" and p.name != "help":
                assert (getattr(p, "help", None) or "").strip(), f"{full} {p.opts[0]}: no help"
    # brackets in help are text, not markup: the install hint must keep its extra
    r = invoke("spark", "--help")
    assert r.exit_code == 0 and "storylens[spark]" in r.output, r.output
    assert "'.[fast]'" in invoke("compile", "--help").output
