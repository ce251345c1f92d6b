"""pipeline_org_ruler, round 34: mechanisms of the development sets that recur across their writers (sentences
written for these tests; exact values)."""

from __future__ import annotations

import pytest

from ..table_rows import organization_pairs


def test_org_ruler_name_runs_through_a_country_name_with_and(nlp):
    doc = nlp("The Government of Antigua and Barbuda approved the budget on Monday.")
    assert organization_pairs(doc) == [("Government of Antigua and Barbuda", "Government of Antigua and Barbuda")]


@pytest.mark.parametrize(
    "text",
    [
        "Under the plan the State will keep a majority stake in the railway.",
        "The Principality hopes to sign the agreement before the summer.",
    ],
)
def test_org_ruler_the_state_itself_is_no_organization(nlp, text):
    assert organization_pairs(nlp(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The recovery plan, known by its French acronym PRRN, was adopted in 2019. The PRRN runs to 2024.",
        "Visitors to the Kalondo National Park rose by a third last year.",
    ],
)
def test_org_ruler_a_plans_acronym_and_a_protected_area_are_no_organization(nlp, text):
    assert organization_pairs(nlp(text)) == []
