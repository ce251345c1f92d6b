"""pipeline_attribution: the speaker of a direct quote when the parser gives its cue verb no subject."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    return [(q.kind, q.text, q.speaker, q.cue) for q in nlp(text)._.pipeline_quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject taken by a parenthetical participle ("Akhmetov, exasperated, responded")
        ('Serik Akhmetov opened the briefing. Akhmetov, exasperated, finally responded: "We will not discuss the '
         'border today."',
         [("direct", "We will not discuss the border today.", "Serik Akhmetov", "responded")]),
        # a participle after a comma speaks for the sentence's subject
        ("Singer Dana Kim shared the news on social media last week, writing “We are proud to support the "
         "festival.”",
         [("direct", "We are proud to support the festival.", "Dana Kim", "writing")]),
    ],
)
def test_attribution_direct_subjects_misparsed(nlp, text, expected):
    assert _rows(nlp, text) == expected
