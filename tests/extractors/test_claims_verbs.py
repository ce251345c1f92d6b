"""Claims helpers read once per Doc: the verb tests (claims/verbs.py) agree with a token-by-token scan of each
span, and the quote tests of the claims extractor (nested quotes, spans the quotes take) with a comparison of
every pair."""

from __future__ import annotations

import random

import pytest

from pipeline.annotations import QuoteAnnotation
from pipeline.claims.exclusions import has_predicate, is_fragment
from pipeline.extractors.claims import _nested, _Taken

TEXT = ("The ministry wants to intensify its diplomatic work. “Gifted hands, enhanced imagination,” he wrote. "
        "Officials said they hope to sign the deal, which may fail; the plan, to unseat him, was dropped. "
        "Talks in Astana? Yes: to be continued.")
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _has_predicate_scan(span):
    return any(t.tag_ in _FINITE or t.tag_ == "VB" and any(c.lower_ == "to" for c in t.children) for t in span)


def _is_fragment_scan(span, max_words=5):
    return sum(not t.is_punct for t in span) <= max_words and not any(t.tag_ in _FINITE for t in span)


def test_verb_tests_agree_with_a_scan_of_every_span(nlp):
    doc = nlp(TEXT)
    spans = [doc[i:j] for i in range(len(doc) + 1) for j in range(i, min(len(doc), i + 12) + 1)]
    assert [has_predicate(s) for s in spans] == [_has_predicate_scan(s) for s in spans]
    assert [is_fragment(s) for s in spans] == [_is_fragment_scan(s) for s in spans]
    assert [is_fragment(s, max_words=2) for s in spans] == [_is_fragment_scan(s, 2) for s in spans]


def test_verb_tests_on_an_empty_doc(nlp):
    doc = nlp("")
    assert not has_predicate(doc[0:0])
    assert is_fragment(doc[0:0])


def _quote(start, end, kind="indirect"):
    return QuoteAnnotation(kind=kind, start=start, end=end, confidence=0.7, cue="said", cue_start=-1, cue_end=-1,
                           text="", speaker="")


def _nested_pairs(quotes):
    return [any(o is not q and o.start <= q.start and q.end <= o.end and o.end - o.start > q.end - q.start
                for o in quotes) for q in quotes]


@pytest.mark.parametrize("seed", range(20))
def test_nested_quotes_agree_with_a_comparison_of_every_pair(seed):
    rng = random.Random(seed)
    quotes = [_quote(s, s + rng.randint(0, 12), rng.choice(["direct", "indirect"]))
              for s in (rng.randint(0, 30) for _ in range(rng.randint(0, 15)))]
    quotes.sort(key=lambda q: (q.start, q.end, q.kind))
    assert _nested(quotes) == _nested_pairs(quotes)


@pytest.mark.parametrize("seed", range(20))
def test_taken_spans_agree_with_a_comparison_of_every_pair(seed):
    rng = random.Random(seed)
    spans = sorted((s, s + rng.randint(0, 12)) for s in (rng.randint(0, 40) for _ in range(rng.randint(0, 10))))
    taken = _Taken()
    for s, e in spans:
        taken.add(s, e)
    for lo in range(45):
        for hi in range(lo, lo + 8):
            assert taken.overlaps(lo, hi) == any(s < hi and lo < e for s, e in spans), (lo, hi)
