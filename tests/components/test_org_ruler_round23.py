"""pipeline_org_ruler and pipeline_person_ruler, round 23: mechanisms of the round-21 sets that recur on older
development sets (sentences written for these tests; exact values)."""

from __future__ import annotations

import pytest

from pipeline.extractors.affiliations import affiliations


def _orgs(doc):
    return [(s.text, s.kb_id_) for s in doc.spans["organizations"]]


def _rows(doc):
    return [(a.name, a.role, a.organization, a.country) for a in affiliations(doc)]


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
    assert _orgs(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Every Danish embassy will have a trade officer by 2027.",  # no one body
        "The foreign ministry said the talks would resume.",  # no state named
        "The Danish fishing fleet stayed in port.",  # no office noun
    ],
)
def test_org_ruler_no_state_office(nlp, text):
    assert _orgs(nlp(text)) == []


def test_affiliations_at_a_state_office(nlp):
    doc = nlp("Ingrid Dahl, a counsellor at the Danish embassy in Accra, said the grant had been approved.")
    assert _rows(doc) == [("Ingrid Dahl", "counsellor", "Danish embassy", "DNK")]
