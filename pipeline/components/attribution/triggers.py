"""Stage 2 helper for pipeline_attribution: which reported-speech pattern can start at which token.

Each :class:`Pattern` declares the words it can start from, each kind as a set of words or a function of
the lexicon giving one: lower-cased lemmas (``lemmas``), lower-case forms (``words``) or lower-case forms
without their last letter (``stems``: "pledges" tagged as a plural noun); a pattern that declares none runs
on every token.
:class:`Triggers` compiles the declarations for one lexicon and picks, per Doc, the tokens some pattern
can start from with array operations over the token table our components share (:mod:`..tokens`):
each distinct lemma and form of the Doc is looked up once, and what a word starts is remembered
across Docs (at most ``_MEMO_SIZE`` words, then forgotten at once).

    triggers = Triggers([Pattern(speech, lemmas=attrgetter("speech_verbs"))], lexicon)
    for i, patterns in triggers.starts(ctx): ...   # "said" -> (speech,)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Token

from ..tokens import distinct_strings
from .content import Match
from .context import Context
from .lexicon import Lexicon

_MEMO_SIZE = 200_000  # words whose patterns are remembered

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

    What a word starts is found once and remembered across Docs (at most ``_MEMO_SIZE`` words, then
    forgotten at once): ``_by_lemma`` maps a lemma's hash, ``_by_form`` a token's form, to the patterns
    (bit k: ``patterns[k]``) it starts as a lemma / as a lower-case form (or its stem).
    """

    def __init__(self, patterns: Sequence[Pattern], lex: Lexicon) -> None:
        self.patterns = tuple(patterns)
        self._lemmas, self._words, self._stems = (_bits(self.patterns, lex, k) for k in ("lemmas", "words", "stems"))
        self._always = sum(1 << k for k, p in enumerate(self.patterns) if not p.declares_words())
        self._by_lemma: dict[int, int] = {}
        self._by_form: dict[str, int] = {}
        self._chosen: dict[int, tuple[Pattern, ...]] = {}  # bits -> those patterns, in their order

    def starts(self, ctx: Context) -> list[tuple[int, tuple[Pattern, ...]]]:
        """(token index, the patterns that can start there, in their order) for every token some
        pattern can start from, in text order."""
        if not len(ctx.table):
            return []
        bits = self._word_bits(ctx)
        hits = bits.nonzero()[0]
        return [(i, self._patterns(b)) for i, b in zip(hits.tolist(), bits[hits].tolist(), strict=True)]

    def _word_bits(self, ctx: Context) -> np.ndarray:
        """The patterns each token's lemma or form starts, as bits (one distinct lemma and form looked up once)."""
        doc = ctx.doc
        if len(self._by_lemma) + len(self._by_form) > _MEMO_SIZE:
            self._by_lemma, self._by_form = {}, {}
        lemmas, where_lemma = ctx.table.unique("lemma")  # (np.unique's, found once per Doc for every reader)
        hashes = lemmas.tolist()
        lemma_bits = list(map(self._by_lemma.get, hashes))  # (most words are known from earlier Docs)
        if None in lemma_bits:
            strings = doc.vocab.strings
            for k, h in enumerate(hashes):
                if lemma_bits[k] is None:
                    lemma_bits[k] = self._by_lemma[h] = self._lemmas.get(strings[h].lower(), 0)
        forms, where_form = distinct_strings(doc, "orth")
        form_bits = list(map(self._by_form.get, forms))
        if None in form_bits:
            for k, form in enumerate(forms):
                if form_bits[k] is None:
                    low = form.lower()  # (a token's lower-case form: spaCy's LOWER)
                    form_bits[k] = self._by_form[form] = self._words.get(low, 0) | self._stems.get(low[:-1], 0)
        out = np.array(lemma_bits, dtype=np.int64)[where_lemma.reshape(-1)] \
            | np.array(form_bits, dtype=np.int64)[where_form]
        return out | self._always if self._always else out

    def _patterns(self, bits: int) -> tuple[Pattern, ...]:
        chosen = self._chosen.get(bits)
        if chosen is None:
            chosen = self._chosen[bits] = tuple(p for k, p in enumerate(self.patterns) if bits >> k & 1)
        return chosen
