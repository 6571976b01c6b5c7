"""The optional LLM summary: cited, checked against its sources, with a clear error when absent.

The endpoint here is a small OpenAI-compatible server on loopback standing in for Ollama; it is
not part of storylens."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storylens.cli import app

DEMO = Path(__file__).resolve().parents[1] / "demo" / "articles"


class _Handler(BaseHTTPRequestHandler):
    answer = ""

    def do_POST(self) -> None:  # noqa: N802 - the http.server API
        length = int(self.headers["Content-Length"])
        prompt = json.loads(self.rfile.read(length))["messages"][0]["content"]
        assert "[S1]" in prompt
        body = json.dumps({"choices": [{"message": {"content": type(self).answer}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def endpoint():
    server = HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_llm_summary_keeps_only_supported_cited_sentences(endpoint: str, tmp_path: Path) -> None:
    _Handler.answer = (
        "Rund 1.200 Einwohner der Altstadt wurden in Sicherheit gebracht [S1]. "
        "Ein Vulkan ist auf dem Mond ausgebrochen und hat Marsmenschen geweckt [S2]. "
        "Dieser Satz nennt keine Quelle."
    )
    out = tmp_path / "d.json"
    r = CliRunner().invoke(app, ["analyze", str(DEMO), "-o", str(out), "--llm-url", endpoint, "--llm-model", "test"])
    assert r.exit_code == 0, r.output
    summary = json.loads(out.read_text())["stories"][0]["summary"]
    assert [s["kind"] for s in summary] == ["abstractive"]
    assert summary[0]["sources"] and "Einwohner" in summary[0]["text"]


def test_llm_unreachable_is_a_clear_error(tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["analyze", str(DEMO), "-o", str(tmp_path / "d.json"), "--llm-url", "http://127.0.0.1:9/v1", "--llm-model", "x"])
    assert r.exit_code == 2
    assert "LLM summary: no usable answer from http://127.0.0.1:9/v1" in r.stderr


def test_llm_needs_url_and_model(tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["analyze", str(DEMO), "-o", str(tmp_path / "d.json"), "--llm-model", "x"])
    assert r.exit_code == 2 and "needs both" in r.stderr
