"""Stage 4 helper: entity summaries reduced to one tally per distinct name, partition by partition.

Global clustering only needs each distinct name once: how often it occurs (the summed
weights), in how many documents, and where it occurs first (the item whose ``repr`` sorts
first decides which spelling stands for a node, the smallest item breaks ties between two
entities with one name, the first document in corpus order names a separated node). A
:class:`Tally` holds exactly that; tallies of partitions :meth:`~Tally.merge` in any order,
so a corpus of any size is reduced where its summaries are (a worker, a chunk), and the
client keeps memory in proportion to the distinct names, not the documents.
:class:`PartitionTally` is what a Dask worker sends back for one partition (its tally and
its summaries already pickled for the client's spool); :class:`DocView` is one document's
summary in the shape the resolvers read.
"""

from __future__ import annotations

import pickle
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field

from ..acronyms import is_acronym_key
from ..records import OrganizationRef
from .clusters import Item, fold
from .collect import DocEntities
from .orgs import OrgOccurrence

OrgSignature = tuple[str, str, str]  # (target key, full name, acronym): what one document says of one organization


@dataclass(slots=True)
class KeyStat:
    """One distinct name (or organization signature) over the documents tallied so far."""

    weight: int  # sum over documents of max(1, its mentions there)
    count: int  # documents
    first: Item  # the item whose repr sorts first
    first_repr: str
    least: Item  # the smallest item
    ordinal: int  # position (corpus order) of the first document

    @classmethod
    def of(cls, item: Item, weight: int, ordinal: int) -> KeyStat:
        return cls(weight, 1, item, repr(item), item, ordinal)

    def merge(self, other: KeyStat) -> None:
        self.weight += other.weight
        self.count += other.count
        if other.first_repr < self.first_repr:
            self.first, self.first_repr = other.first, other.first_repr
        self.least = min(self.least, other.least)
        self.ordinal = min(self.ordinal, other.ordinal)


def org_items(refs: Iterable[object], keys: Iterable[str],
              weights: Counter[str]) -> dict[str, tuple[str, OrgOccurrence]]:
    """Per local ORG key of one document: (item key, occurrence); aliases of a known key share its item."""
    known: dict[str, str] = {}
    occ: dict[str, OrgOccurrence] = {}
    for ref in refs:
        if isinstance(ref, OrganizationRef):
            full = ref.name if ref.name and not is_acronym_key(ref.name) else ""
            occ[ref.key] = OrgOccurrence(full, ref.acronym or (ref.key if is_acronym_key(ref.key) else ""),
                                         max(1, weights[ref.key]))
            for form in (ref.key, ref.name, ref.acronym, *ref.surface_forms):
                if form:
                    known.setdefault(fold(form), ref.key)
    out: dict[str, tuple[str, OrgOccurrence]] = {}
    for key in keys:
        target = key if key in occ else known.get(fold(key), key)
        if target not in occ:
            acr = is_acronym_key(target)
            occ[target] = OrgOccurrence("" if acr else target, target if acr else "", max(1, weights[target]))
        out[key] = (target, occ[target])
    return out


def signature(target: str, occ: OrgOccurrence) -> OrgSignature:
    return (target, occ.full, occ.acronym)


@dataclass(frozen=True)
class DocView:
    """One document's summary as the resolvers read it.

    Attributes:
        doc_id: the document.
        refs: label -> its referenced keys (each once).
        counts: (label, key) -> mentions.
        texts: (label, key) -> the mention texts.
        orgs: ORG key -> (item key, occurrence), see :func:`org_items`.
    """

    doc_id: str
    refs: dict[str, list[str]]
    counts: Counter[tuple[str, str]]
    texts: dict[tuple[str, str], set[str]]
    orgs: dict[str, tuple[str, OrgOccurrence]] = field(default_factory=dict)

    @classmethod
    def of(cls, entities: DocEntities) -> DocView:
        refs: dict[str, list[str]] = defaultdict(list)
        for label, key in entities.refs:
            refs[label].append(key)
        counts: Counter[tuple[str, str]] = Counter()
        texts: dict[tuple[str, str], set[str]] = defaultdict(set)
        for label, key, text in entities.mentions:
            counts[(label, key)] += 1
            texts[(label, key)].add(text)
        orgs = {}
        if "ORG" in refs:
            weights = Counter({k: n for (label, k), n in counts.items() if label == "ORG"})
            orgs = org_items(entities.organizations, sorted(refs["ORG"]), weights)
        return cls(entities.doc_id, dict(refs), counts, texts, orgs)

    def weight(self, label: str, key: str) -> int:
        return max(1, self.counts[(label, key)])


class Tally:
    """Per label, each distinct name (ORG: each signature) once, with its :class:`KeyStat`."""

    def __init__(self) -> None:
        self.names: dict[str, dict[Hashable, KeyStat]] = defaultdict(dict)

    def add(self, ordinal: int, entities: DocEntities | DocView) -> None:
        """Count one document (``ordinal``: its position in corpus order)."""
        view = entities if isinstance(entities, DocView) else DocView.of(entities)
        d = view.doc_id
        for label, keys in view.refs.items():
            if label == "ORG":
                targets = {target: occ for target, occ in view.orgs.values()}
                for target, occ in targets.items():
                    self._count(label, signature(target, occ), KeyStat.of((d, target), occ.weight, ordinal))
            else:
                for key in keys:
                    self._count(label, key, KeyStat.of((d, key), view.weight(label, key), ordinal))

    def _count(self, label: str, name: Hashable, stat: KeyStat) -> None:
        known = self.names[label].get(name)
        if known is None:
            self.names[label][name] = stat
        else:
            known.merge(stat)

    def merge(self, other: Tally) -> Tally:
        """Add another partition's tally (in any order: the result is the same)."""
        for label, names in other.names.items():
            for name, stat in names.items():
                self._count(label, name, KeyStat(stat.weight, stat.count, stat.first, stat.first_repr, stat.least,
                                                 stat.ordinal))
        return self

    @classmethod
    def of(cls, documents: Iterable[tuple[int, DocEntities]]) -> Tally:
        """The tally of one partition: (corpus position, summary) pairs."""
        tally = cls()
        for ordinal, entities in documents:
            tally.add(ordinal, entities)
        return tally

    def labels(self) -> list[str]:
        return sorted(self.names)

    def stats(self, label: str) -> Mapping[Hashable, KeyStat]:
        return self.names.get(label, {})


@dataclass(frozen=True)
class PartitionTally:
    """One partition's summaries, reduced where they were made (a Dask worker).

    The client merges :attr:`tally` into the corpus's and writes :attr:`summaries` to its spool as they
    are (the placement pass reads them back: :func:`~.resolve.resolve_corpus`), so it neither unpickles
    nor tallies the documents one by one.

    Attributes:
        tally: the partition's documents tallied with their corpus positions.
        doc_ids: the partition's documents (progress, E062 bookkeeping).
        summaries: the list of their :class:`~.collect.DocEntities`, pickled.
    """

    tally: Tally
    doc_ids: tuple[str, ...]
    summaries: bytes

    @classmethod
    def of(cls, numbered: Iterable[tuple[int, DocEntities]]) -> PartitionTally:
        """The partition of ``numbered``: (corpus position, summary) pairs."""
        pairs = list(numbered)
        summaries = [entities for _, entities in pairs]
        return cls(Tally.of(pairs), tuple(e.doc_id for e in summaries),
                   pickle.dumps(summaries, protocol=pickle.HIGHEST_PROTOCOL))
