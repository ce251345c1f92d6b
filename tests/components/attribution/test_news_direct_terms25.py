"""pipeline_attribution, direct quotes (round 25): "in his words" set off by commas earlier in the sentence
gives the quoted fragment its owner; a quoted term whose cue's subject is "it" or "which" is a quote only
when "it" is a body that speaks, not a document or a thing."""

from __future__ import annotations

import pytest


def _direct(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.speaker, q.source, q.cue) for q in doc._.pipeline_quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the phrase between the subject and its verb
        ("Marta Oyelaran shrugged off the criticism. The reform, in her words, is \u201cslow but not timid\u201d.",
         [("slow but not timid", "Marta Oyelaran", "", "in her words")]),
        # after the subject, the quote in the verb's complement
        ("Tomas Rieder has long argued that a small country can act as a broker. Portugal, in his words, wants "
         "to be \"a quiet neighbour\" rather than a rival of Spain.",
         [("a quiet neighbour", "Tomas Rieder", "", "in his words")]),
        # opening the sentence, owned by a role: the person the text gave it
        ("Foreign Minister Ilse Marquardt has said that trade with Chile is a priority. In the minister's words, "
         "the country seeks \"calm relations with everyone, including its rivals\".",
         [("calm relations with everyone, including its rivals", "Ilse Marquardt", "", "In the minister's words")]),
    ],
)
def test_attribution_direct_parenthetical_words(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" is the review, a document: its terms are no one's words
        ("The review finds that the old planning assumptions no longer hold. It calls for the navy to move "
         "from a \u201cbroad fleet\u201d to a \u201ccoastal fleet\u201d able to guard the straits.",
         []),
        # "it" is the text of an address that nobody is said to speak
        ("The bishop handed the reading of his message to a deacon. The text was anything but timid. Written for "
         "the harvest festival, it called for a \"politics of patience\" and listed the valley's grievances.",
         []),
    ],
)
def test_attribution_direct_thing_terms(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" is the ministry that spoke: still its words
        ("The Interior Ministry condemned the blockade. It added: \"We are ready.\" It called the blockade "
         "\"an act of sabotage\".",
         [("We are ready.", "", "Interior Ministry", "added"),
          ("an act of sabotage", "", "Interior Ministry", "called")]),
    ],
)
def test_attribution_direct_body_terms_kept(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sign's words closed by a comma inside the marks: a statement, kept though "it" is a thing
        ("Hundreds of farmers waited outside the hall. \u201cNo water, no harvest,\u201d it read.",
         [("No water, no harvest", "", "", "read")]),
        # another noun of an utterance: the sentence's own cue and subject decide
        ("The ministry accused Lena Ostrova of bias. In her reply, Ostrova said the ministry had "
         "\u201cmisread every figure\u201d.",
         [("misread every figure", "Lena Ostrova", "", "said")]),
    ],
)
def test_attribution_direct_not_terms(nlp, text, expected):
    assert _direct(nlp, text) == expected
