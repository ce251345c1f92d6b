"""Claims: commitments, aims and schedules are predictions (benchmarks/CLAIMS.md convention 8), a participle
without a clause of its own is none."""

from __future__ import annotations

import pytest

from pipeline.extractors.claims import claims

pytestmark = pytest.mark.usefixtures("without_kind_model")  # the rules' kinds, no learned model


def _kinds(nlp, text):
    return [(c.text, c.kind, c.kind_cue) for c in claims(nlp(text))]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("The strategy commits Romania to raising defence spending to 2.5 percent of GDP by 2026.",
         [("The strategy commits Romania to raising defence spending to 2.5 percent of GDP by 2026", "prediction",
           "commits")]),
        ("In energy, the plan seeks to double the share of solar power in the grid.",
         [("In energy, the plan seeks to double the share of solar power in the grid", "prediction", "seeks")]),
        ("The council is scheduled to vote on the budget on 14 March.",
         [("The council is scheduled to vote on the budget on 14 March", "prediction", "scheduled to")]),
    ],
)
def test_commitments_and_schedules_are_predictions(nlp, text, rows):
    assert _kinds(nlp, text) == rows


def test_participle_is_no_intention(nlp):
    rows = _kinds(nlp, "Critics read the paper as a signal aimed at two capitals at once.")
    assert [kind for _, kind, _ in rows] == ["opinion"]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("The review sets out the threats, pledging to build four new frigates by 2030.",
         [("The review sets out the threats, pledging to build four new frigates by 2030", "prediction",
           "pledging")]),
        ("The mayor closed the bridge on Monday, urging drivers to avoid the old town.",
         [("The mayor closed the bridge on Monday, urging drivers to avoid the old town", "recommendation",
           "urging")]),
    ],
)
def test_a_speech_act_participle_performs_its_act(nlp, text, rows):
    """"..., pledging to" commits and "..., urging X to" calls in a clause of their own; "..., seeking" does not."""
    assert _kinds(nlp, text) == rows


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        ("The finance minister said the tax was unlikely to raise much money.", "prediction", "unlikely to"),
        ("A delegation from the ministry is due in Dakar this week.", "prediction", "is due in"),
    ],
)
def test_odds_and_arrivals_are_predictions(nlp, text, kind, cue):
    assert [(k, c) for _, k, c in _kinds(nlp, text)] == [(kind, cue)]


def test_a_possibility_in_a_relative_clause_forecasts_nothing(nlp):
    """"might" describes the land; "will" in a relative clause still forecasts (benchmarks/CLAIMS.md, 6)."""
    assert [(k, c) for _, k, c in _kinds(nlp, "The council sold the land that might collapse under a new wall.")] \
        == [("fact", "")]
    assert [(k, c) for _, k, c in _kinds(nlp, "The town has problems that will stay with it for a decade.")] \
        == [("prediction", "will")]
