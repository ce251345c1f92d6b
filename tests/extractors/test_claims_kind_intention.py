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
