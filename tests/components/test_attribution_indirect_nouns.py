"""pipeline_attribution, reported speech on news: nouns of intending and evaluating with their content."""

from __future__ import annotations

import pytest


def _indirect(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator's vow to block the nomination surprised her colleagues.",
         [("to block the nomination", "vow")]),
        ("The company's plan to build a factory near the river was approved.",
         [("to build a factory near the river", "plan")]),
        ("A decision to close the plant was announced on Friday.", []),  # nobody named
    ],
)
def test_attribution_indirect_intent_nouns(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor's attack on the city council drew a sharp reply.", [("the city council", "attack on")]),
        ("The minister's criticism of the central bank was unusually blunt.",
         [("the central bank", "criticism of")]),
    ],
)
def test_attribution_indirect_noun_topics(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new tariffs were criticized by the governor.", [("The new tariffs", "were criticized")]),
        ("The proposal was praised by several senators.", [("The proposal", "was praised")]),
        ("A recording was posted on the website.", []),  # no agent: an event, not a statement
    ],
)
def test_attribution_indirect_passive_of_an_object_cue(nlp, text, expected):
    assert _indirect(nlp, text) == expected
