"""Small helpers shared by extractors that read span groups."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..components.tokens import char_offsets
from ..sentences import sentence_range


def span_group(doc: Doc, key: str) -> list[Span]:
    """``doc.spans[key]`` sorted by position (empty when the component did not run)."""
    if key not in doc.spans:
        return []
    return sorted(doc.spans[key], key=lambda s: (s.start_char, s.end_char))


def sentence_start(span: Span) -> int:
    """Character offset of the sentence holding ``span`` (0 without sentence boundaries): ``sentence_of(span)
    .start_char`` read from the Doc's sentence ranges and token offsets, without making the sentence's Span."""
    doc = span.doc
    start, end = sentence_range(doc, span.start)
    return char_offsets(doc)[0][start] if end > start else 0
