"""pipeline_attribution, reported speech in a sentence-case title line "Source: statement."."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harlow: Tax cuts will pay for themselves.\n\nThe senator spoke in Denver on Monday.",
         [("Tax cuts will pay for themselves", ":", "Harlow")]),
        ("City Council: Fees will rise in March.\n\nThe vote was close.",
         [("Fees will rise in March", ":", "City Council")]),
        ("The Latest: Harlow wins the primary in Ohio.\n\nThe senator spoke in Denver on Monday.", []),
    ],
)
def test_attribution_indirect_colon_title(nlp, text, expected):
    quotes = nlp(text)._.pipeline_quotes
    assert [(q.text, q.cue, q.speaker or q.source) for q in quotes if q.kind == "indirect"] == expected
