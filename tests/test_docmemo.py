"""``per_doc``: an answer computed once per Doc, kept with it, and computed again after a retokenization."""

from __future__ import annotations

import spacy

from pipeline.docmemo import per_doc
from pipeline.doctext import doc_text
from pipeline.sentences import sentence_ranges


def _count_words(calls: list[int]):
    def build(doc):
        calls.append(len(doc))
        return sum(1 for t in doc if t.is_alpha)
    return build


def test_per_doc_builds_once_per_doc_and_again_after_a_retokenization() -> None:
    nlp = spacy.blank("en")
    doc = nlp("The ministry said New Zealand would reply.")
    calls: list[int] = []
    build = _count_words(calls)
    assert per_doc(doc, ("test", "words"), build) == 7
    assert per_doc(doc, ("test", "words"), build) == 7
    assert calls == [8]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[3:5])  # "New Zealand"
    assert per_doc(doc, ("test", "words"), build) == 5  # "New Zealand", one token with a space, is not alphabetic
    assert calls == [8, 7]
    assert per_doc(nlp("Another one."), ("test", "words"), build) == 2


def test_per_doc_keeps_the_text_and_the_sentences_under_their_own_keys() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Ties with Chile come first. Trade follows.")
    assert doc_text(doc) == "Ties with Chile come first. Trade follows."
    assert sentence_ranges(doc) == [(0, 6), (6, 9)]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])  # "Ties with"
    assert doc_text(doc) == "Ties with Chile come first. Trade follows."
    assert sentence_ranges(doc) == [(0, 5), (5, 8)]
