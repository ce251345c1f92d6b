"""Round 29's speed-ups, no behaviour change: a Doc's sentence bounds read from the token table's sentence-start column
(no Span per sentence), the extractors' sorted span groups made once per Doc, and a statement's paragraph found by
bisection. Sentences written for these tests."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from pipeline.components.attribution.content import clip_to_paragraph
from pipeline.doctext import paragraphs
from pipeline.extractors._spans import span_group
from pipeline.sentences import sentence_range, sentence_ranges

_WORDS = ["The", "port", "opened", ".", "Trade", "grew", ".", "Fees", "fell"]


def test_sentences_round29_bounds_are_those_of_doc_sents() -> None:
    doc = Doc(spacy.blank("en").vocab, words=_WORDS, sent_starts=[True, False, False, False, True, False, False, True,
                                                                   False])
    assert sentence_ranges(doc) == [(s.start, s.end) for s in doc.sents] == [(0, 4), (4, 7), (7, 9)]
    assert sentence_range(doc, 5) == (4, 7)


def test_sentences_round29_a_one_token_doc_is_one_sentence() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["Yes"])
    assert sentence_ranges(doc) == [(0, 1)]


def test_sentences_round29_a_sents_hook_still_decides() -> None:
    doc = Doc(spacy.blank("en").vocab, words=_WORDS)
    doc.user_hooks["sents"] = lambda d: iter([d[0:7], d[7:9]])
    assert sentence_ranges(doc) == [(0, 7), (7, 9)]


def test_sentences_round29_parsed_sentences(parse) -> None:
    doc = parse("The port opened in May. Trade grew by a third, the minister said. Fees fell.")
    assert sentence_ranges(doc) == [(s.start, s.end) for s in doc.sents]


def test_sentences_round29_span_group_is_sorted_and_a_new_list_each_call() -> None:
    doc = Doc(spacy.blank("en").vocab, words=_WORDS)
    doc.spans["things"] = [Span(doc, 7, 8), Span(doc, 1, 2), Span(doc, 4, 5)]
    first = span_group(doc, "things")
    assert [s.text for s in first] == ["port", "Trade", "Fees"]
    first.clear()
    assert [s.text for s in span_group(doc, "things")] == ["port", "Trade", "Fees"]
    doc.spans["things"] = [Span(doc, 0, 1)]  # a new group: read again
    assert [s.text for s in span_group(doc, "things")] == ["The"]
    assert span_group(doc, "nothing") == []


def test_sentences_round29_a_statement_is_clipped_to_its_cues_paragraph() -> None:
    text = "Rates rose.\n\nThe minister said trade grew\n\nand fees fell."
    paras = paragraphs(text)
    assert paras == [(0, 11), (13, 41), (43, 57)]
    cue = text.index("said")
    assert clip_to_paragraph(text, paras, cue + 5, len(text), cue) == (cue + 5, 41)
    assert clip_to_paragraph(text, paras, cue + 5, 40, cue) == (cue + 5, 40)  # inside its paragraph: unchanged
    assert clip_to_paragraph(text, paras, 2, 8, 11) == (2, 8)  # a cue in no paragraph (the blank line): unchanged
