"""Claims: a conditional in a relative clause describes its noun (no forecast), "could" that a limiting word denies
is a judgement (no possibility, no hedge), and a new voice brought in by who they are and how their view compares
is no claim; a reaction to a thing named only ("welcomed the agreement") leaves the writer's sentence
the claim, and a sentence of three words with a verb ("China reacted sharply") is one."""

from __future__ import annotations

import pytest

from ..table_rows import claim_records

pytestmark = pytest.mark.usefixtures("without_kind_model")  # the rules' kinds, no learned model


def _rows(nlp, text):
    return [(c.text, c.kind, c.kind_cue, c.hedge) for c in claim_records(nlp, text)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("The council rejected a plan that would close the northern pier for two years.",
         [("The council rejected a plan that would close the northern pier for two years", "fact", "", "")]),
        ("The mayor signed a lease that would give the fishing cooperative the old ice house.",
         [("The mayor signed a lease that would give the fishing cooperative the old ice house", "fact", "", "")]),
        ("“The ferry would run twice a day in summer,” said Tomas Arce.",
         [("The ferry would run twice a day in summer", "prediction", "would", "")]),
    ],
)
def test_claims_a_conditional_in_a_relative_clause_is_no_forecast(nlp, text, rows):
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("“The harbour could hardly cope with another storm season,” said Tomas Arce.",
         [("The harbour could hardly cope with another storm season", "opinion", "could", "")]),
        ("“No ferry could cross the strait in that wind,” said Tomas Arce.",
         [("No ferry could cross the strait in that wind", "opinion", "could", "")]),
        ("“Peace could only come from the valley itself,” said Tomas Arce.",
         [("Peace could only come from the valley itself", "opinion", "could", "")]),
        ("“The ferry could cross the strait by noon,” said Tomas Arce.",
         [("The ferry could cross the strait by noon", "prediction", "could", "could")]),
    ],
)
def test_claims_a_denied_could_is_a_judgement(nlp, text, rows):
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, an economist at the Delta Institute, was more cautious. “The port is not ready,” she said.",
        "Mark Tull, who teaches law at the city university, took a different view. “The port is not ready,” he said.",
        "Mark Tull, a retired harbour pilot, sees it differently. “The port is not ready,” he said.",
    ],
)
def test_claims_a_new_voice_compared_is_no_claim(nlp, text):
    assert [r[0] for r in _rows(nlp, text)] == ["The port is not ready"]


@pytest.mark.parametrize(
    "text",
    ["Fellow economist Mark Tull was more upbeat.", "Economists were more cautious about the plan's chances.",
     "Others are less sure."],
)
def test_claims_a_voice_not_introduced_keeps_its_claim(nlp, text):
    assert [r[0] for r in _rows(nlp, text)] == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("The African Union welcomed the agreement on Friday.",
         [("The African Union welcomed the agreement on Friday", "opinion")]),
        ("Critics dismissed the plan as transactional.", [("Critics dismissed the plan as transactional", "opinion")]),
        ("China reacted sharply.", [("China reacted sharply", "fact")]),
    ],
)
def test_claims_a_bare_reaction_is_the_writers_sentence(nlp, text, rows):
    assert [(r[0], r[1]) for r in _rows(nlp, text)] == rows


@pytest.mark.parametrize("text", ["Human capital first.", "The long view."])
def test_claims_three_words_without_a_verb_are_no_claim(nlp, text):
    assert _rows(nlp, text) == []


def test_claims_punctuation_is_no_word_of_a_short_sentence(nlp):
    text = "Two years ago most of his customers bought valves from Italy, he says."
    assert [r[0] for r in _rows(nlp, text)] == ["Two years ago most of his customers bought valves from Italy"]
