"""pipeline_policy: what the owner says it will do with a policy document itself (submit it, publish it) is a
step of the document's making, not one of its priorities. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(p.owner_iso3, p.document, q.rank, q.partner, q.partner_code, q.relation)
            for p in doc._.pipeline_policies for q in p.priorities]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ecuador's new Foreign Policy Strategy focuses on trade with Peru. The government will publish the full text "
     "of the strategy in Spanish and English next month. Ecuador will also expand its embassy network in Asia.",
     [("ECU", "Foreign Policy Strategy", 1, "Peru", "PER", "trade"),
      ("ECU", "Foreign Policy Strategy", 2, "", "", "expand its embassy network in Asia")]),
    ("Peru's Foreign Minister said Peru will deepen ties with Chile. The government will submit a revised "
     "Foreign Policy Concept to Congress in the autumn.",
     [("PER", "", 1, "Chile", "CHL", "ties")]),
])
def test_policy_intent_about_the_document_is_no_priority(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Georgia's new Foreign Policy Strategy envisages deepening of cooperation with the European Union on the basis "
     "of the Association Agreement and the Deep and Comprehensive Free Trade Area.",
     [("GEO", "Foreign Policy Strategy", 1, "European Union", "EU", "deepening of cooperation")]),
    ("Georgia's new Foreign Policy Strategy envisages closer ties with Armenia and Azerbaijan on the basis of "
     "good-neighbourliness.",
     [("GEO", "Foreign Policy Strategy", 1, "Armenia", "ARM", "closer ties"),
      ("GEO", "Foreign Policy Strategy", 1, "Azerbaijan", "AZE", "closer ties")]),
])
def test_policy_partners_end_at_a_complex_preposition(nlp, text, expected):
    """"on the basis of X": what the relation rests on, not a partner."""
    assert _rows(nlp(text)) == expected
