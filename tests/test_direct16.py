"""pipeline_attribution, direct quotes (round 16): display lines that repeat a quote, what a written text
shows ("the sign read"), an organization or an utterance noun introducing a quote, a misplaced closing mark,
a participle that names a noun (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _direct(nlp, text):
    return [(q.text, q.cue, q.speaker or q.source) for q in nlp(text)._.pipeline_quotes if q.kind == "direct"]


def test_display_line_repeating_a_quote(nlp):
    """A quotation alone on its line that the body repeats with its attribution is one statement."""
    text = ("'We will open the clinic in May.'\n\nThe council met on Tuesday. \"We will open the clinic in May,\" "
            "said Nora Vance, the head of the health board.")
    assert _direct(nlp, text) == [("We will open the clinic in May", "said", "Nora Vance")]


def test_display_line_alone_stays(nlp):
    """Without a repeat in the body the line stays a statement of nobody named."""
    text = "'We will open the clinic in May.'\n\nThe council met on Tuesday to discuss the budget."
    assert _direct(nlp, text) == [("We will open the clinic in May.", "", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fans flew banners over the stadium. One banner read \"refund.us,\" a website linked to a group called "
         "the \"Fair Fans Trust.\"",
         [("refund.us", "read", "One banner")]),
        ("\"There are snails with more backbone than this council,\" reads a Monday editorial in The Valley "
         "Herald.",
         [("There are snails with more backbone than this council", "reads", "a Monday editorial")]),
        ("The council's newsletter reads: \"All permits will be issued within a week of the request.\"",
         [("All permits will be issued within a week of the request.", "reads", "council's newsletter")]),
        ("Anna Berg looked at the results. \"Voters are tired of promises,\" she surmised.",
         [("Voters are tired of promises", "surmised", "Anna Berg")]),
        # a title a person reads is no quote
        ("She read \"The Old Man and the Sea\" twice last summer.", []),
    ],
)
def test_written_text_and_new_cues(nlp, text, expected):
    assert _direct(nlp, text) == expected


def test_organization_closing_a_colon(nlp):
    text = ("Despite the appeal, the County Election Board was firm in its ruling: "
            "\"No further ballots will be counted.\"")
    assert _direct(nlp, text) == [("No further ballots will be counted.", "was", "County Election Board")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Berg heard the news at dawn. Her reply was short: \"We will rebuild.\"",
         [("We will rebuild.", "reply", "Anna Berg")]),
        ("Anna Berg heard the news at dawn. In her words, \"nothing will stop this town.\"",
         [("nothing will stop this town.", "In her words", "Anna Berg")]),
        ("Aides say she will back the plan. From Moreau's Facebook post: \"We must move on and build the bridge "
         "together, or we will lose the vote.\"",
         [("We must move on and build the bridge together, or we will lose the vote.", "post", "Moreau")]),
        # a noun nobody owns names no speaker
        ("The plan has many critics. The main question: \"Who will pay for it?\"",
         [("Who will pay for it?", "", "")]),
    ],
)
def test_utterance_noun_owner(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“The plan works for her here,“ said Jim Bole, a state senator.",
         [("The plan works for her here", "said", "Jim Bole")]),
        # two fragments the request governs, each its own quote
        ("Officials asked for an “early review“ of the pipes and a “monitoring system” for the city.",
         [("early review", "asked", "Officials"), ("monitoring system", "asked", "Officials")]),
    ],
)
def test_misplaced_closing_mark(nlp, text, expected):
    assert _direct(nlp, text) == expected


def test_misplaced_closing_mark_spans():
    from pipeline.components.attribution.marks import quoted_spans

    text = "Officials asked for an “early review“ of the pipes and a “monitoring system” for the city."
    assert [text[q.start:q.end] for q in quoted_spans(text)] == ["early review", "monitoring system"]
    nested = "“She told me “never” and left,” he said."
    assert [nested[q.start:q.end] for q in quoted_spans(nested)] == ["She told me “never"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\"We will appeal,\" the statement released by the club said.",
         [("We will appeal", "said", "statement")]),
        ("\"The vote was rigged,\" a letter signed by forty residents claimed.",
         [("The vote was rigged", "claimed", "a letter")]),
    ],
)
def test_participle_naming_a_noun(nlp, text, expected):
    assert _direct(nlp, text) == expected
