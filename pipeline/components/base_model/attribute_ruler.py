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
different result, at worst the old speed. The index lives in ``pattern_index.py``.

Setting the attributes: every token matches a tag rule (~1.3 matches per token), and spaCy's
``set_annotations`` makes a Span per match and reads it twice. :meth:`IndexedAttributeRuler.__call__`
gives each token the attributes of the rules that match it, merged in rule order once per combination
of rules (the final values of setting them match by match, since the rules set token attributes only);
``set_annotations`` itself sets them match by match on the token directly.

:func:`use_indexed_attribute_ruler` swaps it in for a loaded model's ruler
(``nlp.assemble`` does that), keeping the component's name and position.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import cast

from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import attribute_ruler_score
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

from .pattern_index import PatternIndex, Unindexable, compile_pattern

__all__ = ["IndexedAttributeRuler", "PatternIndex", "Unindexable", "compile_pattern", "use_indexed_attribute_ruler"]

# the attributes a rule may set for __call__ to merge them per token: token fields, which
# set_token_attrs also tries on the token's lexeme, where they do not exist (a lexeme attribute such
# as NORM or a flag is shared by every token of the word: set in match order, spaCy's way)
_TOKEN_ATTRS = frozenset(IDS[name] for name in ("POS", "TAG", "MORPH", "LEMMA", "DEP", "ENT_TYPE", "ENT_IOB"))


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
        self._merged: dict[tuple[int, ...], dict] = {}  # rules -> their attributes, merged in rule order
        self._token_only: bool | None = None

    def clear(self) -> None:
        super().clear()
        self._index, self._indexable = None, True
        self._merged, self._token_only = {}, None

    def add(self, patterns: Iterable[list[dict]], attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._index = None
        self._merged, self._token_only = {}, None

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        index = self._pattern_index()
        if index is None:
            return super().match(doc)
        keys = self._match_keys
        return sorted((rule, keys[rule], start, end) for rule, start, end in index.match(doc))

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes of every match, as spaCy's ruler does: each token gets the attributes of the
        rules that match it, in rule order, merged once per combination of rules (the same final values
        as setting them match by match: the rules set token attributes only, never a shared lexeme's)."""
        index = self._pattern_index()
        if index is None or not self._token_attrs_only():
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            per_token = index.rules_per_token(doc, self.indices)
            if per_token is None:  # a target outside its match: spaCy's way raises E1001
                return super().__call__(doc)
            merged = self._merged
            for i, rules in enumerate(per_token):
                if rules:
                    attrs = merged.get(rules)
                    if attrs is None:
                        attrs = merged[rules] = {k: v for rule in rules for k, v in self.attrs[rule].items()}
                    set_token_attrs(doc[i], attrs)
            return doc
        except Exception as e:  # noqa: BLE001 - spaCy's own error-handler contract
            return error_handler(self.name, self, [doc], e)

    def _token_attrs_only(self) -> bool:
        """Whether every rule sets token attributes only (no lexeme attribute, no extension)."""
        if self._token_only is None:
            self._token_only = all(set(attrs) <= _TOKEN_ATTRS for attrs in self.attrs)
        return self._token_only

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """Set each match's attributes on its target token, as spaCy's ruler does, without making a Span
        and reading it twice per match.

        The same calls in the same order (``set_token_attrs`` on the same token with the same attributes),
        so the same annotations; a target outside its match is left to spaCy's method, which raises E1001.
        """
        for attr_id, _, start, end in matches:
            index = self.indices[attr_id]
            target = (start if index >= 0 else end) + index
            if not start <= target < end:
                super().set_annotations(doc, matches)
                return
            set_token_attrs(doc[target], self.attrs[attr_id])

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
    patterns = cast(AttributeRuler, nlp.get_pipe(name)).patterns
    config = nlp.config["components"][name]
    ruler = nlp.replace_pipe(
        name, "pipeline_attribute_ruler", config={"validate": config.get("validate", False), "scorer": config["scorer"]}
    )
    cast(IndexedAttributeRuler, ruler).add_patterns(patterns)
    return True
