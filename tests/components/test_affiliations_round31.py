"""pipeline_person_ruler, round 31: a place between an apposed role and the name (sentences written for these
tests; exact rows)."""

from __future__ import annotations

from ..table_rows import affiliation_rows


def test_affiliations_a_place_after_the_organization_of_a_role_before_the_name(nlp):
    text = "A spokesperson for the Ministry of Defence in Kenya, Anna Lind, said the report would follow in May."
    assert affiliation_rows(nlp(text)) == [("Anna Lind", "spokesperson", "Ministry of Defence", "")]


def test_affiliations_a_place_after_a_role_owned_by_an_acronym(nlp):
    text = "The UNICEF representative in Kenya, Tom Reed, said the schools would reopen next week."
    assert affiliation_rows(nlp(text)) == [("Tom Reed", "representative", "UNICEF", "")]

