"""A gerund clause right after a cue verb with no object is what was said or backed: "The mayor proposed
raising property taxes", "The company reported earning $12 million"."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor proposed raising property taxes by two per cent.",
         [("raising property taxes by two per cent", "proposed", "", "mayor")]),
        ("The company reported earning $12 million in the quarter.",
         [("earning $12 million in the quarter", "reported", "", "company")]),
        ("The minister denied taking any money from the company.",
         [("taking any money from the company", "denied", "", "minister")]),
        # an aim, not a report: the participle after a comma
        ("The rally ended with supporters chanting his name, and the mayor left, waving to the crowd.", []),
    ],
)
def test_gerund_after_cue(nlp, text, expected):
    assert _rows(nlp, text) == expected
