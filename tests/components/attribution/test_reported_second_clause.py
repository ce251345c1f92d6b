"""A second "that" clause joined to the cue ("said that A, but that B") is part of the same statement."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The treasurer said that the budget was balanced, and that the city would not borrow money this year.",
         [("the budget was balanced, and that the city would not borrow money this year", "said", "", "treasurer")]),
        ("The mayor said that the town needs a new arena, but that he would not support a tax increase to pay "
         "for it.",
         [("the town needs a new arena, but that he would not support a tax increase to pay for it", "said", "",
           "mayor")]),
    ],
)
def test_second_that_clause(nlp, text, expected):
    assert _rows(nlp, text) == expected
