"""Stage 2 helper for pipeline_attribution: who speaks a quote that a colon introduces.

"Rep. Jane Doe (R-Ohio): “…”", "– John Smith: “…”" (a name alone before the colon, at the start of its
line or after a dash), "HEADLINE - Pew Research: “…”" (a digest's signature), "Ortega made the following
comment: “…”" (the subject of the clause the colon closes), "Her message was blunt: “…”" (the possessor of a noun of
saying that is that subject), "The election board was clear: “…”" (an organization as that subject).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...sentences import sentence_of
from .candidates import SpeakerMention
from .context import Context
from .marks import Quoted
from .mentions import mention_for
from .perspective import framing_person
from .syntax import subject_of

_PERSON_KINDS = ("name", "pronoun", "role")
# what heads the clause a colon closes where the parser joined it to the quote: a verb, or a predicate adjective
# ("Sidi Bah was blunt: “…”", the adjective's subject)
_CLAUSE_HEADS = ("VERB", "AUX", "ADJ")
_DASHES = frozenset({"-", "–", "—", "--"})
_SENT_END = frozenset({".", "!", "?"})
_CLOSING_MARKS = frozenset({"”", "\"", "’", "'", "''", "»"})
_MAX_SIGNED = 5  # words of a name that signs a quotation after a dash
_CAPS_WORD = re.compile(r"[A-Z][A-Z’'-]*[A-Z]")  # a word in capitals, two letters or more
_MIN_HEADING_WORDS = 2


def _clause_verb(colon: Token, quoted: Quoted) -> Token | None:
    """The verb of the clause a colon (or comma) closes: the sentence's root, or, when the parser joined the quote
    after the colon to that clause (the root inside the quote), the highest verb before the colon."""
    sent = sentence_of(colon)
    root = sent.root
    if root.i < colon.i:
        return root if root.pos_ in ("VERB", "AUX") else None
    return next((t for t in colon.doc[sent.start:colon.i] if t.pos_ in _CLAUSE_HEADS and not quoted.covers(t.idx)
                 and not sent.start <= t.head.i < colon.i), None)


def _opens_line(tok: Token) -> bool:
    """What a name introducing its words can follow: a line break, a dash, the end of a sentence or of
    the previous quote ("…” Bush: “…”")."""
    return "\n" in tok.text or tok.text in _DASHES or tok.text in _SENT_END or tok.text in _CLOSING_MARKS


def _name_before_colon(ctx: Context, colon: Token) -> SpeakerMention | None:
    """"Rep. Jane Doe (R-Ohio): “…”", "– John Smith: “…”": a person's name alone before the colon, at
    the start of its line or after a dash, introduces that person's words."""
    doc = ctx.doc
    k = colon.i - 1
    if k >= 0 and (doc[k].text == ")" or colon.text.startswith(")")):  # after the name: "(R-Ohio)"
        while k >= 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    span = ctx.persons[k] if k >= 0 else None
    if span is None:
        return None
    before = doc[span.start - 1] if span.start > 0 else None
    opens = before is None or _opens_line(before) or before.is_space and (span.start < 2 or _opens_line(
        doc[span.start - 2]))
    if not opens and before is not None and before.text.lower().rstrip(".") in ctx.lex.titles:
        return _name_before_colon_at(ctx, span, before)
    return mention_for(doc[k], ctx) if opens else None


def _name_before_colon_at(ctx: Context, span: Span, title: Token) -> SpeakerMention | None:
    """The same with a title before the name ("Rep. Jane Doe:") that starts its line or follows a dash."""
    doc = ctx.doc
    before = doc[title.i - 1] if title.i > 0 else None
    if before is None or _opens_line(before):
        return mention_for(doc[span.end - 1], ctx)
    return None


def _signed_before_colon(ctx: Context, colon: Token) -> SpeakerMention | None:
    """"POLLS MISSED THE SURGE - Jane Doe: “…”", "Turnout fell - Pew Research: “…”": a short capitalised
    name between a dash set off by spaces and the colon, as news digests sign what they cite (a person, or
    else an organization or column as the source)."""
    doc, k = ctx.doc, colon.i - 1
    words: list[Token] = []
    while k >= 0 and doc[k].text not in _DASHES and len(words) < _MAX_SIGNED:
        words.insert(0, doc[k])
        k -= 1
    if k < 1 or doc[k].text not in _DASHES or not doc[k].whitespace_ or not doc[k - 1].whitespace_ or not words \
            or not all(w.text[:1].isupper() or w.lower_ in ("and", "&") for w in words) or not words[-1].is_alpha:
        return None
    person = next((w for w in reversed(words) if ctx.persons[w.i] is not None), None)
    if person is not None or words[-1].pos_ == "PROPN":
        return mention_for(person or words[-1], ctx)
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    return SpeakerMention("group", start, end, ctx.text[start:end])


def heading_before(ctx: Context, start: int, opening: int) -> SpeakerMention | None:
    """"EBOLA SURVIVORS, THROUGH THE LENS “…” [HuffPost.]": a heading in capitals that opens the paragraph of a
    quotation with no cue, as news digests print the headline of the article they cite, is its source (the
    article, by its headline)."""
    heading = ctx.text[start:opening].rstrip().rstrip(",").rstrip()
    words = _CAPS_WORD.findall(heading)
    if len(words) < _MIN_HEADING_WORDS or any(ch.islower() for ch in heading) or "\n" in heading \
            or heading[-1:] in ("-", "–", "—"):  # "LOS ANGELES --": a dateline
        return None
    return SpeakerMention("group", start, start + len(heading), heading)


def name_colon(ctx: Context, colon: Token) -> tuple[Token, SpeakerMention] | None:
    """(the colon, the person) when a person's name alone introduces a quote ("Rep. Jane Doe: “…”"), or a
    name signs it after a dash ("HEADLINE - Jane Doe: “…”")."""
    named = _name_before_colon(ctx, colon) or _signed_before_colon(ctx, colon)
    return (colon, named) if named is not None else None


def colon_subject(ctx: Context, colon: Token, quoted: Quoted) -> tuple[Token, SpeakerMention] | None:
    """"Ortega made the following comment: “…”" -> (made, Ortega): the subject of the clause a
    colon closes, when it names a person (a name, he/she, "the expert"), for a quote right after;
    "Rep. Jane Doe (R-Ohio): “…”" -> (the colon, Jane Doe)."""
    named = name_colon(ctx, colon)
    if named is not None:
        return named
    return clause_subject(ctx, colon, quoted) or _as_noted(ctx, colon, quoted) or _body_subject(ctx, colon, quoted) \
        or _framed(ctx, colon)


def _framed(ctx: Context, colon: Token) -> tuple[Token, SpeakerMention] | None:
    """"For Lars Brandt, chief executive of …, the calculation is simple: “…”" -> (the colon, Brandt): the person
    whose view the sentence frames (:func:`.perspective.framing_person`) speaks the quote the colon introduces."""
    name = framing_person(ctx, colon)
    return (colon, mention_for(name, ctx)) if name is not None else None


def _body_subject(ctx: Context, colon: Token, quoted: Quoted) -> tuple[Token, SpeakerMention] | None:
    """"The county election board was clear in its ruling: “…”" -> (was, the board): an organization or a
    state named as the subject of the clause a colon closes is the source of the quote after it."""
    verb = _clause_verb(colon, quoted)
    if verb is None:
        return None
    subj = subject_of(verb)
    if subj is None or quoted.covers(subj.idx) or subj.i > colon.i or not ctx.grouped[subj.i]:
        return None
    mention = mention_for(subj, ctx)
    return (verb, mention) if mention.kind == "group" else None


def clause_subject(ctx: Context, mark: Token, quoted: Quoted) -> tuple[Token, SpeakerMention] | None:
    """(verb, person) when the clause that ``mark`` (a colon, or a comma before a quote that ends the
    sentence) closes has a person as its subject: "Ortega made the following comment: “…”", "Doe shared
    her worry with the audience, “I do not know …”"."""
    verb = _clause_verb(mark, quoted)
    if verb is None:
        return None
    subj = subject_of(verb)
    if subj is not None and not quoted.covers(subj.idx):
        mention = mention_for(_holder(subj, ctx), ctx)
        if mention.kind in _PERSON_KINDS:
            return verb, mention
    return None


def _as_noted(ctx: Context, colon: Token, quoted: Quoted) -> tuple[Token, SpeakerMention] | None:
    """"As Jane Doe observed, the biggest winner was the stage itself: “…”" -> (observed, Jane Doe): a
    clause of saying that "as" opens in the sentence the colon closes, when its subject is a person."""
    sent = sentence_of(colon)
    for tok in colon.doc[sent.start:colon.i]:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ctx.lex.speech_verbs or quoted.covers(tok.idx) \
                or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
            continue
        subj = subject_of(tok)
        if subj is not None and subj.i < tok.i and not quoted.covers(subj.idx):
            mention = mention_for(subj, ctx)
            if mention.kind in _PERSON_KINDS:
                return tok, mention
    return None


def _holder(subj: Token, ctx: Context) -> Token:
    """The possessor of a noun of saying that is the subject ("Her message to the council was blunt: “…”",
    "His warning was stark: “…”": she, he), else the subject itself."""
    if subj.lemma_.lower() not in ctx.lex.speech_nouns:
        return subj
    return next((c for c in subj.children if c.dep_ == "poss"), subj)
