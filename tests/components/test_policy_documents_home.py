"""pipeline_policy, documents that no country stands near (issue 14): the text's first title is its country's ("Can
Zambia Still Deliver?" ... "the National Agricultural Investment Plan"), a title its head opens is no organization
though its acronym made one of it ("Plan Malawi Rising (PMR)"), "the agenda" and "the Initiative" name documents."""

from __future__ import annotations

import pytest


def _documents(doc):
    return [(p.owner_iso3, p.document) for p in doc._.pipeline_policies]


def _rows(doc):
    return [(q.rank, q.partner, q.partner_code, q.relation) for p in doc._.pipeline_policies for q in p.priorities]


CASES = [
    (  # the first title, far from any country: the headline's country owns it
        "Can Zambia Still Deliver?\n\nThe rains came late again this year. Farmers waited for seed that never"
        " arrived.\n\nThe National Agricultural Investment Plan was adopted in 2014. The plan focuses on irrigation,"
        " seed supply and rural roads.",
        [("ZMB", "National Agricultural Investment Plan")],
        [(1, "", "", "irrigation"), (2, "", "", "seed supply"), (3, "", "", "rural roads")],
    ),
    (  # "the agenda" refers back to the titled agenda
        "Ghana unveiled its Jobs Agenda in 2019. The agenda rests on three pillars: youth employment, rural roads"
        " and vocational training.",
        [("GHA", "Jobs Agenda")],
        [(1, "", "", "youth employment"), (2, "", "", "rural roads"), (3, "", "", "vocational training")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "documents", "rows"), CASES)
def test_policy_documents_home(nlp, text, documents, rows):
    doc = nlp(text)
    assert _documents(doc) == documents
    assert _rows(doc) == rows


@pytest.mark.model
def test_policy_documents_home_second_title_unowned(nlp):
    """A title after the text's first document, apposed to a part of it, opens no document of the text's country."""
    doc = nlp("Can Zambia Still Deliver?\n\nThe rains came late again this year.\n\nThe National Agricultural"
              " Investment Plan was adopted in 2014. Its second pillar, “Roads and Markets”, focuses on rural roads.")
    assert [d for d, _ in _documents(doc)] == ["ZMB"]
    assert "Roads and Markets" not in [n for _, n in _documents(doc)]


@pytest.mark.model
def test_policy_documents_home_head_first_title(nlp):
    """"Plan Malawi Rising (PMR)": read as an organization for its acronym, the name its head opens is a plan."""
    doc = nlp("DONOR NOTE | Republic of Malawi\n\nPlan Malawi Rising 2035: what the government asks of donors\n\n"
              "The Plan Malawi Rising (PMR) was adopted in 2021. The plan focuses on irrigation, tourism and mining.")
    assert _documents(doc) == [("MWI", "Plan Malawi Rising")]
    assert _rows(doc) == [(1, "", "", "irrigation"), (2, "", "", "tourism"), (3, "", "", "mining")]


@pytest.mark.model
def test_policy_documents_home_initiative(nlp):
    """"Initiative" heads a title the government launches."""
    doc = nlp("NAIROBI, 3 May 2022 — The government launched the Kenya Coastal Initiative on Tuesday. It focuses"
              " on fisheries, port services and tourism.")
    assert _documents(doc) == [("KEN", "Kenya Coastal Initiative")]


@pytest.mark.model
def test_policy_documents_home_initiative_of_others(nlp):
    """An initiative nobody in the text issues is a grouping or another body's programme, no document."""
    doc = nlp("Estonia's National Security Strategy focuses on deterrence. It also supports the Baltic Grid"
              " Initiative.")
    assert [n for _, n in _documents(doc)] == ["National Security Strategy"]


@pytest.mark.model
def test_policy_documents_home_agenda_needs_its_name(nlp):
    """"the agenda" refers back to a document only after a name it heads."""
    from pipeline.components.policy.mentions import find_mentions

    lexicon = nlp.get_pipe("pipeline_policy").lexicon
    doc = nlp("The minister spoke for an hour. The agenda was crowded.")
    assert [m.start for m in find_mentions(doc, lexicon)] == []
    doc = nlp("Ghana unveiled its Jobs Agenda in 2019. The agenda rests on three pillars.")
    assert [doc[m.start].text for m in find_mentions(doc, lexicon)] == ["Jobs", "agenda"]
