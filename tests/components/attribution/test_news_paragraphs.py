"""A blank line ends a sentence (``paragraph_breaks``, before the parser): a headline without a full stop
does not join the article's first sentence and lend its statement a subject."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "indirect"]


def test_paragraph_starts_a_sentence(nlp):
    doc = nlp("Ferry sailings cancelled\n\nHigh winds kept the ferries in port on Tuesday.")
    assert [s.text.strip() for s in doc.sents] == ["Ferry sailings cancelled",
                                                   "High winds kept the ferries in port on Tuesday."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline without a full stop: not the subject of "said"
        ("Man hurt in Langford stabbing\n\nLangford police said a man was taken to hospital with serious "
         "injuries after a fight on Saturday night.",
         [("a man was taken to hospital with serious injuries after a fight on Saturday night", "said", "",
           "Langford police")]),
    ],
)
def test_attribution_paragraph_ends_sentence(nlp, text, expected):
    assert _rows(nlp, text) == expected
