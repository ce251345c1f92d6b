"""Stage 4 helper: one resolver per kind of entity, clustering distinct names and placing each document's keys.

A resolver is built from a :class:`~.tally.Tally` (each distinct name once: the global
clustering never sees the documents); :meth:`place` then puts one document's keys into
groups (a group becomes one entity), which needs only that document and the clustering.
Persons: a short name ("Nazarov") joins the cluster it fits among those of its own
document, so placing persons also gathers, per group, the short names it received
(:meth:`PersonResolver.observe`); their weights decide the canonical name of a group
without full names. :meth:`clusters` gives one :class:`~.clusters.Cluster` per group; its
only item is the group's first item, which is all :func:`~.resolve.assign_ids` reads.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..acronyms import is_acronym_key
from .clusters import Cluster, Item, NameClusters, Overrides, choose_canonical, cluster_names, fold
from .lexicons import Lexicons
from .orgs import OrgOccurrence, resolve_orgs
from .persons import (
    PAIR_CUTOFF,
    TOKEN_THRESHOLD,
    PersonName,
    _node_names,
    _person_cluster,
    _person_nodes,
    _ShortNames,
    compatible,
)
from .tally import DocView, KeyStat, OrgSignature, signature

Group = Hashable


class _DocShortNames(_ShortNames):
    """:class:`~.persons._ShortNames` asked with the roots of one document instead of its doc_id; whether a
    short name fits a cluster is remembered (the same names recur in document after document)."""

    def __init__(self, clustered: NameClusters[PersonName], parsed: Mapping[Item, PersonName],
                 threshold: float) -> None:
        super().__init__(clustered, parsed, threshold)
        self._fit: dict[tuple[PersonName, int], bool] = {}

    def _fits(self, short: PersonName, root: int) -> bool:
        known = self._fit.get((short, root))
        if known is None:
            known = self._fit[(short, root)] = super()._fits(short, root)
        return known

    def root_among(self, doc_roots: set[int], short: PersonName) -> int | None:
        if not short.names:
            return None
        in_doc = {r for r in doc_roots if self._fits(short, r)}
        roots = in_doc or {r for r in self._by_word.get(short.names[-1], ()) if self._fits(short, r)}
        return next(iter(roots)) if len(roots) == 1 else None


class PersonResolver:
    """Full names clustered corpus-wide (each distinct name once); short names placed per document."""

    def __init__(self, stats: Mapping[Hashable, KeyStat], lexicons: Lexicons, rules: Overrides) -> None:
        ordered = sorted(stats.items(), key=lambda kv: (kv[1].ordinal, kv[1].first_repr))  # corpus order
        self._stats = stats
        self._first: dict[str, Item] = {str(key): stat.first for key, stat in ordered}
        items = {stat.first: stat.weight for _, stat in ordered}
        self._nodes = _person_nodes(items, lexicons.person_titles, rules)
        clustered = cluster_names(
            self._nodes.node_of, _node_names(self._nodes),
            compatible=lambda a, b: compatible(a, b, threshold=TOKEN_THRESHOLD),
            text=lambda name: " ".join(sorted(name.keys)),
            scorer=fuzz.token_set_ratio,
            score_cutoff=PAIR_CUTOFF,
        )
        self._root = {item[1]: root for item, root in clustered.root_of.items()}  # full name -> root node
        self._short = _DocShortNames(clustered, self._nodes.parsed, TOKEN_THRESHOLD)
        self._received: dict[tuple[Group, str], KeyStat] = {}  # (group, short name) -> its items there

    def _parsed(self, key: str) -> PersonName:
        return self._nodes.parsed[self._first[key]]

    def place(self, view: DocView) -> dict[str, Group]:
        keys = view.refs.get("PERSON", [])
        doc_roots = {self._root[k] for k in keys if k in self._root}
        out: dict[str, Group] = {}
        for key in keys:
            if key in self._root:
                out[key] = self._root[key]
                continue
            name = self._parsed(key)
            root = self._short.root_among(doc_roots, name)
            out[key] = root if root is not None else "short:" + (name.node_key or fold(key))
        return out

    def observe(self, view: DocView, groups: Mapping[str, Group]) -> None:
        """Count the short names ``view`` placed (their weights and first items join the groups)."""
        for key, group in groups.items():
            if key not in self._root:
                stat = KeyStat.of((view.doc_id, key), view.weight("PERSON", key), 0)
                known = self._received.get((group, key))
                if known is None:
                    self._received[(group, key)] = stat
                else:
                    known.merge(stat)

    def clusters(self) -> dict[Group, Cluster]:
        members: dict[Group, dict[Item, int]] = {}
        for key, root in self._root.items():
            members.setdefault(root, {})[self._first[key]] = self._stats[key].weight
        for (group, key), stat in self._received.items():
            self._nodes.parsed.setdefault(stat.first, self._parsed(key))
            members.setdefault(group, {})[stat.first] = stat.weight
        return {group: _first_only(_person_cluster(list(items), items, self._nodes))
                for group, items in members.items()}


def _first_only(cluster: Cluster) -> Cluster:
    return Cluster(cluster.canonical, cluster.items[:1], cluster.code)


class OrgResolver:
    """Organizations resolved on their signatures (each distinct one once, with summed weights)."""

    def __init__(self, stats: Mapping[Hashable, KeyStat], lexicons: Lexicons, rules: Overrides) -> None:
        sigs: dict[Item, OrgSignature] = {stat.first: sig for sig, stat in stats.items()}  # type: ignore[misc]
        items = {stat.first: OrgOccurrence(sig[1], sig[2], stat.weight)  # type: ignore[index]
                 for sig, stat in stats.items()}
        self._group: dict[OrgSignature, Group] = {}
        self._clusters: dict[Group, Cluster] = {}
        for n, cluster in enumerate(resolve_orgs(items, lexicons=lexicons, overrides=rules)):
            group_sigs = [sigs[item] for item in cluster.items]  # type: ignore[index]
            for sig in group_sigs:
                self._group[sig] = n
            if _by_count(group_sigs, rules):  # the canonical counts documents: the tally knows how many
                name = choose_canonical((sig[0], stats[sig].count) for sig in group_sigs)
                cluster = Cluster(name, cluster.items, cluster.code)
            self._clusters[n] = _first_only(cluster)

    def place(self, view: DocView) -> dict[str, Group]:
        return {key: self._group[signature(target, occ)] for key, (target, occ) in view.orgs.items()}

    def observe(self, view: DocView, groups: Mapping[str, Group]) -> None:
        pass

    def clusters(self) -> dict[Group, Cluster]:
        return self._clusters


def _by_count(sigs: list[OrgSignature], rules: Overrides) -> bool:
    """Does :func:`~.orgs.resolve_orgs` name this group by its most frequent key, counting each document once?

    It does when no item has a full name, a forced name or an acronym (see ``_org_cluster``).
    """
    return all(not full and not is_acronym_key(acronym or target)
               and not any(rules.canonical_for("ORG", n) for n in (target, full, acronym) if n)
               for target, full, acronym in sigs)


@dataclass
class PlainResolver:
    """Other labels: one entity per folded key (COUNTRY: per ISO3 code, named by pycountry later)."""

    label: str
    stats: Mapping[Hashable, KeyStat]

    def _group(self, key: str) -> Group:
        return key if self.label == "COUNTRY" else fold(key) or key

    def place(self, view: DocView) -> dict[str, Group]:
        return {key: self._group(key) for key in view.refs.get(self.label, [])}

    def observe(self, view: DocView, groups: Mapping[str, Group]) -> None:
        pass

    def clusters(self) -> dict[Group, Cluster]:
        members: dict[Group, list[str]] = {}
        for key in self.stats:
            members.setdefault(self._group(str(key)), []).append(str(key))
        out: dict[Group, Cluster] = {}
        for group, keys in members.items():
            first = min(self.stats[k].least for k in keys)
            if self.label == "COUNTRY":
                out[group] = Cluster(str(group).upper(), (first,), str(group).upper())
            else:
                out[group] = Cluster(choose_canonical((k, self.stats[k].weight) for k in keys), (first,))
        return out


Resolver = PersonResolver | OrgResolver | PlainResolver


def resolver(label: str, stats: Mapping[Hashable, KeyStat], lexicons: Lexicons, rules: Overrides) -> Resolver:
    if label == "PERSON":
        return PersonResolver(stats, lexicons, rules)
    if label == "ORG":
        return OrgResolver(stats, lexicons, rules)
    return PlainResolver(label, stats)
