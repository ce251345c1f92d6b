"""doc_text: a Doc's text, built once per Doc; paragraphs: its blank-line separated paragraphs."""

from __future__ import annotations

import pytest
import spacy

from pipeline.doctext import doc_text, paragraphs


def test_doc_text_is_the_text_and_follows_retokenizing():
    nlp = spacy.blank("en")
    doc = nlp("New York is big.\n\nIt is.")
    assert doc_text(doc) == doc.text == "New York is big.\n\nIt is."
    assert doc_text(doc) is doc_text(doc)  # built once
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert doc_text(doc) == doc.text
    assert doc_text(nlp("")) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Astana, 3 May.\n\nThe ministry said so.", ["Astana, 3 May.", "The ministry said so."]),
        ("Headline\n \t\n\n  The minister arrived.\n\n\n", ["Headline", "The minister arrived."]),
        ("One line.\nThe next line.", ["One line.\nThe next line."]),
        ("\n\n", []),
    ],
)
def test_doctext_paragraphs_between_blank_lines(text, expected):
    assert [text[s:e] for s, e in paragraphs(text)] == expected
