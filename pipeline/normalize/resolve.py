"""Stage 4: resolve every entity reference of the corpus to one canonical entity.

Persons and organizations are clustered across documents (:mod:`.persons`,
:mod:`.orgs`), countries are named from their ISO3 code (pycountry), other
labels group by their folded name. Ids come from the canonical name
(:mod:`.ids`), so the same corpus always gets the same ids.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pycountry

from ..acronyms import is_acronym_key
from ..records import DocResult, EntityRef, OrganizationRef
from .clusters import Cluster, Overrides, choose_canonical, fold, read_overrides
from .collect import EntityCollector
from .ids import entity_id
from .lexicons import Lexicons
from .orgs import OrgOccurrence, resolve_orgs
from .persons import resolve_persons


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
        """The canonical name of ``ref`` (its key when it is not resolved)."""
        eid = self.id(doc_id, ref)
        return self._names.get(eid, ref.key)

    @cached_property
    def _names(self) -> dict[str, str]:
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


def _org_items(refs: Iterable[object], keys: Iterable[str],
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


def _assign_ids(label: str, clusters: Sequence[Cluster]) -> list[tuple[str, Cluster]]:
    """Stable ids; two clusters with one canonical slug get ``-2``, ``-3`` by their first item."""
    out = []
    seen: Counter[str] = Counter()
    for c in sorted(clusters, key=lambda c: (c.canonical, repr(c.items[0]) if c.items else "")):
        eid = entity_id(label, c.canonical)
        seen[eid] += 1
        out.append((eid if seen[eid] == 1 else f"{eid}-{seen[eid]}", c))
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
    """Resolve what :class:`EntityCollector` gathered (see :func:`normalize`)."""
    lexicons = lexicons or Lexicons.load()
    rules = overrides if isinstance(overrides, Overrides) else read_overrides(overrides)
    keys, weights, org_refs = collected.keys, collected.weights, collected.org_refs

    index: dict[tuple[str, str, str], str] = {}
    info: dict[str, tuple[str, str, str]] = {}  # eid -> (label, name, code)
    for label in sorted(keys):
        per_doc = keys[label]
        local: dict[tuple[str, str], Hashable] = {}
        if label == "PERSON":
            items = {(d, k): max(1, weights[label][(d, k)]) for d in per_doc for k in per_doc[d]}
            local = {i: i for i in items}
            clusters = resolve_persons(items, titles=lexicons.person_titles, overrides=rules)
        elif label == "ORG":
            org_items: dict[tuple[str, str], OrgOccurrence] = {}
            doc_weights: dict[str, Counter[str]] = defaultdict(Counter)
            for (d, k), n in weights[label].items():
                doc_weights[d][k] += n
            for d in sorted(per_doc):
                for key, (target, occ) in _org_items(org_refs.get(d, ()), sorted(per_doc[d]), doc_weights[d]).items():
                    local[(d, key)] = (d, target)
                    org_items[(d, target)] = occ
            clusters = resolve_orgs(org_items, lexicons=lexicons, overrides=rules)
        else:
            groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for d in per_doc:
                for k in per_doc[d]:
                    local[(d, k)] = (d, k)
                    groups[k if label == "COUNTRY" else fold(k) or k].append((d, k))
            clusters = []
            for g, members in groups.items():
                if label == "COUNTRY":
                    clusters.append(Cluster(g.upper(), tuple(sorted(members)), g.upper()))
                else:
                    name = choose_canonical((k, max(1, weights[label][(d, k)])) for d, k in members)
                    clusters.append(Cluster(name, tuple(sorted(members))))
        cluster_id: dict[Hashable, str] = {}
        for eid, c in _assign_ids(label, clusters):
            name = country_name(c.canonical) if label == "COUNTRY" else c.canonical
            info[eid] = (label, name, c.code)
            for item in c.items:
                cluster_id[item] = eid
        for (d, k), item in local.items():
            if item in cluster_id:
                index[(label, d, k)] = cluster_id[item]
    return Resolution(_entities(keys, weights, collected.surface, index, info), index)


def _entities(
    keys: Mapping[str, Mapping[str, set[str]]], weights: Mapping[str, Counter[tuple[str, str]]],
    surface: Mapping[tuple[str, str, str], set[str]], index: Mapping[tuple[str, str, str], str],
    info: Mapping[str, tuple[str, str, str]],
) -> tuple[Entity, ...]:
    """The entities table: per entity its aliases (keys and mention texts), mentions and documents."""
    mentions: Counter[str] = Counter()
    docs: dict[str, set[str]] = defaultdict(set)
    aliases: dict[str, set[str]] = defaultdict(set)
    for label, per_doc in keys.items():
        for doc_id, doc_keys in per_doc.items():
            for key in doc_keys:
                eid = index.get((label, doc_id, key))
                if eid:
                    docs[eid].add(doc_id)
                    if label != "COUNTRY":
                        aliases[eid].add(key)
    for (label, doc_id, key), texts in surface.items():
        eid = index.get((label, doc_id, key))
        if eid:
            mentions[eid] += weights[label][(doc_id, key)]
            docs[eid].add(doc_id)
            aliases[eid] |= texts
    return tuple(
        Entity(entity_id=eid, label=label, name=name, code=code,
               aliases=tuple(sorted(aliases[eid] - {name})), n_mentions=mentions[eid], n_docs=len(docs[eid]))
        for eid, (label, name, code) in sorted(info.items())
    )
