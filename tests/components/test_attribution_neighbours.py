"""pipeline_attribution: a quote is not given to a neighbouring speaker (#14 item 2)."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.kind, q.text, q.speaker, q.source) for q in doc._.pipeline_quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote that continues an organization's quote is the organization's, not the last person's
        ("Trade analyst Aliya Serikova said exports had fallen in March. “The ministry has not received any formal "
         "request,” the Kazakh Foreign Ministry said in a statement. “We will study the proposal once it arrives.”",
         [("indirect", "exports had fallen in March", "Aliya Serikova", ""),
          ("direct", "The ministry has not received any formal request", "", "Kazakh Foreign Ministry"),
          ("direct", "We will study the proposal once it arrives.", "", "Kazakh Foreign Ministry")]),
        # "one senior official" names nobody known: an unnamed source, not the last person named
        ("Trade analyst Aliya Serikova said exports had fallen in March. “The border will stay closed until the "
         "spring,” one senior customs official said. “Nobody wants to take the risk.”",
         [("indirect", "exports had fallen in March", "Aliya Serikova", ""),
          ("direct", "The border will stay closed until the spring", "", "one senior customs official"),
          ("direct", "Nobody wants to take the risk.", "", "one senior customs official")]),
    ],
)
def test_attribution_neighbours_continued_quote_keeps_its_source(nlp, text, expected):
    assert _rows(nlp, text) == expected


def test_attribution_neighbours_place_is_no_antecedent(nlp):
    """A place in subject position ("Central Asia is …") is no person a later "she" can be."""
    text = ("Dina Karimova opened the session. Central Asia is changing fast. She stressed the need to open direct "
            "flights between the capitals.")
    assert _rows(nlp, text) == [
        ("indirect", "the need to open direct flights between the capitals", "Dina Karimova", "")]


def test_attribution_neighbours_fragment_of_unattributed_claims(nlp):
    """A quoted fragment inside "claims that …" is the claims' words, not the words of the person who
    responds to them."""
    text = ("Responding to claims that Kyrgyzstan is ‘hostile’ and has closed the canal to its neighbours, Deputy "
            "Minister Azamat Bekov said the water would flow again in May.")
    assert _rows(nlp, text) == [
        ("indirect", "Kyrgyzstan is ‘hostile’", "", ""),
        ("direct", "hostile", "", ""),
        ("indirect", "the water would flow again in May", "Azamat Bekov", ""),
    ]
