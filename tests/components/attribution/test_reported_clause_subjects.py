"""A reported clause keeps its own subject: a demonstrative "that" ("said that would be a mistake") is a word of
the statement, not a complementizer, and a subject the parser made the cue's object ("felt her tone was too
harsh") opens the statement."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor said that would be a mistake.", [("that would be a mistake", "said")]),
        ("I think that was right; the deal would have cost far more.", [("that was right", "think")]),
        ("The mayor said that the bridge would reopen in May.", [("the bridge would reopen in May", "said")]),
    ],
)
def test_demonstrative_that_opens_the_statement(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("People close to the senator felt her projection of anger in the last debate was over the top.",
         [("her projection of anger in the last debate was over the top", "felt")]),
    ],
)
def test_subject_taken_for_the_cue_object(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The librarian said she hoped to reopen the reading room in June, and then would extend its hours.",
         [("she hoped to reopen the reading room in June, and then would extend its hours", "said")]),
    ],
)
def test_modal_conjunct_goes_on_with_the_statement(nlp, text, expected):
    assert _rows(nlp, text) == expected
