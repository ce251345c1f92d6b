"""Stage 3: propositions asserted in the text (inside quotes, or by the document itself)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate

from spacy.tokens import Doc, Span

from ..annotations import QuoteAnnotation
from ..records import Claim, EntityRef
from ..registry import extractor
from ..sentences import sentence_index, sentences
from ._spans import span_group

_TRAIL = " \t\n.,;:—–-"
_MIN_WORDS = 4


_Ref = tuple[int, int, EntityRef]  # (start_char, end_char, ref) of one entity span


def _entity_spans(doc: Doc) -> list[list[_Ref]]:
    """Countries, organizations and persons, each group in text order, read once per Doc."""
    return [[(span.start_char, span.end_char, EntityRef(label, span.kb_id_ or span.text))
             for span in span_group(doc, key)]
            for key, label in (("countries", "COUNTRY"), ("organizations", "ORG"), ("persons", "PERSON"))]


def _about(groups: list[list[_Ref]], start: int, end: int) -> tuple[EntityRef, ...]:
    refs = []
    for spans in groups:
        for i in range(bisect_left(spans, (start,)), len(spans)):
            s, e, ref = spans[i]
            if s > end:
                break
            if e <= end:
                refs.append(ref)
    return tuple(dict.fromkeys(refs))


def _trimmed(text: str, start: int, end: int, base: int = 0) -> tuple[int, int]:
    """[start, end) without edge whitespace and trailing punctuation; ``text`` starts at offset ``base``."""
    while start < end and text[start - base].isspace():
        start += 1
    while end > start and text[end - 1 - base] in _TRAIL:
        end -= 1
    return start, end


def _sentence_pieces(doc: Doc, sents: list[Span], q: QuoteAnnotation) -> Iterator[tuple[int, int]]:
    """The quote cut at the document's sentence boundaries (``sents``), each piece trimmed."""
    start, end = q.start, q.end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not sents:
        yield _trimmed(q.text, start, end, q.start)
        return
    first, last = sentence_index(doc, span.start), sentence_index(doc, max(span.start, span.end - 1))
    for sent in sents[first:last + 1]:
        yield _trimmed(q.text, max(start, sent.start_char), min(end, sent.end_char), q.start)


def _is_nested(q, others) -> bool:
    """A quoted fragment inside a reported statement ("called it 'a disaster'") is no claim of its own."""
    return any(o is not q and o.start <= q.start and q.end <= o.end and (o.end - o.start) > (q.end - q.start)
               for o in others)


@extractor("claims", version="2", requires=("parser", "pipeline_attribution"))
def claims(doc: Doc, *, min_words: int = _MIN_WORDS) -> Iterator[Claim]:
    """Each sentence-level proposition inside a quote (claimant = its speaker), and each sentence
    of the document's own text about a country or organization (claimant empty), in text order.

    Needs: the parser (sentences), pipeline_attribution (``doc._.quotes``), the entity rulers
    (``about``). A quoted fragment nested in a reported statement gives no claim of its own.

    Args:
        doc: the parsed document.
        min_words: the fewest words a document sentence needs to count as a claim.

    Yields:
        Claim records; ``quote_index`` is the quote's ``index`` in the quotes table.

    Example: "Kazakhstan signed a transit deal with China. “Prices rose. Wages did not,” the
    analyst Marat Seitkali said." ->
    Claim(claimant="", quote_index=None, text="Kazakhstan signed a transit deal with China", about=(KAZ, CHN)),
    Claim(claimant="Marat Seitkali", quote_index=1, text="Prices rose"),
    Claim(claimant="Marat Seitkali", quote_index=1, text="Wages did not").
    """
    quotes = sorted(doc._.quotes or [], key=lambda q: (q.start, q.end, q.kind))
    groups = _entity_spans(doc)
    sents = sentences(doc) if doc.has_annotation("SENT_START") else []
    # (start, end, text, claimant, quote index); texts are cut from the quote or sentence they are in
    found: list[tuple[int, int, str, str, int | None]] = []
    for qi, q in enumerate(quotes, start=1):
        if _is_nested(q, quotes):
            continue
        for s, e in _sentence_pieces(doc, sents, q):
            if e > s:
                found.append((s, e, q.text[s - q.start:e - q.start], q.speaker, qi))
    starts, reach = [q.start for q in quotes], list(accumulate((q.end for q in quotes), max, initial=-1))
    for sent in sents:
        lo, hi = sent.start_char, sent.end_char
        if reach[bisect_left(starts, hi)] > lo:
            continue  # a quote starts before the sentence ends and ends after it starts
        if not any(r.label in ("COUNTRY", "ORG") for r in _about(groups, lo, hi)):
            continue  # (nor inside the trimmed sentence)
        sent_text = sent.text
        s, e = _trimmed(sent_text, lo, hi, lo)
        about = _about(groups, s, e)
        if not any(r.label in ("COUNTRY", "ORG") for r in about) or len(sent_text[s - lo:e - lo].split()) < min_words:
            continue
        found.append((s, e, sent_text[s - lo:e - lo], "", None))
    for index, (s, e, text, claimant, qi) in enumerate(sorted(found, key=lambda f: (f[0], f[1])), start=1):
        yield Claim(index=index, claimant=claimant, quote_index=qi, text=text, start=s, end=e,
                    about=_about(groups, s, e))
