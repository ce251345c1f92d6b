"""Claims: kind (recommendation > prediction > opinion > fact) and hedge, each with the words that decided it."""

from __future__ import annotations

import pytest

from pipeline.extractors.claims import claims

pytestmark = pytest.mark.usefixtures("without_kind_model")  # the rules' kinds, no learned model


def _labels(nlp, text):
    return [(c.claimant, c.text, c.kind, c.kind_cue, c.hedge) for c in claims(nlp(text))]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # recommendation: deontic modals and constructions
        ("Tajikistan should open its border crossings to Afghan traders, the analyst Farrukh Salimov said.",
         [("Farrukh Salimov", "Tajikistan should open its border crossings to Afghan traders", "recommendation",
           "should", "")]),
        ("The ministry must publish the new water code before the end of the year.",
         [("", "The ministry must publish the new water code before the end of the year", "recommendation",
           "must", "")]),
        # prediction: future, scheduled future, intention
        ("The Eurasian Development Bank expects that transit volumes will double by 2030.",
         [("Eurasian Development Bank", "transit volumes will double by 2030", "prediction", "will", "")]),
        ("Under the strategy, Uzbekistan is to build three new power plants.",
         [("", "Under the strategy, Uzbekistan is to build three new power plants", "prediction", "is to", "")]),
        ("Kazakhstan intends to expand its grain exports to China.",
         [("", "Kazakhstan intends to expand its grain exports to China", "prediction", "intends", "")]),
        # opinion: stance and causal verbs, evaluative words said of something
        ("Dilnoza Karimova believes that the sanctions regime has led to new trade routes through Central Asia.",
         [("Dilnoza Karimova", "the sanctions regime has led to new trade routes through Central Asia", "opinion",
           "led to", "")]),
        ("The reform ended in complete failure, Bakhyt Omarov argued.",
         [("Bakhyt Omarov", "The reform ended in complete failure", "opinion", "failure", "")]),
        # fact: events, decisions, figures
        ("Kyrgyzstan joined the Eurasian Economic Union in August 2015.",
         [("", "Kyrgyzstan joined the Eurasian Economic Union in August 2015", "fact", "", "")]),
        ("Turkmenistan exported 31 billion cubic metres of gas to China in 2022.",
         [("", "Turkmenistan exported 31 billion cubic metres of gas to China in 2022", "fact", "", "")]),
    ],
)
def test_claims_kind_and_its_cue(nlp, text: str, rows: list[tuple]):
    assert _labels(nlp, text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # epistemic modal (a possibility is a prediction)
        ("The talks may resume in the spring, according to Timur Abenov.",
         [("Timur Abenov", "The talks may resume in the spring", "prediction", "may", "may")]),
        # epistemic adverb (the future decides the kind)
        ("Relations between Moscow and Astana will probably improve after the summit.",
         [("", "Relations between Moscow and Astana will probably improve after the summit", "prediction", "will",
           "probably")]),
        # odds
        ("The chances of a new agreement are 50/50, Murat Bekov said.",
         [("Murat Bekov", "The chances of a new agreement are 50/50", "opinion", "50/50", "50/50")]),
        # "it seems"
        ("It seems that the government has abandoned the plan.",
         [("", "It seems that the government has abandoned the plan", "opinion", "It seems", "It seems")]),
        # epistemic "can" before a verb of happening
        ("Tensions can escalate quickly in the Fergana Valley.",
         [("", "Tensions can escalate quickly in the Fergana Valley", "prediction", "can escalate",
           "can escalate")]),
    ],
)
def test_claims_hedges(nlp, text: str, rows: list[tuple]):
    assert _labels(nlp, text) == rows


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        ("The coalition is capable of passing its own budget, Timur Abenov said.", "opinion", "capable"),
        ("The government could not pay its debts in 2019.", "fact", ""),  # inability: no hedge
        ("The declaration expresses the hope that the border will stay open.", "opinion", "hope"),  # no prediction
        ("Kazakhstan signed a significant agreement with Russia in 2020.", "fact", ""),  # attributive adjective
    ],
)
def test_claims_kind_boundaries(nlp, text: str, kind: str, cue: str):
    [row] = claims(nlp(text))
    assert (row.kind, row.kind_cue, row.hedge) == (kind, cue, "")
