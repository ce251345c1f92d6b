"""pipeline_person_ruler, round 26: mechanisms of the round-21 to round-24 sets that recur across their writers
(sentences written for these tests; exact rows)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a centre (a unit noun) heads its own name: the "of" of a later clause names no parent of it
        ("Hamid Qasemi, who directs the Caspian Energy Studies Centre in Baku, said that members of the "
         "Eurasian Economic Union were consulted.",
         [("Hamid Qasemi", "director", "Caspian Energy Studies Centre", "")]),
        # a lower-case unit (one word mis-tagged as a proper noun) of an organization the ruler found by context
        ("Ruslan Aliyev, who chairs the foreign affairs committee of the Jogorku Kenesh, Kyrgyzstan's parliament, "
         "objected.",
         [("Ruslan Aliyev", "chair", "Jogorku Kenesh", "")]),
    ],
)
def test_affiliations_relative_clause_institution(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


def test_affiliations_participle_before_a_party_acronym(nlp):
    text = "Amani Juma, a member of parliament for the ruling CCM, rejected the criticism."
    assert affiliation_rows(nlp(text)) == [("Amani Juma", "member", "CCM", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field after the role's "of" / "for" is part of the role, not an organization
        ("\"The targets are public,\" said the National Secretary of Planning, Julio Paredes, at the session.",
         [("Julio Paredes", "secretary of planning", "", "")]),
        # ... and the institution after the field is the organization
        ("\"The plan is measurable,\" said Laila Al-Sabah, Assistant Secretary-General for Planning at the NPDC.",
         [("Laila Al-Sabah", "assistant secretary-general", "NPDC", "")]),
        # the state is no organization
        ("The council, chaired by the President of the Republic, Andres Molina, approved the plan.",
         [("Andres Molina", "president", "", "")]),
        # an organization after "of" stays one
        ("Ana Ruiz, director of Greenpeace, said the plan was weak.", [("Ana Ruiz", "director", "Greenpeace", "")]),
    ],
)
def test_affiliations_field_of_a_role(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected
