"""pipeline_attribution, reported speech whose content is an object: more cue verbs (``object_cues``,
``speech_verbs``) and object complements the parser did not see."""

from __future__ import annotations

import pytest


def _indirect(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor echoed the mayor's warning about the flood barriers.",
         [("the mayor's warning about the flood barriers", "echoed", "")]),
        ("The senator repudiated the group's endorsement on Friday.",
         [("the group's endorsement", "repudiated", "")]),
        # acts that are not speech give no statement
        ("The council banned fireworks in the old town.", []),
        ("Kazakhstan signed a transit agreement with China in 2023.", []),
        ("He recounted how the talks had collapsed after midnight.",
         [("how the talks had collapsed after midnight", "recounted", "")]),
        ("She remembered that the vote had been close.",
         [("the vote had been close", "remembered", "")]),
    ],
)
def test_attribution_more_cue_verbs(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quotation after the object is its complement, though the parser saw none
        ("Ms. Avery called Lindqvist “the conscience of the chamber.” The vote followed.",
         [("Lindqvist “the conscience of the chamber.”", "called", "Avery")]),
        ('The commissioner branded the levy "a tax on commuters" and left the room.',
         [('the levy "a tax on commuters"', "branded", "")]),
        # an adjective after the object's noun
        ("Still, she called the board's public feud with the auditors unusual.",
         [("the board's public feud with the auditors unusual", "called", "")]),
        # no complement: a telephone call
        ("She called her office on Tuesday.", []),
    ],
)
def test_attribution_unseen_object_complement(nlp, text, expected):
    assert _indirect(nlp, text) == expected
