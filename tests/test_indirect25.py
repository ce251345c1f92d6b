"""pipeline_attribution, reported speech (round 25): a second "that" clause of a report is no trailing
attribution; a policy document's head noun gives no statement (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _indirect(nlp, text):
    return [(q.text, q.cue) for q in nlp(text)._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor visited the flooded street on Monday. She said that several families had asked the town to "
     "repair the embankment, and that the request had still not been answered.",
     [("several families had asked the town to repair the embankment, and that the request had still not "
       "been answered", "said")]),
    ("He said Lisbon was ready to pay for part of the new line and that Galp, the Portuguese energy group, "
     "would consider a stake in the project.",
     [("Lisbon was ready to pay for part of the new line and that Galp, the Portuguese energy group, would "
       "consider a stake in the project", "said")]),
])
def test_indirect_second_that_clause_is_no_trailing_attribution(nlp, text, expected):
    assert _indirect(nlp, text) == expected


def test_indirect_trailing_attribution_after_a_comma_stays(nlp):
    text = "The bridge will reopen to lorries by the end of the month, the transport minister said."
    assert _indirect(nlp, text) == [("The bridge will reopen to lorries by the end of the month", "said")]


@pytest.mark.parametrize("text", [
    "The framework calls for closer engagement in regional affairs.",
    "The Vision describes a prosperous, democratic country united in its diversity.",
    "The review recommends that the army should buy more drones and fewer tanks.",
    "This review asks how far those goals were met.",
])
def test_indirect_policy_document_head_gives_no_statement(nlp, text):
    assert _indirect(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("A framework adviser to the president said the plan would fail.", [("the plan would fail", "said")]),
    ("A Harbour Times review found that the council had overspent on the ferry by a third.",
     [("the council had overspent on the ferry by a third", "found")]),
    ("The Harbour Times review found that the council had overspent on the ferry by a third.",
     [("the council had overspent on the ferry by a third", "found")]),
])
def test_indirect_modifier_or_named_review_keeps_its_source(nlp, text, expected):
    assert _indirect(nlp, text) == expected
