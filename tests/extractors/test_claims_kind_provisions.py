"""Claims: cues that look like a judgement but are not one. The writer's account of what a text ranks first
("another key task", "the cornerstone of its security") reports its priorities, a fact; a linking verb without
what it predicates ("does not appear among the partners"), "meant to" of purpose, a verb of evidence with a noun
phrase ("readings showed high levels") and "since" of time decide nothing. A plan that "envisages" something
and "ready to" are predictions; "the goal is to" in the writer's account of a text, and a modal inside an
embedded question ("how the targets would be financed"), are not."""

from __future__ import annotations

import pytest

from pipeline.extractors.claims import claims

pytestmark = pytest.mark.usefixtures("without_kind_model")  # the rules' kinds, no learned model


def _kinds(nlp, text):
    return [(c.kind, c.kind_cue) for c in claims(nlp(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The strategy lists cyber defence as another key task.",
        "Membership of the alliance remains the cornerstone of Latvian security.",
        "Trade with the Gulf is presented as an opportunity for the port of Aqaba.",
        "Fisheries are central to the plan.",
        "Rural roads are treated as a precondition for the agricultural targets.",
        "The programme names ports, above all the new terminal at Lobito, among its investments.",
    ],
)
def test_writer_reporting_priorities_is_fact(nlp, text):
    assert _kinds(nlp, text) == [("fact", "")]


def test_speaker_treating_as_is_opinion(nlp):
    assert _kinds(nlp, '"Our farmers are treated as an afterthought," the mayor said.') == [("opinion", "treated as")]


def test_speaker_ranking_is_opinion(nlp):
    assert _kinds(nlp, '"The bridge is a key link for the whole valley," the mayor said.') == [("opinion", "key")]


@pytest.mark.parametrize(
    "text",
    [
        "Portugal does not appear among the plan's partners.",
        "The programme, meant to carry the country to 2030, was adopted by parliament in May.",
        "Early readings showed high levels of dust near the quarry.",
        "Car use in the city has doubled since the tunnel opened in 2019.",
    ],
)
def test_cue_without_its_stance_is_fact(nlp, text):
    assert _kinds(nlp, text) == [("fact", "")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The new budget appears fragile.", "appears"),
        ("The strike showed how stretched the hospital had become.", "showed"),
        ("The ranking is natural, since the city has been a banking centre for decades.", "since"),
    ],
)
def test_cue_with_its_stance_is_opinion(nlp, text, cue):
    assert _kinds(nlp, text) == [("opinion", cue)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("The plan envisages a new container port at Lamu.", [("prediction", "envisages")]),
        ("The plan envisages the lake as a resource shared by three countries.", [("fact", "")]),
        ("Construction of the bridge is to begin in June.", [("prediction", "is to")]),
        ("The plan's overall goal is to double exports of processed food.", [("fact", "")]),
        ('"Our aim is to close the negotiations by 2028," the minister said.', [("prediction", "is to")]),
        ("Economists said the plan gave few details on how the targets would be financed.", [("fact", "")]),
    ],
)
def test_plans_and_goals(nlp, text, rows):
    assert _kinds(nlp, text) == rows


def test_ready_to_is_prediction(nlp):
    rows = claims(nlp("Foreign Minister Margus Tamm said that Estonia was ready to send experts to Riga."))
    assert [(c.text, c.kind, c.kind_cue) for c in rows] == [
        ("Estonia was ready to send experts to Riga", "prediction", "ready to")]
