"""pipeline_attribution, reported speech (round 17): a subject of two people joined by "nor" is its first person
(joined by "and", one group source as written since round 40), offices joined by "and" before one name are that
person; a "he"/"she" continues a person introduced in apposition to a subject noun; a trailing attribution to a
noun modified by a name is the noun's (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _indirect(nlp, text):
    return [(q.text, q.cue, q.speaker, q.source) for q in nlp(text)._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both Bolton and Gorka saw the attack as a sign of strategic disarray.",
         [("the attack as a sign of strategic disarray", "saw", "", "Both Bolton and Gorka")]),
        ("Neither Cruz nor Christie acknowledged the efforts of the administration.",
         [("the efforts of the administration", "acknowledged", "Cruz", "")]),
    ],
)
def test_indirect_pair_of_people(nlp, text, expected):
    """A pair joined by "and" is one group source as written, as PolNeAR keeps it (round 40: +37 right attributed
    indirect rows on the PolNeAR check half, none lost on the writers' sets, whose gold names one person of a pair;
    round 17's group rule had cost a confirm set); "neither ... nor" stays its first person."""
    assert _indirect(nlp, text) == expected


def test_direct_pair_of_people_is_its_first_person(nlp):
    doc = nlp("“We will win,” Smith and Jones said.")
    quotes = [(q.kind, q.text, q.speaker, q.source) for q in doc._.pipeline_quotes]
    assert quotes == [("direct", "We will win", "Smith", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malawi's foreign minister, Peter Banda, said the deal was ready. His counterpart, Foreign Minister "
         "Carlos Macuva, was more cautious. The waterway, he said, could only move forward after studies.",
         [("the deal was ready", "said", "Peter Banda", ""),
          ("The waterway, he said, could only move forward after studies", "said", "Carlos Macuva", "")]),
        ("Analyst Fatima Noor said the plan was running late. Another analyst, Yousef Hamdan, was blunter. "
         "Without reform of wages, he warned, the targets would be missed.",
         [("the plan was running late", "said", "Fatima Noor", ""),
          ("Without reform of wages, he warned, the targets would be missed", "warned", "Yousef Hamdan", "")]),
    ],
)
def test_indirect_pronoun_continues_a_subject_named_in_apposition(nlp, text, expected):
    assert _indirect(nlp, text) == expected


def test_indirect_trailing_attribution_to_a_noun_a_name_modifies(nlp):
    text = "But ignoring the progress of the last decade also carries risks, as Clinton supporters point out."
    assert _indirect(nlp, text) == [
        ("But ignoring the progress of the last decade also carries risks", "point out", "", "Clinton supporters")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # offices joined by "and" before one name are that person, not a group
        ("Former prosecutor and Springfield City Mayor Ralph Dunmore said the plan would fail.",
         [("the plan would fail", "said", "Ralph Dunmore", "")]),
        ("Republican presidential contender and former neurosurgeon Ben Carson responded on Sunday to accusations "
         "that he exaggerated his life story.",
         [("accusations that he exaggerated his life story", "responded on Sunday to", "Ben Carson", "")]),
        # a pair of named people: one group source from the first name to the last one's head (round 40), not a
        # phrase the parser hung on it
        ("Reps. Chris Collins (R-N.Y.) and Duncan Hunter (R-Calif.) on Wednesday endorsed the plan.",
         [("the plan", "endorsed", "", "Reps. Chris Collins (R-N.Y.) and Duncan Hunter")]),
    ],
)
def test_indirect_coordinated_titles_and_group_ends(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "his" names a person the way "he" does
        ("Right afterward, Senator Ted Cruz talked up his plans to force undocumented immigrants out.",
         [("to force undocumented immigrants out", "plans", "Ted Cruz", "")]),
        # the "by" phrase of a participle asks, not the main clause's subject
        ("Asked by Stephanopoulos to respond to the criticism, Carson said the attacks were unfair.",
         [("to respond to the criticism", "Asked", "Stephanopoulos", ""),
          ("the attacks were unfair", "said", "Carson", "")]),
    ],
)
def test_indirect_possessive_and_agent_sources(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun phrase the parser hung on the cue as a conjunct goes on with the content
        ("Bush is reflecting on lessons from his parents death in 1987 and his short-lived campaign in 1999.",
         [("lessons from his parents death in 1987 and his short-lived campaign in 1999", "reflecting on", "Bush",
           "")]),
        # without the clause that conjunct carries, which is a report of its own
        ("The chairman called for a voice vote, and then a visual vote, declaring after both that the request was "
         "denied.",
         [("a voice vote, and then a visual vote", "called for", "", "chairman"),
          ("the request was denied", "declaring", "", "chairman")]),
        # not a verb the tagger took for a plural noun
        ("Putin chides Turkey and praises Russia.",
         [("Turkey", "chides", "Putin", ""), ("Russia", "praises", "Putin", "")]),
    ],
)
def test_indirect_object_runs_over_a_stray_conjunct(nlp, text, expected):
    assert _indirect(nlp, text) == expected
