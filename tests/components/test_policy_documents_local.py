"""pipeline_policy, documents that are no national policy (issue 14): a city's, a company's or a party's document
(local_owners.txt; the possessor of its name, or the subject its "its" stands for) opens none and the sentences about
it give the country's document no priority; a title inside an organization's name is no document."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(p.owner_iso3, p.document, q.text) for p in doc._.pipeline_policies for q in p.priorities]


@pytest.mark.model
def test_policy_documents_local_city(nlp):
    """"The city's ... Strategy" is the city's: its goals are not the national plan's."""
    doc = nlp("PRETORIA, 4 June 2024 - South Africa's National Water Plan sets three priorities: new dams, longer"
              " pipes and cleaner rivers. The city's long-term Growth Strategy lists parks and libraries among its"
              " goals.")
    assert _rows(doc) == [("ZAF", "National Water Plan", "new dams"), ("ZAF", "National Water Plan", "longer pipes"),
                          ("ZAF", "National Water Plan", "cleaner rivers")]


@pytest.mark.model
def test_policy_documents_local_company(nlp):
    """A company's "own plan", and "that plan" after it, are the company's."""
    doc = nlp("Mexico's National Energy Strategy focuses on solar power and on grid expansion. A large American"
              " carmaker used the launch to publicise its own plan, which foresees a new factory in Monterrey; that"
              " plan belongs to the company.")
    assert [text for _, _, text in _rows(doc)] == ["solar power", "grid expansion"]


@pytest.mark.model
def test_policy_documents_title_inside_organization(nlp):
    """"Public Policy" in "the Nairobi Institute for Public Policy" is a word of the institute's name."""
    doc = nlp("Kenya's National Climate Strategy focuses on reforestation and on clean cooking. The plan is welcome,"
              " said Jane Mwangi of the Nairobi Institute for Public Policy, but it says little about money.")
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == [("KEN", "National Climate Strategy")]
