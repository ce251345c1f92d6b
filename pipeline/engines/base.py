"""The work every engine does on a batch of documents: parse, then extract."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

from spacy.language import Language

from ..extract import extract
from ..parse import parse
from ..records import DocResult, Document
from ..registry import Extractor


class Engine(Protocol):
    def results(self, documents: Iterable[Document]) -> Iterator[DocResult]:
        """One result per document, in input order."""
        ...

    def close(self) -> None: ...


def process_documents(
    nlp: Language, extractors: Sequence[Extractor], documents: Iterable[Document], *, batch_size: int
) -> Iterator[DocResult]:
    """Parse ``documents`` with ``nlp.pipe`` and run ``extractors`` over each Doc."""
    for parsed in parse(nlp, documents, batch_size=batch_size):
        yield extract(parsed.document, parsed.doc, extractors, error=parsed.error)
