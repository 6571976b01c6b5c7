"""Every article of ../shared/corpus through claims and quotes: how many, and whether any fails.

Run: ``.venv/bin/python bench/corpus_figures.py [CORPUS]`` (default ``../shared/corpus``). Reads the
fundus pages, the ECB+ documents, both texts of every SemEval pair and the documents of the German
PUD treebank (``ud-german/de_pud-ud-test.conllu#<doc>``), prepares them (extract,
clean, segment), then runs ``claims.extract`` and ``quotes.extract`` on each article; prints the
articles, quotes, claims and errors as JSON (an error names its article on stderr). Minutes.
``--dump FILE`` also writes every article's quotes and claims, one JSON line per article, so two
versions of the code can be compared line by line (``diff A B``).
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path

from storylens import claims, quotes
from storylens.evaluate.figures import _conllu_documents, _semeval_rows, load_document
from storylens.pipeline import prepare


def main() -> None:
    """Print a JSON report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default="../shared/corpus", type=Path)
    ap.add_argument("--dump", type=Path, help="write each article's quotes and claims here, one JSON line per article")
    args = ap.parse_args()
    rows = _semeval_rows(args.corpus)
    refs = [str(p.relative_to(args.corpus)) for p in sorted((args.corpus / "fundus-de").rglob("*.html.gz"))]
    refs += [str(p.relative_to(args.corpus)) for p in sorted((args.corpus / "ecbplus").rglob("*.json"))
             if '"text"' in p.read_text(encoding="utf-8")]
    refs += [f"semeval:{pair}:{text}" for pair, row in rows.items() for text in ("text1", "text2") if row.get(text)]
    pud = args.corpus / "ud-german" / "de_pud-ud-test.conllu"
    refs += [f"ud-german/{pud.name}#{doc}" for doc in _conllu_documents(pud)] if pud.is_file() else []
    # read as the gold loader reads them (`storylens.evaluate.figures.load_document`)
    articles = prepare([load_document(ref, args.corpus, rows) for ref in refs])
    found = {"articles": len(articles), "quotes": 0, "claims": 0, "errors": 0}
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for article in articles:
        try:
            found_quotes, found_claims = quotes.extract(article), claims.extract(article)
            claims.attribute_to_quotes(article, found_claims, found_quotes)  # as the pipeline does
        except Exception:  # noqa: BLE001 — counted and named, the run goes on
            found["errors"] += 1
            print(f"{article.id}: {traceback.format_exc(limit=2)}", file=sys.stderr)
            continue
        found["quotes"] += len(found_quotes)
        found["claims"] += len(found_claims)
        if dump is not None:
            dump.write(json.dumps({"id": article.id, "quotes": found_quotes, "claims": found_claims}, ensure_ascii=False, sort_keys=True, default=str) + "\n")
    if dump is not None:
        dump.close()
    print(json.dumps(found, indent=2))


if __name__ == "__main__":
    main()
