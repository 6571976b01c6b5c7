"""Render a dossier as JSON, Markdown, a self-contained HTML page, or a compact terminal view."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

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
        if story.related:
            out += ["Related stories:", ""] + [f"- {r.get('title') or r['story']} ({_kin(r)}shared: {', '.join(r['shared'])})" for r in story.related] + [""]
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
.tablewrap{overflow-x:auto}.tablewrap table{min-width:34rem}details{margin-top:.75rem;color:var(--muted)}summary{cursor:pointer}
details li{margin:.2rem 0;overflow-wrap:anywhere}.reason{display:inline-block;min-width:6.5rem;font-weight:600}
a{color:var(--accent)}
mark.claim{background:#fff1b8}mark.quote{background:#dcefff}mark:target{outline:2px solid var(--accent)}
.etype{display:inline-block;min-width:2.6rem;font-size:.75rem;font-weight:700;color:var(--muted)}
ul.entities{columns:2 14rem;padding-left:1rem}
.verdict{display:inline-block;min-width:5.5rem;font-size:.75rem;font-weight:700;text-transform:uppercase;padding:.05rem .3rem;border-radius:3px}
.verdict.agree{background:#d7f5dd}.verdict.compatible{background:#e8f4d0}.verdict.evolving{background:#fff1b8}.verdict.conflict{background:#ffd6d6}
ul.comparisons li{margin:.4rem 0}ol.summary li,ul.timeline li{margin:.35rem 0}
.date{display:inline-block;min-width:6.5rem;font-weight:700}mark.cite{background:transparent}mark.cite:target{background:#eef3ff}
"""


def _e(s: object) -> str:
    return html.escape("" if s is None else str(s), quote=True)


def _marked(text: str, start: int, marks: list[tuple[int, int, str, str]]) -> str:
    """Escape ``text`` (which starts at ``start`` in the article) with <mark> around the given
    spans; a span inside another is nested, one that only overlaps gets an anchor where it starts
    so that every citation still lands."""
    out: list[str] = []
    pos = start
    ordered = sorted(marks, key=lambda m: (m[0], -m[1]))
    k = 0
    while k < len(ordered):
        a, b, mid, cls = ordered[k]
        inner = [m for m in ordered[k + 1 :] if m[0] >= a and m[1] <= b]
        crossing = [m for m in ordered[k + 1 :] if a < m[0] < b < m[1]]
        out.append(_e(text[pos - start : a - start]))
        body = _marked(text[a - start : b - start], a, inner)
        out.append(f'<mark id="{_e(mid)}" class="{cls}">{body}</mark>')
        out.extend(f'<span id="{_e(m[2])}"></span>' for m in crossing)
        pos = b
        k += 1 + len(inner)
        while k < len(ordered) and ordered[k][0] < b:
            k += 1  # crossing spans were anchored above
    out.append(_e(text[pos - start :]))
    return "".join(out)


def _article_html(a: Article, story: Story | None = None) -> str:
    marks: list[tuple[int, int, str, str]] = []
    if story is not None:
        marks += [(c["start"], c["end"], c["id"], "claim") for c in story.claims if c["article"] == a.id]
        marks += [(q["start"], q["end"], q["id"], "quote") for q in story.quotes if q["article"] == a.id]
        cited = {(src["start"], src["end"]) for item in story.summary + story.timeline for src in item["sources"] if src["article"] == a.id}
        marks += [(st, en, _cite_id(a.id, st), "cite") for st, en in cited]
    paras = []
    for m in re.finditer(r"[^\n]+", a.text):
        inside = [x for x in marks if m.start() <= x[0] and x[1] <= m.end()]
        paras.append(f"<p>{_marked(m.group(0), m.start(), inside)}</p>")
    removed = ""
    if a.removed:
        items = "".join(f'<li><span class="reason">{_e(r.reason)}</span> {_e(r.text)}</li>' for r in a.removed)
        removed = f"<details><summary>Removed page clutter ({len(a.removed)})</summary><ul>{items}</ul></details>"
    return (
        f'<article id="article-{_e(a.id)}"><h3>{_e(a.title or a.id)}</h3>'
        f'<p class="meta">{_e(_meta_line(a))} · <code>{_e(a.id)}</code></p>{"".join(paras)}{removed}</article>'
    )


def _cite_id(article: str, start: int) -> str:
    return f"s-{article}-{start}"


def _shared_with(passages: list[dict[str, Any]], share: float | None = None) -> str:
    """The articles an article shares passages with, how many more share them than are named, and
    how much of its text that is."""
    named = sorted({w for p in passages for w in p["with"]})
    more = max((p["copies"] - len(p["with"]) for p in passages), default=0)
    text = ", ".join(named) + (f" and {more} more" if more > 0 else "")
    return text + (f" ({round(100 * share)} % of its text)" if text and share else "")


def _figure(c: dict[str, object]) -> str:
    value = c["value"]
    if value is None:
        return f"{c['low']:g}–{c['high']:g}" if c.get("low") is not None and c.get("high") is not None else "?"
    words = {"exact": "", "nearly": "nearly ", "about": "about ", "at_least": "at least ", "more_than": "more than ",
             "at_most": "up to ", "less_than": "less than "}
    return f"{words.get(str(c['qualifier']), '')}{float(value):,.10g}"  # type: ignore[arg-type]


def _id_links(ids: list[str]) -> str:
    """Numbered links to marked spans: [1] [2] …"""
    return " ".join(f'<a href="#{_e(i)}">[{n}]</a>' for n, i in enumerate(ids, 1))


def _facts_html(story: Story, dossier: Dossier) -> str:
    outlet = {a.id: a.outlet or a.id for a in dossier.articles}

    def source_links(sources: list[dict[str, object]]) -> str:
        return " ".join(f'<a href="#{_e(_cite_id(str(s["article"]), int(s["start"])))}">[{_e(outlet[str(s["article"])])}]</a>' for s in sources)  # type: ignore[call-overload]

    parts = []
    if story.summary:
        items = "".join(
            f"<li>{_e(x['text'])} {source_links(x['sources'])}</li>"
            for x in story.summary
        )
        parts.append(f'<h3>Summary</h3><ol class="summary">{items}</ol>')
    if story.timeline:
        items = "".join(
            f'<li><span class="date">{_e(e["date"])}</span> {_e(e["text"])} {source_links(e["sources"])}</li>'
            for e in story.timeline
        )
        parts.append(f'<h3>Timeline</h3><ul class="timeline">{items}</ul>')
    if story.comparisons:
        items = "".join(
            f'<li><span class="verdict {_e(c["verdict"])}">{_e(c["verdict"])}</span> {_e(c["explanation"])} {_id_links(c["claims"])}</li>'
            for c in story.comparisons
        )
        parts.append(f'<h3>Where outlets agree and differ</h3><ul class="comparisons">{items}</ul>')
    if story.claims:
        rows = "".join(
            f'<tr><td>{_e(c["measure"])}</td><td><a href="#{_e(c["id"])}">{_e(_figure(c))}</a></td>'
            f'<td>{_e(c.get("subject") or "")}</td><td>{_e(c.get("location") or "")}</td>'
            f'<td>{_e(c.get("attributed_to") or "")}</td><td>{_e(c.get("as_of") or "")}</td><td>{_e(outlet[c["article"]])}</td></tr>'
            for c in sorted(story.claims, key=lambda c: (str(c["measure"]), str(c["article"])))
        )
        parts.append(
            '<h3>Figures</h3><div class="tablewrap"><table><thead><tr><th>measure</th><th>figure</th><th>who</th>'
            f'<th>where</th><th>source</th><th>as of</th><th>outlet</th></tr></thead><tbody>{rows}</tbody></table></div>'
        )
    if story.quotes:
        by_speaker: dict[str, list[dict[str, object]]] = {}
        for q in story.quotes:
            by_speaker.setdefault(str(q["speaker"]), []).append(q)
        blocks = "".join(
            f'<details><summary>{_e(who)} ({len(qs)})</summary><ul>'
            + "".join(f'<li><span class="meta">{_e(q["kind"])}, {_e(outlet[str(q["article"])])}</span> '
                      f'<a href="#{_e(q["id"])}">{_e(q["text"])}</a></li>' for q in qs)
            + "</ul></details>"
            for who, qs in sorted(by_speaker.items(), key=lambda kv: -len(kv[1]))
        )
        parts.append(f"<h3>Quotes by speaker</h3>{blocks}")
    if story.quote_groups:
        items = "".join(
            f'<li>{_e(g["speaker"])}: the same statement in {len(g["articles"])} outlets ({_e(", ".join(g["kinds"]))}) {_id_links(g["quotes"])}</li>'
            for g in story.quote_groups
        )
        parts.append(f"<h3>Statements reported by several outlets</h3><ul>{items}</ul>")
    if story.outlets:
        claim_by_id = {c["id"]: c for c in story.claims}

        def figures(ids: list[str]) -> str:
            return " ".join(f'<a href="#{_e(cid)}">{_e(_figure(claim_by_id[cid]))}</a>' for cid in ids)

        rows = "".join(
            f'<tr><td><a href="#article-{_e(o["article"])}">{_e(o["outlet"] or o["article"])}</a></td>'
            f'<td>{_e(", ".join(o["agencies"]))}</td><td>{figures(o["only_figures"])}</td>'
            f'<td>{_e(", ".join(o["only_speakers"]))}</td>'
            f'<td>{_e(_shared_with(o["shared_passages"], o.get("shared_share")))}</td></tr>'
            for o in story.outlets
        )
        parts.append(
            '<h3>Outlets</h3><div class="tablewrap"><table><thead><tr><th>outlet</th><th>agencies</th>'
            f'<th>figures only it reports</th><th>speakers only it quotes</th><th>shares passages with</th></tr></thead><tbody>{rows}</tbody></table></div>'
        )
    if story.entities:
        items = "".join(
            f'<li><span class="etype">{_e(e["type"])}</span> {_e(e["name"])} <span class="meta">({len(e["articles"])} article(s))</span></li>'
            for e in story.entities[:40]
        )
        parts.append(f'<h3>People, places, organisations</h3><ul class="entities">{items}</ul>')
    return "".join(parts)


def _kin(related: dict[str, Any]) -> str:
    """How a related story is marked when it is a closest kin (:func:`stories.closest_kin`)."""
    return "closest kin; " if related.get("closest") else ""


def _related_html(story: Story, dossier: Dossier) -> str:
    """Other stories like this one: a link within the page when the dossier holds them, else to the
    server's story page."""
    if not story.related:
        return ""
    here = {s.id for s in dossier.stories}
    items = "".join(
        f'<li><a href="{"#" if r["story"] in here else "/story/"}{_e(r["story"])}">{_e(r.get("title") or r["story"])}</a> '
        f'<span class="meta">({_kin(r)}shared: {_e(", ".join(r["shared"]))}; similarity {r["similarity"]:.2f})</span></li>'
        for r in story.related
    )
    return f'<h3>Related stories</h3><ul class="related">{items}</ul>'


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
        f'<p class="meta">{len(arts)} article(s)</p>{table}{_facts_html(story, dossier)}{_related_html(story, dossier)}'
        f'<h3>Articles</h3>{"".join(_article_html(a, story) for a in arts)}</section>'
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
    """A compact view for the terminal: per story its articles, comparisons and summary."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    colour = {"agree": "green", "compatible": "green", "evolving": "yellow", "conflict": "red"}
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
        for c in story.comparisons:
            console.print(f"[{colour.get(c['verdict'], 'white')}]{c['verdict'].upper():10}[/] {escape(c['explanation'])}", highlight=False)
        if story.summary:
            console.print("[bold]Summary[/]")
            for item in story.summary:
                console.print(f"  • {escape(item['text'])}", highlight=False)
        people = [e["name"] for e in story.entities if e["type"] == "PER"][:8]
        if people:
            console.print(f"[bold]People[/] {escape(', '.join(people))}  ·  {len(story.claims)} figures, {len(story.quotes)} quotes", highlight=False)
        for r in story.related:
            console.print(f"[bold]Related[/] {escape(r.get('title') or r['story'])}  ({_kin(r)}shared: {escape(', '.join(r['shared']))})", highlight=False)
        console.print()
