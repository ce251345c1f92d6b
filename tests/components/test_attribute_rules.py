"""The indexed attribute ruler gives exactly the matches and annotations of spaCy's."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.pipeline import AttributeRuler

from pipeline.components.base_model.attribute_ruler import IndexedAttributeRuler, use_indexed_attribute_ruler
from pipeline.config import Settings
from pipeline.nlp import base_model_name

ROOT = Path(__file__).resolve().parents[2]

# Sentences that reach the model's exception rules: contractions split by the
# tokenizer ("ai n't", "gon na", "got ta", "let 's", "c'm on", "y' all"),
# regex lemmas ("nothin'"), expletive "there is", auxiliaries, whitespace tokens.
SENTENCES = [
    "Y'all ain't gonna believe it: there's nothin' left, let's go.",
    "He was   elected in 2020 and, c'mon, you gotta see what they have done.\n\n  The U.S. is said to be ready.",
    "There are two reasons why I don't think Kazakhstan will join, the minister said.",
    "“We will not accept this,” she told reporters in Astana on Tuesday.",
]


def _indexed_copy(ruler: AttributeRuler, vocab) -> IndexedAttributeRuler:
    copy = IndexedAttributeRuler(vocab)
    copy.add_patterns(ruler.patterns)
    return copy


def _before_ruler(base_nlp, texts):
    with base_nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        return list(base_nlp.pipe(texts))


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


def test_same_matches_as_spacys_matcher(base_nlp):
    spacy_ruler = base_nlp.get_pipe("attribute_ruler")
    indexed = _indexed_copy(spacy_ruler, base_nlp.vocab)
    for doc in _before_ruler(base_nlp, SENTENCES):
        assert indexed.match(doc) == spacy_ruler.match(doc)
        assert indexed.match(doc)  # the tag map matches every token


def test_exception_rules_apply(nlp):
    doc = nlp(SENTENCES[0])
    lemmas = {t.text: (t.pos_, t.lemma_) for t in doc}
    assert lemmas["ai"] == ("AUX", "be")
    assert lemmas["gon"] == ("VERB", "go")
    assert lemmas["na"][1] == "to"
    assert lemmas["nothin'"][1] == "nothing"
    after = {t.nbor(-1).lower_: (t.pos_, t.lemma_) for t in doc if t.text == "'s"}
    assert after["there"] == ("VERB", "be")  # expletive + be is a VERB
    assert after["let"] == ("PRON", "us")


def test_pipeline_annotates_tokens_like_the_base_model(nlp, base_nlp):
    assert type(nlp.get_pipe("attribute_ruler")) is IndexedAttributeRuler
    texts = SENTENCES + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))[:6]]
    with nlp.select_pipes(disable=["paragraph_breaks"]):  # (our blank-line sentence starts change the parse)
        for ours, theirs in zip(nlp.pipe(texts), base_nlp.pipe(texts), strict=False):
            assert _annotations(ours) == _annotations(theirs)


def test_patterns_it_cannot_index_fall_back_to_spacys_matcher(base_nlp):
    spacy_ruler = base_nlp.get_pipe("attribute_ruler")
    indexed = _indexed_copy(spacy_ruler, base_nlp.vocab)
    indexed.add([[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], {"LEMMA": "VERY"})
    reference = AttributeRuler(base_nlp.vocab)  # the same patterns through spaCy's matcher
    reference.add_patterns(spacy_ruler.patterns)
    reference.add([[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], {"LEMMA": "VERY"})
    doc = _before_ruler(base_nlp, ["It was a very very good year."])[0]
    assert indexed.match(doc) == reference.match(doc)
    assert indexed._pattern_index() is None  # fell back


def test_patterns_added_later_are_matched(base_nlp):
    indexed = _indexed_copy(base_nlp.get_pipe("attribute_ruler"), base_nlp.vocab)
    doc = _before_ruler(base_nlp, ["The Majlis met on Monday."])[0]
    before = indexed.match(doc)
    indexed.add([[{"LOWER": "majlis"}]], {"LEMMA": "parliament"})
    after = indexed.match(doc)
    assert len(after) == len(before) + 1
    indexed.set_annotations(doc, after)
    assert doc[1].lemma_ == "parliament"


def test_swap_keeps_name_position_and_patterns(base_nlp):
    nlp = spacy.load(base_model_name(Settings()))
    names, patterns = nlp.pipe_names, nlp.get_pipe("attribute_ruler").patterns
    assert use_indexed_attribute_ruler(nlp)
    assert nlp.pipe_names == names
    assert type(nlp.get_pipe("attribute_ruler")) is IndexedAttributeRuler
    assert nlp.get_pipe("attribute_ruler").patterns == patterns
    assert not use_indexed_attribute_ruler(nlp)  # already swapped: nothing to do
    assert not use_indexed_attribute_ruler(spacy.blank("en"))


def test_survives_to_disk_and_back(base_nlp, tmp_path):
    indexed = _indexed_copy(base_nlp.get_pipe("attribute_ruler"), base_nlp.vocab)
    indexed.to_disk(tmp_path / "ruler")
    loaded = IndexedAttributeRuler(base_nlp.vocab).from_disk(tmp_path / "ruler")
    doc = _before_ruler(base_nlp, [SENTENCES[1]])[0]
    assert loaded.match(doc) == indexed.match(doc)
