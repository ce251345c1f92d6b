"""pipeline_attribution: the stance of a noun a participle holds ("super PACs supporting Jeb Bush")."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str, str]]:
    doc = nlp(text)
    return [(q.kind, q.text, q.speaker, q.source, q.cue) for q in doc._.pipeline_quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Outside groups supporting Marco Rubio have spent $12 million in the state.",
         [("indirect", "Marco Rubio", "", "Outside groups", "supporting")]),
        ("The money came from a super PAC backing Jeb Bush.",
         [("indirect", "Jeb Bush", "", "PAC", "backing")]),
    ],
)
def test_attribution_stance_of_participle_holder(nlp, text, expected):
    assert _rows(nlp, text) == expected


def test_attribution_stance_participle_after_comma_is_an_aim(nlp):
    assert _rows(nlp, "The city is investing in roads, supporting economic development.") == []
