"""What normalization needs from each document, gathered while results stream in.

:meth:`DocEntities.of` reduces one :class:`~pipeline.records.DocResult` to its
entity references and mentions (small enough to send between processes); resolving the
corpus reads these summaries, never the results (:class:`EntityCollector` holds them in memory,
a large run keeps them on disk).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..records import DocResult, EntityRef, Mention


@dataclass(frozen=True, slots=True)
class DocEntities:
    """One document's entity references (``(label, key)``), mentions (``(label, key, text)``, one per
    mention) and organization records (acronym and full-name evidence)."""

    doc_id: str
    refs: tuple[tuple[str, str], ...]
    mentions: tuple[tuple[str, str, str], ...]
    organizations: tuple[object, ...]

    @classmethod
    def of(cls, result: DocResult) -> DocEntities:
        refs = dict.fromkeys((ref.label, ref.key) for ref in _refs(result) if ref.key)
        mentions = tuple((m.label, m.key, m.text) for m in result.table("mentions") if isinstance(m, Mention) and m.key)
        return cls(result.document.doc_id, tuple(refs), mentions, result.table("organizations"))


def _refs(result: DocResult) -> Iterator[EntityRef]:
    for _, rows in result.records:
        for row in rows:
            refs = getattr(row, "entity_refs", None)
            if refs is not None:
                yield from refs()


class EntityCollector:
    """The summaries of a corpus in memory (a document, a test, a notebook); :mod:`.resolve` resolves them.

    A large run keeps its summaries on disk instead and resolves them with
    :func:`~.resolve.resolve_corpus` (see :mod:`pipeline.api`).
    """

    def __init__(self) -> None:
        self.summaries: list[DocEntities] = []

    def add(self, entities: DocEntities) -> None:
        self.summaries.append(entities)

    def add_results(self, results: Iterable[DocResult]) -> EntityCollector:
        for result in results:
            self.add(DocEntities.of(result))
        return self

    def in_order(self, doc_ids: Iterable[str]) -> None:
        """Order the summaries as ``doc_ids`` (results may have arrived in another order)."""
        order = {d: i for i, d in enumerate(doc_ids)}
        self.summaries.sort(key=lambda e: order.get(e.doc_id, len(order)))
