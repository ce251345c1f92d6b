"""pipeline_attribution, reported speech on news: intentions, impressions and "about" reports."""

from __future__ import annotations

import pytest


def _indirect(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor has sought to reassure farmers worried about the new water rules.",
         [("to reassure farmers worried about the new water rules", "sought")]),
        ("The mayor plans to run for a third term next year.",
         [("to run for a third term next year", "plans")]),
        ("The senator decided not to endorse either candidate before the primary.",
         [("not to endorse either candidate before the primary", "decided")]),
    ],
)
def test_attribution_indirect_intentions(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The front-runner appeared to soften his position on trade during the debate.",
         [("The front-runner appeared to soften his position on trade during the debate", "appeared")]),
        ("The agreement seems unlikely to survive a vote in the lower house.",
         [("The agreement seems unlikely to survive a vote in the lower house", "seems")]),
        ("It seems the talks have stalled.", []),  # the writer's hedge
    ],
)
def test_attribution_indirect_impressions(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator was asked about the pipeline at a town hall meeting on Monday.",
         [("the pipeline", "asked about")]),
        ("Voters raised questions about the cost of the stadium.",
         [("the cost of the stadium", "questions about")]),
        ("The candidate joked about his age during the rally.", [("his age", "joked about")]),
        ("Turnout rose by about 10 percent.", []),
    ],
)
def test_attribution_indirect_about(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor wants a new bridge over the river.", [("a new bridge over the river", "wants")]),
        ("The union backed the measure.", [("the measure", "backed")]),
        ("The mayor offered a compromise on the parking fees.",
         [("a compromise on the parking fees", "offered")]),
    ],
)
def test_attribution_indirect_wishes_with_an_object(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator voted for the farm bill.", [("the farm bill", "voted for")]),
        ("The governor apologized for the remark.", [("the remark", "apologized for")]),
    ],
)
def test_attribution_indirect_votes_and_apologies(nlp, text, expected):
    assert _indirect(nlp, text) == expected


def test_attribution_indirect_report_inside_a_relative_clause(nlp):
    """The statement opens with the relative pronoun and holds its cue (round 16: as PolNeAR marks it)."""
    text = "The mayor proposed a new tax on hotel rooms, which she said would pay for the repairs."
    assert _indirect(nlp, text) == [("a new tax on hotel rooms", "proposed"),
                                    ("which she said would pay for the repairs", "said")]


def test_attribution_indirect_that_clause_after_the_occasion(nlp):
    """The parser hangs the "that" clause on the occasion's noun as a relative clause."""
    text = "The governor said during a radio interview that the state would appeal the ruling."
    assert _indirect(nlp, text) == [("the state would appeal the ruling", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A ruling is expected to come in May.", [("A ruling is expected to come in May", "is expected")]),
        ("Several senators wondered whether the deal would survive.",
         [("whether the deal would survive", "wondered")]),
        ("The council voted to repeal the curfew.", [("to repeal the curfew", "voted")]),
        ("The candidate claimed victory in the primary.", [("victory in the primary", "claimed")]),
        ("The governor hopes the talks will resume soon.", [("the talks will resume soon", "hopes")]),
    ],
)
def test_attribution_indirect_expectations_wonders_and_votes(nlp, text, expected):
    assert _indirect(nlp, text) == expected


def test_attribution_indirect_runs_through_the_quotation_it_opens(nlp):
    text = "The senator said the governor “has the courage to fight. He is not afraid of anyone.”"
    assert _indirect(nlp, text) == [("the governor “has the courage to fight. He is not afraid of anyone.”", "said")]
