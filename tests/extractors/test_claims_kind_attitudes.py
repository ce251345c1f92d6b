"""Claims: an attitude said of people or positions ("residents were angry", "the tone is cooler") is an opinion."""

from __future__ import annotations

import pytest

from pipeline.extractors.claims import claims

pytestmark = pytest.mark.usefixtures("without_kind_model")  # the rules' kinds, no learned model


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Several Baltic ports have been wary of the new tariff regime.", "wary"),
        ("On trade with the bloc the tone of the paper is markedly cooler.", "cooler"),
        ("Shop owners on the high street were angry about the closures.", "angry"),
    ],
)
def test_attitude_is_opinion(nlp, text, cue):
    assert [(c.kind, c.kind_cue) for c in claims(nlp(text))] == [("opinion", cue)]


def test_attribute_is_no_opinion(nlp):
    rows = claims(nlp("A cautious plan for the port was adopted by the council in March 2024."))
    assert [c.kind for c in rows] == ["fact"]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("The spokesman said Lisbon hoped the talks would resume in May.",
         [("Lisbon hoped the talks would resume in May", "opinion", "hoped")]),
        ("Without the loan, the port would have closed years ago.",
         [("Without the loan, the port would have closed years ago", "opinion", "would have closed")]),
    ],
)
def test_a_hope_and_a_modal_perfect_are_no_forecast(nlp, text, rows):
    """"hoped" (which the lemmatizer reads as "hop") governs the "would" after it; "would have closed" judges
    what was, it forecasts nothing."""
    assert [(c.text, c.kind, c.kind_cue) for c in claims(nlp(text))] == rows
