"""pipeline_org_ruler, round 32: mechanisms of the round-17 to round-30 sets that recur across their writers
(sentences written for these tests; exact values)."""

from __future__ import annotations

import pytest

from ..table_rows import organization_pairs


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet adopted the Lowland Sustainable Growth Plan 2021-2030 in May. Critics say the LSGP was "
        "written for donors. NATO was not mentioned.",
        "When the government launched the Harbour Economic Recovery and Reform plan, it stopped paying the debt. "
        "HERR sought a smaller state. NATO was not mentioned.",
        "The Second Medium Term Plan (MTP II) runs to 2027. Economists doubt that MTP II will be funded. NATO was "
        "not mentioned.",
    ],
)
def test_org_ruler_acronym_spelling_a_document_name_is_no_organization(nlp, text):
    doc = nlp(text)
    assert organization_pairs(doc) == [("NATO", "NATO")]


def test_org_ruler_acronym_of_an_organization_stays_beside_a_document(nlp):
    doc = nlp("The Lowland Sustainable Growth Plan was drafted with help from the Lowland Development Bank. "
              "The LDB will fund it.")
    assert organization_pairs(doc) == [("Lowland Development Bank", "LDB"), ("LDB", "LDB")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A senior official in the Prime Minister's Office said the deal was close.", "Prime Minister's Office"),
        ("The note was prepared by the Clerk\u2019s Office for members.", "Clerk\u2019s Office"),
    ],
)
def test_org_ruler_title_holders_office_is_one_name(nlp, text, name):
    doc = nlp(text)
    assert organization_pairs(doc) == [(name, name)]


def test_org_ruler_plural_possessive_of_members_stays_inside_the_name(nlp):
    doc = nlp("The plan was adopted at the Ninth Congress of the Workers' Party of Ruritania in March.")
    name = "Ninth Congress of the Workers' Party of Ruritania"
    assert organization_pairs(doc) == [(name, name)]
