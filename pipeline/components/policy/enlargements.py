"""Stage 2 helper for pipeline_policy: the partners of an enlargement ("the enlargement of the EU to the Western
Balkans"): the states or the region it reaches, not the union that enlarges."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .lexicon import PolicyLexicon
from .partners import code_of, group_partner, named_spans, partner_text

_REACH = ("to", "towards", "toward")


def enlargement_partners(doc: Doc, start: int, end: int, spans: dict[int, Span],
                         lexicon: PolicyLexicon) -> list[tuple[str, str]]:
    """(partner, code) pairs that an enlargement noun (enlargement_nouns.txt) in tokens [start, end) reaches after
    "to" or "towards": "the enlargement of the EU to the Western Balkans" -> [("Western Balkans", "")], "a promoter of
    enlargement towards Montenegro and Albania" -> Montenegro, Albania; [] when there are none."""
    noun = next((t for t in doc[start:end] if t.lower_ in lexicon.enlargement_nouns), None)
    to = next((t for t in doc[noun.i + 1:end] if t.lower_ in _REACH), None) if noun is not None else None
    if to is None:
        return []
    names = named_spans(doc, spans, to.i + 1, end, not_names=lexicon.not_partners)
    if names:
        return list(dict.fromkeys((partner_text(n), code_of(n)) for n in names))
    group = group_partner(doc, to.i + 1, end, lexicon)
    return [(group, "")] if group else []
