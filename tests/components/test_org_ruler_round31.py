"""pipeline_org_ruler, round 31: mechanisms of the round-22 to round-29 sets that recur across their writers
(sentences written for these tests; exact values)."""

from __future__ import annotations

import pytest

from ..table_rows import organization_pairs


@pytest.mark.parametrize(
    "text",
    [
        "In a long speech, Mamani walked his audience through the plan. The targets are modest, Mamani added.",
        "Huanca walked her audience through the budget. Later, Huanca told reporters that the plan was sound.",
    ],
)
def test_org_ruler_surname_before_his_or_her_is_no_organization(nlp, text):
    assert organization_pairs(nlp(text)) == []


def test_org_ruler_role_holder_after_the_ministry_is_no_organization(nlp):
    doc = nlp("A spokesperson for the transport ministry, Ingrid Halvorsen, said the bridge would reopen.")
    assert organization_pairs(doc) == []


def test_org_ruler_operator_in_apposition_still_named(nlp):
    doc = nlp("The operator, Hafod Coaches, said the route would close.")
    assert organization_pairs(doc) == [("Hafod Coaches", "Hafod Coaches")]


def test_org_ruler_gazetteer_groupings_and_companies(nlp):
    doc = nlp("Gazprom and Ecopetrol signed a deal, and the Three Seas Initiative and the Five Power Defence "
              "Arrangements were discussed with Mercosur, the Southern Common Market.")
    assert organization_pairs(doc) == [
        ("Gazprom", "Gazprom"), ("Ecopetrol", "Ecopetrol"), ("Three Seas Initiative", "3SI"),
        ("Five Power Defence Arrangements", "FPDA"), ("Mercosur", "Mercosur"), ("Southern Common Market", "Mercosur"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the VANGUARD 2030 plan would be reviewed. VANGUARD cuts the deficit.",
        "The strategy is aligned with the European Green Deal and the Sustainable Development Goals.",
    ],
)
def test_org_ruler_programme_names_are_no_organizations(nlp, text):
    assert organization_pairs(nlp(text)) == []
