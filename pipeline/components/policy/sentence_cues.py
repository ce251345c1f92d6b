"""Stage 2 helper for pipeline_policy: the cues that may match each sentence of a Doc, picked once per sentence.

A cue's pattern needs certain literal words (:func:`.lexicon.necessary_words`: one word of each group).
Testing all cues against every sentence, once for each rule that reads cues, and running the patterns of
cues whose words are everywhere ("is", "to"), cost more than the matches themselves. :class:`SentenceCues`
(built once per lexicon) indexes the cues by the words of their rarest group and, per sentence, looks up
the words the sentence holds: only the cues keyed by one of them (and those that need no word) are tested,
each once. The keys a sentence holds are found in one pass over it (:func:`_longest_word`, a trie of the
keys), not by a substring test per key. ``SentenceCues(entries).of(s, s.lower())`` holds every cue whose
pattern matches ``s`` and none that :meth:`.lexicon.Cue.may_match` rejects.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lexicon import Cue

# non-ASCII letters that a case-insensitive pattern matches to ASCII ones (Kelvin sign, long s, dotless and
# dotted i): a text holding one is not tested for required words
_CASE_FOLDS = re.compile("[\u212a\u017f\u0131\u0130]")


@lru_cache(maxsize=1)  # the cues of a sentence ask in turn about the same text
def case_folds(text: str) -> bool:
    """Whether ``text`` holds a letter that a case-insensitive pattern matches to an ASCII one."""
    return _CASE_FOLDS.search(text) is not None


def _longest_word(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern that matches (empty) at every position where one of ``words`` starts, its group 1 the longest
    of them there: a trie of the words, each node's longer continuations tried before the word that ends at it."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def body(node: dict[str, dict]) -> str:
        alternatives = [re.escape(ch) + body(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        inner = "|".join(alternatives)
        if "" in node:
            return f"(?:{inner})?"
        return inner if len(alternatives) == 1 else f"(?:{inner})"
    return re.compile(f"(?=({body(trie)}))")


class SentenceCues:
    """An index of ``cues``: :meth:`of` gives those (in their order) whose :meth:`Cue.may_match` holds for a
    sentence."""

    def __init__(self, entries: Sequence[tuple[Cue, tuple[tuple[str, ...], ...]]]) -> None:
        """Args:
            entries: the cues to pick from, in the lexicon's order, each with the words its pattern needs (one of
                each group, lower case: :func:`.lexicon.necessary_words`, which include the cue's own ``words``).
        """
        self.cues = tuple(c for c, _ in entries)
        groups = [g for _, g in entries]
        self._free = tuple(k for k, g in enumerate(groups) if not g)  # no word required: always tested
        self._groups = tuple(groups)
        keyed: dict[str, list[int]] = {}
        for k, g in enumerate(groups):
            if g:  # keyed by its group of the longest shortest word: the rarest, as a rule
                for word in max(g, key=lambda words: min(len(w.strip()) for w in words)):
                    keyed.setdefault(word, []).append(k)
        self._keyed = keyed
        # the keys that a key starts with (itself too): those that also start where it was found
        self._prefixes = {w: tuple(w[:n] for n in range(len(w) + 1) if w[:n] in keyed) for w in keyed}

    @cached_property
    def _longest(self) -> re.Pattern[str]:
        """The trie of the keys (:func:`_longest_word`), compiled on first use: a worker's load compiles none."""
        return _longest_word(self._keyed)

    def keys_in(self, lower: str) -> set[str]:
        """The words the cues are keyed by that occur in ``lower`` (anywhere, as ``w in lower`` tests)."""
        return {p for w in self._longest.findall(lower) for p in self._prefixes[w]}

    def of(self, text: str, lower: str) -> list[Cue]:
        """The cues that may match the sentence ``text`` (``lower`` = ``text.lower()``), in lexicon order."""
        if case_folds(text):  # a case-insensitive pattern may match other letters: only the gates filter
            return [c for c in self.cues if c.gate is None or c.gate.search(text) is not None]
        picked = set(self._free)
        for w in self.keys_in(lower):
            picked.update(self._keyed[w])
        out = []
        for k in sorted(picked):
            c = self.cues[k]
            if all(any(w in lower for w in g) for g in self._groups[k]) and (
                    c.gate is None or c.gate.search(text) is not None):
                out.append(c)
        return out
