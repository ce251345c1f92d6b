"""Stage 4: resolve every entity reference of the corpus to one canonical entity."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..records import DocResult, EntityRef, Mention
from .clusters import cluster_names, read_overrides
from .ids import entity_id


@dataclass(frozen=True, slots=True)
class Entity:
    entity_id: str
    label: str
    name: str
    code: str
    aliases: tuple[str, ...]
    n_mentions: int
    n_docs: int


@dataclass(frozen=True)
class Resolution:
    """Maps (label, doc_id, local key) to a corpus-wide entity."""

    entities: tuple[Entity, ...]
    index: Mapping[tuple[str, str, str], str] = field(repr=False)

    def id(self, doc_id: str, ref: EntityRef) -> str:
        """The entity id of ``ref`` in ``doc_id`` ('' for an empty key)."""
        if not ref.key:
            return ""
        return self.index.get((ref.label, doc_id, ref.key), "")

    def canonical(self, doc_id: str, ref: EntityRef) -> str:
        eid = self.id(doc_id, ref)
        return self._names.get(eid, ref.key)

    @property
    def _names(self) -> dict[str, str]:
        return {e.entity_id: e.name for e in self.entities}


def _refs(result: DocResult) -> Iterable[EntityRef]:
    for _, rows in result.records:
        for row in rows:
            refs = getattr(row, "entity_refs", None)
            if refs is not None:
                yield from refs()


def normalize(results: Sequence[DocResult], *, overrides: Path | None = None) -> Resolution:
    """Resolve every entity reference in ``results``; pure (inputs are not changed)."""
    names: dict[str, list[tuple[str, str]]] = defaultdict(list)  # label -> (doc_id, key)
    codes: dict[tuple[str, str], str] = {}
    for res in results:
        doc_id = res.document.doc_id
        for ref in _refs(res):
            if ref.key:
                names[ref.label].append((doc_id, ref.key))
        for m in res.table("mentions"):
            if isinstance(m, Mention) and m.code:
                codes[(m.label, m.key)] = m.code
    override_map = read_overrides(overrides) if overrides else {}

    index: dict[tuple[str, str, str], str] = {}
    canon_of: dict[str, str] = {}
    label_of: dict[str, str] = {}
    for label in sorted(names):
        occurrences = sorted(set(names[label]))
        canonical = cluster_names(label, occurrences, overrides=override_map)
        for (doc_id, key), canon in canonical.items():
            eid = entity_id(label, canon)
            index[(label, doc_id, key)] = eid
            canon_of[eid] = canon
            label_of[eid] = label

    mentions: Counter[str] = Counter()
    docs: dict[str, set[str]] = defaultdict(set)
    aliases: dict[str, set[str]] = defaultdict(set)
    for res in results:
        doc_id = res.document.doc_id
        for ref in _refs(res):
            eid = index.get((ref.label, doc_id, ref.key))
            if eid:
                docs[eid].add(doc_id)
                aliases[eid].add(ref.key)
        for m in res.table("mentions"):
            if isinstance(m, Mention):
                eid = index.get((m.label, doc_id, m.key))
                if eid:
                    mentions[eid] += 1
                    aliases[eid].add(m.text)
    entities = tuple(
        Entity(
            entity_id=eid,
            label=label_of[eid],
            name=canon_of[eid],
            code=codes.get((label_of[eid], canon_of[eid]), canon_of[eid] if label_of[eid] == "COUNTRY" else ""),
            aliases=tuple(sorted(aliases[eid] - {canon_of[eid]})),
            n_mentions=mentions[eid],
            n_docs=len(docs[eid]),
        )
        for eid in sorted(canon_of)
    )
    return Resolution(entities, index)
