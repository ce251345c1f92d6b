"""The library's entry points: run the stages in order (the CLI only wraps these).

ingest (corpus) -> parse + extract (an engine) -> normalize -> write (tables)

Results stream through a per-document store (the cache), so memory is bounded
by the largest document and the corpus-wide entity table, not the corpus.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, replace
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, cast

from .cache import ResultStore, TemporaryStore, code_fingerprint, document_key, reusable
from .collector import Collector, Progress
from .config import CACHE_DIRNAME, PROCESSED, RAW, Settings
from .corpus import iter_documents, read_document
from .doclist import DocList
from .engines import InProcess, ProcessPool
from .errors import Errors, PipelineError
from .fingerprint import source_fingerprint
from .guard import FolderLock, StoreLock, check_out_dir, is_disk_full, remove_leftovers
from .manifest import corpus_key, refresh_rerun_key, run_manifest, up_to_date, write_manifest
from .nlp import build_nlp, unneeded_components
from .normalize import Resolution, normalize
from .normalize.collect import DocEntities
from .normalize.resolve import resolve_corpus
from .records import DocResult, Document
from .registry import Extractor, load_registry
from .rerun import key_of_run
from .result import RunResult
from .storage import RemotePath, as_location
from .tables import build_tables, load_tables, remove_other_formats, table_schemas, write_results

if TYPE_CHECKING:  # pandas is imported by the code that builds or reads frames: a run writing CSV starts without it
    import pandas as pd
    from spacy.language import Language

__all__ = ["CACHE_DIRNAME", "RunResult", "extract_file", "load_tables", "run", "run_manifest"]

log = logging.getLogger(__name__)

_MIN_DOCS_PER_WORKER = 4  # below this, starting worker processes costs more than it saves


def _engine(settings: Settings, extractors: Sequence[Extractor], only: list[str] | None, n_todo: int,
            nlp: Language | None, root: Path | RemotePath | None = None,
            position: Callable[[str], int] | None = None, source: str | None = None):
    """The engine for ``n_todo`` documents (``root``: the folder their paths are relative to; ``position``:
    a document's corpus position, for engines that tally where they parse; ``source``: the run's fingerprint
    of our component code and data, which the processes that load the saved pipeline check it against)."""
    disable = unneeded_components(extractors)
    jobs = max(1, min(settings.jobs, math.ceil(n_todo / _MIN_DOCS_PER_WORKER)))
    if settings.engine == "dask":
        from .engines.dask_engine import DaskEngine

        # with a scheduler, jobs caps the partitions parsed at once (0: every worker thread of the cluster)
        return DaskEngine(settings, only, settings.jobs if settings.scheduler else max(1, settings.jobs), disable,
                          expected=n_todo, root=root, position=position, source=source)
    if nlp is not None or jobs == 1:
        return InProcess(lambda: nlp or build_nlp(settings, disable=disable, source=source), extractors,
                         settings.batch_size, settings.time_limit)
    return ProcessPool(settings, only, jobs, disable, expected=n_todo, source=source)


def _pending(documents: Iterable[tuple[str, Document]], store: ResultStore,
             on_cached: Callable[[DocResult], None]) -> Iterator[tuple[str, Document]]:
    """(key, document) of the documents without a usable stored result; stored ones go to ``on_cached``."""
    for key, doc in documents:
        cached = store.get(key)  # None when missing or corrupt: redo the document
        if cached is not None and reusable(cached):
            on_cached(cached)
            continue
        yield key, doc


def run(
    raw_dir: Path | str = RAW,
    out_dir: Path | str | None = PROCESSED,
    *,
    settings: Settings | None = None,
    nlp: Language | None = None,
    only: Iterable[str] | None = None,
    progress: Progress | None = None,
) -> RunResult:
    """Run the whole pipeline over ``raw_dir`` and write the tables to ``out_dir``.

    The output folder is locked for the time of the run (one run per folder), and
    what an interrupted run left in it is removed first (see :mod:`pipeline.guard`).

    Args:
        raw_dir: folder of input documents (read-only), or one file; or an fsspec URL (``s3://bucket/raw``)
            that Dask workers read from themselves.
        out_dir: where to write the tables; ``None`` = keep them in memory only.
        settings: run settings (defaults: :class:`Settings`); jobs, cache, engine, format.
        nlp: an already loaded Language (then parsing runs in this process).
        only: names of the extractors to run (default: all registered).
        progress: called after each document with (done, total, doc_id).

    Returns:
        RunResult; ``.tables`` gives every table as a typed DataFrame.

    Raises:
        PipelineError: the run could not start or could not finish (no input, a bad or busy
            output folder, a full disk); the previous tables are then intact.
    """
    settings = settings or Settings()
    raw = as_location(raw_dir)  # a Path, or a RemotePath for an fsspec URL (s3://bucket/raw)
    if out_dir is None:
        return _run(raw, None, settings, nlp, only, progress, _temporary_store(settings, None))
    out = Path(out_dir)
    check_out_dir(raw, out)
    cache_dir = as_location(settings.cache_dir or out / CACHE_DIRNAME) if settings.cache else None
    local_cache = cache_dir if isinstance(cache_dir, Path) else None
    started = time.time()
    with ExitStack() as locks:
        locks.enter_context(FolderLock(out))
        if local_cache is not None and not _inside(local_cache, out):
            locks.enter_context(FolderLock(local_cache))
        elif isinstance(cache_dir, RemotePath):  # a store at a URL: a lock object its run renews
            locks.enter_context(StoreLock(cache_dir))
        remove_leftovers(out, local_cache)
        store = ResultStore(cache_dir) if cache_dir is not None else _temporary_store(settings, out)
        try:
            return _run(raw, out, settings, nlp, only, progress, store)
        except OSError as exc:
            if not is_disk_full(exc):
                raise
            full = exc.filename or out
            if cache_dir is not None:
                store.remove_written_since(started)
            raise PipelineError(Errors.E042.format(path=full)) from exc


def _temporary_store(settings: Settings, out: Path | None) -> TemporaryStore:
    """The store of a ``--no-cache`` run. Dask workers write into it themselves, so with the Dask engine it
    lies where they can reach it: inside ``--cache`` (a URL) when given, else inside OUT."""
    if settings.engine != "dask":
        return TemporaryStore()
    return TemporaryStore(settings.cache_dir or out)


def _inside(path: Path, folder: Path) -> bool:
    return Path(path).resolve().is_relative_to(Path(folder).resolve())


def _run(raw: Path | RemotePath, out: Path | None, settings: Settings, nlp: Language | None, only: Iterable[str] | None,
         progress: Progress | None, store: ResultStore) -> RunResult:
    only = list(only) if only is not None else None
    extractors = load_registry().select(only)
    source = source_fingerprint()  # our component code and data: in the cache keys; the saved pipeline must match it
    fingerprint = code_fingerprint(settings, extractors, source=source)
    rerun = key_of_run(raw, out, settings, only, extractors) if out is not None else None  # before reading inputs
    root = raw if raw.is_dir() else raw.parent  # one file is a corpus of one document
    docs = DocList()  # (key, document without text) in corpus order, on disk too: memory does not grow with the corpus
    collect: Collector | None = None
    try:
        exclude = [p for p in (out, store.root) if p is not None]
        docs.extend((document_key(d, fingerprint), d) for d in _light(iter_documents(raw, settings, exclude=exclude)))
        collect = Collector(docs, progress)
        key = corpus_key(fingerprint, docs.keys(), settings, extractors)
        names = [s.name for s in table_schemas(extractors)]
        if (out is not None and settings.cache and up_to_date(out, key, names, settings.fmt)
                and all(k in store for k in docs.keys())):
            return _nothing_to_do(raw, out, collect, rerun)
        _parse_pending(docs, store, collect, _EngineArgs(settings, extractors, only, nlp, root, source))
        resolution = resolve_corpus(collect.tally, lambda: cast(Iterable[DocEntities], collect.spool),
                                    overrides=settings.overrides)
        collect.spool.close()
        if out is None:
            loaded = [r for _, r in _stored(store, docs.keys())]
            n_failed = sum(1 for r in loaded if r.document.status == "error")
            frames = build_tables(loaded, resolution, extractors)
            return RunResult(None, collect.total, n_failed, collect.cached, frames,
                             {name: len(f) for name, f in frames.items()})
        failed, rows, unread = _write(store, docs, resolution, extractors, out, settings)
        write_manifest(out, root, fingerprint, key, extractors, settings.fmt, collect.total, failed, rows,
                       rerun_key=None if unread else rerun)
        if not isinstance(store, TemporaryStore):
            store.prune(docs)  # DocList: 'key in docs' is an index lookup
        return RunResult(out, collect.total, failed, collect.cached, rows=rows)
    finally:
        if collect is not None:
            collect.spool.close()
        docs.close()
        if isinstance(store, TemporaryStore):
            store.cleanup()


def _nothing_to_do(raw: Path | RemotePath, out: Path, collect: Collector, rerun: str | None) -> RunResult:
    """The result of a run whose tables are current and whose every document is in the store (``run.json``
    gets the no-change key of now, :mod:`pipeline.rerun`)."""
    for doc in collect.docs.documents():
        collect.cached += 1
        collect.tick(doc.doc_id)
    log.info("%s is up to date with %s: nothing to do", out, raw)
    if isinstance(raw, Path):
        refresh_rerun_key(out, raw if raw.is_dir() else raw.parent, rerun)
    manifest = run_manifest(out)
    return RunResult(out, collect.total, int(manifest.get("failed", 0)), collect.cached, rows=manifest.get("rows", {}))


@dataclass(frozen=True)
class _EngineArgs:
    """What choosing and starting an engine needs besides the documents."""

    settings: Settings
    extractors: Sequence[Extractor]
    only: list[str] | None
    nlp: Language | None
    root: Path | RemotePath
    source: str  # the fingerprint of our component code and data (fingerprint.source_fingerprint)


def _parse_pending(docs: DocList, store: ResultStore, collect: Collector, args: _EngineArgs) -> None:
    """Collect each stored result and parse the documents the store lacks (an engine is started only if one does)."""
    pending = _pending(docs, store, collect.from_store)
    first = next(pending, None)  # cached results before the first document to parse are collected here
    if first is None:
        return
    n_todo = max(1, sum(1 for k in docs.keys() if k not in store))
    engine = _engine(args.settings, args.extractors, args.only, n_todo, args.nlp, args.root, docs.position,
                     args.source)
    todo = chain([first], pending)
    try:  # an engine whose workers read the files (Dask) gets the documents without their text
        for entities in engine.stored(todo if getattr(engine, "reads_inputs", False)
                                      else _load(todo, args.root, args.settings), store):
            collect(entities)
    finally:
        engine.close()


def _write(store: ResultStore, docs: DocList, resolution: Resolution, extractors: Sequence[Extractor], out: Path,
           settings: Settings) -> tuple[int, dict[str, int], int]:
    """Write the tables from the stored results (one read of each); return (failed documents, rows per table,
    documents not read). A result of a file that could not be read is dropped from the store: it is read again
    next time."""
    failed = 0
    transient: list[str] = []

    def counted() -> Iterator[DocResult]:
        nonlocal failed
        for k, r in _stored(store, docs.keys()):
            failed += r.document.status == "error"
            if not reusable(r):
                transient.append(k)
            yield r

    rows = write_results(counted(), resolution, extractors, out, fmt=settings.fmt, excel_safe=settings.excel_safe)
    remove_other_formats(out, [s.name for s in table_schemas(extractors)], settings.fmt)
    store.discard(transient)
    return failed, rows, len(transient)


def _stored(store: ResultStore, keys: Iterable[str]) -> Iterator[tuple[str, DocResult]]:
    """(key, result) read back from the store one at a time, in the order of ``keys``."""
    for key in keys:
        result = store.get(key)
        if result is None:  # only another process deleting the store's files can do this
            raise PipelineError(Errors.E050.format(key=key, path=store.root))
        yield key, result


def _light(documents: Iterable[Document]) -> Iterator[Document]:
    """Documents without their text (re-read when parsed), so the key list stays small."""
    for d in documents:
        yield replace(d, text="") if d.status == "ok" else d


def _load(documents: Iterable[tuple[str, Document]], root: Path | RemotePath,
          settings: Settings) -> Iterator[tuple[str, Document]]:
    """Re-read the text of documents that will be parsed (``root``: the folder their paths are relative to)."""
    for key, d in documents:
        yield key, (read_document(root / d.path, root, settings) if d.status == "ok" else d)


def extract_file(path: Path | str, *, settings: Settings | None = None, nlp: Language | None = None,
                 only: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
    """All tables for a single file, in memory (nothing is written)."""
    settings = settings or Settings()
    path = Path(path)
    extractors = load_registry().select(list(only) if only is not None else None)
    document = read_document(path, path.parent, settings)
    engine = InProcess(lambda: nlp or build_nlp(settings), extractors, 1)
    results = list(engine.results([document])) or [DocResult(document)]
    resolution = normalize(results, overrides=settings.overrides)
    return build_tables(results, resolution, extractors)
