"""pipeline_attribution, reported speech in verbatim words: 'says that “…”' gives the reported statement
beside the direct quotation (as reported-speech corpora keep it); a bare quotation after the cue gives the
direct quotation only."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.kind, q.text, q.cue, q.speaker) for q in doc._.pipeline_quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Lena Ortiz says that “the budget will balance itself by spring.”",
         [("indirect", "“the budget will balance itself by spring.”", "says", "Lena Ortiz"),
          ("direct", "the budget will balance itself by spring.", "says", "Lena Ortiz")]),
        ("Mayor Lena Ortiz says: “The budget will balance itself by spring.”",
         [("direct", "The budget will balance itself by spring.", "says", "Lena Ortiz")]),
    ],
)
def test_attribution_that_before_quotation(nlp, text, expected):
    assert _rows(nlp, text) == expected
