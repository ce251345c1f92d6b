"""pipeline_person_ruler, round 35: a gerund among a role's modifiers, relative clauses of work that name the
organization as their object or after "on" / "of" or far into the clause, and a head verb over a unit with a
nationality adjective (sentences written for these tests; exact rows)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jenny Siune, an urban planning lecturer at the Harlow University of Technology, said the dispute was "
         "predictable.",
         [("Jenny Siune", "urban planning lecturer", "Harlow University of Technology", "")]),
        ("Kadri Lepik, undersecretary for cyber policy at the Estonian Ministry of Defence, said the number had "
         "tripled.",
         [("Kadri Lepik", "undersecretary", "Estonian Ministry of Defence", "")]),
    ],
)
def test_affiliations_a_role_with_a_gerund_or_a_new_head(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the organization as the clause's object
        ("Rein Tamm, a former Estonian defence official who now advises the International Centre for Defence and "
         "Security in Tallinn, argued that it was risky.",
         [("Rein Tamm", "former defence official", "International Centre for Defence and Security", "EST")]),
        # after "on" / "of"
        ("Sara Lund, who sits on the board of the Nordic Energy Forum, said demand had fallen.",
         [("Sara Lund", "", "Nordic Energy Forum", "")]),
        # far into the clause
        ("Tom Weller, who studies regional migration and labour markets in northern Europe at the University of "
         "Leeds, said demand had fallen.",
         [("Tom Weller", "", "University of Leeds", "")]),
        # a field of study is no organization
        ("Tom Weller, who studies the economics of Kenya, said demand had fallen.", []),
    ],
)
def test_affiliations_a_relative_clause_of_work(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


def test_affiliations_a_head_verb_over_a_unit_with_a_nationality(nlp):
    doc = nlp("Tom Weller, who runs the Asian sales arm of Harlow Motors Group, said demand had fallen.")
    assert affiliation_rows(doc) == [("Tom Weller", "head", "Harlow Motors Group", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The departmental council debated the problem on Thursday. Its president, Inés Ferreira, opened the session.",
         [("Inés Ferreira", "president", "departmental council", "")]),
        # a body in lower case that a name before it has is that organization
        ("The Colonia Departmental Council met. The council debated the problem on Thursday. Its president, Inés "
         "Ferreira, opened the session.",
         [("Inés Ferreira", "president", "Colonia Departmental Council", "")]),
        # no modifier: "the council" alone names no body
        ("The council debated the problem on Thursday. Its president, Inés Ferreira, opened the session.",
         [("Inés Ferreira", "president", "", "")]),
    ],
)
def test_affiliations_its_role_after_a_body_in_lower_case(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Critics in the National Council have asked whether the budget is monitored. A councillor, Lucienne Marsan, "
         "told a local newspaper that the government should publish clearer figures.",
         [("Lucienne Marsan", "councillor", "National Council", "")]),
        # a title before the name is no apposition
        ("The European Commission proposed a ban. Commissioner Maria Lind said it was overdue.",
         [("Maria Lind", "commissioner", "", "")]),
        # the body named too far back
        ("Critics in the National Council have asked whether the budget is monitored. The ferries were late. The "
         "port was closed. A councillor, Lucienne Marsan, told a local newspaper that the figures were wrong.",
         [("Lucienne Marsan", "councillor", "", "")]),
    ],
)
def test_affiliations_a_member_role_named_after_its_body(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected
