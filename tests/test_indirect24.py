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
            "Okafor: It opens next year. The minister has said that the state will pay for the access road. "
            "I think the tolls will stay low, and we want the ferries to keep running.\n")
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


def test_indirect_according_to_after_a_semicolon_opens_its_own_statement(nlp):
    text = ("The government has layered its own programme on top of the plan; according to the economic team, "
            "the flagship goal is a large expansion of formal employment.")
    assert _indirect(nlp, text) == [("the flagship goal is a large expansion of formal employment", "according to")]


def test_indirect_according_to_after_a_colon_leaves_the_report_before_it(nlp):
    text = ("Still, he warned that implementation had been the weak point of every plan since independence: "
            "according to Okafor, previous plans failed mostly because budgets did not follow them.")
    assert _indirect(nlp, text) == [
        ("implementation had been the weak point of every plan since independence", "warned"),
        ("previous plans failed mostly because budgets did not follow them", "according to")]


def test_indirect_a_state_the_countries_hold_wants_an_aim(nlp):
    assert _indirect(nlp, "Bishkek wants to develop its strategic partnership with Beijing.") == []
    assert _indirect(nlp, "Dhaka wants a free, open, peaceful, secure and inclusive Indo-Pacific.") == []
