"""Stage 2 helper for pipeline_policy: the members a text names for a partner group without names.

"developing partnerships with 'third neighbour' countries, among which A, B and C are named", "closer ties with the
Gulf states, among them Qatar and Oman": the item keeps its relation and takes the named members as its partners.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .items import Context, Item
from .partners import partners_after_with
from .predications import RELATIVES, coordination_range, negated
from .roles import with_role_partners
from .topics import with_topic_partners

# "states, among them A and B", "countries, including A and B", "major powers, meaning A and B": the members of the
# group before
_MEMBER_MARKERS = (("among", "them"), ("including",), ("such", "as"), ("notably",), ("namely",), ("in", "particular"),
                   ("especially",), ("meaning",))


def _member_names(ctx: Context, group: Token) -> tuple[int, int] | None:
    """The names a group noun is said to hold: "countries, among which A, B and C are named" (a naming verb in a
    relative clause with "among/of which"), or "states, among them A and B", "states, including A and B"."""
    doc = ctx.doc
    for verb in (c for c in group.children if c.dep_ == "relcl" and c.lemma_.lower() in ctx.lexicon.naming_verbs):
        among = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("among", "of")
                 and any(p.lower_ in RELATIVES for p in c.children)]
        holder = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if among and holder is not None and not negated(verb):
            return coordination_range(holder, verb.i)
    i = group.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    marker = next((m for m in _MEMBER_MARKERS if doc[i:i + len(m)].text.lower() == " ".join(m)), None)
    if marker is None:
        return None
    start = i + len(marker)
    end = start
    while end < group.sent.end and not (doc[end].is_punct and doc[end].text != ",") \
            and doc[end].pos_ not in ("VERB", "AUX", "ADP") and not _clause_comma(doc, end):
        end += 1
    return (start, end) if end > start else None


def _clause_comma(doc: Doc, i: int) -> bool:
    """A comma before a conjunction or preposition (", and ...", ", with ..."), or one that ends the text."""
    return doc[i].text == "," and (i + 1 == len(doc) or doc[i + 1].pos_ in ("CCONJ", "ADP"))


def _last_noun(ctx: Context, item: Item) -> Token | None:
    """The group noun that ends the item (before a closing quotation mark), or None."""
    end = item.end - 1 if item.end - 1 > item.start and ctx.doc[item.end - 1].text in ('"', "”", "'") else item.end
    if end <= item.start:
        return None
    group = ctx.doc[end - 1]
    return group if group.lower_ in ctx.lexicon.group_nouns else None


def _group_members(ctx: Context, item: Item) -> tuple[int, int] | None:
    """The members named for the group noun that ends the item, else for one inside it that a comma follows ("wants
    cooperation with major powers, meaning A and B, deepened"), or None."""
    last = _last_noun(ctx, item)
    inner = [t for t in ctx.doc[item.start:item.end - 1]
             if t.lower_ in ctx.lexicon.group_nouns and ctx.doc[t.i + 1].text == ","]
    for group in ([last] if last is not None else []) + inner:
        rng = _member_names(ctx, group)
        if rng is not None:
            return rng
    return None


def with_members(ctx: Context, items: list[Item]) -> list[Item]:
    """Items whose partner is a group without names ("developing partnerships with 'third neighbour' countries")
    take the members the text names right after it ("..., among which A, B and C are named") as their partners; items
    that name only their owner take the partner of the role they cast it in (:func:`roles.with_role_partners`), and
    relations without partner the partner their paragraph is about (:func:`topics.with_topic_partners`)."""
    items = with_topic_partners(ctx, with_role_partners(ctx, items))
    out: list[Item] = []
    for item in items:
        rng = _group_members(ctx, item) if all(not code for _, code in item.partners) else None
        partners = partners_after_with(ctx.doc, rng[0] - 1, rng[1], ctx.spans, ctx.lexicon) if rng else []
        partners = [p for p in partners if p[1]]
        if partners:
            item = Item(item.start, item.end, item.document, partners, item.relation, item.clause)
        out.append(item)
    return [i for i in out if not _relation_part(ctx, i, out)]


def _relation_part(ctx: Context, item: Item, items: list[Item]) -> bool:
    """'calls for "strategic dialogue" with A and B': an item without partners that is only the relation of another
    item, right before its "with" (a quotation ended the first)."""
    after = [k for k in (item.end, item.end + 1) if k < len(ctx.doc)]
    return not item.partners and any(ctx.doc[k].lower_ == "with" for k in after) and any(
        o is not item and o.partners and o.start <= item.start and item.end < o.end for o in items)
