"""pipeline_org_ruler and pipeline_person_ruler, round 23: mechanisms of the round-21 sets that recur on older
development sets (sentences written for these tests; exact values)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows, organization_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Peruvian embassy in Quito said the visas would be issued next month.",
         [("Peruvian embassy", "Peruvian embassy")]),
        ("Talks resumed on Friday, Ghana's foreign ministry said in a statement.",
         [("Ghana's foreign ministry", "Ghana's foreign ministry")]),
        ("A Danish defence ministry official said the frigate would sail in May.",
         [("Danish defence ministry", "Danish defence ministry")]),
        ("The Canadian consulate in Lyon stayed closed.", [("Canadian consulate", "Canadian consulate")]),
    ],
)
def test_org_ruler_state_offices_in_lower_case(nlp, text, expected):
    assert organization_pairs(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Every Danish embassy will have a trade officer by 2027.",  # no one body
        "The foreign ministry has its seat in the old palace.",  # no state named, and it says nothing (round 25)
        "The Danish fishing fleet stayed in port.",  # no office noun
    ],
)
def test_org_ruler_no_state_office(nlp, text):
    assert organization_pairs(nlp(text)) == []


def test_affiliations_at_a_state_office(nlp):
    doc = nlp("Ingrid Dahl, a counsellor at the Danish embassy in Accra, said the grant had been approved.")
    assert affiliation_rows(doc) == [("Ingrid Dahl", "counsellor", "Danish embassy", "DNK")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title and its portfolio the NER reads as an organization
        ("The report was launched by the Minister for Trade and Industry, Paula Reyes, in March.", []),
        ("Speaking in Suva, Minister for Fisheries and the Environment Tevita Kolo said the ban would stay.", []),
        ("Prime Minister Lena Varga presented its first projects to the summit.", []),
    ],
)
def test_org_ruler_titles_are_no_organizations(nlp, text, expected):
    assert organization_pairs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place of a dateline, all of it and any word of it, and the same words elsewhere
        ("Storm shuts port near Brest\n\nBREST, 4 March 2025 \u2014 The port of Brest was closed on Tuesday.", []),
        ("Trade zone opens\n\nKOTA KINABALU, 2 May 2024 \u2014 The zone opened on Friday.", []),
        ("Fire near Hope\n\nHOPE, B.C. \u2014 The fire north of Hope has grown.", []),
    ],
)
def test_org_ruler_dateline_places(nlp, text, expected):
    assert organization_pairs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heads of other languages, and their links
        ("Aminah Yusof, a lecturer at Universiti Sains Malaysia, said rents would rise.",
         [("Universiti Sains Malaysia", "Universiti Sains Malaysia")]),
        ("Marco Villa, a fellow at the Istituto per gli Affari Internazionali, disagreed.",
         [("Istituto per gli Affari Internazionali", "Istituto per gli Affari Internazionali")]),
        # a body that is an organization on its own; not in a title
        ("The budget was approved by the Cabinet on Tuesday.", [("Cabinet", "Cabinet")]),
        ("Cabinet Secretary Ruth Wambui said the road would open.", []),
        # heads a complement makes a body
        ("Japan's Joint Chiefs of Staff said the missile fell outside its waters.",
         [("Joint Chiefs of Staff", "Joint Chiefs of Staff")]),
        ("The programme is run by the Presidency of Strategic Planning.",
         [("Presidency of Strategic Planning", "Presidency of Strategic Planning")]),
        ("Greece will hold the rotating presidency next year.", []),
    ],
)
def test_org_ruler_head_lexicon(nlp, text, expected):
    assert organization_pairs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Why the plan will not pay\n\nBy a guest contributor to the Coastal Economic Review\n\nThe plan is costly.",
         [("Coastal Economic Review", "Coastal Economic Review")]),
        ("A minister explains\n\nInterview by the Baltic Policy Review\n\nThe minister spoke in Riga.",
         [("Baltic Policy Review", "Baltic Policy Review")]),
        ("A plan in doubt\n\nBy the Andes Policy Desk\n\nThe plan is costly.", []),
    ],
)
def test_org_ruler_byline_outlets(nlp, text, expected):
    assert organization_pairs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause's head verb: "commands"; a unit of the institution hyphened in lower case
        ("Captain Rui Matos, who commands the Portuguese Navy's frigate squadron, said the patrols would go on.",
         [("Rui Matos", "captain", "Portuguese Navy", "")]),
        ("Lena Fischer, who heads long-term planning at the Baltic Energy Agency, said demand would rise.",
         [("Lena Fischer", "head", "Baltic Energy Agency", "")]),
    ],
)
def test_affiliations_relative_clause_round23(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected
