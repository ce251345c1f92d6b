"""A sentence-initial "as" clause (after a conjunction too) reports the rest of the sentence; a passive one names
its source in the agent: "As first reported by CBC News, …"."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As first reported by CBC News, the council approved the plan.",
         [("the council approved the plan", "reported", "", "CBC News")]),
        ("As reported by the Sun, the council had approved the plan in secret.",
         [("the council had approved the plan in secret", "reported", "", "Sun")]),
        # after a conjunction
        ("But as the auditor noted, the hospital had run a deficit for three years.",
         [("the hospital had run a deficit for three years", "noted", "", "auditor")]),
        # a time, not a report
        ("But as he said this, the crowd cheered.", []),
    ],
)
def test_as_reported_by(nlp, text, expected):
    assert _rows(nlp, text) == expected

