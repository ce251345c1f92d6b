"""Stage 2 helper for pipeline_policy: the partner of a role a document casts its owner in.

"making Canada an active and engaged partner to the Indo-Pacific" -> the Indo-Pacific, "make Kenya the gateway to the
East African Community market" -> the East African Community, "describes France as a reliable partner and provider of
security, in particular in the Indo-Pacific" -> the Indo-Pacific: the owner's name, then (after "as", "into", "to be")
a role noun (role_nouns.txt), then "to"/"in"/"for" and a name or a region. The relation is the role ("active and
engaged partner").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .items import Context, Item
from .partners import clean_relation, code_of, partner_text

_CASTING = {"as", "into", "to", "be", "become"}  # "describes France as", "turn X into", "wants X to be"
_ROLE_ADP = {"to", "in", "for", "inside", "within", "across", "towards", "toward"}
_ROLE_MODIFIERS = ("DET", "ADJ", "ADV", "CCONJ", "NUM")


def _cast_role(ctx: Context, item: Item, owners: set[str]) -> tuple[int, Token] | None:
    """(start of the role phrase, role noun) of the item's "<owner> (as) a ... <role>", or None."""
    doc = ctx.doc
    for i in range(item.start, item.end):
        span = ctx.spans.get(i)
        if span is None or span.start != i or code_of(span) not in owners:
            continue
        j = span.end
        while j < item.end and doc[j].lower_ in _CASTING:
            j += 1
        k = j
        while k < item.end and (doc[k].pos_ in _ROLE_MODIFIERS or doc[k].tag_ in ("HYPH", "VBN")
                                or doc[k].dep_ == "compound"):  # "a transit hub"
            k += 1
        if j < k < item.end and doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in ctx.lexicon.role_nouns:
            return j, doc[k]
    return None


def _role_end(role: Token) -> int:
    """End of the role phrase: the role noun, or the last noun coordinated with it and what that noun governs
    ("partner and provider of security"), before a comma."""
    end = role.i + 1
    for conj in (c for c in role.children if c.dep_ == "conj" and c.pos_ == "NOUN"):
        stop = next((t.i for t in role.doc[conj.i:conj.right_edge.i + 1] if t.is_punct), conj.right_edge.i + 1)
        end = max(end, stop)
    return end


def _partner_of(ctx: Context, role: Token, owners: set[str]) -> list[tuple[str, str]]:
    """The name or region that a preposition of the role (or of a noun coordinated with it) governs."""
    heads = [role, *(c for c in role.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _ROLE_ADP and c.i > h.i):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        names: list[Span] = []
        for t in ctx.doc[obj.left_edge.i:obj.i + 1]:
            span = ctx.spans.get(t.i)
            if span is not None and span not in names and code_of(span) not in owners:
                names.append(span)
        if names:  # "the East African Community market": the name modifies the object
            return [(partner_text(s), code_of(s)) for s in names]
        region = _region(obj)
        if region:
            return [(region, "")]
    return []


def _region(obj: Token) -> str:
    """A region of capitalised proper nouns, hyphenated ones too ("the Indo-Pacific"), else ""."""
    words = [t for t in obj.doc[obj.left_edge.i:obj.i + 1] if t.lower_ != "the"]  # not a clause after it
    if obj.pos_ != "PROPN" or not all((t.pos_ == "PROPN" and t.is_title) or t.tag_ == "HYPH" for t in words):
        return ""
    return obj.doc[words[0].i:words[-1].i + 1].text


def owners_of(ctx: Context, item: Item) -> set[str]:
    """The owner of the item's document (a set: one document may be mentioned with several owners' names)."""
    return {m.owner for m in ctx.mentions if m.document == item.document}


def cast_partners(ctx: Context, item: Item) -> Item | None:
    """The item with the partner of the role it casts its owner in, and the role as its relation; None when it names
    a partner other than the owner and the role's own ("the gateway to the African Union market" names the African
    Union), casts the owner in no role, or the role has no partner."""
    owners = owners_of(ctx, item)
    named = [p for p in item.partners if p[1] not in owners]
    cast = _cast_role(ctx, item, owners)
    if cast is None:
        return None
    start, role = cast
    partners = _partner_of(ctx, role, owners)
    if not partners or any(p not in partners for p in named):
        return None
    relation = clean_relation(ctx.doc[start:_role_end(role)].text, ctx.lexicon)
    return Item(item.start, item.end, item.document, partners, relation or item.relation, item.clause)


def with_role_partners(ctx: Context, items: list[Item]) -> list[Item]:
    """Items that name no partner but their owner take the partner of the role they cast the owner in, with the role
    as their relation."""
    return [cast_partners(ctx, item) or item for item in items]
