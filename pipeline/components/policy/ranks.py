"""Stage 2 helper for pipeline_policy: the items a ranking adds after the first ("puts A first, followed by B")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .lists import split_series


def followed_by(doc: Doc, start: int, end: int, spans: dict[int, Span],
                relation_nouns: frozenset[str]) -> list[tuple[int, int]]:
    """The items after ", followed by" that opens at token ``start`` (tokens up to ``end``): "puts the security of
    the north first, followed by a stronger presence on the coast" -> "a stronger presence on the coast"."""
    k = start
    while k < end and doc[k].is_punct:
        k += 1
    if k + 1 >= end or doc[k].lower_ != "followed" or doc[k + 1].lower_ != "by":
        return []
    return split_series(doc, k + 2, end, spans, relation_nouns=relation_nouns)
