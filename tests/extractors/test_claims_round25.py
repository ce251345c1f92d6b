"""Claims: an indirect quote that is no claim (a bare noun phrase, a question) under a cue that reports an act
("rejected", "announced", "has not commented on") leaves the writer's sentence the claim; under a cue of speech,
topic or attention ("listed", "spoke to … about", "turned the conversation to") the sentence is no claim either."""

from __future__ import annotations

import pytest

from ..table_rows import claim_records

pytestmark = pytest.mark.usefixtures("without_kind_model")  # the rules' kinds, no learned model


def _rows(nlp, text):
    return [(c.text, c.claimant, c.kind) for c in claim_records(nlp, text)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("The Harbour Authority announced its own timetable for the winter season.",
         [("The Harbour Authority announced its own timetable for the winter season", "", "fact")]),
        ("The Harbour Authority has not commented on the lease.",
         [("The Harbour Authority has not commented on the lease", "", "fact")]),
        ("Mayor Jane Roe announced her own plan for the old pier.",
         [("Mayor Jane Roe announced her own plan for the old pier", "", "fact")]),
    ],
)
def test_claims_an_act_reported_is_the_writers_claim(nlp, text, rows):
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Jane Roe listed the priorities one by one.",
        "Mayor Jane Roe spoke to the local radio station on Monday about the council's priorities.",
        "Mayor Jane Roe turned the conversation to the state of the pier.",
        "The Harbour Authority spoke about the state of the pier.",
    ],
)
def test_claims_speech_reported_without_content_is_no_claim(nlp, text):
    assert _rows(nlp, text) == []
