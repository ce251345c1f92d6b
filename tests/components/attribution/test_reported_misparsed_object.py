"""A reported clause the parser took for one noun phrase ("said the recall affects products": "affects" as a
modifier of "products") is still the statement."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Health Canada said the recall affects products sold across the country.",
         [("the recall affects products sold across the country", "said", "", "Health Canada")]),
        ("The ministry said the plan costs too much.", [("the plan costs too much", "said", "", "ministry")]),
    ],
)
def test_finite_verb_inside_the_object(nlp, text, expected):
    assert _rows(nlp, text) == expected
