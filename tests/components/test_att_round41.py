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


@pytest.mark.parametrize(("text", "expected"), [
    ("An official said orders were under discussion. According to a union representative at the Harare plant, "
     "Farai Chikore, the workers have not yet been told whether the new jobs will be permanent.",
     ("Farai Chikore", "", "According to",
      "the workers have not yet been told whether the new jobs will be permanent")),
    ("According to an FBI summary of its investigation, Cheryl Mills, a top Clinton aide, sent the employee an email.",
     ("", "an FBI summary", "According to", "Cheryl Mills, a top Clinton aide, sent the employee an email")),
])
def test_attribution_according_to_role_then_name(nlp, text, expected):
    assert _indirect(nlp, text)[-1] == expected


def test_attribution_chief_executive_is_a_role(nlp):
    text = ("Thaba Textiles, which makes jeans and work shirts in Lesotho, said it had chosen Malawi because of lower "
            "wages. The company, its chief executive said, would keep all 3,000 of its jobs in Maseru. “We are not "
            "leaving Lesotho, we are growing next to it,” said the chief executive, Palesa Mokhehle.")
    assert [r[0] for r in _indirect(nlp, text) if r[2] == "said" and "3,000" in r[3]] == ["Palesa Mokhehle"]
