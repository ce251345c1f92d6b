"""pipeline_org_ruler and pipeline_person_ruler, round 40: the organizations a brief's sender line names ("Prepared
by the X Desk, <capital>", "Prepared for the members of X by Y", "From: X"); a name whose apposition gives a kind
of firm ("X, a maker of ...", "X, an asset manager based in ...") is a company's, never a person's, in any of its
mentions (sentences written for these tests; exact rows)."""

from __future__ import annotations

import pytest

from ..table_rows import organization_pairs


def _names(doc) -> list[str]:
    return [text for text, _ in organization_pairs(doc)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Prepared by the Andes Water Desk, Lima", ["Andes Water Desk"]),
        ("Prepared for the members of the Tasman Aid Circle by Ferrand & Okafor Consulting, May 2024",
         ["Tasman Aid Circle", "Ferrand & Okafor Consulting"]),
        ("From: Gulf of Aden Risk Analysis", ["Gulf of Aden Risk Analysis"]),
        ("Prepared by: Regional Economics Desk, Horn Trade Monitor", ["Horn Trade Monitor"]),
        ("From: Policy desk", []),
    ],
)
def test_organizations_a_brief_sender_line_names_its_last_body(nlp, line, expected):
    text = f"BRIEFING NOTE\n{line}\n\nThe plan was adopted in 2021 and runs until 2030.\n"
    assert _names(nlp(text)) == expected


def test_organizations_a_sentence_opening_with_prepared_by_names_no_sender(nlp):
    text = "Prepared by the ministry over two years, the plan was adopted in 2021.\n"
    assert _names(nlp(text)) == []


def test_persons_a_name_apposed_to_a_kind_of_firm_is_a_company_in_every_mention(nlp):
    text = ("Vantor Optics, a maker of night-vision lenses based in Graz, has won a contract to equip six patrol "
            "boats. \u201cOur lenses see a canoe at night,\u201d said Vantor Optics\u2019 chief executive, Lukas "
            "Berger.")
    doc = nlp(text)
    assert [s.text for s in doc.spans["persons"]] == ["Lukas Berger"]


@pytest.mark.parametrize(
    "text",
    [
        "Maria Vella, a bank manager in Valletta, said the rules were clear.",
        "Maria Vella, a former company director, said the rules were clear.",
    ],
)
def test_persons_a_role_of_a_firm_keeps_the_name_a_persons(nlp, text):
    doc = nlp(text)
    assert [s.text for s in doc.spans["persons"]] == ["Maria Vella"]
