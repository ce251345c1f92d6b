"""``doc_text(doc)``: a Doc's text, built once per Doc; ``paragraphs(text)``: its blank-line separated paragraphs;
``DATELINE``: a news dateline opening a paragraph.

spaCy's ``doc.text`` joins every token's text on each call. The components
read the whole text for character-level checks (paragraphs, headline lines,
document titles); this helper builds it on the first call and keeps it in
``doc.user_data`` (a plain str, so the Doc still serializes), checked against
the Doc's length so that a retokenized Doc gets a fresh one.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .docmemo import per_doc

_KEY = ("pipeline", "text")
# a blank line (spaces, tabs and no-break spaces allowed) and the white space after it
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
# a news dateline: an upper-case place (with its region's abbreviation: "LYTTON, B.C.", "ST. JOHN'S, N.L.",
# "ALBANY, Calif."), the agency or the date, a dash ("BISHKEK, 17 February 2025 — ")
REGION = r"(?:,\s*(?:[A-Z]\.){1,3}|,\s*[A-Z][a-z]{1,5}\.)?"
_DATELINE_HEAD = r"[A-Z][A-Z .'’-]+[A-Z]" + REGION + r"(?: \([^)]{1,30}\))?,?[^\n.—–]{0,30}?"
DATELINE = re.compile(_DATELINE_HEAD + r"\s[—–-]{1,2}\s+")
# a dateline with the agency after the date ("SKOPJE, 9 January 2025 (Vardar Press Agency) — "): for attribution,
# where the parser takes the place for the subject of the first sentence's verb
AGENCY_DATELINE = re.compile(_DATELINE_HEAD + r"\s\([^)\n]{1,40}\)\s[—–-]{1,2}\s+")


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc."""
    return per_doc(doc, _KEY, _text)


def _text(doc: Doc) -> str:
    return doc.text


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of ``text``: the runs between blank lines, without the white space
    that separates them; no empty paragraphs.

    ``paragraphs("Astana, 3 May.\\n\\n  The ministry said.\\n")`` -> ``[(0, 14), (18, 37)]``.
    """
    out, pos = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out
