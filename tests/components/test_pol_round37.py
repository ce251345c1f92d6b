"""pipeline_policy, round 37: priority items in sentences that gave no row. A chain cue (a ranking's later place, a goal
sentence) in any sentence of a paragraph about the document; the ranking verbs in the plural ("top the list") and
"follows as the fourth objective", "fill out the list", "make up the fourth"; a section heading that names the
priorities on a line of its own, then a bulleted or numbered list. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.components.policy.lexicon import PolicyLexicon

from ..policy_flags import policy_rows

OPENING = "Portugal adopted its new Ocean Strategy in 2021. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The drafting took two years. Port modernisation follows as the second objective.",
     ["Port modernisation"]),
    ("Ocean literacy and marine research top the list.", ["Ocean literacy", "marine research"]),
    ("Coastal tourism and shipping fill out the list.", ["Coastal tourism", "shipping"]),
])
def test_pol_round37_rankings(nlp, text, expected):
    """A ranked subject is the item (each of its coordinated noun phrases), also where the sentence before it gives
    none; a plural verb ranks too."""
    assert policy_rows(nlp(OPENING + text)) == [("PRT", "", "", r) for r in expected]


@pytest.mark.model
def test_pol_round37_ranked_partners_give_none(nlp):
    """A ranking whose subject names partners only still gives no row: the text after it says what the document
    wants with them."""
    assert policy_rows(nlp(OPENING + "Spain and Morocco come next.")) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Portugal adopted its new Ocean Strategy in 2021.\n\nWhat the strategy prioritises\n1. Fisheries reform.\n"
     "2. Offshore wind.\n3. Marine research.\n",
     ["Fisheries reform", "Offshore wind", "Marine research"]),
    ("Portugal adopted its new Ocean Strategy in 2021.\n\nThe strategy in brief\n1. It was drafted by the "
     "ministry.\n2. It runs until 2030.\n",
     []),
])
def test_pol_round37_heading_list(nlp, text, expected):
    """A heading naming the priorities opens the list under it; a heading that names none opens no list."""
    assert [r for *_, r in policy_rows(nlp(text))] == expected


def test_pol_round37_cues_are_data():
    """The new cues are rows of priority_cues.tsv."""
    patterns = [c.regex for c in PolicyLexicon.from_dir().priority_cues.cues]
    assert any("topped|headed|top|head|lead" in p for p in patterns)
    assert any("asks for|commits" in p for p in patterns)
