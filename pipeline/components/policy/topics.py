"""Stage 2 helper for pipeline_policy: the partner a paragraph is about, for a relation that names none.

"China, by far South Korea's largest trading partner, is treated more carefully. The paper calls it a key partner
and seeks a 'sounder and more mature' relationship based on mutual respect." -> China: an item headed by a relation
noun (relation_nouns.txt) without a partner, in a paragraph whose first sentence has a country or organization other
than the owner as its subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...doctext import paragraphs
from .items import Context, Item
from .partners import code_of, partner_text
from .roles import owners_of

_HEAD_WINDOW = 8


def _relation_head(ctx: Context, item: Item) -> Token | None:
    """The relation noun that opens the item ("a 'sounder and more mature' relationship based on ...": within its
    first words, as the parser may misread the quoted words before it), or None."""
    words = ctx.doc[item.start:min(item.end, item.start + _HEAD_WINDOW)]
    return next((t for t in words if t.pos_ == "NOUN" and t.lemma_.lower() in ctx.lexicon.relation_nouns), None)


def _paragraph_subject(ctx: Context, item: Item, starts: list[int]) -> Span | None:
    """The country or organization that is the subject of the first sentence of the item's paragraph, when that is
    not the item's own sentence."""
    doc = ctx.doc
    char = doc[item.start].idx
    start = max((s for s in starts if s <= char), default=0)
    first = next((s for s in doc.sents if s.end_char > start), None)
    if first is None or first.start <= item.start < first.end:
        return None
    subject = next((c for c in first.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return ctx.spans.get(subject.i) if subject is not None else None


def with_topic_partners(ctx: Context, items: list[Item]) -> list[Item]:
    """Items headed by a relation noun that name no partner take the partner their paragraph is about."""
    starts = [s for s, _ in paragraphs(ctx.text)] if ctx.text else [0]
    out = []
    for item in items:
        topic = _paragraph_subject(ctx, item, starts) if not item.partners and _relation_head(ctx, item) else None
        if topic is not None and code_of(topic) not in owners_of(ctx, item):
            item = Item(item.start, item.end, item.document, [(partner_text(topic), code_of(topic))], item.relation,
                        item.clause)
        out.append(item)
    return out
