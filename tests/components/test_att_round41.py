"""pipeline_attribution, round 41: a question put to someone by an asker the text does not name ("Clinton was asked
about …", "Asked whether …, Reid said …") has no speaker: the one asked is the subject, not the asker."""

from __future__ import annotations

import pytest


def _indirect(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.speaker or "", q.source or "", q.cue, q.text) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Asked whether he would counsel Clinton to ask Sanders to join her ticket, Harry Reid said he would not give "
     "her advice.",
     [("", "", "Asked", "whether he would counsel Clinton to ask Sanders to join her ticket"),
      ("Harry Reid", "", "said", "he would not give her advice")]),
    ("At a town hall in New Hampshire, Hillary Clinton was asked about securing the border. She said the border "
     "must be secured.",
     [("", "", "asked about", "securing the border"),
      ("Hillary Clinton", "", "said", "the border must be secured")]),
])
def test_attribution_question_of_an_unnamed_asker(nlp, text, expected):
    assert _indirect(nlp, text) == expected


def test_attribution_question_with_its_asker(nlp):
    text = "Asked by George Stephanopoulos to respond to Trump's criticism, Ben Carson said he was calm."
    assert _indirect(nlp, text) == [
        ("George Stephanopoulos", "", "Asked", "to respond to Trump's criticism"),
        ("Ben Carson", "", "said", "he was calm")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Donald Trump spoke in Ohio on Monday. The candidate mocked a disabled newspaper reporter.",
     [("", "candidate", "mocked", "a disabled newspaper reporter")]),
    ("Donald Trump spoke in Ohio on Monday. The Republican nominee vowed to harshly punish those who leak secrets.",
     [("", "Republican nominee", "vowed", "to harshly punish those who leak secrets")]),
])
def test_attribution_contest_role_as_written(nlp, text, expected):
    assert [r for r in _indirect(nlp, text) if r[2] != "spoke in"] == expected
