"""pipeline_attribution: verbs of estimating, reporting, requesting, promising and of sharp criticism take
their noun-phrase object as the reported content (object_cues.txt; #14 item 2: PolNeAR's gold keeps them,
e.g. "slammed", "touted", "blasted" in 9 of 10 uses on the tuning half)."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str, str]]:
    doc = nlp(text)
    return [(q.kind, q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The farmer estimated the losses to his herd at 12,000 dollars.",
         [("indirect", "the losses to his herd at 12,000 dollars", "estimated", "", "farmer")]),
        ("The bank reported a quarterly profit of 4.1 billion dollars.",
         [("indirect", "a quarterly profit of 4.1 billion dollars", "reported", "", "bank")]),
        ("The Mercer family requested an independent inquiry into the fire.",
         [("indirect", "an independent inquiry into the fire", "requested", "", "Mercer family")]),
        ("Ortiz promised a new era of cooperation with the provinces.",
         [("indirect", "a new era of cooperation with the provinces", "promised", "Ortiz", "")]),
    ],
)
def test_act_verbs_report_their_object(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator lambasted the administration's handling of the crisis.",
         [("indirect", "the administration's handling of the crisis", "lambasted", "", "senator")]),
        ("The governor rebuffed calls for his resignation.",
         [("indirect", "calls for his resignation", "rebuffed", "", "governor")]),
        ("She castigated the board for its silence on the layoffs.",
         [("indirect", "the board for its silence on the layoffs", "castigated", "", "")]),
    ],
)
def test_criticism_verbs_report_their_object(nlp, text, expected):
    assert _rows(nlp, text) == expected
