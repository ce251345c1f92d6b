"""pipeline_attribution, reported speech on news: nested reports, wishes, knowledge, stances."""

from __future__ import annotations

import pytest


def _indirect(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue) for q in doc._.quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator said she expects the committee to approve the bill next week.",
         [("she expects the committee to approve the bill next week", "said")]),
        ("Analysts said they believe the central bank will hold rates steady.",
         [("they believe the central bank will hold rates steady", "said")]),
    ],
)
def test_attribution_indirect_nested_report_is_one_row(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor also wants to expand the state's paid leave program.",
         [("to expand the state's paid leave program", "wants")]),
        ("The minister knows that the reform will be unpopular in the provinces.",
         [("the reform will be unpopular in the provinces", "knows")]),
    ],
)
def test_attribution_indirect_wishes_and_knowledge(nlp, text, expected):
    assert _indirect(nlp, text) == expected
