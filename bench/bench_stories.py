"""Story grouping at scale: 100,000 synthetic articles through the streaming path.

Run: ``.venv/bin/python bench/bench_stories.py [--n 100000] [--workers 2]``.

The corpus is built from ``../shared/corpus`` and never written to disk: every text of the SemEval
sample (all languages), every ECB+ document and the seeds is a *base story*; each synthetic article
picks a base (story sizes follow a Zipf-like law, so a few stories are large and most are small),
drops a fifth of its sentences, shuffles neighbouring sentences, swaps one word in twenty for a
word of another base, and gets a date within three days of its base's date (bases are spread over
a year). The base is the article's gold story.

Reported: seconds and peak memory for the representation (lemma terms, ``--workers`` processes)
and for the clustering stage (TF-IDF fit + streaming assignment + merge), the number of stories,
and B-cubed precision/recall/F1 against the bases (related bases — two ECB+ documents of one
topic — may rightly end in one story, so precision is the figure to watch).

With ``--related``: the related-stories layer over the stories found — seconds and memory for
``stories.relate`` over all their profiles at once (what ``analyze`` does), and, with the profiles
written to a SQLite store in a temporary folder, seconds per story for ``Store.related`` (what a
story page costs) on ``--reads`` stories drawn at random, and whether each read lists the same
stories, kin flags and similarities as the all-at-once run.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import resource
import time
from collections import Counter
from datetime import date, timedelta
from multiprocessing import Pool
from pathlib import Path

from storylens import stories
from storylens.evaluate.clusters import bcubed, ecb_documents, ecb_whole

CORPUS = Path("../shared/corpus")
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def bases() -> list[tuple[str, str]]:
    """(language, text) of every base story."""
    out: list[tuple[str, str]] = []
    csv.field_size_limit(1 << 30)
    with open(CORPUS / "semeval2022-task8-sample" / "train.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for side in ("1", "2"):
                if len(row["text" + side]) > 400:
                    out.append((row["lang" + side], row["text" + side]))
    out += [("en", t) for t in ecb_whole(*ecb_documents(CORPUS)[:2])]  # title (the first sentence) and text
    for f in sorted((CORPUS / "seeds").glob("*.txt")):
        out.append(("de", f.read_text(encoding="utf-8")))
    return out


def synthesize(n: int, seed: int = 7, languages: frozenset[str] | None = None) -> tuple[list[tuple[str, str, str]], list[int]]:
    """n perturbed articles (language, text, date) and their base story ids (``languages``: only
    bases in these languages)."""
    rng = random.Random(seed)
    base = [b for b in bases() if languages is None or b[0] in languages]
    words = [t.split() for _, t in base]
    weights = [1.0 / (k + 1) ** 0.8 for k in range(len(base))]
    order = list(range(len(base)))
    rng.shuffle(order)
    start = date(2024, 1, 1)
    base_day = {b: start + timedelta(days=rng.randrange(365)) for b in order}
    picks = rng.choices(order, weights=weights, k=n)
    out: list[tuple[str, str, str]] = []
    for b in picks:
        lang, text = base[b]
        sents = [s for s in SENTENCE.split(text) if s.strip()]
        kept = [s for s in sents if rng.random() > 0.2] or sents[:1]
        for i in range(len(kept) - 1):
            if rng.random() < 0.2:
                kept[i], kept[i + 1] = kept[i + 1], kept[i]
        toks = " ".join(kept).split()
        other = words[rng.randrange(len(words))]
        for i in range(len(toks)):
            if other and rng.random() < 0.05:
                toks[i] = other[rng.randrange(len(other))]
        day = base_day[b] + timedelta(days=rng.randrange(4))
        out.append((lang, " ".join(toks), day.isoformat()))
    return out, picks


def _terms(item: tuple[str, str, str]) -> Counter[str]:
    lang, text, _ = item
    return stories.terms(None, text, lang)


def main() -> None:
    """Print a JSON report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--related", action="store_true", help="measure the related-stories layer too")
    ap.add_argument("--reads", type=int, default=200, help="stories read one by one from a store (with --related)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    articles, gold = synthesize(args.n)
    t_build = time.perf_counter() - t0
    t0 = time.perf_counter()
    with Pool(args.workers) as pool:
        docs = pool.map(_terms, articles, chunksize=500)
    t_terms = time.perf_counter() - t0
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    vec = stories.Vectors.fit(docs, stories.STREAM_TERMS)
    kept = docs if args.related else None
    del docs
    groups = stories.cluster(vec, stories.SPARSE_THRESHOLD, [d for _, _, d in articles])
    t_cluster = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    pred = [0] * len(articles)
    for k, g in enumerate(groups):
        for i in g:
            pred[i] = k
    report = {
        "articles": len(articles),
        "base_stories_used": len(set(gold)),
        "stories_found": len(groups),
        "build_corpus_s": round(t_build, 1),
        "terms_s": round(t_terms, 1),
        "workers": args.workers,
        "cluster_stage_s": round(t_cluster, 1),
        "peak_rss_mb": round(rss / 1024),
        "rss_before_cluster_mb": round(rss_before / 1024),
        "bcubed_vs_bases": bcubed(pred, gold),
    }
    if kept is not None:
        del vec
        report["related"] = related_layer(kept, groups, args.reads)
    print(json.dumps(report, indent=2))


def related_layer(docs: list[Counter[str]], groups: list[list[int]], reads: int) -> dict[str, object]:
    """The related-stories layer over ``groups``: all at once, then story by story from a store."""
    import tempfile

    from storylens.model import Story
    from storylens.store import open_store

    t0 = time.perf_counter()
    profiles = {f"s{k}": stories.profile([docs[i] for i in g]) for k, g in enumerate(groups)}
    profiles = {sid: p for sid, p in profiles.items() if p}  # as analyze relates them: a story without terms has none
    t_profiles = time.perf_counter() - t0
    sizes: dict[str, int | None] = {f"s{k}": len(g) for k, g in enumerate(groups)}
    t0 = time.perf_counter()
    at_once = stories.relate(profiles, sizes=sizes)
    t_relate = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "related.db")
        store.replace_stories([Story(id=f"s{k}", title=None, articles=[str(i) for i in g], profile=profiles.get(f"s{k}", {}))
                               for k, g in enumerate(groups)])
        picked = random.Random(3).sample(sorted(profiles), min(reads, len(profiles)))
        times, same = [], 0
        for sid in picked:
            t0 = time.perf_counter()
            found = store.related(sid)
            times.append(time.perf_counter() - t0)
            same += [(r["story"], r["closest"], r["similarity"]) for r in found] == \
                [(r["story"], r["closest"], r["similarity"]) for r in at_once[sid]]
        store.close()
    times.sort()
    return {
        "stories": len(profiles), "profiles_s": round(t_profiles, 1), "relate_all_s": round(t_relate, 1),
        "peak_rss_mb": round(rss / 1024),
        "kin_links": sum(r["closest"] for v in at_once.values() for r in v),
        "listed": sum(len(v) for v in at_once.values()),
        "store_reads": len(times), "read_median_s": round(times[len(times) // 2], 3),
        "read_p95_s": round(times[int(len(times) * 0.95)], 3), "read_max_s": round(times[-1], 3),
        "reads_as_at_once": same,
    }


if __name__ == "__main__":
    main()
