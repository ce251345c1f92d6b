"""Stage 2 helper for pipeline_policy: the cues that may match each sentence of a Doc, picked once per sentence.

A cue's pattern needs certain literal words (:func:`.lexicon.required_words`: one word of each group).
Testing all cues against every sentence, once for each rule that reads cues, cost more than the matches
themselves. :class:`SentenceCues` (built once per lexicon) indexes the cues by a word of their first group
and, per sentence, looks up the words the sentence holds: only the cues keyed by one of them (and those that
need no word) are tested, each once. ``SentenceCues(cues).of(s, s.lower())`` is exactly
``[c for c in cues if c.may_match(s, s.lower())]``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lexicon import Cue

# non-ASCII letters that a case-insensitive pattern matches to ASCII ones (Kelvin sign, long s, dotless and
# dotted i): a text holding one is not tested for required words
_CASE_FOLDS = re.compile("[\u212a\u017f\u0131\u0130]")


def case_folds(text: str) -> bool:
    """Whether ``text`` holds a letter that a case-insensitive pattern matches to an ASCII one."""
    return _CASE_FOLDS.search(text) is not None


class SentenceCues:
    """An index of ``cues``: :meth:`of` gives those (in their order) whose :meth:`Cue.may_match` holds for a
    sentence."""

    def __init__(self, cues: Sequence[Cue]) -> None:
        """Args:
            cues: the cues to pick from, in the lexicon's order.
        """
        self.cues = tuple(cues)
        self._free = tuple(k for k, c in enumerate(self.cues) if not c.words)  # no word required: always tested
        self._groups = tuple(tuple(frozenset(g) for g in c.words) for c in self.cues)
        keyed: dict[str, list[int]] = {}
        for k, c in enumerate(self.cues):
            for w in c.words[:1]:
                for word in w:
                    keyed.setdefault(word, []).append(k)
        self._keyed = keyed
        words = {word for c in self.cues for group in c.words for word in group}
        self._words = tuple(sorted(words))

    def of(self, text: str, lower: str) -> list[Cue]:
        """The cues that may match the sentence ``text`` (``lower`` = ``text.lower()``), in lexicon order."""
        if case_folds(text):  # a case-insensitive pattern may match other letters: only the gates filter
            return [c for c in self.cues if c.gate is None or c.gate.search(text) is not None]
        present = {w for w in self._words if w in lower}
        picked = set(self._free)
        for w in present:
            picked.update(self._keyed.get(w, ()))
        out = []
        for k in sorted(picked):
            c = self.cues[k]
            if all(not present.isdisjoint(g) for g in self._groups[k]) and (
                    c.gate is None or c.gate.search(text) is not None):
                out.append(c)
        return out
