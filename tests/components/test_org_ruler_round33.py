"""pipeline_org_ruler, round 33: mechanisms of the development sets that recur across their writers (sentences
written for these tests; exact values)."""

from __future__ import annotations

import pytest

from ..table_rows import organization_pairs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The budget was sent to the National People's Assembly of Ruritania for a vote in March.",
         "National People's Assembly of Ruritania"),
        ("The bill was passed by the eastern-based House of Representatives after a long debate on the budget.",
         "House of Representatives"),
    ],
)
def test_org_ruler_name_over_a_peoples_possessive_or_a_house_with_its_complement(nlp, text, name):
    doc = nlp(text)
    assert organization_pairs(doc) == [(name, name)]


def test_org_ruler_bare_house_is_no_name(nlp):
    doc = nlp("The bill goes back to the House next week, when members will vote on it again.")
    assert organization_pairs(doc) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Engines will be built by the state shipbuilder PT KARYA under the terms of the deal.", "PT KARYA"),
        ("The port is run by the Peruvian mining company Quellor holding the remaining stake.", "Quellor"),
        ("The investor, Marlow Ports Australia, a subsidiary of a Dutch group, said it would appeal.",
         "Marlow Ports Australia"),
    ],
)
def test_org_ruler_described_name_needs_no_proper_noun_tags_and_may_end_in_a_country(nlp, text, name):
    doc = nlp(text)
    assert organization_pairs(doc) == [(name, name)]


@pytest.mark.parametrize(
    "text",
    [
        "The minister spoke on the deck of the helicopter carrier Vendemiaire on Tuesday about the plan.",
        "Cyclone Harold, which struck the islands in 2020, destroyed much of the harbour.",
        "Patrols in the Mozambique Channel, where piracy has risen, will be doubled next year.",
        "Unity between the West Bank and Gaza is the first aim of the new plan, officials say.",
    ],
)
def test_org_ruler_craft_storm_and_place_are_no_organizations(nlp, text):
    doc = nlp(text)
    assert organization_pairs(doc) == []
