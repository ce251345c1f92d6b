"""attribution_context: the per-Doc lookups of pipeline_attribution agree with spaCy's own (slow) forms."""

from __future__ import annotations

import pytest

from pipeline.components.attribution.context import Context
from pipeline.components.attribution.lexicon import Lexicon
from pipeline.components.attribution.mentions import mention_for
from pipeline.components.tokens import token_table

TEXT = (
    "Kazakh Foreign Minister Murat Nurtleu said on Monday that the talks in Astana had been useful.\n\n"
    "In her view, the pipeline deal is stalled, Aigerim Bekova of the Eurasian Development Bank noted. "
    "The Cabinet of Ministers pledges to intensify its work, according to Nurtleu."
)


@pytest.fixture(scope="module")
def ctx(nlp) -> Context:
    return Context.of(nlp(TEXT), Lexicon.from_dir())


def test_attribution_context_text_and_paragraphs(ctx) -> None:
    assert ctx.text == ctx.doc.text
    assert [ctx.text[s:e][:20] for s, e in ctx.paragraphs] == ["Kazakh Foreign Minis", "In her view, the pip"]


@pytest.mark.parametrize(
    ("start_word", "end_word", "expected"),
    [
        ("said", "talks", "said on Monday that the "),
        ("Astana", "useful", "Astana had been "),
    ],
)
def test_attribution_context_tokens_from(ctx, start_word, end_word, expected) -> None:
    start, end = ctx.text.index(start_word), ctx.text.index(end_word)
    span = ctx.tokens_from(start, end)
    assert span.text_with_ws == expected
    assert list(span) == [t for t in ctx.doc if start <= t.idx < end]


def test_attribution_context_persons_cover_like_the_span_group(ctx) -> None:
    doc = ctx.doc
    for tok in doc:
        first = next((s for s in doc.spans["persons"] if s.start <= tok.i < s.end), None)
        assert ctx.persons[tok.i] == first
    assert {ctx.persons[t.i].kb_id_ for t in doc if ctx.persons[t.i] is not None} == {"Murat Nurtleu", "Aigerim Bekova"}


@pytest.mark.parametrize(("word", "count"), [("Nurtleu", 2), ("the", 3), ("Tokayev", 0)])
def test_attribution_context_occurrences(ctx, word, count) -> None:
    found = ctx.occurrences(word)
    assert len(found) == count
    assert found == [t.i for t in ctx.doc if t.text == word]
    found.append(-1)  # a list of the caller's own
    assert ctx.occurrences(word) == [t.i for t in ctx.doc if t.text == word]


def test_attribution_context_proper_subjects(ctx) -> None:
    expected = [t.i for t in ctx.doc if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"]
    assert ctx.proper_subjects() == expected


def test_attribution_context_reads_the_shared_token_table(ctx) -> None:
    assert ctx.table.array is token_table(ctx.doc).array
    assert ctx.starts == [t.idx for t in ctx.doc]


def test_attribution_context_tokens_from_the_end(ctx) -> None:
    end = ctx.tokens_from(len(ctx.text), len(ctx.text) + 5)
    assert (end.start, end.end, end.start_char) == (len(ctx.doc), len(ctx.doc), len(ctx.text))
    assert ctx.tokens_from(len(ctx.text), len(ctx.text)) is end  # (placed once: spaCy joins the text for it)
    assert ctx.tokens_from(20, 10).text == ""


def test_attribution_context_mentions_once_per_token(ctx) -> None:
    tok = next(t for t in ctx.doc if t.text == "Bekova")
    assert mention_for(tok, ctx) is mention_for(tok, ctx)
    assert mention_for(tok, ctx).name == "Aigerim Bekova"


@pytest.mark.parametrize(
    ("word", "lo", "hi", "expected"), [("the", 0, 20, 1), ("the", 20, 60, 3), ("In", 0, 60, 2), ("which", 0, 60, 0)]
)
def test_attribution_context_lowered(ctx, word, lo, hi, expected) -> None:
    found = ctx.lowered(word.lower(), lo, hi)
    assert found == [t.i for t in ctx.doc[lo:hi] if t.lower_ == word.lower()]
    assert len(found) == expected
