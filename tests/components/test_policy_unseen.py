"""pipeline_policy: phrasings of documents nobody tuned on (issue #14 item 1, the error analysis of the fourth
confirmation set) - a statement of priorities inside a sentence that names the document ("In line with the
Concept, the main directions of foreign policy are ..."), a numbered list after "the following axes:", a capitalised
reference noun ("The Plan provides for ..."), and a verb before "with" whose topic is a phrase ("keep working with
X on the patrol of ..." -> "working with") or a bare noun phrase ("on coastal surveys" -> "coastal surveys").
Sentences written for these tests, with the exact rows (owner, document, adopted, rank, partner, code, relation)."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(p.owner_iso3, p.document, p.adopted, q.rank, q.partner, q.partner_code, q.relation)
            for p in doc._.pipeline_policies for q in p.priorities]


VNM = ("VNM", "Foreign Policy Concept", "2026-03")
GHA = ("GHA", "National Development Plan", "2025-06")
FJI = ("FJI", "Maritime Strategy", "")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # the countries of the list own nothing: the Concept named before in the sentence does
        "HANOI, 4 March 2026 — Vietnam's new Foreign Policy Concept was approved on Tuesday. In line with the "
        "Concept, the main directions of foreign policy are the following:\n– closer ties with Laos and Cambodia;\n"
        "– strategic partnership with India and with Japan.",
        [(*VNM, 1, "Laos", "LAO", "closer ties"), (*VNM, 1, "Cambodia", "KHM", "closer ties"),
         (*VNM, 2, "India", "IND", "strategic partnership"), (*VNM, 2, "Japan", "JPN", "strategic partnership")],
        id="statement-in-a-sentence-naming-the-document"),
    pytest.param(  # "the following four axes:" opens a numbered list; "The Plan" (a proper noun) refers back
        "ACCRA, 9 June 2025 — Ghana's cabinet approved the National Development Plan for 2026-2030 on Monday.\n\n"
        "The Plan is organised around the following four axes:\n1. the expansion of irrigation;\n2. the training "
        "of nurses.\n\nThe Plan also provides for a new port in Takoradi.",
        [(*GHA, 1, "", "", "expansion of irrigation"), (*GHA, 2, "", "", "training of nurses"),
         (*GHA, 3, "", "", "new port in Takoradi")],
        id="following-axes-and-the-capitalised-plan"),
    pytest.param(  # a phrase as the topic keeps the verb and its "with"; a bare noun phrase is the relation
        "Fiji's Maritime Strategy was adopted in May. It says Fiji will keep working with Samoa on the patrol of "
        "shared fishing grounds, and will keep working with Tonga on coastal surveys.",
        [(*FJI, 1, "Samoa", "WSM", "working with"), (*FJI, 2, "Tonga", "TON", "coastal surveys")],
        id="keep-working-with-a-topic"),
])
def test_policy_unseen_phrasings(nlp, text, expected):
    assert _rows(nlp(text)) == expected


LAO = ("LAO", "National Security Concept", "2025-05")
ECU = ("ECU", "Foreign Policy Strategy", "")
NPL = ("NPL", "Foreign Policy Concept", "")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # indirect questions name no priority; "A, the B of C and a D as priorities" is three items; a
        # relation's future course after "while", with its basis; "reaffirms" a policy
        "Laos's National Security Concept was adopted in May 2025. This note sets out what the concept says and how "
        "it differs from the old one. It sets out food security, the protection of river fisheries and a national "
        "flood warning service as priorities. A strategic partnership with Vietnam is to be deepened, while "
        "relations with Thailand will keep developing on the basis of the 2016 border treaty. The concept "
        "reaffirms the long-standing policy of neutrality.",
        [(*LAO, 1, "", "", "food security"), (*LAO, 2, "", "", "protection of river fisheries"),
         (*LAO, 3, "", "", "national flood warning service"), (*LAO, 4, "Vietnam", "VNM", "strategic partnership"),
         (*LAO, 5, "Thailand", "THA", "relations on the basis of the 2016 border treaty"),
         (*LAO, 6, "", "", "long-standing policy of neutrality")],
        id="questions-three-items-while-relations-reaffirms"),
    pytest.param(  # an apposition describing the partners is no item; "rules out"; regions after "embassies in"
        # and "towards" are partners
        "Ecuador's Foreign Policy Strategy was approved on Friday. It calls for closer ties with Peru and Chile, its "
        "largest trading partners in the region. The strategy rules out hosting foreign military bases. It also "
        "provides for two new embassies in East Africa and for the diversification of exports towards Southeast "
        "Asia.",
        [(*ECU, 1, "Peru", "PER", "closer ties"), (*ECU, 1, "Chile", "CHL", "closer ties"),
         (*ECU, 2, "", "", "hosting foreign military bases"),
         (*ECU, 3, "East Africa", "", "two new embassies in East Africa"),
         (*ECU, 4, "Southeast Asia", "", "diversification of exports towards Southeast Asia")],
        id="apposition-rules-out-regions"),
    pytest.param(  # "Our diplomacy" in the minister's quotation: the statement's owner
        "Paraguay's Foreign Minister set out the priorities of Paraguayan diplomacy for 2026 on Monday.\n\n"
        '"Our diplomacy will rest on three commitments: regional integration, the defence of free trade, and closer '
        'ties with Brazil," the minister said.',
        [("PRY", "", "", 1, "", "", "regional integration"), ("PRY", "", "", 2, "", "", "defence of free trade"),
         ("PRY", "", "", 3, "Brazil", "BRA", "closer ties")],
        id="our-diplomacy"),
    pytest.param(  # "Its second direction is ...:"; "as the main neighbours"; attention "in the concept" is paid to;
        # past tense "remained a priority"
        "Nepal's Foreign Policy Concept was presented in March. Its second direction is the \"two neighbours\" "
        "policy: the document lists India and China as the main neighbours. Special attention in the concept is "
        "paid to hydropower exports. Reform of the South Asian Association for Regional Cooperation remained a "
        "priority for Kathmandu.",
        [(*NPL, 1, "", "", '"two neighbours" policy'), (*NPL, 2, "India", "IND", "main neighbours"),
         (*NPL, 2, "China", "CHN", "main neighbours"), (*NPL, 3, "", "", "hydropower exports"),
         (*NPL, 4, "", "", "Reform of the South Asian Association for Regional Cooperation remained a priority "
                           "for Kathmandu")],
        id="second-direction-main-neighbours-remained"),
])
def test_policy_unseen_phrasings_more(nlp, text, expected):
    assert _rows(nlp(text)) == expected
