"""Stage 2 helper for pipeline_policy: the items an interviewee's verbless answer names ("Q: What does the plan put
first?\\nChanda: Economic transformation and job creation.")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .items import Context, Item, document_at, with_item
from .lists import split_series
from .ranks import ORDINALS

# a question that asks for a priority: "What does the plan put first?", "Who are the partners?", "Your second
# priority?", "And the fourth?" (besides the lexicon's importance words, list nouns and goal nouns)
_RANKS = ORDINALS | {"next", "top", "most"}
_PARTNER_NOUNS = {"partner", "partners", "ally", "allies"}  # "Who are the partners?": the answer's names' relation
_NO_ITEM = {"yes", "no", "not", "partly", "probably", "mostly", "both", "neither", "none", "nothing"}
_VERBS = {"VERB", "AUX"}
_CLAUSE_DEPS = {"nsubj", "nsubjpass", "dobj"}  # a subject or an object: a clause, not a list of names
# "Climate finance, without question.", "France, always.": a comment after the answer's item
_COMMENT = re.compile(r",\s*(?:without (?:question|doubt)|always|of course|certainly|clearly|above all)\W*$", re.I)
_LABEL_END = 5  # tokens before an answer's colon that may name its speaker ("Doina Ciobanu:", "A:")


def asks_priority(question: str, words: frozenset[str]) -> bool:
    """Whether an interviewer's question asks what a document puts first or whom it names ("Which goal comes first?",
    "Who are the partners?"): it holds one of ``words`` (the lexicon's importance words, list and goal nouns) or
    a ranking word."""
    return any(w in words or w in _RANKS or w in _PARTNER_NOUNS for w in re.findall(r"[a-z]+", question.lower()))


def fragment_items(ctx: Context, sent: Span, answer: tuple[int, int], question: str) -> list[Item]:
    """The items of the first sentence of an answer when it has no verb: a list of noun phrases ("Romania first, then
    Ukraine, the United States and the other EU member states", "Europe."), read after the speaker's label
    ("Ciobanu:"); none for "No.", "Partly." or "Not in the 2022 text either."."""
    doc = ctx.doc
    answer_start, answer_end = answer
    start = max(sent.start, next((t.i for t in sent if t.idx >= answer_start), sent.end))
    colon = next((t.i for t in doc[start: min(start + _LABEL_END, sent.end)] if t.text == ":"), None)
    if colon is not None and all(t.text[:1].isupper() for t in doc[start:colon] if t.is_alpha):
        start = colon + 1
    end = _without_comment(doc, start, sent.end)
    if not _names_only(doc[start:end]) or any(start <= m.start < end for m in ctx.mentions):
        return []
    document = document_at(ctx, sent, start)
    if document < 0:
        return []
    asked = next((w for w in re.findall(r"[a-z]+", question.lower()) if w in _PARTNER_NOUNS), "")
    items = [with_item(ctx, s, e, document) for s, e in split_series(
        doc, start, end, ctx.spans, relation_nouns=ctx.lexicon.relation_nouns)]
    if len(items) == 1 and _names_again(ctx, items[0], sent.end, answer_end):
        return []  # "Ukraine. ... We will keep supporting Ukraine ...": the answer goes on to state the item
    for item in items:
        if asked and item.partners:  # "Who are the partners?" "Romania first, then Ukraine": partners
            item.relation = asked
    return items


def _names_only(words: Span) -> bool:
    """Whether the words are noun phrases only: a noun, no verb, subject or object ("Publish annual reports", "Abroad,
    the agenda bets on ...": a clause whose verb the tagger misread), no answer word ("No.", "Partly."), not opening
    with a preposition ("By a guest contributor to ...": a byline)."""
    return (len(words) > 0 and words[0].tag_ != "VB" and words[0].pos_ != "ADP"
            and any(t.pos_ in ("NOUN", "PROPN") for t in words)
            and not any(t.pos_ in _VERBS or t.dep_ in _CLAUSE_DEPS or t.lower_ in _NO_ITEM for t in words))


def _without_comment(doc: Doc, start: int, end: int) -> int:
    """The end of an answer's words without its final punctuation and a comment after a comma ("Climate finance,
    without question.")."""
    while end > start and doc[end - 1].is_punct:
        end -= 1
    m = _COMMENT.search(doc[start:end].text)
    if m:
        cut = doc[start].idx + m.start()
        end = next((t.i for t in doc[start:end] if t.idx >= cut), end)
    return end


def _names_again(ctx: Context, item: Item, start: int, answer_end: int) -> bool:
    """Whether the rest of the answer, from token ``start`` to character ``answer_end``, names the partners of
    ``item`` again ("Ukraine. ... We will keep supporting Ukraine ...")."""
    end = next((t.i for t in ctx.doc[start:] if t.idx >= answer_end), len(ctx.doc))
    named = {ctx.spans[i] for i in range(start, end) if i in ctx.spans}
    keys = {s.kb_id_ for s in named} | {s.text for s in named}
    if item.partners:
        return all(c in keys or p in keys for p, c in item.partners)
    names = [t.text for t in ctx.doc[item.start:item.end] if t.is_alpha and t.lower_ != "the"]
    rest = {t.text for t in ctx.doc[start:end]}
    return bool(names) and all(ctx.doc[item.start + k].pos_ == "PROPN" for k in range(item.end - item.start)
                               if ctx.doc[item.start + k].text in names) and all(n in rest for n in names)
