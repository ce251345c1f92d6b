"""pipeline_policy, round 41 (scope): what a text says around a document without stating its priorities. A count of
a document's parts announces a list ("Four pillars.", "rests on five national strategies"); a question word opens
what the text asks about ("to outline where the country intends to concentrate its efforts"); a later version of the
document ("The next plan should ...") is a wish for a document not yet written; another state's document the text
says it leaves out ("... is not mentioned") is no document; a negation outside an item denies it ("It does not put
oil among its priorities at all"), and a person's opinion is no priority ("an economist argued that the plan should
..."). Road maps and pathways are documents ("Tonga Energy Road Map", "Pathway for the Development of Samoa"). "US
dollars" names a currency, no country of the text; the government's possessive on the noun a statement modifies owns
it ("the government's first foreign-policy objective"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..table_rows import policy_rows

INTERVIEW = ("Harbour Review: Inside the Agenda\n\nLiberia adopted its Pro-Poor Agenda for Prosperity and "
             "Development in 2018.\n\nHarbour Review: How is the agenda built?\nKorto Dennis: Four pillars.\n\n"
             "Harbour Review: Which pillar comes first?\nKorto Dennis: Power to the people.\n")
COUNT = ("Panama's Energy Transition Agenda\n\nPanama adopted its Energy Transition Agenda in 2020. The agenda rests "
         "on five national strategies. Electricity for all comes first.\n")
ASKED = ("Seychelles' Blue Economy Roadmap\n\nSeychelles adopted its Blue Economy Strategic Policy Framework and "
         "Roadmap in 2018. The minister used the launch to outline where the country intends to concentrate its "
         "efforts. The roadmap puts fisheries first.\n")
NEXT = ("Liberia's plan, five years on\n\nLiberia adopted its National Development Plan in 2018. It puts roads "
        "first. The next plan should put fiscal transparency first.\n")
ABSENT = ("Malawi's implementation plan\n\nMalawi adopted its First 10-Year Implementation Plan in 2021. The plan "
          "puts agriculture first. It counts on Mozambique for access to the sea. Zambia's Eighth National "
          "Development Plan, which also bets on mining, is not mentioned.\n")
DENIED = ("Congo's plan\n\nThe Republic of the Congo adopted its National Development Plan in 2022. Agriculture comes "
          "first. It does not put oil among its priorities at all.\n")
ROADMAP = ("FACT SHEET\nTonga Energy Road Map 2010–2020\n\nWhat is it?\nThe Tonga Energy Road Map is the kingdom's "
           "ten-year plan for the power sector, adopted by the government in 2010.\n\nWhat does it put first?\n"
           "1. Renewable generation: half of grid electricity is to come from solar farms.\n"
           "2. Network efficiency: losses on the grid are to be cut.\n")
PATHWAY = ("Report of the Economy Committee\n\nThe Committee held three hearings on the Pathway for the Development of "
           "Samoa in 2023. Social development comes first. Tourism is the second outcome.\n")
OPINION = ("Liberia's plan, five years on\n\nLiberia adopted its National Development Plan in 2018. It puts roads "
           "first. Nargis Rahimi, an economist at the University of Liberia, argued that the plan should put "
           "fiscal transparency first.\n")
PATHWAY_BACK = ("Report of the Economy Committee\n\nThe Committee held three hearings on the Pathway for the "
                "Development of Samoa in 2023. Social development comes first.\n\nThe hearings were held in Apia in "
                "March.\n\nAbroad, the Pathway leans on the World Bank for budget support.\n")
DOLLARS = ("Report on the Government Action Programme 2021–2023\n\nThe Committee held hearings in Kinshasa on the "
           "Government Action Programme 2021–2023. Security tops the list. The Prime Minister said that the "
           "programme would cost about 37 billion US dollars. The programme pre-dates the entry of the Democratic "
           "Republic of the Congo into the East African Community.\n")
OBJECTIVE = ("SAN MARINO, 9 February 2024 — Luca Beccari, San Marino's secretary of state for foreign affairs, told "
             "the Great and General Council on Friday that the association agreement with the European Union "
             "remained the government's first foreign-policy objective.\n")


@pytest.mark.model
@pytest.mark.parametrize(("text", "rows"), [
    (INTERVIEW, [("LBR", "", "Power to the people")]),  # not "Four pillars"
    (COUNT, [("PAN", "", "Electricity for all")]),  # not "five national strategies"
    (ASKED, [("SYC", "", "fisheries")]),  # not "concentrate its efforts"
    (NEXT, [("LBR", "", "roads")]),  # not "fiscal transparency"
    (DENIED, [("COG", "", "Agriculture")]),  # not "at all"
    (OPINION, [("LBR", "", "roads")]),  # not what the economist argues the plan should put first
])
def test_scope_round41_no_priority_around_the_document(nlp, text, rows):
    assert policy_rows(nlp(text)) == rows


@pytest.mark.model
def test_scope_round41_document_left_out(nlp):
    """Zambia's plan is named only to say that Malawi's leaves it out: no document, no rows."""
    doc = nlp(ABSENT)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == [
        ("MWI", "First 10-Year Implementation Plan")]
    assert policy_rows(doc) == [("MWI", "", "agriculture"), ("MWI", "MOZ", "access to the sea")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "document"), [
    (ROADMAP, ("TON", "Tonga Energy Road Map")), (PATHWAY, ("WSM", "Pathway for the Development of Samoa"))])
def test_scope_round41_road_maps_and_pathways(nlp, text, document):
    assert [(p.owner_iso3, p.document) for p in nlp(text)._.pipeline_policies] == [document]


@pytest.mark.model
@pytest.mark.parametrize(("text", "rows"), [
    (DOLLARS, [("COD", "", "Security")]),  # the text's one country, not the United States of "US dollars"
    (OBJECTIVE, [("SMR", "EU", "association agreement")])])
def test_scope_round41_owner(nlp, text, rows):
    assert policy_rows(nlp(text)) == rows


@pytest.mark.model
def test_scope_round41_the_pathway_refers_back(nlp):
    """"the Pathway" refers back to the named one, so its paragraph is about the document."""
    assert policy_rows(nlp(PATHWAY_BACK)) == [("WSM", "", "Social development"),
                                              ("WSM", "World Bank", "budget support")]
