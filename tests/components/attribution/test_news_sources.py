"""pipeline_attribution on local news: organizations and groups as sources (speaker empty, source as
written), a definite description or "it"/"they" that refers back to one, and roles that name no
person named before them."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str, str]]:
    doc = nlp(text)
    return [(q.kind, q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name with "of" and a proper name, and a plural possessive inside the name
        ("The Town of Cobourg said the beach will stay closed until the water is tested.",
         [("indirect", "the beach will stay closed until the water is tested", "said", "",
           "Town of Cobourg")]),
        ("The Alberta Teachers' Association said the new curriculum needs more work.",
         [("indirect", "the new curriculum needs more work", "said", "", "Alberta Teachers' Association")]),
        # a person span that left out the place word of an organization's name
        ("Halifax Regional Municipality says the ferry will not run on Saturday.",
         [("indirect", "the ferry will not run on Saturday", "says", "", "Halifax Regional Municipality")]),
        # a single capitalised word after "the" is no person's name
        ("The Crown argued that the sentence should be at least four years.",
         [("indirect", "the sentence should be at least four years", "argued", "", "Crown")]),
        # a person span on a name that ends in an organization word
        ("Manitoba Hydro said about 4,000 customers lost power overnight.",
         [("indirect", "about 4,000 customers lost power overnight", "said", "", "Manitoba Hydro")]),
        # a common noun tied to an organization: the organization goes with it
        ("A spokesperson for the City of Regina said plows are out on every major street.",
         [("indirect", "plows are out on every major street", "said", "",
           "A spokesperson for the City of Regina")]),
        ("Officials with Parks Canada warned that the trail is closed because of bear activity.",
         [("indirect", "the trail is closed because of bear activity", "warned", "",
           "Officials with Parks Canada")]),
    ],
)
def test_organization_sources_as_written(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the health authority" after the health authority's name: that organization
        ("Island Health has closed two wards at Nanaimo hospital.\n\n"
         "The health authority said surgeries will go ahead as planned.",
         [("indirect", "surgeries will go ahead as planned", "said", "", "Island Health")]),
        # "They"/"It" continue the organization or group of the statement before
        ("Waterloo Regional Police said two men were arrested on Sunday.\n\n"
         "They said both men are from Kitchener.",
         [("indirect", "two men were arrested on Sunday", "said", "", "Waterloo Regional Police"),
          ("indirect", "both men are from Kitchener", "said", "", "Waterloo Regional Police")]),
        ("Manitoba Hydro said about 4,000 customers lost power overnight. It said crews expect to "
         "restore service by noon.",
         [("indirect", "about 4,000 customers lost power overnight", "said", "", "Manitoba Hydro"),
          ("indirect", "crews expect to restore service by noon", "said", "", "Manitoba Hydro")]),
    ],
)
def test_sources_referred_back_to(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role is no person the text names without that role
        ("Police arrested Kyle Barnes after the fire at the arena.\n\n"
         "The mayor said the town would rebuild the arena.",
         [("indirect", "the town would rebuild the arena", "said", "", "mayor")]),
        # a role a lead names first and the next paragraph names in full
        ("\u201cWe will hire 300 more nurses this year,\u201d the health minister said on Monday.\n\n"
         "Health Minister Adriana LaGrange said the money is already in the budget.",
         [("direct", "We will hire 300 more nurses this year", "said", "Adriana LaGrange", ""),
          ("indirect", "the money is already in the budget", "said", "Adriana LaGrange", "")]),
        # a police rank whose period the tokenizer splits off
        ("\u201cThe investigation is ongoing,\u201d said Sgt. Dana Whitmore of the Saskatoon Police Service.",
         [("direct", "The investigation is ongoing", "said", "Dana Whitmore", "")]),
        ("\u201cNo one else was in the car,\u201d Cpl. Ravi Sandhu said in a statement.",
         [("direct", "No one else was in the car", "said", "Ravi Sandhu", "")]),
        # a dateline's place or date is no speaker
        ("QUITO, 2 June 2025 \u2014 \u201cThe talks went well,\u201d the minister said.",
         [("direct", "The talks went well", "said", "", "minister")]),
    ],
)
def test_roles_and_names_in_news(nlp, text, expected):
    assert _rows(nlp, text) == expected
