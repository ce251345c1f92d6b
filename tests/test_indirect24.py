"""pipeline_attribution, reported speech (round 24): a published interview's turns are no reports, a
broadcast transcript's are (sentences written for these tests)."""

from __future__ import annotations


def _indirect(nlp, text):
    return [(q.text, q.cue) for q in nlp(text)._.pipeline_quotes if q.kind == "indirect"]


def test_indirect_interview_answer_is_no_report(nlp):
    text = ("Harbour Talks\n\nMaria Okafor has run the port authority since 2019.\n\n"
            "Q: What keeps you busy?\n\n"
            "Okafor: Dredging, mostly. The channel silts up every winter and the ships keep getting bigger.\n\n"
            "Q: And the new terminal?\n\n"
            "Okafor: It opens next year. The minister has said that the state will pay for the access road.\n")
    assert _indirect(nlp, text) == [("the state will pay for the access road", "said")]


def test_indirect_interviewer_question_is_no_report(nlp):
    text = ("Harbour Talks\n\nMaria Okafor has run the port authority since 2019.\n\n"
            "Delta Weekly: Will the terminal open next year as the plan says?\n\n"
            "Okafor: It opens next year, and the channel will be dredged before the first ships arrive.\n")
    assert _indirect(nlp, text) == []


def test_indirect_broadcast_transcript_turns_stay_reports(nlp):
    text = ("Governor Speaks\n\nGovernor Maria Okafor spoke to the network on Sunday.\n\n"
            "KELLER: Do you think the bridge will open on time?\n\n"
            "OKAFOR: I think the bridge will open in June, and the tolls will stay low for a year.\n")
    assert [t for t, _ in _indirect(nlp, text)] == [
        "I think the bridge will open in June, and the tolls will stay low for a year"]
