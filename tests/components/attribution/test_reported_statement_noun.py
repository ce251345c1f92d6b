"""A noun of saying after a verb of saying ("said in a statement that …") takes the verb's subject as its source,
even when the parser hangs the "that" clause on the noun."""

from __future__ import annotations


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "indirect"]


def test_statement_noun_after_said_takes_the_subject(nlp):
    """"X, who …, said in a statement that …": the statement is X's (the parse hangs the clause on the noun)."""
    rows = _rows(nlp, "Jane Smith, who is running for mayor, said in a statement that the budget was a failure.")
    assert rows == [("the budget was a failure", "statement", "Jane Smith", "")]
