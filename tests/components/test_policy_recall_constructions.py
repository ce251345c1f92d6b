"""pipeline_policy, recall on policy reports (issue 14): constructions that name a document or introduce its
priorities in ways the earlier rules missed - a title ending in "Review" or a target year, a document named only for
contrast, "among them", a minister's priorities over several paragraphs, interrupted ordinals, participles of the cue
verbs, series whose items share a complement or repeat their preposition."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(q.rank, q.partner, q.partner_code, q.relation) for p in doc._.pipeline_policies for q in p.priorities]


CASES = [
    (  # 'review' is a title head and a reference noun
        'CANBERRA, 3 May 2024 — New Zealand released its Defence Policy Review on Tuesday. The review calls'
        ' for deeper defence ties with Pacific island nations and closer cooperation with Japan.',
        [
            (1, 'Pacific island nations', '', 'deeper defence ties'),
            (2, 'Japan', 'JPN', 'closer cooperation'),
        ],
    ),
    (  # a title head followed by its target year names a document
        "RIYADH, 2 March 2021 — Oman's cabinet approved Vision 2040 on Monday. The plan is organised around"
        ' three themes: a healthy society, a diversified economy and a sustainable environment.',
        [
            (1, '', '', 'healthy society'),
            (2, '', '', 'diversified economy'),
            (3, '', '', 'sustainable environment'),
        ],
    ),
    (  # a document named for contrast opens none: 'the document' stays with the one reported on
        'Seoul released its new Indo-Pacific Strategy on Wednesday. Unlike the Japanese strategy, it avoids'
        ' naming any rival. The document also aims to deepen ties with the Association of Southeast Asian'
        ' Nations.',
        [(1, 'Association of Southeast Asian Nations', 'ASEAN', 'ties')],
    ),
    (  # 'among them' after a list noun opens the series
        "Ghana's cabinet adopted a National Security Strategy in 2023. It sets out five lines of effort,"
        ' among them protecting critical infrastructure, expanding border surveillance and building cyber'
        ' defence.',
        [
            (1, '', '', 'protecting critical infrastructure'),
            (2, '', '', 'border surveillance'),
            (3, '', '', 'cyber defence'),
        ],
    ),
    (  # a minister's priorities over paragraphs: the person of the role phrase speaks; past-tense cues
        "Kenya's new foreign minister lists priorities\n\nNAIROBI, 4 October 2023 — Musalia Mudavadi, Kenya's"
        ' new foreign minister, used his first press briefing to outline the course he intends to'
        ' take.\n\nRegional stability comes first, Mudavadi said, adding that foreign policy would serve'
        ' trade.\n\nMudavadi pledged to keep working for a lasting peace in Sudan, and he said Kenya wanted to'
        ' deepen relations with its neighbours.\n\nHe committed to:\n• pursuing closer ties with the African'
        " Union;\n• expanding Kenya's presence in Asia.",
        [
            (1, '', '', 'Regional stability'),
            (2, 'Sudan', 'SDN', 'keep working for a lasting peace in Sudan'),
            (3, 'neighbours', '', 'relations'),
            (4, 'African Union', 'AU', 'closer ties'),
            (5, '', '', "expanding Kenya's presence in Asia"),
        ],
    ),
    (  # a list cue heading a relative clause whose object is gapped governs nothing after it
        'The Clean Air Plan of Chile, adopted in 2019, is the main tool for meeting the emissions target it'
        ' pledged to reach at the climate talks in Madrid.',
        [],
    ),
    (  # ordinal items with an interrupting attribution
        "Poland's National Security Strategy rests on three pillars, the minister said. The first, she said,"
        ' is the capacity to defend the country. The second, in her words, is resilience: protecting energy'
        ' supplies against sabotage.',
        [(1, '', '', 'capacity to defend the country'), (2, '', '', 'resilience')],
    ),
    (  # a series ends before 'and' + a verb of its own
        "Norway's new Arctic Strategy was adopted in 2024. It aims to make the Nordic Council a stronger"
        ' regional actor and calls for closer coordination with Sweden and Finland.',
        [
            (1, 'Nordic Council', 'Nordic Council', 'make the Nordic Council a stronger regional actor'),
            (2, 'Sweden', 'SWE', 'closer coordination'),
            (2, 'Finland', 'FIN', 'closer coordination'),
        ],
    ),
    (  # the participle 'calling for'
        "Italy's National Defence Review, released in 2022, turns inward, calling for a united and resilient"
        ' Italy and for first-rate cyber resilience.',
        [(1, '', '', 'united and resilient Italy'), (2, '', '', 'first-rate cyber resilience')],
    ),
    (  # 'wants <Name> to be'; 'A and one of the B' is two items
        "Spain's new Foreign Action Strategy was adopted in 2021. The strategy wants Spain to be an exemplary"
        ' ally in the Mediterranean and one of the driving forces of European integration.',
        [
            (1, '', '', 'exemplary ally in the Mediterranean'),
            (2, '', '', 'one of the driving forces of European integration'),
        ],
    ),
    (  # commas between bare nouns that one preposition governs do not cut the series
        "Japan's Arctic Policy was adopted in 2015. The policy seeks joint development of oil, gas and"
        ' mineral resources with the Arctic states.',
        [(1, 'Arctic states', '', 'joint development of oil, gas and mineral resources')],
    ),
    (  # bare verbs share the complement of the last one
        "India's Arctic Policy was adopted in 2022. The policy says India's goals are to understand, protect,"
        ' develop and participate in the governance of the Arctic.',
        [(1, '', '', 'understand, protect, develop and participate in the governance of the Arctic')],
    ),
    (  # a comma before the series' opening preposition cuts it
        "Vietnam's National Defence Strategy was adopted in 2019. It commits the government to protecting the"
        " country's sovereign rights at sea, to modernising the armed forces, and to strengthening the coast"
        ' guard.',
        [
            (1, '', '', 'protecting sovereign rights at sea'),
            (2, '', '', 'modernising the armed forces'),
            (3, '', '', 'coast guard'),
        ],
    ),
    (  # 'reaffirms support for'
        "Indonesia's National Security Policy was adopted in 2023. It reaffirms support for the central role"
        ' of the Association of Southeast Asian Nations in the region.',
        [
            (1, 'Association of Southeast Asian Nations', 'ASEAN',
             'central role of the Association of Southeast Asian Nations in the region'),
        ],
    ),
    (  # 'and to' ends an apposition; a member singled out after a group stays in its item, and the group
        # whose member is marked is a partner too (policy/partners.py)
        "Canada's Arctic Strategy was adopted in 2024. The strategy commits to a larger naval presence in the"
        ' north, including two new icebreakers, and to more joint exercises with allies, the United States'
        ' first among them.',
        [
            (1, '', '', 'larger naval presence in the north, including two new icebreakers'),
            (2, 'allies', '', 'more joint exercises'),
            (2, 'United States', 'USA', 'more joint exercises'),
        ],
    ),
    (  # 'The paper pledges to:' with 'paper' parsed as a compound is still a mention; its numbered list
        'Britain published its Integrated Review on Monday. The paper pledges to:\n\n1. shape the international'
        ' environment;\n2. deter and defend across all domains;\n3. generate strategic advantage.',
        [
            (1, '', '', 'shape the international environment'),
            (2, '', '', 'deter and defend across all domains'),
            (3, '', '', 'generate strategic advantage'),
        ],
    ),
    (  # 'devotes a chapter to'
        "Chile's National Defence Policy was adopted in 2020. The policy calls for ending illegal fishing,"
        ' and it devotes a chapter to climate change and cyber defence.',
        [(1, '', '', 'ending illegal fishing'), (2, '', '', 'climate change and cyber defence')],
    ),
    (  # regions after the proper-noun object of a verb stay in the item
        "Egypt's Vision 2030 was adopted in 2016. It wants Egypt to become a global logistics hub connecting"
        ' Asia, Europe and Africa.',
        [(1, '', '', 'global logistics hub')],
    ),
    (  # a quotation after which 'he' speaks is no quotation of the document, even when the document follows
        "Chile's National Defence Policy was adopted in 2020. The policy calls for ending illegal fishing. “There is"
        " still a long way to go,” he warned, noting that the policy must now be funded by parliament.",
        [(1, '', '', 'ending illegal fishing')],
    ),
    (  # the document's own quoted words still are
        "Chile's National Defence Policy was adopted in 2020. The policy calls for ending illegal fishing. “Our sea"
        " is our future and our duty,” the policy's authors write.",
        [(1, '', '', 'ending illegal fishing'), (2, '', '', 'sea is our future and our duty')],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_policy_recall_rows(nlp, text, expected):
    assert _rows(nlp(text)) == expected
