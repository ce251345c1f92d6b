"""A mid-sentence "according to X" set off by commas qualifies the whole clause around it (round 29)."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker or q.source) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(("text", "expected"), [
    ("That's bad, according to Rubio, because the vice president never ran a business.",
     ("That's bad, according to Rubio, because the vice president never ran a business", "according to",
      "Rubio")),
    ("In Iowa, Trump is in first, according to the polling average, although Carson keeps close.",
     ("In Iowa, Trump is in first, according to the polling average, although Carson keeps close",
      "according to", "polling average")),
])
def test_according_mid_sentence_keeps_the_clause_after_it(nlp, text, expected):
    assert _rows(nlp, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Clinton leads Sanders by 271 delegates, according to the Associated Press, but Sanders says he will "
     "fight on.", ("Clinton leads Sanders by 271 delegates", "according to", "Associated Press")),
    ("Verizon has struck a provisional agreement with unions, according to the Labor Department, taking a step "
     "toward ending the strike.", ("Verizon has struck a provisional agreement with unions", "according to",
                                   "Labor Department")),
    ("Britain must prepare its armed forces to fight a war in Europe if deterrence fails, according to the "
     "Strategic Defence Review published on Monday, a review carried out by a team of outside experts.",
     ("Britain must prepare its armed forces to fight a war in Europe if deterrence fails", "according to",
      "Strategic Defence Review")),
])
def test_according_mid_sentence_stops_before_another_clause(nlp, text, expected):
    """Not a coordinated clause, a participle or a second object the parser hung on the verb."""
    assert _rows(nlp, text)[0] == expected


def test_according_after_a_list_dash_opens_the_statement(nlp):
    """Only punctuation before the phrase (a list's dash): the rest of the sentence is the statement."""
    rows = _rows(nlp, "The note lists three views.\n— According to a regional diplomat, Canberra sees the strategy "
                      "as an opening for deeper defence cooperation.")
    assert ("Canberra sees the strategy as an opening for deeper defence cooperation", "According to",
            "a regional diplomat") in rows
