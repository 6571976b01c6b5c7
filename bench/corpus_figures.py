"""Every article of ../shared/corpus through claims and quotes: how many, and whether any fails.

Run: ``.venv/bin/python bench/corpus_figures.py [CORPUS]`` (default ``../shared/corpus``). Reads the
fundus pages, the ECB+ documents and both texts of every SemEval pair, prepares them (extract,
clean, segment), then runs ``claims.extract`` and ``quotes.extract`` on each article; prints the
articles, quotes, claims and errors as JSON (an error names its article on stderr). Minutes.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
import traceback
from pathlib import Path

from storylens import claims, quotes
from storylens.ingest import RawDoc, html_to_doc, split_paragraphs
from storylens.pipeline import prepare


def main() -> None:
    """Print a JSON report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default="../shared/corpus", type=Path)
    args = ap.parse_args()
    docs = [html_to_doc(gzip.decompress(p.read_bytes()).decode("utf-8", "replace"), path=str(p), doc_id=p.name)
            for p in sorted((args.corpus / "fundus-de").rglob("*.html.gz"))]
    for p in sorted((args.corpus / "ecbplus").rglob("*.json")):
        obj = json.loads(p.read_text(encoding="utf-8"))
        if isinstance(obj, dict) and "text" in obj:
            docs.append(RawDoc(id=str(p), path=str(p), fmt="json", paragraphs=split_paragraphs(obj["text"]), language=obj.get("language")))
    csv.field_size_limit(1 << 30)
    with open(args.corpus / "semeval2022-task8-sample" / "train.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for text, lang in (("text1", "lang1"), ("text2", "lang2")):
                if row.get(text):
                    docs.append(RawDoc(id=row["pair_id"] + text, path="semeval", fmt="txt",
                                       paragraphs=split_paragraphs(row[text]), language=row[lang]))
    articles = prepare(docs)
    found = {"articles": len(articles), "quotes": 0, "claims": 0, "errors": 0}
    for article in articles:
        try:
            found["quotes"] += len(quotes.extract(article))
            found["claims"] += len(claims.extract(article))
        except Exception:  # noqa: BLE001 — counted and named, the run goes on
            found["errors"] += 1
            print(f"{article.id}: {traceback.format_exc(limit=2)}", file=sys.stderr)
    print(json.dumps(found, indent=2))


if __name__ == "__main__":
    main()
