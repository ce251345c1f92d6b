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

from typing import cast

import numpy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from ...doctext import DATELINE, doc_text, paragraphs

NAME = "paragraph_breaks"


@Language.component(NAME)
def paragraph_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token of each paragraph but the first; a dateline opening a
    paragraph stays in its first sentence."""
    text = doc_text(doc)
    found = paragraphs(text)
    if len(found) < 2 and not DATELINE.match(text):
        return doc
    starts = doc.to_array("IDX")  # token offsets, in one call
    marks = doc.to_array("SENT_START").astype("int64")  # 1 starts a sentence, -1 does not, 0 unknown
    for k, (start, end) in enumerate(found):
        first = _token_at(starts, start)
        if k:
            marks[first] = 1
        dateline = DATELINE.match(text, start, end)
        if dateline is not None:  # "BISHKEK, 17 February 2025 — Kyrgyzstan has …": one sentence
            marks[first + 1:_token_at(starts, dateline.end()) + 1] = -1
    column = cast(Ints2d, marks.astype("uint64").reshape(-1, 1))
    doc.from_array(["SENT_START"], column)  # (in one call: a token's setter scans the Doc)
    return doc


def _token_at(starts: numpy.ndarray, char: int) -> int:
    """The index of the token that covers character ``char`` (``starts``: the tokens' offsets)."""
    return max(0, int(numpy.searchsorted(starts, char, side="right")) - 1)


def use_paragraph_starts(nlp: Language) -> None:
    """Add ``paragraph_breaks`` right before the parser (once; nothing without a parser)."""
    if "parser" in nlp.pipe_names and NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
