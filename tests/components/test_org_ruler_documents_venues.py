"""The organization ruler leaves out what only looks like an organization: a document's acronym (also with a
number, also given by "known as", and the other numbers of a numbered series), and a venue ("Convention
Centre"); it takes a firm named in apposition with the kind of body it is, even where the NER calls it a
person."""

from __future__ import annotations

import pytest


def _orgs(nlp, text):
    doc = nlp(text)
    return [(s.text, s.kb_id_) for s in doc.spans["organizations"]]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The cabinet adopted the Fourth National Development Strategy (NDS4) on Monday. "
         "NDS4 doubles spending on roads.", "NDS4"),
        ("The Second Plan for Rural Transformation, known as PRT2, was approved in May. "
         "Officials said PRT2 would cut poverty.", "PRT2"),
        # the strategy before it, by its number
        ("The Third Growth Strategy (GSX3) was launched on Tuesday. It builds on GSX2, which ended in 2023.",
         "GSX2"),
    ],
)
def test_document_acronyms_name_no_organization(nlp, text, absent):
    assert absent not in {form for form, _ in _orgs(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The summit opened at the Mwalimu Jabali International Convention Centre on Thursday.",
        "About forty residents spent the night at the Oakdene Community Centre after the flood.",
        "Leaders gathered at the Queen Amara Convention Centre on the Red Sea for the talks.",
    ],
)
def test_venues_are_no_organizations(nlp, text):
    assert _orgs(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The bus route will be cut in June. The operator, Tarwen Coaches, said passenger numbers had fallen.",
         "Tarwen Coaches"),
        ("The harbour will close to cruise ships. The port authority, Skarvik Havn, said it would work with the lines.",
         "Skarvik Havn"),
        ("Braxley Water, the company responsible for the sewers, apologised on Friday.", "Braxley Water"),
    ],
)
def test_firms_in_apposition_with_their_kind(nlp, text, org):
    assert (org, org) in _orgs(nlp, text)


def test_an_organization_acronym_stays(nlp):
    text = "The African Union (AU) met in Addis Ababa. The AU said the talks would resume."
    assert ("AU", "AU") in _orgs(nlp, text)
