"""pipeline_person_ruler, round 37: the author's line and note, a body said again in lower-case words, "of the
<place>-based Y", "then <role>", "its" after a place the NER calls an organization, a short form that is a place
(sentences written for these tests; exact rows)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows


@pytest.mark.parametrize(
    "text",
    [
        "Three Pillars, One Budget\n\nBy Dara Sokhom, economist at the Tonle Policy Forum, Phnom Penh\n\n"
        "The plan is candid, and I think it is the best the country has produced.\n",
        "Three Pillars, One Budget\n\nThe plan is candid, and I think it is the best the country has produced.\n\n"
        "Meera Pillai is a trade economist at the Malabar Institute of Commerce in Kochi.\n",
    ],
)
def test_affiliations_none_for_the_author(nlp, text):
    assert affiliation_rows(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ghana Investment Commission said on Monday that the plant would open. Kofi Boateng, deputy "
         "commissioner at the investment commission, told reporters that the project was large.",
         [("Kofi Boateng", "deputy commissioner", "Ghana Investment Commission", "")]),
        ("The Malaysian Coast Guard said the yard would be ready next year. Aina Rahman, a coast guard "
         "spokeswoman, said the service had kept two vessels in dock.",
         [("Aina Rahman", "spokeswoman", "Malaysian Coast Guard", "")]),
    ],
)
def test_affiliations_a_body_said_again_in_lower_case(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Themba Dube of the Durban-based Ubuntu Trade Forum was more generous. The priorities, he said, are right.",
         [("Themba Dube", "", "Ubuntu Trade Forum", "")]),
        ("Not everyone was enthusiastic. Amadou Sall, then chairperson of the African Union Commission, told the "
         "summit that the countries would have liked to be consulted.",
         [("Amadou Sall", "chairperson", "African Union Commission", "")]),
        ("Rafael Ortiz, who chairs the regional growers' association Huerta Unida Alliance, said the market was "
         "closed.",
         [("Rafael Ortiz", "chair", "Huerta Unida Alliance", "")]),
    ],
)
def test_affiliations_a_body_after_its_description(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fewer pickers arrived, according to Frutas Moreno Cooperative, a growers' group in Lepe. “Every day "
         "without pickers is fruit rotting,” said its manager, Rosa Vidal.",
         [("Rosa Vidal", "manager", "Frutas Moreno Cooperative", "")]),
        ("VILNIUS, 4 March (Baltic Ledger) - Two states agreed a deal. Poland’s Armament Agency said in a statement "
         "that joint purchases with the Baltic states were under consideration. Its spokesman, Jan Nowicki, added "
         "that the first batteries could arrive soon.",
         [("Jan Nowicki", "spokesman", "Armament Agency", "")]),
    ],
)
def test_affiliations_its_not_a_place(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lina Haddad, a director at Atlas Risk Partners, said the risk was small.", ["Atlas Risk Partners"]),
        ("The port is run by Island Grid Analytics and Orchid Gateway Logistics.",
         ["Island Grid Analytics", "Orchid Gateway Logistics"]),
        # a headline's title case: "Key" never opens a name
        ("New Doctrine Names China and India as Key Partners\n\nThe concept names China and India as partners.", []),
    ],
)
def test_organizations_company_heads_round37(nlp, text, expected):
    assert [e.text for e in nlp(text).ents if e.label_ == "ORG"] == expected
