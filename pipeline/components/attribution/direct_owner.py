"""Stage 2 helper for pipeline_attribution: a quote introduced by its speaker's words as a noun.

"Doe's response was: “…”", "Her reply was short: “…”", "From Doe's Facebook post: “…”", "His reply: “…”" (a noun
of an utterance, owned by a person, closed by a colon) and "in Doe's words, “…”" (the same noun after "in", closed
by a comma) give the owner as the speaker; the noun is the cue. So does the same phrase set off by commas
or opening the quotation's sentence ("The policy, in his words, is “practical, not ideological”").
"""

from __future__ import annotations

from spacy.tokens import Token

from ...sentences import sentence_range
from ..tokens import expanded_span
from .context import Context
from .direct_cues import Found
from .marks import QuotedSpan
from .mentions import mention_for

_PERSON_KINDS = ("name", "pronoun", "role")
_COPULA = frozenset({"be"})


def _mark_before(ctx: Context, q: QuotedSpan, floor: int) -> Token | None:
    """The colon or comma right before the opening mark (spaces between), as a token."""
    pos = q.open
    while pos > floor and ctx.text[pos - 1].isspace():
        pos -= 1
    if pos <= floor or ctx.text[pos - 1] not in ":,":
        return None
    found = expanded_span(ctx.doc, pos - 1, pos)
    return found[0] if found is not None and len(found) == 1 else None


def _noun_before(mark: Token, floor: int) -> Token | None:
    """The noun right before the mark, past a copula and its adjective ("Doe's response was:", "Her reply
    was short:")."""
    doc = mark.doc
    k = mark.i - 1
    if k >= 1 and doc[k].dep_ == "acomp" and doc[k].head.i == k - 1 and doc[k].idx >= floor:
        k -= 1
    if k >= 0 and doc[k].lemma_.lower() in _COPULA and doc[k].idx >= floor:
        k -= 1
    if k < 0 or doc[k].idx < floor or doc[k].pos_ != "NOUN":
        return None
    return doc[k]


def owned_words(ctx: Context, q: QuotedSpan, floor: int, nouns: frozenset[str]) -> Found | None:
    """(noun, owner) when a person's noun of an utterance (``nouns``, or a noun of reported speech)
    introduces the quotation: with a colon, or after "in" with a comma."""
    mark = _mark_before(ctx, q, floor)
    if mark is None:
        return None
    noun = _noun_before(mark, floor)
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    if lemma not in nouns and lemma not in ctx.lex.speech_nouns:
        return None
    if mark.text == "," and not (noun.head.lower_ == "in" and noun.dep_ == "pobj" and noun.i == mark.i - 1):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    mention = mention_for(owner, ctx)
    return Found(noun, mention) if mention.kind in _PERSON_KINDS else None


def _person_owner(ctx: Context, noun: Token, nouns: frozenset[str]) -> Found | None:
    """(noun, owner) when ``noun`` is a person's noun of an utterance with its possessive owner."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in nouns and lemma not in ctx.lex.speech_nouns:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    mention = mention_for(owner, ctx)
    return Found(noun, mention, fragment=True) if mention.kind in _PERSON_KINDS else None


def parenthetical_words(ctx: Context, q: QuotedSpan, floor: int, nouns: frozenset[str]) -> Found | None:
    """(noun, owner) when "in <a person's> words" opens the quotation's sentence or stands between commas in it
    ("The policy, in his words, is “practical, not ideological”", "In the minister's words, the island seeks
    “respectful relations”"): the phrase says whose the sentence's quoted words are, whatever its verb. Only
    "words": another noun of an utterance there ("In his response, Coll said “…”") leaves the sentence's own
    cue to decide, as PolNeAR's annotators do."""
    span = expanded_span(ctx.doc, q.open, q.open + 1)
    if span is None:
        return None
    first = sentence_range(ctx.doc, span[0].i)[0]
    doc = ctx.doc
    for i in ctx.lowered("in", first, span.start):  # (the sentence's "in"s: no Token for its other words)
        tok = doc[i]
        if ctx.starts[i] < floor or i > first and doc[i - 1].text != ",":
            continue
        noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() != "word" or noun.i + 1 >= span.start or doc[noun.i + 1].text != ",":
            continue  # "In his response, Coll said “…”": the sentence's own cue decides
        found = _person_owner(ctx, noun, nouns)
        if found is not None:
            return found
    return None
