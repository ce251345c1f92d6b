"""pipeline_policy: list layouts (numbers, letters, bullets, unmarked lines, inline) and adoption-date forms."""

from __future__ import annotations

import pytest

from pipeline.components.policy.bullets import bullet_items
from pipeline.components.policy.dates import _adoption


def _rows(doc):
    return [(q.rank, q.text, q.partner, q.partner_code) for p in doc._.pipeline_policies for q in p.priorities]


LISTS = [
    (  # "1)" after a blank line, cue "lines of action ... :" without a fixed verb
        "Ecuador's Foreign Policy Strategy for 2025-2029 was adopted in February 2025. The document defines the "
        "following lines of action:\n\n1) strategic dialogue with Colombia;\n2) cooperation with the Andean "
        "Community;\n3) protection of migrants abroad.",
        [(1, "strategic dialogue with Colombia", "Colombia", "COL"),
         (2, "cooperation with the Andean Community", "Andean Community", "Andean Community"),
         (3, "protection of migrants abroad", "", "")],
    ),
    (  # "(1)" with a number word in the cue; a name without "with" is the partner
        "Laos adopted its National Development Strategy for 2026-2030 in January 2026. The strategy sets out "
        "three priorities:\n(1) connectivity with Thailand;\n(2) investment from Japan;\n(3) rural development.",
        [(1, "connectivity with Thailand", "Thailand", "THA"), (2, "investment from Japan", "Japan", "JPN"),
         (3, "rural development", "", "")],
    ),
    (  # "*" bullets after "goals are:"
        "Botswana's National Security Strategy was approved on 2024-11-05. The strategy's goals are:\n"
        "* border security;\n* defence cooperation with South Africa;\n* cyber resilience.",
        [(1, "border security", "", ""), (2, "defence cooperation with South Africa", "South Africa", "ZAF"),
         (3, "cyber resilience", "", "")],
    ),
    (  # inline "•" bullets are split on their markers
        "The Foreign Policy Concept of Moldova, approved on March 3, 2025, lists its priorities: • integration "
        "with the European Union • good-neighbourly relations with Romania • energy security.",
        [(1, "integration with the European Union", "European Union", "EU"),
         (2, "good-neighbourly relations with Romania", "Romania", "ROU"), (3, "energy security", "", "")],
    ),
    (  # "–" bullets after "are as follows:"
        "Austria's National Security Strategy was adopted in January 2025. The strategy's priorities are as "
        "follows:\n– closer cooperation with Germany;\n– support for the United Nations;\n– energy security.",
        [(1, "closer cooperation with Germany", "Germany", "DEU"),
         (2, "support for the United Nations", "United Nations", "UN"), (3, "energy security", "", "")],
    ),
    (  # items on separate lines without markers
        "Jordan's National Development Strategy for 2025-2033, adopted in January 2025, defines the priorities "
        "of the government:\nattracting investment from Gulf states;\ncooperation with the World Bank;\n"
        "expansion of tourism.",
        [(1, "attracting investment from Gulf states", "", ""),
         (2, "cooperation with the World Bank", "World Bank", "World Bank"), (3, "expansion of tourism", "", "")],
    ),
    (  # a comma series after "sets out N priorities:"; the last "and" splits short noun phrases
        "Malaysia's National Security Strategy for 2024-2030 sets out four priorities: maritime security, cyber "
        "defence, counter-terrorism and cooperation with Singapore.",
        [(1, "maritime security", "", ""), (2, "cyber defence", "", ""), (3, "counter-terrorism", "", ""),
         (4, "cooperation with Singapore", "Singapore", "SGP")],
    ),
    (  # "Among the priorities of the strategy are ..." starts the list after the verb
        "Fiji's National Security Strategy was adopted in 2024. Among the priorities of the strategy are ocean "
        "governance, climate resilience and partnership with Australia.",
        [(1, "ocean governance", "", ""), (2, "climate resilience", "", ""),
         (3, "partnership with Australia", "Australia", "AUS")],
    ),
    (  # "First, ... Second, it ... Third, it ...": the pronoun continues the document
        "Vietnam's Foreign Policy Strategy for 2025-2030 was adopted in January 2025. First, the strategy calls "
        "for deeper ties with Cambodia. Second, it seeks to expand trade with Japan. Third, it prioritises "
        "cooperation with the European Union.",
        [(1, "deeper ties with Cambodia", "Cambodia", "KHM"), (2, "expand trade with Japan", "Japan", "JPN"),
         (3, "cooperation with the European Union", "European Union", "EU")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_policy_formats_list_layouts(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("priorities:\n1. trade with Chile;\n2) aid to Peru.", ["trade with Chile", "aid to Peru"]),
        ("priorities:\n\n- trade with Chile\n- aid to Peru\n\nThe minister spoke later.",
         ["trade with Chile", "aid to Peru"]),
        ("priorities: (a) trade with Chile; (b) aid to Peru.", ["trade with Chile", "aid to Peru"]),
        ("priorities:\ntrade with Chile;\naid to Peru.", ["trade with Chile", "aid to Peru"]),
        ("priorities:\nThe minister spoke at length about the plan and then left the room.", []),
        ("priorities: trade with Chile and aid to Peru.", []),
    ],
)
def test_policy_formats_bullet_items(text, expected):
    start = text.index(":") + 1
    assert [text[s:e] for s, e in bullet_items(text, start)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway adopted its National Security Strategy for 2025-2030 in January 2025.", "2025-01"),
        ("The concept was approved on 12 January 2025 by the president.", "2025-01"),
        ("The concept was approved on January 12, 2025 by the president.", "2025-01"),
        ("The strategy, signed on 2025-01-12, names four goals.", "2025-01"),
        ("The programme was adopted on 12.01.2025 by decree.", "2025-01"),
        ("In March 2024, the government adopted the Foreign Policy Concept for 2024-2034.", "2024-03"),
        ("The doctrine was adopted in Sept. 2021.", "2021-09"),
        ("The doctrine was adopted in 2019.", "2019"),
        ("The strategy for 2025 to 2030 was adopted in 2024.", "2024"),
        ("The new concept replaces the previous version adopted in 2015.", ""),
    ],
)
def test_policy_formats_adoption_dates(text, expected):
    assert _adoption(text) == expected
