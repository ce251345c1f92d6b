"""Stage 4: resolve every entity reference of the corpus to one canonical entity.

Persons and organizations are clustered across documents (:mod:`.persons`,
:mod:`.orgs`), countries are named from their ISO3 code (pycountry), other
labels group by their folded name. Ids come from the canonical name
(:mod:`.ids`), so the same corpus always gets the same ids.

Resolution scales with the distinct names, not the documents: the summaries are
reduced to a :class:`~.tally.Tally` (per partition, merged), the names are clustered
once (:mod:`.labels`), and one pass over the summaries places each document's keys and
counts the entities' documents and mentions. A document's ids are computed again when
its rows are written (:meth:`Resolution.scoped`), so no per-document index is kept.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

import pycountry

from ..records import DocResult, EntityRef
from .clusters import Cluster, Overrides, read_overrides
from .collect import DocEntities, EntityCollector
from .ids import entity_id
from .labels import Group, Resolver, resolver
from .lexicons import Lexicons
from .tally import DocView, Tally


@dataclass(frozen=True, slots=True)
class Entity:
    entity_id: str
    label: str
    name: str
    code: str
    aliases: tuple[str, ...]
    n_mentions: int
    n_docs: int


def placed(resolvers: Mapping[str, Resolver], view: DocView) -> Iterator[tuple[str, dict[str, Group]]]:
    """Per label of the document: its keys' groups."""
    for label, keys in view.refs.items():
        if keys and label in resolvers:
            yield label, resolvers[label].place(view)


@dataclass(frozen=True)
class DocumentIds:
    """The resolvers and their groups' ids: any document's index, computed when it is needed."""

    resolvers: Mapping[str, Resolver]
    ids: Mapping[str, Mapping[Group, str]]  # label -> group -> entity id
    names: Mapping[str, str]  # entity id -> canonical name

    def index(self, entities: DocEntities) -> dict[tuple[str, str, str], str]:
        """(label, doc_id, key) -> entity id for every key the document references."""
        view = DocView.of(entities)
        return {(label, view.doc_id, key): self.ids[label][group]
                for label, groups in placed(self.resolvers, view) for key, group in groups.items()}


@dataclass(frozen=True)
class Resolution:
    """Maps (label, doc_id, local key) to a corpus-wide entity.

    ``index`` holds every document's keys (:func:`normalize`), or only those of the
    document :meth:`scoped` was asked for (:func:`resolve_corpus`: ``documents`` computes it).
    """

    entities: tuple[Entity, ...]
    index: Mapping[tuple[str, str, str], str] = field(repr=False)
    documents: DocumentIds | None = field(default=None, repr=False, compare=False)

    def id(self, doc_id: str, ref: EntityRef) -> str:
        """The entity id of ``ref`` in ``doc_id`` ('' for an empty key)."""
        if not ref.key:
            return ""
        return self.index.get((ref.label, doc_id, ref.key), "")

    def canonical(self, doc_id: str, ref: EntityRef) -> str:
        """The canonical name of ``ref`` (its key when it is not resolved)."""
        eid = self.id(doc_id, ref)
        return self._names.get(eid, ref.key)

    def scoped(self, result: DocResult) -> Resolution:
        """This resolution with the index of ``result``'s document (itself when it holds every document's)."""
        if self.documents is None:
            return self
        return replace(self, index=self.documents.index(DocEntities.of(result)))

    @cached_property
    def _names(self) -> Mapping[str, str]:
        if self.documents is not None:
            return self.documents.names
        return {e.entity_id: e.name for e in self.entities}


def country_name(iso3: str) -> str:
    """Common English name of an ISO3 code (the code itself when unknown).

    >>> country_name("KAZ"), country_name("BOL")
    ('Kazakhstan', 'Bolivia')
    """
    country = pycountry.countries.get(alpha_3=iso3.upper()) if len(iso3) == 3 else None
    if country is None:
        return iso3
    return getattr(country, "common_name", None) or country.name


def assign_ids(label: str, clusters: Mapping[Group, Cluster]) -> dict[Group, str]:
    """Stable ids; two clusters with one canonical slug get ``-2``, ``-3`` by their first item."""
    out: dict[Group, str] = {}
    seen: Counter[str] = Counter()
    ordered = sorted(clusters.items(), key=lambda gc: (gc[1].canonical, repr(gc[1].items[0]) if gc[1].items else ""))
    for group, c in ordered:
        eid = entity_id(label, c.canonical)
        seen[eid] += 1
        out[group] = eid if seen[eid] == 1 else f"{eid}-{seen[eid]}"
    return out


def normalize(
    results: Iterable[DocResult], *, overrides: Path | Overrides | None = None, lexicons: Lexicons | None = None
) -> Resolution:
    """Resolve every entity reference in ``results``; pure (inputs are not changed).

    Args:
        results: the extract stage's output, one per document (read once).
        overrides: the ``alias,canonical[,label]`` file (or parsed :class:`Overrides`); it wins.
        lexicons: word lists (default: ``pipeline/data/normalize``).

    Returns:
        Resolution: entity per (label, doc_id, key) and the corpus-wide entities.
    """
    return resolve(EntityCollector().add_results(results), overrides=overrides, lexicons=lexicons)


def resolve(collected: EntityCollector, *, overrides: Path | Overrides | None = None,
            lexicons: Lexicons | None = None) -> Resolution:
    """Resolve the summaries :class:`EntityCollector` holds, with every document's index (see :func:`normalize`)."""
    summaries = collected.summaries
    tally = Tally.of(enumerate(summaries))
    corpus = resolve_corpus(tally, lambda: summaries, overrides=overrides, lexicons=lexicons)
    assert corpus.documents is not None
    index: dict[tuple[str, str, str], str] = {}
    for entities in summaries:
        index.update(corpus.documents.index(entities))
    return Resolution(corpus.entities, index)


def resolve_corpus(tally: Tally, summaries: Callable[[], Iterable[DocEntities]], *,
                   overrides: Path | Overrides | None = None, lexicons: Lexicons | None = None) -> Resolution:
    """Resolve a corpus from its tally and one more pass over its summaries (any order).

    Args:
        tally: every summary tallied (:meth:`Tally.add` with its corpus position, or merged partitions).
        summaries: gives the same summaries again (e.g. read back from a spool); read once.
        overrides: see :func:`normalize`.
        lexicons: see :func:`normalize`.

    Returns:
        Resolution whose ``index`` is empty: :meth:`Resolution.scoped` gives a document's.
    """
    lexicons = lexicons or Lexicons.load()
    rules = overrides if isinstance(overrides, Overrides) else read_overrides(overrides)
    resolvers = {label: resolver(label, tally.stats(label), lexicons, rules) for label in tally.labels()}
    counts = _EntityCounts()
    for entities in summaries():
        view = DocView.of(entities)
        for label, groups in placed(resolvers, view):
            resolvers[label].observe(view, groups)
            counts.add(label, view, groups)
    ids: dict[str, dict[Group, str]] = {}
    info: dict[str, tuple[str, str, str, Group]] = {}  # eid -> (label, name, code, group)
    for label in sorted(resolvers):
        clusters = resolvers[label].clusters()
        ids[label] = assign_ids(label, clusters)
        for group, eid in ids[label].items():
            c = clusters[group]
            info[eid] = (label, country_name(c.canonical) if label == "COUNTRY" else c.canonical, c.code, group)
    table = counts.entities(info)
    return Resolution(table, {}, DocumentIds(resolvers, ids, {e.entity_id: e.name for e in table}))


class _EntityCounts:
    """Per (label, group): the documents, mentions and aliases (keys and mention texts) of the entity."""

    def __init__(self) -> None:
        self.docs: Counter[tuple[str, Group]] = Counter()
        self.mentions: Counter[tuple[str, Group]] = Counter()
        self.aliases: dict[tuple[str, Group], set[str]] = defaultdict(set)

    def add(self, label: str, view: DocView, groups: Mapping[str, Group]) -> None:
        touched = set(groups.values())
        if label != "COUNTRY":
            for key, group in groups.items():
                self.aliases[(label, group)].add(key)
        for (lab, key), n in view.counts.items():
            if lab == label and key in groups:
                self.mentions[(label, groups[key])] += n
                self.aliases[(label, groups[key])] |= view.texts[(lab, key)]
        for group in touched:
            self.docs[(label, group)] += 1

    def entities(self, info: Mapping[str, tuple[str, str, str, Group]]) -> tuple[Entity, ...]:
        out = []
        for eid, (label, name, code, group) in sorted(info.items()):
            aliases = self.aliases.get((label, group), set())
            out.append(Entity(entity_id=eid, label=label, name=name, code=code, aliases=tuple(sorted(aliases - {name})),
                              n_mentions=self.mentions[(label, group)], n_docs=self.docs[(label, group)]))
        return tuple(out)
