"""pipeline_policy: a document named again by a shorter name the text gives it (an acronym in brackets, a name a
document noun stands in apposition to), a title whose words "and" joins, and the owner of a document no country
stands near (the text's own country)."""

from __future__ import annotations

import pytest


def _documents(doc):
    return [(p.owner_iso3, p.document) for p in doc._.pipeline_policies]


def _rows(doc):
    return [(q.rank, q.partner, q.relation) for p in doc._.pipeline_policies for q in p.priorities]


CASES = [
    (  # the acronym in brackets names the plan again in the next paragraph
        "ACCRA, 3 March 2021 — Ghana's cabinet adopted the National Water Security Plan (NWSP) on Tuesday.\n\n"
        "The NWSP identifies three priorities: cleaner rivers, cheaper irrigation and safer dams.",
        [("GHA", "National Water Security Plan")],
        [(1, "", "cleaner rivers"), (2, "", "cheaper irrigation"), (3, "", "safer dams")],
    ),
    (  # a name the programme noun stands in apposition to, used again as the subject of a cue
        "Bright Harbour, the port modernisation programme that the Latvian government launched in 2020, is "
        "entering its second phase.\n\n"
        "Bright Harbour focuses on deeper berths, new cranes and faster customs.",
        [("LVA", "Bright Harbour")],
        [(1, "", "deeper berths"), (2, "", "new cranes"), (3, "", "faster customs")],
    ),
    (  # "and" joins two capitalised words of a title; "its" refers to the government, the headline's country
        "Analysis | Malawi\n\n"
        "When the government took its Rural Recovery and Resilience Plan to parliament, few objected. The plan "
        "focuses on irrigation, feeder roads and grain stores.",
        [("MWI", "Rural Recovery and Resilience Plan")],
        [(1, "", "irrigation"), (2, "", "feeder roads"), (3, "", "grain stores")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "documents", "rows"), CASES)
def test_policy_aliases_name_the_document(nlp, text, documents, rows):
    doc = nlp(text)
    assert _documents(doc) == documents
    assert _rows(doc) == rows


@pytest.mark.model
def test_policy_aliases_organization_acronym_names_no_document(nlp):
    """An organization's name defines no acronym of a document: "UNDP" later is the organization."""
    doc = nlp("ACCRA, 3 March 2021 — The United Nations Development Programme (UNDP) opened an office in Ghana. "
              "UNDP focuses on rural water supply.")
    assert _documents(doc) == []


@pytest.mark.model
def test_policy_aliases_owner_is_text_country(nlp):
    """A document type of the lexicon that no country stands near belongs to the country the text names most."""
    doc = nlp("Committee record\n\nThe committee reviewed the Third National Development Plan (NDP-3) on Monday. "
              "Members from Kenya's coastal counties spoke first. NDP-3 focuses on irrigation, feeder roads and grain "
              "stores. "
              "The Kenyan delegation to Uganda later met the committee.")
    assert _documents(doc) == [("KEN", "Third National Development Plan")]
    assert _rows(doc) == [(1, "", "irrigation"), (2, "", "feeder roads"), (3, "", "grain stores")]
