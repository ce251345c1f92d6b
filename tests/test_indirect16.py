"""pipeline_attribution, reported speech (round 16): where the content of a report with a noun-phrase or
infinitive content ends (not at the occasion, place or means that follows it), predicate cues whose object
the parser took for a predicate, and cues of ordering and challenging (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _indirect(nlp, text):
    return [(q.text, q.cue, q.speaker or q.source) for q in nlp(text)._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the occasion after the object is not content ("at a rally", "during a debate", "through", "by")
        ("On Friday, Mayor Ana Reis endorsed Tom Berg at a rally in the old harbour.",
         [("Tom Berg", "endorsed", "Ana Reis")]),
        ("Councillor Lena Holm criticized the budget during a debate on the new library.",
         [("the budget", "criticized", "Lena Holm")]),
        ("Piet Dekker mentioned the harbour plan by name.",
         [("the harbour plan", "mentioned", "Piet Dekker")]),
        # a topic report stops there too
        ("The minister spoke about the harbour plan at a rally to win over voters.",
         [("the harbour plan", "spoke about", "minister")]),
        # an infinitive's content ends before a clause of the circumstances
        ("Senator Maria Olsen refused to answer questions as she left the hall.",
         [("to answer questions", "refused", "Maria Olsen")]),
    ],
)
def test_indirect_content_ends_before_the_occasion(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser took the objects for predicates: "called X “Y”" is still X and its predicate
        ('Piet Dekker called both the mayor and the governor "reckless" and left the room.',
         [('both the mayor and the governor "reckless"', "called", "Piet Dekker")]),
        ("Piet Dekker later called her “second-rate” and walked out.",
         [("her “second-rate”", "called", "Piet Dekker")]),
        # a second noun phrase with no comma is the predicate
        ("Maria Olsen called her late brother her hero.",
         [("her late brother her hero", "called", "Maria Olsen")]),
        # "as …" hung on an adverbial clause is still the predicate of "see"
        ("Many voters stay home because they see their own party as insufficiently committed to its principles.",
         [("their own party as insufficiently committed to its principles", "see", "")]),
    ],
)
def test_indirect_predicate_cues(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A judge ordered the agency to release the records by May.",
         [("the agency to release the records by May", "ordered", "A judge")]),
        ("The union challenged the new rules through a lawsuit.",
         [("the new rules", "challenged", "union")]),
    ],
)
def test_indirect_order_and_challenge(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report inside a relative clause opens with its relative pronoun and holds its cue
        ("The council rejected the bridge plan, which the mayor said would cost too much.",
         [("the bridge plan", "rejected", "council"),
          ("which the mayor said would cost too much", "said", "mayor")]),
        ("The firm hired 30 new staff, which its owner said were needed for the summer.",
         [("which its owner said were needed for the summer", "said", "its owner")]),
    ],
)
def test_indirect_report_in_relative_clause(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's closing comment is not content: a comparison on "be", an appositive told by its own
        # past clause
        ("Councillor Lena Holm said the budget was balanced, as was the case last year.",
         [("the budget was balanced", "said", "Lena Holm")]),
        ("Councillor Lena Holm said the main problem was the new tax, a measure the council has twice delayed.",
         [("the main problem was the new tax", "said", "Lena Holm")]),
        # a conjoined act of saying in the narrating present is the speaker's own act, a report of its own
        ("Mayor Ana Reis says the plan will work and tells the crowd the harbour will reopen in May.",
         [("the plan will work", "says", "Ana Reis"), ("the harbour will reopen in May", "tells", "Ana Reis")]),
    ],
)
def test_indirect_writer_comment_and_own_acts(nlp, text, expected):
    assert _indirect(nlp, text) == expected


def test_relative_report_in_a_documents_voice_is_no_quote(nlp):
    text = ("The doctrine describes cyber attacks as the main danger. It records that incidents rose sharply last "
            "year, which it says has strained the power grid.")
    doc = nlp(text)
    assert [q.text for q in doc._.pipeline_quotes if q.kind == "indirect"] == []
