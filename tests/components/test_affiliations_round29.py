"""pipeline_person_ruler, round 29: mechanisms of the round-13 to round-27 sets that recur across their writers
(sentences written for these tests; exact rows)."""

from __future__ import annotations

from ..table_rows import affiliation_rows


def test_affiliations_the_role_opening_a_sentence_belongs_to_the_body_named_before(nlp):
    text = ("The Select Committee on Public Accounts met on Monday to review the audit. The chairman, Peter Olsen, "
            "said that the ministry had answered every question.")
    assert affiliation_rows(nlp(text)) == [("Peter Olsen", "chairman", "Select Committee on Public Accounts", "")]


def test_affiliations_the_company_subject_names_what_its_refers_to(nlp):
    text = ("Tamsin Packaging said on Monday that it would cut 120 jobs at its plant in Derby.\n\n"
            "Workers were told at a meeting on Tuesday. Many had worked there for decades. The company blamed "
            "higher energy prices. According to its finance director, Ruth Hale, costs have doubled since 2021.")
    assert affiliation_rows(nlp(text)) == [("Ruth Hale", "finance director", "Tamsin Packaging", "")]


def test_affiliations_a_dateline_place_is_no_subject_of_its(nlp):
    text = ("HARWICK BAY, Maine, 3 March 2025 \u2014 Kestrel Ridge Foods will close its packing shed in "
            "Harwick Bay in May, the company said.\n\nThe company\u2019s chief executive, Dana Wells, said the "
            "catch had fallen for three years.")
    assert affiliation_rows(nlp(text)) == [("Dana Wells", "chief executive", "Kestrel Ridge Foods", "")]
