"""components/tokens.py lists, persons' and organizations' Words and the attribute ruler's per-token setting:
the same values as reading Token objects, and as spaCy's own attribute ruler."""

from __future__ import annotations

import pytest
from spacy.attrs import MORPH, POS
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from pipeline.components.base_model.attribute_ruler import IndexedAttributeRuler
from pipeline.components.organizations.tokens import words_of as org_words_of
from pipeline.components.persons.tokens import words_of
from pipeline.components.tokens import (
    distinct_strings,
    entity_ranges,
    flags,
    per_token,
    span_text,
    token_hashes,
    token_numbers,
    token_spaces,
    token_strings,
)

TEXT = (
    "Deputy Minister Aigerim Sadykova met Ambassador Tom Reyes in Astana on Monday.\n\n"
    "\"We're ready,\" she told the Eurasian Council's secretary general, Martin Vale. "
    "Y'all ain't gonna believe what the U.S. and China said next."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


@pytest.mark.parametrize("column, attr", [
    ("orth", "text"), ("lower", "lower_"), ("lemma", "lemma_"), ("pos", "pos_"), ("ent_type", "ent_type_"),
    ("dep", "dep_"), ("shape", "shape_"),
])
def test_token_strings_equal_the_token_attributes(doc, column, attr):
    assert token_strings(doc, column) == [getattr(t, attr) for t in doc]


def test_token_numbers_equal_the_token_flags(doc):
    assert token_numbers(doc, "sent_start") == [int(bool(t.is_sent_start)) for t in doc]
    assert token_numbers(doc, "is_stop") == [int(t.is_stop) for t in doc]
    assert token_numbers(doc, "is_lower") == [int(t.is_lower) for t in doc]
    assert token_numbers(doc, "ent_iob") == [t.ent_iob for t in doc]


def test_token_lists_are_read_once_and_keep_the_doc_serializable(doc):
    assert token_strings(doc, "lower") is token_strings(doc, "lower")
    blank = Doc(doc.vocab, words=["Astana", "and", "Tashkent", "agree"])
    words_of(blank)  # every list persons reads, kept in user_data
    copy = Doc(doc.vocab).from_bytes(blank.to_bytes())
    assert token_strings(copy, "orth") == ["Astana", "and", "Tashkent", "agree"]
    with pytest.raises(KeyError):
        token_strings(doc, "idx")
    with pytest.raises(KeyError):
        token_numbers(doc, "orth")


def test_entity_ranges_are_the_entities_of_one_label(doc):
    for label in {e.label_ for e in doc.ents} | {"PERSON", "LAW"}:
        assert entity_ranges(doc, label) == [(e.start, e.end) for e in doc.ents if e.label_ == label]


def test_person_words_hold_the_token_lists(doc):
    words = words_of(doc)
    assert words.text == [t.text for t in doc] and words.ent_type == [t.ent_type_ for t in doc]
    assert words_of(doc).lower is words.lower  # the lists are read once per Doc and shared
    assert words.cap == [t.text[:1].isupper() and any(c.isalpha() for c in t.text) for t in doc]
    assert words.dep == [t.dep for t in doc]


def test_attribute_ruler_sets_what_spacys_sets(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert type(ruler) is IndexedAttributeRuler
    ours, theirs = nlp(TEXT), nlp(TEXT)
    for d in (ours, theirs):  # undo what the ruler set, then set it again both ways
        d.from_array([POS, MORPH], d.to_array([POS, MORPH]) * 0)
    ruler(ours)
    AttributeRuler.set_annotations(ruler, theirs, AttributeRuler.match(ruler, theirs))
    assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in ours] == \
        [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in theirs]
    assert any(t.pos_ for t in ours)


def test_token_spaces_and_span_text_equal_the_tokens(nlp):
    doc = nlp("Dr. Çelik-Aydın visited the U.N.-backed  panel in İzmir (Turkey) today. ")
    assert token_spaces(doc) == [bool(t.whitespace_) for t in doc]
    ranges = [(0, 0), (0, 1), (1, len(doc)), (2, 5), (len(doc) - 1, len(doc)), (0, len(doc))]
    assert [span_text(doc, s, e) for s, e in ranges] == [doc[s:e].text for s, e in ranges]


def test_distinct_strings_give_every_tokens_string_once(doc):
    forms, where = distinct_strings(doc, "orth")
    assert len(forms) == len(set(forms)) == len({t.text for t in doc})
    assert per_token(forms, where) == [t.text for t in doc]
    assert token_hashes(doc, "lemma") == [t.lemma for t in doc]
    assert distinct_strings(doc, "orth")[0] is forms  # kept with the Doc


def test_flags_mark_the_given_indices():
    assert flags(5, [0, 3]) == [True, False, False, True, False]
    assert flags(2, []) == [False, False]


def test_org_words_hold_the_token_lists(doc):
    words = org_words_of(doc)
    assert words.text == [t.text for t in doc] and words.lower == [t.lower_ for t in doc]
    assert words.space == [bool(t.whitespace_) for t in doc] and words.ent_iob == [t.ent_iob for t in doc]
    assert words.cap == [bool(t.text) and t.text[0].isupper() and any(c.isalpha() for c in t.text) for t in doc]
    assert [doc.vocab.strings[h] for h in words.lemma] == [t.lemma_ for t in doc]
    assert org_words_of(doc).cap is words.cap  # judged once per Doc, kept with it
