"""pipeline_attribution, reported speech (round 19): a wish conjoined after a reported clause stays in it; a
genre's label before a headline's colon names no source; a state's, a government's or a policy's aims are no
statements (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _indirect(nlp, text):
    return [(q.text, q.cue, q.speaker, q.source) for q in nlp(text)._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bakery said it employed 80 people in the valley and wanted their families to stay there.",
         [("it employed 80 people in the valley and wanted their families to stay there", "said", "", "bakery")]),
        ("Ana Ruiz said the town was watching the river closely and hoped that the dam would hold.",
         [("the town was watching the river closely and hoped that the dam would hold", "said", "Ana Ruiz", "")]),
    ],
)
def test_indirect_wish_conjoined_after_the_clause_stays_in_it(nlp, text, expected):
    """"want", "wish" and "hope" (lemma "hop") are states of mind, not the speaker's second act of saying."""
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Explainer: What the New Harbour Plan Wants From the City\n\nThe harbour plan was published on Monday.",
        "Op-ed: A Small Town and What It Wants From the Region\n\nThe region has grown fast.",
    ],
)
def test_indirect_genre_label_before_a_headline_colon_names_no_source(nlp, text):
    assert _indirect(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Malta wants the Security Council to treat rising seas as a threat to peace.",
        "The government aims to raise household income by a third before 2030.",
        "The fourth pillar seeks to strengthen the management of public finances.",
    ],
)
def test_indirect_aim_of_a_state_or_policy_is_no_statement(nlp, text):
    assert _indirect(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The campaign plans to target voters in the northern counties.",
         [("to target voters in the northern counties", "plans", "", "campaign")]),
        ("The government hopes that the talks will resume in the spring.",
         [("the talks will resume in the spring", "hopes", "", "government")]),
        ("Rabuka wants closer ties with Washington.",
         [("closer ties with Washington", "wants", "Rabuka", "")]),
    ],
)
def test_indirect_other_wishes_stay(nlp, text, expected):
    """A party's or a campaign's plans, a hope with its own clause and a person's wishes are reported."""
    assert _indirect(nlp, text) == expected
