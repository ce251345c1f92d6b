"""components/tokens.py, round 28: ``expanded_span`` gives what ``doc.char_span(..., alignment_mode="expand")`` gives,
found by bisection over the token offsets kept with the Doc instead of by spaCy's, which makes four Tokens."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from pipeline.components.tokens import expanded_span

_WORDS = ["\n", "Ministers", "met", "in", "Tashkent", ",", "\n\n", "“", "Talks", "went", "well", ".", "”", "  "]
_SPACES = [False, True, True, True, False, True, False, False, True, True, False, False, True, False]


def _doc() -> Doc:
    return Doc(spacy.blank("en").vocab, words=_WORDS, spaces=_SPACES)


def _bounds(span) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)


def _outcome(find, start: int, end: int) -> object:
    try:
        return _bounds(find(start, end))
    except IndexError:  # (spaCy's, for a range ending before it starts)
        return IndexError


def test_expanded_span_agrees_with_spacy_for_every_character_range():
    doc = _doc()
    n = len(doc.text)
    for start in range(-2, n + 3):
        for end in range(start - 2, n + 3):
            assert _outcome(lambda s, e: expanded_span(doc, s, e), start, end) == _outcome(
                lambda s, e: doc.char_span(s, e, alignment_mode="expand"), start, end), (start, end)


def test_expanded_span_takes_every_token_a_range_touches():
    doc = _doc()
    text = doc.text
    assert text == "\nMinisters met in Tashkent, \n\n“Talks went well.”   "
    assert expanded_span(doc, text.index("ters"), text.index(" in")).text == "Ministers met"
    assert _bounds(expanded_span(doc, text.index(" in"), text.index(" in") + 1)) == (3, 3)  # the space only: empty
    assert expanded_span(doc, text.index("“"), text.index("“") + 1).text == "“"
    assert _bounds(expanded_span(doc, 0, len(text))) == (0, 14)
    assert expanded_span(doc, 0, len(text) + 1) is None  # (past the text, as spaCy)
