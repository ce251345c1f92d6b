"""The remembering lemmatizer gives exactly spaCy's lemmas."""

from __future__ import annotations

import spacy
from spacy.lookups import Table

from pipeline.components.base_model.lemmatizer import MemoLemmatizer, WordList, use_memo_lemmatizer
from pipeline.config import Settings
from pipeline.nlp import base_model_name

TEXTS = [
    "The ministers were meeting their counterparts; talks have been postponed twice.",
    "Y'all ain't gonna believe it: she's the best-known of the candidates, and they'd agreed.",
    "Kazakhstan's Foreign Policy Concept lists priorities.\n\n  Allies matter more than ever.",
    "The ministers were meeting again.",  # the same words a second time: answered from memory
]


def test_same_lemmas_as_spacy(nlp, base_nlp):
    assert type(nlp.get_pipe("lemmatizer")) is MemoLemmatizer
    for ours, theirs in zip(nlp.pipe(TEXTS), base_nlp.pipe(TEXTS), strict=False):
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
    doc = nlp(TEXTS[0])
    assert [t.lemma_ for t in doc][:6] == ["the", "minister", "be", "meet", "their", "counterpart"]


def test_keeps_lemmas_set_before_it(nlp):
    doc = nlp("You ain't seen nothin' yet.")
    assert {t.text: t.lemma_ for t in doc}["ai"] == "be"  # the attribute ruler's exception
    assert {t.text: t.lemma_ for t in doc}["nothin'"] == "nothing"


def test_swap_keeps_name_position_and_tables(base_nlp):
    nlp = spacy.load(base_model_name(Settings()))
    names, tables = nlp.pipe_names, nlp.get_pipe("lemmatizer").lookups.tables
    assert use_memo_lemmatizer(nlp)
    assert nlp.pipe_names == names
    assert nlp.get_pipe("lemmatizer").lookups.tables == tables
    assert not use_memo_lemmatizer(nlp)  # already swapped
    assert not use_memo_lemmatizer(spacy.blank("en"))


def test_saved_and_loaded(tmp_path, base_nlp):
    nlp = spacy.load(base_model_name(Settings()))
    use_memo_lemmatizer(nlp)
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert type(loaded.get_pipe("lemmatizer")) is MemoLemmatizer
    assert [t.lemma_ for t in loaded(TEXTS[0])] == [t.lemma_ for t in base_nlp(TEXTS[0])]


def test_index_lists_answer_from_a_set_and_serialize_as_before(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    nlp("The envoys were signing accords.")  # the first Doc turns the index lists into WordLists
    index = lemmatizer.lookups.get_table("lemma_index")
    nouns = index["noun"]
    assert type(nouns) is WordList
    assert "accord" in nouns and "accords" not in nouns
    loaded = Table(name="lemma_index").from_bytes(index.to_bytes())
    assert {k: list(v) for k, v in loaded.items()} == {k: list(v) for k, v in index.items()}
    assert type(loaded["noun"]) is list
