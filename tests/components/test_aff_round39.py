"""pipeline_person_ruler and pipeline_org_ruler, round 39: a description that refers back to a body named before
owns the role ("the Paraguayan chamber's president, X", "The institute's researcher X"); a body that only owns a
thing ("under CARICOM's rules") is not the topic "the company's" refers to; "Capital" ends a company's name
(sentences written for these tests; exact rows)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows, organization_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan Tea Growers' Association and the Malawian Chamber of Commerce signed the agreement on Monday. "
         "\u201cWe have waited for this,\u201d said Wanjiru Kamau, the Kenyan association's chief executive.",
         [("Wanjiru Kamau", "chief executive", "Kenyan Tea Growers' Association", "")]),
        ("The Kenyan Tea Growers' Association and the Malawian Chamber of Commerce signed the agreement on Monday. "
         "The Malawian chamber's president, Chikondi Banda, told reporters that exports would grow.",
         [("Chikondi Banda", "president", "Malawian Chamber of Commerce", "")]),
    ],
)
def test_affiliations_a_demonym_and_noun_refer_to_the_body_named_with_both(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


def test_affiliations_the_bodys_role_before_the_name_without_a_comma(nlp):
    text = ("The Morava Institute for Regional Studies published its review on Monday. The institute's researcher "
            "Jelena Marković noted that the text was late.")
    assert affiliation_rows(nlp(text)) == [("Jelena Marković", "researcher", "Morava Institute for Regional Studies",
                                            "")]


def test_affiliations_a_body_that_only_owns_a_thing_is_not_the_company(nlp):
    text = ("A fast ferry between the two islands completed its first trial on Monday, the operator, Coral Sea "
            "Ferries, said.\n\nThe crossing is meant to give workers moving under CARICOM's free movement rules a "
            "cheaper option. \u201cWe have the boat,\u201d said Marlon Joseph, the company's managing director.")
    assert affiliation_rows(nlp(text)) == [("Marlon Joseph", "managing director", "Coral Sea Ferries", "")]


def test_organizations_capital_ends_a_company_name(nlp):
    text = ("Kelana Capital, an asset manager based in Kuala Lumpur, will open an office in Dublin. \u201cIreland is "
            "our door to Europe,\u201d said Kelana Capital's chief executive, Siti Rahman.")
    doc = nlp(text)
    assert ("Kelana Capital", "Kelana Capital") in organization_pairs(doc)
    assert ("Siti Rahman", "chief executive", "Kelana Capital", "") in affiliation_rows(doc)


def test_affiliations_a_company_before_a_kind_of_company_is_no_person(nlp):
    text = ("Kelana Capital, an asset manager based in Kuala Lumpur, will open an office in Dublin. \u201cIreland is "
            "our door to Europe,\u201d said Kelana Capital's chief executive, Siti Rahman.")
    assert affiliation_rows(nlp(text)) == [("Siti Rahman", "chief executive", "Kelana Capital", "")]

