"""pipeline_attribution on news lines: a sentence-final abbreviation stays in the statement, an
attribution inside its statement keeps what follows it, and an unnamed role or organization is the source."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fire department said crews were called to the warehouse at 3 a.m.\n\nNo one was hurt.",
         [("crews were called to the warehouse at 3 a.m.", "said", "", "fire department")]),
        ("The airline said the flight landed safely at 4:30 p.m.\n\nNo one was hurt.",
         [("the flight landed safely at 4:30 p.m.", "said", "", "airline")]),
    ],
)
def test_attribution_sentence_final_abbreviation(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There is no risk of flooding this year, engineers in both towns insist, because the new "
         "levees have held.",
         [("There is no risk of flooding this year, engineers in both towns insist, because the new "
           "levees have held", "insist", "", "engineers")]),
        # a participle or a quotation after the attribution: the part before it alone
        ("The harvest is late, the minister said, adding that prices would rise.",
         [("The harvest is late", "said", "", "minister"), ("prices would rise", "adding", "", "minister")]),
    ],
)
def test_attribution_interrupting_attribution_keeps_the_rest(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role with no person named before it: the role is the source, as "a spokesperson" is
        ("The mayor said the city had asked the province for more money.",
         [("the city had asked the province for more money", "said", "", "mayor")]),
        ("The city had asked the province for more money, a spokesperson said.",
         [("The city had asked the province for more money", "said", "", "a spokesperson")]),
        # an organization named with an acronym or an organization word
        ("Kelowna SPCA said the dogs were in good health.",
         [("the dogs were in good health", "said", "", "Kelowna SPCA")]),
        ("Northern Health says the clinic will reopen in June.",
         [("the clinic will reopen in June", "says", "", "Northern Health")]),
        # a quantity of a group: the group with its "of"/"in" phrase ("Others say" names nobody)
        ("Many in the crowd said the senator was the only candidate they trusted.",
         [("the senator was the only candidate they trusted", "said", "", "Many in the crowd")]),
        ("In Ohio, 62% of farmers said the tariffs had hurt them.",
         [("the tariffs had hurt them", "said", "", "62% of farmers")]),
        ("Others say this is just a rough patch.", [("this is just a rough patch", "say", "", "Others")]),
    ],
)
def test_attribution_unnamed_sources(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser gives the verb a second subject, the state after a fronted phrase: the person speaks
        ('Speaking at a town hall event in Salem, New Hampshire, Kasich went after Walker, calling him '
         '"a lightweight."',
         [('him "a lightweight."', "calling", "Kasich", "")]),
        # a generation ("III") is no acronym: the person stays the speaker
        ("Robert Hale III said the vote had been rigged.",
         [("the vote had been rigged", "said", "Robert Hale III", "")]),
    ],
)
def test_attribution_subject_is_the_speaker(nlp, text, expected):
    assert _rows(nlp, text) == expected
