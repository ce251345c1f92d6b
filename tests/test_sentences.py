"""Cached sentence lookups agree with spaCy's doc.sents / token.sent."""

from __future__ import annotations

import spacy

from pipeline.sentences import sentence_of, sentences

TEXT = "Astana hosted the talks. Officials from Bishkek attended. “We agree,” the minister said."


def test_sentences_match_spacy(nlp) -> None:
    doc = nlp(TEXT)
    assert [s.text for s in sentences(doc)] == [s.text for s in doc.sents]
    for tok in doc:
        assert sentence_of(tok) == tok.sent
    span = doc[5:7]
    assert sentence_of(span) == span.sent


def test_sentences_without_parse_is_one_sentence() -> None:
    doc = spacy.blank("en")("No parser here. Two sentences.")
    assert [s.text for s in sentences(doc)] == ["No parser here. Two sentences."]
    assert sentence_of(doc[4]).start == 0


def test_sentences_cache_is_plain_data() -> None:
    import srsly

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(TEXT)
    sentences(doc)
    assert spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes()).text == TEXT
    assert srsly.msgpack_loads(srsly.msgpack_dumps(list(doc.user_data.values())))
