"""``doc_text(doc)``: a Doc's text, built once per Doc.

spaCy's ``doc.text`` joins every token's text on each call. The components
read the whole text for character-level checks (paragraphs, headline lines,
document titles); this helper builds it on the first call and keeps it in
``doc.user_data`` (a plain str, so the Doc still serializes), checked against
the Doc's length so that a retokenized Doc gets a fresh one.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = ("pipeline", "text")


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc."""
    cached = doc.user_data.get(_KEY)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    text = doc.text
    doc.user_data[_KEY] = (len(doc), text)
    return text
