"""What normalization needs from each document, gathered while results stream in.

:meth:`DocEntities.of` reduces one :class:`~pipeline.records.DocResult` to its
entity references and mentions (small enough to send between processes), and
:class:`EntityCollector` adds them up, so resolving the corpus never has to read
the results back.
"""

from __future__ import annotations

from collections import Counter, defaultdict
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
    """Sums :class:`DocEntities` in any order; :meth:`in_order` puts the documents back in corpus order."""

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # label -> doc -> keys
        self.weights: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)  # label -> (doc, key) -> mentions
        self.surface: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # (label, doc, key) -> mention texts
        self.org_refs: dict[str, tuple[object, ...]] = {}  # doc -> its OrganizationRefs

    def add(self, entities: DocEntities) -> None:
        doc_id = entities.doc_id
        self.org_refs[doc_id] = entities.organizations
        for label, key in entities.refs:
            self.keys[label][doc_id].add(key)
        for label, key, text in entities.mentions:
            self.weights[label][(doc_id, key)] += 1
            self.surface[(label, doc_id, key)].add(text)

    def add_results(self, results: Iterable[DocResult]) -> EntityCollector:
        for result in results:
            self.add(DocEntities.of(result))
        return self

    def in_order(self, doc_ids: Iterable[str]) -> None:
        """Order every label's documents as ``doc_ids`` (results may have arrived in another order)."""
        order = {d: i for i, d in enumerate(doc_ids)}
        for label, per_doc in self.keys.items():
            ordered: defaultdict[str, set[str]] = defaultdict(set)
            ordered.update(sorted(per_doc.items(), key=lambda item: order.get(item[0], len(order))))
            self.keys[label] = ordered
