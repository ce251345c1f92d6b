"""The library's entry points: run the stages in order (the CLI only wraps these).

ingest (corpus) -> parse + extract (an engine) -> normalize -> write (tables)

Results stream through a per-document store (the cache), so memory is bounded
by the largest document and the corpus-wide entity table, not the corpus.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import chain
from pathlib import Path

import pandas as pd
from spacy.language import Language

from .cache import ResultStore, Spool, StoredResults, TemporaryStore, code_fingerprint, document_key
from .config import PROCESSED, RAW, Settings
from .corpus import iter_documents, read_document
from .engines import InProcess, ProcessPool
from .nlp import build_nlp, unneeded_components
from .normalize import normalize
from .normalize.collect import DocEntities, EntityCollector
from .normalize.resolve import resolve
from .records import DocResult, Document
from .registry import Extractor, load_registry
from .tables import build_tables, load_tables, table_schemas, write_results

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (done, total, doc_id)

CACHE_DIRNAME = ".cache"
_MIN_DOCS_PER_WORKER = 4  # below this, starting worker processes costs more than it saves


@dataclass
class RunResult:
    """What :func:`run` produced. ``tables`` loads the written tables on first access."""

    out_dir: Path | None
    n_documents: int
    n_failed: int
    n_cached: int = 0
    frames: dict[str, pd.DataFrame] | None = field(default=None, repr=False)
    rows: dict[str, int] = field(default_factory=dict)  # rows per table, without loading the tables

    @cached_property
    def tables(self) -> dict[str, pd.DataFrame]:
        if self.frames is not None:
            return self.frames
        assert self.out_dir is not None
        return load_tables(self.out_dir)


def _engine(settings: Settings, extractors: Sequence[Extractor], only: list[str] | None, n_todo: int,
            nlp: Language | None):
    disable = unneeded_components(extractors)
    jobs = max(1, min(settings.jobs, math.ceil(n_todo / _MIN_DOCS_PER_WORKER)))
    if settings.engine == "dask":
        from .engines.dask_engine import DaskEngine

        return DaskEngine(settings, only, max(1, settings.jobs), disable)
    if nlp is not None or jobs == 1:
        return InProcess(lambda: nlp or build_nlp(settings, disable=disable), extractors, settings.batch_size)
    return ProcessPool(settings, only, jobs, disable, expected=n_todo)


def _pending(documents: Iterable[tuple[str, Document]], store: ResultStore,
             on_cached: Callable[[DocResult], None]) -> Iterator[tuple[str, Document]]:
    """(key, document) of the documents without a usable stored result; stored ones go to ``on_cached``."""
    for key, doc in documents:
        cached = store.get(key)  # None when missing or corrupt: redo the document
        if cached is not None:
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

    Args:
        raw_dir: folder of input documents (read-only).
        out_dir: where to write the tables; ``None`` = keep them in memory only.
        settings: run settings (defaults: :class:`Settings`); jobs, cache, engine, format.
        nlp: an already loaded Language (then parsing runs in this process).
        only: names of the extractors to run (default: all registered).
        progress: called after each document with (done, total, doc_id).

    Returns:
        RunResult; ``.tables`` gives every table as a typed DataFrame.
    """
    settings = settings or Settings()
    only = list(only) if only is not None else None
    extractors = load_registry().select(only)
    fingerprint = code_fingerprint(settings, extractors)
    out = Path(out_dir) if out_dir is not None else None

    if settings.cache and out is not None:
        store: ResultStore = ResultStore(settings.cache_dir or out / CACHE_DIRNAME)
    else:
        store = TemporaryStore()
    spool = Spool()  # per-document entity summaries wait on disk while the workers hold their models
    try:
        keyed = [(document_key(d, fingerprint), d) for d in _light(iter_documents(Path(raw_dir), settings))]
        keys = [k for k, _ in keyed]
        total = len(keyed)
        done = 0
        cached = 0

        def tick(doc_id: str) -> None:
            nonlocal done
            done += 1
            if progress:
                progress(done, total, doc_id)

        def on_cached(result: DocResult) -> None:
            nonlocal cached
            cached += 1
            spool.add(DocEntities.of(result))
            tick(result.document.doc_id)

        corpus_key = _corpus_key(fingerprint, keys, settings, extractors)
        if (out is not None and settings.cache and _up_to_date(out, corpus_key, extractors, settings.fmt)
                and all(k in store for k in keys)):
            for _, doc in keyed:
                cached += 1
                tick(doc.doc_id)
            log.info("%s is up to date with %s: nothing to do", out, raw_dir)
            manifest = run_manifest(out)
            return RunResult(out, total, int(manifest.get("failed", 0)), cached, rows=manifest.get("rows", {}))

        pending = _load(_pending(keyed, store, on_cached), raw_dir, settings)
        first = next(pending, None)  # cached results before the first document to parse are collected here
        if first is not None:
            n_todo = max(1, sum(1 for k in keys if k not in store))
            engine = _engine(settings, extractors, only, n_todo, nlp)
            try:
                for entities in engine.stored(chain([first], pending), store):
                    spool.add(entities)
                    tick(entities.doc_id)
            finally:
                engine.close()
        collected = EntityCollector()
        for entities in spool:
            collected.add(entities)
        spool.close()
        collected.in_order(doc.doc_id for _, doc in keyed)
        results = StoredResults(store, keys)
        resolution = resolve(collected, overrides=settings.overrides)
        if out is None:
            loaded = list(results)
            n_failed = sum(1 for r in loaded if r.document.status == "error")
            frames = build_tables(loaded, resolution, extractors)
            return RunResult(None, total, n_failed, cached, frames, {name: len(f) for name, f in frames.items()})
        failed: list[str] = []

        def counted() -> Iterator[DocResult]:  # count failures in the writing pass (one read of each result)
            for r in results:
                if r.document.status == "error":
                    failed.append(r.document.doc_id)
                yield r

        rows = write_results(counted(), resolution, extractors, out, fmt=settings.fmt)
        n_failed = len(failed)
        _write_manifest(out, raw_dir, fingerprint, corpus_key, extractors, total, n_failed, rows)
        if isinstance(store, ResultStore) and not isinstance(store, TemporaryStore):
            store.prune(keys)
        return RunResult(out, total, n_failed, cached, rows=rows)
    finally:
        spool.close()
        if isinstance(store, TemporaryStore):
            store.cleanup()


MANIFEST = "run.json"


def _corpus_key(fingerprint: str, keys: Sequence[str], settings: Settings, extractors: Sequence[Extractor]) -> str:
    """Everything the tables depend on: every document's key, the code, the overrides, the format."""
    h = hashlib.sha256(f"{fingerprint}|{settings.fmt}|{','.join(e.name for e in extractors)}".encode())
    if settings.overrides is not None and Path(settings.overrides).is_file():
        h.update(Path(settings.overrides).read_bytes())
    for key in keys:
        h.update(key.encode())
    return h.hexdigest()


def _up_to_date(out: Path, corpus_key: str, extractors: Sequence[Extractor], fmt: str) -> bool:
    """The tables in ``out`` were written from exactly this corpus and code."""
    if run_manifest(out).get("corpus_key") != corpus_key:
        return False
    return all((out / f"{schema.name}.{fmt}").is_file() for schema in table_schemas(extractors))


def _write_manifest(out: Path, raw_dir: Path | str, fingerprint: str, corpus_key: str,
                    extractors: Sequence[Extractor], total: int, n_failed: int, rows: dict[str, int]) -> None:
    """``OUT/run.json``: where the tables came from (no timestamps, so reruns are identical)."""
    from . import __version__
    from .schemas import SCHEMA_VERSION

    manifest = {
        "raw_dir": str(Path(raw_dir).resolve()),
        "pipeline_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "code_fingerprint": fingerprint,
        "corpus_key": corpus_key,
        "extractors": {e.name: f"{e.package} {e.version}" for e in extractors},
        "documents": total,
        "failed": n_failed,
        "rows": rows,
    }
    tmp = out / f".{MANIFEST}.partial"
    tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, out / MANIFEST)


def run_manifest(out_dir: Path | str) -> dict:
    """The ``run.json`` of an output folder ({} when there is none)."""
    path = Path(out_dir) / MANIFEST
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _light(documents: Iterable[Document]) -> Iterator[Document]:
    """Documents without their text (re-read when parsed), so the key list stays small."""
    for d in documents:
        yield replace(d, text="") if d.status == "ok" else d


def _load(documents: Iterable[tuple[str, Document]], raw_dir: Path | str,
          settings: Settings) -> Iterator[tuple[str, Document]]:
    """Re-read the text of documents that will be parsed."""
    raw = Path(raw_dir)
    for key, d in documents:
        yield key, (read_document(raw / d.path, raw, settings) if d.status == "ok" else d)


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
