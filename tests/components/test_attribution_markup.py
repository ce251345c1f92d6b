"""pipeline_attribution: markup left in a news text (embedded posts) gives no statements."""

from __future__ import annotations

from pipeline.components.attribution.candidates import QuoteCandidate
from pipeline.components.attribution.markup import outside_markup


def _cand(start: int, end: int) -> QuoteCandidate:
    return QuoteCandidate(kind="indirect", start=start, end=end, cue="said", cue_start=0, cue_end=0, confidence=0.8)


def test_attribution_markup_statement_inside_a_tag_is_dropped():
    text = 'Trump tweeted:\n\n<tweet tweet-id="1" tweet-date="March 11, 2016">We will win.<tweet/>'
    attrs = _cand(text.index("tweet-date"), text.index('">'))
    words = _cand(text.index("We will"), text.index("<tweet/>"))
    assert outside_markup(text, [attrs, words]) == [words]


def test_attribution_markup_text_without_tags_keeps_all():
    text = "The minister said that the talks would resume in May."
    cand = _cand(text.index("the talks"), len(text) - 1)
    assert outside_markup(text, [cand]) == [cand]


def test_attribution_markup_pipeline_reads_no_tag_attributes(nlp):
    text = ('The senator answered on Twitter.\n\n<tweet pic="" author="realDonaldTrump" timestamp="1449075600" '
            'tweet_id="672152791717158917">California shooting looks very bad.</tweet>.')
    doc = nlp(text)
    assert all("<" not in q.text and "=" not in q.text for q in doc._.pipeline_quotes)


def test_attribution_markup_no_quotation_paired_across_tags(nlp):
    text = ('CNN posted the numbers.\n\n<tweet author="CNN Politics" tweet-date="March 7, 2016">The delegate math: '
            'Why Florida and Ohio are so important to Trump<tweet/>.\n\n<tweet tweet-id="7588">'
            'Rubio stadium event in Hialeah. Stands empty; crowd in one end zone.<tweet/>.')
    doc = nlp(text)
    assert all("<" not in q.text and "=" not in q.text for q in doc._.pipeline_quotes)
