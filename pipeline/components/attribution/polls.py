"""Stage 2 helper for pipeline_attribution: a finding framed by the poll that found it.

A poll or survey (``poll_nouns``) is the source of the finding a clause states when the clause is set in
it: "In the latest Fox News poll, Trump leads Cruz by 11 points." (the rest of the sentence) and "Clinton
led Sanders more than 2-1 in an NBC News/Marist poll." (the clause before the frame); the source is the
poll the frame names ("the latest Fox News poll").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ...sentences import sentence_of
from .content import Match, statement_of
from .context import Context
from .mentions import mention_for


def poll_finding(tok: Token, ctx: Context) -> Iterator[Match]:
    """"In the CBS poll, Trump's lead over Cruz remained in double digits." -> "Trump's lead … digits",
    source "the CBS poll"; "Cruz had 38 percent support in a Fox poll." -> "Cruz had 38 percent support"."""
    if tok.lower_ != "in" or tok.dep_ != "prep":
        return
    poll = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if poll is None or poll.lemma_.lower() not in ctx.lex.poll_nouns or poll.head.i != tok.i:
        return
    verb, doc, sent = tok.head, tok.doc, sentence_of(tok)
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "continues to lead in the polls": the clause of "continues"
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ROOT", "conj") \
            or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return  # (the frame sets a clause with its own subject: not "a lead in the poll")
    if verb.lemma_.lower() in ctx.lex.speech_verbs:
        return  # "In the poll, most owners said rents were too high": the owners' statement
    frame_end = max(t.i for t in poll.subtree) + 1  # the frame with what describes the poll
    if tok.i == _first_word(sent):  # "In the CBS poll, …"
        comma = frame_end if frame_end < sent.end and doc[frame_end].text == "," else None
        comma = comma if comma is not None else _comma_after(doc, frame_end, sent.end)
        if comma is None or verb.i < comma:
            return
        bounds = (doc[comma].idx + 1, sent.end_char)
    elif tok.i > verb.i and _closes(doc, frame_end, sent.end):  # "… in a Fox poll." / "…, in a Fox poll."
        subj = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl"))
        start = subj.left_edge.i
        if start <= sent.start or doc[start - 1].text != ",":
            start = _first_word(sent)
        bounds = (doc[start].idx, doc[tok.i - 1].idx + len(doc[tok.i - 1]))
    else:
        return
    if _reports_speech(doc, bounds, ctx):
        return  # "In the survey, a third were Democrats saying they want …": the Democrats' statement
    cs, ce = tok.idx, poll.idx + len(poll)
    yield statement_of(ctx, bounds, (ctx.text[cs:ce], cs, ce), mention_for(poll, ctx))


def _reports_speech(doc: Doc, bounds: tuple[int, int], ctx: Context) -> bool:
    """Whether the framed clause (character ``bounds``) holds a verb of saying of its own."""
    span = doc.char_span(*bounds, alignment_mode="expand")
    return span is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in ctx.lex.speech_verbs for t in span)


def _first_word(sent: Span) -> int:
    """The index of the sentence's first word (past an opening quotation mark or space)."""
    i = sent.start
    while i < sent.end - 1 and (sent.doc[i].is_quote or sent.doc[i].is_space):
        i += 1
    return i


def _comma_after(doc: Doc, start: int, end: int) -> int | None:
    """The comma closing a sentence-initial frame that a participle goes on ("In a poll released Sunday,")."""
    return next((j for j in range(start, min(end, start + 8)) if doc[j].text == ","), None)


def _closes(doc: Doc, frame_end: int, end: int) -> bool:
    """Whether the frame closes its clause: only a date, then punctuation, after it."""
    while frame_end < end and doc[frame_end].ent_type_ in ("DATE", "TIME"):
        frame_end += 1  # "… in a county poll last week."
    return frame_end >= end or doc[frame_end].is_punct
