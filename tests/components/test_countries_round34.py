"""pipeline_country_ruler, round 34: mechanisms of the development sets that recur across their writers
(sentences written for these tests; exact values)."""

from __future__ import annotations

import pytest

from pipeline.components.countries.lexicon import DATA_DIR
from pipeline.components.countries.variants import NameRules


def _codes(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.kb_id_) for s in doc.spans["countries"]]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("St. Vincent", {"St. Vincent", "St Vincent", "Saint Vincent"}),
        ("Korea, Rep.", {"Korea, Republic", "Korea, Rep", "Korea, Rep."}),
    ],
)
def test_countries_abbreviated_name_varies_as_its_full_word(name, expected):
    assert expected <= NameRules.from_data(DATA_DIR).variants(name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ferries to St Vincent were cancelled for a week.", [("St Vincent", "VCT")]),
        ("The Equatorial Guinean delegation left the talks early.", [("Equatorial Guinean", "GNQ")]),
    ],
)
def test_countries_written_forms_of_names_and_demonyms(nlp, text, expected):
    assert _codes(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The strategy, known by its French acronym SNDP, runs until 2030.",
        "Leaflets were printed in Spanish and handed out at the market.",
        "The agency asked the Inter-American Development Bank for a loan.",
        "The Ibero-American summit will meet next year.",
        "Fishing fleets work the Antarctic waters every summer.",
        "The navy patrols the sea lanes between the Pacific and Indian Oceans.",
    ],
)
def test_countries_languages_continents_and_the_americas_are_no_state(nlp, text):
    assert _codes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Investors put money in Spanish ports last year.", [("Spanish", "ESP")]),
        ("Several island states switched their recognition to Beijing in 2019.", [("Beijing", "CHN")]),
        ("Both governments have moved closer to Moscow since the election.", [("Moscow", "RUS")]),
    ],
)
def test_countries_state_roles_of_demonyms_and_capitals(nlp, text, expected):
    assert _codes(nlp, text) == expected
