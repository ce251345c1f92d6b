"""Stage 4 helper: constrained clustering of name variants, canonical choice, user overrides.

Persons and organizations are clustered the same way: candidate pairs (from
:mod:`.blocking`) are merged best-first, and a merge happens only when every
name of one cluster is compatible with every name of the other, so a chain of
near-matches cannot join two different people. A user override file
(``models/aliases.csv``) wins over the automatic result; see :func:`read_overrides`.
"""

from __future__ import annotations

import csv
import logging
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from .blocking import Scorer, candidate_pairs
from .translit import words

log = logging.getLogger(__name__)

SEPARATE = "!separate"
_LABELS = ("PERSON", "ORG")
_SEPARATE_NODE = "!"  # prefix of the node of a name the override file keeps apart

Item = tuple[str, str]  # (doc_id, key)


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Case-, accent- and punctuation-folded form used for exact comparisons (kept for the most recent 65,536
    names: a corpus repeats its names in every document that mentions them).

    >>> fold("  Ravshan  NAZAROV, ")
    'ravshan nazarov'
    """
    return " ".join(words(name))


# --------------------------------------------------------------------------- overrides
@dataclass(frozen=True)
class Overrides:
    """User decisions that win over automatic clustering.

    ``merges[(label, fold(alias))]`` is the canonical name an alias is forced
    into; ``separate`` holds the (label, folded name) pairs that are never
    merged automatically with anything else.
    """

    merges: dict[tuple[str, str], str] = field(default_factory=dict)
    separate: frozenset[tuple[str, str]] = frozenset()

    def canonical_for(self, label: str, name: str) -> str | None:
        """The forced canonical name of ``name`` (None when the file says nothing)."""
        return self.merges.get((label, fold(name)))

    def is_separate(self, label: str, name: str) -> bool:
        return (label, fold(name)) in self.separate

    def __bool__(self) -> bool:
        return bool(self.merges or self.separate)


def read_overrides(path: Path | str | None) -> Overrides:
    """Read the ``alias,canonical[,label]`` override file (missing file -> no overrides).

    Lines starting with ``#`` are comments. A row ``alias,canonical`` puts every
    occurrence of ``alias`` (compared case-, accent- and punctuation-folded) into
    the entity of ``canonical`` and makes ``canonical`` that entity's name. A row
    whose canonical is ``!separate`` or equals the alias keeps that name out of
    automatic merging (its own entity). ``label`` (PERSON or ORG) restricts the
    row to one kind of entity; empty = both.

    Example rows::

        R. Nazarov,Ravshan Nazarov,PERSON
        Ravshan Nazarova,!separate,PERSON
        KISS,Kazakhstan Institute for Strategic Studies,ORG
    """
    if path is None or not Path(path).is_file():
        return Overrides()
    merges: dict[tuple[str, str], str] = {}
    separate: set[tuple[str, str]] = set()
    with Path(path).open(newline="", encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.lstrip().startswith("#")]
    for row in csv.DictReader(lines):
        alias = (row.get("alias") or "").strip()
        canonical = (row.get("canonical") or "").strip()
        label = (row.get("label") or "").strip().upper()
        if not alias or not canonical:
            continue
        for lab in (label,) if label else _LABELS:
            if canonical == SEPARATE or fold(canonical) == fold(alias):
                separate.add((lab, fold(alias)))
            else:
                merges[(lab, fold(alias))] = canonical
    return Overrides(merges, frozenset(separate))


# --------------------------------------------------------------------------- clustering
class ConstrainedClusters:
    """Union-find over node indices where a merge needs all cross pairs compatible.

    Args:
        n: number of nodes.
        compatible: ``compatible(i, j)`` for two nodes; checked for every pair
            across the two clusters before they are merged.
    """

    def __init__(self, n: int, compatible: Callable[[int, int], bool]) -> None:
        self._parent = list(range(n))
        self._members: dict[int, list[int]] = {i: [i] for i in range(n)}
        self._compatible = compatible

    def find(self, i: int) -> int:
        root = i
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[i] != root:
            self._parent[i], i = root, self._parent[i]
        return root

    def merge(self, i: int, j: int) -> bool:
        """Merge the clusters of ``i`` and ``j`` when all their members are compatible."""
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        ma, mb = self._members[a], self._members[b]
        if not all(self._compatible(x, y) for x in ma for y in mb):
            return False
        if len(ma) < len(mb) or (len(ma) == len(mb) and a > b):
            a, b, ma, mb = b, a, mb, ma
        self._parent[b] = a
        ma.extend(mb)
        del self._members[b]
        return True

    def merge_pairs(self, pairs: Iterable[tuple[float, int, int]]) -> None:
        """Merge candidate pairs best-first (pairs sorted by score, then indices)."""
        for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
            self.merge(i, j)

    def groups(self) -> list[list[int]]:
        """Clusters as sorted member lists, in order of their smallest member."""
        return sorted(sorted(m) for m in self._members.values())


class Name(Protocol):
    """What clustering needs of a parsed name (:class:`~.persons.PersonName`, :class:`~.orgs.OrgName`)."""

    def block_keys(self) -> Sequence[tuple[str, ...]]: ...


N = TypeVar("N", bound=Name)


def separate_node(name: str) -> str:
    """The node of a name kept apart by the override file: never merged with another node."""
    return _SEPARATE_NODE + fold(name)


@dataclass(frozen=True)
class NameClusters(Generic[N]):
    """Name nodes clustered corpus-wide: which cluster (root node index) each item of a node fell into.

    Attributes:
        nodes: the distinct node keys, sorted; a node is one set of name words (or a separate name).
        names: the parsed name standing for each node.
        clusters: the union-find over node indices.
        root_of: item -> root node index, for every item that has a node, in the order of ``node_of``.
    """

    nodes: list[str]
    names: list[N]
    clusters: ConstrainedClusters
    root_of: dict[Item, int]

    def members(self) -> dict[int, list[int]]:
        """Root node index -> the node indices of its cluster."""
        members: dict[int, list[int]] = defaultdict(list)
        for n in range(len(self.nodes)):
            members[self.clusters.find(n)].append(n)
        return members


def cluster_names(
    node_of: Mapping[Item, str],
    names: Mapping[str, N],
    *,
    compatible: Callable[[N, N], bool],
    text: Callable[[N], str],
    scorer: Scorer,
    score_cutoff: float,
) -> NameClusters[N]:
    """Cluster the nodes of ``node_of`` by their names, then place each item in its node's cluster.

    Candidate pairs come from :func:`~.blocking.candidate_pairs` over ``text(name)`` inside the
    name's block keys (pairs scoring >= ``score_cutoff`` with ``scorer``); they are merged
    best-first, and only when every name of one cluster is ``compatible`` with every name of
    the other. Separate nodes (:func:`separate_node`) stay alone.

    Args:
        node_of: item -> node key; items sharing a node key are one name.
        names: node key -> the parsed name standing for it.
        compatible: can two names name the same entity.
        text: the comparison form of a name for the candidate-pair scorer.
        scorer: a rapidfuzz scorer (``fuzz.token_sort_ratio``, ``fuzz.token_set_ratio``).
        score_cutoff: minimal candidate-pair score (0-100).
    """
    nodes = sorted(set(node_of.values()))
    index = {key: n for n, key in enumerate(nodes)}
    node_names = [names[key] for key in nodes]
    separate = [key.startswith(_SEPARATE_NODE) for key in nodes]

    def ok(i: int, j: int) -> bool:
        return not (separate[i] or separate[j]) and compatible(node_names[i], node_names[j])

    clusters = ConstrainedClusters(len(nodes), ok)
    fuzzy = [n for n in range(len(nodes)) if not separate[n]]
    pairs = candidate_pairs(
        [text(node_names[n]) for n in fuzzy],
        [node_names[n].block_keys() for n in fuzzy],
        scorer=scorer,
        score_cutoff=score_cutoff,
    )
    clusters.merge_pairs((s, fuzzy[i], fuzzy[j]) for s, i, j in pairs)
    root_of = {item: clusters.find(index[node]) for item, node in node_of.items()}
    return NameClusters(nodes, node_names, clusters, root_of)


def group_items(
    items: Iterable[Item], root_of: Mapping[Item, int], place: Callable[[Item], Hashable]
) -> list[list[Item]]:
    """Items grouped by cluster: clustered items by their root, the others where ``place`` puts them.

    ``place(item)`` returns a root node index (joining that cluster) or any other key (a group
    of its own); the items without a root are placed in sorted order.
    """
    groups: dict[Hashable, list[Item]] = defaultdict(list)
    for item, root in root_of.items():
        groups[root].append(item)
    for item in sorted(set(items) - set(root_of), key=repr):
        groups[place(item)].append(item)
    return list(groups.values())


def choose_canonical(forms: Iterable[tuple[str, int]]) -> str:
    """The most frequent form; ties go to forms without ALL-CAPS words, then by string.

    >>> choose_canonical([("NAZAROV Ravshan", 2), ("Ravshan Nazarov", 2), ("Ravshan Nazarow", 1)])
    'Ravshan Nazarov'
    """
    weights: dict[str, int] = {}
    for form, weight in forms:
        weights[form] = weights.get(form, 0) + weight

    def rank(form: str) -> tuple[int, bool, str]:
        shouting = any(len(w) > 1 and w.isupper() for w in form.split())
        return (-weights[form], shouting, form)

    return min(weights, key=rank)


@dataclass(frozen=True, slots=True)
class Cluster:
    """One resolved entity: its canonical name, acronym/code and member items."""

    canonical: str
    items: tuple[Hashable, ...]
    code: str = ""


def stable_clusters(clusters: Sequence[Cluster]) -> list[Cluster]:
    """Clusters in a deterministic order (by canonical name, then first item)."""
    return sorted(clusters, key=lambda c: (c.canonical, sorted(map(repr, c.items))[:1]))
