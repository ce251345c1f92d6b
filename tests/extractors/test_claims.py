"""The claims extractor: which units are claims (benchmarks/CLAIMS.md), their text and their claimant."""

from __future__ import annotations

import pytest

from pipeline.records import EntityRef
from pipeline.rows import _claim

from ..table_rows import claim_records


def _rows(nlp, text):
    return claim_records(nlp, text)


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
    assert [(c.claimant, c.quote_index, c.text, c.kind, c.kind_cue) for c in rows] == [
        ("Sanjar Valiev", 1, 'the agreement with Uzbekistan "a historic step" for the region', "opinion", "called"),
    ]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("What will happen to the Rogun dam project?", "direct question"),
        ("Aziz Rakhimov asked whether the Collective Security Treaty Organization could respond to the crisis.",
         "reported question"),
        ("Zarina Usmonova spoke about regional security in Central Asia.", "topic-only report"),
        ("The roundtable was hosted by the Institute for Strategic Studies in Tashkent.", "about the event"),
        ("Also on the panel was Dilshod Akhmedov of the University of World Economy.", "about the event"),
        ("The main purpose of the seminar was to compare the water strategies of the two states.",
         "the event's purpose"),
    ],
)
def test_claims_not_claims(nlp, text: str, why: str):
    assert _rows(nlp, text) == [], why


def test_claims_heading_and_dateline_are_cut_off(nlp):
    text = ("Regional Experts Debate Water Security\n\n"
            "ALMATY, 12 May 2024 — Kazakhstan and Uzbekistan signed a water-sharing agreement on Tuesday.")
    assert [c.text for c in _rows(nlp, text)] == [
        "Kazakhstan and Uzbekistan signed a water-sharing agreement on Tuesday",
    ]


def test_claims_title_with_a_period_and_agency_dateline_are_cut_off(nlp):
    text = ("Tashkent Hosts Water Talks.\n\n"
            "TASHKENT (Reuters) — Uzbekistan and Tajikistan agreed on new quotas for the Amu Darya.")
    assert [c.text for c in _rows(nlp, text)] == ["Uzbekistan and Tajikistan agreed on new quotas for the Amu Darya"]


def test_claims_a_scare_quoted_fragment_leaves_its_sentence_a_claim(nlp):
    rows = _rows(nlp, "Diplomats in the region still invoke the ‘Shanghai spirit’ of the 2001 agreement.")
    assert [(c.claimant, c.text) for c in rows] == [
        ("", "Diplomats in the region still invoke the ‘Shanghai spirit’ of the 2001 agreement"),
    ]


def test_claims_a_list_opened_by_a_colon_stays_one_claim(nlp):
    text = ("The doctrine sets out three principles:\n1. no military alliances;\n2. no foreign bases;\n"
            "3. no use of force.\n\nThe parliament approved it in May.")
    assert [c.text for c in _rows(nlp, text)] == [
        "The doctrine sets out three principles:\n1. no military alliances;\n2. no foreign bases;\n3. no use of force",
        "The parliament approved it in May",
    ]


def test_claims_one_claim_per_reporting_cue(nlp):
    rows = _rows(nlp, "Farida Nurova said that the new railway would cut transit times, and described the tariff "
                      "dispute with Kazakhstan as a serious obstacle.")
    assert [(c.claimant, c.quote_index, c.text, c.kind, c.kind_cue) for c in rows] == [
        ("Farida Nurova", 1, "the new railway would cut transit times", "prediction", "would"),
        ("Farida Nurova", 2, "the tariff dispute with Kazakhstan as a serious obstacle", "opinion", "as"),
    ]


def test_claims_an_organization_as_the_source_is_the_claimant(nlp):
    rows = _rows(nlp, "The Cabinet of Ministers pledges to reduce the budget deficit.")
    assert [(c.claimant, c.claimant_label, c.text, c.kind, c.kind_cue) for c in rows] == [
        ("Cabinet of Ministers", "ORG", "to reduce the budget deficit", "prediction", "pledges"),
    ]


def test_claims_sentence_without_a_named_entity_counts(nlp):
    rows = _rows(nlp, "The trade order built after the Second World War is now in crisis.")
    assert [(c.claimant, c.text, c.kind, c.kind_cue) for c in rows] == [
        ("", "The trade order built after the Second World War is now in crisis", "opinion", "crisis"),
    ]


class _NoIds:
    """A resolution that knows no entity: rows fall back to the records' own keys."""

    def id(self, doc_id, ref):
        return ""

    def canonical(self, doc_id, ref):
        return ""


@pytest.mark.parametrize(
    ("text", "written", "iso3"),
    [
        ("Moscow insists that the pipeline project is purely commercial.", "Moscow", "RUS"),
        ("Kenya said the arrests violated the fishing agreement.", "Kenya", "KEN"),
    ],
)
def test_claims_a_state_as_the_source_is_named_by_its_iso3(nlp, text: str, written: str, iso3: str):
    (claim,) = _rows(nlp, text)
    assert (claim.claimant, claim.claimant_label, claim.claimant_key) == (written, "COUNTRY", iso3)
    row = _claim("d", claim, _NoIds())
    assert (row["claimant_id"], row["claimant"]) == (f"country:{iso3}", iso3)
