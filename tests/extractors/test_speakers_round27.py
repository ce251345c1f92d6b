"""Speakers, round 27: persons named after a role with its complement ("The French ambassador in Wellington, X,")
and the person who answers a Q&A ("Bellandi: ..." on two lines or more); sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extractors.speakers import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Finnish ambassador in Nairobi, Kaarlo Mettinen, struck a softer note. He said Finland welcomed the "
         "talks.",
         [("Kaarlo Mettinen", 1)]),
        ("The Minister of Regional Development and EU Funds, Irena Kovač, presented the draft. She said the "
         "strategy was the umbrella document.",
         [("Irena Kovač", 1)]),
    ],
)
def test_speakers_named_after_a_role_and_its_complement(nlp, text, expected):
    """(name, quotes) of each speaker: the name is a person's, so the pronoun after it resolves to it."""
    assert [(s.name, s.n_quotes) for s in speakers(nlp(text))] == expected


def test_speakers_answering_a_q_and_a(nlp):
    text = ("Five Questions on the Baltic Grid\n\nInterview conducted in Tallinn, May 2024. Marta Oksanen is "
            "director of the energy programme at the Baltic Policy Lab, a research centre in Tartu.\n\n"
            "Q: What does the plan do?\n\nOksanen: It links the grid to the European network.\n\nQ: Who pays?"
            "\n\nOksanen: Mostly the European Union.")
    assert [s.name for s in speakers(nlp(text))] == ["Marta Oksanen"]


def test_speakers_one_line_with_a_colon_is_no_interview(nlp):
    text = ("Interview conducted in Tallinn, May 2024. Marta Oksanen is director of the energy programme at the Baltic "
            "Policy Lab, a research centre in Tartu.\n\nOksanen: It links the grid to the European network.")
    assert list(speakers(nlp(text))) == []
