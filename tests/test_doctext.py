"""doc_text: a Doc's text, built once per Doc."""

from __future__ import annotations

import spacy

from pipeline.doctext import doc_text


def test_doc_text_is_the_text_and_follows_retokenizing():
    nlp = spacy.blank("en")
    doc = nlp("New York is big.\n\nIt is.")
    assert doc_text(doc) == doc.text == "New York is big.\n\nIt is."
    assert doc_text(doc) is doc_text(doc)  # built once
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert doc_text(doc) == doc.text
    assert doc_text(nlp("")) == ""
