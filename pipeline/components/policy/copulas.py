"""Stage 2 helper for pipeline_policy: priorities stated by a copula and a goal noun, read from the parse.

"Its first priority would be strengthening X" (the goal noun is the subject: the item is the complement),
"The protection of citizens abroad remains a standing priority" and "X is identified as the most urgent task" (the
goal noun is the predicate: the item is the subject), whatever the words between them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .candidates import with_lemma
from .item_ends import truncate
from .items import Context, Item, document_at, with_item
from .lists import split_series
from .partners import clean_relation
from .predications import description_range
from .ranks import partners_only

_COPULAS = {"be", "remain", "become", "stay"}
# "is identified/seen/named as the main task": a verb whose "as" phrase rates its passive subject
_RATING_VERBS = {"identify", "see", "name", "describe", "regard", "consider", "treat", "list", "define", "designate",
                 "single"}
_PRONOUNS = {"it", "this", "that", "these", "those", "they", "which", "what", "who", "he", "she", "both"}
_CUT_DEPS = {"appos", "relcl", "acl"}  # a description after a comma: no part of the item
_CUT_WORDS = {"including", "such", "especially", "particularly", "notably"}


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _foreign_possessor(ctx: Context, noun: Token, owners: set[str], *, anchor: bool = False) -> bool:
    """"Russia's main goal is ...": a goal noun owned by a state that owns no document here is no statement of ours;
    nor is "the goal of such measures" (the goal of something else than a document), unless the noun is an
    ``anchor`` noun ("the anchor of regional stability")."""
    mentioned = {i for m in ctx.mentions for i in range(m.start, m.end)}
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of" and not anchor and not any(t.i in mentioned for t in c.subtree):
            return True
        if c.dep_ == "poss":
            span = ctx.spans.get(c.i)
            return span is not None and span.kb_id_ not in owners and span.label_ != "ORG"
    return False


def _phrase_end(head: Token) -> int:
    """End of the phrase of ``head`` before a description set off by a comma ("A, including B", "A, which ...")."""
    end = head.right_edge.i + 1
    for c in head.children:
        if c.i > head.i and (c.dep_ in _CUT_DEPS or c.lower_ in _CUT_WORDS) and c.i > 0 \
                and c.doc[c.left_edge.i - 1].text == ",":
            end = min(end, c.left_edge.i - 1)
    return end


def _items(ctx: Context, sent: Span, start: int, end: int, at: int) -> list[Item]:
    doc = ctx.doc
    end = truncate(doc, start, min(end, sent.end))
    if end - start < 1 or doc[start].lower_ in _PRONOUNS:
        return []
    if any(m.start >= start and m.end <= end and not m.statement for m in ctx.mentions):
        return []  # "The strategy is the cornerstone of ...": the document itself
    document = document_at(ctx, sent, at)
    if document < 0:
        return []
    ranges = split_series(doc, start, end, ctx.spans, relation_nouns=ctx.lexicon.relation_nouns)
    return [with_item(ctx, s, e, document) for s, e in ranges]


def _complement(noun: Token) -> Token | None:
    """What the goal noun (the subject) is said to be: the copula's attribute, or the gerund a progressive parse
    makes the root ("its first priority would be strengthening X")."""
    head = noun.head
    if head.lemma_ in _COPULAS:
        return next((c for c in head.children if c.dep_ in ("attr", "xcomp") and c.i > noun.i), None)
    if head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children):
        return head
    return None


def _subject(noun: Token) -> Token | None:
    """Who is said to be the goal noun: the subject of its copula, or the passive subject of a rating verb with
    "as"."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ in _COPULAS:
        verb = head
    elif noun.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in _RATING_VERBS:
        verb = head.head
    else:
        return None
    if _negated(verb):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i), None)


def _list_follows(noun: Token) -> bool:
    """A colon right after the goal noun: "The three lines on the list are the declared priorities: A; B; C" names
    its items after the colon (a list cue's), and the subject is no item."""
    return noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text == ":"


def _described(ctx: Context, sent: Span, start: int, end: int, noun: Token) -> list[Item]:
    """"NATO stays the anchor", "Latin America is the obvious priority": the partners that the subject in tokens
    [start, end) names, described by the copula's noun phrase (without its determiner)."""
    document = document_at(ctx, sent, noun.i)
    if document < 0:
        return []
    partners = with_item(ctx, start, end, document).partners
    lo, hi = description_range(noun)
    relation = clean_relation(ctx.doc[lo:hi].text, ctx.lexicon)
    return [Item(start, hi, document, partners, relation)] if partners and relation else []


def copula_items(ctx: Context, sent: Span, owners: set[str]) -> list[Item]:
    """The priorities a copula gives a goal or anchor noun of the lexicon in ``sent`` (a sentence about a
    document)."""
    out: list[Item] = []
    anchors = ctx.lexicon.anchor_nouns
    for noun in with_lemma(sent, ctx.lexicon.goal_nouns | anchors, ("NOUN",)):
        anchor = noun.lemma_.lower() in anchors
        if _foreign_possessor(ctx, noun, owners, anchor=anchor):
            continue
        if noun.dep_ in ("nsubj", "nsubjpass") and not _negated(noun.head):
            target = _complement(noun)
            if target is not None and target.pos_ in ("NOUN", "PROPN", "VERB") \
                    and not any(t.text == ":" for t in sent.doc[noun.i:target.i]):  # "are: 1. ..." a list cue's
                start = target.i if target.pos_ == "VERB" else target.left_edge.i
                out += _items(ctx, sent, start, _phrase_end(target), noun.i)
            continue
        subject = _subject(noun)
        if anchor and subject is not None and subject.dep_ == "nsubj" and noun.dep_ != "attr":
            continue  # "the president described X as the backbone": the naming verb's reading
        if subject is not None and subject.left_edge.i >= sent.start and not _list_follows(noun):
            start, end = subject.left_edge.i, min(_phrase_end(subject), noun.i)
            if partners_only(ctx.doc, start, end, ctx.spans, ctx.lexicon.group_nouns):
                out += _described(ctx, sent, start, end, noun)
            else:
                out += _items(ctx, sent, start, end, noun.i)
    return out
