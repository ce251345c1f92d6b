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

from .blocking import candidate_pairs
from .clusters import Cluster, ConstrainedClusters, Overrides, choose_canonical, fold
from .lexicons import Lexicons
from .translit import token_key, words

TOKEN_THRESHOLD = 85.0  # min fuzz.ratio of two content words (folded keys) to count as one word
PAIR_CUTOFF = 85.0  # min fuzz.token_sort_ratio of two names to be checked as a candidate pair
_SHORT_WORD = 4

Item = Hashable  # (doc_id, key)


@dataclass(frozen=True, slots=True)
class OrgOccurrence:
    """What a document says about one organization key: full name and/or acronym, and how often."""

    full: str = ""
    acronym: str = ""
    weight: int = 1


def is_acronym(text: str) -> bool:
    """'CSTO', 'KazISS', 'SCO' are acronyms; 'NATO summit' and 'Institute' are not."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(text) <= 10 and " " not in text and sum(c.isupper() for c in letters) >= max(2, len(letters) - 2)


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
    ('center', 'strategic', 'study')
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
            head = all_words[: len(all_words) - 1 - all_words[::-1].index("of")]
            initials.add("".join(w[0] for w in head if w not in lex.org_stopwords))
        for i, w in enumerate(content[:-1]):  # "Zarkand Institute for Strategic Studies" -> ZarISS
            if len(w) > 3:
                rest = "".join(x[0] for x in content[i + 1 :])
                initials.update({w[:2] + rest, w[:3] + rest})
        if len(content) > 2 and len(content[-1]) > 3:  # "Council on Trade Policy of Zarkand" -> ZarCTP
            head = "".join(x[0] for x in content[:-1])
            initials.update({content[-1][:2] + head, content[-1][:3] + head})
        initials = frozenset(i for i in initials if len(i) >= 2)
        return cls(display, keys, initials)

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


def resolve_orgs(
    items: Mapping[Item, OrgOccurrence],
    *,
    lexicons: Lexicons,
    overrides: Overrides | None = None,
    threshold: float = TOKEN_THRESHOLD,
    pair_cutoff: float = PAIR_CUTOFF,
) -> list[Cluster]:
    """Cluster organization occurrences ``(doc_id, key) -> OrgOccurrence`` into entities.

    Example: {("a", "ZISS"): OrgOccurrence("Zarkand Institute for Strategic Studies", "ZISS"),
    ("b", "Zarkand Institute of Strategic Studies"): OrgOccurrence("Zarkand Institute of Strategic Studies"),
    ("c", "ZISS"): OrgOccurrence("", "ZISS")} -> one cluster, canonical
    "Zarkand Institute for Strategic Studies", code "ZISS".
    """
    overrides = overrides or Overrides()
    full: dict[Item, OrgName] = {}
    forced: dict[Item, str] = {}
    node_of: dict[Item, str] = {}
    for item in sorted(items, key=repr):
        occ = items[item]
        names = [n for n in (item[1], occ.full, occ.acronym) if n]
        target = next((t for t in map(lambda n: overrides.canonical_for("ORG", n), names) if t), None)
        if target:
            forced[item] = target
        name = target or occ.full
        if not name:
            continue
        full[item] = OrgName.parse(name, lexicons)
        sep = any(overrides.is_separate("ORG", n) for n in names)
        node_of[item] = "!" + fold(name) if sep else full[item].node_key or "!" + fold(name)
    nodes = sorted(set(node_of.values()))
    index = {k: n for n, k in enumerate(nodes)}
    reps: dict[str, OrgName] = {}
    for item in sorted(full, key=repr):
        reps.setdefault(node_of[item], full[item])
    node_names = [reps[k] for k in nodes]
    separate = [k.startswith("!") for k in nodes]

    def ok(i: int, j: int) -> bool:
        return not (separate[i] or separate[j]) and compatible(node_names[i], node_names[j], threshold=threshold)

    cc = ConstrainedClusters(len(nodes), ok)
    fuzzy = [n for n in range(len(nodes)) if not separate[n]]
    pairs = candidate_pairs(
        [node_names[n].node_key for n in fuzzy],
        [node_names[n].block_keys() for n in fuzzy],
        scorer=fuzz.token_sort_ratio,
        score_cutoff=pair_cutoff,
    )
    cc.merge_pairs((s, fuzzy[i], fuzzy[j]) for s, i, j in pairs)
    root_of = {item: cc.find(index[node]) for item, node in node_of.items()}

    explicit: dict[str, Counter[int]] = defaultdict(Counter)
    derived: dict[str, set[int]] = defaultdict(set)
    for item, root in root_of.items():
        acr = items[item].acronym
        if acr and item not in forced:
            explicit[acr.lower()][root] += 1
        for ini in full[item].initials:
            if len(ini) >= 2:
                derived[ini].add(root)

    groups: dict[object, list[Item]] = defaultdict(list)
    for item, root in root_of.items():
        groups[root].append(item)
    for item in sorted(set(items) - set(root_of), key=repr):
        acr = (items[item].acronym or item[1]).lower()
        roots = set(explicit.get(acr, ())) or derived.get(acr, set())
        groups[next(iter(roots)) if len(roots) == 1 else "acr:" + fold(acr)].append(item)

    clusters = []
    for group in groups.values():
        forced_names = [(forced[i], items[i].weight) for i in group if i in forced]
        names = [(full[i].display, items[i].weight) for i in group if i in full and i not in forced]
        acronyms = [(items[i].acronym or i[1], items[i].weight) for i in group
                    if i not in full or items[i].acronym]
        acronyms = [(a, w) for a, w in acronyms if is_acronym(a)]
        canonical = choose_canonical(forced_names or names or acronyms or [(i[1], 1) for i in group])
        code = choose_canonical(acronyms) if acronyms else ""
        clusters.append(Cluster(canonical, tuple(sorted(group, key=repr)), code))
    return clusters
