"""Stage 2 helper for pipeline_attribution: markup left in a text says nothing.

News texts keep embedded posts as tags (``<tweet id="…" author="@SpeakerRyan" datetime="2016-07-05">``,
``<tweet/>``); a statement that starts or ends inside a tag is the parser reading its attributes
('tweet-date="March 11, 2016"'), or a quotation paired across an attribute's marks ('author="CNN">Rubio
stadium event …<tweet/>'), not what anyone said.
"""

from __future__ import annotations

import re

from .candidates import QuoteCandidate

_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]*)?/?>")


def outside_markup(text: str, cands: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """``cands`` without the statements that start or end inside a tag."""
    if "<" not in text:
        return cands
    tags = [m.span() for m in _TAG.finditer(text)]
    if not tags:
        return cands
    return [c for c in cands if not any(lo <= c.start < hi or lo < c.end <= hi for lo, hi in tags)]
