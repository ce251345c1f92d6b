"""Stage 2 helper: token tests shared by the person-name and affiliation matchers.

What a matcher would otherwise compute per token in a loop (word kinds, line bounds) is computed
once per Doc here (:func:`word_kinds`, :class:`Lines`) and looked up by index.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

import numpy as np
from spacy.tokens import Doc, Span, Token

from ..tokens import Words, distinct_strings, words_of  # the shared view of a Doc's words (components/tokens.py)

_NAME = re.compile(r"^[A-Z\u00C0-\u024F][A-Za-z\u00C0-\u024F'\u2019-]*[a-z\u00DF-\u024F]$")
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$")
NAME_PARTICLES = frozenset({"bin", "ibn", "van", "von", "de", "da", "der", "den", "al", "el", "la", "le", "di", "du",
                            "\u00f3", "n\u00ed", "nic", "ua", "mac"})  # Irish "Niamh \u00d3 Briain", "N\u00ed Riain"
CONNECTORS = frozenset({"of", "for", "and", "on", "the", "&", "in"})
POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_MARKUP = frozenset({"*", "_"})  # Markdown emphasis
_CLAUSE_MARKS = frozenset({"\u2014", "-", ":", "\"", "\u201c", "\u2018", "'"})  # a clause may start after them
_NOT_NAME_START_POS = frozenset({"ADV", "ADP", "DET", "VERB", "PRON", "SCONJ", "CCONJ", "AUX", "PART", "NUM"})
_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def is_initial(tok: Token) -> bool:
    return bool(_INITIAL.match(tok.text))


def is_name_word(tok: Token) -> bool:
    """A capitalized word that can be part of a personal name ("Kotyukova", "O'Neill", "R.")."""
    if is_initial(tok):
        return True
    return bool(_NAME.match(tok.text)) and tok.lower_ not in _MONTHS_DAYS


def is_capitalized(tok: Token) -> bool:
    return tok.text[:1].isupper()


def modifies_noun_after(doc: Doc, start: int, end: int) -> bool:
    """The capitalized words ``start:end`` only say where or whose a common noun right after them is: the parse hangs
    their last word as a compound on a lower-case noun after it ("the Mostar think tank X", "a Reykjavík firm", "the
    Solwezi miner X", "the Nik\u0161i\u0107 hauliers' association X"). What is named there is that noun's body, not
    these words, whatever the NER reads in them."""
    if not start < end < len(doc) or not doc[end].is_lower:
        return False
    last = doc[end - 1]
    return last.dep_ == "compound" and last.head.i >= end and last.head.is_lower and last.head.pos_ == "NOUN"


def starts_clause(tok: Token) -> bool:
    """First word of a sentence or of a line (where capitals say nothing)."""
    return clause_start_at(words_of(tok.doc), tok.i)


def clause_start_at(w: Words, i: int) -> bool:
    """:func:`starts_clause` of token ``i``."""
    if i == 0 or w.sent_start[i]:
        return True
    prev = w.text[i - 1]
    return prev.isspace() and "\n" in prev or prev in _CLAUSE_MARKS


def droppable_start(tok: Token) -> bool:
    """A clause-initial capitalized word that is not a name ("Addressing", "Besides", "Then")."""
    return droppable_at(words_of(tok.doc), tok.i)


def droppable_at(w: Words, i: int) -> bool:
    """:func:`droppable_start` of token ``i``."""
    return clause_start_at(w, i) and (w.pos[i] in _NOT_NAME_START_POS or bool(w.is_stop[i]))


_DESCRIBING_TAGS = frozenset({"NOUN", "ADJ"})


def lower_words_from(doc: Doc, i: int, *, limit: int, backward: bool = False) -> int:
    """The edge of the lower-case nouns and adjectives (at most ``limit``) that start at token ``i`` (going forward:
    the token after them) or end right before it (``backward``: the first of them); ``i`` when there are none.
    "border trade" in "director of border trade at", "trade policy" in "director for trade policy at"."""
    step = -1 if backward else 1
    j = i
    while abs(j - i) < limit:
        k = j - 1 if backward else j
        if not (0 <= k < len(doc) and doc[k].is_lower and doc[k].pos_ in _DESCRIBING_TAGS):
            break
        j += step
    return j


def is_newline(tok: Token) -> bool:
    return tok.is_space and "\n" in tok.text


def token_spans(spans: list[Span] | tuple[Span, ...], n: int) -> list[Span | None]:
    """For each token index, the span of ``spans`` covering it (or None)."""
    cover: list[Span | None] = [None] * n
    for span in spans:
        start, end = span.start, span.end
        cover[start:end] = [span] * (end - start)
    return cover


def covered(spans: Iterable[Span], n: int) -> list[bool]:
    """For each token index, whether one of ``spans`` covers it (``[s is not None for s in token_spans(...)]``)."""
    flags = [False] * n
    for span in spans:
        start, end = span.start, span.end
        flags[start:end] = [True] * (end - start)
    return flags


def skip_markup(doc: Doc, i: int) -> int:
    """The first token from i that is not Markdown emphasis ("**", "_")."""
    return skip_markup_in(words_of(doc), i)


def skip_markup_in(w: Words, i: int) -> int:
    """:func:`skip_markup` over the Doc's :class:`Words`."""
    text = w.text
    while i < len(text) and text[i] and set(text[i]) <= _MARKUP:
        i += 1
    return i


NAME_WORD, SPACE, NEWLINE, INITIAL = 1, 2, 4, 8  # bits of word_kinds
# the first characters _NAME and _INITIAL accept: other words are no names (and no spaces unless blank)
_NAME_START = frozenset([chr(c) for c in range(ord("A"), ord("Z") + 1)] + [chr(c) for c in range(0xC0, 0x250)])


@lru_cache(maxsize=1 << 16)  # a pure function of the word: the names and headings of one text recur in the next
def _kind(text: str) -> int:
    """:func:`is_name_word`, ``is_space`` and :func:`is_newline` of a word, from its text alone (a
    token's ``lower_`` is ``text.lower()`` and its ``is_space`` is ``text.isspace()``)."""
    initial = bool(_INITIAL.match(text))
    name = initial or bool(_NAME.match(text)) and text.lower() not in _MONTHS_DAYS
    space = text.isspace()
    return (NAME_WORD if name else 0) | (INITIAL if initial else 0) | (SPACE if space else 0) | (
        NEWLINE if space and "\n" in text else 0)


def word_kinds(doc: Doc) -> list[int]:
    """For every token, which of NAME_WORD, INITIAL, SPACE and NEWLINE it is (bits), tested once per distinct
    word of ``doc``."""
    return cast("list[int]", kind_array(doc).tolist())


def kind_array(doc: Doc) -> np.ndarray:
    """:func:`word_kinds` as an array (for array operations over all tokens)."""
    if not len(doc):
        return np.zeros(0, dtype=np.int64)
    forms, where = distinct_strings(doc, "orth")
    kinds = [_kind(form) if form[:1] in _NAME_START or form[:1].isspace() else 0 for form in forms]
    return np.array(kinds, dtype=np.int64)[where]


@dataclass(frozen=True, slots=True)
class Lines:
    """The text lines of a Doc (they end at newline tokens), found once per Doc.

    ``breaks``: the newline tokens; ``openings``: those followed by a non-space token;
    ``first``: the first token that is neither space nor a Markdown heading mark.
    """

    size: int
    breaks: list[int]
    openings: list[int]
    first: int

    @classmethod
    def of(cls, doc: Doc, kinds: list[int] | np.ndarray) -> Lines:
        """The lines of ``doc``, given its :func:`word_kinds` (or :func:`kind_array`)."""
        n = len(doc)
        marks = np.asarray(kinds, dtype=np.int64)
        breaks = cast("list[int]", (marks & NEWLINE).nonzero()[0].tolist())
        openings = [i for i in breaks if i + 1 < n and not kinds[i + 1] & SPACE]
        texts = words_of(doc).text
        first = next((i for i, kind in enumerate(kinds) if not kind & SPACE and not set(texts[i]) <= {"#"}), 0)
        return cls(n, breaks, openings, first)

    def line(self, i: int) -> tuple[int, int]:
        """Token range of the text line holding token i (without its newline)."""
        k = bisect_left(self.breaks, i)
        j = bisect_left(self.breaks, i + 1)
        return (self.breaks[k - 1] + 1 if k else 0), (self.breaks[j] if j < len(self.breaks) else self.size)

    def lines_after(self, i: int) -> int:
        """How many lines with words start after a newline at token i or later."""
        return len(self.openings) - bisect_left(self.openings, i)
