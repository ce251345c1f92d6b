"""pipeline_policy, round 42 (scope): a title headed by "Initiative" is a document where a document noun the
government issues stands in apposition to it ("the Libya Stabilization Initiative, a short paper that the Government
of National Unity presented"); a report that names itself ("This report sets out its findings") is the text, not the
document it reports on; a ranking that names the speaker's list ("Economic diplomacy is the last item on his list")
and an ordinal that opens an inverted clause ("Only fourth does it call for ...") go on about the document across a
paragraph break; what the text says it mentions only in passing ("are mentioned in the text mainly as
neighbours") and a count of success factors ("organised around four critical success factors") are no priority; and a
heading the parser joined to a ranked item ("What it puts first\nGrowth outside oil heads the list") stays out of it.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..table_rows import policy_rows

INITIATIVE = ("Tripoli's plan, three years on\n\nIn October 2021, Libya hosted a conference in Tripoli. Its "
              "centrepiece was the Libya Stabilization Initiative, a short paper that the Government of National "
              "Unity presented as its own route out of a decade of division.\n\nThe initiative has two tracks. "
              "Security comes first.\n")
REPORT = ("Report of the Economy Committee\n\n1. The Growth and Sustainable Development Strategy (GSDS) was adopted "
          "by the Cabinet of Belize in 2016. This report sets out its findings. The Committee held three hearings "
          "in Belmopan in 2017.\n\n2. The strategy puts tourism first.\n")
LIST = ("Minister sets out the year\n\nSKOPJE, 9 January 2025 — North Macedonia's foreign minister told ambassadors "
        "on Thursday that membership of the European Union remained the country's first foreign-policy priority.\n\n"
        "Relations with the neighbours come next.\n\nEconomic diplomacy is the last item on his list.\n")
ONLY = ("Suriname's recovery plan\n\nSuriname adopted its Recovery Plan in 2020. The plan puts stabilisation first. "
        "Third, it wants the exchange rate unified.\n\nOnly fourth does it call for cheaper credit for farmers.\n")
FACTORS = ("Belize's strategy\n\nBelize adopted its Growth and Sustainable Development Strategy in 2016. The "
           "strategy is organised around four critical success factors. Tourism comes first.\n")
HEADING = ("Yemen's plan\n\nYemen adopted its Development Plan for Poverty Reduction in 2006.\n\nWhat it puts first\n"
           "Growth outside oil heads the list.\n")
PASSING = ("Peru's white paper\n\nPeru adopted its Defence White Paper in 2005. It puts the Amazon first. Bolivia and "
           "Brazil are mentioned in the text mainly as neighbours along the jungle frontier. Partnerships with Chile "
           "and Ecuador are mentioned in this context.\n")


@pytest.mark.model
def test_scope_round42_initiative_the_government_presented(nlp):
    """The title's apposed "a short paper that the Government ... presented" makes the Initiative a document."""
    doc = nlp(INITIATIVE)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == [
        ("LBY", "Libya Stabilization Initiative")]
    assert policy_rows(doc) == [("LBY", "", "Security")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "rows"), [
    (REPORT, [("BLZ", "", "tourism")]),  # not "its findings"
    (PASSING, [("PER", "", "Amazon"), ("PER", "CHL", "Partnerships"), ("PER", "ECU", "Partnerships")]),  # not
    # Bolivia and Brazil, mentioned mainly as neighbours
    (FACTORS, [("BLZ", "", "Tourism")]),  # not "four critical success factors"
    (HEADING, [("YEM", "", "Growth outside oil")]),  # not "What it puts first Growth outside oil"
])
def test_scope_round42_no_priority_around_the_document(nlp, text, rows):
    assert policy_rows(nlp(text)) == rows


@pytest.mark.model
@pytest.mark.parametrize(("text", "rows"), [
    (LIST, [("MKD", "", "Economic diplomacy"), ("MKD", "", "Relations"),
            ("MKD", "EU", "membership of the European Union")]),
    (ONLY, [("SUR", "", "cheaper credit for farmers"), ("SUR", "", "exchange rate unified"),
            ("SUR", "", "stabilisation")]),
])
def test_scope_round42_the_list_goes_on_across_a_paragraph(nlp, text, rows):
    assert policy_rows(nlp(text)) == rows
