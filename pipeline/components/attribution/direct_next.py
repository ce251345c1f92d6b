"""Stage 2 helper for pipeline_attribution: a direct quote attributed outside its own sentence.

A quotation that fills its paragraph may be named by the next one: "That was how Jeffrey Bewkes once
described the merger", or a dash and the speaker's name, as columns and notebooks quote ("– Jane Doe,
tweeting after the speech."); a quotation that opens a sentence may be introduced by the sentence
just before it, a cue with nothing to say of its own ("Jane Doe said in a statement. “…”"). Each
finder returns a :class:`.direct_cues.Found` or None.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Token

from ...sentences import sentence_of
from .candidates import SpeakerMention
from .context import Context
from .direct_cues import CONTENT_DEPS, SENT_END, Found, clause_verb, is_cue
from .direct_subjects import speaker_mention
from .marks import Quoted, QuotedSpan
from .mentions import mention_for

_HOW = re.compile(r"(?:That|This)(?:\s+was|\s+is|[’']s)\s+how\s")  # "That was how X described it"
_MAX_TITLE = 3  # capitalised words between the dash and the name
_DASH = re.compile(r"\s*[-–—]+\s*")  # "– Jane Doe, …" opening a paragraph
_MAX_SIGNATURE = 12  # words of a paragraph that signs the quotation before it with a name and affiliation
_QUOTE_MARKS = frozenset("“”\"«»„")


def _next_paragraph(ctx: Context, q: QuotedSpan) -> int | None:
    """The start of the paragraph after ``q``'s, when ``q`` fills its own paragraph (None otherwise)."""
    if q.open != q.para_start or not q.closed or ctx.text[q.close + 1:q.para_end].strip():
        return None
    k = bisect_left(ctx.paragraphs, (q.para_end,))
    return ctx.paragraphs[k][0] if k < len(ctx.paragraphs) else None


def described_next(ctx: Context, q: QuotedSpan, quoted: Quoted) -> Found | None:
    """A quotation that fills its paragraph, named by the next one: "“…” / That was how Jeffrey Bewkes
    once described the merger." -> (described, mention)."""
    start = _next_paragraph(ctx, q)
    if start is None or not _HOW.match(ctx.text, start):
        return None
    how = next((t for t in ctx.tokens_from(start, start + 20) if t.lower_ == "how"), None)
    verb = clause_verb(ctx, how) if how is not None else None
    if verb is None:
        return None
    mention, _ = speaker_mention(verb, ctx, quoted)
    return Found(verb, mention) if mention is not None and mention.kind == "name" else None


def dashed_next(ctx: Context, q: QuotedSpan) -> Found | None:
    """A quotation that fills its paragraph, signed by the next one with a dash and a name: "“…” / – Jane
    Doe, tweeting after the speech." -> (the dash, Jane Doe)."""
    start = _next_paragraph(ctx, q)
    if start is None:
        return None
    dash = _DASH.match(ctx.text, start)
    if dash is None or not dash.group().strip():
        return None
    toks = ctx.tokens_from(start, ctx.text.find("\n", start) % (len(ctx.text) + 1))  # "-Jane" may be one token
    words = [t for t in toks if t.idx + len(t) > dash.end()][:_MAX_TITLE + 1]
    name = next((t for t in words if ctx.persons[t.i] is not None), None)  # after a title: "– President X"
    if name is None:
        signed = _signature(ctx, words)
        return Found(toks[0], signed) if signed is not None else None
    if any(t.i < name.i and not t.text.lstrip("-–—")[:1].isupper() for t in words):
        return None
    return Found(toks[0], mention_for(name, ctx))


def signed_next(ctx: Context, q: QuotedSpan) -> Found | None:
    """A quotation that fills its paragraph, signed by a short next paragraph that is only a name and an
    affiliation, as digests sign what they cite: "“… / Jane Doe, Center for Economic Research.”" (the
    closing mark may come after the signature) -> (the name's last word, Jane Doe)."""
    if q.open != q.para_start or q.closed and ctx.text[q.close + 1:q.para_end].strip():
        return None
    k = bisect_left(ctx.paragraphs, (q.para_end,))
    if k >= len(ctx.paragraphs):
        return None
    start, end = ctx.paragraphs[k]
    line = ctx.text[start:end].strip().rstrip("”\"’'")
    if not line.endswith(".") or any(ch in _QUOTE_MARKS for ch in line):
        return None
    toks = [t for t in ctx.tokens_from(start, end) if not t.is_space]
    words = [t for t in toks if not t.is_punct]
    span = next((s for s in (ctx.persons[t.i] for t in words[:_MAX_TITLE + 1]) if s is not None), None)
    if span is None or len(words) > _MAX_SIGNATURE or any(not t.text[:1].isupper() or t.pos_ in ("VERB", "AUX")
                                                          for t in words if t.i < span.start):
        return None
    after = ctx.doc[span.end] if span.end < len(ctx.doc) else None
    if after is None or after.text not in (",", ".") or any(
            t.pos_ in ("VERB", "AUX") and t.text.islower() for t in words if t.i >= span.end):
        return None
    return Found(ctx.doc[span.end - 1], mention_for(ctx.doc[span.end - 1], ctx))


def _signature(ctx: Context, words: list[Token]) -> SpeakerMention | None:
    """A capitalised name that makes the signature or its first part, where the person spans missed it
    (the dash glued to its first word: "-Jane Doe, Ohio.", "-President Doe, tweeting after …"); titles
    are left out of the name."""
    for k, tok in enumerate(words):
        if not tok.text.lstrip("-–—")[:1].isupper():
            return None
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if k > 0 and tok.pos_ == "PROPN" and (after is None or after.text in (",", ".") or after.is_space):
            names = [t.text.lstrip("-–—") for t in words[:k + 1]]
            name = " ".join(w for w in names if w.lower().rstrip(".") not in ctx.lex.titles)
            start = words[0].idx + len(words[0].text) - len(names[0])
            return SpeakerMention("name", start, tok.idx + len(tok), ctx.text[start:tok.idx + len(tok)], name)
    return None


def said_before(ctx: Context, q: QuotedSpan, lemmas: frozenset[str], quoted: Quoted) -> Found | None:
    """A quotation right after a sentence of its paragraph whose main verb is a cue without content of
    its own: "Jane Doe, the party's spokeswoman, said in a statement. “…”" -> (said, Jane Doe)."""
    if q.open == q.para_start:
        return None
    before = ctx.tokens_from(q.para_start, q.open)
    last = next((t for t in reversed(before) if not t.is_space), None)
    if last is None or last.text not in SENT_END or ctx.text[last.idx + 1:q.open].strip():
        return None
    root = sentence_of(last).root
    if quoted.covers(root.idx) or not is_cue(root, lemmas) or any(c.dep_ in CONTENT_DEPS for c in root.children):
        return None
    mention, _ = speaker_mention(root, ctx, quoted, inversion=False)
    return Found(root, mention) if mention is not None and mention.kind in ("name", "pronoun", "role") else None
