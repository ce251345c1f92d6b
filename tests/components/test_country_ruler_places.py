"""pipeline_country_ruler: coordinated capitals as states, and the place names it marks."""

from __future__ import annotations

import pytest


def _codes(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.kb_id_) for s in doc.spans["countries"]]


def _places(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(s.text, s.label_, s.kb_id_) for s in doc.spans["places"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The analyst said the new formats give Bishkek more room between Moscow and Beijing.",
            [("Moscow", "RUS"), ("Beijing", "CHN")],
        ),
        (
            "The minister called on Washington and Tehran to return to the negotiating table.",
            [("Washington", "USA"), ("Tehran", "IRN")],
        ),
        ("Relations between Ankara and Baku have rarely been closer.", [("Ankara", "TUR"), ("Baku", "AZE")]),
        ("The summit was hosted by Tashkent and Astana jointly.", [("Tashkent", "UZB"), ("Astana", "KAZ")]),
        (
            "Beijing, Moscow and Tehran abstained in the vote.",
            [("Beijing", "CHN"), ("Moscow", "RUS"), ("Tehran", "IRN")],
        ),
    ],
)
def test_country_ruler_coordinated_capitals_are_states(nlp, text, expected):
    assert _codes(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Direct flights between Moscow and Beijing resumed in May.",
        "The delegation visited Tokyo and Seoul last week.",
        "Consultations will be held in Astana and Tashkent.",
        "The railway between Tashkent and Bishkek is being modernised.",
        "BISHKEK, 3 March 2024 — The talks opened.",
        "He travelled between Almaty and Tashkent by train.",
    ],
)
def test_country_ruler_coordinated_capitals_as_places(nlp, text):
    assert _codes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The next round of talks will take place in Ulaanbaatar in September.",
            [("Ulaanbaatar", "PLACE", "MNG")],
        ),
        (
            "The corridor links the ports of Karachi and Gwadar with Termez.",
            [("Karachi", "PLACE", "PAK"), ("Gwadar", "PLACE", "PAK"), ("Termez", "PLACE", "UZB")],
        ),
        ("Moscow insists that the forum in Kazan is open to all.", [("Kazan", "PLACE", "RUS")]),
    ],
)
def test_country_ruler_marks_place_names(nlp, text, expected):
    assert _places(nlp, text) == expected


def test_country_ruler_places_key_round_trip(nlp, tmp_path):
    from pipeline.components.countries.component import CountryRuler

    ruler = CountryRuler(nlp, places_key="gazetteer")
    ruler.to_disk(tmp_path / "ruler")
    loaded = CountryRuler(nlp, data_dir=None).from_disk(tmp_path / "ruler")
    assert loaded.places_key == "gazetteer"
    assert loaded.patterns == ruler.patterns
