"""Named entities: a CRF tagger trained by the project on GermEval 2014, shipped in the package.

Types: PER, LOC, ORG, MISC (GermEval OTH). GermEval's ``-deriv`` and ``-part`` labels are learned
as their own classes ("kasachischen" is LOCderiv) so the tagger can tell them apart, and are not
entity mentions. ``storylens train ner`` rebuilds the model file reproducibly; the default model is
``storylens/models/ner-de.crfsuite``.

Features per token: the word, its lowercase form, prefixes and suffixes, its shape, whether it is a
known dictionary word (simplemma's lexicon, shipped as a Bloom filter: capitalised dictionary words
are mostly common nouns),
whether it names a country or region (pycountry, German and English names), and the same for the
neighbouring words.
"""

from __future__ import annotations

import gettext
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import UsageError
from .lang import get_pack

MODEL_DIR = Path(__file__).parent / "models"
DEFAULT_MODEL = MODEL_DIR / "ner-de.crfsuite"
TYPES = ("PER", "LOC", "ORG", "MISC")


@dataclass(frozen=True)
class Token:
    """A token and its character offsets."""

    text: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split text into GermEval-like tokens (words with inner hyphens, numbers, punctuation)."""
    return [Token(m.group(0), m.start() + offset, m.end() + offset) for m in re.finditer(r"\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*|[^\w\s]", text)]


# --- lexicons -------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _country_and_region_names() -> tuple[str, ...]:
    """Country names (official, common and German) and then region names (English and German) from
    pycountry, as written."""
    import pycountry

    try:
        de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"]).gettext
        de2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"]).gettext
    except OSError:
        de = de2 = str  # type: ignore[assignment]  # (no German names: the English ones)
    found = [n for c in pycountry.countries for n in (c.name, getattr(c, "common_name", ""), de(c.name))]
    regions = [n for sub in pycountry.subdivisions for n in (sub.name, de2(sub.name))]
    return tuple(n for n in found if n) + tuple(n for n in regions if n and len(n.strip()) > 3)


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Lowercased single words of country and region names, German and English (pycountry)."""
    return frozenset(n.lower() for n in _country_and_region_names() if " " not in n.strip())


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Lowercased country and region names of several words, German and English (pycountry: "uttar
    pradesh", "new south wales"; "nordrhein-westfalen" is one word and in :func:`places`)."""
    return frozenset(" ".join(n.split()).lower() for n in _country_and_region_names() if " " in n.strip() and not any(ch in n for ch in ",[]()"))


KNOWN_FILE = MODEL_DIR / "known-de.bloom"
BLOOM_BITS = 1 << 24  # 2 MiB; about 1.1 million German word forms give ~1.6 % false positives


def _bloom_positions(word: str) -> tuple[int, int]:
    data = word.encode("utf-8")
    return zlib.crc32(data) % BLOOM_BITS, zlib.adler32(data) * 2654435761 % BLOOM_BITS


def build_known(out: Path = KNOWN_FILE, lang: str = "de") -> int:
    """Write a Bloom filter of the word forms simplemma's dictionary knows (lowercased).

    Capitalised words it knows are mostly common nouns, which is what the tagger needs to know; the
    filter loads in milliseconds where the dictionary takes a second.
    RETURNS (int): The number of word forms stored.
    """
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    bits = bytearray(BLOOM_BITS // 8)
    words = {str(k).lower() for k in DefaultDictionaryFactory().get_dictionary(lang)}
    for w in words:
        for h in _bloom_positions(w):
            bits[h >> 3] |= 1 << (h & 7)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(zlib.compress(bytes(bits), 9))
    _bloom.cache_clear()
    _TAGGED.clear()
    return len(words)


@lru_cache(maxsize=1)
def _bloom() -> bytes:
    if not KNOWN_FILE.is_file():
        raise UsageError(f"word list {KNOWN_FILE} not found; build it with `storylens train ner`")
    return zlib.decompress(KNOWN_FILE.read_bytes())


def _known(word: str, lang: str = "de") -> bool:
    bits = _bloom()
    return all(bits[h >> 3] & (1 << (h & 7)) for h in _bloom_positions(word.lower()))


def _role(word: str) -> bool:
    """Role nouns from the German pack ("Präsident", "Innenminister"): a person's name follows."""
    lex = get_pack("de").figures
    return lex is not None and lex.is_role(word)


def _shape(w: str) -> str:
    s = re.sub(r"[A-ZÄÖÜ]", "X", w)
    s = re.sub(r"[a-zäöüß]", "x", s)
    s = re.sub(r"\d", "d", s)
    return re.sub(r"(.)\1{2,}", r"\1\1", s)


def _lex_features(w: str, lex: dict[str, tuple[str, ...]]) -> list[str]:
    """Gazetteer flags, e5 word classes and the probe's type for a capitalised word (see nerlex);
    a genitive or a hyphenated compound is looked up by its base or its last part."""
    entry = lex.get(w)
    tag = ""
    if entry is None and len(w) > 3 and w[-1] == "s":
        entry, tag = lex.get(w[:-1]), "g"
    if entry is None and "-" in w:
        entry, tag = lex.get(w.rsplit("-", 1)[-1]), "h"
    if entry is None:
        return ["LEX=none"]
    flags, c64, c512, probe = entry[:4]
    out = [f"G{tag}=" + f for f in flags]
    if c64:
        out += [f"c64{tag}=" + c64, f"c512{tag}=" + c512, f"ep{tag}=" + probe]
    return out


def _pos(w: str, lex: dict[str, tuple[str, ...]]) -> str:
    """The word's part of speech from the lexicon (HanTa's commonest tag in unlabelled text, see
    nerlex); a genitive looks up its base ("gNE"); "UNK" for capitalised words it lacks."""
    entry = lex.get(w)
    if entry is not None and entry[4]:
        return entry[4]
    if not w[:1].isupper():
        return "low"
    base = lex.get(w[:-1]) if len(w) > 3 and w[-1] == "s" else None
    return "g" + base[4] if base is not None and base[4] else "UNK"


def token_features(words: list[str], lang: str = "de") -> list[list[str]]:
    """CRF attributes for each token of a sentence."""
    from .nerlex import lexicon

    gaz = places()
    lex = lexicon()
    base: list[list[str]] = []
    for i, w in enumerate(words):
        low = w.lower()
        title = w[:1].isupper()
        f = [
            "w=" + w, "l=" + low, "s3=" + low[-3:], "s4=" + low[-4:], "s2=" + low[-2:], "p3=" + low[:3],
            "sh=" + _shape(w), "len=" + str(min(len(w), 8)), "p4=" + low[:4], "s5=" + low[-5:],
        ]
        if title:
            f.append("T")
            if _known(low, lang):
                f.append("KNOWN")
        if w.isupper() and len(w) > 1:
            f.append("U")
        if "-" in w:
            f.append("H")
            f.append("hs=" + low.rsplit("-", 1)[-1][-4:])
        if low in gaz or low.rstrip("s") in gaz:
            f.append("GAZ")
        if i == 0:
            f.append("BOS")
        if title and _role(w):
            f.append("ROLE")
        if title and lex:
            f.extend(_lex_features(w, lex))
        if lex:
            f.append("pos=" + _pos(w, lex))
        base.append(f)
    out: list[list[str]] = []
    n = len(words)
    for i in range(n):
        f = list(base[i])
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"{d}l=" + words[j].lower())
                if d in (-1, 1):
                    f.extend(f"{d}{x}" for x in base[j] if x in ("T", "KNOWN", "U", "GAZ", "ROLE") or x.startswith(("s3=", "G=", "ep=", "c64=", "pos=")))
            else:
                f.append(f"{d}=PAD")
        if 0 < i and words[i - 1][:1].isupper() and words[i][:1].isupper():
            f.append("TT")
        if i > 0:
            f.append("bg=" + words[i - 1].lower() + "|" + words[i].lower())
        out.append(f)
    return out


# --- English: rules and gazetteers (no openly licensed English NER data in ../shared) ------------

EN_PERSON_CUES = frozenset(
    "mr mrs ms dr president minister chancellor senator governor mayor spokesman spokeswoman "
    "secretary general judge prosecutor attorney sheriff deputy commander captain officer actor "
    "actress singer star coach king queen prince princess pope".split()
)
EN_ORG_SUFFIXES = frozenset(
    "inc corp ltd llc co company party ministry department council university police agency bank "
    "association committee group news times post press network union army navy court "
    "commission organization organisation institute foundation office".split()
)
EN_SKIP = frozenset(
    "the a an this that these those it he she they we i you his her their our its on in at after "
    "before when while but and or if as monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december".split()
)


def tag_en(words: list[str]) -> list[str]:
    """BIO labels for an English sentence from capitalisation, cue words and gazetteers.

    A run of capitalised words is a place when the gazetteer knows it, an organisation when it ends
    in an organisation word ("… Ministry", "… Police"), a person when a person cue stands before it
    ("President", "Mr", "actress") or "said" follows it; other runs stay untagged.
    """
    gaz = places()
    labels = ["O"] * len(words)
    i = 0
    while i < len(words):
        w = words[i]
        if not (w[:1].isupper() and w.isalpha() or (w[:1].isupper() and "-" in w)) or w.lower() in EN_SKIP:
            i += 1
            continue
        j = i
        while j < len(words) and words[j][:1].isupper() and words[j].lower() not in EN_SKIP and words[j].replace("-", "").replace("'", "").isalpha():
            j += 1
        if j == i:
            i += 1
            continue
        run = words[i:j]
        low = [x.lower() for x in run]
        prev = words[i - 1].lower().rstrip(".") if i else ""
        nxt = words[j].lower() if j < len(words) else ""
        kind = None
        if len(run) == 1 and low[0] in gaz:
            kind = "LOC"
        elif low[-1] in EN_ORG_SUFFIXES:
            kind = "ORG"
        elif low[0] in EN_PERSON_CUES and len(run) > 1:
            i += 1  # the cue itself is not part of the name
            continue
        elif prev in EN_PERSON_CUES or (nxt in ("said", "says", "told") and 1 <= len(run) <= 3):
            kind = "PER"
        elif " ".join(low) in gaz:
            kind = "LOC"
        if kind:
            labels[i:j] = ["B-" + kind] + ["I-" + kind] * (len(run) - 1)
        i = max(j, i + 1)
    return labels


# --- GermEval -------------------------------------------------------------------------------------


def _map_label(label: str) -> str:
    return label.replace("OTH", "MISC")


def read_germeval(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Sentences of a GermEval 2014 TSV file as (tokens, outer BIO labels); OTH becomes MISC."""
    words: list[str] = []
    labels: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                yield words, labels
            words, labels = [], []
            continue
        cols = line.split("\t")
        if len(cols) >= 3:
            words.append(cols[1])
            labels.append(_map_label(cols[2]))
    if words:
        yield words, labels


def spans(labels: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) spans from BIO labels; a stray I- starts a span."""
    out: set[tuple[int, int, str]] = set()
    start, kind = None, None
    for i, lab in enumerate(labels + ["O"]):
        if lab == "O" or lab.startswith("B-") or (lab.startswith("I-") and lab[2:] != kind):
            if start is not None:
                out.add((start, i, kind))  # type: ignore[arg-type]
                start, kind = None, None
            if lab != "O":
                start, kind = i, lab[2:]
    return out


def to_bioes(labels: list[str]) -> list[str]:
    """BIO labels as BIOES: a one-word mention is S-, a mention's last word E- (the CRF learns
    where mentions end as well as where they start)."""
    out = []
    for i, lab in enumerate(labels):
        if lab == "O":
            out.append(lab)
            continue
        goes_on = i + 1 < len(labels) and labels[i + 1] == "I-" + lab[2:]
        starts = lab.startswith("B-") or i == 0 or labels[i - 1][2:] != lab[2:]  # a stray I- starts a mention, as in spans()
        out.append(("B-" if goes_on else "S-") + lab[2:] if starts else ("I-" if goes_on else "E-") + lab[2:])
    return out


def from_bioes(labels: list[str]) -> list[str]:
    """BIOES labels back to BIO (BIO labels pass unchanged)."""
    return ["B-" + lab[2:] if lab[:2] == "S-" else "I-" + lab[2:] if lab[:2] == "E-" else lab for lab in labels]


def train(files: list[Path], out: Path, *, c1: float = 0.1, c2: float = 0.05, iterations: int = 200, scheme: str = "bioes",
          rebuild_known: bool = True) -> dict[str, Any]:
    """Train the CRF on GermEval files and write the model.

    files (list[Path]): Training TSV files.
    out (Path): Model file to write.
    scheme (str): "bioes" (default) or "bio": the labels the CRF learns; :func:`tag` gives BIO.
    rebuild_known (bool): Write the known-words filter first (off where a caller already did, so
        that processes training side by side do not rewrite the file another one reads).
    RETURNS (dict): Sentences and tokens used, and the model's size in bytes.
    """
    import pycrfsuite

    if rebuild_known:
        build_known()
    trainer = pycrfsuite.Trainer(verbose=False)
    n_sent = n_tok = 0
    for f in files:
        for words, labels in read_germeval(f):
            trainer.append(token_features(words), to_bioes(labels) if scheme == "bioes" else labels)
            n_sent += 1
            n_tok += len(words)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    _tagger.cache_clear()
    _TAGGED.clear()  # labels remembered from a model now replaced
    meta = {"trained_on": [{"file": f.name, "sha1": file_sha1(f)} for f in files], "sentences": n_sent, "tokens": n_tok,
            "c1": c1, "c2": c2, "iterations": iterations, "scheme": scheme}
    meta_path(out).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return {"sentences": n_sent, "tokens": n_tok, "bytes": out.stat().st_size, "model": str(out)}


def meta_path(model: Path) -> Path:
    """Where a model's training record lives (``ner-de.crfsuite`` → ``ner-de.json``)."""
    return model.with_suffix(".json")


def file_sha1(path: Path) -> str:
    import hashlib

    return hashlib.sha1(path.read_bytes()).hexdigest()


def trained_on(path: Path, model: Path = DEFAULT_MODEL) -> bool:
    """Whether ``model`` was trained on (a file identical to) ``path``: its score there is no held-out score."""
    meta = meta_path(model)
    if not meta.is_file():
        return False
    digest = file_sha1(path)
    return any(e.get("sha1") == digest for e in json.loads(meta.read_text(encoding="utf-8")).get("trained_on", []))


def heldout(path: Path, train_files: list[Path], corpus: Path | None, types: Iterable[str] = TYPES,
            lexicon_files: list[Path] | None = None, folds: int = 1, processes: int = 1) -> dict[str, Any]:
    """Score ``path`` with a lexicon and model built from ``train_files`` alone, in a scratch folder
    (minutes: the lexicon's words are embedded anew). ``lexicon_files`` (default: the training
    files) label the lexicon's probe — the shipped recipe keeps it on gold while the CRF also reads
    silver sentences.

    folds (int): Over 1, cross-validate: ``path`` is cut into that many runs of consecutive
        sentences, and each run is scored by a lexicon and model that also learned from the other
        runs (their gold labels join ``train_files`` and ``lexicon_files``); the counts of all runs
        are summed, so every sentence of ``path`` is scored once by a model that never saw it.
    processes (int): Folds trained at the same time (each CRF takes one core).
    """
    import tempfile

    from . import nerlex

    wanted = tuple(types)
    with tempfile.TemporaryDirectory() as tmp:
        scratch, cache = Path(tmp), Path(tmp) / "vectors.npz"
        if folds <= 1:
            jobs = [(path, list(train_files), list(lexicon_files or train_files))]
        else:
            jobs = []
            for i, (held, others) in enumerate(cross_folds(list(read_germeval(path)), folds, str(path))):
                part, rest = scratch / f"fold{i}.tsv", scratch / f"rest{i}.tsv"
                write_germeval(part, held)
                write_germeval(rest, others)
                jobs.append((part, [*train_files, rest], [*(lexicon_files or train_files), rest]))
        build_known()
        runs = []
        for i, (scored, files, lex_files) in enumerate(jobs):
            lex = scratch / f"words{i}.tsv.gz"
            nerlex.build(lex_files, corpus, lex, cache=cache)  # the words' vectors are embedded once
            runs.append((scored, files, lex, scratch / f"ner{i}.crfsuite", wanted))
        if processes > 1 and len(runs) > 1:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(min(processes, len(runs))) as pool:
                counts = list(pool.map(_heldout_run, runs))
        else:
            counts = [_heldout_run(r) for r in runs]
    return _report(_summed(counts, wanted))


def _summed(counts: list[dict[str, list[int]]], types: Iterable[str]) -> dict[str, list[int]]:
    """The span counts of several folds added up per type."""
    return {t: [sum(c[t][k] for c in counts) for k in range(3)] for t in types}


def cross_folds(sentences: list[Any], folds: int, name: str = "input") -> list[tuple[list[Any], list[Any]]]:
    """(scored, learned from) for each of ``folds`` runs of consecutive sentences: every sentence is
    scored in exactly one fold and learned from in all the others."""
    if folds < 2 or len(sentences) < folds:
        raise UsageError(f"{name}: {len(sentences)} sentences cannot be cut into {folds} folds")
    bounds = [len(sentences) * i // folds for i in range(folds + 1)]
    return [(sentences[bounds[i] : bounds[i + 1]], sentences[: bounds[i]] + sentences[bounds[i + 1] :]) for i in range(folds)]


def _heldout_run(job: tuple[Path, list[Path], Path, Path, tuple[str, ...]]) -> dict[str, list[int]]:
    from . import nerlex

    scored, files, lex, model, wanted = job
    with nerlex.use(lex):
        train(files, model, rebuild_known=False)
        return _counts(read_germeval(scored), wanted, model)


def write_germeval(path: Path, sentences: Iterable[tuple[list[str], list[str]]]) -> None:
    """Sentences as GermEval 2014 TSV (the inner column left O), readable by :func:`read_germeval`."""
    with path.open("w", encoding="utf-8") as fh:
        for words, labels in sentences:
            fh.write("".join(f"{k + 1}\t{w}\t{lab}\tO\n" for k, (w, lab) in enumerate(zip(words, labels))) + "\n")


@lru_cache(maxsize=4)
def _tagger(path: str) -> Any:
    import pycrfsuite

    if not Path(path).is_file():
        raise UsageError(f"NER model {path} not found; build it with `storylens train ner`")
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


_TAGGED: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {}  # (model, words) -> labels
TAGGED_SIZE = 200_000  # sentences: a story analysed again as it grows tags only its new ones


def tag(words: list[str], model: Path = DEFAULT_MODEL) -> list[str]:
    """BIO labels for one tokenised sentence (remembered per process: tagging is pure)."""
    if not words:
        return []
    key = (str(model), tuple(words))
    labels = _TAGGED.get(key)
    if labels is None:
        labels = _TAGGED[key] = tuple(from_bioes(list(_tagger(str(model)).tag(token_features(words)))))
        if len(_TAGGED) > TAGGED_SIZE:
            del _TAGGED[next(iter(_TAGGED))]  # oldest first
    return list(labels)


def memorised_baseline(path: Path, train_file: Path, types: Iterable[str] = TYPES, folds: int = 1) -> dict[str, Any]:
    """The memorising baseline's scores on ``path``; with ``folds`` over 1, cross-validated like
    :func:`heldout` (each run of sentences scored by a table that also saw the other runs)."""
    if folds <= 1:
        return evaluate(path, types, tagger=memorised_tagger(train_file))
    wanted = tuple(types)
    return _report(_summed([_counts(held, wanted, tagger=memorised_tagger(train_file, others))
                            for held, others in cross_folds(list(read_germeval(path)), folds, str(path))], wanted))


def memorised_tagger(train_file: Path, more: Iterable[tuple[list[str], list[str]]] = ()) -> Any:
    """The baseline: tag every word sequence seen as an entity in training (the file and ``more``
    sentences) with its commonest type (longest match first)."""
    from collections import Counter
    from itertools import chain

    seen: dict[tuple[str, ...], Counter[str]] = {}
    for words, labels in chain(read_germeval(train_file), more):
        for s, e, kind in spans(labels):
            seen.setdefault(tuple(words[s:e]), Counter())[kind] += 1
    table = {k: c.most_common(1)[0][0] for k, c in seen.items()}
    longest = max((len(k) for k in table), default=1)

    def tagger(words: list[str]) -> list[str]:
        labels = ["O"] * len(words)
        i = 0
        while i < len(words):
            for n in range(min(longest, len(words) - i), 0, -1):
                kind = table.get(tuple(words[i : i + n]))
                if kind:
                    labels[i : i + n] = ["B-" + kind] + ["I-" + kind] * (n - 1)
                    i += n
                    break
            else:
                i += 1
        return labels

    return tagger


def evaluate(path: Path, types: Iterable[str] = TYPES, model: Path = DEFAULT_MODEL, tagger: Any = None) -> dict[str, Any]:
    """Span-level precision/recall/F1 (outer spans) on a GermEval file, per type and micro.

    Only spans of ``types`` count, in gold and prediction alike. ``tagger`` replaces the CRF (for
    baselines): a function from words to BIO labels.
    """
    return _report(_counts(read_germeval(path), types, model, tagger))


def _counts(sentences: Iterable[tuple[list[str], list[str]]], types: Iterable[str], model: Path = DEFAULT_MODEL,
            tagger: Any = None) -> dict[str, list[int]]:
    """type → [right, predicted, gold] span counts over labelled sentences."""
    wanted = set(types)
    per: dict[str, list[int]] = {t: [0, 0, 0] for t in wanted}
    for words, gold_labels in sentences:
        gold = {s for s in spans(gold_labels) if s[2] in wanted}
        pred = {s for s in spans(tagger(words) if tagger else tag(words, model)) if s[2] in wanted}
        for t in wanted:
            g = {s for s in gold if s[2] == t}
            p = {s for s in pred if s[2] == t}
            per[t][0] += len(g & p)
            per[t][1] += len(p)
            per[t][2] += len(g)
    return per


def _report(per: dict[str, list[int]]) -> dict[str, Any]:
    from .evaluate import PRF

    micro = PRF(*(sum(v[k] for v in per.values()) for k in range(3)))
    return {**micro.to_dict(), "per_type": {t: PRF(*v).to_dict() for t, v in sorted(per.items())}}
