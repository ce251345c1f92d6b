"""Stage 2 helper for pipeline_attribution: markup left in a text says nothing.

News texts keep embedded posts as tags (``<tweet id="…" author="@SpeakerRyan" datetime="2016-07-05">``,
``<tweet/>``); a statement that starts or ends inside a tag is the parser reading its attributes
('tweet-date="March 11, 2016"'), or a quotation paired across an attribute's marks ('author="CNN">Rubio
stadium event …<tweet/>'), not what anyone said. A tag may run over a line break (an attribute's value
broken by the text's paragraphs), and a quotation inside an embedded post is the post's text, which the
article shows rather than quotes (:func:`outside_posts`).
"""

from __future__ import annotations

import re

from .candidates import QuoteCandidate

_MAX_TAG = 300  # characters of a tag's attributes
_TAG = re.compile(rf"</?[A-Za-z][\w-]*(?:\s[^<>]{{0,{_MAX_TAG}}})?/?>")
_OPENING = re.compile(rf"<([A-Za-z][\w-]*)(?:\s[^<>]{{0,{_MAX_TAG}}})?>")


def _inside(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(lo <= pos < hi for lo, hi in regions)


def outside_markup(text: str, cands: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """``cands`` without the statements that start or end inside a tag."""
    if "<" not in text:
        return cands
    tags = [m.span() for m in _TAG.finditer(text)]
    if not tags:
        return cands
    return [c for c in cands if not any(lo <= c.start < hi or lo < c.end <= hi for lo, hi in tags)]


def embedded_posts(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each element an opening tag starts and its end tag (``</tweet>`` or ``<tweet/>``)
    closes: ``<tweet author="@senbrandt">Thank you all …<tweet/>``."""
    if "<" not in text:
        return []
    out = []
    for m in _OPENING.finditer(text):
        if m.group(0).endswith("/>"):
            continue
        name = re.escape(m.group(1))
        end = re.compile(rf"</{name}>|<{name}\s*/>").search(text, m.end())
        if end is not None:
            out.append((m.start(), end.end()))
    return out


def outside_posts(text: str, cands: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """``cands`` without the quotations that start inside an embedded post (:func:`embedded_posts`)."""
    posts = embedded_posts(text)
    return [c for c in cands if not _inside(c.start, posts)] if posts else cands
