"""Speakers, round 32: a person named after a role (a lower-case complement too) and before a verb of saying; the
subject of a Q&A that the introduction names without "we asked"; an interviewer's question lines (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from pipeline.extractors.speakers import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A member of the opposition, Dorin Petrescu, argued that the plan ignored the border districts.",
         ["Dorin Petrescu"]),
        ("Norway's deputy minister of fisheries, Halvard Moen, told reporters that the quota would stay.",
         ["Halvard Moen"]),
    ],
)
def test_speakers_a_role_apposed_before_the_name_and_a_verb_of_saying(nlp, text, expected):
    doc = nlp(text)
    assert [s.name for s in speakers(doc)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ports and Power: an interview on the northern plan\n\nInterview by Carla Mendes for Revista Norte\n\n"
            "Joaquim Tembe, a programme director at the Northern Ports Agency, leads the plan.\n\n"
            "What does the plan change?\n\nIt puts the ports first, because trade pays for the rest.\n\n"
            "And the roads?\n\nThey come second, and they follow the ports.\n",
            ["Joaquim Tembe"], id="the-subject-the-introduction-names"),
        pytest.param(
            "Q&A: the coast plan\n\nLagoon Weekly spoke to Aline Kossou, an engineer at the Coastal Works Office.\n\n"
            "Lagoon Weekly: What does the plan ask for?\n\nKossou: Sea walls first, then drainage.\n\n"
            "Lagoon Weekly: And who pays?\n\nKossou: The state and the lenders, in equal shares.\n",
            ["Aline Kossou"], id="not-the-interviewer-whose-lines-ask"),
        pytest.param(
            "Small states speak up\n\nK.T. Ruben Hale has served as foreign minister since 2019. "
            "We spoke to him in the capital.\n\nHarbour Review: What comes first?\n\nHale: Climate finance.\n\n"
            "Harbour Review: And trade?\n\nHale: Trade comes next.\n",
            ["K.T. Ruben Hale"], id="a-full-name-confirmed-by-its-answer-lines"),
    ],
)
def test_speakers_of_a_q_and_a(nlp, text, expected):
    doc = nlp(text)
    assert [s.name for s in speakers(doc)] == expected
