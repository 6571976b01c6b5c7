"""What a growing store costs per look: online assignment against regrouping the whole store.

Run: ``STORYLENS_PURE=1 .venv/bin/python bench/bench_online.py [--n 20000] [--looks 200]``.

The corpus is bench_stories.py's synthetic one (perturbed copies of ../shared texts, story sizes
Zipf-like, never written to disk), German bases only, so that no story has a counterpart in
another language (those are joined on dense vectors, which would first have to be embedded for
every story of the store at six texts a second). A scratch SQLite store is given the first ``n``
articles grouped at once by the streaming path, with its story index (the starting stories are
not analysed: that would take hours and is not what is measured). Then ``looks`` further articles
arrive one per look through ``pipeline.ingest`` (a JSON Lines feed that grows, ``watching``):
each look reads the new line, assigns it online, analyses the one story it touched and writes it.

Reported: seconds per look (median, 95th percentile, max) with the touched story's analysis
included, and without it (the grouping and the writes alone); what one look cost before — one more article, then the whole store regrouped
(`restory(regroup=True)`: every article loaded, terms, streaming grouping, the touched story
analysed, every story row written again), timed once at the end; and B-cubed precision/recall/F1
against the bases for the stories grown online and for the whole store regrouped at once.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_stories import synthesize  # noqa: E402

from storylens import stories  # noqa: E402
from storylens.evaluate.clusters import bcubed  # noqa: E402
from storylens.ingest import RawDoc  # noqa: E402
from storylens import pipeline  # noqa: E402
from storylens.pipeline import group_stories, ingest, prepare, restory  # noqa: E402

ANALYSIS: list[float] = []  # seconds spent analysing touched stories, per call


def _timed_analysis(*args, **kwargs):  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    try:
        return _analyse(*args, **kwargs)
    finally:
        ANALYSIS.append(time.perf_counter() - t0)


_analyse = pipeline.analyse_stories
pipeline.analyse_stories = _timed_analysis  # restory looks it up at call time: the bench sees its share
from storylens.store import open_store  # noqa: E402


def _score(store, gold: dict[str, int]) -> dict[str, float]:  # type: ignore[no-untyped-def]
    pred, truth = [], []
    for k, s in enumerate(store.stories()):
        for aid in s.articles:
            pred.append(k)
            truth.append(gold[aid])
    return bcubed(pred, truth)


def main() -> None:
    """Print a JSON report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--looks", type=int, default=200)
    args = ap.parse_args()
    items, picks = synthesize(args.n + args.looks, languages=frozenset({"de"}))
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "s.db")
        docs = [RawDoc(id=f"a{i}", path="start.jsonl", fmt="jsonl", paragraphs=[t], published=d, language=lang)
                for i, (lang, t, d) in enumerate(items[: args.n])]
        articles = prepare(docs)
        gold = {a.id: picks[int(a.id[1:])] for a in articles}
        store.add_articles(articles)
        articles = store.articles()  # as stored: a synthetic copy that came out identical is kept once
        t0 = time.perf_counter()
        terms = [stories.terms(a.title, a.text, a.language) for a in articles]
        groups = stories.group(articles, dense=None, docs=terms)
        grouped = group_stories(articles, groups=groups)
        store.replace_stories(grouped, stories.index_of(articles, groups, [s.id for s in grouped], terms))
        t_start = time.perf_counter() - t0
        feed = Path(tmp) / "feed.jsonl"
        feed.touch()
        ingest([feed], store, watching=True)
        looks: list[float] = []
        grouping: list[float] = []  # the same without the touched story's analysis
        for i in range(args.n, args.n + args.looks):
            lang, text, day = items[i]
            with feed.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps({"id": f"n{i}", "text": text, "published": day, "language": lang}) + "\n")
            ANALYSIS.clear()
            t0 = time.perf_counter()
            added, _ = ingest([feed], store, watching=True)
            if not added:  # a synthetic copy identical to a stored article: kept once, nothing to do
                continue
            looks.append(time.perf_counter() - t0)
            grouping.append(looks[-1] - sum(ANALYSIS))
            gold[f"n{i}"] = picks[i]
        online = _score(store, gold)
        everything = store.articles()
        regrouped = stories.group(everything, dense=None)
        pred = {everything[i].id: k for k, g in enumerate(regrouped) for i in g}
        at_once = bcubed([pred[a.id] for a in everything], [gold[a.id] for a in everything])
        # what a look cost before: one more article, then the whole store regrouped (untouched
        # stories keep their stored analysis, as they did), every story row written again
        lang, text, day = items[0]
        store.add_articles(prepare([RawDoc(id="last", path="last.jsonl", fmt="jsonl", paragraphs=[text + " Nachtrag."], published=day, language=lang)]))
        ANALYSIS.clear()
        t0 = time.perf_counter()
        restory(store, regroup=True)
        t_regroup = time.perf_counter() - t0
        t_regroup_grouping = t_regroup - sum(ANALYSIS)
        looks.sort()
        grouping.sort()
        print(json.dumps({
            "articles_at_start": len(articles),
            "stories_at_start": len(grouped),
            "start_grouping_s": round(t_start, 1),
            "looks": len(looks),
            "look_s_median": round(statistics.median(looks), 3),
            "look_s_p95": round(looks[int(0.95 * (len(looks) - 1))], 3),
            "look_s_max": round(looks[-1], 3),
            "look_s_without_analysis_median": round(statistics.median(grouping), 3),
            "look_s_without_analysis_p95": round(grouping[int(0.95 * (len(grouping) - 1))], 3),
            "look_s_regrouping_whole_store": round(t_regroup, 1),
            "look_s_regrouping_whole_store_without_analysis": round(t_regroup_grouping, 1),
            "bcubed_online": online,
            "bcubed_regrouped_at_once": at_once,
            "stories_online": store.counts()["stories"],
            "stories_regrouped": len(regrouped),
        }, indent=1))


if __name__ == "__main__":
    main()
