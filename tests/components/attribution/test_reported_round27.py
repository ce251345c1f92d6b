"""pipeline_attribution, reported speech (round 27): a sentence that opens with "For <a person named in full>,"
and presents that person by their organization gives that person's view (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(("text", "expected"), [
    ("For Marta Lindqvist, an economist at the Baltic Policy Institute in Riga, the new tariffs will hurt "
     "exporters first.",
     [("the new tariffs will hurt exporters first", "For", "Marta Lindqvist", "")]),
    ("For Tomas Berglund, who directs the Nordic Energy Forum, the pipeline deal changes very little.",
     [("the pipeline deal changes very little", "For", "Tomas Berglund", "")]),
])
def test_perspective_of_a_presented_person(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "For Mr. Halvorsen, the vote was a painful setback.",  # a title and a surname: the writer's account
    "For Karl Jensen, the former mayor, the defeat came as a surprise.",  # no organization presents him
    "For years, the port of Tromsø has stayed closed in winter.",  # no person
    "For Marta Lindqvist, an economist at the Baltic Policy Institute, and her colleagues.",  # no clause
])
def test_no_perspective_without_a_presented_person_and_a_clause(nlp, text):
    assert _rows(nlp, text) == []
