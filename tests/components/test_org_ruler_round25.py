"""pipeline_org_ruler and pipeline_person_ruler, round 25: mechanisms of the round-23 sets that recur on older
development sets (sentences written for these tests; exact values)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows, organization_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare portfolio ministry that says something is a source, named from the portfolio on
        ("Poland will keep the buffer zone for 60 more days, the interior ministry said on Friday.",
         [("interior ministry", "interior ministry")]),
        ("The health ministry also announced that clinics would stay open.",
         [("health ministry", "health ministry")]),
        # the ministry alone, a ministry that does not speak, officials who speak at it, a statement denied
        ("The ministry said the talks would go on.", []),
        ("The defence ministry has so far promised only to examine the request.", []),
        ("Officials at the planning ministry have long said that the horizon was distant.", []),
        ("The foreign ministry has not said whether a review is under way.", []),
    ],
)
def test_org_ruler_speaking_ministry(nlp, text, expected):
    assert organization_pairs(nlp(text)) == expected


def test_affiliations_spokeswoman_for_the_speaking_ministry(nlp):
    text = ("In Lisbon, the health ministry said on Monday that clinics would stay open. \"We will not close a single "
            "ward,\" said Ana Lobo, a spokeswoman for the ministry.")
    assert affiliation_rows(nlp(text)) == [("Ana Lobo", "spokeswoman", "health ministry", "")]


@pytest.mark.parametrize(
    ("text", "org", "row"),
    [
        # a member's party in parentheses after the name: one word, or words joined by hyphens
        ("In the debate, Mr Piet Claes (Groen-Links) asked how the fund would be managed.", "Groen-Links",
         ("Piet Claes", "", "Groen-Links", "")),
        ("Mrs Elke Vos (N-VA) said the plan came too late.", "N-VA", ("Elke Vos", "", "N-VA", "")),
    ],
)
def test_party_in_parentheses_after_a_name(nlp, text, org, row):
    doc = nlp(text)
    assert organization_pairs(doc) == [(org, org)]
    assert affiliation_rows(doc) == [row]


def test_place_in_parentheses_after_a_name_is_no_party(nlp):
    doc = nlp("Dr Ana Ruiz (Madrid) said the results were clear.")
    assert organization_pairs(doc) == []
    assert affiliation_rows(doc) == [("Ana Ruiz", "", "", "ESP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people's possessive inside the complement: the name goes on after it
        ("The plan was endorsed by the National Assembly of People's Power in June 2017.",
         [("National Assembly of People's Power", "National Assembly of People's Power")]),
        # any other owner ends the name
        ("The Council of Europe's Committee of Ministers met in Strasbourg.",
         [("Council of Europe", "CoE"), ("Committee of Ministers", "Committee of Ministers")]),
    ],
)
def test_org_ruler_peoples_possessive_inside_a_name(nlp, text, expected):
    assert organization_pairs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head noun alone opening the sentence before the role: the role's, not an organization's name
        ("The board met on Monday. Council leader Imran Haidari called the announcement a blow for the town.",
         [("Imran Haidari", "leader", "", "")]),
        ("The committee heard the minister. Committee member Vesna Jarić said the text was vague.",
         [("Vesna Jarić", "member", "", "")]),
    ],
)
def test_affiliations_bare_head_before_a_role(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected
