"""pipeline_org_ruler, round 27: mechanisms of the round-15 to round-25 sets that recur across their writers
(sentences written for these tests; exact values)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows, organization_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description of two lower-case words or more before the kind: the name after it is the organization's,
        # even where the NER reads a person's and no punctuation closes it
        ("The licence went to the state mining company Tarvaro and two private banks.", [("Tarvaro", "Tarvaro")]),
        ("Estonia's transmission system operator Elvira said the grid had been stable all week.",
         [("Elvira", "Elvira")]),
        # "holding" as a verb is no kind of organization
        ("Despite many people holding Clinton personally responsible, the vote went ahead.", []),
    ],
)
def test_org_ruler_name_after_a_described_kind(nlp, text, expected):
    assert organization_pairs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a portfolio word, then "administration" / "service", after the state's adjective
        ("A spokesman for the Moroccan customs administration said the posts would open in May.",
         [("Moroccan customs administration", "Moroccan customs administration")]),
        ("Almaz Toktogulov, an officer of the Kyrgyz border service, said the crossing was calm.",
         [("Kyrgyz border service", "Kyrgyz border service")]),
        # an unnamed holder as the subject places no body (the writers' sets since round 33; round 42's state_offices)
        ("An officer of the Kyrgyz border service said the crossing was calm.", []),
        # without a portfolio the office names no one body
        ("The American administration has not commented on the talks.", []),
    ],
)
def test_org_ruler_portfolio_offices(nlp, text, expected):
    assert organization_pairs(nlp(text)) == expected


def test_affiliations_spokesman_for_a_portfolio_office(nlp):
    text = "A spokesman for the Moroccan customs administration, Karim Alaoui, told reporters the posts would open."
    assert affiliation_rows(nlp(text)) == [("Karim Alaoui", "spokesman", "Moroccan customs administration", "")]
