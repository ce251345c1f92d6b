"""pipeline_policy, round 35: the priority items. A noun's own action before its "with" ("data sharing with A and B")
keeps its partners; members a group noun names inside an item ("major powers, meaning A and B"); a relation's topic
after its partners ("cooperation with A on B"); the cues "bets on", "pins its hopes on", "a close second" and "wants X
raised". Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.components.policy.lexicon import PolicyLexicon

from ..policy_flags import policy_rows

OPENING = "Norway adopted its new Coastal Strategy in 2021. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Data sharing with Sweden and Denmark should be intensified.",
     [("NOR", "Sweden", "SWE", "Data sharing"), ("NOR", "Denmark", "DNK", "Data sharing")]),
    ("The strategy wants cooperation with major powers, meaning the US and China, deepened.",
     [("NOR", "US", "USA", "cooperation"), ("NOR", "China", "CHN", "cooperation")]),
    ("The strategy wants to deepen its cooperation with Japan and Australia on maritime surveillance and disaster "
     "response.",
     [("NOR", p, c, "deepen its cooperation on maritime surveillance and disaster response")
      for p, c in (("Japan", "JPN"), ("Australia", "AUS"))]),
])
def test_pol_round35_partners(nlp, text, expected):
    """The partners of an item whose "with" follows a noun's action or a group the text names the members of; the
    topic after the partners stays in the relation."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The strategy identifies climate adaptation and girls' education as cross-cutting priorities.",
     ["climate adaptation and girls' education"]),
    ("It also stresses food and energy security.", ["food and energy security"]),
    ("The strategy bets on hydrogen ferries and on offshore wind.", ["hydrogen ferries", "offshore wind"]),
    ("The government pins its hopes on carbon capture.", ["carbon capture"]),
    ("Digital skills are a close second.", ["Digital skills"]),
    ("It wants the quality of human resources raised, and it gives high priority to resolving the country's "
     "economic and financial difficulties.",
     ["quality of human resources raised", "resolving economic and financial difficulties"]),
    ("The strategy wants the reforms that were approved to work.", []),
    ("Abroad, the plan leans on old friends, and its members wanted joint infrastructure and a shared passport.", []),
])
def test_pol_round35_domestic_items(nlp, text, expected):
    """Domestic items: a pair of noun phrases the parse coordinates stays one item; the new cues read their
    objects."""
    assert policy_rows(nlp(OPENING + text)) == [("NOR", "", "", r) for r in expected]


def test_pol_round35_cues_are_data():
    """The new cues are rows of priority_cues.tsv."""
    patterns = [c.regex for c in PolicyLexicon.from_dir().priority_cues.cues]
    assert any("close (?:second|third)" in p for p in patterns)
    assert any("(?:bets|betting|pins|pinned|pinning)" in p for p in patterns)
