"""Command line: a thin typer layer over the library (``pipeline --help``)."""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .config import BLAS_CHOICES, IGNORE, PIPELINE_MODEL, PROCESSED, RAW, Settings
from .errors import Errors, PipelineError, printable
from .heap import settle_heap

app = typer.Typer(
    help="Turn policy reports and foreign-policy news into tidy tables.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
EXIT_PARTIAL = 3  # tables written, but some documents failed
stderr = Console(stderr=True)
stdout = Console()

ModelOpt = Annotated[
    str | None,
    typer.Option("--model", help="spaCy base pipeline (name or path); default: models/pipeline, else en_core_web_sm."),
]
OnlyOpt = Annotated[
    list[str] | None, typer.Option("--only", help="Run only these extractors (repeatable).")
]


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")
    if not verbose:  # Dask's own lines (a LocalCluster starting, stopping) only with -v; our messages say what matters
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")  # read when distributed is imported


def _settings(model: str | None, **kw) -> Settings:
    return Settings(model=model, **{k: v for k, v in kw.items() if v is not None})


def _fail(exc: Exception) -> None:
    stderr.print(f"[red]error:[/red] {escape(printable(str(exc)))}")
    raise typer.Exit(2)


@app.command()
def run(
    raw_dir: Annotated[str, typer.Argument(help="Folder of input documents, or an fsspec URL the Dask workers "
                                                "read too (s3://bucket/raw).")] = str(RAW),
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the tables.")] = PROCESSED,
    model: ModelOpt = None,
    only: OnlyOpt = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Processes that parse (this one and N-1 workers; "
                                             "default: all cores); with "
                                             "--scheduler, the most partitions parsed at once (default: as many as "
                                             "the cluster has worker threads).")] = None,
    engine: Annotated[str, typer.Option(help="local (this machine) or dask (a Dask cluster).")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: a LocalCluster).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="Table format: csv or parquet.")] = "csv",
    cache: Annotated[str | None, typer.Option("--cache", help="Cache folder, or an fsspec URL such as "
                                                "s3://bucket/cache (default: OUT/.cache).")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Reprocess every document; keep no cache.")] = False,
    batch_size: Annotated[int | None, typer.Option(help="Documents per nlp.pipe batch.")] = None,
    max_bytes: Annotated[int | None, typer.Option(help="Skip raw files larger than this.")] = None,
    max_chars: Annotated[int | None, typer.Option(help="Skip documents whose text is longer than this "
                                                       "(default 20,000,000 characters).")] = None,
    follow_links: Annotated[bool, typer.Option(help="Read symbolic links that lead outside RAW_DIR.")] = False,
    ignore: Annotated[list[str] | None, typer.Option(
        "--ignore", metavar="PATTERN", help="Input files that are not documents: a glob on the file name, or on the "
        "path below RAW_DIR when it has a /; case does not count; repeatable; replaces the default "
        f"({', '.join(IGNORE)}); --ignore '' reads every file.")] = None,
    time_limit: Annotated[float | None, typer.Option(help="Seconds one document may take to parse "
                                                         "(default 600; 0 = no limit).")] = None,
    excel_safe: Annotated[bool, typer.Option(help="Prefix CSV text cells beginning with = + - @ with ' "
                                                  "(for spreadsheets).")] = False,
    blas: Annotated[str, typer.Option(help="What multiplies the model's matrices: numpy (numpy's BLAS, one thread "
                                           "per process) or blis (thinc's default).")] = "numpy",
    strict: Annotated[bool, typer.Option(help="Treat any failed document as a failed run (exit 1).")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.")] = False,
) -> None:
    """Process every document in RAW_DIR and write the tables to --out.

    Unchanged documents are taken from the cache. Exit status: 0 every document
    was processed (or deliberately skipped); 3 the tables were written but some
    documents failed (listed, and in documents.csv); 1 with --strict when any
    document failed; 2 the run could not start or finish (bad folder, OUT in use,
    disk full, no model), the previous tables intact.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .rerun import run as run_pipeline  # a rerun with nothing to do is told without loading spaCy

    _setup_logging(verbose)
    if engine not in ("local", "dask"):
        _fail(PipelineError(f"unknown engine {engine!r}: choose local or dask"))
    if fmt not in ("csv", "parquet"):
        _fail(PipelineError(f"unknown format {fmt!r}: choose csv or parquet"))
    if blas not in BLAS_CHOICES:
        _fail(PipelineError(f"unknown BLAS {blas!r}: choose {' or '.join(BLAS_CHOICES)}"))
    if jobs is None and engine == "dask" and scheduler:
        jobs = 0  # every worker thread the cluster has, as workers join and leave
    settings = _settings(model, batch_size=batch_size, max_bytes=max_bytes, jobs=jobs, engine=engine,
                         scheduler=scheduler, fmt=fmt, cache=not no_cache, cache_dir=cache, blas=blas,
                         max_chars=max_chars, follow_links=follow_links, excel_safe=excel_safe,
                         time_limit=time_limit, ignore=tuple(ignore) if ignore is not None else None)
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=stderr, transient=True) as bar:
            task = bar.add_task("reading", total=None)

            def progress(done: int, total: int, doc_id: str) -> None:
                if done == 1:  # the model is loaded by now
                    settle_heap()
                bar.update(task, completed=done, total=total, description=escape(f"{printable(doc_id)[:40]:40s}"))

            result = run_pipeline(raw_dir, out, settings=settings, only=only, progress=progress)
    except PipelineError as exc:
        _fail(exc)
    summary = ", ".join(f"{name}: {n}" for name, n in sorted(result.rows.items()) if name != "documents")
    stderr.print(f"{result.n_documents} documents ({result.n_failed} failed, {result.n_cached} from cache) "
                 f"-> {escape(printable(str(out)))}/", highlight=False)
    stderr.print(f"  rows: {escape(summary)}", highlight=False)
    from .loading import failed_documents  # streamed: the tables are counted, not loaded (they grow with the corpus)

    for status, doc_id, error in failed_documents(out / f"documents.{fmt}"):
        stderr.print(f"[yellow]{status}[/yellow] {escape(printable(doc_id))}: {escape(printable(error))}")
    if result.n_failed:
        if strict:
            stderr.print(f"[red]{Errors.E014.format(n=result.n_failed)}[/red]")
            raise typer.Exit(1)
        raise typer.Exit(EXIT_PARTIAL)


@app.command("extract")
def extract_cmd(
    file: Annotated[Path, typer.Argument(help="One document (.txt, .md, .html, .pdf).", exists=True, dir_okay=False)],
    model: ModelOpt = None,
    only: OnlyOpt = None,
) -> None:
    """Print the tables for one document as terminal tables."""
    from .api import extract_file

    try:
        frames = extract_file(file, settings=_settings(model), only=only)
    except PipelineError as exc:
        _fail(exc)
    for name, frame in frames.items():
        if name == "documents" or frame.empty:
            continue
        table = Table(title=f"{name} ({len(frame)})", show_lines=False)
        cols = [c for c in frame.columns if c not in ("doc_id",)]
        for c in cols:
            table.add_column(c, overflow="fold", max_width=60)
        for _, row in frame.iterrows():
            table.add_row(*("" if v is None or str(v) == "<NA>" else str(v) for v in row[cols]))
        stdout.print(table)


SUMMARY = {  # metric -> short column header of the F1 summary
    "speakers": "speakers", "affiliations": "affil.", "quotes_direct": "direct", "attributed_direct": "attr.dir",
    "quotes_indirect": "indirect", "attributed_indirect": "attr.ind", "countries": "countries",
    "organizations": "orgs", "policy_priorities": "priorities",
}
CLAIMS_SUMMARY = {  # metric -> header of the claims summary: F1s, then accuracies over the matched claims
    "claims": "claims F1", "claims_about": "about F1", "claims_claimant": "claimant", "claims_kind": "kind",
    "claims_kind_macro_f1": "kind macro-F1", "claims_hedged": "hedged",
}


@app.command()
def evaluate(
    gold_dirs: Annotated[list[Path], typer.Argument(help="Folders of <doc_id>.txt + <doc_id>.json gold files.")],
    out: Annotated[Path | None,
                   typer.Option("--out", "-o", help="Keep the tables here, one subfolder per set.")] = None,
    model: ModelOpt = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Processes that parse (this one and N-1 "
                                             "workers; default: all cores).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    half: Annotated[str | None, typer.Option(
        "--half", help="Only the documents of one half of each set: tune or check (sha256 of doc_id even/odd).",
    )] = None,
) -> None:
    """Run on each GOLD_DIR's .txt files and print precision/recall/F1 per table, then an F1 summary."""
    import json
    import tempfile

    from .api import run as run_pipeline
    from .evaluate import model_sentences, priority_sentences, score, select_half

    if half not in (None, "tune", "check"):
        raise typer.BadParameter(f"{half!r}: use tune or check", param_hint="--half")
    results = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for i, gold_dir in enumerate(gold_dirs):
                target = (out or Path(tmp)) / f"{i}-{gold_dir.name}"
                source = select_half(gold_dir, half, Path(tmp) / f"gold-{i}") if half else gold_dir
                # only the documents that have gold: <doc_id>.txt beside <doc_id>.json
                run_pipeline(source, target, settings=_settings(model, suffixes=(".txt",), cache=False, jobs=jobs))
                name = f"{gold_dir} ({half})" if half else str(gold_dir)
                results[name] = score(source, target)
                if "policy_priorities" in results[name].metrics:  # which misses are sentences never read
                    results[name].metrics["priority_sentences"] = priority_sentences(source, target)
                    results[name].metrics["model_sentences"] = model_sentences(source, _flagger(model))
    except PipelineError as exc:
        _fail(exc)
    if as_json:
        stdout.print_json(json.dumps({name: {**scores.as_dict(), **scores.figures}
                                      for name, scores in results.items()}))
        return
    for name, scores in results.items():
        table = Table(title=f"scores on {name}")
        for c in ("metric", "P", "R", "F1", "tp", "fp", "fn"):
            table.add_column(c, justify="right" if c != "metric" else "left")
        for metric, prf in scores.metrics.items():
            table.add_row(metric, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}",
                          str(prf.tp), str(prf.fp), str(prf.fn))
        for figure, value in scores.figures.items():
            table.add_row(figure, "", "", "—" if value is None else f"{value:.3f}", "", "", "")
        stdout.print(table)
    summary = Table(title="F1 by set", padding=(0, 1))
    summary.add_column("set", no_wrap=True)
    for header in SUMMARY.values():
        summary.add_column(header, justify="right", no_wrap=True)
    for name, scores in results.items():
        short = "/".join(Path(name).parts[-2:])
        summary.add_row(short, *(f"{scores.metrics[m].f1:.2f}" if m in scores.metrics else "—" for m in SUMMARY))
    Console(width=max(stdout.width, 110)).print(summary)
    if any("claims" in scores.metrics for scores in results.values()):
        Console(width=max(stdout.width, 110)).print(_claims_summary(results))


@functools.cache
def _flagger(model: str | None) -> Callable[[str], list[int]]:
    """``text -> offsets`` of every character of the sentences the priority-sentence model flags (pipeline
    evaluate): a flagged sentence counts for each of the evaluation's shorter sentences it spans."""
    from .components.policy import Policy
    from .components.policy.sentence_training import sentence_docs
    from .nlp import build_nlp

    nlp = build_nlp(_settings(model))
    policy = nlp.get_pipe("pipeline_policy")
    assert isinstance(policy, Policy)
    threshold = policy.sentence_model.threshold if policy.sentence_model else 2.0

    def flagged(text: str) -> list[int]:
        scores = policy.sentence_scores(next(sentence_docs(nlp, [text])))
        return [o for start, end, score in scores if score >= threshold for o in range(start, end)]
    return flagged


def _claims_summary(results: dict) -> Table:
    """Claims by set: F1 of the claims and of their entities, then claimant, kind and hedged accuracy."""
    table = Table(title="Claims by set (claimant, kind, hedged: accuracy over the matched claims)", padding=(0, 1))
    table.add_column("set", no_wrap=True)
    for header in CLAIMS_SUMMARY.values():
        table.add_column(header, justify="right", no_wrap=True)
    for name, scores in results.items():
        cells = [f"{scores.metrics[m].f1:.2f}" if m in scores.metrics else
                 f"{v:.2f}" if (v := scores.figures.get(m)) is not None else "—" for m in CLAIMS_SUMMARY]
        table.add_row("/".join(Path(name).parts[-2:]), *cells)
    return table


@app.command()
def report(
    out_dir: Annotated[Path, typer.Argument(help="Folder with the tables of a run.")] = PROCESSED,
    raw_dir: Annotated[Path | None,
                       typer.Option("--raw", help="The run's input folder (default: from OUT/run.json).")] = None,
    dest: Annotated[Path | None, typer.Option("--dest", help="HTML file to write (default: OUT/report.html).")] = None,
) -> None:
    """Write a self-contained HTML review page of a run's tables and texts."""
    from .manifest import run_manifest
    from .report import write_report

    if raw_dir is None:
        raw = run_manifest(out_dir).get("raw_dir")
        raw_dir = Path(raw) if raw and Path(raw).is_dir() else None
    try:
        path = write_report(out_dir, raw_dir, dest)
    except PipelineError as exc:
        _fail(exc)
    stderr.print(f"wrote {escape(printable(str(path)))}")


@app.command()
def tables() -> None:
    """List the output tables and their columns."""
    from .registry import load_registry
    from .schemas import SCHEMAS

    for schema in SCHEMAS.values():
        stdout.print(f"[bold]{schema.name}.csv[/bold] - one row per {schema.row}")
        for col in schema.columns:
            stdout.print(f"  {col.name:16s} {col.type:6s} {col.doc}")
    for ext in load_registry():
        if ext.name not in SCHEMAS and ext.schema is not None:
            stdout.print(f"[bold]{ext.name}.csv[/bold] - from {ext.package}")
            for col in ext.schema.columns:
                stdout.print(f"  {col.name:16s} {col.type:6s} {col.doc}")


@app.command()
def extractors() -> None:
    """List the registered extractors (built-in and plugins) with versions."""
    from .registry import load_registry

    table = Table()
    for c in ("table", "version", "package", "requires"):
        table.add_column(c)
    for ext in load_registry():
        table.add_row(ext.name, ext.version, ext.package, ", ".join(ext.requires))
    stdout.print(table)


@app.command()
def models(
    path: Annotated[Path, typer.Option(help="Where to save the assembled pipeline.")] = PIPELINE_MODEL,
    model: ModelOpt = None,
) -> None:
    """Assemble the base model + our components and save it (nlp.to_disk)."""
    from .nlp import save_pipeline

    _setup_logging(False)
    try:
        saved = save_pipeline(_settings(model), path)
    except PipelineError as exc:
        _fail(exc)
    stderr.print(f"saved pipeline to {saved}")


def main() -> None:
    app()
