"""pipeline_org_ruler: organizations known by their context (appositions, affiliation slots, departments)."""

from __future__ import annotations

import pytest


def _orgs(nlp, text):
    doc = nlp(text)
    return [(s.text, s.kb_id_) for s in doc.spans["organizations"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The programme goes to the Jogorku Kenesh, Kyrgyzstan's parliament, next week.",
         [("Jogorku Kenesh", "Jogorku Kenesh")]),
        ("Mongolia's parliament, the Ikh Khural, approved the budget on Thursday.",
         [("Ikh Khural", "Ikh Khural")]),
        ("The pipeline deal was signed by Kazmunaygas, the national oil company.",
         [("Kazmunaygas", "Kazmunaygas")]),
        ("Sinopec, China's largest state oil company, will finance the refinery.",
         [("Sinopec", "Sinopec")]),
        ("The contract went to Uzbekiston Temir Yollari, the Uzbek national rail operator.",
         [("Uzbekiston Temir Yollari", "Uzbekiston Temir Yollari")]),
    ],
)
def test_org_ruler_names_in_apposition_with_an_organization_noun(nlp, text, expected):
    assert _orgs(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Earlier, the ministry said it would respond within a week.",
        "The ministry, the President and the parliament agreed on the text.",
        "Aigerim Sadykova, the ministry's spokeswoman, declined to comment.",
        "Tashkent, the country's largest city, hosted the forum.",
    ],
)
def test_org_ruler_appositions_without_a_name(nlp, text):
    assert _orgs(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yerlan Karin, chairman of KazISS, said that KazISS experts expect a compromise.",
         [("KazISS", "KazISS"), ("KazISS", "KazISS")]),
        ("KazISS director Yerlan Karin opened the conference.", [("KazISS", "KazISS")]),
        ("According to an analyst at RUSI, the corridor will not pay for itself.", [("RUSI", "RUSI")]),
        ("IMEMO's experts doubt that the sanctions will work.", [("IMEMO", "IMEMO")]),
        ("The GDP growth forecast was cut to 4 percent.", []),
    ],
)
def test_org_ruler_acronyms_in_affiliation_slots(nlp, text, expected):
    assert _orgs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Milana Bazarova, head of the CIS and Russia department at the Institute for Strategic and "
         "Interregional Studies, spoke next.",
         [("Institute for Strategic and Interregional Studies", "Institute for Strategic and Interregional Studies")]),
        ("Kyrgyzstan left the CIS summit early.", [("CIS", "CIS")]),
    ],
)
def test_org_ruler_names_that_only_qualify_a_department(nlp, text, expected):
    assert _orgs(nlp, text) == expected
