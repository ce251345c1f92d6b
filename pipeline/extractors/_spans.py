"""Small helpers shared by extractors that read span groups."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..components.tokens import char_offsets
from ..lastdoc import LastDoc
from ..sentences import sentence_range

# span_group's answers for the Doc asked about last, by group key: (the group, its length, its spans sorted)
_SORTED = LastDoc()


def span_group(doc: Doc, key: str) -> list[Span]:
    """``doc.spans[key]`` sorted by position (empty when the component did not run): a new list each call, of the
    Spans made and sorted once per Doc and group (several extractors read the same groups of a Doc, and iterating a
    group makes a Span, three Tokens, per member)."""
    if key not in doc.spans:
        return []
    group = doc.spans[key]
    memo = _SORTED.answers(doc)
    found = memo.get(key)
    if found is None or found[0] is not group or found[1] != len(group):
        found = memo[key] = (group, len(group), sorted(group, key=lambda s: (s.start_char, s.end_char)))
    return list(found[2])


def sentence_start(span: Span) -> int:
    """Character offset of the sentence holding ``span`` (0 without sentence boundaries): ``sentence_of(span)
    .start_char`` read from the Doc's sentence ranges and token offsets, without making the sentence's Span."""
    doc = span.doc
    start, end = sentence_range(doc, span.start)
    return char_offsets(doc)[0][start] if end > start else 0
