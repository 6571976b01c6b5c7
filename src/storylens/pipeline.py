"""The pipeline: ingest → clean → segment → stories, one function per stage, data flowing one way.

:func:`analyze` is what the CLI calls. Stages are functions of their input (plus, for the batch
steps, the batch), so a Spark job can run the per-article part in ``mapPartitions``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from . import claims, compare, entities, outlets, quotes, summarise, timeline
from . import stories as story_groups
from .clean import Cleaned, clean, drop_repeated
from .errors import ReadError
from .ingest import LineErrors, RawDoc, iter_files, read_changed, read_file
from .model import Article, Dossier, Skipped, Story
from .segment import sentences

ErrorPolicy = Literal["skip", "raise"]


@dataclass(frozen=True)
class Options:
    """Options of one analysis.

    language (str | None): Force this language for every article instead of detecting it.
    errors (str): ``"skip"`` reports bad inputs and goes on; ``"raise"`` stops at the first.
    llm_url, llm_model: An OpenAI-compatible endpoint for an abstractive summary (optional; the
        extractive summary is always made).
    ner (str | None): An optional NER backend for the dossier's entities (``"spacy:NAME"``,
        ``"transformers:NAME"``, ``"gliner:NAME"``; a name or a local path); default the bundled one.
    dense (str | None): The dense backend stories are grouped with (``"e5"``, ``"use"``; each with
        its own calibration, see :data:`stories.DENSE_BACKENDS`), or None for the sparse terms alone.
    """

    language: str | None = None
    errors: ErrorPolicy = "skip"
    llm_url: str | None = None
    llm_model: str | None = None
    ner: str | None = None
    dense: str | None = "e5"


Progress = Callable[[str], None]


def read_all(paths: Iterable[Path], *, errors: ErrorPolicy = "skip", progress: Progress | None = None) -> tuple[list[RawDoc], list[Skipped]]:
    """Ingest stage: read every file under ``paths``.

    RETURNS (tuple): (documents read, inputs skipped with their reason).
    """
    docs: list[RawDoc] = []
    skipped: list[Skipped] = []
    for f in iter_files(list(paths)):
        if progress:
            progress(str(f))
        try:
            docs.extend(read_file(f))
        except LineErrors as exc:
            docs.extend(exc.docs)
            skipped.extend(Skipped(e.path, e.reason) for e in exc.errors)
            if errors == "raise":
                raise
        except ReadError as exc:
            if errors == "raise":
                raise
            skipped.append(Skipped(exc.path, exc.reason))
    return docs, skipped


def _unique_ids(docs: list[RawDoc]) -> None:
    seen: dict[str, int] = {}
    for d in docs:
        n = seen.get(d.id, 0)
        seen[d.id] = n + 1
        if n:
            d.id = f"{d.id}-{n + 1}"


def to_article(c: Cleaned) -> Article:
    """Segment stage: join kept paragraphs into the canonical text and find its sentences."""
    text = "\n\n".join(c.paragraphs)
    return Article(
        id=c.doc.id,
        path=c.doc.path,
        text=text,
        title=c.title,
        outlet=c.outlet,
        url=c.doc.url,
        authors=tuple(c.authors),
        agencies=tuple(c.agencies),
        credits=tuple(c.credits),
        published=c.published,
        language=c.language,
        removed=tuple(c.removed),
        sentences=tuple(sentences(text, c.language)),
        fmt=c.doc.fmt,
    )


def story_id(first: Article) -> str:
    """A story's id, from its earliest article: stable while that article stays in it."""
    return "story-" + hashlib.sha1(first.id.encode("utf-8")).hexdigest()[:10]


def _earliest_first(group: Iterable[Article]) -> list[Article]:
    return sorted(group, key=lambda a: (a.published or "9999", a.id))


def group_stories(articles: list[Article], dense: str | None = "e5", keeper: story_groups.VectorKeeper | None = None,
                  groups: list[list[int]] | None = None) -> list[Story]:
    """Stories stage: group articles about the same event (see :mod:`storylens.stories`).

    keeper (VectorKeeper | None): Where dense vectors outlive the process (a store).
    groups (list | None): The grouping, when done already (article indices per story).
    """
    stories = []
    for idx in groups if groups is not None else story_groups.group(articles, dense, keeper=keeper):
        group = _earliest_first(articles[i] for i in idx)
        title = next((a.title for a in group if a.title), None)
        stories.append(Story(id=story_id(group[0]), title=title, articles=[a.id for a in group]))
    return stories


def prepare(docs: list[RawDoc], options: Options = Options()) -> list[Article]:
    """Clean and segment documents already read (the stages every later one builds on)."""
    _unique_ids(docs)
    cleaned = [clean(d, language=options.language) for d in docs]
    drop_repeated(cleaned)
    return [to_article(c) for c in cleaned if c.paragraphs]


def build_stories(articles: list[Article], options: Options = Options(), previous: Iterable[Story] = (),
                  keeper: story_groups.VectorKeeper | None = None) -> list[Story]:
    """The story stages: grouping, then per story entities, claims, quotes, comparisons,
    timeline, summary, quote groups and the outlet view.

    previous (Iterable[Story]): Stories analysed before (a store's); one whose id and articles are
        unchanged is kept as it was instead of being analysed again, so adding articles costs the
        stories they touch, not the whole store.
    keeper (VectorKeeper | None): Where dense vectors outlive the process (a store's table).
    """
    return relate_stories(analyse_stories(group_stories(articles, options.dense, keeper=keeper), articles, options, previous))


def analyse_stories(stories: list[Story], articles: list[Article], options: Options = Options(),
                    previous: Iterable[Story] = ()) -> list[Story]:
    """Per story: entities, claims, quotes, comparisons, timeline, summary, quote groups and the
    outlet view. A story in ``previous`` with the same id and articles is taken as it was.

    articles: At least the stories' articles.
    """
    done = {(s.id, tuple(s.articles)): s for s in previous}
    by_id = {a.id: a for a in articles}
    for n, story in enumerate(stories):
        kept = done.get((story.id, tuple(story.articles)))
        if kept is not None:
            if not kept.profile:  # analysed before stories had profiles
                kept.profile = story_profile(kept, [by_id[aid] for aid in kept.articles])
            stories[n] = kept
            continue
        members = [by_id[aid] for aid in story.articles]
        story.entities = entities.extract(members, options.ner)
        story.profile = story_profile(story, members)
        for a in members:
            found, said = claims.extract(a), quotes.extract(a)
            claims.attribute_to_quotes(a, found, said)  # a figure inside a quote is its speaker's
            story.claims.extend(found)
            story.quotes.extend(said)
        speakers = entities.speaker_index(story.entities)
        for q in story.quotes:
            q["speaker_entity"] = entities.speaker_entity(q["speaker"], story.entities, speakers)
        shared = outlets.passages(members)  # wire copy: agreeing reports that repeat one text are one source
        story.comparisons = compare.compare(story.claims, members, story.entities, shared)
        story.timeline = timeline.build(members)
        story.summary = summarise.summarise(members, story.claims, story.entities)
        if options.llm_url and options.llm_model:
            story.summary = summarise.abstractive(members, story.claims, story.entities, url=options.llm_url, model=options.llm_model) or story.summary
        story.quote_groups = outlets.quote_groups(story.quotes)
        story.outlets = outlets.outlet_view(members, story.claims, story.quotes, story.entities, shared)
    return stories


def story_profile(story: Story, members: list[Article]) -> dict[str, float]:
    """What a story is about (:func:`stories.profile`): its articles' lemma terms and the names of
    the story's entities each one mentions."""
    names: dict[str, list[str]] = {}
    for e in story.entities:
        for aid in sorted({m["article"] for m in e["mentions"]}):
            names.setdefault(aid, []).append(e["name"])
    return story_groups.profile([story_groups.terms(a.title, a.text, a.language, names.get(a.id, ())) for a in members])


def relate_stories(stories: list[Story]) -> list[Story]:
    """Related stories: each story's most similar others among ``stories`` by their profiles
    (:func:`stories.relate`), with their titles."""
    titles = {s.id: s.title for s in stories}
    found = story_groups.relate({s.id: s.profile for s in stories if s.profile}, sizes={s.id: len(s.articles) for s in stories})
    for s in stories:
        s.related = [{**r, "title": titles.get(r["story"])} for r in found.get(s.id, [])]
    return stories


def analyze_docs(docs: list[RawDoc], options: Options = Options()) -> tuple[list[Article], list[Story]]:
    """Run every stage after ingest on documents already read."""
    articles = prepare(docs, options)
    return articles, build_stories(articles, options)


def ingest(paths: Iterable[Path | str], store: Any, *, options: Options = Options(), progress: Progress | None = None,
           watching: bool = False, regroup: bool = False) -> tuple[int, list[Skipped]]:
    """Add articles to a store, file by file (each file one transaction), then rebuild its stories.

    watching (bool): Pass over files the store has read and that have not changed since, and
        read only the new lines of a growing JSON Lines file (see :func:`ingest.read_changed`):
        a look at an unchanged folder reads nothing, and a bad file is reported once, not at
        every look. Without it every file is read (and every bad one reported) again.
    regroup (bool): Group the whole store again afterwards (see :func:`restory`).
    RETURNS (tuple): (articles added, inputs skipped with their reason).
    """
    added = 0
    skipped: list[Skipped] = []
    for f in iter_files([Path(p) for p in paths]):
        got = read_changed(f, store.source(str(f)) if watching else None, watching=watching)
        if got is None:
            continue
        if progress:
            progress(str(f))
        docs, bad, source = got
        if bad and options.errors == "raise":
            raise bad[0]
        skipped.extend(Skipped(e.path, e.reason) for e in bad)
        if docs or source is not None:
            added += store.add_articles(prepare(docs, options) if docs else [], source)
    if regroup or added or not store.counts()["stories"] or store.pending():  # pending: a look cut short before its stories
        restory(store, options, regroup=regroup)
    return added, skipped


def restory(store: Any, options: Options = Options(), regroup: bool = False) -> None:
    """Bring a store's stories up to date with its articles.

    A small store (up to ``stories.AVERAGE_LINK_MAX`` articles) is grouped again as a whole. A
    larger one is grouped once by the streaming path, which leaves a story index in the store;
    from then on only the articles no story holds yet are read and assigned to the stored stories
    (:func:`stories.assign`), and only the stories they touch are analysed again and written —
    stories stay as they are while articles arrive. Dense vectors are kept in the store, so each
    text is embedded once.

    regroup (bool): Group the whole store again even when it has an index.
    """
    total = store.counts()["articles"]
    if regroup or total <= story_groups.AVERAGE_LINK_MAX or not store.indexed():
        articles = store.articles()
        docs = [story_groups.terms(a.title, a.text, a.language) for a in articles]
        groups = story_groups.group(articles, options.dense, keeper=store, docs=docs)
        stories = group_stories(articles, groups=groups)
        index = None
        if len(articles) > story_groups.AVERAGE_LINK_MAX:
            index = story_groups.index_of(articles, groups, [s.id for s in stories], docs)
        store.replace_stories(analyse_stories(stories, articles, options, previous=store.stories()), index)
        return
    from .store import StaleIndex

    for attempt in range(3):
        try:
            return _assign_pending(store, options)
        except StaleIndex:  # a second writer (watch beside serve) took some of them first: read again
            if attempt == 2:
                raise


def _assign_pending(store: Any, options: Options) -> None:
    new = store.unassigned()
    if not new:
        return
    update = story_groups.assign(new, store, story_id, options.dense, keeper=store)
    members = store.members(sorted(update.states))
    for gone, ids in store.members(sorted(update.merged)).items():  # a merged story's articles go with it
        members[update.merged[gone]] += ids
    for a, sid in zip(new, update.joined):
        members[sid].append(a.id)
    articles = store.articles_by_id(sorted({aid for ids in members.values() for aid in ids}))
    by_id = {a.id: a for a in articles}
    stories = []
    for sid in sorted(members):
        group = _earliest_first(by_id[aid] for aid in members[sid])
        stories.append(Story(id=sid, title=next((a.title for a in group if a.title), None), articles=[a.id for a in group]))
    store.apply(update, new, analyse_stories(stories, articles, options))


def analyze(paths: Iterable[Path | str], *, options: Options = Options(), progress: Progress | None = None) -> Dossier:
    """Analyse files and folders into a dossier.

    paths (Iterable[Path | str]): Files or folders (walked recursively).
    options (Options): Language and error policy.
    progress (Progress | None): Called with each file name as it is read.
    RETURNS (Dossier): Articles, stories and the inputs that were skipped.
    """
    docs, skipped = read_all((Path(p) for p in paths), errors=options.errors, progress=progress)
    articles, stories = analyze_docs(docs, options)
    kept = {a.id for a in articles}
    skipped.extend(Skipped(d.path, "nothing left after removing page clutter") for d in docs if d.id not in kept)
    return Dossier(articles=articles, stories=stories, skipped=skipped)
