"""Claims, round 31's speed-ups (no behaviour change): find_phrases answers a span holding no token where an entry
starts by one bisection, without a generator, and finds the rest as before. Sentences written for these tests."""

from __future__ import annotations

from pipeline.claims.lexicon import Match, default_lexicon, find_phrases

from .test_claims_lexicon import _scan

TEXT = "The council is to vote on the plan, which needs to be revised, and it will meet in fact next week."


def test_every_span_of_a_sentence_gets_what_a_scan_finds(nlp):
    doc = nlp(TEXT)
    entries = frozenset({"is to", "is", "need to", "will", "in fact", "plan"})
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            found = [(m.start, m.end, m.text) for m in find_phrases(doc[start:end], entries)]
            assert found == list(_scan(doc[start:end], entries)), (start, end)


def test_a_span_without_a_start_gives_an_empty_iterator(nlp):
    doc = nlp(TEXT)
    lexicon = default_lexicon()
    before, after = doc[0:2], doc[len(doc) - 2:len(doc)]  # "The council", "week."
    for span in (before, after, doc[3:3]):
        found = find_phrases(span, lexicon.future)
        assert next(found, None) is None and list(found) == []


def test_a_span_cut_inside_an_entry_keeps_only_what_ends_in_it(nlp):
    doc = nlp(TEXT)
    entries = frozenset({"in fact"})
    at = next(t.i for t in doc if t.lower_ == "in")
    assert list(find_phrases(doc[at:at + 1], entries)) == []
    assert list(find_phrases(doc[at:at + 2], entries)) == [Match("in fact", at, at + 2, "in fact")]
    # an entry that needs a verb after it: "is to" with "vote" inside the span, else "is"
    assert list(find_phrases(doc[2:4], frozenset({"is to", "is"}))) == [Match("is", 2, 3, "is")]
    assert list(find_phrases(doc[2:5], frozenset({"is to", "is"}))) == [Match("is to", 2, 4, "is to")]


def test_the_matches_come_in_text_order(nlp):
    doc = nlp(TEXT)
    found = [m.entry for m in find_phrases(doc[0:len(doc)], frozenset({"will", "is", "need to", "plan"}))]
    assert found == ["is", "plan", "need to", "will"]
