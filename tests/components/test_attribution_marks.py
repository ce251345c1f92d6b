"""Quotation-mark pairing (pure text, no model)."""

from __future__ import annotations

import pytest

from pipeline.components.attribution.marks import quoted_spans


def _texts(text: str) -> list[str]:
    return [text[q.start:q.end] for q in quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Our trade has doubled,” said the minister.", ["Our trade has doubled"]),
        ('He said: "The talks will resume in May."', ["The talks will resume in May."]),
        ("‘Energy remains the core,’ she explained.", ["Energy remains the core"]),
        ("«The reforms will continue», she stressed.", ["The reforms will continue"]),
        ("''It's a tax increase,'' he said.", ["It's a tax increase"]),
        ("'We will not wait,' the envoy said.", ["We will not wait"]),
        ("„Wir bleiben“, sagte er.", ["Wir bleiben"]),
    ],
)
def test_attribution_marks_every_style(text, expected):
    assert _texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # apostrophes inside words, decades and plural possessives are not marks
        ("‘Russia’s role and the ’90s are history,’ he said.", ["Russia’s role and the ’90s are history"]),
        ("The countries’ interests are ‘not aligned’ now.", ["not aligned"]),
        ("People's views and the members' votes differ.", []),
        # a nested quotation belongs to the outer one
        ("‘They impose a kind of ‘historical memory’, often hostile,’ she said.",
         ["They impose a kind of ‘historical memory’, often hostile"]),
        ('"We call it the ‘reset’ policy," he said.', ["We call it the ‘reset’ policy"]),
    ],
)
def test_attribution_marks_apostrophes_and_nesting(text, expected):
    assert _texts(text) == expected


def test_attribution_marks_unclosed_quote_runs_to_paragraph_end():
    text = "“The first part goes on\n\n“and the second paragraph closes it,” he said."
    assert _texts(text) == ["The first part goes on", "and the second paragraph closes it"]


def test_attribution_marks_quote_spans_sentences():
    text = "“Prices rose. Wages did not. That is the problem,” the analyst said."
    assert _texts(text) == ["Prices rose. Wages did not. That is the problem"]
