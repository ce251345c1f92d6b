"""Stage 2 helper for pipeline_country_ruler: the lexicon's phrases found in a Doc's token table.

spaCy's ``PhraseMatcher`` needs a Doc per phrase: building one for each of the ~3,400 country
patterns makes a lexeme for every new word and checks every pattern Doc's annotations, ~0.1-0.2 s
in every process that loads the pipeline. :class:`Phrases` does the same matching from the phrases'
token texts alone (saved with the pipeline, so a load neither tokenizes nor makes Docs): a trie of
string hashes, walked from the tokens that can start a phrase, which the Doc's token table
(:mod:`..tokens`) finds in one array operation. Like ``PhraseMatcher``, it returns every match,
overlapping ones too, one per key and token range.

    phrases = Phrases("lower")
    phrases.add(("name", "KGZ"), ["Kyrgyz", "Republic"])
    phrases(nlp("The kyrgyz republic joined.")) -> [(("name", "KGZ"), 1, 3)]
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, Generic, TypeVar

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..tokens import token_table

K = TypeVar("K", bound=Hashable)
_END = -1  # the trie key under which a node keeps the keys of the phrases ending there (hashes are >= 0)


class Phrases(Generic[K]):
    """Phrases (token texts) with keys, matched on a token-table column: ``"lower"`` (case-insensitive)
    or ``"orth"`` (exact)."""

    def __init__(self, column: str) -> None:
        self.column = column
        self._trie: dict[int, Any] = {}
        self._first: np.ndarray | None = None  # sorted hashes of the words a phrase can start with (when needed)

    def __len__(self) -> int:
        return len(self._trie)

    def add(self, key: K, words: Sequence[str]) -> None:
        """Add the phrase of the token texts ``words`` under ``key`` (one phrase may have several keys)."""
        node = self._trie
        for word in words:
            node = node.setdefault(get_string_id(word.lower() if self.column == "lower" else word), {})
        node.setdefault(_END, {})[key] = None  # a dict: the keys in the order they were added
        self._first = None

    def __call__(self, doc: Doc) -> list[tuple[K, int, int]]:
        """(key, start, end) of every occurrence of every phrase in ``doc``, by start."""
        if self._first is None:
            self._first = np.array(sorted(self._trie), dtype=np.uint64)
        table = token_table(doc)
        column = table.column(self.column)
        values: list[int] | None = None
        found: list[tuple[K, int, int]] = []
        for start in table.having(self.column, self._first):
            values = values if values is not None else column.tolist()
            node = self._trie[values[start]]
            end = start + 1
            while True:
                found += [(key, start, end) for key in node.get(_END, ())]
                if end == len(values) or values[end] not in node:
                    break
                node = node[values[end]]
                end += 1
        return found
