"""A closing ", according to a poll" inside a reported clause is another source's attribution, not the statement."""

from __future__ import annotations


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "indirect"]


def test_according_to_closes_the_statement(nlp):
    rows = _rows(nlp, "The plan will cost $10 million, according to the mayor.")
    assert rows == [("The plan will cost $10 million", "according to", "", "mayor")]


def test_according_row_stops_at_its_phrase(nlp):
    """The "according to" row's own statement no longer runs over the phrase (" - …" after it)."""
    rows = _rows(nlp, "Some 59 percent of residents oppose the plan, according to a poll last week - about the "
                      "same share as in March.")
    assert ("Some 59 percent of residents oppose the plan", "according to", "", "a poll") in rows
