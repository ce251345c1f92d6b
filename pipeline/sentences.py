"""Sentence lookups that cost O(1) after the first call on a Doc.

spaCy's ``doc.sents`` and ``token.sent`` walk the document on every call; in a
loop over tokens that is quadratic. These helpers compute the sentence spans
once per Doc (token offsets kept in ``doc.user_data``, plain ints so the Doc
still serializes) and look a token's sentence up by bisection.

    for tok in doc:
        sent = sentence_of(tok)        # instead of tok.sent
    for sent in sentences(doc): ...    # instead of doc.sents
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from .components.tokens import token_table
from .docmemo import per_doc

_KEY = ("pipeline", "sentences")


def _index(doc: Doc) -> tuple[list[int], list[int]]:
    return per_doc(doc, _KEY, _bounds)


def _bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """The start and end tokens of the sentences of ``doc`` (one sentence when it has no sentence annotation)."""
    if doc.has_annotation("SENT_START") and "sents" not in doc.user_hooks:
        starts = _sentence_starts(doc)
        return starts, [*starts[1:], len(doc)] if starts else []
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        bounds = [(s.start, s.end) for s in doc.sents]
    else:
        bounds = [(0, len(doc))] if len(doc) else []
    return [b[0] for b in bounds], [b[1] for b in bounds]


def _sentence_starts(doc: Doc) -> list[int]:
    """What ``doc.sents`` starts its sentences at, read from the token table's sentence-start column (shared with the
    components) instead of from a Span per sentence (three Tokens each): the first token, then every token whose
    ``sent_start`` is 1."""
    starts = (token_table(doc).column("sent_start")[1:] == 1).nonzero()[0] + 1
    return [0, *starts.tolist()] if len(doc) else []


def sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc`` (boundaries computed once per Doc)."""
    starts, ends = _index(doc)
    return [doc[s:e] for s, e in zip(starts, ends, strict=False)]


def sentence_index(doc: Doc, i: int) -> int:
    """Position in :func:`sentences` of the sentence holding token ``i``."""
    starts, _ = _index(doc)
    return max(0, bisect_right(starts, i) - 1)


def sentence_ranges(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) token offsets of the sentences of ``doc``: :func:`sentences` without making a Span
    each (for loops that look at a few tokens of every sentence)."""
    starts, ends = _index(doc)
    return list(zip(starts, ends, strict=True))


def sentence_range(doc: Doc, i: int) -> tuple[int, int]:
    """The (start, end) token offsets of the sentence holding token ``i``: ``sentence_of`` without the Span.
    (A Doc with no tokens has no sentence: (0, 0).)"""
    starts, ends = _index(doc)
    if not starts:
        return 0, 0
    k = max(0, bisect_right(starts, i) - 1)
    return starts[k], ends[k]


def sentence_of(token: Token | Span) -> Span:
    """The sentence holding ``token`` (or the start of a span): a fast ``token.sent``."""
    doc = token.doc
    i = token.i if isinstance(token, Token) else token.start
    starts, ends = _index(doc)
    k = max(0, bisect_right(starts, i) - 1)
    return Span(doc, starts[k], ends[k])  # (doc[start:end] without its slice checks)
