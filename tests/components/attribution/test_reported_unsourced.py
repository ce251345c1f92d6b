"""pipeline_attribution, reports whose cue has no subject of its own: a participle's noun is the source
("Democrats saying they want …", "a group backing the governor"), and a verb of saying before a finite
clause reports it even when nobody is named ("not the same as saying …")."""

from __future__ import annotations

import pytest


def _indirect(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the survey, a third of the voters were Democrats saying they want a new nominee.",
         [("they want a new nominee", "saying", "", "Democrats")]),
        ("An outside group backing the governor spent $2 million on television ads.",
         [("the governor", "backing", "", "An outside group")]),
        ("That is not the same as saying the governor broke the law.",
         [("the governor broke the law", "saying", "", "")]),
        # the writer's own view is a statement with no speaker; the reader's is none
        ("I think the new tariffs will hurt exporters more than anyone admits.",
         [("the new tariffs will hurt exporters more than anyone admits", "think", "", "")]),
        ("If you think the deal is dead, look again.", []),
    ],
)
def test_attribution_subjectless_cues(nlp, text, expected):
    assert _indirect(nlp, text) == expected
