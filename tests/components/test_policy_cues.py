"""pipeline_policy: priority constructions ("prioritises X", "X is named as a key partner", "top priority is given
to", "will focus on", "seeks to deepen"), partner groups and organizations named in full."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(q.rank, q.partner, q.partner_code, q.relation) for p in doc._.pipeline_policies for q in p.priorities]


CASES = [
    (  # "prioritises": two relation phrases joined by "and"; partner groups without a name
        "Indonesia's new Foreign Policy Strategy was adopted in 2025. The document prioritises closer relations "
        "with the countries of the Global South and deeper cooperation with the Gulf states.",
        [(1, "countries of the Global South", "", "closer relations"), (2, "Gulf states", "", "deeper cooperation")],
    ),
    (  # active "names X as a key partner" (singular)
        "Under its National Security Strategy, adopted in 2024, Poland names the United States as a key partner.",
        [(1, "United States", "USA", "key partner")],
    ),
    (  # passive "X is named as a key partner"
        "Egypt's Foreign Policy Concept was adopted in 2023. In the concept, Saudi Arabia is named as a key partner.",
        [(1, "Saudi Arabia", "SAU", "key partner")],
    ),
    (  # "top priority is given to"; a group heading names after a comma is no partner of its own
        "In Mongolia's Foreign Policy Concept, adopted in 2024, top priority is given to relations with the two "
        "neighbours, Russia and China.",
        [(1, "Russia", "RUS", "relations"), (1, "China", "CHN", "relations")],
    ),
    (  # "will focus on"
        "According to the Foreign Policy Concept of Armenia, adopted in 2024, the government will focus on "
        "deepening cooperation with the European Union and India.",
        [(1, "European Union", "EU", "cooperation"), (1, "India", "IND", "cooperation")],
    ),
    (  # "seeks to deepen"; organizations named in full get their acronym as partner_code
        "Azerbaijan's Foreign Policy Strategy, adopted in 2025, seeks to deepen relations with the Shanghai "
        "Cooperation Organisation and the Organization of Turkic States.",
        [(1, "Shanghai Cooperation Organisation", "SCO", "relations"),
         (1, "Organization of Turkic States", "OTS", "relations")],
    ),
    (  # "It seeks to ..." continues the previous sentence's document
        "Thailand's National Security Strategy was published in 2024. It seeks to strengthen ties with the "
        "Association of Southeast Asian Nations.",
        [(1, "Association of Southeast Asian Nations", "ASEAN", "ties")],
    ),
    (  # a named organization and an unnamed group after one "with"
        "Qatar's National Development Strategy for 2024-2030, approved in January 2024, envisages expanding "
        "partnership with the Gulf Cooperation Council and the countries of Africa.",
        [(1, "Gulf Cooperation Council", "GCC", "partnership"),
         (1, "countries of Africa", "", "partnership")],
    ),
    (  # a group, then "as well as with" two countries: three partners of one priority
        "Oman's National Security Strategy was adopted in 2023. The strategy's priorities are:\n"
        "- closer partnership with the neighbouring states of the Gulf, as well as with India and Pakistan;\n"
        "- maritime security.",
        [(1, "neighbouring states of the Gulf", "", "closer partnership"), (1, "India", "IND", "closer partnership"),
         (1, "Pakistan", "PAK", "closer partnership"), (2, "", "", "maritime security")],
    ),
    (  # "the main priority ... is", "Another priority is"
        "The main priority of Georgia's Foreign Policy Strategy, adopted in 2023, is integration with the "
        "European Union. Another priority is cooperation with Gulf states.",
        [(1, "European Union", "EU", "integration"), (2, "Gulf states", "", "cooperation")],
    ),
    (  # "Its first priority is ..." (a name without "with" is the partner); "puts special emphasis on"
        "Croatia's National Security Strategy was adopted in 2024. Its first priority is membership in NATO. "
        "The document also puts special emphasis on cooperation with Slovenia.",
        [(1, "NATO", "NATO", "membership in NATO"), (2, "Slovenia", "SVN", "cooperation")],
    ),
    (  # a process noun before a qualified relation is dropped from the relation
        "Chad's Foreign Policy Concept was adopted in 2022. Its priorities include further deepening of the "
        "strategic partnership with Niger.",
        [(1, "Niger", "NER", "strategic partnership")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_policy_cues_constructions(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The coach said the team will focus on defence and on cooperation with the new sponsors.",
        "Her top priority is given to cooperation with Japan, the senator told reporters on Tuesday.",
        "It seeks to deepen ties with Brazil, the company said in a statement about its strategy.",
        "Germany is named as a key partner in the football association's new sponsorship deal.",
    ],
)
def test_policy_cues_ordinary_news_gives_nothing(nlp, text):
    assert _rows(nlp(text)) == []
