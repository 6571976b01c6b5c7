"""What a look of `storylens watch` costs: a store fed once from PATH, then looked at again.

Run: ``STORYLENS_PURE=1 .venv/bin/python bench/bench_watch.py ../shared/corpus/fundus-de``.

Reported, in a scratch SQLite store: seconds for the first ingest; for an ingest that reads every
file again (what every look cost before the store remembered its files, and what a one-off
`storylens ingest` still does); for a watching look at the unchanged input; and for a look after
a JSON Lines feed beside the input gained one line (only that line is read); and for the same in a
new process, which has no dense vectors in memory (the store keeps them since the twenty-third
session; before, every article of the store was embedded again).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from storylens.pipeline import ingest
from storylens.store import open_store


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", type=Path, nargs="+")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "in"
        for n, p in enumerate(a.paths):
            (shutil.copytree if p.is_dir() else shutil.copy)(p, work / f"{n}-{p.name}")
        feed = work / "feed.jsonl"
        line = {"title": "Meldung", "text": "In Hafenstadt tagte am Dienstag der Rat. Er vertagte sich auf Freitag."}
        feed.write_text(json.dumps(dict(line, id="m1")) + "\n", encoding="utf-8")
        store = open_store(Path(tmp) / "w.db")
        row = {}
        t = time.perf_counter()
        added, skipped = ingest([work], store)
        row["first ingest s"] = round(time.perf_counter() - t, 2)
        row["articles"], row["inputs skipped"] = added, len(skipped)
        t = time.perf_counter()
        ingest([work], store)
        row["reading every file again s"] = round(time.perf_counter() - t, 2)
        t = time.perf_counter()
        assert ingest([work], store, watching=True) == (0, [])
        row["watching look, unchanged s"] = round(time.perf_counter() - t, 4)
        with feed.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(dict(line, id="m2", text=line["text"] + " Der Haushalt wurde verschoben.")) + "\n")
        t = time.perf_counter()
        added, _ = ingest([work], store, watching=True)
        row["watching look, one new feed line s"] = round(time.perf_counter() - t, 3)
        row["added by that look"] = added
        # a new process (a one-off `storylens ingest`, a restarted `watch`) starts with no vectors in
        # memory: what adding one article costs it
        from storylens import stories

        with feed.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(dict(line, id="m3", text=line["text"] + " Die Sitzung endete ohne Beschluss.")) + "\n")
        stories._DENSE_CACHE.clear()
        t = time.perf_counter()
        added, _ = ingest([work], store, watching=True)
        row["new process, one new feed line s"] = round(time.perf_counter() - t, 3)
    print(json.dumps(row, indent=1))


if __name__ == "__main__":
    main()
