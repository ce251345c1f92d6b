"""pipeline_attribution: who speaks a direct quote in news constructions the cue verb alone does not give
(a fragment that names what the cue right before it names, the agent of a passive cue, a name before
an auxiliary and an aside, a clause of saying that "as" opens before a colon, a signature paragraph
after the quotation, a possessive before a quoted fragment and a noun of saying, a comma that sets off
a statement after a clause with a person as its subject)."""

from __future__ import annotations

import pytest


def _direct(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fragment is the object predicate of "called": its subject's words, not the sentence's verb
        ("In 2009, under what Mr. Oliver Brandt called ''the old pricing model,'' the Harbor Point Golf Club, "
         "a private course north of the city, charged a $90,000 initiation fee.",
         [("the old pricing model", "Oliver Brandt", "")]),
        # the agent of a passive cue
        ("This habit of the agency has been called \"calculated vagueness\" by Miriam Castell, a historian at "
         "Tulane University, and it frustrates the auditors.",
         [("calculated vagueness", "Miriam Castell", "")]),
    ],
)
def test_attribution_direct_called_fragment(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser leaves "had said" without a subject: the name before the aside and the auxiliary
        ("Mayor Paul Garrow spoke first. The dispute began Friday after Mr. Garrow, asked about the layoffs at "
         "the plant, had said, ''I think the company owes nobody an apology.''",
         [("I think the company owes nobody an apology.", "Paul Garrow", "")]),
    ],
)
def test_attribution_direct_name_before_auxiliary(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as X observed" in the sentence a colon closes, the quote in the same paragraph
        ("Rand Holt spoke first. As Martha Keel, a historian at Yale, observed, the real story was the "
         "audience: \"Nobody left the hall before midnight, and nobody booed.\"",
         [("Nobody left the hall before midnight, and nobody booed.", "Martha Keel", "")]),
        # ... and the quote opening the next paragraph
        ("Rand Holt thinks cutting the deficit matters more than anything.\n\nOf course, as Joel Brisk of the "
         "Valley Review observed, the biggest winner was not on the stage, it was the stage itself:\n\n"
         "\u201cThe clear winner of the night was the network, which ran two lively sessions. The whole field "
         "gained from the chance to show its plans.\u201d",
         [("The clear winner of the night was the network, which ran two lively sessions. The whole field "
           "gained from the chance to show its plans.", "Joel Brisk", "")]),
    ],
)
def test_attribution_direct_as_noted_before_colon(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a digest signs the quotation with a short paragraph: a name and an affiliation
        ("Economists disagree about the next downturn.\n\n\"We will enter the next recession without any "
         "agreement that of course we need a stimulus.\n\nLena Marsh, Institute for Fiscal Studies.\"\n\n"
         "Lawmakers have not answered.",
         [("We will enter the next recession without any agreement that of course we need a stimulus.",
           "Lena Marsh", "")]),
    ],
)
def test_attribution_direct_signature_paragraph(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's possessive before the quoted fragment, a noun of saying after it
        ("Critics recalled Senator Mara Vill\u2019s \u201cno new taxes, not now, not ever\u201d pledge when the "
         "budget passed.",
         [("no new taxes, not now, not ever", "Mara Vill", "")]),
        # a comma sets off a statement that ends the sentence of a clause with a person as its subject
        ("Earlier this week, Senator Ruth Amsel shared her worries with donors at a lunch in Boston, \u201cI do "
         "not know which version of my rival will show up.\u201d",
         [("I do not know which version of my rival will show up.", "Ruth Amsel", "")]),
    ],
)
def test_attribution_direct_possessive_and_comma(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" after a sentence in which one person reports on another: the reporter, the main subject
        ("At the town hall, Governor Paul Ridley insisted that Mark Toller \u201creally is\u201d committed to "
         "the budget. He also talked about the new bridge, saying it will be \u201cas wide as it needs to "
         "be.\u201d",
         [("really is", "Paul Ridley", ""), ("as wide as it needs to be.", "Paul Ridley", "")]),
    ],
)
def test_attribution_direct_pronoun_after_report(nlp, text, expected):
    assert _direct(nlp, text) == expected
