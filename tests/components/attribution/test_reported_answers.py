"""A short answer is the whole statement ("the mayor said no", "40 percent said so"): ``answer_words``."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last year, 40 percent said so.", [("so", "said", "", "40 percent")]),
        ("Among men, 61 percent say the same of the premier.",
         [("the same of the premier", "say", "", "61 percent")]),
        ("Asked if the tax was fair, 46 percent of residents said yes, compared with 30 percent who said the "
         "opposite.",
         [("yes", "said", "", "46 percent of residents"), ("the opposite", "said", "", "30 percent")]),
        # not an answer: "said no to" takes an object of its own
        ("The council said no to the plan.", []),
    ],
)
def test_answer_is_the_statement(nlp, text, expected):
    assert _rows(nlp, text) == expected


def test_answer_replaces_the_clause_before_the_comma(nlp):
    rows = _rows(nlp, "Asked if he would run again, the mayor said no.")
    assert ("no", "said", "", "mayor") in rows
    assert not any(cue == "said" and text != "no" for text, cue, _, _ in rows)
