"""Interviews laid out as questions and answers: the answers are the interviewee's claims, and the
interviewee is a speaker; an explainer's own questions and a writer's reported answers stay the document's."""

from __future__ import annotations

from pipeline.extractors.claims import claims
from pipeline.extractors.speakers import speakers

_QA = "\n\n".join([
    "Harbour plans under scrutiny",
    "Lena Varga has led the Coastal Trade Institute in Split since 2019. "
    "We asked her what the new port strategy means for the region.",
    "Q: What does the strategy put first?",
    "A: Dredging the main channel comes first. "
    "The ministry wants larger container ships to call without waiting for the tide.",
    "Q: Will the money be there?",
    "A: Probably not this year. The budget covers only the first phase.",
])

_LABELLED = "\n\n".join([
    "Talking trade with a minister",
    "Trade minister Tomas Ferreira spoke to us in Lisbon about the export plan.",
    "Review: Minister, what is the plan's main goal?",
    "Ferreira: Exports of processed food must double by 2030. Farmers need cheaper credit for that.",
    "Review: And the risks?",
    "Ferreira: Drought is the biggest risk we face.",
])

_EXPLAINER = "\n\n".join([
    "Explainer: the new port strategy",
    "The government approved its port strategy on Monday. Here is what it says.",
    "What is it?",
    "A ten-year plan for the country's three largest harbours. It replaces the plan adopted in 2014.",
    "What comes first?",
    "Dredging the main channel comes first. "
    "Larger container ships are to call without waiting for the tide.",
])

_REPORTED = "\n\n".join([
    "A port strategy, explained by an economist",
    "The cabinet approved the port strategy on Monday. "
    "We asked Lena Varga, an economist in Split, to walk us through it.",
    "What does it put first?",
    "“Dredging, before anything else,” Varga said. The plan gives the main channel most of the money.",
    "And abroad?",
    "The plan aims at new ferry links with Italy. Varga added that the links would take years to build.",
])


def _claimants(nlp, text: str) -> list[tuple[str, str]]:
    return [(c.claimant, c.text) for c in claims(nlp(text))]


def test_claims_unlabelled_answers_are_the_interviewees(nlp):
    assert _claimants(nlp, _QA) == [
        ("", "Lena Varga has led the Coastal Trade Institute in Split since 2019"),
        ("Lena Varga", "Dredging the main channel comes first"),
        ("Lena Varga", "The ministry wants larger container ships to call without waiting for the tide"),
        ("Lena Varga", "The budget covers only the first phase"),
    ]
    assert [s.name for s in speakers(nlp(_QA))] == ["Lena Varga"]


def test_claims_answers_labelled_by_the_interviewees_name(nlp):
    rows = _claimants(nlp, _LABELLED)
    assert ("Tomas Ferreira", "Drought is the biggest risk we face") in rows
    assert all(claimant == "Tomas Ferreira" for claimant, text in rows if "Exports" in text or "Drought" in text)
    assert [s.name for s in speakers(nlp(_LABELLED))] == ["Tomas Ferreira"]


def test_claims_an_explainers_own_questions_leave_the_document_its_claims(nlp):
    assert {claimant for claimant, _ in _claimants(nlp, _EXPLAINER)} == {""}
    assert list(speakers(nlp(_EXPLAINER))) == []


def test_claims_answers_the_writer_reports_stay_the_documents(nlp):
    rows = _claimants(nlp, _REPORTED)
    assert ("", "The plan gives the main channel most of the money") in rows
    assert ("", "The plan aims at new ferry links with Italy") in rows
