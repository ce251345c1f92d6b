"""Stage 2 helper for pipeline_policy: a Doc's token attributes as lists, for rules that scan token ranges.

A rule that walks ``doc[start:end]`` and reads ``t.lower_`` makes a Token and decodes a string per token
and attribute. :class:`Words` hands out the per-Doc lists of :mod:`..tokens` (each read once per Doc, on
first use, and shared with the other components), so such a rule indexes lists:
``Words(doc).lower[i] == doc[i].lower_``; dependency labels are compared as ids
(``Words(doc).dep[i] == dep_id("nsubj")``), which needs no decoding.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..tokens import token_hashes, token_numbers, token_strings


def dep_id(label: str) -> int:
    """The id a dependency label has in :attr:`Words.dep` (spaCy's symbol id, or the string's hash)."""
    return int(get_string_id(label))


class Words:
    """Per token of a Doc: ``lower_``, ``text``, ``pos_``, the ``dep`` id, and ``is_punct`` / ``is_space`` as 0/1.
    Each list is read when first asked for (bind it to a local name in a loop)."""

    __slots__ = ("doc",)

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @property
    def lower(self) -> list[str]:
        return token_strings(self.doc, "lower")

    @property
    def text(self) -> list[str]:
        return token_strings(self.doc, "orth")

    @property
    def pos(self) -> list[str]:
        return token_strings(self.doc, "pos")

    @property
    def dep(self) -> list[int]:
        return token_hashes(self.doc, "dep")

    @property
    def is_punct(self) -> list[int]:
        return token_numbers(self.doc, "is_punct")

    @property
    def is_space(self) -> list[int]:
        return token_numbers(self.doc, "is_space")
