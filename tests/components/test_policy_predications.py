"""pipeline_policy: what a naming verb says a partner is (issue #14 item 1; blind set 10's misses): the partner is
the object ("names X as the anchor of ..."), the passive subject ("X is now described as ...", "A, B and C are
grouped together as partners for ..."), the antecedent of a relative clause ("A and B, which it calls ...") or the
subject of an absolute participle ("with A and B singled out by name") of a naming verb (naming_verbs.txt); one row
per coordinated partner, the relation is the description (its head a partner role, role_nouns.txt, or a function the
partner serves, function_nouns.txt: "as key sources of finance"; also what "counts on" names) or the verb. A
threat, a negated or dismissive mention ("is not mentioned", "only as examples") and what another state calls a
partner give none; "with a special focus on A and B" inside an item gives A and B the focus as relation.
Sentences written for these tests, with the exact rows (owner, document, adopted, rank, partner, code, relation)."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(p.owner_iso3, p.document, p.adopted, q.rank, q.partner, q.partner_code, q.relation)
            for p in doc._.pipeline_policies for q in p.priorities]


CHL = ("CHL", "Defence White Paper", "2026-03")
KEN = ("KEN", "Foreign Policy Strategy", "2025-05")
DNK = ("DNK", "Arctic Strategy", "2025-06")
PRT = ("PRT", "Africa Strategy", "2025-04")
IRL = ("IRL", "Development Strategy", "2025-07")
AUT = ("AUT", "Security Strategy", "2025")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # active, the description cut before the next conjunct
        "SANTIAGO, 12 March 2026 – Chile's new Defence White Paper was released on Tuesday. It names Argentina as "
        "the anchor of regional stability and Peru as a partner for maritime patrols.",
        [(*CHL, 1, "Argentina", "ARG", "anchor of regional stability")],
        id="names-x-as"),
    pytest.param(  # passive with an adverb; a threat is no priority
        "Kenya's Foreign Policy Strategy was adopted in May 2025. Ethiopia is now described as the gateway for "
        "trade with the Horn, while Somalia is described as the main threat to the border regions.",
        [(*KEN, 1, "Ethiopia", "ETH", "gateway for trade with the Horn")],
        id="passive-described-as-not-a-threat"),
    pytest.param(  # coordinated names and a group; a negated mention gives none
        "Denmark's Arctic Strategy was published in June 2025. Norway, Iceland and the Nordic states are grouped "
        "together as partners for Arctic research. Canada is not mentioned as a partner.",
        [(*DNK, 1, "Norway", "NOR", "partners for Arctic research"),
         (*DNK, 1, "Iceland", "ISL", "partners for Arctic research"),
         (*DNK, 1, "Nordic states", "", "partners for Arctic research")],
        id="grouped-together-as"),
    pytest.param(  # a relative clause with a bare complement
        "Portugal's Africa Strategy was approved in April 2025. The strategy pays tribute to Angola and Mozambique, "
        "which it calls \"pillars of the Lusophone community\".",
        [(*PRT, 1, "Angola", "AGO", "pillars of the Lusophone community"),
         (*PRT, 1, "Mozambique", "MOZ", "pillars of the Lusophone community")],
        id="which-it-calls"),
    pytest.param(  # an absolute participle after "with": the verb is the relation
        "Ireland's Development Strategy was launched in July 2025. It calls for a larger role in the food security "
        "of West African states, with Ghana and Senegal singled out by name.",
        [(*IRL, 1, "West African states", "", "larger role in the food security of West African states"),
         (*IRL, 2, "Ghana", "GHA", "singled out"), (*IRL, 2, "Senegal", "SEN", "singled out")],
        id="with-x-and-y-singled-out"),
    pytest.param(  # an evaluation verb with a role noun; a dismissive "only as" and a description that is no role
        "Austria's Security Strategy was adopted in 2025. It regards Switzerland as a close partner in air defence. "
        "Hungary is mentioned only as an example of border fencing. Serbia is described as the main transit route "
        "for irregular migration.",
        [(*AUT, 1, "Switzerland", "CHE", "close partner in air defence")],
        id="regards-x-as-not-dismissive"),
])
def test_policy_predications(nlp, text, expected):
    assert _rows(nlp(text)) == expected


def test_policy_focus_on_partners(nlp):
    text = ("Chile's Trade Strategy was released in May 2025. It focuses on growing exports to Southeast Asia, with a "
            "special focus on Vietnam and Thailand, and on green hydrogen.")
    chl = ("CHL", "Trade Strategy", "2025-05")
    assert _rows(nlp(text)) == [(*chl, 1, "", "", "growing exports to Southeast Asia"),
                                (*chl, 2, "Vietnam", "VNM", "focus"), (*chl, 2, "Thailand", "THA", "focus"),
                                (*chl, 3, "", "", "green hydrogen")]


UZB = ("UZB", "Foreign Policy Concept", "2025-05")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # a passive "raised to the level of": the level is the relation
        "Uzbekistan's Foreign Policy Concept was approved in May 2025. Relations with Kazakhstan are to be raised to "
        "the level of an allied partnership.",
        [(*UZB, 1, "Kazakhstan", "KAZ", "allied partnership")],
        id="raised-to-the-level-of"),
    pytest.param(  # a noun of upgrade with "to"
        "Uzbekistan's Foreign Policy Concept was approved in May 2025. It envisages an upgrade of relations with "
        "Vietnam to a comprehensive strategic partnership.",
        [(*UZB, 1, "Vietnam", "VNM", "comprehensive strategic partnership")],
        id="upgrade-of-relations-to"),
    pytest.param(  # "develop into" after coordinated partners
        "Uzbekistan's Foreign Policy Concept was approved in May 2025. It says that ties with Japan and Korea should "
        "develop into a strategic partnership.",
        [(*UZB, 1, "Japan", "JPN", "strategic partnership"), (*UZB, 1, "Korea", "KOR", "strategic partnership")],
        id="develop-into"),
])
def test_policy_relation_levels(nlp, text, expected):
    assert _rows(nlp(text)) == expected


GEO = ("GEO", "Foreign Policy Concept", "2025-09")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # the members a relative clause names for a group without names
        "Georgia's Foreign Policy Concept was adopted in September 2025. It calls for closer ties with the Black Sea "
        "states, among which Romania and Bulgaria are singled out.",
        [(*GEO, 1, "Romania", "ROU", "closer ties"), (*GEO, 1, "Bulgaria", "BGR", "closer ties")],
        id="states-among-which-are-singled-out"),
    pytest.param(  # "the concept names X as", which the parser reads as the noun "names"
        "Georgia's Foreign Policy Concept was adopted in September 2025. On security, the concept names Ukraine as "
        "the anchor of its Black Sea policy.",
        [(*GEO, 1, "Ukraine", "UKR", "anchor of its Black Sea policy")],
        id="names-read-as-a-noun"),
])
def test_policy_members_and_names(nlp, text, expected):
    assert _rows(nlp(text)) == expected


EST = ("EST", "Foreign Policy Strategy", "2025-02")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # a relation cut back (downgrade_words.txt) is no priority
        "Estonia's Foreign Policy Strategy was adopted in February 2025. It calls for closer ties with Finland. "
        "Cooperation with Belarus is now limited to border crossings, and relations with Iran have been frozen.",
        [(*EST, 1, "Finland", "FIN", "closer ties")],
        id="limited-and-frozen-relations"),
    pytest.param(  # where the owner's people are (people_nouns.txt) is a place, not a partner
        "Estonia's Foreign Policy Strategy was adopted in February 2025. It gives priority to the protection of "
        "Estonian citizens abroad, notably seafarers in Panama and Liberia.",
        [(*EST, 1, "", "", "protection of Estonian citizens abroad, notably seafarers in Panama and Liberia")],
        id="people-in-a-country"),
])
def test_policy_not_partners(nlp, text, expected):
    assert _rows(nlp(text)) == expected


JOR = ("JOR", "Foreign Policy Strategy", "2025-06")
CAN = ("CAN", "Caribbean Strategy", "2025-06")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # a quoted relation before "with": the quotation mark does not hide the relation noun, and the
        # quoted words alone are no second item
        "Jordan's Foreign Policy Strategy was adopted in June 2025. It calls for \"strategic dialogue\" with Egypt "
        "and Iraq.",
        [(*JOR, 1, "Egypt", "EGY", "strategic dialogue"), (*JOR, 1, "Iraq", "IRQ", "strategic dialogue")],
        id="quoted-relation-with"),
    pytest.param(
        "Jordan's Foreign Policy Strategy was adopted in June 2025. It speaks of \"deepening economic integration\" "
        "with the European Union.",
        [(*JOR, 1, "European Union", "EU", "economic integration")],
        id="speaks-of-quoted-relation-with"),
    pytest.param(  # "X, with which the owner intends to VERB NP": the partner and what is to be done with it
        "Jordan's Foreign Policy Strategy was adopted in June 2025. The strategy also turns to Egypt, with which "
        "Amman intends to build a gas pipeline.",
        [(*JOR, 1, "Egypt", "EGY", "gas pipeline")],
        id="with-which-intends"),
    pytest.param(
        "Canada's Caribbean Strategy was adopted in June 2025. Asked about partners, the minister pointed to the "
        "Caribbean Community, with which Ottawa wants to sign a labour mobility agreement by 2027.",
        [(*CAN, 1, "Caribbean Community", "CARICOM", "labour mobility agreement")],
        id="with-which-wants"),
    pytest.param(  # the participle as the object of "with"; a mention "only in passing" is dismissive
        "Jordan's Foreign Policy Strategy was adopted in June 2025. It calls for a larger role in the security of "
        "the Gulf states, with Kuwait and Oman singled out by name. Iran is mentioned only in passing, as a "
        "neighbour.",
        [(*JOR, 1, "Gulf states", "", "larger role in the security of the Gulf states"),
         (*JOR, 2, "Kuwait", "KWT", "singled out"), (*JOR, 2, "Oman", "OMN", "singled out")],
        id="singled-out-and-in-passing"),
])
def test_policy_relations_around_partners(nlp, text, expected):
    assert _rows(nlp(text)) == expected


KGZ = ("KGZ", "National Development Programme", "2025-05")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # a participle describing a thing names no partner; an agreement's name is a means, no partner
        "Kyrgyzstan's National Development Programme was approved in May 2025. It calls for the completion of a "
        "rail corridor linking Osh with the ports of Iran, and for deeper trade with the European Union through full "
        "use of the Enhanced Partnership and Cooperation Agreement.",
        [(*KGZ, 1, "", "", "completion of a rail corridor"), (*KGZ, 2, "European Union", "EU", "deeper trade")],
        id="participle-and-agreement-are-no-partners"),
    pytest.param(  # a participle on a relation noun keeps its partner
        "Kyrgyzstan's National Development Programme was approved in May 2025. It calls for cooperation with "
        "Kazakhstan involving joint water management.",
        [(*KGZ, 1, "Kazakhstan", "KAZ", "cooperation")],
        id="participle-on-a-relation"),
])
def test_policy_described_names(nlp, text, expected):
    assert _rows(nlp(text)) == expected


def test_policy_own_institutions_are_no_partners(nlp):
    text = ("Kyrgyzstan's National Development Programme was approved in May 2025. It calls for the modernisation of "
            "the Kyrgyz Army and Border Guard, and for closer ties with Tajikistan.")
    assert _rows(nlp(text)) == [(*KGZ, 1, "", "", "modernisation of the Kyrgyz Army and Border Guard"),
                                (*KGZ, 2, "Tajikistan", "TJK", "closer ties")]


def test_policy_groups_named_by_a_region(nlp):
    text = ("Kyrgyzstan's National Development Programme was approved in May 2025. It calls for a stronger role in the "
            "stability of Central Asian states.")
    assert _rows(nlp(text)) == [(*KGZ, 1, "Central Asian states", "", "stronger role in the stability of Central "
                                                                     "Asian states")]


def test_policy_institutions_founded_are_no_partners(nlp):
    text = ("Kyrgyzstan's National Development Programme was approved in May 2025. It calls for the founding of a "
            "Silk Road University in Osh and of a National Institute of Water Management.")
    assert _rows(nlp(text)) == [(*KGZ, 1, "", "", "founding of a Silk Road University in Osh and of a National "
                                                  "Institute of Water Management")]


MNG = ("MNG", "Development Plan", "2025-04")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # a function the partners serve (function_nouns.txt), after a naming verb
        "Mongolia's Development Plan was adopted in April 2025. The plan names Japan and the Asian Development Bank "
        "as the main sources of grant finance.",
        [(*MNG, 1, "Japan", "JPN", "main sources of grant finance"),
         (*MNG, 1, "Asian Development Bank", "ADB", "main sources of grant finance")],
        id="names-as-sources"),
    pytest.param(  # what "counts on" names
        "Mongolia's Development Plan was adopted in April 2025. The plan counts on the European Investment Bank as its "
        "largest lender for railways.",
        [(*MNG, 1, "European Investment Bank", "EIB", "largest lender for railways")],
        id="counts-on-as-lender"),
    pytest.param(  # a function that is a worry is no priority
        "Mongolia's Development Plan was adopted in April 2025. The plan names Kazakhstan as a market for meat "
        "exports and Russia as a source of concern.",
        [(*MNG, 1, "Kazakhstan", "KAZ", "market for meat exports")],
        id="market-not-a-source-of-concern"),
])
def test_policy_predicated_functions(nlp, text, expected):
    assert _rows(nlp(text)) == expected
