"""pipeline_policy: the generic reading of a sentence the priority-sentence model flags and the rules read nothing in
(generic.py) - the main predicate's arguments that are neither the document, its owner, a person nor a word for a
list or a priority, else its subject when an argument after the verb is such a frame word; none in what a person
did. Every sentence is flagged here (the model's choice is not under test). Sentences written for these tests, with
the exact relations of the rows after the first sentence's priority."""

from __future__ import annotations

import pytest

_HEAD = ("ACCRA, 9 June 2025 — Ghana's cabinet approved the National Development Plan for 2026-2030 on Monday. "
         "It sets out the expansion of irrigation as a priority.\n\n")


@pytest.fixture
def flag_all(nlp, monkeypatch):
    comp = nlp.get_pipe("pipeline_policy")
    monkeypatch.setattr(type(comp), "sentence_marks", lambda self, doc: {s.start_char: True for s in doc.sents})
    return nlp


def _relations(doc):
    rows = [(q.partner, q.relation) for p in doc._.pipeline_policies for q in p.priorities]
    first = rows.index(("", "expansion of irrigation"))
    return rows[first + 1:]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Targets cover training more nurses and building rural roads.",
                 [("", "training more nurses"), ("", "rural roads")], id="list-noun-subject-verbal-objects"),
    pytest.param("Food security and the protection of river fisheries end the list.",
                 [("", "Food security and the protection of river fisheries")], id="subject-before-a-frame-object"),
    pytest.param("Cocoa farming sits near the heart of the plan.", [("", "Cocoa farming")],
                 id="subject-near-the-heart-of-the-plan"),
    pytest.param("The plan commits the state, first, to cutting child mortality, and second, to widening access to "
                 "clean water.", [("", "cutting child mortality"), ("", "access to clean water")],
                 id="owner-object-and-coordinated-prepositions"),
    pytest.param("Underneath these pillars, the plan places three foundations: good governance, human capital and "
                 "sustainable development.",
                 [("", "good governance"), ("", "human capital"), ("", "sustainable development")],
                 id="frame-object-with-its-list"),
    pytest.param("The minister thanked the staff of the embassies in Togo and Benin for their work.", [],
                 id="a-person-thanks"),
    pytest.param("He listed the floods of 2024 and the debt crisis among the changes since 2020.", [],
                 id="a-person-lists"),
    pytest.param("The conference will continue tomorrow with sessions on trade promotion.", [],
                 id="no-frame-on-either-side"),
])
def test_generic_reading_of_flagged_sentences(flag_all, text, expected):
    assert _relations(flag_all(_HEAD + text)) == expected


def test_generic_reading_only_where_the_model_is_sure(nlp, monkeypatch):
    """A sentence flagged below the model's confident threshold gets the rules' readings, not the generic one."""
    comp = nlp.get_pipe("pipeline_policy")
    monkeypatch.setattr(type(comp), "sentence_marks", lambda self, doc: {s.start_char: False for s in doc.sents})
    assert _relations(nlp(_HEAD + "Targets cover training more nurses and building rural roads.")) == []


def test_confident_threshold_lies_between_the_threshold_and_one():
    from pipeline.components.policy.sentence_model import CONFIDENT_SHARE, ContextWords, SentenceModel

    model = SentenceModel({}, 0.0, 0.5, ContextWords(frozenset(), frozenset()))
    assert model.confident_threshold == pytest.approx(0.5 + 0.5 * CONFIDENT_SHARE)
    assert 0.5 < model.confident_threshold < 1.0
