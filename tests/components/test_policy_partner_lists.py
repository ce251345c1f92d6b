"""pipeline_policy: the partners of a coordinated list (issue #14) - a list that goes on after an apposition or a
relative clause on one partner ("with A and B, its neighbours, and with C"; "with A, which ..., and with B"), names
before "as"/"for" that share the description ("highlights A, B and C as key neighbours"), a proper name coordinated
with a known organization ("within ECOWAS and the X Initiative"), a group of monarchies, and the tail of a hyphenated
acronym ("(CARIFTA-TR)"), which names no partner; and the relation of such items (an anaphoric "the alliance's", a
relative clause on the description, a participle or a mis-tagged noun before "with"). Sentences written for these
tests, with the exact rows (partner, partner_code, relation, text)."""

from __future__ import annotations

import pytest


def _rows(doc):
    return sorted((q.partner, q.partner_code, q.relation, q.text) for p in doc._.pipeline_policies
                  for q in p.priorities)


@pytest.mark.parametrize(("text", "partners", "relation", "item"), [
    pytest.param(
        "Portugal's Defence Strategy was adopted in 2024. It envisages closer maritime cooperation with Spain and "
        "Morocco, its southern neighbours, and with Brazil.",
        [("Brazil", "BRA"), ("Morocco", "MAR"), ("Spain", "ESP")], "closer maritime cooperation",
        "closer maritime cooperation with Spain and Morocco, its southern neighbours, and with Brazil",
        id="apposition-then-and-with"),
    pytest.param(
        "Chile's Foreign Policy Strategy was released in 2025. It seeks stronger ties with Japan, which opened a new "
        "trade office in Santiago last year, and with Australia.",
        [("Australia", "AUS"), ("Japan", "JPN")], "stronger ties",
        "stronger ties with Japan, which opened a new trade office in Santiago last year, and with Australia",
        id="relative-clause-then-and-with"),
    pytest.param(
        "Peru's Foreign Policy Concept was adopted in 2024. The concept highlights Brazil, Chile and Colombia as key "
        "neighbours.",
        [("Brazil", "BRA"), ("Chile", "CHL"), ("Colombia", "COL")], "Brazil, Chile and Colombia as key neighbours",
        "Brazil, Chile and Colombia as key neighbours",
        id="names-share-as"),
    pytest.param(
        "Estonia's Defence Plan was approved in 2023. The plan singles out Poland, Latvia and Finland for closer "
        "defence cooperation.",
        [("Finland", "FIN"), ("Latvia", "LVA"), ("Poland", "POL")],
        "Poland, Latvia and Finland for closer defence cooperation",
        "Poland, Latvia and Finland for closer defence cooperation",
        id="names-share-for"),
    pytest.param(
        "Oman's Foreign Policy Review was published in 2024. Its priorities include closer ties with Egypt and the "
        "Gulf monarchies.",
        [("Egypt", "EGY"), ("Gulf monarchies", "")], "closer ties", "closer ties with Egypt and the Gulf monarchies",
        id="monarchies-group"),
    pytest.param(
        "Belize's Trade Strategy was adopted in 2021. It intends to use the trade pact with Canada (CARIFTA-TR) to "
        "attract investment.",
        [("Canada", "CAN")], "use the trade pact", "use the trade pact with Canada (CARIFTA-TR) to attract investment",
        id="acronym-tail"),
])
def test_policy_partner_lists(nlp, text, partners, relation, item):
    assert _rows(nlp(text)) == sorted((name, code, relation, item) for name, code in partners)


def test_policy_partner_lists_unknown_name(nlp):
    text = ("Guinea's Foreign Policy Strategy was adopted in 2022. It calls for deeper integration within ECOWAS and "
            "the Atlantic Coast Fisheries Initiative.")
    item = "deeper integration within ECOWAS and the Atlantic Coast Fisheries Initiative"
    assert _rows(nlp(text)) == [("Atlantic Coast Fisheries Initiative", "", item, item),
                                ("ECOWAS", "ECOWAS", item, item)]


@pytest.mark.parametrize(("text", "partners", "relation", "item"), [
    pytest.param(  # "the alliance" refers back to the organization named last
        "Norway's Defence Plan was adopted in 2024. It reaffirms Norway's commitment to NATO. The plan aims to "
        "strengthen the alliance's presence in the High North.",
        [("NATO", "NATO")], "strengthen the alliance's presence in the High North",
        "strengthen the alliance's presence in the High North",
        id="anaphoric-alliance"),
    pytest.param(  # the "and" of a name inside the description's relative clause joins no next partner
        "Trinidad and Tobago's Foreign Policy was adopted in 2019. Beyond the region, the authors regard Canada, "
        "Mexico and Brazil as countries with which Trinidad and Tobago intends to expand trade.",
        [("Brazil", "BRA"), ("Canada", "CAN"), ("Mexico", "MEX")],
        "countries with which Trinidad and Tobago intends to expand trade",
        "regard Canada, Mexico and Brazil as countries with which Trinidad and Tobago intends to expand trade",
        id="description-with-which"),
    pytest.param(  # a participle before "with" describes the thing; it is no relation verb
        "Mauritania's Development Strategy was adopted in 2016. It calls for the joint management of the fishing "
        "grounds shared with Senegal.",
        [("Senegal", "SEN")], "joint management of the fishing grounds shared",
        "the joint management of the fishing grounds shared with Senegal",
        id="participle-before-with"),
    pytest.param(  # a noun the tagger reads as a verb before "with"
        "Denmark's Africa Strategy was adopted in 2024. It seeks partnerships of equals with African countries.",
        [("African countries", "")], "partnerships of equals", "partnerships of equals with African countries",
        id="noun-read-as-verb"),
])
def test_policy_partner_relations(nlp, text, partners, relation, item):
    assert _rows(nlp(text)) == sorted((name, code, relation, item) for name, code in partners)
