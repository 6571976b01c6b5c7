"""The typed contract between stages: articles, spans and the dossier.

Every extracted thing points into ``Article.text`` by character offsets, so a citation can always be
checked against the text it cites. Dates are ISO strings because a report may only be dated to the
month (``"2022-01"``); :func:`storylens.timeutil.parse_partial_date` turns them into ``date`` values.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into one article's text."""

    start: int
    end: int

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """Build a span after checking it lies inside ``text`` and is not empty.

        text (str): The canonical article text.
        start (int): First character offset.
        end (int): Offset one past the last character.
        RETURNS (Span): The checked span.
        """
        if not 0 <= start < end <= len(text):
            raise ValueError(f"span ({start}, {end}) outside text of length {len(text)}")
        return cls(start, end)

    def text_of(self, text: str) -> str:
        """Return the characters this span covers in ``text``."""
        return text[self.start : self.end]

    def to_dict(self) -> dict[str, int]:
        """Convert the span to a dictionary."""
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True)
class Removed:
    """A piece of page clutter taken out of the text, kept with the reason it was removed."""

    text: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        """Convert to a dictionary."""
        return {"text": self.text, "reason": self.reason}


@dataclass(frozen=True)
class AgencyCredit:
    """A news-agency credit as printed (``"(rtr)"``) and the agency it names (``"Reuters"``)."""

    agency: str
    credit: str

    def to_dict(self) -> dict[str, str]:
        """Convert to a dictionary."""
        return {"agency": self.agency, "credit": self.credit}


@dataclass(frozen=True)
class Article:
    """One cleaned article: the canonical text every span points into, plus its metadata."""

    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    credits: tuple[AgencyCredit, ...] = ()
    published: str | None = None
    language: str | None = None
    removed: tuple[Removed, ...] = ()
    sentences: tuple[Span, ...] = ()
    fmt: str = "txt"

    def to_dict(self) -> dict[str, Any]:
        """Convert the article to the dossier's JSON shape."""
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "authors": list(self.authors),
            "agencies": list(self.agencies),
            "credits": [c.to_dict() for c in self.credits],
            "published": self.published,
            "language": self.language,
            "format": self.fmt,
            "text": self.text,
            "removed": [r.to_dict() for r in self.removed],
            "sentences": [s.to_dict() for s in self.sentences],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        """Build an article from :meth:`to_dict` output."""
        return cls(
            id=d["id"],
            path=d["path"],
            text=d["text"],
            title=d.get("title"),
            outlet=d.get("outlet"),
            url=d.get("url"),
            authors=tuple(d.get("authors", ())),
            agencies=tuple(d.get("agencies", ())),
            credits=tuple(AgencyCredit(**c) for c in d.get("credits", ())),
            published=d.get("published"),
            language=d.get("language"),
            removed=tuple(Removed(**r) for r in d.get("removed", ())),
            sentences=tuple(Span(s["start"], s["end"]) for s in d.get("sentences", ())),
            fmt=d.get("format", "txt"),
        )


@dataclass(frozen=True)
class Skipped:
    """An input that could not be analysed, with a one-line reason."""

    path: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        """Convert to a dictionary."""
        return {"path": self.path, "reason": self.reason}


@dataclass
class Story:
    """Articles about one event and everything extracted across them.

    The list fields are filled by later stages (entities, claims, quotes, comparisons, timeline,
    summary); each element is a JSON-ready dictionary whose spans point into its article's text.
    """

    id: str
    title: str | None
    articles: list[str]
    entities: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    comparisons: list[dict[str, Any]] = field(default_factory=list)
    timeline: list[dict[str, Any]] = field(default_factory=list)
    summary: list[dict[str, Any]] = field(default_factory=list)
    quote_groups: list[dict[str, Any]] = field(default_factory=list)
    outlets: list[dict[str, Any]] = field(default_factory=list)
    profile: dict[str, float] = field(default_factory=dict)  # term -> its mean weight over the articles
    related: list[dict[str, Any]] = field(default_factory=list)  # other stories like it, closest kin first

    def to_dict(self) -> dict[str, Any]:
        """Convert the story to the dossier's JSON shape."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Story":
        """Build a story from :meth:`to_dict` output."""
        return cls(**{k: d[k] for k in cls.__dataclass_fields__ if k in d})


@dataclass
class Dossier:
    """The result of one analysis: cleaned articles, the stories they form, and skipped inputs."""

    articles: list[Article]
    stories: list[Story]
    skipped: list[Skipped] = field(default_factory=list)

    def article(self, article_id: str) -> Article:
        """Return the article with this id."""
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def to_dict(self) -> dict[str, Any]:
        """Convert the dossier to its JSON contract."""
        return {
            "articles": [a.to_dict() for a in self.articles],
            "stories": [s.to_dict() for s in self.stories],
            "skipped": [s.to_dict() for s in self.skipped],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Dossier":
        """Build a dossier from :meth:`to_dict` output."""
        return cls(
            articles=[Article.from_dict(a) for a in d["articles"]],
            stories=[Story.from_dict(s) for s in d["stories"]],
            skipped=[Skipped(**s) for s in d.get("skipped", ())],
        )
