"""Stage 3: propositions asserted in the text (inside quotes, or by the document itself)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..records import Claim, EntityRef
from ..registry import extractor
from ._spans import span_group


def _about(doc: Doc, start: int, end: int) -> tuple[EntityRef, ...]:
    refs = []
    for key, label in (("countries", "COUNTRY"), ("organizations", "ORG"), ("persons", "PERSON")):
        for span in span_group(doc, key):
            if start <= span.start_char and span.end_char <= end:
                refs.append(EntityRef(label, span.kb_id_ or span.text))
    return tuple(dict.fromkeys(refs))


@extractor("claims", version="1", requires=("parser", "pipeline_attribution"))
def claims(doc: Doc) -> Iterator[Claim]:
    """Each sentence inside a quote (claimant = its speaker), and each sentence of the
    document's own text that is about a country or organization (claimant empty).

    Needs: the parser (sentences), pipeline_attribution, the entity rulers.

    Example: "‘The chances are 50/50. This needs study,’ the expert said." -> two claims by the expert.
    """
    quotes = sorted(doc._.quotes or [], key=lambda q: (q.start, q.end, q.kind))
    index = 0
    covered: list[tuple[int, int]] = []
    for qi, q in enumerate(quotes, start=1):
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        sents = list(span.sents) if span is not None else []
        for sent in sents or [None]:
            s = max(q.start, sent.start_char) if sent is not None else q.start
            e = min(q.end, sent.end_char) if sent is not None else q.end
            text = doc.text[s:e].strip()
            if not text:
                continue
            s = doc.text.index(text, s)
            index += 1
            yield Claim(index=index, claimant=q.speaker, quote_index=qi, text=text, start=s, end=s + len(text),
                        about=_about(doc, s, s + len(text)))
        covered.append((q.start, q.end))
    for sent in doc.sents:
        if any(s < sent.end_char and sent.start_char < e for s, e in covered):
            continue
        about = _about(doc, sent.start_char, sent.end_char)
        if not any(r.label in ("COUNTRY", "ORG") for r in about):
            continue
        text = sent.text.strip()
        if len(text.split()) < 4:
            continue
        index += 1
        yield Claim(index=index, claimant="", quote_index=None, text=text, start=sent.start_char,
                    end=sent.start_char + len(text), about=about)
