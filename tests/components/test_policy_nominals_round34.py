"""pipeline_policy, round 34: the relation of a goal sentence is the noun of its verb and the subject ("the navy is
to be modernised" -> "modernisation of navy"; nominals.tsv and suffix rules). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.components.policy.lexicon import PolicyLexicon

from ..policy_flags import policy_rows

OPENING = "Norway adopted its new Coastal Strategy in 2021. "


def test_policy_round34_nominals_read():
    """The lexicon reads the verbs and the nouns of their action."""
    nouns = PolicyLexicon.from_dir().action_nouns
    assert nouns["expand"] == "expansion" and nouns["phase out"] == "phase-out"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    (OPENING + "Under the strategy, the armed forces are to be modernised.", "modernisation of armed forces"),
    (OPENING + "Under the strategy, exports must be diversified into seafood, timber and software.",
     "diversification of exports into seafood, timber and software"),
    (OPENING + "The strategy says coal power is to be phased out by 2030.", "phase-out of coal power by 2030"),
    (OPENING + "Under the strategy, fish stocks will be protected.", "protection of fish stocks"),
    (OPENING + "Under the strategy, the harbour of Bergen is to be widened.", "widening of harbour of Bergen"),
])
def test_policy_round34_goal_relation(nlp, text, expected):
    """One item without partner, its relation the noun of the goal's verb, then the subject and what follows."""
    assert policy_rows(nlp(text)) == [("NOR", "", "", expected)]


@pytest.mark.model
def test_policy_round34_goal_relation_with_partner(nlp):
    """A goal with a partner keeps the relation it had (the relation phrase before "with")."""
    doc = nlp(OPENING + "Under the strategy, research cooperation with Iceland is to be expanded.")
    assert policy_rows(doc) == [("NOR", "Iceland", "ISL", "research cooperation with Iceland is to be expanded")]
