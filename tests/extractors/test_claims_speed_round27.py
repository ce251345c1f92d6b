"""Claims, round 27's speed-ups (no behaviour change): the writer's sentence's words counted up to the least a claim
needs, a verb's particle read only for the verbs that open an event verb of several words, and a bare object's
words read up to one more than it may have. Each agrees with the full computation it replaces."""

from __future__ import annotations

from dataclasses import replace

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.claims.exclusions import (
    _event_predicate,
    _first_words,
    _particle,
    is_bare_object,
)
from pipeline.claims.lexicon import default_lexicon
from pipeline.extractors.claims import _has_words


def _count(text: str) -> int:
    return sum(any(c.isalnum() for c in w) for w in text.split())


@pytest.mark.parametrize("text", ["", "  ", "— , .", "It rains.", "Talks went on — and on, 2 days!",
                                  "A b c d e f g h", "x\n\ny - z", "Ministers met in Tashkent on Monday."])
@pytest.mark.parametrize("count", [-1, 0, 1, 2, 3, 4, 8])
def test_has_words_agrees_with_a_full_count(text, count):
    assert _has_words(text, count) == (_count(text) >= count)


def test_first_words_are_what_the_entries_of_several_words_open_with():
    assert _first_words(frozenset({"host", "take part", "bring  together", "a b c"})) == frozenset(
        {"take", "bring", "bring ", "a", "a b"})


def test_first_words_decide_as_the_full_look_up_for_every_lemma_and_particle():
    """``lemma in first_words and f"{lemma} {p}" in entries`` holds exactly where ``f"{lemma} {p}" in entries`` does."""
    entries = default_lexicon().event_verbs
    lemmas = {e.split()[0] for e in entries} | {"say", "take", "come", "be", ""}
    for lemma in lemmas:
        for particle in ("", "part", "place", "together"):
            full = f"{lemma} {particle}" in entries
            assert (lemma in _first_words(entries) and full) == full


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_particle_makes_an_event_verb_only_with_its_verb():
    lexicon = replace(default_lexicon(), event_verbs=frozenset({"take part"}), event_nouns=frozenset({"summit"}))
    doc = _doc("Delegates took part in the summit".split(), [1, 1, 1, 1, 5, 3], ["nsubj", "ROOT", "prt", "prep",
               "det", "pobj"], ["NOUN", "VERB", "ADP", "ADP", "DET", "NOUN"],
               ["delegate", "take", "part", "in", "the", "summit"])
    assert _particle(doc[1]) == "part"
    assert _event_predicate(doc[1], lexicon)
    other = _doc("Delegates made part in the summit".split(), [1, 1, 1, 1, 5, 3], ["nsubj", "ROOT", "prt", "prep",
                 "det", "pobj"], ["NOUN", "VERB", "ADP", "ADP", "DET", "NOUN"],
                 ["delegate", "make", "part", "in", "the", "summit"])
    assert not _event_predicate(other[1], lexicon)


def test_is_bare_object_reads_up_to_one_word_more_than_a_bare_object_has():
    lexicon = replace(default_lexicon(), evaluating_cues=frozenset({"welcome"}), evaluative=frozenset({"bold"}))
    words = "She welcomed the new , bold treaty and the plan .".split()
    doc = _doc(words, [1, 1, 6, 6, 6, 6, 1, 6, 9, 6, 1],
               ["nsubj", "ROOT", "det", "amod", "punct", "amod", "dobj", "cc", "det", "conj", "punct"],
               ["PRON", "VERB", "DET", "ADJ", "PUNCT", "ADJ", "NOUN", "CCONJ", "DET", "NOUN", "PUNCT"],
               ["she", "welcome", "the", "new", ",", "bold", "treaty", "and", "the", "plan", "."])
    cue = doc[1:2]
    found = [(i, j) for i in range(2, len(doc)) for j in range(i + 1, len(doc) + 1)
             if is_bare_object(doc[i:j], cue, lexicon)]
    assert found == [(8, 10), (8, 11)]  # "the plan", "the plan ." (as when every word was read, round 26)
    assert not is_bare_object(doc[2:7], cue, lexicon)  # "the new, bold treaty": four words and an evaluative one
