"""The work every engine does on a batch of documents: parse, then extract."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

from spacy.language import Language

from ..components.base_model.blas import one_blas_thread
from ..extract import extract
from ..parse import parse
from ..records import DocResult, Document
from ..registry import Extractor

if TYPE_CHECKING:
    from ..cache import ResultStore
    from ..normalize.collect import DocEntities

Keyed = tuple[str, Document]  # (result store key, document)


class Engine(Protocol):
    def results(self, documents: Iterable[Document]) -> Iterator[DocResult]:
        """One result per document, in input order."""
        ...

    def stored(self, documents: Iterable[Keyed], store: ResultStore) -> Iterator[DocEntities]:
        """Put each document's result in ``store`` under its key; yield what normalization needs,
        in any order (the caller puts the summaries back in document order)."""
        ...

    def close(self) -> None: ...


def process_documents(
    nlp: Language, extractors: Sequence[Extractor], documents: Iterable[Document], *, batch_size: int,
    time_limit: float = 0
) -> Iterator[DocResult]:
    """Parse ``documents`` with ``nlp.pipe`` and run ``extractors`` over each Doc.

    The matrix products run on one thread: engines parallelize with processes.
    """
    with one_blas_thread():
        for parsed in parse(nlp, documents, batch_size=batch_size, time_limit=time_limit):
            yield extract(parsed.document, parsed.doc, extractors, error=parsed.error)


def store_results(engine: Engine, documents: Iterable[Keyed], store: ResultStore) -> Iterator[DocEntities]:
    """:meth:`Engine.stored` for engines whose results arrive in this process."""
    from ..normalize.collect import DocEntities

    keys: deque[str] = deque()

    def unkeyed() -> Iterator[Document]:
        for key, document in documents:
            keys.append(key)
            yield document

    for result in engine.results(unkeyed()):
        store.put(keys.popleft(), result)
        yield DocEntities.of(result)
