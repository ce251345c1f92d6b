"""pipeline_attribution, reported speech (round 21): a poll that frames a finding; an interview's "Q:" and
"A:" name no speaker; set phrases whose verb reports nothing; a phrase of the setting before "X said, “…”"
(sentences written for these tests)."""

from __future__ import annotations

import pytest


def _indirect(nlp, text):
    return [(q.text, q.cue) for q in nlp(text)._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the latest county poll, the mayor leads her rival by nine points.",
         [("the mayor leads her rival by nine points", "In the latest county poll")]),
        ("In the poll, support for the bridge has grown from 40 percent in May to 46 percent in June.",
         [("support for the bridge has grown from 40 percent in May to 46 percent in June", "In the poll")]),
        ("The mayor led her rival by nine points in a county poll last week.",
         [("The mayor led her rival by nine points", "in a county poll")]),
        ("Turnout rose sharply in the survey period.", []),
        ("Most voters in the survey were women.", []),
    ],
)
def test_indirect_poll_frames_its_finding(nlp, text, expected):
    assert _indirect(nlp, text) == expected


def test_indirect_poll_frame_leaves_a_statement_to_its_speaker(nlp):
    text = "In a survey released on Monday by the chamber, most owners said rents were too high."
    assert _indirect(nlp, text) == [("rents were too high", "said")]


def test_indirect_interview_letters_label_no_speaker(nlp):
    text = ("Q: Will the bridge open in May?\n\nA: We expect it to open in June.\n\n"
            "Q: What about the tolls?\n\nA: I think the tolls will stay low.\n")
    assert _indirect(nlp, text) == [("it to open in June", "expect"), ("the tolls will stay low", "think")]


@pytest.mark.parametrize(
    "text",
    [
        "That said, the council cannot win enough votes to pass the plan.",
        "All told, up to 5 million people could be eligible for the programs.",
    ],
)
def test_indirect_set_phrase_reports_nothing(nlp, text):
    assert _indirect(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In an interview with a local radio station, Walker said, “I have had a lot of people cancel on me.”",
        "On the morning show Tuesday, he said, “I never promised to pay.”",
    ],
)
def test_indirect_setting_before_a_quotation_is_no_statement(nlp, text):
    assert _indirect(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor leads her rival by 271 votes according to a count by the local paper, but the rival has "
         "vowed to fight on.",
         [("The mayor leads her rival by 271 votes", "according to"), ("to fight on", "vowed")]),
        ("There is one law that punishes gross negligence, and the mayor broke it, according to a former "
         "prosecutor.",
         [("There is one law that punishes gross negligence, and the mayor broke it", "according to")]),
    ],
)
def test_indirect_according_to_after_the_main_verb_qualifies_the_clause_before(nlp, text, expected):
    assert _indirect(nlp, text) == expected
