"""pipeline_person_ruler, round 34: a place is no organization (a role held over a town or village, a bare name after
"in"), a dateline's dash opens no role, and a head verb's object may be a body written in lower case (sentences
written for these tests; exact rows)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For Vellingby's mayor, Karin Strand, the new road was a relief.",
         [("Karin Strand", "mayor", "", "")]),
        ('"The boats come back empty," said Sione Latu, the high chief of Vaimoana.',
         [("Sione Latu", "high chief", "", "")]),
        ("Not everyone agrees. Marta Quispe, a water engineer in Tiquina, argues that the dam came too late.",
         [("Marta Quispe", "water engineer", "", "")]),
        # an organization keeps its place: a head noun, or "at" before it; a party is no place
        ("Labour mayor Ruth Ellery said the fares would be frozen.",
         [("Ruth Ellery", "mayor", "Labour Party", "")]),
        ("Marta Quispe, a water engineer at the Tiquina Water Board, argues that the dam came too late.",
         [("Marta Quispe", "water engineer", "Tiquina Water Board", "")]),
    ],
)
def test_affiliations_a_place_is_no_organization(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


def test_affiliations_a_dateline_dash_opens_no_role(nlp):
    doc = nlp("OSLO - Foreign Minister Ingrid Dahl opened the fisheries conference on Monday.")
    assert affiliation_rows(doc) == [("Ingrid Dahl", "foreign minister", "", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amina Said, who chairs the island fishermen's association, said the quotas were unfair.",
         [("Amina Said", "chair", "island fishermen's association", "")]),
        ("In Kolding, Jens Holm, who leads the harbour workers' union, said that the night shifts would stop.",
         [("Jens Holm", "head", "harbour workers' union", "")]),
        # a name written right after the body is what it goes by
        ("Greta Vogel, who chairs the residents' initiative Clean Valley Now, said the lorries were too loud.",
         [("Greta Vogel", "chair", "Clean Valley Now", "")]),
    ],
)
def test_affiliations_a_head_verb_over_a_body_in_lower_case(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected
