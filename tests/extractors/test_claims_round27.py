"""Claims, round 27: whose claims an interview's answers are (a question on a line of its own before its answer;
an outlet that spoke with the interviewee), and a writer's sentence whose aside names its speaker ("X, in his
words, is Y"; "X, she told members, is Y")."""

from __future__ import annotations

import pytest

from pipeline.extractors.claims import claims

_SAME_PARAGRAPH = "\n\n".join([
    "Q&A: what the port plan means",
    "In May the transport minister presented a new port plan. "
    "We asked Lena Varga, an economist at the Coastal Trade Institute in Split, what it changes.",
    "Is there a single document behind it?\nNo. The plan is spread over three decrees.",
    "What comes first?\nDredging the main channel comes first. The budget covers only the first phase.",
])

_OUTLET = "\n\n".join([
    "Harbour plans under scrutiny",
    "Coastal Review spoke with the port director, Tomas Ferreira, in Split in March.",
    "What does the strategy put first?",
    "Dredging the main channel comes first. The budget covers only the first phase.",
    "Will the money be there?",
    "Exports of processed food must double by 2030.",
])


def _claimants(nlp, text: str) -> list[tuple[str, str]]:
    return [(c.claimant, c.text) for c in claims(nlp(text))]


def test_claims_a_question_on_its_own_line_before_the_answer(nlp):
    assert _claimants(nlp, _SAME_PARAGRAPH)[-3:] == [
        ("Lena Varga", "The plan is spread over three decrees"),
        ("Lena Varga", "Dredging the main channel comes first"),
        ("Lena Varga", "The budget covers only the first phase"),
    ]


def test_claims_an_outlet_that_spoke_with_the_interviewee(nlp):
    rows = _claimants(nlp, _OUTLET)
    assert ("Tomas Ferreira", "Dredging the main channel comes first") in rows
    assert ("Tomas Ferreira", "Exports of processed food must double by 2030") in rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign minister Anna Lind spoke in Stockholm on Monday. "
     "The first priority, in her words, is the defence of the Baltic region.",
     ("Anna Lind", "The first priority, in her words, is the defence of the Baltic region")),
    ("“We will not wait,” said Marek Nowak, the trade minister. "
     "A second goal, in the minister's words, is cheaper credit for exporters.",
     ("Marek Nowak", "A second goal, in the minister's words, is cheaper credit for exporters")),
    ("The plan, Marek Nowak told reporters, was written for a harder decade.",
     ("Marek Nowak", "The plan, Marek Nowak told reporters, was written for a harder decade")),
])
def test_claims_an_aside_names_the_speaker_of_the_writers_sentence(nlp, text, expected):
    assert expected in _claimants(nlp, text)


def test_claims_an_aside_of_nobody_named_leaves_the_sentence_the_documents(nlp):
    rows = _claimants(nlp, "The plan, in the government's view, is the best the country can afford.")
    assert rows == [("", "The plan, in the government's view, is the best the country can afford")]


def test_claims_a_name_labelling_the_answers_where_no_person_was_found():
    from pipeline.claims.interviews import _name_label

    assert _name_label(["Greene", "Greene", "Greene"]) == "Greene"
    assert _name_label(["A", "A"]) == ""
    assert _name_label(["Greene"]) == ""
    assert _name_label(["Greene", "Review"]) == ""


def test_claims_the_latest_speaker_is_whom_a_role_aside_names(nlp):
    text = ("A senior official, speaking on condition of anonymity, said the talks had stalled. "
            "Oslo, the official said, remains ready to host them.")
    assert ("", "Oslo, the official said, remains ready to host them") in _claimants(nlp, text)
