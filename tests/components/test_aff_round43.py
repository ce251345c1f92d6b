"""pipeline_person_ruler, round 43: "our" in the text's own voice refers to the organization that publishes it, named
on a label line of its header ("Our senior fellow, X", "X, a researcher at our institute"; none inside a quotation or
when the header names no publisher); a company named in apposition to a subject ("the yard, X, said") is the one a
later "the yard's" role refers back to (sentences written for these tests; exact rows)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows

_COMMENTARY = "COMMENTARY | Danube Lowlands Policy Forum\n\nThe ferry plan at mid-term\n\n"
_MEMO = ("BRIEFING NOTE\n\nTo: Country office staff\nFrom: Western Desk, Harbourline Development Advisory\n"
         "Subject: The ferry plan\n\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_COMMENTARY + "The plan was adopted in 2019. Our senior fellow, Ilona Varga, is less sure that it will last.",
         [("Ilona Varga", "senior fellow", "Danube Lowlands Policy Forum", "")]),
        (_COMMENTARY + "The plan was adopted in 2019. Tamas Rado, a researcher at our institute, argued that it came "
         "too late.",
         [("Tamas Rado", "researcher", "Danube Lowlands Policy Forum", "")]),
        (_MEMO + "The plan was adopted in 2019. Our consultant, Karim Osei, said the port targets came first.",
         [("Karim Osei", "consultant", "Harbourline Development Advisory", "")]),
    ],
)
def test_affiliations_our_refers_to_the_publisher_on_the_label_line(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a news report names no publisher in its header: "our" there is nobody's body
        "Ferry line opens\n\nThe line opened on Monday. Our correspondent, Ilona Varga, watched it leave.",
        # inside a quotation "our" is the speaker's
        _COMMENTARY + "\"Our senior fellow, Ilona Varga, disagrees,\" the mayor said.",
    ],
)
def test_affiliations_our_names_no_publisher_outside_the_texts_voice(nlp, text):
    assert [org for _, _, org, _ in affiliation_rows(nlp(text)) if org] == []


def test_affiliations_the_yards_role_after_a_company_in_apposition_to_the_subject(nlp):
    text = ("A Turkish shipyard will deliver four tugboats to the port, the yard, Marmara Tug Engineering, said on "
            "Monday.\n\nThe boats are to be shipped in sections. The first two are due in the spring. The port has "
            "so far bought its tugs from Dutch firms.\n\n\"We have built tugs for forty years,\" said the yard's "
            "managing director, Emre Kaya.")
    assert affiliation_rows(nlp(text)) == [("Emre Kaya", "managing director", "Marmara Tug Engineering", "")]

