"""Claims word lists: find_phrases (looked up once per Doc) finds what a token-by-token scan of the span finds."""

from __future__ import annotations

from dataclasses import fields

import pytest

from pipeline.claims.lexicon import Match, default_lexicon, find_phrases

TEXT = ("The ministry is to publish the draft law, which needs to be approved by parliament. "
        "Officials said they hope the talks will lead to a deal, although it seems unlikely. "
        "In fact, the plan has led to new tensions and is expected to fail; analysts called for restraint. "
        "Kazakhstan may need to revise its grain quotas, which could no longer be sustained.")


def _scan(tokens, entries, *, infinitive=True):
    """The reference: at each token of the span, the longest entry whose words are each token's lower-case
    form or lemma, ending inside the span (an entry ending in "to" with a verb right after it)."""
    doc = tokens.doc
    by_length = sorted((tuple(e.split()) for e in entries), key=len, reverse=True)
    for i in range(tokens.start, tokens.end):
        for words in by_length:
            stop = i + len(words)
            if stop > tokens.end or not all(w in (doc[i + k].lower_, doc[i + k].lemma_.lower())
                                             for k, w in enumerate(words)):
                continue
            needs_verb = infinitive and len(words) > 1 and words[-1] == "to"
            if needs_verb and not (stop < tokens.end and doc[stop].pos_ in ("VERB", "AUX")):
                continue
            yield (i, stop, doc[i:stop].text)
            break


@pytest.mark.parametrize("infinitive", [True, False])
def test_find_phrases_agrees_with_a_scan_of_every_span(nlp, infinitive):
    doc = nlp(TEXT)
    lexicon = default_lexicon()
    spans = [*doc.sents, doc[2:9], doc[0:len(doc)], doc[5:5]]
    for field in fields(lexicon):
        entries = getattr(lexicon, field.name)
        for span in spans:
            found = [(m.start, m.end, m.text) for m in find_phrases(span, entries, infinitive=infinitive)]
            assert found == list(_scan(span, entries, infinitive=infinitive)), (field.name, span.text)


def test_an_entry_that_needs_a_verb_is_cut_at_the_span_end(nlp):
    doc = nlp("The ministry is to publish the law.")
    entries = frozenset({"is to", "is"})
    assert list(find_phrases(doc[0:4], entries)) == [Match("is", 2, 3, "is")]  # no verb inside the span
    assert list(find_phrases(doc[0:5], entries)) == [Match("is to", 2, 4, "is to")]


def test_a_list_with_words_outside_the_shipped_lexicon_agrees_with_the_scan(nlp):
    """Lists whose first words the shipped lists do not have (found by their own words, not the shared table),
    mixed with shipped ones, and the same list asked for again in the same Doc."""
    doc = nlp(TEXT)
    lexicon = default_lexicon()
    own = frozenset({"grain quotas", "ministry", "draft law", "parliament", "officials said"})
    for entries in (own, own | lexicon.future, lexicon.future, own):
        for span in [*doc.sents, doc[0:len(doc)]]:
            found = [(m.start, m.end, m.text) for m in find_phrases(span, entries)]
            assert found == list(_scan(span, entries)), span.text


def test_docs_asked_in_turn_and_a_retokenized_doc_get_their_own_matches(nlp):
    """The lists of the Doc asked about last are kept outside the Doc: asking about two Docs in turn, or about a
    Doc after it was retokenized, finds what the scan finds in each."""
    lexicon = default_lexicon()
    first, second = nlp(TEXT), nlp("Officials said the talks will lead to a deal. The plan is expected to fail.")
    for doc in (first, second, first, second):
        for entries in (lexicon.future, lexicon.stance, lexicon.future):
            found = [(m.start, m.end, m.text) for m in find_phrases(doc[0:len(doc)], entries)]
            assert found == list(_scan(doc[0:len(doc)], entries)), doc.text
    assert next(find_phrases(second[0:len(second)], frozenset({"talks will"})), None) is not None
    with second.retokenize() as retokenizer:
        retokenizer.merge(second[3:5])  # "talks will" becomes one token
    found = [(m.start, m.end, m.text) for m in find_phrases(second[0:len(second)], lexicon.future)]
    assert found == list(_scan(second[0:len(second)], lexicon.future))
    assert next(find_phrases(second[0:len(second)], frozenset({"talks will"})), None) is None
