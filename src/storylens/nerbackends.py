"""Optional NER backends, used when the user asks (``--ner KIND:NAME``); the bundled CRF
(German) and rules (English) stay the default.

KIND is ``spacy`` (a pipeline package name or the folder of a saved pipeline), ``transformers`` (a
token-classification model's name in the local Hugging Face cache, or its folder) or ``gliner`` (a
GLiNER model's name or folder). Nothing is downloaded: a model that is not on this machine, or a
package that is not installed, stops the run with a one-line message saying what to install.
Labels are mapped to storylens' PER, LOC, ORG and MISC; other labels (dates, amounts) are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .errors import UsageError

KINDS = ("spacy", "transformers", "gliner")

# spaCy (OntoNotes and WikiNER schemes), Hugging Face CoNLL/GermEval models and GLiNER prompts
LABELS = {
    "PER": "PER", "PERSON": "PER",
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC", "LOCATION": "LOC",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
    "MISC": "MISC", "OTH": "MISC", "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
}
GLINER_LABELS = ["person", "location", "organization"]
GLINER_THRESHOLD = 0.5

Tagger = Callable[[str], list[tuple[int, int, str]]]


def entity_type(label: str) -> str | None:
    """storylens' type for a backend's label ("B-PER", "person", "GPE" …), or None to drop it."""
    key = label.upper().removeprefix("B-").removeprefix("I-").split("-")[0]
    return LABELS.get(key)


def parse(spec: str) -> tuple[str, str]:
    """``"spacy:de_core_news_lg"`` → ("spacy", "de_core_news_lg")."""
    kind, sep, name = spec.partition(":")
    if not sep or kind not in KINDS or not name.strip():
        raise UsageError(f"unknown NER backend {spec!r} (give spacy:NAME, transformers:NAME or gliner:NAME, each a name or a local path)")
    return kind, name.strip()


@lru_cache(maxsize=4)
def load(spec: str) -> Tagger:
    """A function from a sentence's text to its (start, end, type) mentions."""
    kind, name = parse(spec)
    if kind == "spacy":
        return _spacy(name)
    if kind == "transformers":
        return _transformers(name)
    return _gliner(name)


def _need(module: str, spec: str, package: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise UsageError(f"NER backend {spec} needs the {package} package, which is not installed: pip install {package}") from exc


def _spacy(name: str) -> Tagger:
    spacy = _need("spacy", f"spacy:{name}", "spacy")
    try:
        nlp = spacy.load(name)
    except (OSError, ValueError) as exc:
        raise UsageError(f"spaCy pipeline {name!r} not found: install its package (python -m spacy download {name}) or give the folder of a saved pipeline") from exc

    def tag(text: str) -> list[tuple[int, int, str]]:
        out = []
        for ent in nlp(text).ents:
            kind = entity_type(ent.label_)
            if kind:
                out.append((ent.start_char, ent.end_char, kind))
        return out

    return tag


def _transformers(name: str) -> Tagger:
    transformers = _need("transformers", f"transformers:{name}", "transformers")
    try:
        pipe = transformers.pipeline("token-classification", model=name, aggregation_strategy="simple",
                                     model_kwargs={"local_files_only": True})
    except (OSError, ValueError) as exc:
        raise UsageError(f"transformers model {name!r} not found on this machine (nothing is downloaded): give the folder of a saved model") from exc

    def tag(text: str) -> list[tuple[int, int, str]]:
        out = []
        for r in pipe(text):
            kind = entity_type(str(r.get("entity_group") or r.get("entity") or ""))
            if kind:
                out.append((int(r["start"]), int(r["end"]), kind))
        return out

    return tag


def _gliner(name: str) -> Tagger:
    gliner = _need("gliner", f"gliner:{name}", "gliner")
    try:
        model = gliner.GLiNER.from_pretrained(name, local_files_only=True)
    except (OSError, ValueError) as exc:
        raise UsageError(f"GLiNER model {name!r} not found on this machine (nothing is downloaded): give the folder of a saved model") from exc

    def tag(text: str) -> list[tuple[int, int, str]]:
        out = []
        for r in model.predict_entities(text, GLINER_LABELS, threshold=GLINER_THRESHOLD):
            kind = entity_type(str(r["label"]))
            if kind:
                out.append((int(r["start"]), int(r["end"]), kind))
        return out

    return tag
