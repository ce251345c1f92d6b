"""Stage 2 helper for the rulers: phrases found in a Doc's token table (the country ruler's lexicon, the forms an
organization's definition gives: "the Institute (IICA) ... IICA's experts").

spaCy's ``PhraseMatcher`` needs a Doc per phrase: building one for each of the ~3,400 country
patterns makes a lexeme for every new word and checks every pattern Doc's annotations, ~0.1-0.2 s
in every process that loads the pipeline. :class:`Phrases` does the same matching from the phrases'
token texts alone (saved with the pipeline, so a load neither tokenizes nor makes Docs): a trie of
string hashes, walked from the tokens that can start a phrase, which the Doc's token table
(:mod:`.tokens`) finds in one array operation. Like ``PhraseMatcher``, it returns every match,
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

from .tokens import token_table

K = TypeVar("K", bound=Hashable)
_END = -1  # the trie key under which a node keeps the keys of the phrases ending there (hashes are >= 0)


class Phrases(Generic[K]):
    """Phrases (token texts) with keys, matched on a token-table column: ``"lower"`` (case-insensitive)
    or ``"orth"`` (exact)."""

    def __init__(self, column: str) -> None:
        self.column = column
        self._trie: dict[int, Any] = {}
        self._first: np.ndarray | None = None  # sorted hashes of the words a phrase can start with (when needed)
        self._reach = np.arange(1)  # 0 ... the longest phrase's length - 1: the words read from each start

    def __len__(self) -> int:
        return len(self._trie)

    def add(self, key: K, words: Sequence[str]) -> None:
        """Add the phrase of the token texts ``words`` under ``key`` (one phrase may have several keys)."""
        node = self._trie
        for word in words:
            node = node.setdefault(get_string_id(word.lower() if self.column == "lower" else word), {})
        node.setdefault(_END, {})[key] = None  # a dict: the keys in the order they were added
        self._first = None
        if len(words) > len(self._reach):
            self._reach = np.arange(len(words))

    def __call__(self, doc: Doc) -> list[tuple[K, int, int]]:
        """(key, start, end) of every occurrence of every phrase in ``doc``, by start."""
        if self._first is None:
            self._first = np.array(sorted(self._trie), dtype=np.uint64)
        table = token_table(doc)
        starts = table.indices(self.column, self._first)
        if not len(starts):
            return []
        column = table.column(self.column)
        n, depth = len(column), len(self._reach)
        # the words from each start on, as far as the longest phrase reaches (past the Doc's end: its last word, never
        # read), read in one array operation instead of the whole column as a list
        rows = column[np.minimum(starts[:, None] + self._reach, n - 1)].tolist()
        found: list[tuple[K, int, int]] = []
        for start, row in zip(starts.tolist(), rows, strict=True):
            node = self._trie[row[0]]
            end = start + 1
            while True:
                found += [(key, start, end) for key in node.get(_END, ())]
                if end == n or end - start == depth or row[end - start] not in node:
                    break
                node = node[row[end - start]]
                end += 1
        return found
