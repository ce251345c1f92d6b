"""pipeline_policy: priority lists (series, bullets, numbers), partners and relations."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(q.rank, q.text, q.partner, q.partner_code, q.relation)
            for p in doc._.pipeline_policies for q in p.priorities]


CASES = [
    (  # numbered list after a colon
        "Mongolia's National Security Concept for 2025-2035, approved in May 2025, sets out the following "
        "priorities:\n1. strengthening the country's independence and sovereignty;\n2. a strategic partnership "
        "with the Russian Federation;\n3. expanded cooperation with Japan and the Republic of Korea.",
        [
            (1, "strengthening the country's independence and sovereignty", "", "",
             "independence and sovereignty"),  # the process verb goes (issue #14: "national resilience")
            (2, "a strategic partnership with the Russian Federation", "Russian Federation", "RUS",
             "strategic partnership"),
            (3, "expanded cooperation with Japan and the Republic of Korea", "Japan", "JPN", "expanded cooperation"),
            (3, "expanded cooperation with Japan and the Republic of Korea", "Republic of Korea", "KOR",
             "expanded cooperation"),
        ],
    ),
    (  # bullets, "-" and "•"
        "The Foreign Policy Concept of Uzbekistan was adopted in 2019. Its main directions are:\n"
        "- good-neighbourly relations with Central Asian states;\n- strategic partnership with Turkey;\n"
        "• cooperation with the SCO and the CIS.",
        [
            (1, "good-neighbourly relations with Central Asian states", "Central Asian states", "",
             "good-neighbourly relations"),
            (2, "strategic partnership with Turkey", "Turkey", "TUR", "strategic partnership"),
            (3, "cooperation with the SCO and the CIS", "SCO", "SCO", "cooperation"),
            (3, "cooperation with the SCO and the CIS", "CIS", "CIS", "cooperation"),
        ],
    ),
    (  # inline lettered list
        "Georgia's National Security Strategy until 2030 lists the main goals: (a) integration with NATO; "
        "(b) integration with the European Union.",
        [
            (1, "integration with NATO", "NATO", "NATO", "integration"),
            (2, "integration with the European Union", "European Union", "EU", "integration"),
        ],
    ),
    (  # comma series with "as well as"; a modifier ("EU member states") is no second partner
        "Kazakhstan's Foreign Policy Concept for 2020-2030 was adopted in March 2020. Among the priorities "
        "there is further development of alliance relations with the Russian Federation, strategic relationship "
        "with Central Asian states, as well as an expanded partnership and cooperation with the European Union "
        "and EU member states.",
        [
            (1, "further development of alliance relations with the Russian Federation", "Russian Federation", "RUS",
             "alliance relations"),
            (2, "strategic relationship with Central Asian states", "Central Asian states", "",
             "strategic relationship"),
            (3, "an expanded partnership and cooperation with the European Union and EU member states",
             "European Union", "EU", "expanded partnership and cooperation"),
        ],
    ),
    (  # infinitive series joined by "and to"; adjectives joined by commas stay in their item
        "Under the Development Strategy of Moldova for 2021-2027, the government pledges to deepen relations "
        "with the European Union and to develop cooperation with Ukraine on a pragmatic, mutually beneficial basis.",
        [
            (1, "deepen relations with the European Union", "European Union", "EU", "relations"),
            (2, "to develop cooperation with Ukraine on a pragmatic, mutually beneficial basis", "Ukraine", "UKR",
             "cooperation"),
        ],
    ),
    (  # "-ing" series split on "and" before another "-ing" form; no partner
        "Under the National Development Program of Zambia until 2030, the government will pursue a foreign "
        "policy aimed at protecting the country's sovereignty, attracting investment and supporting citizens abroad.",
        [
            (1, "protecting the country's sovereignty", "", "", "protecting sovereignty"),
            (2, "attracting investment", "", "", "attracting investment"),
            (3, "supporting citizens abroad", "", "", "supporting citizens abroad"),
        ],
    ),
    (  # names after a dash belong to one item, one row each
        "Tajikistan's Foreign Policy Concept was adopted in 2015. Significant areas of its foreign policy include "
        "the expansion of cooperation with security organizations in Eurasia – CSTO, OSCE and other institutions.",
        [
            (1, "the expansion of cooperation with security organizations in Eurasia – "
                "CSTO, OSCE and other institutions",
             "CSTO", "CSTO", "expansion of cooperation"),
            (1, "the expansion of cooperation with security organizations in Eurasia – "
                "CSTO, OSCE and other institutions",
             "OSCE", "OSCE", "expansion of cooperation"),
        ],
    ),
    (  # the priority is the subject of "occupy a priority position"; a group partner
        "Nepal's foreign policy programme, in force since 2019, states that the neighbouring countries occupy "
        "a priority position in the country's foreign relations.",
        [
            (1, "the neighbouring countries occupy a priority position in the country's foreign relations",
             "neighbouring countries", "",
             "neighbouring countries occupy a priority position in foreign relations"),
        ],
    ),
    (  # "is of particular importance" with names after a dash
        "Russia's updated Foreign Policy Concept was approved in March 2023. The concept states that closer "
        "ties with the great powers of Asia — China and Japan — are of particular importance.",
        [
            (1, "closer ties with the great powers of Asia — China and Japan — are of particular importance",
             "China", "CHN",
             "closer ties with the great powers of Asia — China and Japan — are of particular importance"),
            (1, "closer ties with the great powers of Asia — China and Japan — are of particular importance",
             "Japan", "JPN",
             "closer ties with the great powers of Asia — China and Japan — are of particular importance"),
        ],
    ),
    (  # relation phrases in a paragraph about the document, without a list cue; purpose clause cut
        "Peru's National Development Program until 2030 was published on Monday.\n\n"
        "The programme also provides for wider project cooperation with the UN in order to reach the "
        "development goals. Cooperation with 40 foreign countries will continue.",
        [
            (1, "wider project cooperation with the UN", "UN", "UN", "wider project cooperation"),
            (2, "Cooperation with 40 foreign countries will continue", "40 foreign countries", "",
             "Cooperation with 40 foreign countries will continue"),
        ],
    ),
    (  # a colon that opens a series split by semicolons: an "and" inside an item stays (issue #14)
        "Peru's National Agrarian Policy, adopted in 2021, sets out its priorities: water storage and irrigation; "
        "rural roads and markets; and credit for small farmers.",
        [
            (1, "water storage and irrigation", "", "", "water storage and irrigation"),
            (2, "rural roads and markets", "", "", "rural roads and markets"),
            (3, "credit for small farmers", "", "", "credit for small farmers"),
        ],
    ),
    (  # the same after a counted list noun; the last item's partners are still split
        "Ghana's National Export Strategy, adopted in 2020, names three goals: textiles and garments; cocoa "
        "processing and packaging; and closer trade with Togo and Nigeria.",
        [
            (1, "textiles and garments", "", "", "textiles and garments"),
            (2, "cocoa processing and packaging", "", "", "cocoa processing and packaging"),
            (3, "closer trade with Togo and Nigeria", "Togo", "TGO", "closer trade"),
            (3, "closer trade with Togo and Nigeria", "Nigeria", "NGA", "closer trade"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_policy_lists_priorities(nlp, text, expected):
    assert _rows(nlp(text)) == expected


def test_policy_lists_continuation_paragraph(nlp):
    text = ("Nazarov is convinced that Kyrgyzstan has the newest concept – for 2021-2031. Among the priorities "
            "there is a strategic partnership with the Russian Federation.\n\n"
            "\u2018Apart from it, significant areas of foreign policy include the expansion of cooperation with "
            "the OSCE,\u2019 Nazarov explained.\n\n"
            "The experts also discussed cooperation with Japan.")
    ranked = [(q.rank, q.partner_code) for p in nlp(text)._.pipeline_policies for q in p.priorities]
    assert ranked == [(1, "RUS"), (2, "OSCE")]


def test_policy_lists_summary_then_detail_keeps_detail(nlp):
    text = ("Russia's updated Foreign Policy Concept names China and India as the country's principal partners.\n\n"
            "The concept states that the deepening of ties with China and India is of particular importance.")
    rows = [(q.partner_code, q.relation) for p in nlp(text)._.pipeline_policies for q in p.priorities]
    assert rows == [("CHN", "deepening of ties"), ("IND", "deepening of ties")]
