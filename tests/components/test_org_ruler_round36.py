"""pipeline_org_ruler, round 36: companies and names in other languages, the kinds of names fresh texts name and
the development sets missed (sentences written for these tests; exact values)."""

from __future__ import annotations

import pytest

from ..table_rows import organization_pairs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Analysts expect Kestrel Aerospace Industries to win the contract.", "Kestrel Aerospace Industries"),
        ("The refinery belongs to Tamu Valley Petroleum, which bought it in 2019.", "Tamu Valley Petroleum"),
        ("Shares of Lakeshore Telecom fell on Monday after the ruling.", "Lakeshore Telecom"),
        ("Members of the Bahía Norte Fishing Cooperative voted against the plan.", "Bahía Norte Fishing Cooperative"),
    ],
)
def test_org_ruler_company_heads(nlp, text, name):
    assert organization_pairs(nlp(text)) == [(name, name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Boats of the Cooperativa Pesquera Los Arcos stayed in port.", "Cooperativa Pesquera Los Arcos"),
        ("The opposition Partido Verde voted against the budget.", "Partido Verde"),
        ("Her study was published by the Centrum Studiów Bałtyckich last year.", "Centrum Studiów Bałtyckich"),
        ("The report comes from the Centre Malien d'Études Stratégiques in Bamako.",
         "Centre Malien d'Études Stratégiques"),
        ("An economist at the Université d'Abomey-Calavi said the plan was bold.", "Université d'Abomey-Calavi"),
    ],
)
def test_org_ruler_names_in_other_languages_open_with_their_head(nlp, text, name):
    assert organization_pairs(nlp(text)) == [(name, name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The plant will be built by the Ukrainian manufacturer Stepove Nebo and a Polish partner.", "Stepove Nebo"),
        ("For Ana Lopes, chief executive of the Porto-based turbine maker Nordvento Systems, the case is clear.",
         "Nordvento Systems"),
        ("Yusuf Demir, country manager of Hengtai Lithium, said the company would invest more.", "Hengtai Lithium"),
        ("Anatolia Yapı, based in Ankara, offered the lowest price, the ministry said.", "Anatolia Yapı"),
    ],
)
def test_org_ruler_a_company_named_by_its_work(nlp, text, name):
    assert organization_pairs(nlp(text)) == [(name, name)]


@pytest.mark.parametrize(
    "text",
    [
        "A member of the opposition, Vasile Cojocaru, argued that the text should go further.",
        "She is a spokesman of President Ilham Aliyev.",
    ],
)
def test_org_ruler_a_person_after_a_role_is_no_company(nlp, text):
    assert organization_pairs(nlp(text)) == []
