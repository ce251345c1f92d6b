"""pipeline_attribution, more reports with an object or a passive: "ignored the offer", "answered the
question", "accused them of stalling", "described himself as …", "who are expected to …", "has been seen as …"."""

from __future__ import annotations

import pytest


def _indirect(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Dana Whitfield ignored the ruling party's offer of talks.",
         [("the ruling party's offer of talks", "ignored", "Dana Whitfield")]),
        # an act, not a statement
        ("The company declared bankruptcy in 2015.", []),
        # a pronoun object is the content with its predicate
        ("Senator Dana Whitfield accused them of stalling the reform.",
         [("them of stalling the reform", "accused", "Dana Whitfield")]),
        ("The finance minister described himself as a cautious reformer.",
         [("himself as a cautious reformer", "described", "")]),
        # but not alone
        ("Senator Dana Whitfield ignored them.", []),
    ],
)
def test_attribution_object_acts(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers, who are expected to approve the budget on Friday, met in Tallinn.",
         [("who are expected to approve the budget on Friday", "are expected", "")]),
        ("They are expected to announce the new tariffs next week.",
         [("They are expected to announce the new tariffs next week", "are expected", "")]),
        ("It is expected to rain on Friday.", []),
    ],
)
def test_attribution_passive_report_pronouns(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The central bank governor has long been seen as a cautious voice on interest rates.",
         [("The central bank governor has long been seen as a cautious voice on interest rates", "been seen as",
           "")]),
        ("The agreement, which is widely viewed as a setback for the opposition, was signed on Friday.",
         [("which is widely viewed as a setback for the opposition", "viewed as", "")]),
        ("It is seen as a good sign.", []),
    ],
)
def test_attribution_passive_predicate(nlp, text, expected):
    assert _indirect(nlp, text) == expected


def test_attribution_no_report_inside_a_document_statement(nlp):
    # what a document states is no speaker's statement, nor is a cue inside it
    text = "The strategy insists that the country does not regard itself as a rival of its neighbours."
    assert _indirect(nlp, text) == []
