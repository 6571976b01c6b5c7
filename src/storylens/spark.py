"""Scale-out: the pipeline on Apache Spark, for corpora too large for one process.

The same stage functions as :func:`pipeline.analyze`, spread over a cluster (or the cores of one
machine with ``local[*]``); on the same input the result is the same dossier. What runs where:

1. read and clean, one task per group of input files                                [executors]
2. ids made unique (grouped by id) and page furniture dropped per outlet            [executors]
3. segmentation and each article's grouping terms                                    [executors]
4. grouping into stories (:func:`stories.group`): the driver holds per article its   [driver]
   id, date, language, title and first 800 characters, and its heaviest grouping terms
   (weighted on the executors above ``stories.AVERAGE_LINK_MAX`` articles, as the streaming
   path keeps them) — bounded per article, never the text; the dense vectors it compares
   are made on the executors
5. per story: entities, claims, quotes, comparisons, timeline, summary, outlet view [executors]
6. written as JSON Lines in ``OUT/articles``, ``OUT/stories`` and ``OUT/skipped`` (Spark's part
   files, in the order ``analyze`` gives); :func:`read_output` reads them back into a dossier.

Input files must be readable at the same path on every executor (local mode, a shared or mounted
file system). pyspark and a Java runtime are optional: ``pip install 'storylens[spark]'``.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import stories as story_groups
from .clean import Cleaned, clean, drop_repeated
from .errors import ReadError, UsageError
from .ingest import LineErrors, iter_files, read_file
from .model import Article, Dossier, Skipped, Story
from .pipeline import Options, _unique_ids, analyse_stories, group_stories, relate_stories, to_article

PARTS = ("articles", "stories", "skipped")


def check_spark() -> None:
    """Fail with one line when pyspark or Java is missing."""
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise UsageError("the Spark runner needs pyspark and a Java 17+ runtime: pip install 'storylens[spark]'") from exc
    java = os.environ.get("JAVA_HOME")
    if not (java and Path(java, "bin", "java").exists()) and not any(Path(d, "java").exists() for d in os.environ.get("PATH", "").split(os.pathsep) if d):
        raise UsageError("the Spark runner needs a Java 17+ runtime (java on PATH or JAVA_HOME); on Debian: apt-get install default-jre-headless")


def session(master: str = "local[*]", app: str = "storylens") -> Any:
    """A SparkSession; with a ``local`` master its Python workers run this interpreter."""
    check_spark()
    from pyspark.sql import SparkSession

    log = Path(__file__).with_name("spark-log4j2.properties")
    builder = (SparkSession.builder.appName(app).master(master).config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.driver.extraJavaOptions", f"-Dlog4j.configurationFile=file:{log} -Dlog4j2.configurationFile=file:{log}"))
    if master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.config("spark.pyspark.python", sys.executable).config("spark.driver.memory", os.environ.get("STORYLENS_SPARK_MEMORY", "4g"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


# --- the stages as functions of partitions (module level: Spark pickles them by reference) ------


@dataclass
class _Doc:
    """A cleaned document on its way: ``order`` is (file number, document number) — read order."""

    order: tuple[int, int]
    cleaned: Cleaned


@dataclass
class _Skip:
    """A skipped input and where ``analyze`` lists it: read errors in file order, then the
    articles cleaning left empty in read order."""

    order: tuple[int, int, int]
    skipped: Skipped


def _read_files(files: Iterable[tuple[int, str]], language: str | None) -> Iterator[_Doc | _Skip]:
    for no, name in files:
        try:
            docs = read_file(Path(name))
        except LineErrors as exc:
            docs = exc.docs
            yield from (_Skip((0, no, k), Skipped(e.path, e.reason)) for k, e in enumerate(exc.errors))
        except ReadError as exc:
            yield _Skip((0, no, 0), Skipped(exc.path, exc.reason))
            continue
        for k, d in enumerate(docs):
            yield _Doc((no, k), clean(d, language=language))


def _unique(group: tuple[str, Iterable[_Doc]]) -> list[_Doc]:
    """:func:`pipeline._unique_ids` for the documents sharing one id, in read order."""
    docs = sorted(group[1], key=lambda d: d.order)
    _unique_ids([d.cleaned.doc for d in docs])
    return docs


def _furniture(group: tuple[str | None, Iterable[_Doc]]) -> list[_Doc]:
    """:func:`clean.drop_repeated` for one outlet's documents, in read order."""
    docs = sorted(group[1], key=lambda d: d.order)
    if group[0] is not None:
        drop_repeated([d.cleaned for d in docs])
    return docs


@dataclass
class _Placed:
    """A segmented article with its read order and grouping terms."""

    order: tuple[int, int]
    article: Article
    terms: Counter[str]


def _segment(docs: Iterable[_Doc]) -> Iterator[_Placed | _Skip]:
    for d in docs:
        if not d.cleaned.paragraphs:
            yield _Skip((1, *d.order), Skipped(d.cleaned.doc.path, "nothing left after removing page clutter"))
            continue
        a = to_article(d.cleaned)
        yield _Placed(d.order, a, story_groups.terms(a.title, a.text, a.language))


@dataclass
class _Lead:
    """What grouping reads of an article: its dense text is the title and first characters."""

    id: str
    title: str | None
    text: str
    language: str | None
    published: str | None


def _lead(p: _Placed) -> _Lead:
    a = p.article
    return _Lead(a.id, a.title, a.text[: story_groups.DENSE_CHARS], a.language, a.published)


class _SeenOnce(Mapping[str, int]):
    """Document frequencies of the terms in two or more documents; any other term of a document
    was seen in that one only (so the driver's table leaves out the long tail of one-off terms)."""

    def __init__(self, df: dict[str, int]) -> None:
        self._df = df

    def __getitem__(self, key: str) -> int:
        return self._df.get(key, 1)

    def get(self, key: str, default: Any = None) -> int:  # type: ignore[override]
        return self._df.get(key, 1)

    def __iter__(self) -> Iterator[str]:
        return iter(self._df)

    def __len__(self) -> int:
        return len(self._df)


def _in_order(pairs: Iterable[tuple[Any, Any]]) -> list[Any]:
    """A partition's values sorted by their keys."""
    return [v for _, v in sorted(pairs, key=lambda kv: kv[0])]


def _embed(texts: Iterable[str], backend: str) -> list[tuple[str, bytes]]:
    """Dense vectors of texts, on an executor: (key, float32 bytes) as :class:`_Kept` holds them."""
    texts = list(texts)
    if not texts:
        return []
    return [(story_groups.dense_key(t, backend), v.tobytes()) for t, v in zip(texts, story_groups.dense_vectors(texts, backend))]


class _Kept:
    """Dense vectors made on the executors, handed to the driver's grouping as a
    :class:`stories.VectorKeeper`: the driver embeds nothing itself."""

    def __init__(self, vectors: dict[str, bytes]) -> None:
        self.vectors = vectors

    def get_vectors(self, keys: list[str]) -> dict[str, bytes]:
        return {k: self.vectors[k] for k in keys if k in self.vectors}

    def put_vectors(self, items: dict[str, bytes]) -> None:
        self.vectors.update(items)

    def known_vectors(self, keys: list[str]) -> set[str]:
        return {k for k in keys if k in self.vectors}


def _embedded(sc: Any, texts: list[str], backend: str | None, slices: int) -> _Kept | None:
    """The dense vectors of ``texts`` made on the executors (None without a dense backend)."""
    if not backend or not texts:
        return None
    try:
        story_groups.check_dense(backend)
    except UsageError:
        return None  # grouping goes on without (as stories.group does)
    unique = sorted(set(texts))
    pairs = sc.parallelize(unique, min(len(unique), slices)).mapPartitions(lambda ts: _embed(ts, backend)).collect()
    return _Kept(dict(pairs))


def _analyse(group: tuple[int, Iterable[Article]], skeletons: list[Story], options: Options) -> tuple[int, str]:
    rank, members = group
    story = skeletons[rank]
    story = Story(id=story.id, title=story.title, articles=list(story.articles))
    (done,) = analyse_stories([story], list(members), options)
    return rank, json.dumps(done.to_dict(), ensure_ascii=False)


# --- the job ------------------------------------------------------------------------------------


def run(paths: Iterable[Path | str], out: str, *, spark: Any, options: Options = Options(), partitions: int | None = None,
        stream_above: int = story_groups.AVERAGE_LINK_MAX) -> tuple[int, int, list[Skipped]]:
    """Analyse files and folders on Spark and write the dossier as JSON Lines under ``out``.

    spark: A SparkSession (:func:`session`).
    out (str): A folder that does not exist yet (or is empty), or a URL Spark writes to.
    partitions (int | None): Tasks per stage; by default four per core of the cluster.
    stream_above (int): Above this many articles stories are grouped as the streaming path does
        (:func:`stories.group`'s ``average_link_max``).
    RETURNS (tuple): (articles, stories, inputs skipped with their reason).
    """
    local = "://" not in out
    if local and Path(out).exists() and (not Path(out).is_dir() or any(Path(out).iterdir())):
        raise UsageError(f"{out} exists and is not an empty folder: Spark writes a folder of part files")
    sc = spark.sparkContext
    files = [(n, str(f)) for n, f in enumerate(iter_files([Path(p) for p in paths]))]
    if not files:
        raise UsageError("no input files")
    slices = partitions or max(1, sc.defaultParallelism * 4)
    language = options.language
    read = sc.parallelize(files, min(len(files), slices)).mapPartitions(lambda fs: _read_files(fs, language)).cache()
    skipped_read = read.filter(lambda x: isinstance(x, _Skip))
    docs = (read.filter(lambda x: isinstance(x, _Doc))
            .keyBy(lambda d: d.cleaned.doc.id).groupByKey(slices).flatMap(_unique)
            .keyBy(lambda d: d.cleaned.outlet.lower() if d.cleaned.outlet else None)
            .groupByKey(slices).flatMap(_furniture))
    placed = docs.mapPartitions(_segment).cache()
    skipped = [s.skipped for s in sorted(skipped_read.union(placed.filter(lambda x: isinstance(x, _Skip))).collect(), key=lambda s: s.order)]
    count = len(files)  # read order without a sampling job: contiguous ranges of files, sorted within
    placed = (placed.filter(lambda x: isinstance(x, _Placed)).keyBy(lambda p: p.order)
              .partitionBy(slices, lambda o: o[0] * slices // count).mapPartitions(_in_order).cache())
    n = placed.count()
    if not n:
        read.unpersist()
        return 0, 0, skipped

    # 4. grouping, on the driver, from bounded records
    leads = placed.map(_lead).collect()
    if n > stream_above:
        df = dict(placed.flatMap(lambda p: p.terms.keys()).map(lambda t: (t, 1)).reduceByKey(lambda a, b: a + b, slices)
                  .filter(lambda kv: kv[1] > 1).collect())
        seen = sc.broadcast(_SeenOnce(df))
        rows = placed.map(lambda p: story_groups.weigh(p.terms, n, seen.value, story_groups.STREAM_TERMS)).collect()
        vec = story_groups.Vectors(rows)
        groups = story_groups.cluster(vec, story_groups.SPARSE_THRESHOLD, [a.published for a in leads])
        if options.dense and len({a.language for a in leads}) > 1:
            firsts = [story_groups.dense_text(leads[g[0]]) for g in groups]  # what join_languages embeds
            try:
                groups = story_groups.join_languages(groups, leads, vec, options.dense, _embedded(sc, firsts, options.dense, slices))
            except UsageError:
                pass  # no dense backend: the sparse stories stand
        seen.destroy()
    else:
        kept = _embedded(sc, [story_groups.dense_text(a) for a in leads], options.dense, slices)
        groups = story_groups.group(leads, options.dense, stream_above, keeper=kept, docs=placed.map(lambda p: p.terms).collect())
    skeletons = group_stories(leads, groups=groups)  # type: ignore[arg-type]  # reads id, title, published

    # 5. per story, on the executors
    rank_of = sc.broadcast({aid: r for r, s in enumerate(skeletons) for aid in s.articles})
    shared = sc.broadcast(skeletons)
    k = len(skeletons)
    analysed = (placed.map(lambda p: (rank_of.value[p.article.id], p.article))
                .groupByKey(slices, lambda r: r % slices)  # the largest stories (first ranks) on different tasks
                .map(lambda g: _analyse(g, shared.value, options))
                .partitionBy(slices, lambda r: r * slices // k).mapPartitions(_in_order))  # then in rank order

    # 6. written in analyze's order
    placed.map(lambda p: json.dumps(p.article.to_dict(), ensure_ascii=False)).saveAsTextFile(f"{out}/articles")
    analysed.saveAsTextFile(f"{out}/stories")
    sc.parallelize([json.dumps(s.to_dict(), ensure_ascii=False) for s in skipped], 1).saveAsTextFile(f"{out}/skipped")
    for b in (rank_of, shared):
        b.destroy()
    for r in (read, placed):
        r.unpersist()
    return n, len(skeletons), skipped


def read_output(out: Path | str) -> Dossier:
    """A dossier from :func:`run`'s folder (part files read in order); related stories are found
    here, from the stories' profiles, as a store finds them when a story is read."""
    parts: dict[str, list[Any]] = {}
    for name in PARTS:
        folder = Path(out) / name
        if not folder.is_dir():
            raise ReadError(str(folder), "no such folder: not the output of `storylens spark`")
        parts[name] = [json.loads(line) for f in sorted(folder.glob("part-*")) for line in f.read_text(encoding="utf-8").splitlines() if line]
    dossier = Dossier.from_dict(parts)
    relate_stories(dossier.stories)
    return dossier
