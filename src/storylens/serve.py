"""Serve: a read-only web UI and JSON API over a store.

Pages are rendered on the server with no scripts and no external assets: the story list (newest
first, with size, outlets and languages), a story page (the dossier), an article page (clean text
with figures and quotes marked, removed clutter folded away) and search. The JSON API under /api
returns the same dossier shape as ``storylens analyze``; OpenAPI docs are at /api/docs. Every
text from articles is escaped and a strict Content-Security-Policy is sent with every response.
"""

from __future__ import annotations

import html
import re
from typing import Any

from .model import Story
from .render import _CSS, _article_html, to_html

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
SAFE_ID = re.compile(r"^[\w.:-]{1,200}$")


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
        '<header><h1><a href="/">storylens</a></h1><form action="/search" method="get">'
        '<input name="q" type="search" placeholder="Search titles and text" aria-label="Search"></form></header>'
        f"<main>{body}</main></body></html>"
    )


def story_summary(story: Story, dossier_articles: dict[str, Any]) -> dict[str, Any]:
    """The list entry of a story: id, title, size, outlets, languages, newest date."""
    arts = [dossier_articles[a] for a in story.articles if a in dossier_articles]
    return {
        "id": story.id,
        "title": story.title,
        "articles": len(story.articles),
        "outlets": sorted({a.outlet for a in arts if a.outlet}),
        "languages": sorted({a.language for a in arts if a.language}),
        "newest": max((a.published for a in arts if a.published), default=None),
    }


def create_app(db: str, ingest_token: str | None = None, ner: str | None = None) -> Any:
    """The FastAPI application over the store at ``db``.

    db (str): SQLite file or postgresql:// URL.
    ingest_token (str | None): When given, POST /api/ingest accepts articles from callers that
        send ``Authorization: Bearer <token>``; without it the server is read-only.
    ner (str | None): Optional NER backend for the stories that posted articles touch (as
        ``--ner`` of ``ingest``).
    """
    import hmac

    from fastapi import Body, FastAPI, Header, HTTPException, Query, Request
    from fastapi.responses import HTMLResponse, JSONResponse

    from .store import open_store

    store = open_store(db)
    app = FastAPI(title="storylens", docs_url="/api/docs", openapi_url="/api/openapi.json", redoc_url=None)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        if request.url.path.startswith("/api/docs"):
            return response  # the interactive docs page loads its own scripts
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def checked(identifier: str) -> str:
        if not SAFE_ID.match(identifier):
            raise HTTPException(status_code=404, detail="not found")
        return identifier

    def listing() -> list[dict[str, Any]]:
        arts = {a.id: a for a in store.articles()}
        entries = [story_summary(s, arts) for s in store.stories()]
        return sorted(entries, key=lambda e: (e["newest"] or "", e["articles"]), reverse=True)

    @app.get("/api/stories")
    def api_stories() -> list[dict[str, Any]]:
        """Stories, newest first."""
        return listing()

    @app.get("/api/stories/{story_id}")
    def api_story(story_id: str) -> JSONResponse:
        """One story as a dossier (the same JSON as `storylens analyze`)."""
        d = store.dossier(checked(story_id))
        if not d.stories:
            raise HTTPException(status_code=404, detail=f"no story {story_id!r}")
        return JSONResponse(d.to_dict())

    @app.get("/api/articles/{article_id}")
    def api_article(article_id: str) -> dict[str, Any]:
        """One cleaned article."""
        a = store.article(checked(article_id))
        if a is None:
            raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
        return a.to_dict()

    @app.get("/api/search")
    def api_search(q: str = Query(..., min_length=1, max_length=200)) -> list[dict[str, Any]]:
        """Articles matching every word of q in title or text."""
        return store.search(q)

    @app.get("/", response_class=HTMLResponse)
    def home() -> str:
        rows = "".join(
            f'<tr><td><a href="/story/{html.escape(e["id"])}">{html.escape(e["title"] or e["id"])}</a></td>'
            f'<td>{e["articles"]}</td><td>{html.escape(", ".join(e["outlets"]))}</td>'
            f'<td>{html.escape(", ".join(e["languages"]))}</td><td>{html.escape(e["newest"] or "")}</td></tr>'
            for e in listing()
        )
        table = ('<div class="tablewrap"><table><thead><tr><th>story</th><th>articles</th><th>outlets</th>'
                 f'<th>languages</th><th>newest</th></tr></thead><tbody>{rows}</tbody></table></div>')
        counts = store.counts()
        return _page("storylens", f'<h2>Stories</h2><p class="meta">{counts["stories"]} stories, {counts["articles"]} articles</p>{table}')

    @app.get("/story/{story_id}", response_class=HTMLResponse)
    def story_page(story_id: str) -> str:
        d = store.dossier(checked(story_id))
        if not d.stories:
            raise HTTPException(status_code=404, detail="not found")
        page = to_html(d)
        return page.replace("<header><h1>storylens dossier</h1>", '<header><h1><a href="/">storylens</a> dossier</h1>', 1)

    @app.get("/article/{article_id}", response_class=HTMLResponse)
    def article_page(article_id: str) -> str:
        a = store.article(checked(article_id))
        if a is None:
            raise HTTPException(status_code=404, detail="not found")
        story = next((s for s in store.stories() if a.id in s.articles), None)
        back = f'<p class="meta"><a href="/story/{html.escape(story.id)}">{html.escape(story.title or story.id)}</a></p>' if story else ""
        return _page(a.title or a.id, back + _article_html(a, story))

    @app.get("/search", response_class=HTMLResponse)
    def search_page(q: str = Query("", max_length=200)) -> str:
        hits = store.search(q) if q.strip() else []
        items = "".join(
            f'<li><a href="/article/{html.escape(h["id"])}">{html.escape(h["title"] or h["id"])}</a> '
            f'<span class="meta">{html.escape(h["published"] or "")}</span></li>'
            for h in hits
        )
        return _page(f"Search: {q}", f"<h2>Search: {html.escape(q)}</h2><p class=\"meta\">{len(hits)} article(s)</p><ul>{items}</ul>")

    if ingest_token:

        @app.post("/api/ingest")
        def api_ingest(payload: dict[str, Any] = Body(...), authorization: str = Header("")) -> dict[str, Any]:
            """Add articles ({"articles": [{"text" or "html", "title", "url", "published", "outlet"}]})."""
            if not hmac.compare_digest(authorization.encode(), f"Bearer {ingest_token}".encode()):
                raise HTTPException(status_code=401, detail="a valid bearer token is required")
            from .errors import ReadError
            from .ingest import _obj_to_doc
            from .pipeline import Options, prepare, restory

            items = payload.get("articles")
            if not isinstance(items, list) or not items:
                raise HTTPException(status_code=422, detail="expected a non-empty list under 'articles'")
            docs, errors = [], []
            for n, obj in enumerate(items[:1000]):
                try:
                    docs.append(_obj_to_doc(obj, f"api:{n}", f"api-{n}"))
                except ReadError as exc:
                    errors.append({"index": n, "reason": exc.reason})
            added = store.add_articles(prepare(docs)) if docs else 0
            if added:
                restory(store, Options(ner=ner))  # untouched stories keep their analysis, stored vectors are reused
            return {"added": added, "skipped": errors, **store.counts()}

    app.state.store = store
    return app
