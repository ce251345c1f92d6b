"""Stage 2 component ``pipeline_attribute_ruler``: spaCy's attribute ruler, matched faster.

The base model's ``attribute_ruler`` maps fine-grained tags to coarse POS and
morphology and fixes exceptions ("ai n't" → lemma "be", aux dependents → AUX).
spaCy runs its ~180 patterns through a general :class:`~spacy.matcher.Matcher`
that tries every pattern at every token and calls Python predicates for each
``IN``/``NOT_IN``/``REGEX`` value: about 15% of the whole base model's time.

:class:`IndexedAttributeRuler` is the same component (a subclass: same patterns,
same ``set_annotations``, same serialization) whose :meth:`match` works out the
rules a one-token pattern matches once per combination of token values, and
tries a longer pattern only around a token with an exact value it needs (its
LOWER, DEP, ...). It returns exactly the match list spaCy's matcher
gives (tests compare both on real text), so every token gets the same POS,
morphology and lemma. Patterns it cannot index (operators, other predicates or
attributes) make it use spaCy's matcher for the whole document: never a
different result, at worst the old speed.

:func:`use_indexed_attribute_ruler` swaps it in for a loaded model's ruler
(``nlp.assemble`` does that), keeping the component's name and position.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import attribute_ruler_score
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.vocab import Vocab

# Matcher attributes the index reproduces: ``Doc.to_array`` gives their string ids
# (or 0/1 for the flags), exactly what spaCy's matcher compares. A longer pattern is
# keyed by the first of these its tokens need an exact value of (the more distinct
# an attribute's values, the fewer candidates per token).
_STRING_ATTRS = ("ORTH", "LOWER", "NORM", "LEMMA", "DEP", "TAG", "ENT_TYPE", "SHAPE")
_FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_TITLE", "IS_UPPER", "IS_LOWER", "LIKE_NUM")


class Unindexable(ValueError):
    """A pattern uses a Matcher feature the index does not reproduce."""


@dataclass(frozen=True)
class _Test:
    """One attribute condition of one pattern token, over string ids: equal / in / not in / regex."""

    attr: str
    kind: str  # "eq", "in", "not_in", "regex"
    value: Any  # an id, a frozenset of ids, or a compiled regex
    strings: StringStore | None = None  # to read the string a regex searches

    def __call__(self, value: int) -> bool:
        if self.kind == "eq":
            return value == self.value
        if self.kind == "in":
            return value in self.value
        if self.kind == "not_in":
            return value not in self.value
        return self.value.search(self.strings[value]) is not None


@dataclass(frozen=True)
class _Pattern:
    """One token-sequence pattern of rule ``rule`` (the ruler's attribute-set index)."""

    rule: int
    tokens: tuple[tuple[_Test, ...], ...]

    def matches(self, columns: dict[str, list[int]], start: int, n_tokens: int) -> bool:
        if start + len(self.tokens) > n_tokens:
            return False
        for offset, tests in enumerate(self.tokens):
            for test in tests:
                if not test(columns[test.attr][start + offset]):
                    return False
        return True


def _value_id(attr: str, value: Any, strings: StringStore) -> int:
    if attr in _FLAG_ATTRS:
        if not isinstance(value, bool):
            raise Unindexable(f"{attr}: {value!r}")
        return int(value)
    if not isinstance(value, str):
        raise Unindexable(f"{attr}: {value!r}")
    return strings.add(value)


def _compile_value(attr: str, value: Any, strings: StringStore) -> list[_Test]:
    if not isinstance(value, dict):
        return [_Test(attr, "eq", _value_id(attr, value, strings))]
    if not value:
        raise Unindexable(f"{attr}: {value!r}")
    tests = []
    for op, arg in value.items():
        if op in ("IN", "NOT_IN") and isinstance(arg, list):
            tests.append(_Test(attr, op.lower(), frozenset(_value_id(attr, a, strings) for a in arg)))
        elif op == "REGEX" and isinstance(arg, str) and attr in _STRING_ATTRS:
            tests.append(_Test(attr, "regex", re.compile(arg), strings))
        else:
            raise Unindexable(f"{attr}: {op}")
    return tests


def compile_pattern(rule: int, pattern: list[dict], strings: StringStore) -> _Pattern:
    """One Matcher pattern as tests per token; :class:`Unindexable` for features we do not index."""
    if not pattern:
        raise Unindexable("empty pattern")
    tokens = []
    for spec in pattern:
        tests: list[_Test] = []
        for key, value in spec.items():
            attr = "ORTH" if str(key).upper() == "TEXT" else str(key).upper()
            if attr not in _STRING_ATTRS and attr not in _FLAG_ATTRS:
                raise Unindexable(attr)
            tests.extend(_compile_value(attr, value, strings))
        if not tests:
            raise Unindexable("wildcard token")
        tokens.append(tuple(tests))
    return _Pattern(rule, tuple(tokens))


class PatternIndex:
    """The patterns of a ruler, arranged to find their matches quickly.

    One-token patterns (nearly all of them) depend only on the token's values of
    the attributes they test, so the rules a combination of values matches are
    worked out once and remembered (``_memo``; the combinations of a language's
    words, tags and dependencies repeat). Longer patterns are keyed by one exact
    value one of their tokens needs (``attr == value`` or ``attr in {…}``) and
    checked only around a token that has it; a pattern without such a
    condition is tried everywhere.
    """

    _MEMO_LIMIT = 200_000

    def __init__(self, patterns: Iterable[_Pattern]) -> None:
        patterns = list(patterns)
        single = [p for p in patterns if len(p.tokens) == 1]
        self.single_attrs = tuple(sorted({t.attr for p in single for t in p.tokens[0]}))
        self._single = single
        self._memo: dict[tuple, tuple[int, ...]] = {}
        self.by_value: dict[str, dict[Any, list[tuple[_Pattern, int]]]] = {}
        self.everywhere: list[_Pattern] = []
        for pattern in patterns:
            if len(pattern.tokens) == 1:
                continue
            anchor = _anchor(pattern.tokens)
            if anchor is None:
                self.everywhere.append(pattern)
                continue
            offset, test = anchor
            table = self.by_value.setdefault(test.attr, {})
            for value in (test.value,) if test.kind == "eq" else test.value:
                table.setdefault(value, []).append((pattern, offset))
        multi_attrs = {t.attr for p in patterns if len(p.tokens) > 1 for tests in p.tokens for t in tests}
        self.attrs = tuple(sorted(set(self.single_attrs) | multi_attrs))

    def match(self, doc: Doc) -> set[tuple[int, int, int]]:
        """(rule, start, end) of every pattern match in ``doc``."""
        if not self.attrs or not len(doc):
            return set()
        rows = doc.to_array([IDS[attr] for attr in self.attrs]).T.tolist()
        columns = dict(zip(self.attrs, rows, strict=False))
        n_tokens = len(doc)
        found: set[tuple[int, int, int]] = set()
        memo = self._memo
        if len(memo) > self._MEMO_LIMIT:
            memo.clear()
        for start, values in enumerate(zip(*(columns[attr] for attr in self.single_attrs), strict=False)):
            rules = memo.get(values)
            if rules is None:
                rules = memo[values] = self._single_rules(values)
            for rule in rules:
                found.add((rule, start, start + 1))
        anchored = [(columns[attr], table) for attr, table in self.by_value.items()]
        for position in range(n_tokens if anchored else 0):
            for column, table in anchored:
                for pattern, offset in table.get(column[position], ()):
                    start = position - offset
                    if start >= 0 and pattern.matches(columns, start, n_tokens):
                        found.add((pattern.rule, start, start + len(pattern.tokens)))
        for start in range(n_tokens if self.everywhere else 0):
            for pattern in self.everywhere:
                if pattern.matches(columns, start, n_tokens):
                    found.add((pattern.rule, start, start + len(pattern.tokens)))
        return found

    def _single_rules(self, values: tuple) -> tuple[int, ...]:
        """Rules whose one-token patterns a token with these attribute values matches."""
        columns = {attr: [value] for attr, value in zip(self.single_attrs, values, strict=False)}
        return tuple(sorted({p.rule for p in self._single if p.matches(columns, 0, 1)}))


def _anchor(tokens: tuple[tuple[_Test, ...], ...]) -> tuple[int, _Test] | None:
    """(token offset, test) to key a pattern by: an exact value (or set of values)
    one of its tokens needs, rarest attribute first, earliest token first."""
    usable = [
        (offset, test)
        for offset, tests in enumerate(tokens)
        for test in tests
        if test.kind in ("eq", "in") and test.attr in _STRING_ATTRS
    ]
    if not usable:
        return None
    return min(usable, key=lambda a: (_STRING_ATTRS.index(a[1].attr), a[1].kind != "eq", a[0]))


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's :class:`AttributeRuler` with an indexed :meth:`match` (same matches, faster)."""

    def __init__(
        self,
        vocab: Vocab,
        name: str = "attribute_ruler",
        *,
        validate: bool = False,
        scorer: Callable | None = attribute_ruler_score,
    ) -> None:
        super().__init__(vocab, name, validate=validate, scorer=scorer)
        self._index: PatternIndex | None = None
        self._indexable = True
        self._match_keys: list[int] = []  # the matcher's key (hash of the rule number) per rule

    def clear(self) -> None:
        super().clear()
        self._index, self._indexable = None, True

    def add(self, patterns: Iterable[list[dict]], attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._index = None

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        index = self._pattern_index()
        if index is None:
            return super().match(doc)
        keys = self._match_keys
        return sorted((rule, keys[rule], start, end) for rule, start, end in index.match(doc))

    def _pattern_index(self) -> PatternIndex | None:
        if self._index is None and self._indexable:
            try:
                self._index = PatternIndex(
                    compile_pattern(rule, pattern, self.vocab.strings)
                    for rule in range(len(self.attrs))
                    for pattern in self.matcher.get(str(rule))[1]
                )
            except Unindexable:
                self._indexable = False
            self._match_keys = [self.vocab.strings.add(str(rule)) for rule in range(len(self.attrs))]
        return self._index


def use_indexed_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace spaCy's ``attribute_ruler`` in ``nlp`` by :class:`IndexedAttributeRuler`
    with the same patterns, name and position. False (and nothing changed) when
    ``nlp`` has no such component or it is not spaCy's own."""
    if name not in nlp.pipe_names or type(nlp.get_pipe(name)) is not AttributeRuler:
        return False
    patterns = nlp.get_pipe(name).patterns
    config = nlp.config["components"][name]
    ruler = nlp.replace_pipe(
        name, "pipeline_attribute_ruler", config={"validate": config.get("validate", False), "scorer": config["scorer"]}
    )
    ruler.add_patterns(patterns)
    return True
