"""pipeline_policy: priorities given in the phrasings of issue #14 that the first rules missed - reported by a
spokesperson or an adviser, "identifies X as its foremost concern", "sets out A, B and C as priorities", a second
clause ("and it will keep working with ..."), a contrast ("while relations with X will keep developing"), a list
in a minister's quoted statement, a region after a cue ("gives priority to Central America"). Sentences written
for these tests, with the exact rows (owner, document, adopted, rank, partner, partner_code, relation)."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(p.owner_iso3, p.document, p.adopted, q.rank, q.partner, q.partner_code, q.relation)
            for p in doc._.pipeline_policies for q in p.priorities]


GHA = ("GHA", "Foreign Policy Strategy", "")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # a spokesperson's report in the next paragraph; two coordinated intents, two items
        "ACCRA, 4 February 2025 — Ghana's new Foreign Policy Strategy focuses on trade with Nigeria.\n\n"
        "A government spokesman said the government would strengthen security cooperation with Togo and would "
        "seek a defence pact with Benin.",
        [(*GHA, 1, "Nigeria", "NGA", "trade"),
         (*GHA, 2, "Togo", "TGO", "security cooperation"),
         (*GHA, 3, "Benin", "BEN", "seek a defence pact")],
        id="spokesperson-two-intents"),
    pytest.param(  # a headline names the statement; the lead's subject after its dateline is the owner
        "Uruguay's Foreign Minister Sets Out Course\n\nMONTEVIDEO, 3 March 2025 — Uruguay will give priority to "
        "South America, Foreign Minister Ramiro Etcheverry told the Senate on Monday.",
        [("URY", "", "", 1, "South America", "", "give priority")],
        id="dateline-then-owner-will"),
    pytest.param(  # "According to X, the ministry will ...": the item starts at the predicate
        "Bolivia's Defence White Paper was released in May 2024. It calls for a larger air force.\n\n"
        "According to the deputy defence minister, the ministry will expand training with Brazil.",
        [("BOL", "Defence White Paper", "2024-05", 1, "", "", "larger air force"),
         ("BOL", "Defence White Paper", "2024-05", 2, "Brazil", "BRA", "expand training")],
        id="according-to-the-ministry-will"),
    pytest.param(  # a second clause whose subject is "it"
        "Peru's National Security Policy gives priority to border control, and it will keep working with Colombia"
        " on drug interdiction.",
        [("PER", "National Security Policy", "", 1, "", "", "border control"),
         ("PER", "National Security Policy", "", 2, "Colombia", "COL", "working on drug interdiction")],
        id="second-clause-it-will"),
    pytest.param(  # a relation's future course, and a contrast after "while"
        "Chile's new Foreign Policy Strategy attaches importance to ties with Argentina. Relations with Brazil "
        "will be deepened, while the dialogue with Mexico will keep developing.",
        [("CHL", "Foreign Policy Strategy", "", 1, "Argentina", "ARG", "ties"),
         ("CHL", "Foreign Policy Strategy", "", 2, "Brazil", "BRA", "Relations with Brazil will be deepened"),
         ("CHL", "Foreign Policy Strategy", "", 3, "Mexico", "MEX",
          "dialogue with Mexico will keep developing")],
        id="while-relations-keep-developing"),
    pytest.param(  # identifies X as its foremost concern; sets out A, B and C as priorities
        "Jordan's National Water Strategy was adopted in May 2023. The strategy identifies water security as its "
        "foremost concern. It sets out irrigation reform, flood protection and closer research links with Egypt "
        "as priorities.",
        [("JOR", "National Water Strategy", "2023-05", 1, "", "", "water security"),
         ("JOR", "National Water Strategy", "2023-05", 2, "", "", "irrigation reform"),
         ("JOR", "National Water Strategy", "2023-05", 3, "", "", "flood protection"),
         ("JOR", "National Water Strategy", "2023-05", 4, "Egypt", "EGY", "closer research links")],
        id="identifies-as-foremost-concern-sets-out-as-priorities"),
    pytest.param(  # a list in the minister's quoted statement ends at the closing quotation mark
        "QUITO, 2 June 2025 — Ecuador's Foreign Minister Ana Vela said on Monday that the ministry would "
        'concentrate on trade.\n\n"This year we will concentrate on three things: the border with Peru, consular '
        'services and exports of bananas," Vela told reporters.',
        [("ECU", "", "", 1, "", "", "trade"),
         ("ECU", "", "", 2, "Peru", "PER", "border"),
         ("ECU", "", "", 3, "", "", "consular services"),
         ("ECU", "", "", 4, "", "", "exports of bananas")],
        id="quoted-list-we-will"),
    pytest.param(  # a quoted "Our priorities are clear: ..." in the paragraph after the statement
        "LIMA, 8 May 2025 — Peru's Foreign Minister Elmer Schialer said on Monday that his ministry would focus "
        'on trade with Asia.\n\n"Our priorities are clear: the Pacific Alliance, mining reform and consular '
        'services," the minister said.',
        [("PER", "", "", 1, "Asia", "", "trade"),
         ("PER", "", "", 2, "Pacific Alliance", "Pacific Alliance", "priorities"),
         ("PER", "", "", 3, "", "", "mining reform"),
         ("PER", "", "", 4, "", "", "consular services")],
        id="quoted-priorities-are"),
    pytest.param(  # regions after a cue are its partners
        "Paraguay's new Foreign Policy Strategy gives priority to Central America and the Horn of Africa.",
        [("PRY", "Foreign Policy Strategy", "", 1, "Central America", "", "gives priority"),
         ("PRY", "Foreign Policy Strategy", "", 1, "Horn of Africa", "", "gives priority")],
        id="priority-to-regions"),
    pytest.param(  # "the ministry's plan" refers back; events ("would host a summit") are no priority
        "BISHKEK, 3 March 2025 — Kyrgyzstan's foreign ministry has identified water diplomacy as the main "
        "direction of its work, a spokesman said on Monday.\n\nThe ministry's plan for the year covers two areas. "
        "First, it seeks to attract investment. Second, it intends to expand transit routes.\n\nThe spokesman "
        "also said Kyrgyzstan would host a regional summit in June.",
        [("KGZ", "", "", 1, "", "", "water diplomacy"),
         ("KGZ", "", "", 2, "", "", "attract investment"),
         ("KGZ", "", "", 3, "", "", "expand transit routes")],
        id="ministrys-plan-and-an-event"),
    pytest.param(  # "the vision" refers back to a Vision document
        "Qatar's National Vision 2030 was adopted in 2008. According to the emir, the vision rests on three "
        "pillars: a diverse economy, a skilled workforce and clean energy.",
        [("QAT", "National Vision 2030", "2008", 1, "", "", "diverse economy"),
         ("QAT", "National Vision 2030", "2008", 2, "", "", "skilled workforce"),
         ("QAT", "National Vision 2030", "2008", 3, "", "", "clean energy")],
        id="the-vision-refers-back"),
])
def test_policy_reported_phrasings(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Morocco's National Energy Strategy was published in June 2023. The plan is to be financed from "
                 "the budget.", id="the-document-itself-is-to-be-financed"),
    pytest.param("Morocco's National Energy Strategy was published in June 2023. Analysts saw the document as a "
                 "signal to investors in the main areas.", id="the-document-rated-is-no-item"),
])
def test_policy_the_document_itself_is_no_priority(nlp, text):
    assert _rows(nlp(text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # "makes X the top priority"; a goal sentence "is to reach"
        "Latvia's National Security Concept was adopted in May 2023. It makes the expansion of the armed forces the "
        "top priority of the state. Under the concept, defence spending is to reach 3 percent of GDP by 2027.",
        [("LVA", "National Security Concept", "2023-05", 1, "", "", "expansion of the armed forces"),
         ("LVA", "National Security Concept", "2023-05", 2, "", "",
          "defence spending is to reach 3 percent of GDP by 2027")],
        id="makes-the-top-priority-is-to-reach"),
    pytest.param(  # a second clause: "and it pledges support for ..."
        "Ghana's new Foreign Policy Strategy was adopted in March 2025. It seeks to deepen trade with Togo, and it "
        "pledges support for peace efforts in Mali and Niger.",
        [("GHA", "Foreign Policy Strategy", "2025-03", 1, "Togo", "TGO", "deepen trade"),
         ("GHA", "Foreign Policy Strategy", "2025-03", 2, "Mali", "MLI", "peace efforts in Mali and Niger"),
         ("GHA", "Foreign Policy Strategy", "2025-03", 2, "Niger", "NER", "peace efforts in Mali and Niger")],
        id="and-it-pledges-support-for"),
    pytest.param(  # "is one of the goals of"; a group noun inside a prepositional phrase names no partner
        "Ghana's new Diaspora Policy was adopted in March 2025. Protecting migrant workers in the Gulf states is one "
        "of the goals of the policy, the minister said.",
        [("GHA", "Diaspora Policy", "2025-03", 1, "", "",
          "Protecting migrant workers in the Gulf states is one of the goals of the policy")],
        id="one-of-the-goals"),
    pytest.param(  # "A and B came first"; "He named A and B as the most pressing files"; "will work to A and to B"
        "CAIRO, 10 July 2024 — Egypt's new Foreign Minister Badr Abdelatty said on Tuesday that his ministry would "
        "concentrate on water security.\n\nHe told diplomats that food security and the safety of Egyptians abroad "
        "came first. He named a ceasefire in Gaza and stability in Sudan as the most pressing files on his desk. "
        "Egypt will also work to attract foreign investment and to support Egyptian exporters abroad, the minister "
        "said.",
        [("EGY", "", "", 1, "", "", "water security"),
         ("EGY", "", "", 2, "", "", "food security"),  # a coordinated subject: one item per conjunct
         ("EGY", "", "", 3, "", "", "safety of Egyptians abroad"),
         ("EGY", "", "", 4, "Sudan", "SDN", "ceasefire in Gaza and stability in Sudan"),
         ("EGY", "", "", 5, "", "", "attract foreign investment"),
         ("EGY", "", "", 6, "", "", "support Egyptian exporters abroad")],
        id="came-first-he-named-work-to-and-to"),
])
def test_policy_goal_phrasings(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Estonia's new Digital Strategy was adopted in April 2025. Among the goals named in the document are faster "
        "broadband, digital skills and secure public registers.",
        [("EST", "Digital Strategy", "2025-04", 1, "", "", "faster broadband"),
         ("EST", "Digital Strategy", "2025-04", 2, "", "", "digital skills"),
         ("EST", "Digital Strategy", "2025-04", 3, "", "", "secure public registers")],
        id="among-the-goals-named-in-the-document"),
    pytest.param(
        "Oman's National Development Strategy was adopted in 2021. Among its targets, the strategy lists raising "
        "non-oil exports and cutting youth unemployment.",
        [("OMN", "National Development Strategy", "2021", 1, "", "", "raising non-oil exports"),
         ("OMN", "National Development Strategy", "2021", 2, "", "", "cutting youth unemployment")],
        id="among-its-targets"),
])
def test_policy_among_goals(nlp, text, expected):
    """"Among the goals/targets (named in the document) ...", like "Among the priorities ..."."""
    assert _rows(nlp(text)) == expected
