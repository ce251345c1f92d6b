"""Claims, round 28's speed-ups (no behaviour change): an aside's commas found in the Doc's word lists, the person a
reported clause's subject names found by the person spans' token bounds, and the mentions' text sliced from the
Doc's text. Sentences written for these tests."""

from __future__ import annotations

from pipeline.claims.claimants import Claimant, clause_claimant
from pipeline.claims.lexicon import default_lexicon
from pipeline.claims.reported import attributing_aside
from pipeline.extractors.mentions import mentions


def test_an_aside_between_commas_names_its_speaker(parse):
    doc = parse("The first of them, she told members, is support for the new port.")
    owner = attributing_aside(doc[:], default_lexicon())
    assert owner is not None and (owner.text, owner.i) == ("she", 5)


def test_a_sentence_with_no_aside_names_nobody(parse):
    doc = parse("The first of them is support for the new port, the second a bridge.")
    assert attributing_aside(doc[:], default_lexicon()) is None


def test_the_person_named_in_a_reported_clauses_subject_asserts_it(parse):
    doc = parse("Her neighbour, the taxi driver Kevon Alleyne, said the road had been closed for weeks.")
    verb = next(t for t in doc if t.lemma_ == "say")
    assert clause_claimant(doc, verb, default_lexicon()) == Claimant("Kevon Alleyne", Claimant.PERSON)


def test_a_subject_naming_no_person_leaves_the_clause_unnamed(parse):
    doc = parse("An official who asked not to be named said the road had been closed for weeks.")
    verb = next(t for t in doc if t.lemma_ == "say")
    assert clause_claimant(doc, verb, default_lexicon()) == Claimant("", Claimant.UNNAMED)


def test_mentions_give_each_span_as_written(parse):
    doc = parse("Moscow insists.\n\nKevon Alleyne met   officials of the World Bank in Kenya.")
    found = [(m.label, m.text, m.start, m.end, m.key) for m in mentions(doc)]
    for label, text, start, end, _ in found:
        assert doc.text[start:end] == text, label
    assert [(label, text) for label, text, *_ in found] == [
        ("PERSON", "Kevon Alleyne"), ("ORG", "World Bank"), ("COUNTRY", "Moscow"), ("COUNTRY", "Kenya")]
