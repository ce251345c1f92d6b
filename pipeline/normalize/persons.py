"""Stage 4 helper: person names -- parsing, compatibility, within-document and corpus-wide linking.

A *full* name has at least two name words ("Ravshan Nazarov", "NAZAROV Ravshan",
"Dr. Ravshan A. Nazarov"); a *short* name has one name word, optionally with
initials ("Nazarov", "President Nazarov", "R. Nazarov"). Full names are
clustered corpus-wide; each short name is then linked to the one full-name
cluster it fits in its own document, else to the one cluster it fits in the
corpus, else it stays its own entity (ambiguous or unknown).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from .clusters import (
    Cluster,
    Item,
    NameClusters,
    Overrides,
    choose_canonical,
    cluster_names,
    fold,
    group_items,
    separate_node,
)
from .translit import ascii_fold, block_letter, initial_matches, token_key

TOKEN_THRESHOLD = 85.0  # min fuzz.ratio of two name words (transliteration keys) to count as one word
PAIR_CUTOFF = 80.0  # min fuzz.token_set_ratio of two names to be checked as a candidate pair
_SHORT_WORD = 4  # words this short must match exactly
_FEMININE = (("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("ski", "skaia"), ("ii", "aia"))
_INITIALS = re.compile(r"^(?:[A-Za-z]\.?){1,3}$")
_INITIAL_KEY = {"y": "i", "w": "v", "q": "k", "x": "k", "zh": "j", "dzh": "j", "kh": "h", "ye": "e"}
_DIGRAPH_INITIAL = re.compile(r"^(?:Dzh|Kh|Zh|Ch|Sh|Ts|Yu|Ya|Ye)\.$")


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person name split into words: transliteration keys and which words are initials.

    >>> PersonName.parse("Dr. R. A. Nazarov", frozenset({"dr"})).keys
    ('r', 'a', 'nazarov')
    """

    display: str
    keys: tuple[str, ...]
    initial: tuple[bool, ...]

    @classmethod
    def parse(cls, text: str, titles: frozenset[str]) -> PersonName:
        text = " ".join(text.split())
        if text.count(",") == 1:  # "Nazarov, Ravshan"
            last, first = (p.strip() for p in text.split(","))
            if first and last and " " not in last:
                text = f"{first} {last}"
        raw = [w for w in text.split(" ") if any(c.isalpha() for c in w)]
        while len(raw) > 1 and ascii_fold(raw[0]).strip(".") in titles:
            raw = raw[1:]
        keys: list[str] = []
        initial: list[bool] = []
        for word in raw:
            if _DIGRAPH_INITIAL.match(word):
                keys.append(ascii_fold(word[:-1]))
                initial.append(True)
                continue
            if _INITIALS.match(word) and (len(word) == 1 or "." in word or word.isupper()) and len(word) <= 6:
                letters = [c for c in word if c.isalpha()]
                if len(letters) <= 3 and (len(letters) == 1 or "." in word):
                    for c in letters:
                        keys.append(ascii_fold(c))
                        initial.append(True)
                    continue
            for part in re.split(r"[-‐–]", word):
                k = token_key(part)
                if k:
                    keys.append(k)
                    initial.append(False)
        return cls(" ".join(raw).strip(" ,;:"), tuple(keys), tuple(initial))

    @property
    def names(self) -> tuple[str, ...]:
        """Keys of the words that are not initials."""
        return tuple(k for k, i in zip(self.keys, self.initial, strict=False) if not i)

    @property
    def is_full(self) -> bool:
        return len(self.names) >= 2

    @property
    def node_key(self) -> str:
        """Order-free key: names with one set of words (any order, any romanisation) share it."""
        return " ".join(sorted(k + "." if i else k for k, i in zip(self.keys, self.initial, strict=False)))

    def block_keys(self) -> list[tuple[str, str]]:
        """(word key, first letter of another word) for every ordered pair of name words."""
        names = self.names[:4]
        return [(a, block_letter(b)) for x, a in enumerate(names) for y, b in enumerate(names) if x != y]


def _initial_key(initial: str) -> str:
    return _INITIAL_KEY.get(initial, initial)


def tidy(display: str) -> str:
    """ALL-CAPS words (a surname convention) in title case: "NAZAROV Ravshan" -> "Nazarov Ravshan"."""
    return " ".join(w.capitalize() if len(w) > 1 and w.isupper() and not _INITIALS.match(w) else w
                    for w in display.split())


def feminine_pair(a: str, b: str) -> bool:
    """True for a masculine/feminine surname pair ("nazarov"/"nazarova"): different people."""
    short, long_ = sorted((a, b), key=len)
    return any(short.endswith(m) and long_ == short[: len(short) - len(m)] + f for m, f in _FEMININE)


def words_match(a: str, a_initial: bool, b: str, b_initial: bool, *, threshold: float = TOKEN_THRESHOLD) -> bool:
    """Two words of names refer to the same name word (initials match a first letter)."""
    if a_initial and b_initial:
        return a[:1] == b[:1] or initial_matches(a, _initial_key(b)) or initial_matches(b, _initial_key(a))
    if a_initial or b_initial:
        ini, key = (a, b) if a_initial else (b, a)
        return key.startswith(_initial_key(ini)) or initial_matches(ini, key)
    if a == b:
        return True
    if min(len(a), len(b)) <= _SHORT_WORD or feminine_pair(a, b):
        return False
    return fuzz.ratio(a, b, score_cutoff=threshold) > 0


def _best_matching(a: PersonName, b: PersonName, threshold: float) -> tuple[int, int]:
    """(matched words, matched non-initial words) of the best one-to-one word matching."""
    ok = [[words_match(ka, ia, kb, ib, threshold=threshold) for kb, ib in zip(b.keys, b.initial, strict=False)]
          for ka, ia in zip(a.keys, a.initial, strict=False)]
    best = (0, 0)

    def search(i: int, used: frozenset[int], n: int, full: int) -> None:
        nonlocal best
        if i == len(a.keys):
            best = max(best, (n, full))
            return
        if n + (len(a.keys) - i) < best[0]:
            return
        for j in range(len(b.keys)):
            if j not in used and ok[i][j]:
                search(i + 1, used | {j}, n + 1, full + (not a.initial[i] and not b.initial[j]))
        search(i + 1, used, n, full)

    search(0, frozenset(), 0, 0)
    return best


def compatible(a: PersonName, b: PersonName, *, threshold: float = TOKEN_THRESHOLD) -> bool:
    """Can ``a`` and ``b`` name the same person?

    Every word of the shorter name must match its own word of the longer one
    (transliteration key equal, or fuzz.ratio >= threshold, or initial = first
    letter), and at least two name words (one for a short name) must match.

    >>> t = frozenset()
    >>> compatible(PersonName.parse("Ravshan Nazarov", t), PersonName.parse("NAZAROV Ravshan", t))
    True
    >>> compatible(PersonName.parse("Ravshan Nazarov", t), PersonName.parse("Rustam Nazarov", t))
    False
    """
    if a.node_key == b.node_key:
        return True
    if len(a.keys) > len(b.keys):
        a, b = b, a
    n, full = _best_matching(a, b, threshold)
    return n == len(a.keys) and full >= min(2, len(a.names), len(b.names)) and full >= 1


@dataclass(frozen=True)
class _PersonNodes:
    """Each item's parsed name, the canonical name an override forces on it, and (full names only) its node key."""

    parsed: dict[Item, PersonName]
    forced: dict[Item, str]
    node_of: dict[Item, str]


def _person_nodes(items: Mapping[Item, int], titles: frozenset[str], overrides: Overrides) -> _PersonNodes:
    """Parse every name (or the one an override forces); full, forced and separate names get a node.

    Short names get no node: they are linked to a cluster afterwards (:class:`_ShortNames`).
    """
    nodes = _PersonNodes({}, {}, {})
    for item in items:
        name = item[1]
        target = overrides.canonical_for("PERSON", name)
        if target:
            nodes.forced[item] = target
        parsed = nodes.parsed[item] = PersonName.parse(target or name, titles)
        if overrides.is_separate("PERSON", name):
            nodes.node_of[item] = separate_node(name)
        elif parsed.is_full or target:
            nodes.node_of[item] = parsed.node_key
    return nodes


def _node_names(nodes: _PersonNodes) -> dict[str, PersonName]:
    """The name standing for each node: the first item (in sorted order) whose own name has that key,
    else (a separate name) the node's first item."""
    by_key: dict[str, PersonName] = {}
    for item in sorted(nodes.node_of, key=repr):
        by_key.setdefault(nodes.parsed[item].node_key, nodes.parsed[item])
    names: dict[str, PersonName] = {}
    for item, node in nodes.node_of.items():
        if node not in names:
            names[node] = by_key.get(node) or nodes.parsed[item]
    return names


class _ShortNames:
    """Links a short name ("Nazarov", "R. Nazarov") to the one cluster it fits in its document, else in the corpus."""

    def __init__(
        self, clustered: NameClusters[PersonName], parsed: Mapping[Item, PersonName], threshold: float
    ) -> None:
        self._names = clustered.names
        self._members = clustered.members()
        self._threshold = threshold
        self._by_doc: dict[Hashable, set[int]] = defaultdict(set)
        self._by_word: dict[str, set[int]] = defaultdict(set)
        self._root_words: dict[int, set[str]] = defaultdict(set)
        for item, root in clustered.root_of.items():
            self._by_doc[item[0]].add(root)
            for k in parsed[item].names:
                self._by_word[k].add(root)
                self._root_words[root].add(k)

    def root(self, doc_id: Hashable, short: PersonName) -> int | None:
        """The one cluster ``short`` fits among those of ``doc_id``, else of the corpus (None: none or several)."""
        if not short.names:
            return None
        in_doc = {r for r in self._by_doc[doc_id] if self._fits(short, r)}
        roots = in_doc or {r for r in self._by_word.get(short.names[-1], ()) if self._fits(short, r)}
        return next(iter(roots)) if len(roots) == 1 else None

    def _fits(self, short: PersonName, root: int) -> bool:
        """The surname matches a word of the cluster, and the whole name fits one of its names."""
        surname, words = short.names[-1], self._root_words[root]
        if surname not in words and not any(
            words_match(surname, False, k, False, threshold=self._threshold) for k in words
        ):
            return False
        return any(compatible(short, self._names[n], threshold=self._threshold) for n in self._members[root])


def _person_cluster(group: list[Item], items: Mapping[Item, int], nodes: _PersonNodes) -> Cluster:
    """A group as an entity named by its forced name, else its most frequent full name, else any form."""
    parsed, forced = nodes.parsed, nodes.forced
    forced_names = [(forced[i], items[i]) for i in group if i in forced]
    full = [(parsed[i].display, items[i]) for i in group if parsed[i].is_full and i not in forced]
    forms = forced_names or full or [(parsed[i].display or i[1], items[i]) for i in group]
    return Cluster(tidy(choose_canonical(forms)), tuple(sorted(group, key=repr)))


def resolve_persons(
    items: Mapping[Item, int],
    *,
    titles: frozenset[str] = frozenset(),
    overrides: Overrides | None = None,
    threshold: float = TOKEN_THRESHOLD,
    pair_cutoff: float = PAIR_CUTOFF,
) -> list[Cluster]:
    """Cluster person-name occurrences ``(doc_id, name) -> weight`` into entities.

    Full names are clustered (:func:`~.clusters.cluster_names`); each short name then joins
    the one cluster it fits in its document, else in the corpus, else a group of its own.

    Args:
        items: every (doc_id, name) the extractors produced, with its number of mentions.
        titles: words stripped from the front of names ("President", "Dr").
        overrides: user merges / separations (they win).
        threshold: word similarity (fuzz.ratio on transliteration keys) for two words to match.
        pair_cutoff: fuzz.token_set_ratio prefilter of candidate pairs inside blocks.

    Returns:
        Clusters with their canonical (most frequent full) name.

    Example: {("a", "Ravshan Nazarov"): 2, ("a", "Nazarov"): 1, ("b", "R. Nazarov"): 1,
    ("b", "Ravshan Nazarov"): 1, ("c", "Rustam Nazarov"): 1} -> two clusters,
    "Ravshan Nazarov" (four items) and "Rustam Nazarov".
    """
    nodes = _person_nodes(items, titles, overrides or Overrides())
    clustered = cluster_names(
        nodes.node_of,
        _node_names(nodes),
        compatible=lambda a, b: compatible(a, b, threshold=threshold),
        text=lambda name: " ".join(sorted(name.keys)),
        scorer=fuzz.token_set_ratio,
        score_cutoff=pair_cutoff,
    )
    short_names = _ShortNames(clustered, nodes.parsed, threshold)

    def place(item: Item) -> Hashable:
        name = nodes.parsed[item]
        root = short_names.root(item[0], name)
        return root if root is not None else "short:" + (name.node_key or fold(item[1]))

    groups = group_items(items, clustered.root_of, place)
    return [_person_cluster(group, items, nodes) for group in groups]
