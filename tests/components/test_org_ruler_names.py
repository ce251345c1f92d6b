"""pipeline_org_ruler: name boundaries (policy words inside names, documents after names) and non-organizations."""

from __future__ import annotations

import pytest


def _orgs(nlp, text):
    doc = nlp(text)
    return [(s.text, s.kb_id_) for s in doc.spans["organizations"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aliya Omarova, a fellow at the Eurasian Policy Forum, moderated the panel.",
         [("Eurasian Policy Forum", "Eurasian Policy Forum")]),
        ("He heads the Almaty Centre for Foreign Policy Research.",
         [("Almaty Centre for Foreign Policy Research", "Almaty Centre for Foreign Policy Research")]),
        ("The report was prepared by the Institute of Regional Integration.",
         [("Institute of Regional Integration", "Institute of Regional Integration")]),
        ("Experts of the Ministry of Foreign Affairs on Monday rejected the claim.",
         [("Ministry of Foreign Affairs", "Ministry of Foreign Affairs")]),
        ("The Security Council on the Iran Nuclear Agreement met again.",
         [("Security Council", "Security Council")]),
    ],
)
def test_org_ruler_name_boundaries(nlp, text, expected):
    assert _orgs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Government of Kyrgyzstan approved the programme.",
         [("Government of Kyrgyzstan", "Government of Kyrgyzstan")]),
        ("The Government of the Republic of Tajikistan adopted a decree.",
         [("Government of the Republic of Tajikistan", "Government of the Republic of Tajikistan")]),
        ("The Kazakh Government has not commented.", []),
        ("The bill now goes to the Verkhovna Rada for a second reading.",
         [("Verkhovna Rada", "Verkhovna Rada")]),
        ("Deputies of the Milli Mejlis voted for the law, and the Knesset followed.",
         [("Milli Mejlis", "Milli Mejlis"), ("Knesset", "Knesset")]),
        ("The report will be submitted to the Oliy Majlis in December.",
         [("Oliy Majlis", "Oliy Majlis")]),
    ],
)
def test_org_ruler_governments_and_parliaments(nlp, text, expected):
    assert _orgs(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The end of the Intermediate-Range Nuclear Forces Treaty alarmed Europe.",
        "The country hosts the IAEA Low Enriched Uranium Fuel Bank near Oskemen.",
        "The Svalbard Global Seed Bank stores samples from Tajikistan.",
        "The next round of consultations will take place in Ulaanbaatar in September.",
        "The line will connect with the ports of Karachi and Gwadar.",
    ],
)
def test_org_ruler_treaties_stockpiles_and_cities_are_not_organizations(nlp, text):
    doc = nlp(text)
    assert {s.kb_id_ for s in doc.spans["organizations"]} <= {"IAEA"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names in other languages open with their head and join their complements with "de", "para o", "de la"
        ("The study was written at the Centro de Estudos para o Desenvolvimento in Luanda.",
         [("Centro de Estudos para o Desenvolvimento", "Centro de Estudos para o Desenvolvimento")]),
        ("A fellow of the Instituto Andino de Políticas Públicas said the reform was overdue.",
         [("Instituto Andino de Políticas Públicas", "Instituto Andino de Políticas Públicas")]),
        ("The Banco Central de la República Argentina raised its rate again.",
         [("Banco Central de la República Argentina", "Banco Central de la República Argentina")]),
        # English names are read as before
        ("The Ministry of Foreign Affairs of Kenya summoned the envoy.",
         [("Ministry of Foreign Affairs of Kenya", "Ministry of Foreign Affairs of Kenya")]),
    ],
)
def test_org_ruler_names_in_other_languages(nlp, text, expected):
    assert _orgs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a portfolio list closed by "and" inside the name
        ("The Ministry of Agriculture, Livestock and Fisheries released the figures.",
         [("Ministry of Agriculture, Livestock and Fisheries", "Ministry of Agriculture, Livestock and Fisheries")]),
        ("The Select Committee on Finance, Trade and Economic Planning met on Tuesday.",
         [("Select Committee on Finance, Trade and Economic Planning",
           "Select Committee on Finance, Trade and Economic Planning")]),
        # places after the comma are not part of it
        ("The Ministry of Finance, Kenya and Uganda signed the loan.",
         [("Ministry of Finance", "Ministry of Finance")]),
    ],
)
def test_org_ruler_portfolio_lists(nlp, text, expected):
    assert _orgs(nlp, text) == expected
