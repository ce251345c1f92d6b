"""Stage 2 helper for ``pipeline_attribute_ruler``: the ruler's Matcher patterns, indexed by the token values they need.

:class:`PatternIndex` gives exactly the matches spaCy's :class:`~spacy.matcher.Matcher` gives for the
ruler's patterns (one-token patterns worked out once per combination of token values, longer ones tried
only around a token with a value they need); :func:`compile_pattern` raises :class:`Unindexable` for a
Matcher feature it does not reproduce (the ruler then uses spaCy's matcher).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

from spacy.attrs import IDS
from spacy.strings import StringStore
from spacy.tokens import Doc

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
        assert self.strings is not None, "a regex test reads strings"
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
    words, tags and dependencies repeat), trying only the patterns keyed by one of
    the combination's values (and those without a key). Longer patterns are keyed by one exact
    value one of their tokens needs (``attr == value`` or ``attr in {…}``) and
    checked only around a token that has it; a pattern without such a
    condition is tried everywhere.
    """

    _MEMO_LIMIT = 200_000

    def __init__(self, patterns: Iterable[_Pattern]) -> None:
        patterns = list(patterns)
        single = [p for p in patterns if len(p.tokens) == 1]
        self.single_attrs = tuple(sorted({t.attr for p in single for t in p.tokens[0]}))
        self._memo: dict[tuple, tuple[int, ...]] = {}
        # a combination of values not seen before tries only the one-token patterns keyed by one of its values
        self._single_by_value, self._single_everywhere = _by_anchor(single)
        self.by_value, self.everywhere = _by_anchor(p for p in patterns if len(p.tokens) > 1)
        multi_attrs = {t.attr for p in patterns if len(p.tokens) > 1 for tests in p.tokens for t in tests}
        self.attrs = tuple(sorted(set(self.single_attrs) | multi_attrs))

    def match(self, doc: Doc) -> set[tuple[int, int, int]]:
        """(rule, start, end) of every pattern match in ``doc``."""
        if not self.attrs or not len(doc):
            return set()
        columns = self._columns(doc)
        found = {(rule, start, start + 1)
                 for start, rules in enumerate(self._single_matches(columns)) for rule in rules}
        found.update(self._longer_matches(columns, len(doc)))
        return found

    def rules_per_token(self, doc: Doc, targets: Sequence[int]) -> list[tuple[int, ...]] | None:
        """For each token, the rules whose match sets its attributes, in rule order (the order spaCy's
        ruler sets them); ``targets``: each rule's token index within its match (0, 1, -1 ...). None when
        a match has no such token (spaCy's ruler raises E1001 there)."""
        if not self.attrs or not len(doc):
            return []
        columns = self._columns(doc)
        per_token = self._single_matches(columns)
        if any(targets[rule] not in (0, -1) for rules in set(per_token) for rule in rules):
            return None
        extra: dict[int, set[int]] = {}
        for rule, start, end in self._longer_matches(columns, len(doc)):
            target = (start if targets[rule] >= 0 else end) + targets[rule]
            if not start <= target < end:
                return None
            extra.setdefault(target, set()).add(rule)
        for target, rules in extra.items():
            per_token[target] = tuple(sorted(rules.union(per_token[target])))
        return per_token

    def _columns(self, doc: Doc) -> dict[str, list[int]]:
        rows = doc.to_array([IDS[attr] for attr in self.attrs]).T.tolist()
        return dict(zip(self.attrs, rows, strict=False))

    def _single_matches(self, columns: dict[str, list[int]]) -> list[tuple[int, ...]]:
        """The rules of the one-token patterns each token matches (sorted)."""
        memo = self._memo
        if len(memo) > self._MEMO_LIMIT:
            memo.clear()
        out = []
        for values in zip(*(columns[attr] for attr in self.single_attrs), strict=False):
            rules = memo.get(values)
            if rules is None:
                rules = memo[values] = self._single_rules(values)
            out.append(rules)
        return out

    def _longer_matches(self, columns: dict[str, list[int]], n_tokens: int) -> Iterator[tuple[int, int, int]]:
        """(rule, start, end) of the matches of the patterns of two tokens or more."""
        anchored = [(columns[attr], table) for attr, table in self.by_value.items()]
        for position in range(n_tokens if anchored else 0):
            for column, table in anchored:
                for pattern, offset in table.get(column[position], ()):
                    start = position - offset
                    if start >= 0 and pattern.matches(columns, start, n_tokens):
                        yield pattern.rule, start, start + len(pattern.tokens)
        for start in range(n_tokens if self.everywhere else 0):
            for pattern in self.everywhere:
                if pattern.matches(columns, start, n_tokens):
                    yield pattern.rule, start, start + len(pattern.tokens)

    def _single_rules(self, values: tuple) -> tuple[int, ...]:
        """Rules whose one-token patterns a token with these attribute values matches."""
        columns = {attr: [value] for attr, value in zip(self.single_attrs, values, strict=False)}
        keyed = (pattern for attr, table in self._single_by_value.items()
                 for pattern, _ in table.get(columns[attr][0], ()))
        return tuple(sorted({p.rule for p in chain(keyed, self._single_everywhere) if p.matches(columns, 0, 1)}))


_ByValue = dict[str, dict[Any, list[tuple[_Pattern, int]]]]  # attribute -> value -> (pattern, token offset)


def _by_anchor(patterns: Iterable[_Pattern]) -> tuple[_ByValue, list[_Pattern]]:
    """The patterns keyed by the exact value (or each of the values) one of their tokens needs (:func:`_anchor`),
    with that token's offset; and the patterns without such a condition, to be tried everywhere."""
    by_value: _ByValue = {}
    everywhere: list[_Pattern] = []
    for pattern in patterns:
        anchor = _anchor(pattern.tokens)
        if anchor is None:
            everywhere.append(pattern)
            continue
        offset, test = anchor
        table = by_value.setdefault(test.attr, {})
        for value in (test.value,) if test.kind == "eq" else test.value:
            table.setdefault(value, []).append((pattern, offset))
    return by_value, everywhere


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
