"""pipeline_country_ruler: countries glued into one token, found through the token shapes."""

from __future__ import annotations

import pytest

from pipeline.components.countries.component import _glue_shaped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S.-China talks and the Russia/Ukraine file dominated.", ["U.S.-China", "/"]),
        ("The U.S.-Russia summit and the EU-China (trade) deal.", ["U.S.-Russia", "-", "(", ")"]),
        ("Talks resumed in Astana on Monday.", []),
    ],
)
def test_country_ruler_glue_shaped_tokens(nlp, text, expected):
    doc = nlp.make_doc(text)
    assert [doc[i].text for i in _glue_shaped(doc)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S.-Russia summit was postponed.", [("U.S.-Russia", "USA"), ("U.S.-Russia", "RUS")]),
        ("The U.S.-China talks resumed.", [("U.S.-China", "USA"), ("U.S.-China", "CHN")]),
    ],
)
def test_country_ruler_glued_countries(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s.kb_id_) for s in doc.spans["countries"]] == expected
