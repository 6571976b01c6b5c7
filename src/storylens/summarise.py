"""Summarise: a short extractive summary whose every sentence cites the article span it comes from.

Sentences are scored by how much of the story's vocabulary they carry (words that several articles
use), with a bonus for figures and for the story's main entities. The best are taken greedily,
skipping near-repeats of a sentence already taken and taking at most two per article, so the
summary draws on several outlets; they are then ordered by date and position.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .model import Article

WORD = re.compile(r"[^\W\d_]{4,}")
MAX_SENTENCES = 7
PER_ARTICLE = 2


def _words(s: str) -> list[str]:
    return [w.lower() for w in WORD.findall(s)]


def summarise(articles: list[Article], claims: list[dict[str, Any]], entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pick the summary sentences of a story.

    RETURNS (list[dict]): ``text, sources: [{article, start, end}]`` in reading order.
    """
    doc_freq: Counter[str] = Counter()
    for a in articles:
        doc_freq.update(set(_words(a.text)))
    main_names = {w.lower() for e in entities[:8] for w in e["name"].split()}
    claim_sentences = {(c["article"], c["sentence"]) for c in claims}
    candidates: list[tuple[float, Article, int]] = []
    for a in articles:
        for i, span in enumerate(a.sentences):
            text = span.text_of(a.text)
            words = _words(text)
            if len(words) < 5 or not text.rstrip().endswith((".", "!", "?", "“", '"', "»", "«")):
                continue  # headlines and fragments make poor summary sentences
            shared = sum(1 for w in set(words) if doc_freq[w] >= 2)
            score = shared / (len(set(words)) ** 0.5)
            score += 0.8 * ((a.id, i) in claim_sentences) + 0.3 * len(main_names & set(words))
            score += 0.3 / (1 + i)  # leads carry the news
            candidates.append((score, a, i))
    chosen: list[tuple[Article, int]] = []
    taken_words: list[set[str]] = []
    per_article: Counter[str] = Counter()
    for score, a, i in sorted(candidates, key=lambda x: -x[0]):
        chosen_words = set(_words(a.sentences[i].text_of(a.text)))
        if per_article[a.id] >= PER_ARTICLE:
            continue
        if any(len(chosen_words & t) >= 0.5 * min(len(chosen_words), len(t)) for t in taken_words):
            continue
        chosen.append((a, i))
        taken_words.append(chosen_words)
        per_article[a.id] += 1
        if len(chosen) >= MAX_SENTENCES:
            break
    chosen.sort(key=lambda x: (x[0].published or "9999", articles.index(x[0]), x[1]))
    return [
        {"text": a.sentences[i].text_of(a.text), "sources": [{"article": a.id, "start": a.sentences[i].start, "end": a.sentences[i].end}]}
        for a, i in chosen
    ]


# --- optional abstractive summary through a user-configured LLM ---------------------------------

CITE = re.compile(r"\[S(\d+)\]")


def abstractive(articles: list[Article], claims: list[dict[str, Any]], entities: list[dict[str, Any]], *, url: str, model: str, timeout: float = 120.0) -> list[dict[str, Any]]:
    """A written summary from an OpenAI-compatible endpoint (Ollama serves one at /v1), checked
    against its sources: every sentence must cite numbered source sentences ([S3]) and share most
    of its content words with them; sentences that do not are dropped.

    url (str): Base URL, e.g. ``http://127.0.0.1:11434/v1``.
    model (str): Model name the endpoint knows.
    RETURNS (list[dict]): ``text, sources`` like the extractive summary, plus ``"kind": "abstractive"``.
    """
    import json
    import urllib.error
    import urllib.request

    from .errors import UsageError

    pool = summarise(articles, claims, entities)
    extra = [(a, i) for a in articles for i in range(min(3, len(a.sentences)))]
    sources: list[tuple[Article, int]] = []
    seen = {(x["sources"][0]["article"], x["sources"][0]["start"]) for x in pool}
    by_id = {a.id: a for a in articles}
    for x in pool:
        a = by_id[x["sources"][0]["article"]]
        sources.append((a, next(i for i, s in enumerate(a.sentences) if s.start == x["sources"][0]["start"])))
    for a, i in extra:
        if (a.id, a.sentences[i].start) not in seen and len(sources) < 20:
            sources.append((a, i))
    numbered = "\n".join(f"[S{n}] ({a.outlet or a.id}) {a.sentences[i].text_of(a.text)}" for n, (a, i) in enumerate(sources, 1))
    language = articles[0].language or "de"
    prompt = (
        f"Summarise the news story below in 3 to 6 sentences in the language '{language}'. Use only facts "
        "from the numbered source sentences and end every sentence with the numbers of the sources it uses, "
        "like [S2][S5]. Mention where outlets give different figures.\n\n" + numbered
    )
    body = json.dumps({"model": model, "messages": [{"role": "user", "content": prompt}], "temperature": 0}).encode()
    request = urllib.request.Request(url.rstrip("/") + "/chat/completions", data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 - a URL the user configured
            answer = json.loads(resp.read().decode("utf-8"))["choices"][0]["message"]["content"]
    except (urllib.error.URLError, TimeoutError, OSError, KeyError, IndexError, ValueError) as exc:
        raise UsageError(f"LLM summary: no usable answer from {url} (model {model!r}): {exc}") from exc
    out = []
    for sentence in re.split(r"(?<=[.!?](?:\]|\s))\s*(?=\S)|(?<=\])\s+(?=[A-ZÄÖÜ])", answer.strip()):
        cited = [int(n) for n in CITE.findall(sentence) if 1 <= int(n) <= len(sources)]
        text = CITE.sub("", sentence).strip()
        if not cited or not text:
            continue
        words = set(_words(text))
        support = set().union(*(set(_words(sources[n - 1][0].sentences[sources[n - 1][1]].text_of(sources[n - 1][0].text))) for n in cited))
        if words and len(words & support) / len(words) < 0.5:
            continue  # not backed by what it cites
        out.append({
            "text": text,
            "kind": "abstractive",
            "sources": [{"article": sources[n - 1][0].id, "start": sources[n - 1][0].sentences[sources[n - 1][1]].start,
                         "end": sources[n - 1][0].sentences[sources[n - 1][1]].end} for n in dict.fromkeys(cited)],
        })
    return out
