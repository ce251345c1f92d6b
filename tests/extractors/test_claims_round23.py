"""Claims: a reported clause the attribution left in the writer's sentence, needs as recommendations, and "is to"
after a role, a past goal or an ordinal item (no forecast)."""

from __future__ import annotations

import pytest

from ..table_rows import claim_records

pytestmark = pytest.mark.usefixtures("without_kind_model")  # the rules' kinds, no learned model


def _rows(nlp, text):
    return [(c.text, c.claimant, c.kind, c.kind_cue) for c in claim_records(nlp, text)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("A harbour engineer, who asked not to be named because he was not cleared to speak, said the quay wall had "
         "cracked in two places since March.",
         [("the quay wall had cracked in two places since March", "", "fact", "")]),
        ("A farmer who has grown rice near the delta for thirty years told reporters that the salt had reached "
         "his fields.",
         [("the salt had reached his fields", "", "fact", "")]),
    ],
)
def test_claims_reported_clause_of_an_unquoted_sentence(nlp, text, rows):
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "The strategy says that the navy will buy two new corvettes by 2028.",
        "It was said on Monday that the navy will buy two new corvettes by 2028.",
    ],
)
def test_claims_a_document_or_it_keeps_its_sentence(nlp, text):
    assert [r[0] for r in _rows(nlp, text)] == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("“We need boats and radios, not speeches,” said Tomas Arce.",
         [("We need boats and radios, not speeches", "Tomas Arce", "recommendation", "need")]),
        ("“What the valley needs is a proper drainage plan,” said Tomas Arce.",
         [("What the valley needs is a proper drainage plan", "Tomas Arce", "recommendation", "needs")]),
        ("“The ferry would need two more crews to run at night,” said Tomas Arce.",
         [("The ferry would need two more crews to run at night", "Tomas Arce", "prediction", "would")]),
    ],
)
def test_claims_a_need_is_a_recommendation(nlp, text, rows):
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        ("The second pillar is to modernise the customs service and its border posts.", "fact", ""),
        ("The first is to reform the civil service and its pay scales.", "fact", ""),
        ("The customs service is to be modernised by 2027.", "prediction", "is to"),
    ],
)
def test_claims_is_to_after_an_ordinal_item_is_no_forecast(nlp, text, kind, cue):
    assert [(r[2], r[3]) for r in _rows(nlp, text)] == [(kind, cue)]


def test_claims_is_to_after_a_role_is_no_forecast(nlp):
    rows = _rows(nlp, "“Our job is to keep the channel open for the fishing boats,” said Tomas Arce.")
    assert [(r[2], r[3]) for r in rows] == [("opinion", "is")]
