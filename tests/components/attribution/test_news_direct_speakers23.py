"""pipeline_attribution: direct quotes the round-23 rules drop or leave without a speaker (a headline's
display quotation with no cue; a "he"/"she" that takes up a subject the text brings in without a name)."""

from __future__ import annotations

import pytest


def _direct(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an interview's headline displays a quotation with no cue: no statement of its own
        ("Q&A: \"The harbour will not wait for the next election\"\n\nThe port authority of Kellsbay published "
         "its ten-year plan in March. Its chair, Orla Quinlan, spoke to us about the dredging.", []),
        ("\"We are building a port for our grandchildren\": a harbour master on the new plan\n\nKellsbay's "
         "harbour master, Orla Quinlan, has run the port since 2019.", []),
        # a cued quotation in the headline keeps its speaker
        ("Quinlan says the harbour \"will not wait for the next election\"\n\nThe port authority of Kellsbay "
         "published its plan in March, said Orla Quinlan, its chair.",
         [("will not wait for the next election", "Orla Quinlan", "")]),
        # a quotation opening a first line that ends as a sentence is the lede, not a headline
        ("\"The harbour will not wait for the next election, and neither will we.\" That was the message of "
         "Orla Quinlan, the chair of the port authority, on Monday.\n\nThe plan was published in March.",
         [("The harbour will not wait for the next election, and neither will we.", "", "")]),
    ],
)
def test_attribution_direct_headline_display_quote(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" takes up the unnamed corporal, the last person before it, not the deputy mayor named earlier
        ("\"The harbour needs the new pier before winter,\" said deputy mayor Anke Vossberg.\n\nA corporal "
         "who asked not to be named said the move would be hard on his family. \"I will go, but my "
         "children will miss their school,\" he said.",
         [("The harbour needs the new pier before winter", "Anke Vossberg", ""),
          ("I will go, but my children will miss their school", "", "")]),
        # a person named after the unnamed subject is the one "he" refers to
        ("A corporal who asked not to be named spoke first. Then Colonel Dieter Brandt took the microphone. "
         "\"We will be ready by the spring,\" he said.",
         [("We will be ready by the spring", "Dieter Brandt", "")]),
    ],
)
def test_attribution_direct_pronoun_after_unnamed_subject(nlp, text, expected):
    assert _direct(nlp, text) == expected


def test_attribution_direct_pronoun_after_reported_unnamed_subject(nlp):
    # the unnamed engineer is the subject of what the councillor reports, not of the sentence: "he" is him
    text = ("Councillor Tomas Reyne said an independent engineer would check the pier. \"The families here "
            "deserve an answer,\" he told the meeting.")
    assert _direct(nlp, text) == [("The families here deserve an answer", "Tomas Reyne", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title a verb of titling gives a document is no statement, however long and whatever its case
        ("In March the ministry published a white paper titled \"Harbours for a warmer century: building ports "
         "that outlast the storms\". It sets out ten projects.", []),
        ("The report, entitled \"We cannot wait for the next flood to act\", was sent to the council.", []),
    ],
)
def test_attribution_direct_titled(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case phrase quoted mid-sentence with no cue and no one to say it: a phrase, not a quote
        ("The plan, adopted in 2015, is meant to make the island \"a place where every family can find work, a "
         "home and a doctor\" by 2040.", []),
        # inside a person's reported statement it is that person's
        ("Mayor Anke Vossberg said the plan would make the island \"a place where every family can find work and "
         "a home near the sea\" by 2040.",
         [("a place where every family can find work and a home near the sea", "Anke Vossberg", "")]),
    ],
)
def test_attribution_direct_unowned_phrase(nlp, text, expected):
    assert _direct(nlp, text) == expected
