"""pipeline_policy, round 34: goal sentences in a modal or future passive ("will be prioritised", "has to be
extended", "is sought"), a goal item that runs over a series of nouns ("from A, B and C"), and a goal clause reported
by the document ("The strategy says the navy is to be ..."). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..policy_flags import policy_rows

OPENING = "Norway adopted its new Coastal Strategy in 2021. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    (OPENING + "Under the strategy, research cooperation with Iceland is to be expanded, and joint projects with "
     "Denmark and Finland on Arctic shipping will be prioritised.",
     [("NOR", "Iceland", "ISL", "research cooperation with Iceland is to be expanded"),
      ("NOR", "Denmark", "DNK", "joint projects on Arctic shipping"),
      ("NOR", "Finland", "FIN", "joint projects on Arctic shipping")]),
    (OPENING + "Under the strategy, building contracts are to be offered first to companies from Poland, Germany "
     "and Spain.",
     [("NOR", p, c, "building contracts are to be offered first to companies from Poland, Germany and Spain")
      for p, c in (("Poland", "POL"), ("Germany", "DEU"), ("Spain", "ESP"))]),
    (OPENING + "The strategy says investment from Japan is sought for the fishing sector.",
     [("NOR", "Japan", "JPN", "investment from Japan is sought for the fishing sector")]),
    (OPENING + "The strategy says the harbour walls of Bergen have to be extended, and fish farming is a core "
     "objective.",
     [("NOR", "", "", "extension of harbour walls of Bergen"), ("NOR", "", "", "fish farming")]),
])
def test_policy_round34_goal_sentences(nlp, text, expected):
    """Each goal clause of the sentence is an item; the partners of a series after the cue all count."""
    assert policy_rows(nlp(text)) == expected


@pytest.mark.model
def test_policy_round34_goal_not_event(nlp):
    """"will be presented / discussed": an event of the document, no goal."""
    doc = nlp(OPENING + "The strategy will be presented to parliament in May.")
    assert policy_rows(doc) == []
