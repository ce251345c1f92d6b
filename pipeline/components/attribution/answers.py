"""Stage 2 helper for pipeline_attribution: a short answer as the whole statement.

"Asked if he would run again, the mayor said no.", "46 percent of residents said yes", "61 percent say the
same of the premier": the answer (``answer_words``), with an "of" phrase that follows it, is what the
subject said.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .content import Match, reported_by
from .context import Context
from .syntax import cue_text


def answer_report(tok: Token, ctx: Context) -> Iterator[Match]:
    """"the mayor said no" -> "no", said by the mayor."""
    answer = answer_after(tok, ctx)
    if answer is None:
        return
    match = reported_by(tok, ctx, (answer.start_char, answer.end_char), cue_text(tok.doc, tok))
    if match is not None:
        yield match


def answer_after(verb: Token, ctx: Context) -> Span | None:
    """The answer right after a verb of saying ("said no", "say the same of the premier"), when the
    clause ends there (a comma, a full stop; an adjunct or "and": "said so in May", "said yes and left";
    not "said no to the plan"), else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.speech_verbs:
        return None
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return None
    first = doc[verb.i + 1].lower_  # (an answer starts with the next word: no Span for the others)
    for answer in ctx.lex.answer_words:
        if not answer.startswith(first):
            continue
        end = verb.i + 1 + len(answer.split())
        if end > len(doc) or doc[verb.i + 1:end].text.lower() != answer:
            continue
        if end < len(doc) and doc[end].lower_ in _ABOUT and doc[end].head.i in range(verb.i, end):
            end = doc[end].right_edge.i + 1  # "the same of the premier", "the same about the mayor"
        if end >= len(doc) or doc[end].is_punct or _clause_goes_on(verb, doc[end], ctx.lex.occasion_prepositions):
            return doc[verb.i + 1:end]
    return None


_ABOUT = frozenset({"of", "about", "for"})


def _clause_goes_on(verb: Token, nxt: Token, occasions: frozenset[str]) -> bool:
    """Whether the answer ends where the cue's clause goes on with a phrase of its time or occasion
    (``occasion_prepositions`` or "in") or a second verb of the subject ("said so in December", "said yes
    and took the floor"), not with the answer's own object ("said no to the plan") or its manner ("say so
    without hedging": a statement of the writer's about the speakers)."""
    return nxt.head.i == verb.i and (nxt.dep_ == "cc" or nxt.dep_ == "prep"
                                     and (nxt.lower_ in occasions or nxt.lower_ == "in"))
