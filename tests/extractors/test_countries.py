"""countries extractor: one row per ISO3 per document."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from pipeline.extractors.countries import countries, country_name
from pipeline.records import CountryRef


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstani experts met the Uzbek delegation, and Kazakhstan hosted it.",
            [
                CountryRef("KAZ", "Kazakhstan", 2, ("Kazakhstan", "Kazakhstani"), 0),
                CountryRef("UZB", "Uzbekistan", 1, ("Uzbek",), 28),
            ],
        ),
        (
            "Moscow insists that Russia and the Russian Federation are one; the US disagrees.",
            [
                CountryRef("RUS", "Russian Federation", 3, ("Moscow", "Russia", "Russian Federation"), 0),
                CountryRef("USA", "United States", 1, ("US",), 67),
            ],
        ),
        ("The conference was held in Central Asia.", []),
    ],
)
def test_countries_rows(nlp, text, expected):
    doc = nlp(text)
    assert list(countries(doc)) == expected


def test_countries_from_hand_built_spans():
    doc = Doc(Vocab(), words=["Palestine", "and", "the", "DRC", "met", "Palestinian", "envoys"])
    doc.spans["countries"] = [
        Span(doc, 5, 6, label="COUNTRY", kb_id="PSE"),
        Span(doc, 0, 1, label="COUNTRY", kb_id="PSE"),
        Span(doc, 3, 4, label="COUNTRY", kb_id="COD"),
    ]
    assert list(countries(doc)) == [
        CountryRef("COD", "Democratic Republic of the Congo", 1, ("DRC",), 18),
        CountryRef("PSE", "State of Palestine", 2, ("Palestine", "Palestinian"), 0),
    ]


@pytest.mark.parametrize(
    ("iso3", "name"),
    [("IRN", "Iran"), ("KOR", "South Korea"), ("PSE", "State of Palestine"), ("KGZ", "Kyrgyzstan"), ("XXX", "XXX")],
)
def test_countries_display_name(iso3, name):
    assert country_name(iso3) == name
