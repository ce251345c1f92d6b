"""Stage 2 helper for pipeline_attribution: display quotes that repeat a quote of the body.

A feature's headline or a section heading often is a quotation alone on its line, repeated from the body
where the text attributes it ("‘We will open the clinic in May.’ ¶ … “We will open the clinic in May,”
said Nora Vance."). The display line is no statement of its own: :func:`drop_display_repeats` keeps the
attributed one only. So is the quotation an interview's or feature's headline displays with no cue
("Q&A: “We are small, but we are not silent”", "“Smaller means smarter”: a minister on the new policy"):
the body gives the words to their speaker, where they are said, or does not give them at all.
"""

from __future__ import annotations

import re

from .candidates import QuoteCandidate
from .marks import QuotedSpan

_WORD = re.compile(r"[^\W_]+")
_QUOTED = re.compile(r"[\"“”„«»][^\"“”„«»]*[\"“”„«»]|[‘’][^‘’]*[’]")  # a headline's quotations, with their marks
_SENT_END = frozenset(".?!")


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


def _alone(text: str, q: QuotedSpan) -> bool:
    """The quotation is its paragraph's whole text (a headline or heading line)."""
    return q.closed and not text[q.para_start:q.open].strip() and not text[q.close + 1:q.para_end].strip(" \t.")


def _headline_end(text: str) -> int:
    """Where the text's headline ends: its first line, when that line is a title (no sentence ends outside
    its quotations, and more text follows); 0 when the text opens with no such line."""
    first = len(text) - len(text.lstrip())
    end = text.find("\n", first)
    if end < 0 or not text[end:].strip():
        return 0
    outside = _QUOTED.sub("", text[first:end]).rstrip()
    return 0 if any(ch in _SENT_END for ch in outside) else end


def drop_display_repeats(text: str, spans: list[QuotedSpan], out: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """``out`` without the quotes that stand alone on their line with no cue and repeat, word for word,
    a quote elsewhere in the text that has a cue, and without the quotes of the text's headline that have
    neither a cue nor a speaker.

    Args:
        text: the Doc's text.
        spans: the Doc's quotations (:func:`.marks.quoted_spans`).
        out: the direct candidates found in them.
    """
    alone = {q.start for q in spans if _alone(text, q)}
    cued = {_words(text[c.start:c.end]) for c in out if c.cue_start >= 0}
    headline = _headline_end(text)
    return [c for c in out if not (c.cue_start < 0 and c.mention is None and (
        c.start in alone and _words(text[c.start:c.end]) in cued or c.end <= headline))]
