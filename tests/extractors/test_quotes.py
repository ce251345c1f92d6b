"""The quotes extractor: one Quote record per attribution, in text order."""

from __future__ import annotations

import pytest

from pipeline.extractors.quotes import quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to Gulnara Temirova, the dam project will be completed by 2027. “The funds are secured,” "
         "the expert added.",
         [(1, "indirect", "the dam project will be completed by 2027", "Gulnara Temirova", "According to"),
          (2, "direct", "The funds are secured", "Gulnara Temirova", "added")]),
        ("The participants noted that water scarcity is a shared challenge.",
         [(1, "indirect", "water scarcity is a shared challenge", "", "noted")]),
        ("Regional specialists noted that the new corridor shortens delivery times.",  # no person named
         [(1, "indirect", "the new corridor shortens delivery times", "", "noted")]),
        ("The “Central Asia Plus” format was discussed at length.", []),
        ('"We sold every ticket," said Media Coordinator Dane Lisser.',  # a capitalised role before the name
         [(1, "direct", "We sold every ticket", "Dane Lisser", "said")]),
        ('Project Manager Aliya Serikova said the line would open in May. "It is on schedule," the manager added.',
         [(1, "indirect", "the line would open in May", "Aliya Serikova", "said"),
          (2, "direct", "It is on schedule", "Aliya Serikova", "added")]),
    ],
)
def test_quotes_rows(nlp, text, expected):
    doc = nlp(text)
    rows = list(quotes(doc))
    assert [(q.index, q.kind, q.text, q.speaker, q.cue) for q in rows] == expected
    for q in rows:
        assert doc.text[q.start:q.end] == q.text
        assert 0.0 < q.confidence <= 1.0


def test_quotes_direct_spanning_sentences_with_nested_marks(nlp):
    text = ("Dmitri Orlov addressed the panel.\n\n‘Young people face a certain ‘historical memory’. "
            "This needs to be studied,’ the speaker concluded.")
    rows = list(quotes(nlp(text)))
    assert [(q.kind, q.text, q.speaker, q.cue) for q in rows] == [
        ("direct", "Young people face a certain ‘historical memory’. This needs to be studied", "Dmitri Orlov",
         "concluded"),
    ]
