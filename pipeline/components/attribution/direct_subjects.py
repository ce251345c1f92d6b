"""Stage 2 helper for pipeline_attribution: who speaks a direct quote, read from the cue's clause.

The parser's subject of a cue verb is usually the speaker, with three exceptions handled here:
a participle that continues the main clause ("Novak expressed frustration that Brandt was
idle, telling one aide: “…”" -> Novak, not Brandt), a subject that lies inside a quotation
(never the speaker of the next quote: "“It’s over,” adding, “…”"), and a clause that introduces
a quote with a colon but has no verb of saying ("Ortega made the following comment: “…”").
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span, Token

from ...sentences import sentence_of
from .candidates import SpeakerMention
from .context import Context
from .marks import Quoted
from .mentions import NAME_TOKEN, mention_for
from .syntax import subject_of

_MAX_CLIMB = 6  # heads walked from a participle up to its main clause
_INVERSION_GAP = 3  # "said Sen. John Smith:": the name follows the verb within a few tokens
_PERSON_KINDS = ("name", "pronoun", "role")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_DASHES = frozenset({"-", "–", "—", "--"})
_SENT_END = frozenset({".", "!", "?"})
_CLOSING_MARKS = frozenset({"”", "\"", "’", "'", "''", "»"})
_ADDRESSED = frozenset({"ask", "question", "tell"})  # passive: the subject hears, someone unnamed speaks
_WHEN_ENTS = frozenset({"DATE", "TIME"})  # "…,” tweeted Sunday": not who tweeted


def _main_subject(verb: Token, quoted: Quoted) -> Token | None:
    """The subject of the main clause a sentence-final participle ("…, telling one aide:") hangs on:
    the highest head above it outside quotation marks (a quote before may be parsed as the root)."""
    tok, top = verb.head, None
    for _ in range(_MAX_CLIMB):
        if quoted.covers(tok.idx):
            break
        top = tok
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            break
        tok = tok.head
    if top is None or top.i == verb.head.i or top.i > verb.i or top.pos_ not in ("VERB", "AUX"):
        return None
    subj = subject_of(top)
    return subj if subj is not None and not quoted.covers(subj.idx) else None


def _misparsed_subject(verb: Token, quoted: Quoted) -> Token | None:
    """The subject of a cue verb that the parser gave to a neighbour: "Clinton, exasperated, responded:"
    ("Clinton" the subject of the parenthetical "exasperated"); "X shared the news, writing “…”" (the
    participle after a comma speaks for the sentence's subject)."""
    for c in verb.children:
        if c.dep_ == "parataxis" and c.i < verb.i:
            subj = next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i), None)
            if subj is not None and not quoted.covers(subj.idx):
                return subj
    if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        root = sentence_of(verb).root
        subj = subject_of(root) if root.i < verb.i and root.pos_ in ("VERB", "AUX") else None
        if subj is not None and not quoted.covers(subj.idx):
            return subj
    return None


def _subject_in_window(verb: Token, ctx: Context, quoted: Quoted, window: list[Token]) -> Token | None:
    """A subject the parse did not attach to a cue after a quote (or found only inside the quote): the
    first person named between the quote and the verb ("“…,” Nate Silver, the guru who founded the
    site, tweeted"), or a capitalised name right after the quote and before a comma."""
    named = next((t for t in window if t.i < verb.i and ctx.persons[t.i] is not None), None)
    if named is None and window and window[0].i < verb.i and window[0].pos_ == "PROPN" and NAME_TOKEN.match(
            window[0].text) and window[0].i + 1 < len(ctx.doc) and ctx.doc[window[0].i + 1].text == ",":
        named = window[0]  # "“…,” Ramos, 58, told AFP": a name opening the attribution, set off by a comma
    return named


def _phrase_head(tok: Token) -> Token:
    """The head noun of the phrase a modifier opens ("added a South Carolina Democrat": Democrat)."""
    for _ in range(_MAX_CLIMB):
        if tok.dep_ not in ("compound", "amod", "nmod") or tok.head.i <= tok.i:
            break
        tok = tok.head
    return tok


def _nearest_subject(verb: Token, quoted: Quoted) -> Token | None:
    """Of several subjects the parser gave one verb, the one nearest to it outside quotation marks ("An
    argument between those who fear (“…,” Jane Doe wrote …)": Doe; "“…[Roe] can be …,” Doe said")."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and not quoted.covers(c.idx)]
    return min(subjects, key=lambda c: abs(verb.i - c.i), default=None)


def speaker_mention(verb: Token, ctx: Context, quoted: Quoted, window: list[Token] | None = None,
                    *, inversion: bool = True) -> tuple[SpeakerMention | None, bool]:
    """The mention naming who speaks through cue ``verb``, and whether none could be read because
    the only subject lies inside a quotation (then the quote continues the previous speaker).

    ``window`` holds the tokens around the verb searched for an inverted subject ("…,” said Smith.")
    when the parse gives none; with ``inversion=False`` only names right after the verb count.
    """
    subj = None
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        subj = _main_subject(verb, quoted)
    if subj is None:
        subj = subject_of(verb) or _misparsed_subject(verb, quoted)
    if subj is None:  # "… the Washington Post Trump said, “…”": a name right before a verb without subject
        k = verb.i - 1
        while k >= 0 and verb.doc[k].pos_ == "ADV":
            k -= 1
        if k >= 0 and verb.doc[k].pos_ == "PROPN" and verb.doc[k].text[:1].isupper():
            subj = verb.doc[k]
    if subj is not None and subj.head.i == verb.i:
        subj = _nearest_subject(verb, quoted) or subj
    if (subj is None or quoted.covers(subj.idx)) and inversion:
        subj = _subject_in_window(verb, ctx, quoted, window or []) or subj
    if subj is None and verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN") \
            and not quoted.covers(verb.head.idx):
        subj = verb.head  # "Mitt Romney, the nominee, tweeted in response: “…”" (tweeted <-acl- Romney)
    if subj is not None and subj.dep_ == "nsubjpass" and verb.lemma_.lower() in _ADDRESSED:
        return None, False  # "Blumenthal was asked, “…?”": the one asked does not speak the question
    if subj is not None:
        if quoted.covers(subj.idx):
            return None, True
        return mention_for(subj, ctx), False
    for tok in window or ():
        if tok.i > verb.i and tok.pos_ in ("PROPN", "PRON", "NOUN") and tok.ent_type_ not in _WHEN_ENTS:
            if not inversion and tok.i - verb.i > _INVERSION_GAP:
                break
            return mention_for(_phrase_head(tok), ctx), False
    return None, False


def _clause_verb(colon: Token, quoted: Quoted) -> Token | None:
    """The verb of the clause a colon closes: the sentence's root, or, when the parser joined the quote
    after the colon to that clause (the root inside the quote), the highest verb before the colon."""
    sent = sentence_of(colon)
    root = sent.root
    if root.i < colon.i:
        return root if root.pos_ in ("VERB", "AUX") else None
    return next((t for t in colon.doc[sent.start:colon.i] if t.pos_ in ("VERB", "AUX") and not quoted.covers(t.idx)
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


def name_colon(ctx: Context, colon: Token) -> tuple[Token, SpeakerMention] | None:
    """(the colon, the person) when a person's name alone introduces a quote ("Rep. Jane Doe: “…”")."""
    named = _name_before_colon(ctx, colon)
    return (colon, named) if named is not None else None


def colon_subject(ctx: Context, colon: Token, quoted: Quoted) -> tuple[Token, SpeakerMention] | None:
    """"Ortega made the following comment: “…”" -> (made, Ortega): the subject of the clause a
    colon closes, when it names a person (a name, he/she, "the expert"), for a quote right after;
    "Rep. Jane Doe (R-Ohio): “…”" -> (the colon, Jane Doe)."""
    named = name_colon(ctx, colon)
    if named is not None:
        return named
    verb = _clause_verb(colon, quoted)
    if verb is None:
        return None
    subj = subject_of(verb)
    if subj is None or quoted.covers(subj.idx):
        return None
    mention = mention_for(subj, ctx)
    return (verb, mention) if mention.kind in _PERSON_KINDS else None


def previous_paragraph_subject(ctx: Context, para_start: int, quoted: Quoted) -> SpeakerMention | None:
    """"Governor Tom Reid disagreed sharply on Tuesday. / “This budget is a fantasy.”": a quotation
    paragraph with no attribution of its own speaks for the person the previous paragraph ends on
    (the subject of its last sentence, outside quotation marks), or None."""
    k = bisect_left(ctx.paragraphs, (para_start,)) - 1
    if k < 0:
        return None
    start, end = ctx.paragraphs[k]
    toks = ctx.tokens_from(start, end)
    if not len(toks):
        return None
    sent = sentence_of(toks[-1])
    if quoted.covers(sent.root.idx):
        return None
    subj = subject_of(sent.root)
    if subj is None or quoted.covers(subj.idx) or subj.idx < start:
        return None
    mention = mention_for(subj, ctx)
    return mention if mention.kind in _PERSON_KINDS else None
