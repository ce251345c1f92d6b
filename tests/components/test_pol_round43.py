"""pipeline_policy, round 43: priority sentences that gave no row at all. Goal sentences with "be to" and a verb the
goal cue did not list ("every pupil is to complete ...", "half of all power is to come from ...") or a noun phrase
after "be" ("the coast is to be a hub"); the owner's planned state ("Senegal is to become a middle-income
country"); an interviewer's follow-up that asks for the next place ("And the fourth?"); a speech's lead beside the
same partners named later. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..policy_flags import policy_rows

SENEGAL = ("Senegal Adopts Plan\n\nDAKAR, 4 June 2024 — Senegal's cabinet adopted a National Development Strategy on "
           "Tuesday. The strategy puts industry at the centre of growth. ")
INDUSTRY = ("SEN", "", "", "industry")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Every pupil is to complete ten years of schooling.", "Every pupil is to complete ten years of schooling"),
    ("Half of all power is to come from solar and wind by 2030.",
     "Half of all power is to come from solar and wind by 2030"),
    ("The coast is to be a hub for fishing and tourism.", "coast is to be a hub for fishing and tourism"),
    ("Senegal is to become a middle-income country by 2035.", "become a middle-income country by 2035"),
])
def test_pol_round43_goal_sentences(nlp, text, expected):
    """A goal sentence after one about the document is an item; the owner's planned state is its predicate."""
    assert policy_rows(nlp(SENEGAL + text)) == [INDUSTRY, ("SEN", "", "", expected)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Senegal will remain a democracy.",  # a stance, not a planned state
    "If exports were to fall, the plan is to be revised.",  # a condition; the document itself
])
def test_pol_round43_no_goal(nlp, text):
    assert policy_rows(nlp(SENEGAL + text)) == [INDUSTRY]


INTERVIEW = ("Interview: what Chad's plan puts first\n\n"
             "N'DJAMENA — We spoke to Amina Diallo, an economist, about Chad's National Development Plan 2017-2021.\n\n"
             "Q: What does the plan put first?\nA: National unity. Without peace nothing else works.\n\n")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Q: And the fourth?\nA: Quality of life. Villages still lack clinics and water.",
     [("TCD", "", "", "National unity"), ("TCD", "", "", "Quality of life")]),
    ("Q: And the cost?\nA: Five billion dollars. Most of it from donors.", [("TCD", "", "", "National unity")]),
])
def test_pol_round43_ordinal_follow_up(nlp, text, expected):
    """A follow-up question that names a later place asks for a priority; one about the cost does not."""
    assert policy_rows(nlp(INTERVIEW + text)) == expected


SPEECH = ("Minister sets out partners, with Chile first\n\n"
          "LIMA, 12 January 2023 — Peru will keep Chile and Brazil at the centre of its foreign policy, Foreign "
          "Minister Ana Cecilia Gervasi told the diplomatic corps on Thursday.\n\n"
          "According to the minister, the trade agreements with Chile and Brazil remain the backbone of growth.")


@pytest.mark.model
def test_pol_round43_speech_lead_kept(nlp):
    """A speech's lead is its first statement: its partners stay beside the same partners named later."""
    assert policy_rows(nlp(SPEECH)) == [
        ("PER", "Chile", "CHL", "keep Chile and Brazil at the centre of its foreign policy"),
        ("PER", "Brazil", "BRA", "keep Chile and Brazil at the centre of its foreign policy"),
        ("PER", "Chile", "CHL", "trade agreements"), ("PER", "Brazil", "BRA", "trade agreements")]
