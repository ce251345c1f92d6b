"""pipeline_policy: phrasings of documents nobody tuned on (issue #14 item 1, the error analysis of the fourth
confirmation set) - a statement of priorities inside a sentence that names the document ("In line with the
Concept, the main directions of foreign policy are ..."), a numbered list after "the following axes:", a capitalised
reference noun ("The Plan provides for ..."), and a verb before "with" whose topic is a phrase ("keep working with
X on the patrol of ..." -> "working with") or a bare noun phrase ("on coastal surveys" -> "working on coastal surveys").
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
    pytest.param(  # a phrase as the topic keeps the verb and its "with"; a bare noun phrase goes with the verb
        "Fiji's Maritime Strategy was adopted in May. It says Fiji will keep working with Samoa on the patrol of "
        "shared fishing grounds, and will keep working with Tonga on coastal surveys.",
        [(*FJI, 1, "Samoa", "WSM", "working with"), (*FJI, 2, "Tonga", "TON", "working on coastal surveys")],
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
         (*LAO, 3, "", "", "national flood warning service"), (*LAO, 4, "Vietnam", "VNM",
          "strategic partnership with Vietnam is to be deepened"),
         (*LAO, 5, "Thailand", "THA",
          "relations with Thailand will keep developing on the basis of the 2016 border treaty"),
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
        # past tense "remained a priority"; the body whose reform it is is the partner (round 37, as the gold of
        # policy_probe_confirm3 gives the UN Security Council for "reform of ... remained a priority")
        "Nepal's Foreign Policy Concept was presented in March. Its second direction is the \"two neighbours\" "
        "policy: the document lists India and China as the main neighbours. Special attention in the concept is "
        "paid to hydropower exports. Reform of the South Asian Association for Regional Cooperation remained a "
        "priority for Kathmandu.",
        [(*NPL, 1, "", "", '"two neighbours" policy'), (*NPL, 2, "India", "IND", "main neighbours"),
         (*NPL, 2, "China", "CHN", "main neighbours"), (*NPL, 3, "", "", "hydropower exports"),
         (*NPL, 4, "South Asian Association for Regional Cooperation", "SAARC",
          "Reform of the South Asian Association for Regional Cooperation remained a priority for Kathmandu")],
        id="second-direction-main-neighbours-remained"),
])
def test_policy_unseen_phrasings_more(nlp, text, expected):
    assert _rows(nlp(text)) == expected


LVA = ("LVA", "National Security Concept", "2026-04")
KEN = ("KEN", "National Development Programme", "")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # "lists A, B and C among the main areas" (not the weak "lists"); a hyphenated "Russian-speaking"
        # names no partner; "at the top of the agenda"; "reaffirms the alliance with X"
        "Latvia's National Security Concept was adopted in April 2026. It lists border surveillance, cyber defence "
        "and the integration of Russian-speaking pupils among the main areas of work. The concept puts the "
        "protection of the eastern border at the top of the agenda. It reaffirms the alliance with the United "
        "States as the basis of national defence.",
        [(*LVA, 1, "", "", "border surveillance"), (*LVA, 2, "", "", "cyber defence"),
         (*LVA, 3, "", "", "integration of Russian-speaking pupils"),
         (*LVA, 4, "", "", "protection of the eastern border"), (*LVA, 5, "United States", "USA", "alliance")],
        id="among-areas-top-of-agenda-reaffirms-alliance"),
    pytest.param(  # "the main goals of X's foreign policy would be ..."; "She named A and B as the key partners"
        "Senegal's Foreign Minister Yassine Fall said on Monday that the main goals of Senegalese foreign policy in "
        "2026 would be attracting investment in fisheries, defending the rights of migrants and promoting West "
        "African integration. She named Mali and Mauritania as the key partners on border security.",
        [("SEN", "", "", 1, "", "", "attracting investment in fisheries"),
         ("SEN", "", "", 2, "", "", "defending the rights of migrants"),
         ("SEN", "", "", 3, "", "", "promoting West African integration"),
         ("SEN", "", "", 4, "Mali", "MLI", "key partners"), ("SEN", "", "", 4, "Mauritania", "MRT", "key partners")],
        id="main-goals-would-be-named-as-key-partners"),
    pytest.param(  # "sets three targets for the period: ..."; "emphasis is placed on"; "Its second objective is X:"
        "Kenya's National Development Programme for 2026-2030 was signed on Monday. The programme sets three targets "
        "for the period: doubling tea exports, reducing poverty to 10 percent and raising access to electricity to "
        "95 percent. Special emphasis is placed on the reform of the health sector. Its second objective is food "
        "security: irrigated land is to grow by a third.",
        [(*KEN, 1, "", "", "doubling tea exports"), (*KEN, 2, "", "", "reducing poverty to 10 percent"),
         (*KEN, 3, "", "", "raising access to electricity to 95 percent"),
         (*KEN, 4, "", "", "reform of the health sector"), (*KEN, 5, "", "", "food security"),
         (*KEN, 6, "", "", "irrigated land is to grow by a third")],
        id="sets-targets-emphasis-placed-second-objective"),
])
def test_policy_probe5_phrasings(nlp, text, expected):
    assert _rows(nlp(text)) == expected


def test_policy_officials_on_a_frozen_relation(nlp):
    """"Officials said relations with X remain frozen": others' account of a relation's state, no priority."""
    text = ("Iceland's Arctic Policy was approved in April 2026. Officials said relations with Russia in the Arctic "
            "remain frozen.")
    assert _rows(nlp(text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # "at its core" hung on the object's last conjunct; an adverbial after the attribution
        "LIMA, 3 May 2025 — Peru will pursue a foreign policy that puts mining exports, water security and the "
        "protection of the Amazon at its core, Foreign Minister Elmer Schialer said on Monday, in his first address "
        "to Congress.",
        [("PER", "", "", 1, "", "", "mining exports"), ("PER", "", "", 2, "", "", "water security"),
         ("PER", "", "", 3, "", "", "protection of the Amazon")],
        id="puts-at-its-core"),
    pytest.param(  # "Among the strategic defence objectives, the policy lists ..."
        "Colombia's National Defence Policy was presented in May 2024. Among the strategic defence objectives, the "
        "policy lists securing the borders, ensuring the capacity to respond to disasters, and promoting regional "
        "stability.",
        [("COL", "National Defence Policy", "2024-05", 1, "", "", "securing the borders"),
         ("COL", "National Defence Policy", "2024-05", 2, "", "", "ensuring the capacity to respond to disasters"),
         ("COL", "National Defence Policy", "2024-05", 3, "", "", "promoting regional stability")],
        id="among-the-strategic-defence-objectives"),
    pytest.param(  # ", in her first remarks after taking office" ends the series: an adverbial of the verb
        "QUITO, 2 June 2025 — Ecuador's Foreign Minister Ana Vela said on Monday that her ministry would concentrate "
        "on trade and on border security, in her first remarks after taking office.",
        [("ECU", "", "", 1, "", "", "trade"), ("ECU", "", "", 2, "", "", "border security")],
        id="adverbial-ends-the-series"),
])
def test_policy_confirmation_phrasings(nlp, text, expected):
    assert _rows(nlp(text)) == expected


PER = ("PER", "Foreign Policy Plan", "2025-03")
CHL = ("CHL", "Defence Reform Plan", "2026-06")  # "was announced in June 2026" dates it (round 39)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # "Top of the list is X"; "key goals also include"; "calls X a strategic partner" (no "as")
        "Peru's Foreign Policy Plan was presented in March 2025. Top of the list is the protection of Peruvians "
        "abroad. The plan's key goals also include the promotion of mining exports and a bigger role in the Pacific "
        "Alliance. The document calls Brazil a strategic partner.",
        [(*PER, 1, "", "", "protection of Peruvians abroad"), (*PER, 2, "", "", "promotion of mining exports"),
         (*PER, 3, "Pacific Alliance", "Pacific Alliance", "bigger role in the Pacific Alliance"),
         (*PER, 4, "Brazil", "BRA", "strategic partner")],
        id="top-of-the-list-key-goals-also-calls-a-partner"),
    pytest.param(  # "A key element of the plan is X"; "gives prominence to"; "seeks X from A and Y with B"
        "Chile's Defence Reform Plan was announced in June 2026. A key element of the plan is the use of unmanned "
        "systems. The plan also gives prominence to defence exports. According to the minister, the plan seeks "
        "investment from the Inter-American Development Bank and closer cooperation with Peru on border patrols.",
        [(*CHL, 1, "", "", "use of unmanned systems"), (*CHL, 2, "", "", "defence exports"),
         (*CHL, 3, "Inter-American Development Bank", "IDB", "investment from the Inter-American Development Bank"),
         (*CHL, 4, "Peru", "PER", "closer cooperation on border patrols")],
        id="key-element-prominence-seeks"),
])
def test_policy_probe5_more_phrasings(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # a directive: "orders the armed forces to concentrate their efforts on", "instructs the navy to"
        "Chile's National Defence Policy Directive was published in August 2025. The directive orders the armed "
        "forces to concentrate their efforts on the surveillance of the southern fjords. It instructs the navy to "
        "recover its submarine capability.",
        [("CHL", "National Defence Policy Directive", "2025-08", 1, "", "", "surveillance of the southern fjords"),
         ("CHL", "National Defence Policy Directive", "2025-08", 2, "", "", "recover its submarine capability")],
        id="directive-orders-instructs"),
    pytest.param(  # a resolution on foreign policy; a passive "are listed as ... partners" after a question heading;
        # "mentions X as a foreign-policy task"
        "Vietnam's Politburo issued a resolution on foreign policy in February 2026.\n\nWho are the key partners?\n"
        "India, Australia and Japan are listed as comprehensive strategic partners. For the first time, the "
        "resolution mentions the protection of fishermen as a foreign-policy task.",
        [("VNM", "Resolution on Foreign Policy", "2026-02", 1, "India", "IND", "strategic partners"),
         ("VNM", "Resolution on Foreign Policy", "2026-02", 1, "Australia", "AUS", "strategic partners"),
         ("VNM", "Resolution on Foreign Policy", "2026-02", 1, "Japan", "JPN", "strategic partners"),
         ("VNM", "Resolution on Foreign Policy", "2026-02", 2, "", "", "protection of fishermen")],
        id="resolution-listed-as-partners-mentions-as-task"),
    pytest.param(  # "trade with African markets": a group partner
        "Ireland's Africa Strategy was launched in September 2026. Secondly, it aims to triple trade with African "
        "markets.",
        [("IRL", "Africa Strategy", "2026-09", 1, "African markets", "", "triple trade")],
        id="markets-as-a-group"),
])
def test_policy_probe5_third_batch_phrasings(nlp, text, expected):
    assert _rows(nlp(text)) == expected


# approved on Sunday (the dateline); 2030 is the title's horizon and part of a vision's name (round 39)
JOR = ("JOR", "Jordan Vision 2030", "2025-04")
PAK = ("PAK", "National Security Policy", "2026-01")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # "The updated Vision revolves around" gerunds (one hung on a noun); "should reach"; "the focus on"
        # (a noun) in a criticism sentence is no cue
        "CAIRO, 6 April 2025 — Jordan's cabinet approved on Sunday an updated version of Jordan Vision 2030, the "
        "Ministry of Planning said.\n\nThe updated Vision revolves around raising private investment, expanding the "
        "social safety net and improving water efficiency. Under the updated document, the share of renewables in "
        "power generation should reach 50 percent by 2030.\n\nEconomists welcomed the focus on private investment "
        "but noted that the original Vision had missed several of its targets.",
        [(*JOR, 1, "", "", "raising private investment"), (*JOR, 2, "", "", "social safety net"),
         (*JOR, 3, "", "", "improving water efficiency"),
         (*JOR, 4, "", "", "share of renewables in power generation should reach 50 percent by 2030")],
        id="revolves-around-should-reach-the-focus-on"),
    pytest.param(  # "is at the heart of this policy"; a quoted "We want A with all our neighbours and B"
        "ISLAMABAD, 14 January 2026 — Prime Minister Shehbaz Sharif presented Pakistan's revised National Security "
        'Policy to parliament on Wednesday.\n\n"Economic security is at the heart of this policy," Sharif told '
        'lawmakers. "We want peace with all our neighbours and a strategic partnership with China."',
        [(*PAK, 1, "", "", "Economic security is at the heart of this policy"), (*PAK, 2, "neighbours", "", "peace"),
         (*PAK, 3, "China", "CHN", "strategic partnership")],
        id="at-the-heart-we-want"),
])
def test_policy_probe5_fourth_batch_phrasings(nlp, text, expected):
    assert _rows(nlp(text)) == expected
