"""Stage 2 helper for pipeline_attribution: which reported-speech pattern can start at which token.

Each :class:`Pattern` declares the words it can start from, each kind as a set of words or a function of
the lexicon giving one: lower-cased lemmas (``lemmas``), lower-case forms (``words``) or lower-case forms
without their last letter (``stems``: "pledges" tagged as a plural noun); a pattern that declares none runs
on every token.
:class:`Triggers` compiles the declarations for one lexicon and picks, per Doc, the tokens some pattern
can start from with array operations over the token table our components share (:mod:`..tokens`):
each distinct lemma and form of the Doc is looked up once, and what a string starts is remembered
across Docs by its hash (at most ``_MEMO_SIZE`` strings, then forgotten at once).

    triggers = Triggers([Pattern(speech, lemmas=attrgetter("speech_verbs"))], lexicon)
    for i, patterns in triggers.starts(ctx): ...   # "said" -> (speech,)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.strings import StringStore
from spacy.tokens import Token

from .content import Match
from .context import Context
from .lexicon import Lexicon

_MEMO_SIZE = 200_000  # strings whose patterns are remembered (a sorted array of their hashes: 1.6 MB)

Finder = Callable[[Token, Context], Iterator[Match]]
WordSet = Callable[[Lexicon], Iterable[str]] | frozenset[str]


@dataclass(frozen=True, slots=True)
class Pattern:
    """A reported-speech pattern (``find`` yields its matches at a token) and the words it starts from.

    ``interrupting``: the pattern's cue may stand inside its statement ("The museum, Mr. Obama said,
    would …", "according to X").
    """

    find: Finder
    lemmas: WordSet | None = None
    words: WordSet | None = None
    stems: WordSet | None = None
    interrupting: bool = False

    def declares_words(self) -> bool:
        return self.lemmas is not None or self.words is not None or self.stems is not None


def _bits(patterns: Sequence[Pattern], lex: Lexicon, kind: str) -> dict[str, int]:
    """word -> the patterns (bit k: ``patterns[k]``) whose ``kind`` word set holds it."""
    out: dict[str, int] = {}
    for k, pattern in enumerate(patterns):
        words = getattr(pattern, kind)
        for word in () if words is None else words if isinstance(words, frozenset) else words(lex):
            out[word] = out.get(word, 0) | 1 << k
    return out


class Triggers:
    """The patterns of one lexicon, with the words each starts from (built once, read for every Doc).

    What a string starts is looked up once (by its hash) and remembered: ``_known`` holds the sorted
    hashes looked up so far, ``_lemma_hits`` / ``_word_hits`` those that start some pattern as a lemma /
    as a lower-case form, ``_bits`` their patterns (bit k: ``patterns[k]``) as (lemma, form).
    """

    def __init__(self, patterns: Sequence[Pattern], lex: Lexicon) -> None:
        self.patterns = tuple(patterns)
        self._lemmas, self._words, self._stems = (_bits(self.patterns, lex, k) for k in ("lemmas", "words", "stems"))
        self._always = sum(1 << k for k, p in enumerate(self.patterns) if not p.declares_words())
        self._forget()
        self._chosen: dict[int, tuple[Pattern, ...]] = {}  # bits -> those patterns, in their order

    def _forget(self) -> None:
        self._known = self._lemma_hits = self._word_hits = np.empty(0, dtype=np.uint64)
        self._bits: dict[int, tuple[int, int]] = {}

    def starts(self, ctx: Context) -> list[tuple[int, tuple[Pattern, ...]]]:
        """(token index, the patterns that can start there, in their order) for every token some
        pattern can start from, in text order."""
        table = ctx.table
        if not len(table):
            return []
        lemma, lower = table.column("lemma"), table.column("lower")
        self._learn(np.concatenate((lemma, lower)), ctx.doc.vocab.strings)
        if self._always:
            hits = np.arange(len(table))
        else:
            hits = np.flatnonzero(_within(lemma, self._lemma_hits) | _within(lower, self._word_hits))
        bits, none = self._bits, (0, 0)
        rows = zip(hits.tolist(), lemma[hits].tolist(), lower[hits].tolist(), strict=True)
        return [(i, self._patterns(bits.get(a, none)[0] | bits.get(b, none)[1] | self._always)) for i, a, b in rows]

    def _learn(self, hashes: np.ndarray, strings: StringStore) -> None:
        """Look up the ``hashes`` not looked up before."""
        new = np.unique(hashes[~_within(hashes, self._known)])
        if not len(new):
            return
        if len(self._known) + len(new) > _MEMO_SIZE:
            self._forget()
            new = np.unique(hashes)
        lemma_hits, word_hits = [], []
        for h in new.tolist():
            s = strings[h]
            bits = (self._lemmas.get(s.lower(), 0), self._words.get(s, 0) | self._stems.get(s[:-1], 0))
            if bits != (0, 0):
                self._bits[h] = bits
                lemma_hits += [h] if bits[0] else []
                word_hits += [h] if bits[1] else []
        self._known = _merged(self._known, new)
        self._lemma_hits = _merged(self._lemma_hits, np.array(lemma_hits, dtype=np.uint64))
        self._word_hits = _merged(self._word_hits, np.array(word_hits, dtype=np.uint64))

    def _patterns(self, bits: int) -> tuple[Pattern, ...]:
        chosen = self._chosen.get(bits)
        if chosen is None:
            chosen = self._chosen[bits] = tuple(p for k, p in enumerate(self.patterns) if bits >> k & 1)
        return chosen


def _merged(ids: np.ndarray, new: np.ndarray) -> np.ndarray:
    """The sorted array ``ids`` with the sorted ``new`` (none of them in ``ids``) put in place: one pass,
    where ``np.union1d`` sorts everything again (the memory grows with the corpus' vocabulary)."""
    return np.insert(ids, np.searchsorted(ids, new), new) if len(new) else ids


def _within(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Whether each of ``values`` is in the sorted array ``ids`` (``np.isin``, several times faster here)."""
    if not len(ids):
        return np.zeros(len(values), dtype=bool)
    k = np.searchsorted(ids, values)
    k[k == len(ids)] = 0
    return ids[k] == values
