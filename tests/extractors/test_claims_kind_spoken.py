"""Claims: a speaker's own words in a direct quote, with no cue of kind, are a judgement when they state in the
present how things are; narration, figures and what an event or document holds stay facts."""

from __future__ import annotations

import pytest

from pipeline.extractors.claims import claims

pytestmark = pytest.mark.usefixtures("without_kind_model")  # the rules' kinds, no learned model


def _kinds(nlp, text):
    return [(c.text, c.kind, c.kind_cue) for c in claims(nlp(text))]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a present-tense statement of how things are: opinion, decided by its predicate
        ("“This library is the heart of our village,” said Moira Banks, who has used it for forty years.",
         [("This library is the heart of our village", "opinion", "is")]),
        ("“Our region is not a bargaining chip,” the foreign minister, Elif Kaya, told reporters.",
         [("Our region is not a bargaining chip", "opinion", "is")]),
    ],
)
def test_spoken_present_statement_is_opinion(nlp, text, rows):
    assert _kinds(nlp, text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # narration of what happened
        ("“We heard two loud bangs and then the lights went out,” said Tom Ridley, who lives nearby.",
         [("We heard two loud bangs and then the lights went out", "fact", "")]),
        ("“Today I have signed the decree on the new water code,” President Aliyev Rustamov said.",
         [("Today I have signed the decree on the new water code", "fact", "")]),
        # a figure to check
        ("“The plant employs 160 people at the height of the season,” said Carla Dunn, the plant manager.",
         [("The plant employs 160 people at the height of the season", "fact", "")]),
        # present, but one of its verbs narrates
        ("“Georgia is now in the customs union, and it has also signed a deal with the EU,” Levan Beridze said.",
         [("Georgia is now in the customs union, and it has also signed a deal with the EU", "fact", "")]),
        # what an event or a document holds
        ("“The main areas include trade, transit and energy,” the deputy minister, Aida Nurova, said.",
         [("The main areas include trade, transit and energy", "fact", "")]),
        # outside a direct quote the default stays a fact
        ("The library is the heart of the village.",
         [("The library is the heart of the village", "fact", "")]),
    ],
)
def test_spoken_narration_and_figures_stay_facts(nlp, text, rows):
    assert _kinds(nlp, text) == rows
