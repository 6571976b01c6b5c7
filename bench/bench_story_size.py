"""What one large story costs to analyse and to store, by its number of articles.

Run: ``STORYLENS_PURE=1 .venv/bin/python bench/bench_story_size.py [--sizes 25 50 100 200]``.

The articles are bench_stories.py's synthetic copies of the German base story with the most
copies (perturbed texts of ../shared, never written to disk): a wire story many outlets carry.
Reported per size: seconds to analyse the story (entities, claims, quotes, comparisons, timeline,
summary, outlet view; one warm-up story first) and the size of its JSON in the store, in total
and for the list fields that dominate.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_stories import synthesize  # noqa: E402

from storylens import ner  # noqa: E402
from storylens.ingest import RawDoc  # noqa: E402
from storylens.model import Story  # noqa: E402
from storylens.pipeline import analyse_stories, prepare  # noqa: E402


def main() -> None:
    """Print a JSON report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[25, 50, 100, 200])
    args = ap.parse_args()
    items, picks = synthesize(max(4000, 12 * max(args.sizes)), languages=frozenset({"de"}))  # the top base gets ~8 %
    top = Counter(picks).most_common(1)[0][0]
    idx = [i for i, b in enumerate(picks) if b == top]
    docs = [RawDoc(id=f"a{i}", path="x.jsonl", fmt="jsonl", paragraphs=[items[i][1]], published=items[i][2], language="de") for i in idx]
    articles = prepare(docs)
    analyse_stories([Story(id="warm", title=None, articles=[a.id for a in articles[:5]])], articles)
    rows = []
    for n in args.sizes:
        members = articles[:n]
        getattr(ner, "_TAGGED", {}).clear()  # cold: no sentence tagged before (rows share articles)
        t0 = time.perf_counter()
        (story,) = analyse_stories([Story(id="s", title=None, articles=[a.id for a in members])], members)
        seconds = time.perf_counter() - t0
        d = story.to_dict()
        fields = {f: len(json.dumps(d[f], ensure_ascii=False)) for f in d if isinstance(d[f], list)}
        rows.append({"articles": len(members), "analyse_s": round(seconds, 2),
                     "json_kb": round(len(json.dumps(d, ensure_ascii=False)) / 1000),
                     "largest_fields_kb": {f: round(v / 1000) for f, v in sorted(fields.items(), key=lambda x: -x[1])[:3]}})
    print(json.dumps({"copies_of_base": len(idx), "rows": rows}, indent=1))


if __name__ == "__main__":
    main()
