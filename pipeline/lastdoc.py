"""``LastDoc``: answers kept for the Doc asked about last.

Some rules ask the same question of the same Doc thousands of times (the subject of a verb, the matches of
a word list) from places that cannot pass a cache along. A ``LastDoc`` keeps one dict of answers for the
Doc it was last asked about, through a weak reference (it never keeps a Doc alive) and checked against the
Doc's length (a retokenized Doc starts afresh); asking about another Doc drops the answers. It is a memo of
pure functions of the Doc, like ``functools.lru_cache(maxsize=1)``: nothing read from it changes a result.

    _SUBJECTS = LastDoc()
    known = _SUBJECTS.answers(doc)      # {} for a Doc not asked about last
"""

from __future__ import annotations

import weakref
from typing import Any

from spacy.tokens import Doc


class LastDoc:
    """One dict of answers for the Doc asked about last."""

    __slots__ = ("_answers", "_ref", "_size")

    def __init__(self) -> None:
        self._ref: weakref.ref[Doc] | None = None
        self._size = -1
        self._answers: dict[Any, Any] = {}

    def answers(self, doc: Doc) -> dict[Any, Any]:
        """The answers kept for ``doc``: the same dict while ``doc`` is the Doc asked about last and keeps its
        length, a new empty one otherwise."""
        if self._ref is None or self._ref() is not doc or self._size != len(doc):
            self._ref, self._size, self._answers = weakref.ref(doc), len(doc), {}
        return self._answers
