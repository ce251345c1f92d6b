"""pipeline_org_ruler and pipeline_person_ruler, round 42: an outlet named alone on a label line opening the document;
a unit that a comma joins to its organization on a line of its own is none; a state's office after an unnamed person
("An official at the Samoan foreign ministry") is none; "Office" and "Port" open names in other languages; a name the
NER reads as a person's that ends in a company's line of business is a company; "its" after a body and a relative
clause naming something else refers to the body (sentences written for these tests; exact rows)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows, organization_pairs


def _names(doc) -> list[str]:
    return [text for text, _ in organization_pairs(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel Valley Review\nInterview\n\nThe plan was adopted in 2019. We asked Mara Lind what is left of it.",
         ["Kestrel Valley Review"]),
        ("Commentary\nThe plan at mid-term\nTasman Policy Review, Fiscal Affairs Unit\n\nThe plan was adopted in 2019.",
         ["Tasman Policy Review"]),
    ],
)
def test_organizations_an_outlet_on_the_label_line_opening_the_document(nlp, text, expected):
    assert _names(nlp(text)) == expected


def test_organizations_a_heading_that_goes_on_names_no_outlet(nlp):
    text = "Strategic Review of the Armed Forces\n\nThe plan was adopted in 2019."
    assert "Strategic Review" not in _names(nlp(text))


def test_organizations_a_unit_joined_to_its_organization_on_a_sender_line_is_none(nlp):
    text = ("BRIEFING NOTE\n\nTo: Regional staff\nFrom: Coastal Analysis Unit, Meridian Harbour Advisory\n"
            "Subject: The plan\n\nThe plan was approved in 2006.")
    assert "Coastal Analysis Unit" not in _names(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An official at the Samoan foreign ministry, who asked not to be named, said talks had begun.", []),
        ("Rasa Petrauskaite, an adviser at the Lithuanian defence ministry, said the brigade was welcome.",
         ["Lithuanian defence ministry"]),
    ],
)
def test_organizations_a_state_office_placing_an_unnamed_person(nlp, text, expected):
    assert _names(nlp(text)) == expected


def test_affiliations_office_opens_a_name_in_another_language(nlp):
    text = ("The Office National de l'Aviation Civile said in a statement that airlines would have to show tickets. "
            "\"We are closing it to smugglers,\" said the office's deputy director, Jean-Claude Metellus.")
    doc = nlp(text)
    assert _names(doc) == ["Office National de l'Aviation Civile"]
    assert affiliation_rows(doc) == [
        ("Jean-Claude Metellus", "deputy director", "Office National de l'Aviation Civile", "")]


def test_organizations_port_opens_a_name_only_with_a_link_word(nlp):
    text = "The Port Autonome de Conakry welcomed the deal. Ships also docked in Port Louis."
    assert _names(nlp(text)) == ["Port Autonome de Conakry"]


def test_affiliations_a_company_the_ner_reads_as_a_person(nlp):
    text = ("The order went to Lubombo Apparel, which has made garments for retailers for a decade. \"Military cloth "
            "is harder work,\" said the company's operations director, Nomvula Dlamini.")
    doc = nlp(text)
    assert "Lubombo Apparel" in _names(doc)
    assert affiliation_rows(doc) == [("Nomvula Dlamini", "operations director", "Lubombo Apparel", "")]


def test_affiliations_its_refers_to_the_body_a_relative_clause_belongs_to(nlp):
    text = ("The Ministry of Planning and External Cooperation, which drafted the PSDH, said in a written submission "
            "that the four chantiers had been costed. Its director of programming, Jean-Robert Dorval, told the "
            "Committee: \"The money is promised, but it arrives late.\"")
    assert affiliation_rows(nlp(text)) == [
        ("Jean-Robert Dorval", "director of programming", "Ministry of Planning and External Cooperation", "")]


def test_affiliations_the_yards_role_belongs_to_the_company_named_before(nlp):
    text = ("The boats will be towed to the Owendo yard of Estuaire Naval Services, which has so far worked mainly for "
            "oil service companies. \"This is the first military contract we have signed outside Gabon,\" said the "
            "yard's technical director, Serge Mba Obame.")
    assert affiliation_rows(nlp(text)) == [("Serge Mba Obame", "technical director", "Estuaire Naval Services", "")]
