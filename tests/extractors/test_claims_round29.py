"""Claims, round 29: an interview whose introduction names its one interviewee without a verb of interviewing; a
speaker moving to the next topic of a speech and a sentence opening a list are no claims."""

from __future__ import annotations

import pytest

from pipeline.extractors.claims import claims

_INTRODUCED = "\n\n".join([
    "Building the ports: an interview on the coastal plan",
    "Interview by Marta Silva for the Harbour Review",
    "Lena Varga is the director of the Coastal Trade Institute in Split.",
    "What does the plan put first?",
    "Dredging the main channel comes first. The ministry wants larger ships to call without waiting for the tide.",
    "And the money?",
    "The budget covers only the first phase.",
])

_NOT_AN_INTERVIEW = _INTRODUCED.replace("an interview on", "a guide to").replace("Interview by", "Notes by")


def _claimants(nlp, text: str) -> list[tuple[str, str]]:
    return [(c.claimant, c.text) for c in claims(nlp(text))]


def test_claims_an_introduced_interviewee_gives_the_answers(nlp):
    rows = _claimants(nlp, _INTRODUCED)
    assert ("Lena Varga", "Dredging the main channel comes first") in rows
    assert ("Lena Varga", "The budget covers only the first phase") in rows


def test_claims_a_text_that_is_no_interview_keeps_its_answers(nlp):
    rows = _claimants(nlp, _NOT_AN_INTERVIEW)
    assert ("", "Dredging the main channel comes first") in rows


def _texts(nlp, text: str) -> list[str]:
    return [c.text for c in claims(nlp(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister spoke to parliament on Monday. The minister then turned to the wider world.",
     ["The minister spoke to parliament on Monday"]),
    ("She began with the Mediterranean. He then turned to the United Nations.", []),
    # a document moving on states what it holds; a state turning to a lender is an event
    ("The plan then turns to energy, which it treats as a priority. Kenya turned to China for loans.",
     ["The plan then turns to energy, which it treats as a priority", "Kenya turned to China for loans"]),
])
def test_claims_a_speaker_turning_to_a_topic_is_no_claim(nlp, text, expected):
    assert _texts(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The committee records the following points.\n\n1. Trade grew by 20% in 2023.",
     ["Trade grew by 20% in 2023"]),
    ("The following directions are set out in it. Investors should watch the following risks:",
     ["Investors should watch the following risks"]),
])
def test_claims_a_sentence_opening_a_list_is_no_claim(nlp, text, expected):
    assert _texts(nlp, text) == expected
