"""Attribution, round 27's speed-ups (no behaviour change): a quotation's possessive owner tested before the words
after it are read, and a crowd's chant looked for only where the text before the quotation ends in "of"."""

from __future__ import annotations

import pytest


def _direct(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation between a person's possessive and a noun of saying is that person's
        ("Voters remembered Jane Doe's \"we will build the bridge\" promise when the tolls went up.",
         [("we will build the bridge", "Jane Doe", "")]),
        # the chant after "of", in capitals ("OF"), is still the crowd's
        ("When the landlord left, the tenants answered with chants OF \"Lower the rents!\"",
         [("Lower the rents!", "", "tenants")]),
    ],
)
def test_attribution_direct_possessed_and_chanted_quotes(nlp, text, expected):
    assert _direct(nlp, text) == expected
