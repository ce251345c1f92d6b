"""Stage 2 set-up: a blank line ends a sentence, before the parser reads the Doc.

The parser may run a sentence over a blank line: a headline without a final stop joins the first
sentence of the article ("Man hurt in Richmond stabbing\\n\\nRichmond police said a man …"), and the
subject of "said" becomes the headline's noun; two paragraphs can become one sentence too ("…
with Mexico.\\n\\nChris Christie added that …" gave the statement to Cruz). The component
``paragraph_breaks`` marks the first token of every paragraph after the first (paragraphs as
:func:`pipeline.doctext.paragraphs` finds them) as a sentence start; spaCy's parser keeps the
boundaries it finds set.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ...doctext import doc_text, paragraphs

NAME = "paragraph_breaks"
# a news dateline: an upper-case place, the agency or the date, a dash ("BISHKEK, 17 February 2025 — ")
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+[A-Z](?: \([^)]{1,30}\))?,?[^\n.—–]{0,30}?\s[—–-]{1,2}\s+")


@Language.component(NAME)
def paragraph_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token of each paragraph but the first; a dateline opening a
    paragraph stays in its first sentence."""
    text = doc_text(doc)
    for k, (start, end) in enumerate(paragraphs(text)):
        first = _token_at(doc, start)
        if first is None:
            continue
        if k:
            doc[first].is_sent_start = True
        dateline = _DATELINE.match(text, start, end)
        if dateline is not None:  # "BISHKEK, 17 February 2025 — Kyrgyzstan has …": one sentence
            after = _token_at(doc, dateline.end())
            for i in range(first + 1, (after if after is not None else first) + 1):
                doc[i].is_sent_start = False
    return doc


def _token_at(doc: Doc, char: int) -> int | None:
    """The index of the token that starts at or covers character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else None


def use_paragraph_starts(nlp: Language) -> None:
    """Add ``paragraph_breaks`` right before the parser (once; nothing without a parser)."""
    if "parser" in nlp.pipe_names and NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
