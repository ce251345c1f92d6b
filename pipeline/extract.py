"""Stage 3, extract: run every registered extractor over one parsed Doc.

An extractor that raises costs only its own rows: the error is recorded on the
document (``documents.status = error``) and the other extractors still run.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from .errors import Errors
from .records import DocResult, Document
from .registry import Extractor

log = logging.getLogger(__name__)


def extract(document: Document, doc: Doc | None, extractors: Sequence[Extractor], *, error: str = "") -> DocResult:
    """All tables' records for one document."""
    if doc is None:
        if error:
            document = replace(document, status="error", error=error)
        return DocResult(document)
    records: list[tuple[str, tuple[object, ...]]] = []
    errors: list[str] = []
    for ext in extractors:
        try:
            rows = tuple(ext(doc))
        except Exception as exc:
            msg = Errors.E006.format(doc_id=document.doc_id, extractor=ext.name, detail=f"{type(exc).__name__}: {exc}")
            log.warning(msg)
            errors.append(msg)
            rows = ()
        records.append((ext.name, rows))
    if errors:
        document = replace(document, status="error", error=" | ".join(errors))
    return DocResult(document, tuple(records))
