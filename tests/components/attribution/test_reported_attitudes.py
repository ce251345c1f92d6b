"""pipeline_attribution, attitudes towards a topic (``attitude_adjectives``): "X was critical of …"."""

from __future__ import annotations

import pytest


def _indirect(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Maria Okafor was sharply critical of the new tariff schedule.",
         [("the new tariff schedule", "critical of", "Maria Okafor")]),
        ("The farmers' union remains skeptical about the subsidy reform.",
         [("the subsidy reform", "skeptical about", "")]),
        ("Okafor said she was not happy with the pace of the talks.",
         [("she was not happy with the pace of the talks", "said", "Okafor")]),
        # a holder the adjective follows
        ("Residents worried about the new highway packed the town hall on Monday.",
         [("the new highway", "worried about", "")]),
        # not an attitude: a place or a time
        ("The museum is close to the river.", []),
        ("The session was open to the media.", []),
    ],
)
def test_attribution_attitude_adjectives(nlp, text, expected):
    assert _indirect(nlp, text) == expected
