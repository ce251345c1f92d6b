"""Stage 2 helper for pipeline_policy: what the owner of a document or statement says it will do ("Turkey will
also expand its presence in Africa", "the government would give special attention to ...")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .items import Context, Item, with_item
from .lists import truncate
from .partners import code_of

_FUTURE = {"will", "would", "shall"}
_MINISTRY = "ministry"  # "the ministry will ...": a statement's owner speaks through its ministry (here only)
_OWN_DETS = {"the", "its", "our"}
_LEADING = ("aux", "auxpass", "advmod", "neg", "nsubj", "nsubjpass", "punct", "cc", "mark")


def _is_owner(ctx: Context, subject: Token, owners: set[str]) -> bool:
    """The subject is the owner: its country or capital ("Turkey", "Ankara"), or "the government/country"."""
    span = ctx.spans.get(subject.i)
    if span is not None and code_of(span) in owners:
        return True
    places = ctx.doc.spans["places"] if "places" in ctx.doc.spans else []
    if any(p.start <= subject.i < p.end and p.kb_id_ in owners for p in places):
        return True
    self_noun = subject.lower_ in ctx.lexicon.self_nouns or subject.lower_ == _MINISTRY
    return self_noun and any(c.lower_ in _OWN_DETS for c in subject.children)


def _predicate_start(verb: Token) -> int:
    """First token of the predicate after its subject and auxiliaries ("will also expand" -> "expand")."""
    before = [c for c in verb.children if c.i < verb.i and c.dep_ not in _LEADING]
    return min([verb.i] + [c.left_edge.i for c in before])


def _intended(verb: Token, intent_verbs: frozenset[str]) -> Token:
    """The verb of what is intended: "would seek to deepen X" -> "deepen"."""
    if verb.lemma_.lower() in intent_verbs:
        return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)
    return verb


def _about_document(ctx: Context, verb: Token, start: int, end: int) -> bool:
    """The predicate handles a policy document itself ("will submit a revised Concept of Foreign Policy to
    parliament", "will publish the full text of the concept"): a step of its making, no priority."""
    if any(start <= m.start < end and not m.statement for m in ctx.mentions):
        return True
    nouns = ctx.lexicon.document_nouns
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        heads = [obj] + [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"]
        if any(h.lemma_.lower() in nouns or h.lower_ in nouns for h in heads):
            return True
    return False


def intent_items(ctx: Context, sent: Span, document: int, owners: set[str]) -> list[Item]:
    """Predicates in the future whose subject is the owner, as items (their subject and auxiliaries left out)."""
    items = []
    for verb in sent:
        if (verb.pos_ != "VERB" or verb.lemma_.lower() in ctx.lexicon.state_verbs
                or not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children)
                or any(c.dep_ == "neg" for c in verb.children)):  # "will not enter an arms race": a restraint
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not _is_owner(ctx, subject, owners):
            continue
        intended = _intended(verb, ctx.lexicon.intent_verbs)
        start = _predicate_start(intended)
        end = truncate(ctx.doc, start, min(verb.right_edge.i + 1, sent.end))
        if end - start >= 2 and not _about_document(ctx, intended, start, end):
            items.append(with_item(ctx, start, end, document))
    return items
