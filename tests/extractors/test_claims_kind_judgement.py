"""Claims: with no cue of kind, a reported speaker's statement of how things are (present, or shifted back to the
past by the report) is their judgement, and so is the writer's own sentence that predicates a quality of its
subject; figures, classifying adjectives, narration and what a document holds stay facts."""

from __future__ import annotations

import pytest

from pipeline.extractors.claims import claims

pytestmark = pytest.mark.usefixtures("without_kind_model")  # the rules' kinds, no learned model


def _kinds(nlp, text):
    return [(c.text, c.kind, c.kind_cue) for c in claims(nlp(text))]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # reported speech, present kept
        ("Karl Meyer, who runs the ferry company, said the new rules are a step backwards for small operators.",
         [("the new rules are a step backwards for small operators", "opinion", "are")]),
        # reported speech, the present shifted back to "were"
        ("The mayor, Helen Ward, said the town's finances were sound.",
         [("the town's finances were sound", "opinion", "were")]),
        # the writer's own sentence predicating a quality
        ("Progress on the new container port has been uneven.",
         [("Progress on the new container port has been uneven", "opinion", "uneven")]),
        ("The chapter on external relations is shorter but more concrete than the rest of the plan.",
         [("The chapter on external relations is shorter but more concrete than the rest of the plan",
           "opinion", "shorter")]),
    ],
)
def test_statement_of_how_things_are_is_opinion(nlp, text, rows):
    assert _kinds(nlp, text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # reported narration of what happened
        ("The mayor, Helen Ward, said the council had closed the library in March.",
         [("the council had closed the library in March", "fact", "")]),
        # what a part of a document holds
        ("The harbour master, Piet Claes, said the second chapter of the strategy is about the coast.",
         [("the second chapter of the strategy is about the coast", "fact", "")]),
        # a checkable state after a copula
        ("One of the two boats was unable to deliver its cargo of food and fuel.",
         [("One of the two boats was unable to deliver its cargo of food and fuel", "fact", "")]),
        ("The harbour master, Piet Claes, said the ministry was responsible for the delay.",
         [("the ministry was responsible for the delay", "fact", "")]),
        # a classifying adjective describes
        ("The plan's headline goal is fiscal.",
         [("The plan's headline goal is fiscal", "fact", "")]),
        # a figure to check
        ("Exports of wine to the region were worth about 2 billion dollars in 2020.",
         [("Exports of wine to the region were worth about 2 billion dollars in 2020", "fact", "")]),
    ],
)
def test_narration_documents_and_figures_stay_facts(nlp, text, rows):
    assert _kinds(nlp, text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "too" grading an adjective measures against what should be
        ("The review gave too much weight to climate and too little to defence.",
         [("The review gave too much weight to climate and too little to defence", "opinion", "too much")]),
        # an attitude participle after "be"
        ("Not every member of the council was convinced by the plan.",
         [("Not every member of the council was convinced by the plan", "opinion", "convinced")]),
        # "too" meaning "also", a passive of an event: facts
        ("Ankara, too, objected to the new tariffs in March.",
         [("Ankara, too, objected to the new tariffs in March", "fact", "")]),
        ("The plan was approved by the council in March.",
         [("The plan was approved by the council in March", "fact", "")]),
    ],
)
def test_excess_and_attitude_participles(nlp, text, rows):
    assert _kinds(nlp, text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # an intention told as past or denied is a fact about what was intended
        ("The council has so far not committed to building the new cycle lane.",
         [("The council has so far not committed to building the new cycle lane", "fact", "")]),
        ("Earlier governments had promised the same reforms without delivering them.",
         [("Earlier governments had promised the same reforms without delivering them", "fact", "")]),
        # a present intention stays a prediction
        ("The ministry intends to open two new embassies in West Africa next year.",
         [("The ministry intends to open two new embassies in West Africa next year", "prediction", "intends")]),
    ],
)
def test_past_or_denied_intentions_are_facts(nlp, text, rows):
    assert _kinds(nlp, text) == rows


def test_introduction_of_a_participant_is_no_claim(nlp):
    text = ("Martina Eder is a researcher at the Institute for Security Policy in Vienna. "
            "She said the talks were difficult.")
    assert _kinds(nlp, text) == [("the talks were difficult", "opinion", "difficult")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Farmers' unions criticised the ministry for delaying the subsidy payments.",
         [("Farmers' unions criticised the ministry for delaying the subsidy payments", "opinion", "criticised")]),
        ("Several economists dismissed the budget as timid.",
         [("Several economists dismissed the budget as timid", "opinion", "dismissed")]),
        ("The opposition accused the cabinet of hiding the real costs of the bridge.",
         [("The opposition accused the cabinet of hiding the real costs of the bridge", "opinion", "accused")]),
        # a document describing is what the text says: a fact
        ("The white paper describes the alliance as the basis of national defence.",
         [("The white paper describes the alliance as the basis of national defence", "fact", "")]),
    ],
)
def test_writers_report_of_a_stance_is_opinion(nlp, text, rows):
    assert _kinds(nlp, text) == rows
