"""Claims, round 36's speed-ups (no behaviour change): the tests of a statement about the event read a verb's subject,
children, lemma and a span's last word from the Doc's word lists and children lists instead of making a Token per
child (``is_about_event``); a Doc's lemmas and its predicates are found without ``np.unique`` and ``np.union1d``.
Sentences written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.claims.exclusions import _is_list_phrase, _last_word, _subject_at, is_about_event
from pipeline.claims.lexicon import _read_other_lemmas, default_lexicon
from pipeline.claims.verbs import verb_facts
from pipeline.components.tokens import unique_inverse

ABOUT_EVENT = [
    ("The committee records the following points.", True),  # opens a list
    ("The following directions are set out in it.", True),  # its subject opens a list
    ("The minister then turned to the wider world.", True),  # a speaker moves to the next topic
    ("Martina Eder is a researcher at the Danube Institute.", True),  # introduces a participant
    ("The conversation has been edited for length and clarity.", True),  # an editor's note
    ("The second round of talks was held in Geneva.", True),  # the event is the subject
    ("Jane Roe, an economist at the Delta Institute, was more cautious.", True),  # a new voice compares
    ("The second round was open to the press.", False),  # "round" is no event noun
    ("Prices will rise sharply next year.", False),
    ("The minister turned the plan into law.", False),
    ("The committee records the decline of fish stocks.", False),
]


@pytest.mark.parametrize(("text", "expected"), ABOUT_EVENT)
def test_statements_about_the_event(nlp, text, expected):
    doc = nlp(text)
    assert is_about_event(doc[:], default_lexicon()) is expected


def test_the_last_word_and_the_subject_are_token_indices(nlp):
    doc = nlp("The committee records the following points.")
    assert _last_word(doc[:]) == 5 and doc[5].text == "points"
    assert _last_word(doc[6:7]) is None  # only the full stop
    root = doc[:].root
    assert root.text == "records" and _subject_at(doc, root.i) == 1
    assert _subject_at(doc, 5) is None  # "points" has no subject
    assert _is_list_phrase(doc, 5, default_lexicon()) and not _is_list_phrase(doc, 1, default_lexicon())


def test_unique_inverse_is_np_unique():
    values = np.array([7, 3, 7, 2**63 + 5, 3, 0, 11], dtype=np.uint64)
    distinct, where = unique_inverse(values)
    expected, inverse = np.unique(values, return_inverse=True)
    assert distinct.tolist() == expected.tolist() == [0, 3, 7, 11, 2**63 + 5]
    assert where.tolist() == inverse.reshape(-1).tolist() == [2, 1, 2, 4, 1, 0, 3]


def test_a_docs_other_lemmas_and_predicates(nlp):
    doc = nlp("Officials said the talks were going to resume, and ministers hoped to sign.")
    other, forms, ids = _read_other_lemmas(doc)
    words = [doc[i].text for i in other.tolist()]
    assert words == ["Officials", "said", "talks", "were", "going", "ministers", "hoped"]
    assert forms == ["official", "say", "talk", "be", "go", "minister", "hop"]  # (the lemmatizer's "hop")
    assert ids.tolist() == [doc.vocab.strings[f] for f in forms]
    facts = verb_facts(doc)
    assert [doc[i].text for i in facts.finite] == ["said", "were", "hoped"]
    assert [doc[i].text for i in facts.predicates] == ["said", "were", "resume", "hoped", "sign"]
