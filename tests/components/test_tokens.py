"""components/tokens.py: a Doc's token attributes read once and shared by our components."""

from __future__ import annotations

import pytest
import spacy
from spacy.symbols import PROPN
from spacy.tokens import Doc

from pipeline.components.tokens import members, token_table, with_words, word_ids


def _doc(words: list[str], pos: list[str] | None = None) -> Doc:
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=words, pos=pos)


def test_tokens_having_finds_the_words_in_text_order():
    doc = _doc(["The", "policy", "and", "the", "Strategy", "of", "Policy", "makers"])
    assert token_table(doc).having("lower", word_ids({"policy", "strategy"})) == [1, 4, 6]
    assert token_table(doc).having("orth", word_ids({"Policy"})) == [6]


_TALKS = ["The", "talks", "in", "Astana", "and", "the", "talks", "in", "Tashkent", "ended", ",", "and", "the",
          "ministers", "left", "Astana", "."]


@pytest.mark.parametrize(("column", "words", "expected"), [
    ("orth", {"Astana"}, [3, 15]),
    ("lower", {"the", "talks"}, [0, 1, 5, 6, 12]),
    ("orth", {"the"}, [5, 12]),
    ("lower", {"geneva", "bishkek"}, []),  # no word of the list in the Doc
    ("lower", {f"word{k}" for k in range(40)} | {"and", "ministers"}, [4, 11, 13]),  # more words than the Doc has
])
def test_tokens_indices_match_members_of_the_column(column, words, expected):
    doc = _doc(_TALKS)
    table = token_table(doc)
    ids = word_ids(words)
    assert table.indices(column, ids).tolist() == expected
    assert members(table.column(column), ids).tolist() == expected
    assert table.having(column, ids) == expected


@pytest.mark.parametrize("size", [1, 23, 24, 25, 60])
def test_tokens_indices_read_short_and_long_word_lists_alike(size):
    # up to 24 ids are looked up one by one among the Doc's distinct words, longer lists by arrays: same tokens
    doc = _doc(_TALKS)
    table = token_table(doc)
    words = [f"word{k}" for k in range(size - 1)] + ["talks"]
    assert table.having("lower", word_ids(words)) == [1, 6]
    assert table.having("lower", word_ids([*words, "astana"])) == [1, 3, 6, 15]


def test_tokens_table_still_serializes_after_a_look_up():
    doc = _doc(_TALKS)
    assert token_table(doc).having("orth", word_ids({"Astana"})) == [3, 15]  # keeps the distinct words as a list
    copy = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert token_table(copy).having("orth", word_ids({"Tashkent", "Astana"})) == [3, 8, 15]


def test_tokens_distinct_values_are_kept_with_the_doc():
    doc = _doc(_TALKS)
    values, where = token_table(doc).unique("orth")
    assert token_table(doc).unique("orth")[0] is values
    assert [doc.vocab.strings[int(values[k])] for k in where.tolist()] == _TALKS
    copy = Doc(doc.vocab).from_bytes(doc.to_bytes())  # the Doc still serializes
    assert token_table(copy).having("orth", word_ids({"Tashkent"})) == [8]


def test_tokens_table_is_read_once_per_doc():
    doc = _doc(["Astana", "hosted", "the", "talks"], pos=["PROPN", "VERB", "DET", "NOUN"])
    first = token_table(doc).array
    assert token_table(doc).array is first
    assert token_table(doc).flagged(token_table(doc).column("pos") == PROPN) == [0]


def test_tokens_table_keeps_the_doc_serializable():
    doc = _doc(["Kazakhstan", "and", "Uzbekistan", "agree"])
    token_table(doc)
    copy = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert token_table(copy).having("orth", word_ids({"Uzbekistan"})) == [2]


def test_tokens_with_words_tests_each_distinct_shape_once():
    doc = _doc(["U.S.-China", "talks", "and", "EU", "-", "China", "talks"])
    seen: list[str] = []

    def glued(shape: str) -> bool:
        seen.append(shape)
        return "-" in shape and len(shape) > 1

    assert with_words(doc, "shape", glued) == [0]
    assert len(seen) == len(set(seen))


def test_tokens_empty_doc():
    doc = _doc([])
    assert token_table(doc).having("lower", word_ids({"policy"})) == []
    assert with_words(doc, "shape", lambda s: True) == []


def test_tokens_table_has_dependencies_and_offsets():
    doc = Doc(spacy.blank("en").vocab, words=["Astana", "hosted", "talks"], heads=[1, 1, 1],
              deps=["nsubj", "ROOT", "dobj"])
    table = token_table(doc)
    assert table.column("idx").tolist() == [0, 7, 14]
    assert table.having("dep", word_ids({"nsubj", "dobj"})) == [0, 2]
