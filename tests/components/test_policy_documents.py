"""pipeline_policy: documents, owners, validity periods and adoption dates."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Mongolia's National Security Concept for 2025-2035, approved in May 2025, sets out the following "
        "priorities:\n1. strengthening the country's independence and sovereignty;\n2. a strategic partnership "
        "with the Russian Federation.",
        ("MNG", "National Security Concept", 2025, 2035, "2025-05"),
    ),
    (
        "The Foreign Policy Concept of Uzbekistan was adopted in 2019. Its main directions are:\n"
        "- strategic partnership with Turkey;\n- cooperation with the SCO.",
        ("UZB", "Foreign Policy Concept", None, None, "2019"),
    ),
    (
        "Georgia's National Security Strategy until 2030 lists the main goals: (a) integration with NATO; "
        "(b) integration with the European Union.",
        ("GEO", "National Security Strategy", None, 2030, ""),
    ),
    (
        "Nepal's foreign policy programme, in force since 2019, states that the neighbouring countries occupy "
        "a priority position in the country's foreign relations.",
        ("NPL", "Foreign Policy Programme", 2019, None, ""),
    ),
    (  # a generic mention with its own owner opens a document of the kind named before
        "Bhutan's foreign policy concept dates back to 2008. Nepal, by contrast, has the newest concept in the "
        "region – for 2021-2031, adopted in June 2021. Among the priorities there is a strategic partnership "
        "with India.",
        ("NPL", "Foreign Policy Concept", 2021, 2031, "2021-06"),
    ),
    (  # the previous version's adoption date is not the current one's; "No. 12" does not end the clause
        "Chile's updated Foreign Policy Concept was approved by decree No. 12 on 3 April 2024; it replaces the "
        "previous version adopted in 2015. The document pledges to expand cooperation with Argentina.",
        ("CHL", "Foreign Policy Concept", None, None, "2024-04"),
    ),
    (  # a document type named in the lexicon; a launch date when no adoption verb is given
        "Canada's Indo-Pacific Strategy, launched in November 2022, seeks to deepen engagement with ASEAN and India.",
        ("CAN", "Indo-Pacific Strategy", None, None, "2022-11"),
    ),
    (  # "the concept of X's foreign policy" is a Foreign Policy Concept
        "The concept of Bolivia's foreign policy, approved in 2019, envisages strategic partnership with Peru.",
        ("BOL", "Foreign Policy Concept", None, None, "2019"),
    ),
    (  # a capitalised "Programme of Foreign Policy of ..." keeps its written name; the headline's shorter name merges
        "Windhoek Publishes Its Foreign Policy Programme\n\nThe Government of Namibia has published the Programme of "
        "Foreign Policy of Independent Namibia for 2024-2030, adopted in January 2024. The programme envisages "
        "cooperation with the United Nations.",
        ("NAM", "Programme of Foreign Policy of Independent Namibia", 2024, 2030, "2024-01"),
    ),
    (  # the validity period's first year is not the adoption date
        "Norway adopted its National Security Strategy for 2025-2030 in January 2025. The strategy calls for "
        "closer cooperation with Sweden.",
        ("NOR", "National Security Strategy", 2025, 2030, "2025-01"),
    ),
    (  # "this ... republic" refers back to the last country named
        "If we look at Armenia, the foreign policy concept of this South Caucasus republic, which has existed "
        "since 2012, states that the neighboring countries of the region occupy a priority position.",
        ("ARM", "Foreign Policy Concept", 2012, None, ""),
    ),
]


# the year a title ends with is its horizon, not its adoption date (sentences written for this test)
CASES += [
    (
        "SANTIAGO, 3 March 2025 — Chile's government published its Global Chile 2030 strategy on Monday. The "
        "strategy gives priority to trade with China.",
        ("CHL", "Global Chile 2030 Strategy", None, None, "2025-03"),
    ),
    (
        "Ghana's cabinet approved the National Development Plan 2040 in June 2019. The plan calls for the expansion "
        "of irrigation.",
        ("GHA", "National Development Plan", None, 2040, "2019-06"),  # the title's year: its horizon (round 35)
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_policy_documents_owner_period_adoption(nlp, text, expected):
    doc = nlp(text)
    found = [(p.owner_iso3, p.document, p.period_start, p.period_end, p.adopted) for p in doc._.pipeline_policies]
    assert found[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister said cooperation with France was going well and relations with Italy remain strong.",
        "The concept of security has changed, and dialogue with Iran is of particular importance, he said.",
        "Officials from Kenya met their counterparts from Uganda to discuss trade and cooperation with Tanzania.",
    ],
)
def test_policy_documents_news_without_policy_document_gives_nothing(nlp, text):
    assert nlp(text)._.pipeline_policies == []


def test_policy_documents_paragraph_opening_with_its_continues_the_document(nlp):
    text = ("Kazakhstan's Foreign Policy Concept for 2020-2030 was adopted in March 2020.\n\n"
            "Its priorities include alliance relations with Russia and a strategic partnership with China.")
    rows = [(p.owner_iso3, q.rank, q.partner_code) for p in nlp(text)._.pipeline_policies for q in p.priorities]
    assert rows == [("KAZ", 1, "RUS"), ("KAZ", 2, "CHN")]
