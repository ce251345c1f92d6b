"""pipeline_policy: partners and relations of priorities on unseen reports (issue #14 item 1) - a
naming verb with two objects ("considers the EU its most important partner", "calls X the country's closest ally"),
"lists A, B and C among its key partners", "names A as X and B as Y", a group heading its members ("partners such as A
and B" gives A and B only), two coordinated groups, a finite verb the parser hangs on the cue's infinitive ("aims to
make X ... and calls for Y"), and a review as a document ("Defence Strategic Review", "the review").
Sentences written for these tests, with the exact rows (partner, partner_code, relation, text)."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(q.partner, q.partner_code, q.relation, q.text) for p in doc._.pipeline_policies for q in p.priorities]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # the parser reads a clause: "partner" with the EU as its subject
        "Estonia's National Security Strategy was adopted in May 2024. The strategy considers the European Union its "
        "most important economic partner.",
        [("European Union", "EU", "most important economic partner",
          "considers the European Union its most important economic partner")],
        id="considers-x-its-partner"),
    pytest.param(  # the parser reads an apposition to the object
        "Latvia's National Security Concept was approved in 2023. It calls the United States the country's most "
        "important ally.",
        [("United States", "USA", "most important ally", "calls the United States the country's most important ally")],
        id="calls-x-the-countrys-ally"),
    pytest.param(  # "among" a plural role describes each name
        "New Zealand's Foreign Policy Strategy was released in 2024. It lists Singapore, Malaysia and Thailand among "
        "its key partners in Southeast Asia.",
        [(name, code, "key partners in Southeast Asia",
          "lists Singapore, Malaysia and Thailand among its key partners in Southeast Asia")
         for name, code in (("Singapore", "SGP"), ("Malaysia", "MYS"), ("Thailand", "THA"))],
        id="lists-x-among-its-partners"),
    pytest.param(  # the second name and "as" hang on the first description and the verb
        "Norway's Security Strategy was adopted in 2025. The strategy names the United States as its main partner and "
        "Germany as its key European ally.",
        [("United States", "USA", "main partner", "names the United States as its main partner"),
         ("Germany", "DEU", "key European ally", "Germany as its key European ally")],
        id="names-a-as-x-and-b-as-y"),
])
def test_policy_predications_without_as(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # the group only heads the names after "such as"
        "Iceland's National Security Policy was adopted in 2023. The policy stresses cooperation with partners such "
        "as Canada and Norway.",
        [("Canada", "CAN", "cooperation", "cooperation with partners such as Canada and Norway"),
         ("Norway", "NOR", "cooperation", "cooperation with partners such as Canada and Norway")],
        id="partners-such-as"),
    pytest.param(  # a second group coordinated with the first
        "Denmark's Foreign Policy Strategy was published in 2024. It also stresses the value of working with the "
        "Nordic countries and the Baltic states.",
        [("Nordic countries", "", "working with", "working with the Nordic countries and the Baltic states"),
         ("Baltic states", "", "working with", "working with the Nordic countries and the Baltic states")],
        id="two-groups"),
    pytest.param(  # "calls" is a predicate of its own, though the parser hangs it on "make"
        "Austria's Security Strategy was adopted in 2025. It also aims to make the United Nations a stronger mediator "
        "and calls for closer coordination with Switzerland.",
        [("United Nations", "UN", "make the United Nations a stronger mediator",
          "make the United Nations a stronger mediator"),
         ("Switzerland", "CHE", "closer coordination", "closer coordination with Switzerland")],
        id="aims-to-and-calls-for"),
    pytest.param(  # a strategic review is a document, "the review" refers back to it
        "Fiji's Defence Strategic Review was released in March 2024. The review calls for closer ties with Samoa and "
        "Tonga.",
        [("Samoa", "WSM", "closer ties", "closer ties with Samoa and Tonga"),
         ("Tonga", "TON", "closer ties", "closer ties with Samoa and Tonga")],
        id="strategic-review"),
])
def test_policy_partner_groups_and_clauses(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # "the bloc" is the organization named before it
        "Chile Sets Out Its Foreign Policy\n\nChile's Foreign Policy Strategy was published in 2023.\n\nIt seeks a "
        "free trade agreement with the Pacific Alliance. It also calls for closer political dialogue with the bloc.",
        [("Pacific Alliance", "Pacific Alliance", "free trade agreement",
          "a free trade agreement with the Pacific Alliance"),
         ("Pacific Alliance", "Pacific Alliance", "closer political dialogue",
          "closer political dialogue with the bloc")],
        id="the-bloc"),
    pytest.param(  # no organization before it: no partner
        "Chile Sets Out Its Foreign Policy\n\nChile's Foreign Policy Strategy was published in 2023.\n\nIt calls for "
        "closer political dialogue with the bloc.",
        [("", "", "closer political dialogue with the bloc", "closer political dialogue with the bloc")],
        id="the-bloc-without-antecedent"),
])
def test_policy_anaphor_partner(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Portugal's Foreign Policy Strategy was published in 2024. It aims to make Portugal a bridge to Latin America.",
        [("Latin America", "", "bridge", "make Portugal a bridge to Latin America")],
        id="make-owner-a-bridge-to-region"),
    pytest.param(
        "Morocco's Development Strategy was published in 2021. The strategy seeks to turn Morocco into a logistics hub "
        "for West Africa.",
        [("West Africa", "", "logistics hub", "turn Morocco into a logistics hub for West Africa")],
        id="turn-owner-into-a-hub-for-region"),
    pytest.param(  # a naming verb's description, the region after a comma
        "Indonesia's Maritime Strategy was published in 2021. The text describes Indonesia as a reliable partner, in "
        "particular in the Pacific.",
        [("Pacific", "", "reliable partner", "describes Indonesia as a reliable partner")],
        id="describes-owner-as-partner-in-region"),
    pytest.param(  # an organization that modifies the object
        "Egypt's Development Strategy was published in 2021. It aims to make Egypt the gateway to the African Union "
        "market.",
        [("African Union", "AU", "gateway", "make Egypt the gateway to the African Union market")],
        id="gateway-to-organization-market"),
])
def test_policy_role_of_the_owner(nlp, text, expected):
    assert _rows(nlp(text)) == expected


_ALLIES = "joint exercises with allies, the United States and Britain among them"
_DEMOCRACIES = ("deepen relations with fellow democracies — Finland, Sweden and Norway are named — in politics and "
                "culture")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # a group whose members are marked ("among them", "are named") is a partner of its own too
        "Canada's Defence Policy was published in 2022. It calls for " + _ALLIES + ".",
        [("allies", "", "joint exercises", _ALLIES), ("United States", "USA", "joint exercises", _ALLIES),
         ("Britain", "GBR", "joint exercises", _ALLIES)],
        id="allies-among-them"),
    pytest.param(
        "Estonia's Foreign Policy Concept was published in 2022. The concept aims to " + _DEMOCRACIES + ".",
        [(name, code, "relations", _DEMOCRACIES) for name, code in
         (("fellow democracies", ""), ("Finland", "FIN"), ("Sweden", "SWE"), ("Norway", "NOR"))],
        id="democracies-are-named"),
    pytest.param(  # a name before "is described" is no group
        "Chile's Defence Policy was published in 2022. The United States is described as a key partner in training.",
        [("United States", "USA", "key partner", "United States is described as a key partner")],
        id="name-before-is-described"),
    pytest.param(  # "with both": the two names coordinated before it
        "Kyrgyzstan's Foreign Policy Concept was published in 2022. Kyrgyzstan is to keep friendly relations with "
        "Kazakhstan and Uzbekistan and to develop close cooperation with both, while staying out of their disputes.",
        [("Kazakhstan", "KAZ", "friendly relations", "keep friendly relations with Kazakhstan and Uzbekistan"),
         ("Uzbekistan", "UZB", "friendly relations", "keep friendly relations with Kazakhstan and Uzbekistan"),
         ("Kazakhstan", "KAZ", "close cooperation", "develop close cooperation with both"),
         ("Uzbekistan", "UZB", "close cooperation", "develop close cooperation with both")],
        id="with-both"),
    pytest.param(  # "and Ireland's membership of the UN" is a relation of its own, not more partners of "partnership"
        "Ireland's Defence Review was published in 2022. The partnership with the United Kingdom and Ireland's "
        "membership of the UN remain its foundation.",
        [("United Kingdom", "GBR", "partnership",
          "The partnership with the United Kingdom and Ireland's membership of the UN")],
        id="possessed-relation-ends-the-partners"),
])
def test_policy_members_and_anaphors(nlp, text, expected):
    assert _rows(nlp(text)) == expected


def test_policy_partnership_as_a_means(nlp):
    """"X through the <name> partnership with A and B": A and B are partners of X, not of the framework."""
    text = ("Norway's Defence Plan was released in 2023.\n\nThe plan singles out six areas. Chief among them is the "
            "joint production of drones through the NORDEFCO partnership with Sweden and Finland.")
    item = "the joint production of drones through the NORDEFCO partnership with Sweden and Finland"
    relation = "joint production of drones through the NORDEFCO partnership"
    assert _rows(nlp(text)) == [("Sweden", "SWE", relation, item), ("Finland", "FIN", relation, item)]


@pytest.mark.parametrize("text", [
    pytest.param(  # the owner described is no partner, and the description names none
        "Laos's Foreign Policy Concept was adopted in 2011. The concept defines Laos's foreign policy as a pillar of "
        "regional peace.", id="owner-described"),
    pytest.param("Laos's Foreign Policy Concept was adopted in 2011. The concept does not single out any one partner "
                 "as the most important.", id="negated-rating"),
    pytest.param("Laos's Foreign Policy Concept was adopted in 2011. The concept no longer regards the railway "
                 "project as key.", id="no-longer-rated"),
])
def test_policy_no_priority(nlp, text):
    assert _rows(nlp(text)) == []


_DEEPER = 'a "deeper and more trusting" partnership based on shared interests'


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # the paragraph opens with India as its subject
        "Vietnam Sets Out Its Course\n\nVietnam's Foreign Policy Strategy was released in 2024.\n\nIndia, a growing "
        "trade partner, gets a paragraph of its own. The strategy calls for " + _DEEPER + ".",
        [("India", "IND", _DEEPER[2:], _DEEPER)], id="paragraph-about-india"),
    pytest.param(  # no partner the paragraph is about
        "Vietnam Sets Out Its Course\n\nVietnam's Foreign Policy Strategy was released in 2024.\n\nThe strategy calls "
        "for " + _DEEPER + ".",
        [("", "", _DEEPER[2:], _DEEPER)], id="no-topic"),
])
def test_policy_topic_partner(nlp, text, expected):
    assert _rows(nlp(text)) == expected


def test_policy_reaffirms_support_for(nlp):
    text = ("Kenya's Foreign Policy Strategy was adopted in 2024. The strategy reaffirms support for the central "
            "role of the United Nations in peacekeeping.")
    item = "the central role of the United Nations in peacekeeping"
    assert _rows(nlp(text)) == [("United Nations", "UN", item[4:], item)]
