"""The organization ruler's gazetteer (pipeline/data/organizations/aliases.tsv): regional communities,
UN bodies, armed groups, broadcasters, rating agencies and police forces found by their names and acronyms,
the longest name winning."""

from __future__ import annotations

import pytest


def _orgs(nlp, text):
    doc = nlp(text)
    return [(s.text, s.kb_id_) for s in doc.spans["organizations"]]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("The ministry wants closer trade inside ECOWAS and with the East African Community.",
         [("ECOWAS", "ECOWAS"), ("East African Community", "EAC")]),
        ("Talks between the government and Hezbollah resumed on Monday.", [("Hezbollah", "Hezbollah")]),
        ("The island state chairs the Pacific Islands Forum this year.",
         [("Pacific Islands Forum", "Pacific Islands Forum")]),
        # the longer name wins over the one inside it
        ("Ministers of the Commonwealth of Independent States met in Minsk.",
         [("Commonwealth of Independent States", "CIS")]),
        # broadcasters, rating agencies and police forces as sources
        ("The minister told Al Jazeera that the talks would resume.", [("Al Jazeera", "Al Jazeera")]),
        ("Fitch Ratings said the targets were ambitious.", [("Fitch Ratings", "Fitch Ratings")]),
        ("The road stayed closed overnight, Gardaí said.", [("Gardaí", "Garda Síochána")]),
        ("Police Scotland said officers were called at 9pm.", [("Police Scotland", "Police Scotland")]),
        # a capitalised word in a headline is no acronym of the list
        ("WE CAN DO BETTER, SAYS MAYOR", []),
    ],
)
def test_gazetteer_names(nlp, text, orgs):
    assert _orgs(nlp, text) == orgs
