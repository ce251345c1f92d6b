"""The library's entry points: run the stages in order (the CLI only wraps these).

ingest (corpus) -> parse (nlp.pipe) -> extract (registry) -> normalize -> write (tables)
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from spacy.language import Language

from .config import PROCESSED, RAW, Settings
from .corpus import iter_documents, read_document
from .extract import extract
from .nlp import build_nlp
from .normalize import normalize
from .parse import parse
from .records import DocResult, Document
from .registry import Extractor, load_registry
from .tables import build_tables, write_tables

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (done, total, doc_id)


@dataclass(frozen=True)
class RunResult:
    """What :func:`run` produced: the tables (also written to ``out_dir``)."""

    tables: dict[str, pd.DataFrame]
    out_dir: Path | None

    @property
    def n_failed(self) -> int:
        docs = self.tables["documents"]
        return int((docs["status"] == "error").sum())


def process(
    documents: Iterable[Document],
    nlp: Language,
    extractors: Sequence[Extractor],
    *,
    batch_size: int = 16,
    progress: Progress | None = None,
    total: int = 0,
) -> list[DocResult]:
    """Stages 2-3 for a stream of documents, in order."""
    results = []
    for i, parsed in enumerate(parse(nlp, documents, batch_size=batch_size), start=1):
        results.append(extract(parsed.document, parsed.doc, extractors, error=parsed.error))
        if progress:
            progress(i, total, parsed.document.doc_id)
    return results


def tables_for(results: Sequence[DocResult], extractors: Sequence[Extractor], settings: Settings) -> dict[str, pd.DataFrame]:
    """Stages 4-5 (without writing): normalize names, build typed tables."""
    resolution = normalize(results, overrides=settings.overrides)
    return build_tables(results, resolution, extractors)


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
        out_dir: where to write the CSV tables; ``None`` = do not write.
        settings: run settings (defaults: :class:`Settings`).
        nlp: an already loaded Language (built with :func:`build_nlp` otherwise).
        only: names of the extractors to run (default: all registered).
        progress: called after each document with (done, total, doc_id).

    Returns:
        RunResult with every table as a typed DataFrame.
    """
    settings = settings or Settings()
    registry = load_registry()
    extractors = registry.select(only)
    documents = list(iter_documents(Path(raw_dir), settings))
    nlp = nlp or build_nlp(settings)
    results = process(documents, nlp, extractors, batch_size=settings.batch_size, progress=progress,
                      total=len(documents))
    frames = tables_for(results, extractors, settings)
    if out_dir is not None:
        write_tables(frames, Path(out_dir))
    return RunResult(frames, Path(out_dir) if out_dir is not None else None)


def extract_file(path: Path | str, *, settings: Settings | None = None, nlp: Language | None = None,
                 only: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
    """All tables for a single file (nothing is written)."""
    settings = settings or Settings()
    path = Path(path)
    extractors = load_registry().select(only)
    document = read_document(path, path.parent, settings)
    nlp = nlp or build_nlp(settings)
    results = process([document], nlp, extractors, batch_size=1)
    return tables_for(results, extractors, settings)
