"""pipeline_person_ruler, round 30: mechanisms of the round-25 to round-28 sets that recur across their writers
(sentences written for these tests; exact rows)."""

from __future__ import annotations

from ..table_rows import affiliation_rows


def test_affiliations_a_lower_case_unit_after_the_role_belongs_to_the_institution_after_it(nlp):
    text = ("Colonel Tom Reed, commander of the southern flotilla of the Harlow Naval Service, said the boats were "
            "ready.")
    assert affiliation_rows(nlp(text)) == [("Tom Reed", "commander", "Harlow Naval Service", "")]


def test_affiliations_the_role_of_a_unit_before_the_name_belongs_to_the_institution(nlp):
    text = "The head of the mission of the Nordic Council, Anna Lind, said the report would follow in May."
    assert affiliation_rows(nlp(text)) == [("Anna Lind", "head", "Nordic Council", "")]


def test_affiliations_a_description_then_now_with_names_where_the_person_works(nlp):
    text = ("Omar Saleh, a former Jordanian diplomat now with the Levant Policy Institute, said the deal would "
            "hold.")
    assert affiliation_rows(nlp(text)) == [("Omar Saleh", "former diplomat", "Levant Policy Institute", "JOR")]


def test_affiliations_now_at_after_two_roles_joined_by_and(nlp):
    text = ("Paul Grant, a retired brigadier and former chief of staff now at the Wessex Security Forum, said the "
            "patrols were too few.")
    assert affiliation_rows(nlp(text)) == [("Paul Grant", "retired brigadier", "Wessex Security Forum", "")]


def test_affiliations_a_town_after_the_role_is_no_organization(nlp):
    text = "The mayor of Wexcombe, Jane Holt, called the vote a warning to the capital."
    assert affiliation_rows(nlp(text)) == [("Jane Holt", "mayor", "", "")]
