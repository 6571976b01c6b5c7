"""Closest kin end to end: ECB+ through a store, as a user runs it.

Run: ``STORYLENS_PURE=1 .venv/bin/python bench/ecb_store_kin.py [--db PATH]``.

Every ECB+ document is ingested into a SQLite store in a temporary folder (``storylens ingest``'s
path, no dense backend; ``--db`` keeps the store and reuses it when it exists), then every story
is read back with its related stories (``Store.related``, what a story page does). Reported: the
seconds of the ingest and of the reads, event-level B-cubed of the stories (``Necb`` vs
``Necbplus``), topic-level B-cubed of the stories alone and of the
stories joined with their closest kin (topics from the document ids, ``<topic>_<n>ecb…``), and
whether each read lists what ``relate`` finds for all stored stories at once.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from pathlib import Path

from storylens import stories as story_groups
from storylens.evaluate.clusters import bcubed
from storylens.pipeline import Options, ingest, relate_stories
from storylens.store import open_store

CORPUS = Path("../shared/corpus")


def main() -> None:
    """Print a JSON report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="store to keep (reused when it exists)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "ecb.db"
        report: dict[str, object] = {}
        if not db.exists():
            store = open_store(db)
            t0 = time.perf_counter()
            ingest([CORPUS / "ecbplus"], store, options=Options(dense=None))
            report["ingest_s"] = round(time.perf_counter() - t0, 1)
            store.close()
        store = open_store(db)
        stored = store.stories()
        t0 = time.perf_counter()
        read = {s.id: store.related(s.id) for s in stored}
        report["reads"] = len(read)
        report["read_mean_ms"] = round(1000 * (time.perf_counter() - t0) / max(len(read), 1), 1)
        at_once = {s.id: s.related for s in relate_stories(store.stories())}
        store.close()

    def key(found: list[dict[str, object]]) -> list[tuple[object, ...]]:
        return [(r["story"], r.get("closest"), r["similarity"]) for r in found]

    index = {s.id: k for k, s in enumerate(stored)}
    parent = list(range(len(stored)))
    for sid, found in read.items():
        for r in found:
            if r.get("closest"):
                parent[story_groups._find(parent, index[sid])] = story_groups._find(parent, index[str(r["story"])])
    alone, joined, topics, events = [], [], [], []
    for k, s in enumerate(stored):
        for aid in s.articles:
            alone.append(k)
            joined.append(story_groups._find(parent, k))
            name = re.match(r"(\d+)_\d+(ecb(?:plus)?)", aid.rsplit("/", 1)[-1])
            assert name is not None, aid
            topics.append(name.group(1))
            events.append(name.group(1) + name.group(2))
    report.update({
        "articles": len(topics), "stories": len(stored),
        "kin_links": sum(bool(r.get("closest")) for v in read.values() for r in v),
        "reads_as_at_once": sum(key(read[sid]) == key(at_once[sid]) for sid in read),
        "event_stories": bcubed(alone, events),
        "topic_stories_alone": bcubed(alone, topics), "topic_with_closest_kin": bcubed(joined, topics),
    })
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
