"""Render a dossier as JSON, Markdown, a self-contained HTML page, or a compact terminal view."""

from __future__ import annotations

import html
import json
from pathlib import Path

from .errors import UsageError
from .model import Article, Dossier, Story


def to_json(dossier: Dossier) -> str:
    """The dossier contract as pretty-printed JSON."""
    return json.dumps(dossier.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _meta_line(a: Article) -> str:
    parts = [a.outlet or "unknown outlet", a.published or "undated", a.language or "?"]
    if a.authors:
        parts.append("by " + ", ".join(a.authors))
    if a.agencies:
        parts.append("agencies: " + ", ".join(a.agencies))
    return " · ".join(parts)


def to_markdown(dossier: Dossier) -> str:
    """A readable Markdown report: stories, then each article's text and removed clutter."""
    out: list[str] = ["# storylens dossier", ""]
    for story in dossier.stories:
        out += [f"## {story.title or story.id}", "", f"{len(story.articles)} article(s)", ""]
        for aid in story.articles:
            a = dossier.article(aid)
            out += [f"### {a.title or a.id}", "", f"*{_meta_line(a)}* — `{a.id}`", ""]
            out += [a.text, ""]
            if a.removed:
                out += ["<details><summary>Removed page clutter</summary>", ""]
                out += [f"- **{r.reason}**: {r.text}" for r in a.removed]
                out += ["", "</details>", ""]
    if dossier.skipped:
        out += ["## Skipped inputs", ""] + [f"- `{s.path}`: {s.reason}" for s in dossier.skipped] + [""]
    return "\n".join(out)


_CSS = """
:root{--fg:#1d2327;--muted:#5f6b73;--line:#dde3e8;--accent:#0b5cad;--bg:#fff;--soft:#f4f6f8}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
header{padding:1.2rem 1rem;border-bottom:1px solid var(--line);background:var(--soft)}
header h1{margin:0;font-size:1.3rem}main{max-width:60rem;margin:0 auto;padding:1rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem}h3{font-size:1.05rem;margin:0 0 .25rem}
.meta{color:var(--muted);font-size:.88rem;margin:0 0 .75rem}
article{border:1px solid var(--line);border-radius:6px;padding:1rem;margin:1rem 0}
article p{margin:.5rem 0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top}
.tablewrap{overflow-x:auto}details{margin-top:.75rem;color:var(--muted)}summary{cursor:pointer}
details li{margin:.2rem 0;overflow-wrap:anywhere}.reason{display:inline-block;min-width:6.5rem;font-weight:600}
a{color:var(--accent)}
"""


def _e(s: object) -> str:
    return html.escape("" if s is None else str(s), quote=True)


def _article_html(a: Article) -> str:
    paras = "".join(f"<p>{_e(p)}</p>" for p in a.text.split("\n\n"))
    removed = ""
    if a.removed:
        items = "".join(f'<li><span class="reason">{_e(r.reason)}</span> {_e(r.text)}</li>' for r in a.removed)
        removed = f"<details><summary>Removed page clutter ({len(a.removed)})</summary><ul>{items}</ul></details>"
    return (
        f'<article id="article-{_e(a.id)}"><h3>{_e(a.title or a.id)}</h3>'
        f'<p class="meta">{_e(_meta_line(a))} · <code>{_e(a.id)}</code></p>{paras}{removed}</article>'
    )


def _story_html(story: Story, dossier: Dossier) -> str:
    arts = [dossier.article(aid) for aid in story.articles]
    rows = "".join(
        f'<tr><td><a href="#article-{_e(a.id)}">{_e(a.id)}</a></td><td>{_e(a.outlet)}</td>'
        f"<td>{_e(a.published)}</td><td>{_e(a.title)}</td><td>{len(a.text.split())}</td></tr>"
        for a in arts
    )
    table = (
        '<div class="tablewrap"><table><thead><tr><th>article</th><th>outlet</th><th>date</th>'
        f"<th>title</th><th>words</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return (
        f'<section id="{_e(story.id)}"><h2>{_e(story.title or story.id)}</h2>'
        f'<p class="meta">{len(arts)} article(s)</p>{table}{"".join(_article_html(a) for a in arts)}</section>'
    )


def to_html(dossier: Dossier) -> str:
    """One self-contained page (inline CSS, no scripts, no external assets) that works offline."""
    stories = "".join(_story_html(s, dossier) for s in dossier.stories)
    skipped = ""
    if dossier.skipped:
        items = "".join(f"<li><code>{_e(s.path)}</code>: {_e(s.reason)}</li>" for s in dossier.skipped)
        skipped = f"<section><h2>Skipped inputs</h2><ul>{items}</ul></section>"
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>storylens dossier</title><style>{_CSS}</style></head><body>"
        f"<header><h1>storylens dossier</h1><p class=\"meta\">{len(dossier.articles)} article(s), "
        f"{len(dossier.stories)} story(ies)</p></header><main>{stories}{skipped}</main></body></html>\n"
    )


WRITERS = {".json": to_json, ".md": to_markdown, ".markdown": to_markdown, ".html": to_html, ".htm": to_html}


def write(dossier: Dossier, out: Path) -> None:
    """Write the dossier in the format the extension of ``out`` names.

    dossier (Dossier): The analysis.
    out (Path): Target file; ``.json``, ``.html`` or ``.md``.
    """
    writer = WRITERS.get(out.suffix.lower())
    if writer is None:
        raise UsageError(f"unknown output format {out.suffix or '(none)'!r} for {out} (choose one of: .json, .html, .md)")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(writer(dossier), encoding="utf-8")
    tmp.replace(out)


def print_terminal(dossier: Dossier) -> None:
    """A compact view for the terminal: one table per story."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for story in dossier.stories:
        table = Table(title=f"{story.title or story.id}  ({len(story.articles)} articles)", title_justify="left")
        for col in ("article", "outlet", "date", "lang", "words", "clutter", "title"):
            table.add_column(col, overflow="fold")
        for aid in story.articles:
            a = dossier.article(aid)
            table.add_row(
                a.id, a.outlet or "", a.published or "", a.language or "",
                str(len(a.text.split())), str(len(a.removed)), a.title or "",
            )
        console.print(table)
