"""Stage 2 helper for pipeline_attribution: who speaks a direct quote, read from the cue's clause.

The parser's subject of a cue verb is usually the speaker, with three exceptions handled here:
a participle that continues the main clause ("Schumer expressed frustration that Weiner was
idle, telling one aide: “…”" -> Schumer, not Weiner), a subject that lies inside a quotation
(never the speaker of the next quote: "“It’s over,” adding, “…”"), and a clause that introduces
a quote with a colon but has no verb of saying ("Sanders made the following comment: “…”").
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from ...sentences import sentence_of
from .candidates import SpeakerMention
from .context import Context
from .marks import Quoted
from .mentions import mention_for
from .syntax import subject_of

_MAX_CLIMB = 6  # heads walked from a participle up to its main clause
_INVERSION_GAP = 3  # "said Sen. John Smith:": the name follows the verb within a few tokens
_PERSON_KINDS = ("name", "pronoun", "role")


def _main_subject(verb: Token, quoted: Quoted) -> Token | None:
    """The subject of the main clause a sentence-final participle ("…, telling one aide:") hangs on:
    the highest head above it outside quotation marks (a quote before may be parsed as the root)."""
    tok, top = verb.head, None
    for _ in range(_MAX_CLIMB):
        if quoted.covers(tok.idx):
            break
        top = tok
        if tok.dep_ == "ROOT" or tok.head is tok:
            break
        tok = tok.head
    if top is None or top is verb.head or top.i > verb.i or top.pos_ not in ("VERB", "AUX"):
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
    if subj is not None:
        if quoted.covers(subj.idx):
            return None, True
        return mention_for(subj, ctx), False
    for tok in window or ():
        if tok.i > verb.i and tok.pos_ in ("PROPN", "PRON", "NOUN"):
            if not inversion and tok.i - verb.i > _INVERSION_GAP:
                break
            return mention_for(tok, ctx), False
    return None, False


def colon_subject(ctx: Context, colon: Token, quoted: Quoted) -> tuple[Token, SpeakerMention] | None:
    """"Sanders made the following comment: “…”" -> (made, Sanders): the subject of the clause a
    colon closes, when it names a person (a name, he/she, "the expert"), for a quote right after."""
    sent = sentence_of(colon)
    root = sent.root
    if root.i >= colon.i or root.pos_ not in ("VERB", "AUX"):
        return None
    subj = subject_of(root)
    if subj is None or quoted.covers(subj.idx):
        return None
    mention = mention_for(subj, ctx)
    return (root, mention) if mention.kind in _PERSON_KINDS else None


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
