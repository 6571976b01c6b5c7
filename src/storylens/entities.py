"""Entities: mentions from the NER tagger, linked into one entity per real-world person, place and
organisation — first inside an article, then across the articles of a story.

Inside an article: a genitive ("Putins") joins its base form, a surname joins the full name it
belongs to ("Selenskyj" → "Wolodymyr Selenskyj"), and an acronym joins the long form written
before it in parentheses ("Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE)").
Across articles: the same name, or the same transliteration key ("Jelzin" and "Yelzin"), or for
people the same surname.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from . import ner
from .lang import get_pack
from .model import Article

ENTITY_TYPES = ("PER", "LOC", "ORG", "MISC")
ACRONYM = re.compile(r"\((?P<acr>[A-ZÄÖÜ]{2,8})\)")
SMALL_WORDS = frozenset("der die das des dem den über für von vom zur zum und in im the of for and on in to".split())


def long_form(before: str, acronym: str) -> str | None:
    """The words before "(ACR)" whose initials spell the acronym: "Organisation für Sicherheit und
    Zusammenarbeit in Europa (OSZE)"; small words do not count."""
    words = before.split()[-12:]
    for k in range(len(words) - 1, -1, -1):
        cand = words[k:]
        initials = "".join(w[0] for w in cand if w.lower() not in SMALL_WORDS)
        if initials.lower() == acronym.lower() and cand[0].lower() not in SMALL_WORDS:
            return " ".join(cand)
    return None


@dataclass
class Mention:
    """One mention of an entity: its span in the article and its surface form."""

    article: str
    start: int
    end: int
    text: str
    type: str


@dataclass
class Entity:
    """An entity with its best name, type, surface forms and mentions."""

    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)

    def to_dict(self, eid: str) -> dict[str, Any]:
        """Convert to the dossier's JSON shape."""
        return {
            "id": eid,
            "name": self.name,
            "type": self.type,
            "aliases": sorted(self.aliases - {self.name}),
            "articles": sorted({m.article for m in self.mentions}),
            "mentions": [{"article": m.article, "start": m.start, "end": m.end} for m in self.mentions],
        }


def translit_key(name: str) -> str:
    """A spelling-insensitive key: "Gorbatschow" and "Gorbachov", "Jelzin" and "Yelzin" share one."""
    s = unicodedata.normalize("NFKD", name.lower())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    for a, b in (("tsch", "ch"), ("sch", "sh"), ("dsch", "j"), ("j", "y"), ("w", "v"), ("ph", "f"), ("ck", "k"), ("ß", "ss")):
        s = s.replace(a, b)
    s = re.sub(r"(?<=[aeiou])y(?=[aeiou])", "", s)  # "tokayev" ~ "tokaev"
    return re.sub(r"[^a-z]", "", s)


def mentions(article: Article, backend: str | None = None) -> list[Mention]:
    """Tag each sentence and return the entity mentions (PER, LOC, ORG, MISC) with their spans.

    backend (str | None): An optional NER backend (``"spacy:NAME"``, …; see :mod:`.nerbackends`),
        used for every language; by default German has the trained CRF and English rules.
    """
    out: list[Mention] = []
    text = article.text
    if backend:
        from . import nerbackends

        tag_text = nerbackends.load(backend)
        for span in article.sentences:
            for s, e, kind in tag_text(span.text_of(text)):
                a, b = span.start + s, span.start + e
                if kind in ENTITY_TYPES and text[a:b].strip():
                    out.append(Mention(article.id, a, b, text[a:b], kind))
        return out
    language = article.language or "de"
    if language not in ("de", "en"):
        return []  # German has the trained model, English rules; other languages come as plug-ins
    tagger = ner.tag if language == "de" else ner.tag_en
    lex = get_pack(language).figures
    units = lex.currency if lex is not None else {}
    for span in article.sentences:
        toks = ner.tokenize(span.text_of(text), span.start)
        labels = tagger([t.text for t in toks])
        for s, e, kind in sorted(ner.spans(labels)):
            if kind in ENTITY_TYPES:
                a, b = toks[s].start, toks[e - 1].end
                if text[a:b].lower() in units:
                    continue  # "50 Millionen Euro": a currency is a unit, nobody and nothing named
                out.append(Mention(article.id, a, b, text[a:b], kind))
    return out


def _base_form(form: str, known: set[str]) -> str:
    """Strip a genitive -s when the base form occurs too ("Putins" → "Putin")."""
    if form.endswith("s") and form[:-1] in known:
        return form[:-1]
    if form.endswith("’s") or form.endswith("'s"):
        return form[:-2]
    return form


def _strip_role(m: Mention) -> Mention:
    """"Kreisbrandmeister Uwe Sander" → "Uwe Sander": a person's role is no part of the name."""
    lex = get_pack("de").figures
    words = m.text.split()
    cut = max((k + 1 for k, w in enumerate(words[:-1]) if lex is not None and lex.is_role(w)), default=0)
    if not cut:
        return m
    start = m.start + len(" ".join(words[:cut])) + 1
    return Mention(m.article, start, m.end, m.text[start - m.start :], m.type)


def link_article(article: Article, found: list[Mention]) -> list[Entity]:
    """Group one article's mentions into entities."""
    found = [_strip_role(m) if m.type == "PER" else m for m in found]
    forms = {m.text for m in found}
    acronyms: dict[str, str] = {}
    for hit in ACRONYM.finditer(article.text):
        long = long_form(article.text[max(0, hit.start() - 200) : hit.start()], hit.group("acr"))
        if long:
            acronyms[hit.group("acr")] = long
    full_by_surname: dict[str, str] = {}
    for m in found:
        base = _base_form(m.text, forms)
        if m.type == "PER" and " " in base:
            surname = base.split()[-1]
            if len(base) > len(full_by_surname.get(surname, "")):
                full_by_surname[surname] = base
    groups: dict[tuple[str, str], Entity] = {}
    for m in found:
        name = _base_form(m.text, forms)
        if m.type == "PER":
            name = full_by_surname.get(name.split()[-1], name)
        if m.type == "ORG" and name in acronyms:
            groups.setdefault(("ORG", name), Entity(name, "ORG")).aliases.add(acronyms[name])
        elif m.type == "ORG" and name in acronyms.values():
            name = next(a for a, long in acronyms.items() if long == name)
        key = (m.type, name)
        ent = groups.setdefault(key, Entity(name, m.type))
        ent.mentions.append(m)
        ent.aliases.add(m.text)
    return list(groups.values())


def link_story(per_article: list[list[Entity]]) -> list[Entity]:
    """Merge the articles' entities of one story: same transliteration key, or same surname."""
    merged: list[Entity] = []
    index: dict[tuple[str, str], Entity] = {}
    for entities in per_article:
        for ent in entities:
            # names join across types too: one mistagged mention must not split an entity
            keys = [("name", translit_key(ent.name))]
            if ent.type == "PER":
                keys.append(("PER-surname", translit_key(ent.name.split()[-1])))
            keys += [("name", translit_key(a)) for a in ent.aliases]
            home = next((index[k] for k in keys if k in index), None)
            if home is None and ent.name.endswith("s") and ent.type != "MISC":
                home = index.get(("name", translit_key(ent.name[:-1])))  # "Frankreichs" in another article
            if home is None:
                home = Entity(ent.name, ent.type)
                merged.append(home)
            home.mentions.extend(ent.mentions)
            home.aliases |= ent.aliases | {ent.name}
            if len(ent.name) > len(home.name) and " " in ent.name:
                home.name = ent.name
            for k in keys:
                index.setdefault(k, home)
    # the type most mentions carry; a person is named by the most complete form used, a place or
    # organisation by its most frequent
    for e in merged:
        e.type = Counter(m.type for m in e.mentions).most_common(1)[0][0] if e.mentions else e.type
        if e.type != "PER" and e.mentions:
            forms = {m.text for m in e.mentions}
            e.name = Counter(_base_form(m.text, forms) for m in e.mentions).most_common(1)[0][0]
    return sorted(merged, key=lambda e: (-len({m.article for m in e.mentions}), -len(e.mentions), e.name))


def extract(articles: list[Article], backend: str | None = None) -> list[dict[str, Any]]:
    """Entities of a story, as dossier dictionaries with ids ``e1``, ``e2``, … (``backend``: an
    optional NER backend, see :func:`mentions`)."""
    per_article = [link_article(a, mentions(a, backend)) for a in articles]
    return [e.to_dict(f"e{n}") for n, e in enumerate(link_story(per_article), 1)]


def speaker_index(entities: list[dict[str, Any]]) -> dict[str, str]:
    """The last word of every name and alias of a story's people and organisations (as
    :func:`translit_key`) → the id of the first entity that has it: what :func:`speaker_entity`
    looks speakers up in, built once per story instead of once per quote."""
    index: dict[str, str] = {}
    for e in entities:
        if e["type"] in ("PER", "ORG"):
            for a in [e["name"], *e["aliases"]]:
                if a and a.split():
                    index.setdefault(translit_key(a.split()[-1]), str(e["id"]))
    return index


def speaker_entity(speaker: str | None, entities: list[dict[str, Any]], index: dict[str, str] | None = None) -> str | None:
    """The id of the entity a quote's speaker names, if any (matched by its last word).

    index: :func:`speaker_index` of ``entities``, when the caller looks up many speakers.
    """
    if not speaker or not speaker.split():
        return None
    return (index if index is not None else speaker_index(entities)).get(translit_key(speaker.split()[-1].rstrip("s")))
