"""pipeline_policy, goal sentences (priority_cues.tsv): "is supposed to" and more verbs of change after "is to"; what
the document wants the country or its people to do."""

from __future__ import annotations

import pytest


def _texts(doc):
    return [q.text for p in doc._.pipeline_policies for q in p.priorities]


@pytest.mark.model
def test_policy_goal_supposed_to(nlp):
    doc = nlp("Ghana's National Industrial Plan was adopted in March. Industrial exports are supposed to climb to 20"
              " billion dollars by 2030.")
    assert _texts(doc) == ["Industrial exports are supposed to climb to 20 billion dollars by 2030"]


@pytest.mark.model
def test_policy_goal_is_to_average_and_move(nlp):
    doc = nlp("Peru's National Competitiveness Plan was adopted in 2019. The average growth rate is to average 4"
              " percent a year, and the share of exports is to move towards manufactured goods.")
    assert _texts(doc) == ["The average growth rate is to average 4 percent a year",
                           "the share of exports is to move towards manufactured goods"]


@pytest.mark.model
def test_policy_goal_wants_the_country_to(nlp):
    doc = nlp("Morocco's Industrial Acceleration Plan was launched in 2014. The plan wants the kingdom to build its"
              " own aircraft parts, and it wants carmakers to buy local steel.")
    assert _texts(doc) == ["to build its own aircraft parts", "to buy local steel"]
