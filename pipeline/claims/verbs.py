"""Stage 3 helper: the tokens the claims tests look for in a unit (finite verbs, infinitives, punctuation), found
once per Doc.

Every candidate unit asks whether it has a verb of its own and how many words it has; asked token by token,
that makes a Token object and decodes its tag per token of every unit. :func:`verb_facts` reads the tags, heads
and punctuation flags of the whole Doc from its token table (:mod:`..components.tokens`, shared with our
components), keeps the token indices each test needs (in ``doc.user_data``, plain lists, so the Doc still
serializes), and each test bisects to its span.

    facts = verb_facts(doc)
    facts.has_predicate(3, 12)  # a finite verb or a "to"-infinitive among tokens 3 ... 11
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..components.tokens import per_doc, token_table, word_ids

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_FINITE_IDS = word_ids(FINITE_TAGS)  # sorted string hashes, as the token table holds them
_BASE_FORM = np.uint64(get_string_id("VB"))
_TO = np.uint64(get_string_id("to"))
_KEY = ("pipeline", "claims", "verbs")


class VerbFacts(NamedTuple):
    """Token indices of a Doc, in text order: ``finite`` (tags VBD, VBZ, VBP, MD), ``predicates`` (those and
    the base forms with a "to" among their children: "to intensify"), ``punct`` (punctuation)."""

    finite: list[int]
    predicates: list[int]
    punct: list[int]

    def has_finite(self, start: int, end: int) -> bool:
        """A finite verb among tokens ``start`` ... ``end - 1``."""
        return _any_in(self.finite, start, end)

    def has_predicate(self, start: int, end: int) -> bool:
        """A finite verb or a "to"-infinitive among tokens ``start`` ... ``end - 1``."""
        return _any_in(self.predicates, start, end)

    def words(self, start: int, end: int) -> int:
        """How many of tokens ``start`` ... ``end - 1`` are not punctuation."""
        return end - start - (bisect_left(self.punct, end) - bisect_left(self.punct, start))


def _any_in(indices: list[int], start: int, end: int) -> bool:
    k = bisect_left(indices, start)
    return k < len(indices) and indices[k] < end


def verb_facts(doc: Doc) -> VerbFacts:
    """The :class:`VerbFacts` of ``doc``, read on the first call and kept with the Doc."""
    return per_doc(doc, _KEY, _read)  # a tuple of lists, so the Doc still serializes


def _read(doc: Doc) -> VerbFacts:
    """The facts from the Doc's token table (shared with our components): a "to" among a base form's children is
    a token whose head (a relative offset in the table) is that base form."""
    if not len(doc):
        return VerbFacts([], [], [])
    table = token_table(doc)
    tags = table.column("tag")
    head = table.column("head").astype(np.int64)
    finite = table.indices("tag", _FINITE_IDS)
    to = ((table.column("lower") == _TO) & (head != 0)).nonzero()[0]
    heads = to + head[to]
    infinitives = heads[tags[heads] == _BASE_FORM]
    finite_list = finite.tolist()  # (the union sorted in Python: np.union1d's checks cost more on a Doc's few verbs)
    return VerbFacts(finite_list, sorted(set(finite_list).union(infinitives.tolist())),
                     table.column("is_punct").nonzero()[0].tolist())
