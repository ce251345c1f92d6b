"""pipeline_person_ruler and pipeline_org_ruler, round 38: a place that only says where a body of a common noun is
("the <place> think tank Y", "a <place> firm", "the <place> miner Y") is neither the organization nor what "its" /
"the company's" refers to; a bare member of the committee a hearing's summary is about (sentences written for these
tests; exact rows)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows, organization_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Petra Lind, an analyst at the Tartu think tank Baltic Routes Lab, argued that the road mattered.",
         [("Petra Lind", "analyst", "Baltic Routes Lab", "")]),
    ],
)
def test_affiliations_a_place_before_the_kind_of_body_is_not_the_body(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


def test_affiliations_its_after_a_place_that_describes_a_firm(nlp):
    text = ("Norda Drilling, a Tromsø firm that has drilled in Chile, will invest 20 million euros in the first phase, "
            "its managing director, Eirik Solberg, said on Monday.")
    assert affiliation_rows(nlp(text)) == [("Eirik Solberg", "managing director", "Norda Drilling", "")]


def test_affiliations_the_company_after_the_place_miner_y(nlp):
    # the NER reads 'Chambishi Hill Mining' as a person; since round 42 a person's name that ends in a line of business
    # is a company (filters._suffixed_persons), which gives the organization and the affiliation
    text = ("A train carrying copper arrived at the port on Wednesday, the first shipment of the Kitwe miner Chambishi "
            "Hill Mining through Angola.\n\n\u201cThis route is shorter,\u201d said Mutale Banda, the company's head "
            "of logistics.")
    assert affiliation_rows(nlp(text)) == [("Mutale Banda", "head of logistics", "Chambishi Hill Mining", "")]
    assert ("Chambishi Hill Mining", "Chambishi Hill Mining") in organization_pairs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Committee on Finance and Budget of the National Assembly met on 4 May. The committee considered the "
            "annual report of the Ministry of Finance.\n\nCommittee member Ivana Marić said that the report gave too "
            "little detail.",
            [("Ivana Marić", "member", "Committee on Finance and Budget of the National Assembly", "")],
            marks=pytest.mark.xfail(strict=True, reason="the organization ruler cuts the name at 'and' "
                                                        "('Committee on Finance'); the member rule itself works")),
        ("The Foreign Affairs Committee of the Storting met on Tuesday. The committee noted that a security "
         "council was set up in 2016. Another member, Lars Haugen, argued that the government should report each year.",
         [("Lars Haugen", "member", "Foreign Affairs Committee of the Storting", "")]),
    ],
)
def test_affiliations_a_member_of_the_committee_the_text_is_about(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Standing Committee on Foreign Affairs debated the paper. The committee heard the minister.\n\n"
         "Member Ingrid Vos asked whether the government would earmark extra funds.", "Ingrid Vos"),
        ("The Committee on Finance and Economic Development met on Monday. The committee heard the minister.\n\n"
         "7. A member, Tebogo Kgosi, argued that the successor plan must set fewer targets.", "Tebogo Kgosi"),
    ],
)
def test_affiliations_a_bare_member_title_names_no_body(nlp, text, name):
    assert affiliation_rows(nlp(text)) == [(name, "member", "", "")]
