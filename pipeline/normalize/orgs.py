"""Stage 4 helper: organization names -- folding, compatibility, acronym <-> full-name linking.

Full names are clustered corpus-wide ("Institute for Strategic Studies of
Zarkand" / "the Zarkand Institute of Strategic Studies" stay apart: different
words; "Centre"/"Center", "the"/"of"/"for" do not matter). An acronym is linked
to the one cluster the corpus pairs it with ("... Studies (ZISS)"), else to the
one cluster whose initials spell it, else it stays its own entity.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..acronyms import is_acronym_key
from .clusters import Cluster, Item, Overrides, choose_canonical, cluster_names, fold, group_items, separate_node
from .lexicons import Lexicons
from .translit import token_key, words

TOKEN_THRESHOLD = 85.0  # min fuzz.ratio of two content words (folded keys) to count as one word
PAIR_CUTOFF = 85.0  # min fuzz.token_sort_ratio of two names to be checked as a candidate pair
_SHORT_WORD = 4


@dataclass(frozen=True, slots=True)
class OrgOccurrence:
    """What a document says about one organization key: full name and/or acronym, and how often."""

    full: str = ""
    acronym: str = ""
    weight: int = 1


def _word_key(word: str, spellings: Mapping[str, str]) -> str:
    word = spellings.get(word, word)
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    return token_key(word)


def _singular(key: str) -> str:
    return key[:-1] if len(key) > 4 and key.endswith("s") else key


@dataclass(frozen=True, slots=True)
class OrgName:
    """An organization's full name as sorted content-word keys, plus acronyms its initials spell.

    >>> OrgName.parse("The Centre for Strategic Studies", Lexicons.load()).keys
    ('center', 'strategic', 'studi')
    """

    display: str
    keys: tuple[str, ...]
    initials: frozenset[str]

    @classmethod
    def parse(cls, text: str, lex: Lexicons) -> OrgName:
        display = " ".join(text.split())
        if display.lower().startswith("the "):
            display = display[4:]
        spellings = dict(lex.org_spellings)
        all_words = words(display)
        content = [w for w in all_words if w not in lex.org_stopwords]
        keys = tuple(sorted(_word_key(w, spellings) for w in content))
        initials = {"".join(w[0] for w in content), "".join(w[0] for w in all_words if w != "the")}
        if "of" in all_words[1:-1]:  # "Agency for Water Development of Zarkand" -> AWD
            before_of = all_words[: len(all_words) - 1 - all_words[::-1].index("of")]
            initials.add("".join(w[0] for w in before_of if w not in lex.org_stopwords))
        for i, w in enumerate(content[:-1]):  # "Zarkand Institute for Strategic Studies" -> ZarISS
            if len(w) > 3:
                rest = "".join(x[0] for x in content[i + 1 :])
                initials.update({w[:2] + rest, w[:3] + rest})
        if len(content) > 2 and len(content[-1]) > 3:  # "Council on Trade Policy of Zarkand" -> ZarCTP
            head = "".join(x[0] for x in content[:-1])
            initials.update({content[-1][:2] + head, content[-1][:3] + head})
        return cls(display, keys, frozenset(i for i in initials if len(i) >= 2))

    @property
    def node_key(self) -> str:
        return " ".join(self.keys)

    def block_keys(self) -> list[tuple[str, ...]]:
        """Pairs of 3-letter word prefixes (any two shared words bring two names together)."""
        pre = sorted({k[:3] for k in self.keys})
        if len(pre) < 2:
            return [tuple(pre)]
        return [(a, b) for x, a in enumerate(pre[:8]) for b in pre[x + 1 : 8]]


def _words_match(a: str, b: str, threshold: float) -> bool:
    if a == b or _singular(a) == _singular(b):
        return True
    if min(len(a), len(b)) <= _SHORT_WORD:
        return False
    return fuzz.ratio(a, b, score_cutoff=threshold) > 0


def compatible(a: OrgName, b: OrgName, *, threshold: float = TOKEN_THRESHOLD) -> bool:
    """Same number of content words, matched one-to-one (equal, or fuzz.ratio >= threshold).

    >>> lex = Lexicons.load()
    >>> compatible(OrgName.parse("Ministry of Foreign Affairs of Zarkand", lex),
    ...            OrgName.parse("Ministry of Foreign Affairs of Tavria", lex))
    False
    """
    if a.keys == b.keys:
        return True
    if len(a.keys) != len(b.keys):
        return False
    rest = list(b.keys)
    left = []
    for k in a.keys:  # exact matches first, then fuzzy ones
        if k in rest:
            rest.remove(k)
        else:
            left.append(k)
    for k in left:
        match = next((r for r in rest if _words_match(k, r, threshold)), None)
        if match is None:
            return False
        rest.remove(match)
    return True


@dataclass(frozen=True)
class _OrgNodes:
    """Each item's parsed full name, the canonical name an override forces on it, and its node key."""

    full: dict[Item, OrgName]
    forced: dict[Item, str]
    node_of: dict[Item, str]


def _org_nodes(items: Mapping[Item, OrgOccurrence], lexicons: Lexicons, overrides: Overrides) -> _OrgNodes:
    """Parse every item with a full name (its own or the one an override forces) and give it a node.

    Items with only an acronym get no node: they are linked to a cluster afterwards.
    """
    nodes = _OrgNodes({}, {}, {})
    for item in sorted(items, key=repr):
        occ = items[item]
        names = [n for n in (item[1], occ.full, occ.acronym) if n]
        target = next((t for t in (overrides.canonical_for("ORG", n) for n in names) if t), None)
        if target:
            nodes.forced[item] = target
        name = target or occ.full
        if not name:
            continue
        parsed = nodes.full[item] = OrgName.parse(name, lexicons)
        if any(overrides.is_separate("ORG", n) for n in names) or not parsed.node_key:
            nodes.node_of[item] = separate_node(name)
        else:
            nodes.node_of[item] = parsed.node_key
    return nodes


def _node_names(nodes: _OrgNodes) -> dict[str, OrgName]:
    """The name standing for each node: that of its first item (in sorted order)."""
    names: dict[str, OrgName] = {}
    for item in sorted(nodes.full, key=repr):
        names.setdefault(nodes.node_of[item], nodes.full[item])
    return names


@dataclass(frozen=True)
class _AcronymRoots:
    """Which clusters an acronym may stand for: those the corpus pairs it with, and those whose initials spell it."""

    explicit: dict[str, Counter[int]]
    derived: dict[str, set[int]]

    def root(self, acronym: str) -> int | None:
        """The one cluster of ``acronym`` (explicit pairs first), or None when there is none or several."""
        roots = set(self.explicit.get(acronym, ())) or self.derived.get(acronym, set())
        return next(iter(roots)) if len(roots) == 1 else None


def _acronym_roots(items: Mapping[Item, OrgOccurrence], nodes: _OrgNodes, root_of: Mapping[Item, int]) -> _AcronymRoots:
    explicit: dict[str, Counter[int]] = defaultdict(Counter)
    derived: dict[str, set[int]] = defaultdict(set)
    for item, root in root_of.items():
        acr = items[item].acronym
        if acr and item not in nodes.forced:
            explicit[acr.lower()][root] += 1
        for ini in nodes.full[item].initials:
            if len(ini) >= 2:
                derived[ini].add(root)
    return _AcronymRoots(explicit, derived)


def _org_cluster(group: list[Item], items: Mapping[Item, OrgOccurrence], nodes: _OrgNodes) -> Cluster:
    """A group as an entity: canonical = forced name, else full name, else acronym; code = its acronym."""
    forced_names = [(nodes.forced[i], items[i].weight) for i in group if i in nodes.forced]
    names = [(nodes.full[i].display, items[i].weight) for i in group if i in nodes.full and i not in nodes.forced]
    acronyms = [(items[i].acronym or i[1], items[i].weight) for i in group if i not in nodes.full or items[i].acronym]
    acronyms = [(a, w) for a, w in acronyms if is_acronym_key(a)]
    canonical = choose_canonical(forced_names or names or acronyms or [(i[1], 1) for i in group])
    code = choose_canonical(acronyms) if acronyms else ""
    return Cluster(canonical, tuple(sorted(group, key=repr)), code)


def resolve_orgs(
    items: Mapping[Item, OrgOccurrence],
    *,
    lexicons: Lexicons,
    overrides: Overrides | None = None,
    threshold: float = TOKEN_THRESHOLD,
    pair_cutoff: float = PAIR_CUTOFF,
) -> list[Cluster]:
    """Cluster organization occurrences ``(doc_id, key) -> OrgOccurrence`` into entities.

    Full names are clustered (:func:`~.clusters.cluster_names`); an item with only an acronym
    joins the one cluster its acronym stands for, else a group of its own acronym.

    Example: {("a", "ZISS"): OrgOccurrence("Zarkand Institute for Strategic Studies", "ZISS"),
    ("b", "Zarkand Institute of Strategic Studies"): OrgOccurrence("Zarkand Institute of Strategic Studies"),
    ("c", "ZISS"): OrgOccurrence("", "ZISS")} -> one cluster, canonical
    "Zarkand Institute for Strategic Studies", code "ZISS".
    """
    nodes = _org_nodes(items, lexicons, overrides or Overrides())
    clustered = cluster_names(
        nodes.node_of,
        _node_names(nodes),
        compatible=lambda a, b: compatible(a, b, threshold=threshold),
        text=lambda name: name.node_key,
        scorer=fuzz.token_sort_ratio,
        score_cutoff=pair_cutoff,
    )
    acronyms = _acronym_roots(items, nodes, clustered.root_of)

    def place(item: Item) -> Hashable:
        acr = (items[item].acronym or item[1]).lower()
        root = acronyms.root(acr)
        return root if root is not None else "acr:" + fold(acr)

    groups = group_items(items, clustered.root_of, place)
    return [_org_cluster(group, items, nodes) for group in groups]
