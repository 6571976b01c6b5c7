"""Compare: where outlets agree on a figure, differ, or report a number that evolved.

Claims of a story are grouped by measure, by who is counted (a subject class such as police ⊂
security forces ⊂ people, from the language pack) and by scope (a named place, or the whole).
Inside a group, claims whose ranges overlap form a cluster. Verdicts:

* ``agree`` — one cluster, the same value (allowing rounding), from several outlets;
* ``compatible`` — one cluster whose ranges overlap ("mehr als 100" and 164);
* ``evolving`` — clusters that differ, ordered in time by their dates, and the count rises;
* ``conflict`` — clusters that differ at the same or an unknown time, or a subset counted larger
  than its whole (18 police officers vs 16 security forces killed).

Where one report sets two sources' counts that do not meet side by side (the police's 70,000
and the organisers' 150,000; a ministry's toll beside the opposition's), the group is compared
per source, unsourced claims joining the source whose figures they meet.

Figures far apart (more than a factor of three) count different things and are not compared;
nor are differing amounts of money, percentages, votes or seats, grouped by unit only (a conflict
needs the same referent, which a currency or a count of votes does not give); a figure its sentence places in an earlier year or
month than its report ("the 2004 tsunami killed 168,000", "im März" in a June report) is compared
only with figures of that year or month.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Any

from .lang import FigureLexicon, available, get_pack
from .model import Article
from .timeutil import normalise_date

# Money and shares are grouped by unit alone, not by what is paid or measured, and votes and seats
# not by who won them: differing amounts are no evidence that outlets disagree (one candidate's
# votes beside another's), so only figures that meet are compared.
UNKEYED = frozenset({"money", "percent", "votes", "seats"})
FAR_APART = 3.0  # figures further apart than this factor count different things
CUMULATIVE = frozenset({"deaths", "injured", "arrests", "displaced", "evacuated", "missing", "protesters"})

# Who is counted: the classes of people the language packs map subject nouns to
# (``FigureLexicon.subject_classes``), each with the class that contains it.
PARENT = {"police": "security forces", "soldiers": "security forces", "security forces": "people",
          "protesters": "civilians", "children": "civilians", "civilians": "people"}


def subject_class(subject: str | None, language: str | None = None) -> str:
    """The class of people a claim counts, by the subject nouns of the claim's language pack (of
    every pack when ``language`` is None); "people" when the text does not restrict it, the
    lowercased subject itself when no pack knows it."""
    if not subject:
        return "people"
    for lex in _lexicons(language):
        found = lex.subject_class(subject)
        if found:
            return found
    return subject.lower()


@lru_cache(maxsize=None)
def _lexicons(language: str | None) -> tuple[FigureLexicon, ...]:
    codes = [language] if language else available()
    return tuple(lex for lex in (get_pack(code).figures for code in codes) if lex is not None)


@lru_cache(maxsize=None)
def _whole_scopes(language: str | None) -> frozenset[str]:
    lex = get_pack(language).figures
    return lex.whole_scope_words if lex is not None else frozenset()


def ancestors(cls: str) -> list[str]:
    """The classes that contain ``cls``, nearest first."""
    out = []
    while cls in PARENT:
        cls = PARENT[cls]
        out.append(cls)
    return out


def _range(c: dict[str, Any]) -> tuple[float, float]:
    lo = c.get("low")
    hi = c.get("high")
    lo_f = float(lo) if lo is not None else float("-inf")
    hi_f = float(hi) if hi is not None else float("inf")
    # an open bound reaches as far as figures are still compared (a factor of three, see below):
    # "at least 4 dead" does not overlap 168,000
    if (hi is None or c.get("lower_bound")) and lo is not None:
        hi_f = lo_f * FAR_APART if lo_f > 0 else float("inf")  # also "3 bodies recovered": at least 3 dead
    if lo is None and hi is not None:
        lo_f = hi_f / FAR_APART
    if c.get("qualifier") == "vague":
        return lo_f / 2, hi_f * 1.5  # "Hunderte" is loose: it does not contradict a thousand
    return lo_f, hi_f


def _point(c: dict[str, Any]) -> float | None:
    if c.get("value") is not None:
        return float(c["value"])
    lo, hi = c.get("low"), c.get("high")
    return (float(lo) + float(hi)) / 2 if lo is not None and hi is not None else None


def _typical(cluster: list[dict[str, Any]]) -> float:
    """The median point of a cluster (exact figures preferred over vague ones)."""
    points = sorted(p for p in (_point(c) for c in cluster if c.get("qualifier") != "vague") if p is not None)
    points = points or sorted(p for p in (_point(c) for c in cluster) if p is not None)
    return points[len(points) // 2] if points else 0.0


def _same(a: float, b: float) -> bool:
    """Equal allowing rounding: within 2 %."""
    return abs(a - b) <= 0.02 * max(abs(a), abs(b))


def _date(c: dict[str, Any], article: Article) -> str | None:
    """The best date of a claim: its own as_of with day precision, else the article's."""
    d = normalise_date(c.get("as_of")) or normalise_date(article.published)
    return d


def _era(c: dict[str, Any], article: Article) -> str | None:
    """The year (or month) of a figure that its sentence places in an earlier year (or month) than
    the report's ("in 2004", "im März" in a June report), else ``None``: such a figure is
    background, compared only with figures of its own year (or month)."""
    as_of = str(c.get("as_of") or "")
    if not as_of and c.get("as_of_text"):
        return str(c["as_of_text"]).lower()  # "In early March, …" in a report without a date: a time of its own
    year = as_of[:4]
    if not year.isdigit() or (len(as_of) != 4 and not c.get("as_of_text")):
        return None
    published = normalise_date(article.published)
    if len(as_of) != 4 and not published:
        return year  # "on Oct. 10, 2002, … killing three people" in an undated report: a dated event of its own
    if len(as_of) == 7 and published and as_of < published[:7]:
        return as_of  # "Im März starben zwölf Menschen" in a report of June: March's toll, not the story's
    return year if published and year < published[:4] else (year if not published else None)


def _cluster(claims: list[dict[str, Any]], slack: float) -> list[list[dict[str, Any]]]:
    """Claims whose ranges all meet one another (each joins the first cluster it meets entirely).

    Two ranges meet allowing for rounding by a factor ``slack`` (1.02: 2 %). A range meets every
    member of a cluster exactly when it meets the cluster's largest low and smallest high (slack
    > 0), so each cluster keeps those two bounds: linear in the claims.
    """
    clusters: list[list[dict[str, Any]]] = []
    bounds: list[tuple[float, float]] = []  # per cluster: its members' largest low, smallest high
    for c in sorted(claims, key=lambda c: _point(c) or 0):
        lo, hi = _range(c)
        home = next((n for n, (top_lo, low_hi) in enumerate(bounds) if lo <= low_hi * slack and top_lo <= hi * slack), None)
        if home is None:
            clusters.append([c])
            bounds.append((lo, hi))
        else:
            clusters[home].append(c)
            bounds[home] = (max(bounds[home][0], lo), min(bounds[home][1], hi))
    return clusters


def _describe(c: dict[str, Any], articles: dict[str, Article]) -> str:
    a = articles[c["article"]]
    words = {"exact": "", "nearly": "nearly ", "about": "about ", "at_least": "at least ", "more_than": "more than ",
             "at_most": "up to ", "less_than": "less than ", "vague": "", "range": ""}
    if c.get("value") is not None:
        figure = f"{words.get(c['qualifier'], '')}{float(c['value']):,.10g}"
    else:
        figure = f"{float(c['low']):,.10g}–{float(c['high']):,.10g}" if c.get("high") is not None else str(c.get("text"))
    parts = [f"{a.outlet or a.id}: {figure}"]
    if c.get("subject"):
        parts.append(str(c["subject"]))
    if c.get("location"):
        parts.append(f"({c['location']})")
    extra = []
    if c.get("lower_bound"):
        extra.append("bodies found so far")
    if c.get("earlier"):
        extra.append("an earlier count")
    if c.get("attributed_to"):
        extra.append(f"according to {c['attributed_to']}")
    date = _date(c, a)
    if date:
        extra.append(f"as of {date}")
    return " ".join(parts) + (f" [{', '.join(extra)}]" if extra else "")


def compare(claims: list[dict[str, Any]], articles: list[Article], entities: list[dict[str, Any]] | None = None,
            shared: dict[str, list[dict[str, Any]]] | None = None) -> list[dict[str, Any]]:
    """Comparisons of a story's claims across outlets.

    claims (list[dict]): The story's claims.
    articles (list[Article]): The story's articles (for outlets and dates).
    entities (list[dict] | None): The story's entities; its most mentioned place is the setting,
        so "in <setting>" limits nothing.
    shared (dict | None): Passages each article shares nearly word for word with others
        (:func:`outlets.passages`): claims that stand in one shared passage are one source.
    RETURNS (list[dict]): ``id, measure, subject, location, verdict, claims, explanation,
        sources`` (how many independent reports: articles repeating one wire text count once)
        and ``copies`` (the articles that carry the same text, in groups).
    """
    by_id = {a.id: a for a in articles}
    places = [e for e in entities or [] if e["type"] == "LOC"]
    setting = max(places, key=lambda e: (len(e["articles"]), len(e["mentions"]))) if places else None
    whole = set().union(*(_whole_scopes(a.language) for a in articles))
    if setting:
        whole |= {setting["name"].lower(), *(a.lower() for a in setting["aliases"])}
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in claims:
        if c.get("increment") or (c.get("part") and c["measure"] not in UNKEYED):
            continue  # "drei weitere Leichen", "zwei der Verletzten": part of a count, not a total to set beside others
            # (but "32 der 88 Sitze" is the party's own count, set beside its like only where they meet)
        if c["measure"] in UNKEYED:
            key_subject = str(c.get("unit") or "") if c["measure"] in ("money", "percent") else ""  # ("Sitze", "Mandate", "seats" alike)
        else:
            key_subject = subject_class(c.get("subject"), by_id[c["article"]].language)
            if c.get("party"):
                key_subject += f" of {c['party']}"
            if c.get("serious"):
                key_subject += ", seriously"  # "30 people seriously injured" is part of all injured, set beside its like only
        scope = "" if not c.get("location") or str(c["location"]).lower() in whole else str(c["location"])
        era = _era(c, by_id[c["article"]])
        if era:
            scope = f"{scope} in {era}".strip()  # "the 2004 tsunami killed 168,000": background, not this story's count
        groups[(c["measure"], key_subject, scope)].append(c)
    for key in [k for k in groups if k[0] not in UNKEYED]:
        rivals = _rival_counts(groups[key])
        if rivals:
            del groups[key]
            for source, members in rivals:
                groups[(key[0], f"{key[1]}, according to {source}" if source else key[1], key[2])] = members

    out: list[dict[str, Any]] = []
    for (measure, subject, scope), members in sorted(groups.items()):
        outlets = {by_id[c["article"]].outlet or c["article"] for c in members}
        if len(outlets) < 2:
            continue
        # amounts and shares meet only where their ranges do: "$161 million" (another deal) is no rounding of "$160 million"
        clusters = _cluster(members, 1.0 if measure in UNKEYED else 1.02)
        if measure in UNKEYED:
            # amounts, shares, votes and seats that differ may be of different things: each figure that several
            # outlets give is an agreement of its own ("30,9 Prozent" for one party, "29,2" for another)
            for k in sorted(clusters, key=lambda k: (-len({x["article"] for x in k}), -(_typical(k) or 0))):
                if len({by_id[c["article"]].outlet or c["article"] for c in k}) >= 2:
                    out.append(_sourced(_verdict(measure, subject, scope, [k], k, by_id), k, shared or {}))
            continue
        # clusters far apart count different things ("a vanguard of 300" next to "2,500 troops")
        main = max(clusters, key=lambda k: (len({x["article"] for x in k}), len(k)))
        mp = _typical(main)
        near = [k for k in clusters if k is main or (mp and _typical(k) and 1 / FAR_APART <= _typical(k) / mp <= FAR_APART)]
        involved = [c for k in near for c in k]
        if len({c["article"] for c in involved}) < 2:
            continue
        out.append(_sourced(_verdict(measure, subject, scope, near, involved, by_id), involved, shared or {}))
    out += [_sourced(cmp, [c for c in claims if c["id"] in set(cmp["claims"])], shared or {}) for cmp in _subset_conflicts(groups, by_id)]
    for n, cmp in enumerate(out, 1):
        cmp["id"] = f"cmp{n}"
    return out


def _source_key(source: str | None) -> str:
    """A source by its head word ("Polizei", "der Polizei"): how rival counts are told apart."""
    words = (source or "").lower().split()
    return words[-1] if words else ""


def _meet(a: dict[str, Any], b: dict[str, Any]) -> bool:
    (alo, ahi), (blo, bhi) = _range(a), _range(b)
    return alo <= bhi * 1.02 and blo <= ahi * 1.02


def _rival_counts(members: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The counts of rival sources as groups of their own: where one report sets two sources'
    figures that do not meet side by side ("die Polizei sprach von 70.000, die Veranstalter von
    150.000"; the ministry's toll beside the opposition's), outlets are compared per source, each
    claim without a rival source joining the source whose figures it meets (else staying apart).
    Empty when no report does so."""
    by_article: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for c in members:
        if c.get("attributed_to") and not c.get("earlier"):  # (an earlier count is no rival's: "the UN said earlier …")
            by_article[c["article"]][_source_key(c["attributed_to"])].append(c)
    rivals: set[str] = set()
    for sources in by_article.values():
        keys = sorted(sources)
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                # side by side: in one sentence or the next ("…, die Veranstalter sprachen von 150.000")
                if (not any(_meet(x, y) for x in sources[a] for y in sources[b])
                        and any(abs(x["sentence"] - y["sentence"]) <= 1 for x in sources[a] for y in sources[b])):
                    rivals |= {a, b}
    if not rivals:
        return []
    named: dict[str, str] = {}
    split: dict[str, list[dict[str, Any]]] = {r: [] for r in rivals}
    rest: list[dict[str, Any]] = []
    for c in members:
        key = _source_key(c.get("attributed_to"))
        if key in split:
            split[key].append(c)
            named.setdefault(key, str(c["attributed_to"]))
        else:
            rest.append(c)
    apart: list[dict[str, Any]] = []
    for c in rest:
        homes = [r for r in sorted(rivals) if any(_meet(c, x) for x in split[r])]
        (split[homes[0]] if len(homes) == 1 else apart).append(c)  # ("rund 70.000" without a source: the police's count it meets)
    return [(named[r], split[r]) for r in sorted(rivals)] + ([("", apart)] if apart else [])


def _sourced(cmp: dict[str, Any], involved: list[dict[str, Any]], shared: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Count a comparison's independent sources: two articles whose claims stand inside one
    passage they share word for word (republished wire copy) are one source, not two."""
    arts = sorted({c["article"] for c in involved})
    parent = {a: a for a in arts}

    def root(a: str) -> str:
        while parent[a] != a:
            a = parent[a]
        return a

    # per article, the articles a passage holding one of its claims is shared with
    partners: dict[str, set[str]] = {a: set() for a in arts}
    for c in involved:
        for p in shared.get(c["article"], ()):
            if p["start"] <= c["start"] and c["end"] <= p["end"]:
                partners[c["article"]].update(p["with"])
    for a in arts:
        for b in partners[a]:
            if b in partners and a in partners[b]:  # the figure stands in the shared text on both sides
                parent[root(b)] = root(a)
    groups: dict[str, list[str]] = {}
    for a in arts:
        groups.setdefault(root(a), []).append(a)
    copies = [g for g in groups.values() if len(g) > 1]
    cmp["sources"] = len(groups)
    cmp["copies"] = copies
    if copies:
        carried = "; ".join(", ".join(g) for g in copies)
        cmp["explanation"] = cmp["explanation"].rstrip(".") + f" ({len(arts)} reports, {len(groups)} independent: {carried} carry the same text)."
    return cmp


def _verdict(measure: str, subject: str, scope: str, clusters: list[list[dict[str, Any]]], involved: list[dict[str, Any]], by_id: dict[str, Article]) -> dict[str, Any]:
    described = "; ".join(_describe(c, by_id) for c in involved)
    inside = ", ".join(x for x in (subject, scope) if x)
    what = f"{measure} ({inside})" if inside else measure  # ("seats", not "seats ()")
    if len(clusters) == 1:
        exact_all = all(c.get("qualifier") in ("exact", "about", "nearly") for c in involved)
        values = [_point(c) for c in involved]
        by_day = sorted(((_date(c, by_id[c["article"]]) or "", _point(c) or 0.0) for c in involved if _point(c) is not None), key=lambda x: x[0])
        points = [v for _, v in by_day]
        if exact_all and all(v is not None for v in values) and all(_same(values[0], v) for v in values):  # type: ignore[arg-type]
            verdict, why = "agree", "the outlets report the same figure"
        elif (measure in CUMULATIVE and len(by_day) == len(involved) and all(len(d) == 10 for d, _ in by_day)
              and len({d for d, _ in by_day}) >= 2 and points == sorted(points) and points[0] != points[-1]):
            # "mindestens zwölf Tote" on Monday, 27 on Wednesday: the ranges overlap, but the count grew
            verdict, why = "evolving", "the count rises with the date of the report (the ranges overlap)"
        else:
            verdict, why = "compatible", "the reported ranges overlap"
    else:
        dated = sorted(((_date(c, by_id[c["article"]]), _point(c) or 0.0) for c in involved), key=lambda x: x[0] or "")
        days = [d for d, _ in dated if d and len(d) == 10]
        later = [c for c in involved if not c.get("earlier")]
        if measure in CUMULATIVE and len(set(days)) >= 2 and all(d and len(d) == 10 for d, _ in dated) and [v for _, v in dated] == sorted(v for _, v in dated):
            verdict, why = "evolving", "the count rises with the date of the report"
        elif (measure in CUMULATIVE and later and len(later) < len(involved) and len(_cluster(later, 1.02)) == 1
              and max(_range(c)[0] for c in involved if c.get("earlier")) <= min(_range(c)[0] for c in later)):
            # "zunächst hatte die Polizei drei Verletzte gemeldet", "the UN said earlier it had confirmed 30 dead": the
            # lower figures are counts the reports themselves call earlier; the later ones meet
            verdict, why = "evolving", "the lower figures are earlier counts, the later ones meet"
        else:
            verdict, why = "conflict", "the figures do not overlap" + ("" if len(set(days)) >= 2 else " and the reports give no dates that would order them")
    return {
        "id": "", "measure": measure, "subject": subject, "location": scope or None, "verdict": verdict,
        "claims": [c["id"] for c in involved],
        "explanation": f"{what[0].upper()}{what[1:]}: {described} — {verdict}: {why}.",
    }


def _subset_conflicts(groups: dict[tuple[str, str, str], list[dict[str, Any]]], by_id: dict[str, Article]) -> list[dict[str, Any]]:
    """A part counted larger than its whole in another outlet: 18 police officers vs 16 security forces."""
    out = []
    for (measure, subject, scope), parts in groups.items():
        for whole_class in ancestors(subject)[:1]:  # the nearest containing class only, not "people"
            wholes = [w for w in groups.get((measure, whole_class, scope), []) if _point(w) is not None]
            for p in parts:
                others = [w for w in wholes if w["article"] != p["article"]]
                if _point(p) is None or not others:
                    continue
                # against the largest whole only: a smaller count of the whole is another incident
                # or an earlier report, not the total the part must fit in
                w = max(others, key=lambda c: _range(c)[1])
                if _range(p)[0] > _range(w)[1]:
                    out.append({
                        "id": "", "measure": measure, "subject": f"{subject} ⊂ {whole_class}", "location": scope or None,
                        "verdict": "conflict", "claims": [p["id"], w["id"]],
                        "explanation": (
                            f"{measure.capitalize()}: {_describe(p, by_id)} is more than {_describe(w, by_id)}, "
                            f"though {subject} are part of {whole_class} — conflict."
                        ),
                    })
    return out
