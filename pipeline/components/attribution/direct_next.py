"""Stage 2 helper for pipeline_attribution: a direct quote attributed by the paragraph after it.

A quotation that fills its paragraph may be named by the next one: "That was how Jeffrey Bewkes once
described the merger", or a dash and the speaker's name, as columns and notebooks quote ("– Jane Doe,
tweeting after the speech."). Each finder returns a :class:`.direct_cues.Found` or None.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .context import Context
from .direct_cues import Found, clause_verb
from .direct_subjects import speaker_mention
from .marks import Quoted, QuotedSpan
from .mentions import mention_for

_HOW = re.compile(r"(?:That|This)(?:\s+was|\s+is|[’']s)\s+how\s")  # "That was how X described it"
_MAX_TITLE = 3  # capitalised words between the dash and the name
_DASH = re.compile(r"\s*[-–—]+\s*")  # "– Jane Doe, …" opening a paragraph


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
    if name is None or any(t.i < name.i and not t.text.lstrip("-–—")[:1].isupper() for t in words):
        return None
    return Found(toks[0], mention_for(name, ctx))
