"""Stage 3 units: the text pieces that may be claims (quote sentences, the document's own sentences).

A unit is character-exact (``doc.text[start:end]``) and trimmed like quotes: no edge whitespace,
surrounding quotation marks, trailing comma or final period. The document's sentences lose a
heading glued to them ("Title\\n\\nTASHKENT, 19 June 2025 — The institute …") and their dateline,
and a list that a sentence opens with a colon stays one unit with it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, takewhile

from spacy.tokens import Doc

from ..components.tokens import char_offsets
from ..doctext import DATELINE
from ..sentences import sentence_ranges

_LEAD = " \t\r\n\"'“”‘’«»"
_TRAIL = " \t\r\n.,;:—–-\"'“”‘’«»"
_ENDS_SENTENCE = tuple(".!?:;…\"”’»)")
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[•●▪‣*–—-])\s")


@dataclass(frozen=True, slots=True)
class Unit:
    """A candidate claim: its character span, who asserts it, and the quote it comes from."""

    start: int
    end: int
    claimant: str = ""
    quote_index: int | None = None  # the quote's index in the quotes table (1-based)
    cue_start: int = -1  # characters of the reporting cue, -1 for the document's own sentences
    cue_end: int = -1
    claimant_label: str = "PERSON"  # PERSON, ORG or COUNTRY (pipeline.claims.claimants.Claimant)
    claimant_key: str = ""  # the entity key of an ORG or COUNTRY claimant
    quote_kind: str = ""  # "direct" or "indirect" for a piece of a quote, "" for a sentence of the document's own


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of ``text`` without edge whitespace, quotation marks and trailing punctuation."""
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


def without_heading(text: str, start: int, end: int) -> int:
    """Where the unit starts once a heading glued before a line break is cut off ('' heading: ``start``)."""
    cut = start
    for m in re.finditer(r"\n", text[start:end]):
        before = text[start:start + m.start()].rstrip()
        if before and not before.endswith(_ENDS_SENTENCE) and not _LIST_ITEM.match(text, start + m.end()):
            cut = start + m.end()
    return cut


def without_dateline(text: str, start: int, end: int) -> int:
    """Where the unit starts once a leading dateline ("BISHKEK, 17 January 2022 — ") is cut off."""
    m = DATELINE.match(text, start, end)
    return m.end() if m else start


def is_heading(text: str, start: int, end: int) -> bool:
    """A heading, title or caption: a line of its own ([start, end) ends at a line break) that does not
    end like a sentence ("Ortega wins global primary\n\n")."""
    piece = text[start:end]
    ends_line = piece.rstrip(" \t") != piece.rstrip() or text[end:end + 80].lstrip(" \t").startswith("\n")
    return ends_line and not piece.rstrip().endswith(_ENDS_SENTENCE)


_FIRST_VISIBLE = re.compile(r"\s*")  # what str.lstrip() removes
_BLANK_REST = re.compile(r"[ \t\r]*\n")  # a line break after spaces, tabs and carriage returns


def without_title(text: str, start: int, end: int, *, max_words: int = 15) -> int:
    """Where the unit starts once the document's title is cut off: a short first line of one sentence standing
    as a paragraph of its own, with or without a final period ("Ortega wins global primary.\n\nWASHINGTON …")."""
    lead, title_end = _title(text, max_words)
    if title_end < 0:
        return start
    return max(start, title_end) if start <= lead + 1 else start


@lru_cache(maxsize=1)  # every unit of a Doc asks about the same text
def _title(text: str, max_words: int) -> tuple[int, int]:
    """(where the first line's text starts, where the title ends or -1 when the text opens with no title)."""
    visible = _FIRST_VISIBLE.match(text)  # always matches
    lead = visible.end() if visible else 0
    title_end = text.find("\n", lead)  # the first line, read in place (no copy of the text per unit)
    if title_end < 0 or not _BLANK_REST.match(text, title_end + 1):
        return lead, -1
    first_line = text[lead:title_end]
    one_sentence = not re.search(r"[.!?][\"”’]?\s+\S", first_line.strip())
    if len(first_line.split()) > max_words or not one_sentence:
        return lead, -1
    return lead, title_end


def is_dateline_only(text: str) -> bool:
    """A bare dateline ("YEREVAN, 26 July 2019")."""
    return bool(re.fullmatch(r"[A-Z][A-Z .'’-]+[A-Z],?\s[^\n.]{0,30}", text.strip()))


def clean(text: str, start: int, end: int) -> tuple[int, int]:
    """``trimmed`` after cutting the document's title, a glued heading and a dateline."""
    start, end = trimmed(text, start, end)
    start = without_heading(text, without_title(text, start, end), end)
    start, end = trimmed(text, start, end)
    return trimmed(text, without_dateline(text, start, end), end)


_DANGLING_MARKER = re.compile(r"\n\s*(?:\d{1,2}[.)]|[•●▪‣*–—-])$")


def _continues(text: str, block: tuple[int, int], start: int) -> bool:
    """Whether the sentence starting at character ``start`` goes on the list that ``block`` opens: the block ends
    with a colon, a semicolon or a dangling item marker ("…:\n1."), and no blank line comes between."""
    head = text[block[0]:block[1]].rstrip()
    if "\n\n" in text[block[1]:start] or "\n\n" in text[block[0]:block[1]].rstrip():
        return False
    return head.endswith((":", ";")) or _DANGLING_MARKER.search(head) is not None


def sentence_blocks(doc: Doc, text: str) -> list[tuple[int, int]]:
    """The document's sentences as character spans, a sentence that opens a list merged with its items
    (``text`` is ``doc.text``, which spaCy rebuilds on every access). The sentences' character offsets are read
    from their tokens' (no Span made per sentence)."""
    blocks: list[tuple[int, int]] = []
    starts, ends = char_offsets(doc)
    for first, stop in sentence_ranges(doc):
        start, end = starts[first], ends[stop - 1]
        if blocks and _continues(text, blocks[-1], start):
            blocks[-1] = (blocks[-1][0], end)
        else:
            blocks.append((start, end))
    return blocks


def quote_pieces(text: str, blocks: list[tuple[int, int]], start: int, end: int) -> Iterator[tuple[int, int]]:
    """The quote [start, end) of ``text`` cut at the boundaries of the sentence ``blocks`` (from
    :func:`sentence_blocks`, in text order), each piece cleaned; the whole quote when no block holds it."""
    first = max(0, bisect_right(blocks, (start, len(text) + 1)) - 1)
    pieces = [(max(start, lo), min(end, hi)) for lo, hi in takewhile(lambda b: b[0] < end, islice(blocks, first, None))
              if start < hi]
    for lo, hi in pieces or [(start, end)]:
        yield clean(text, lo, hi)
