"""pipeline_attribution, round 43: a body's report continued by "It" in the next sentence, a clause hung on "a
written submission", the plain definite object of "welcomed"/"confirmed" (the event, not a statement), the
infinitive of "called on X … to …" and a view given with "as" after the object of "singled out"/"presented"."""

from __future__ import annotations

import pytest


def _indirect(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.speaker or "", q.source or "", q.cue, q.text) for q in doc._.pipeline_quotes if q.kind == "indirect"]


def test_attribution_it_after_a_body_report_is_the_body(nlp):
    text = ("The Audit Board finds that the ferry subsidy has no yearly ceiling. It recommends that the ministry cap "
            "the subsidy and that the ports publish their fees.")
    assert _indirect(nlp, text)[-1] == (
        "", "Audit Board", "recommends", "the ministry cap the subsidy and that the ports publish their fees")


def test_attribution_it_after_a_document_stays_the_document(nlp):
    text = "The white paper notes that the coast is long. It argues that the coast guard must grow."
    assert [q for q in _indirect(nlp, text) if q[2] == "argues"] == []


def test_attribution_clause_of_a_written_submission(nlp):
    text = "The Harbour Authority said in a written submission that the dredging had been paid for."
    assert _indirect(nlp, text) == [("", "Harbour Authority", "submission", "the dredging had been paid for")]


@pytest.mark.parametrize("text", [
    "The dockers' union welcomed the agreement.",
    "The coast guard confirmed the order.",
    "The ministry welcomes Peru's role.",
])
def test_attribution_definite_object_of_welcome_or_confirm_is_no_statement(nlp, text):
    assert _indirect(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor welcomed the bridge as a lifeline for the island.",
     ("", "mayor", "welcomed", "the bridge as a lifeline for the island")),
    ("The airline confirmed that two flights had been cancelled.",
     ("", "airline", "confirmed", "two flights had been cancelled")),
])
def test_attribution_welcome_or_confirm_with_a_predicate_or_clause_stays(nlp, text, expected):
    assert _indirect(nlp, text)[-1] == expected


def test_attribution_called_on_keeps_the_infinitive_after_a_time(nlp):
    text = "The Tenants' Federation called on the city on Friday to freeze rents until the audit is done."
    assert _indirect(nlp, text)[-1] == (
        "", "Tenants' Federation", "called on", "the city on Friday to freeze rents until the audit is done")


def test_attribution_singled_out_with_as(nlp):
    text = "Marta Ilves singled out the rail link to Riga as the project her ministry would defend first."
    assert _indirect(nlp, text)[-1] == (
        "Marta Ilves", "", "singled out", "the rail link to Riga as the project her ministry would defend first")
