"""The claims extractor: notes about the printed text and the interview that frames it are no claims."""

from __future__ import annotations

import pytest

from pipeline.extractors.claims import claims


def _texts(nlp, text):
    return [c.text for c in claims(nlp(text))]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("The interview has been edited for length and clarity.", "an editor's note"),
        ("This transcript was condensed for publication.", "an editor's note"),
        ("The author is a historian and a former ambassador to Finland.", "the byline's note on the writer"),
        ("The writer is a lecturer at the University of Nairobi.", "the byline's note on the writer"),
        ("We asked Maria Keller, an economist at the Lindenau Institute, what the reform changes and where it "
         "falls short.", "a question asked, put after the person asked"),
        ("We talked with the deputy minister, Jonas Berg, about what the new strategy means for the coast.",
         "a topic named by a question"),
    ],
)
def test_claims_notes_not_claims(nlp, text: str, why: str):
    assert _texts(nlp, text) == [], why


@pytest.mark.parametrize(
    "text",
    [
        "The harbour has been dredged to a depth of twelve metres",
        "The author of the report is a former finance minister",
        "Our author's brother is a farmer near the border",
        "The ministry asked donors to explain why the payments stopped",
    ],
)
def test_claims_notes_leave_statements_about_the_world(nlp, text: str):
    assert _texts(nlp, text + ".") == [text]
