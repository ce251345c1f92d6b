"""pipeline_org_ruler and pipeline_person_ruler, round 41: a staff role after "the" inside a clause ("said the chief
executive, X") belongs to the organization the text is about; "its spokesman X said" (no comma) to the organization
"its" refers to; a one-word organization of the NER in lower case ("the navy") and a state's "ministry" without a
portfolio ("the Burundian ministry") are no organizations; a name the NER calls an organization after "on" is a place,
not what "its" refers to (sentences written for these tests; exact rows)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows, organization_pairs


def _names(doc) -> list[str]:
    return [text for text, _ in organization_pairs(doc)]


def test_affiliations_a_definite_staff_role_in_apposition_belongs_to_the_company_named_before(nlp):
    text = ("The Kestrel Garments Company said its new plant in Francistown would open in May. The company, its chief "
            "executive said, would keep all of its jobs in Gaborone.\n\n"
            "\u201cWe are growing, not leaving,\u201d said the chief executive, Naledi Sebego.")
    assert affiliation_rows(nlp(text)) == [("Naledi Sebego", "chief executive", "Kestrel Garments Company", "")]


def test_affiliations_a_definite_staff_role_with_no_organization_before_gives_no_row(nlp):
    text = ("Officials met in Gaborone on Monday.\n\n\u201cWe are growing, not leaving,\u201d said the chief "
            "executive, Naledi Sebego.")
    assert affiliation_rows(nlp(text)) == []


def test_affiliations_its_role_before_the_name_without_a_comma_belongs_to_the_antecedent(nlp):
    text = ("The Tasman Fisheries Authority approved six licences on Monday. The authority chose the local bids, its "
            "spokesman Rewi Tane said, because they were cheaper.")
    assert affiliation_rows(nlp(text)) == [("Rewi Tane", "spokesman", "Tasman Fisheries Authority", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Congolese Ministry of National Defence said the refit would help the navy fight smuggling on the "
         "rivers.", ["Congolese Ministry of National Defence"]),
        ("The Burundian ministry said in a statement that the trucks would support the army. Egypt's foreign "
         "ministry said it welcomed the deal.", ["Egypt's foreign ministry"]),
    ],
)
def test_organizations_a_common_noun_or_a_ministry_without_portfolio_is_no_organization(nlp, text, expected):
    assert _names(nlp(text)) == expected


def test_affiliations_its_does_not_refer_to_a_name_after_on(nlp):
    text = ("An Andorran investment group has agreed to buy a marina on Great Exuma, the buyer, Grup Arinsal Capital, "
            "said on Wednesday.\n\nThe group, which owns hotels in the Pyrenees, said the purchase was its first "
            "outside Europe. \u201cIslands have short seasons,\u201d said its chief executive, Marc Cerqueda Rossell.")
    assert affiliation_rows(nlp(text)) == [("Marc Cerqueda Rossell", "chief executive", "Grup Arinsal Capital", "")]


def test_affiliations_the_company_refers_to_the_body_that_closes_a_clause_before_said(nlp):
    text = ("A privately run fast ferry completed its first trial crossing on Monday, but the two governments have yet "
            "to agree on where passengers will clear immigration, the operator, Island Link Ferries, said.\n\n"
            "The crossing is meant to give traders a cheaper option than flying. \u201cPeople have been asking for a "
            "boat for twenty years,\u201d said Desmond Alleyne, the company's managing director.")
    assert affiliation_rows(nlp(text)) == [("Desmond Alleyne", "managing director", "Island Link Ferries", "")]


def test_affiliations_a_body_closing_a_relative_clause_before_said_is_not_the_topic(nlp):
    text = ("The Haldane Tile Company said high energy prices had made the site no longer viable. The company, which "
            "has been owned since 2019 by the building-materials group Grupo Ortega, said it would offer redundancy "
            "packages.\n\n\u201cWe looked at every option,\u201d said the chief executive, Alan Pryce.")
    assert affiliation_rows(nlp(text)) == [("Alan Pryce", "chief executive", "Haldane Tile Company", "")]


def test_affiliations_its_after_the_demonym_ministry_refers_to_the_states_ministry_named_before(nlp):
    text = ("A Zimbabwean engineering company will refurbish 120 military trucks for Burundi's army, Burundi's "
            "Ministry of National Defence said on Tuesday.\n\nThe Burundian ministry said in a statement that the "
            "trucks would support peacekeeping. Its spokesman, Colonel Gaspard Niyonkuru, told reporters that the "
            "deal was cheap.")
    doc = nlp(text)
    assert affiliation_rows(doc) == [("Gaspard Niyonkuru", "spokesman", "Ministry of National Defence", "")]
    assert _names(doc) == ["Ministry of National Defence"]


def test_organizations_a_name_apposed_to_a_privately_owned_firm_is_a_company(nlp):
    text = ("The contract went to Mazowe Heavy Engineering, a privately owned firm based in Harare that has rebuilt "
            "buses for a decade. \u201cThese trucks are old,\u201d said its managing director, Tendai Musarurwa.")
    doc = nlp(text)
    assert _names(doc) == ["Mazowe Heavy Engineering"]
    assert affiliation_rows(doc) == [("Tendai Musarurwa", "managing director", "Mazowe Heavy Engineering", "")]


def test_affiliations_an_agronomist_at_a_centre(nlp):
    text = ("A senior official told us the review had kept the priorities. \u00c9variste Ndikumana, an agronomist at "
            "the Gitega Centre for Rural Economics, said fertiliser subsidies had raised maize yields.")
    assert affiliation_rows(nlp(text)) == [("\u00c9variste Ndikumana", "agronomist",
                                            "Gitega Centre for Rural Economics", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The boats will be towed to the Owendo yard of Estuaire Naval Services, which has so far worked mainly for "
         "oil companies.", ["Estuaire Naval Services"]),
        ("The drone mounts are made by Skylark Dynamics, which sells them to film crews in Europe.",
         ["Skylark Dynamics"]),
        ("His Lebanese counterpart, Public Works Minister Karim Haddad, said that Beirut would not accept any line "
         "drawn without a survey.", []),
    ],
)
def test_organizations_a_company_named_for_its_line_of_business_not_a_ministers_portfolio(nlp, text, expected):
    assert _names(nlp(text)) == expected


def test_organizations_an_outlet_in_the_parenthesis_after_a_dateline_with_its_date(nlp):
    text = ("Lesotho garment maker to open Blantyre plant\n\nBLANTYRE, 9 September (Zambezi Business Desk) \u2014 A "
            "garment manufacturer based in Maseru will open a second factory in Blantyre.")
    assert _names(nlp(text)) == ["Zambezi Business Desk"]
