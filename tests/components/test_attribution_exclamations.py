"""pipeline_attribution: a short exclamation its cue attributes is a direct quote, not a title."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str, str]]:
    doc = nlp(text)
    return [(q.kind, q.text, q.speaker, q.source, q.cue) for q in doc._.pipeline_quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 200 protesters gathered outside, chanting “Dump Trump!”",
         [("direct", "Dump Trump!", "", "About 200 protesters", "chanting")]),
        ("As the senator spoke, the crowd chanted “USA! USA!”",
         [("direct", "USA! USA!", "", "crowd", "chanted")]),
    ],
)
def test_attribution_exclaim_chanted_short_quote(nlp, text, expected):
    assert _rows(nlp, text) == expected


def test_attribution_exclaim_title_stays_a_title(nlp):
    assert _rows(nlp, "He appeared on “Meet the Press” on Sunday.") == []
