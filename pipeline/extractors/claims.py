"""Stage 3: propositions asserted in the text (inside quotes, or by the document itself)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..records import Claim, EntityRef
from ..registry import extractor
from ._spans import span_group

_TRAIL = " \t\n.,;:—–-"
_MIN_WORDS = 4


def _about(doc: Doc, start: int, end: int) -> tuple[EntityRef, ...]:
    refs = []
    for key, label in (("countries", "COUNTRY"), ("organizations", "ORG"), ("persons", "PERSON")):
        for span in span_group(doc, key):
            if start <= span.start_char and span.end_char <= end:
                refs.append(EntityRef(label, span.kb_id_ or span.text))
    return tuple(dict.fromkeys(refs))


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


def _sentence_pieces(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    """[start, end) cut at the document's sentence boundaries, each piece trimmed."""
    span = doc.char_span(start, end, alignment_mode="expand")
    sents = list(span.sents) if span is not None and doc.has_annotation("SENT_START") else []
    if not sents:
        yield _trimmed(doc, start, end)
        return
    for sent in sents:
        yield _trimmed(doc, max(start, sent.start_char), min(end, sent.end_char))


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
    found: list[tuple[int, int, str, int | None]] = []
    for qi, q in enumerate(quotes, start=1):
        if _is_nested(q, quotes):
            continue
        for s, e in _sentence_pieces(doc, q.start, q.end):
            if e > s:
                found.append((s, e, q.speaker, qi))
    covered = [(q.start, q.end) for q in quotes]
    sents = doc.sents if doc.has_annotation("SENT_START") else ()
    for sent in sents:
        if any(s < sent.end_char and sent.start_char < e for s, e in covered):
            continue
        s, e = _trimmed(doc, sent.start_char, sent.end_char)
        about = _about(doc, s, e)
        if not any(r.label in ("COUNTRY", "ORG") for r in about) or len(doc.text[s:e].split()) < min_words:
            continue
        found.append((s, e, "", None))
    for index, (s, e, claimant, qi) in enumerate(sorted(found, key=lambda f: (f[0], f[1])), start=1):
        yield Claim(index=index, claimant=claimant, quote_index=qi, text=doc.text[s:e], start=s, end=e,
                    about=_about(doc, s, e))
