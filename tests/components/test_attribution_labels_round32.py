"""pipeline_attribution, published interviews: the interviewer's label marks a question even on a turn that ends
without a question mark, so the interviewee's labelled answer after it is the article's text, not reported speech;
a panel whose speakers also answer each other keeps its labelled statements."""

from __future__ import annotations


def _label_quotes(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [q.text for q in doc._.pipeline_quotes if q.cue == ":"]


_INTERVIEW = (
    "Helen Whitfield has been Estonia's minister of rural affairs since 2022. We spoke to her in Tallinn.\n\n"
    "Baltic Ledger: Minister, what comes first in the new plan?\n\n"
    "Whitfield: Water. Our farms depend on clean rivers, and the plan puts money into them first.\n\n"
    "Baltic Ledger: Critics call the budget too small for that.\n\n"
    "Whitfield: They are right that it is small. We will ask Brussels to match every euro we spend on drainage.\n\n"
    "Baltic Ledger: And the second priority?\n\n"
    "Whitfield: Young farmers. Without them the villages empty within a decade.\n"
)


def test_attribution_interviewers_statement_turn_is_a_question_and_its_answer_no_quote(nlp):
    assert _label_quotes(nlp, _INTERVIEW) == []


_PANEL = (
    "Three mayors met on stage in Turku on Friday.\n\n"
    "Anna Koskinen: Why should the state pay for our ferries?\n\n"
    "Jukka Lehtonen: Because the islands cannot pay for them alone, and the law says the state must help.\n\n"
    "Jukka Lehtonen: And what would your city give up in return?\n\n"
    "Anna Koskinen: Nothing that matters to the islanders, and the council has already agreed to that.\n\n"
    "Jukka Lehtonen: The ferries carry forty thousand people a year, and the timetable was cut twice.\n"
)


def test_attribution_panel_speaker_who_asks_and_answers_is_no_interviewer(nlp):
    assert _label_quotes(nlp, _PANEL) == [
        "The ferries carry forty thousand people a year, and the timetable was cut twice"]
