"""pipeline_attribution, reported speech (round 15): what restates a document or a source's request
about its own naming is no indirect quote (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _indirect(nlp, text):
    return [(q.text, q.cue, q.speaker or q.source) for q in nlp(text)._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "The strategy pledges …" the agentless passive restates the document
        ("The strategy pledges closer ties with the Nordic states. Iceland is described as a key partner "
         "in the north.",
         []),
        # the same passive with nobody's document before it stays a report by nobody named
        ("The mayor spoke for an hour. The new bridge is described as a model for the region.",
         [("The new bridge is described as a model for the region", "is described as", "")]),
        # a state's aim in the document's voice: the document's aim, not a statement
        ("The paper sets out four goals for the decade. The country aims to double its exports by 2030.",
         []),
        # "wants" also takes a clause: the government's aim in the document's voice is the document's
        ("The paper sets out four goals for the decade. The government wants the union to fund more rail "
         "links.",
         []),
        # "…, it says, …" inside a document's stretch is the document speaking
        ("The strategy calls for more submarines. The alliance, it says, remains central to the plan.",
         []),
        # a person's words in the same stretch stay
        ("The strategy pledges closer ties with the Nordic states. Minister Ana Reis said the goals were "
         "realistic.",
         [("the goals were realistic", "said", "Ana Reis")]),
    ],
)
def test_indirect_document_voice(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A nurse at the clinic, who asked not to be named, said staff had not been paid since May.",
         [("staff had not been paid since May", "said", "A nurse")]),
        ("One parent, who did not want her name published, said the school had ignored the complaints.",
         [("the school had ignored the complaints", "said", "One parent")]),
        ("The driver declined to be identified.", []),
    ],
)
def test_indirect_own_naming(nlp, text, expected):
    assert _indirect(nlp, text) == expected


def test_indirect_contrasted_fear(nlp):
    """A closing "…, though some feared …" is another source's report, not the first statement's end; since round
    40 "some" is that report's source as written (quantifier sources: "Others say …", "Some feared …")."""
    text = ("In the old town, shop owners said trade had picked up this month, though some feared the summer "
            "would be slow.")
    assert _indirect(nlp, text) == [("trade had picked up this month", "said", "shop owners"),
                                    ("the summer would be slow", "feared", "some")]
