"""A trailing attribution after a police rank ("…, Const. Amy Lee said."): the tokenizer splits "Const." and
ends the sentence at its full stop; the statement is still the part before the comma."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police were called to a house on Elm Street shortly after midnight, Const. Amy Lee said.",
         [("Police were called to a house on Elm Street shortly after midnight", "said", "Amy Lee", "")]),
        ("The driver was taken to hospital with minor injuries, Sgt. Paul Brandt said Tuesday.",
         [("The driver was taken to hospital with minor injuries", "said", "Paul Brandt", "")]),
    ],
)
def test_trailing_attribution_after_rank(nlp, text, expected):
    assert _rows(nlp, text) == expected
