"""A closing ", while Jones said that …" inside a reported clause is another speaker's report: the first
statement ends before it and the second gets a row of its own."""

from __future__ import annotations


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "indirect"]


def test_while_clause_is_another_report(nlp):
    rows = _rows(nlp, "Smith suggested that someone who doesn't answer questions can't be mayor, while Jones said "
                      "that the budget was too high for the town to afford.")
    assert rows == [("someone who doesn't answer questions can't be mayor", "suggested", "Smith", ""),
                    ("the budget was too high for the town to afford", "said", "Jones", "")]
