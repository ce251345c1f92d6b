"""pipeline_attribution, reported speech framed by a closing "according to"."""

from __future__ import annotations


def _indirect(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue) for q in doc._.pipeline_quotes if q.kind == "indirect"]


def test_attribution_indirect_closing_according_to_after_a_colon(nlp):
    """The statement starts after the colon that introduces it, and stops before the frame."""
    text = ("At the same time, the tax has not hurt the banks: Frankfurt remained the financial capital of the "
            "region in 2015, according to one global index.")
    assert _indirect(nlp, text) == [
        ("Frankfurt remained the financial capital of the region in 2015", "according to")]


def test_attribution_indirect_closing_according_to(nlp):
    text = "Turnout was the highest in decades, according to the election commission. The count goes on."
    assert _indirect(nlp, text) == [("Turnout was the highest in decades", "according to")]


def test_attribution_indirect_person_named_like_a_document_noun(nlp):
    """A person whose name is a document noun ("Law") is a source; "the law states" is not."""
    text = "Donors want the party to do much more this year, Maria Law said."
    assert [(q.text, q.cue, q.speaker) for q in nlp(text)._.pipeline_quotes if q.kind == "indirect"] == [
        ("Donors want the party to do much more this year", "said", "Maria Law")]
