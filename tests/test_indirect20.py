"""pipeline_attribution, reported speech (round 20): a clause joined by "but" stays in the statement; the further
items of a listed object; a phrase a date only modifies; "declare" with a predicate; cues of no statement (sentences
written for these tests)."""

from __future__ import annotations

import pytest


def _indirect(nlp, text):
    return [(q.text, q.cue) for q in nlp(text)._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lena Park said the bridge had been inspected in May, but the report was never published.",
         [("the bridge had been inspected in May, but the report was never published", "said")]),
        ("The mayor said the plant was safe, but he declined to answer questions.",
         [("the plant was safe", "said"), ("to answer questions", "declined")]),
        ("A county poll showed most residents used the bus, but the sample was small.",
         [("most residents used the bus", "showed")]),
    ],
)
def test_indirect_clause_joined_by_but_stays_in_the_statement(nlp, text, expected):
    """A "but" clause with its own subject is the statement's second half; with "he" or "she" it is the
    speaker's own act, and after a poll's or a study's finding the writer's comment."""
    assert _indirect(nlp, text) == expected


def test_indirect_listed_objects_the_parser_hung_on_the_verb(nlp):
    text = ("Few speakers spent time discussing the budget, the new library, the parking rules or a plan for the "
            "harbour.")
    assert _indirect(nlp, text) == [
        ("the budget, the new library, the parking rules or a plan for the harbour", "discussing")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She is stressing her second-place finish in last month's regional race.",
         [("her second-place finish in last month's regional race", "stressing")]),
        ("She praised the plan on Tuesday.", [("the plan", "praised")]),
    ],
)
def test_indirect_phrase_a_date_only_modifies_goes_on_with_the_object(nlp, text, expected):
    assert _indirect(nlp, text) == expected


def test_indirect_noun_phrase_before_an_interrupting_quotation_stays(nlp):
    assert _indirect(nlp, "The budget, Berg said, “will not cover the repairs.”") == [("The budget", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor declared the festival a success.", [("the festival a success", "declared")]),
        ("The company declared bankruptcy in 2015.", []),
        ("The senator unveiled a new housing plan on Monday.", []),
        ("Her opposition to the bypass cost her the seat.", []),
        ("Supporters of the mayor gathered outside the hall.", []),
    ],
)
def test_indirect_lexicon_round_20(nlp, text, expected):
    """"declare" reports a view with a predicate after its object; unveiling a plan, an opposition to a thing and
    a group of supporters report no statement."""
    assert _indirect(nlp, text) == expected
