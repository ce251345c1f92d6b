"""The claims extractor: propositions inside quotes (with claimant) and the document's own assertions."""

from __future__ import annotations

from pipeline.extractors.claims import claims
from pipeline.records import EntityRef


def _rows(nlp, text):
    doc = nlp(text)
    rows = list(claims(doc))
    for c in rows:
        assert doc.text[c.start:c.end] == c.text
    return rows


def test_claims_quote_sentences_and_document_assertions(nlp):
    text = ("Kazakhstan signed a new transit agreement with China in 2023. The weather was mild.\n\n"
            "“Prices rose. Wages did not,” the analyst Marat Seitkali said.")
    rows = _rows(nlp, text)
    assert [(c.index, c.claimant, c.quote_index, c.text) for c in rows] == [
        (1, "", None, "Kazakhstan signed a new transit agreement with China in 2023"),
        (2, "", None, "The weather was mild"),
        (3, "Marat Seitkali", 1, "Prices rose"),
        (4, "Marat Seitkali", 1, "Wages did not"),
    ]
    assert rows[0].about == (EntityRef("COUNTRY", "KAZ"), EntityRef("COUNTRY", "CHN"))


def test_claims_reported_statement_is_about_its_entities(nlp):
    rows = _rows(nlp, "According to Aigerim Bekova, Kazakhstan has no plans to leave the alliance.")
    assert [(c.claimant, c.quote_index, c.text) for c in rows] == [
        ("Aigerim Bekova", 1, "Kazakhstan has no plans to leave the alliance"),
    ]
    assert EntityRef("COUNTRY", "KAZ") in rows[0].about


def test_claims_fragment_inside_reported_speech_is_not_a_separate_claim(nlp):
    rows = _rows(nlp, 'Sanjar Valiev called the agreement with Uzbekistan "a historic step" for the region.')
    assert [(c.claimant, c.quote_index, c.text) for c in rows] == [
        ("Sanjar Valiev", 1, 'the agreement with Uzbekistan "a historic step" for the region'),
    ]
