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

from .blocking import candidate_pairs
from .clusters import Cluster, ConstrainedClusters, Overrides, choose_canonical, fold
from .translit import ascii_fold, block_letter, initial_matches, token_key

TOKEN_THRESHOLD = 85.0  # min fuzz.ratio of two name words (transliteration keys) to count as one word
PAIR_CUTOFF = 80.0  # min fuzz.token_set_ratio of two names to be checked as a candidate pair
_SHORT_WORD = 4  # words this short must match exactly
_FEMININE = (("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("ski", "skaia"), ("ii", "aia"))
_INITIALS = re.compile(r"^(?:[A-Za-z]\.?){1,3}$")
_INITIAL_KEY = {"y": "i", "w": "v", "q": "k", "x": "k", "zh": "j", "dzh": "j", "kh": "h", "ye": "e"}
_DIGRAPH_INITIAL = re.compile(r"^(?:Dzh|Kh|Zh|Ch|Sh|Ts|Yu|Ya|Ye)\.$")

Item = Hashable  # (doc_id, key)


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


def _representatives(items: Mapping[Item, int], parsed: Mapping[Item, PersonName]) -> dict[str, PersonName]:
    reps: dict[str, PersonName] = {}
    for item in sorted(items, key=repr):
        reps.setdefault(parsed[item].node_key, parsed[item])
    return reps


def resolve_persons(
    items: Mapping[Item, int],
    *,
    titles: frozenset[str] = frozenset(),
    overrides: Overrides | None = None,
    threshold: float = TOKEN_THRESHOLD,
    pair_cutoff: float = PAIR_CUTOFF,
) -> list[Cluster]:
    """Cluster person-name occurrences ``(doc_id, name) -> weight`` into entities.

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
    overrides = overrides or Overrides()
    parsed: dict[Item, PersonName] = {}
    forced: dict[Item, str] = {}
    node_of: dict[Item, str] = {}
    for item in items:
        name = item[1]
        target = overrides.canonical_for("PERSON", name)
        if target:
            forced[item] = target
        pn = PersonName.parse(target or name, titles)
        parsed[item] = pn
        if overrides.is_separate("PERSON", name):
            node_of[item] = "!" + fold(name)
        elif pn.is_full or target:
            node_of[item] = pn.node_key
    full_items = [i for i in items if i in node_of]
    reps = _representatives({i: items[i] for i in full_items}, parsed)
    nodes = sorted(set(node_of.values()))
    index = {k: n for n, k in enumerate(nodes)}
    node_names = [reps.get(k) or parsed[next(i for i in full_items if node_of[i] == k)] for k in nodes]
    separate = [k.startswith("!") for k in nodes]

    def ok(i: int, j: int) -> bool:
        return not (separate[i] or separate[j]) and compatible(node_names[i], node_names[j], threshold=threshold)

    cc = ConstrainedClusters(len(nodes), ok)
    fuzzy = [n for n in range(len(nodes)) if not separate[n]]
    pairs = candidate_pairs(
        [" ".join(sorted(node_names[n].keys)) for n in fuzzy],
        [node_names[n].block_keys() for n in fuzzy],
        scorer=fuzz.token_set_ratio,
        score_cutoff=pair_cutoff,
    )
    cc.merge_pairs((s, fuzzy[i], fuzzy[j]) for s, i, j in pairs)
    root_of = {item: cc.find(index[node_of[item]]) for item in full_items}

    # short names: the one fitting cluster in the same document, else in the corpus
    members: dict[int, list[int]] = defaultdict(list)
    for n in range(len(nodes)):
        members[cc.find(n)].append(n)
    by_doc: dict[Hashable, set[int]] = defaultdict(set)
    by_word: dict[str, set[int]] = defaultdict(set)
    root_words: dict[int, set[str]] = defaultdict(set)
    for item, root in root_of.items():
        by_doc[item[0]].add(root)
        for k in parsed[item].names:
            by_word[k].add(root)
            root_words[root].add(k)

    def fits(short: PersonName, root: int) -> bool:
        surname = short.names[-1]
        if surname not in root_words[root] and not any(
            words_match(surname, False, k, False, threshold=threshold) for k in root_words[root]
        ):
            return False
        return any(compatible(short, node_names[n], threshold=threshold) for n in members[root])

    groups: dict[object, list[Item]] = defaultdict(list)
    for item, root in root_of.items():
        groups[root].append(item)
    for item in sorted(set(items) - set(root_of), key=repr):
        pn = parsed[item]
        root = None
        if pn.names:
            in_doc = {r for r in by_doc[item[0]] if fits(pn, r)}
            corpus = in_doc or {r for r in by_word.get(pn.names[-1], ()) if fits(pn, r)}
            if len(corpus) == 1:
                root = next(iter(corpus))
        groups[root if root is not None else "short:" + (pn.node_key or fold(item[1]))].append(item)

    clusters = []
    for group in groups.values():
        forced_names = [(forced[i], items[i]) for i in group if i in forced]
        full = [(parsed[i].display, items[i]) for i in group if parsed[i].is_full and i not in forced]
        forms = forced_names or full or [(parsed[i].display or i[1], items[i]) for i in group]
        clusters.append(Cluster(tidy(choose_canonical(forms)), tuple(sorted(group, key=repr))))
    return clusters
