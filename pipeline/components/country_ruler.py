"""Component pipeline_country_ruler (first version: pycountry names only)."""

from __future__ import annotations

import pycountry
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans


@Language.factory("pipeline_country_ruler", assigns=["doc.spans"])
def make_country_ruler(nlp: Language, name: str) -> "CountryRuler":
    return CountryRuler(nlp, name)


class CountryRuler:
    def __init__(self, nlp: Language, name: str, spans_key: str = "countries") -> None:
        self.name = name
        self.spans_key = spans_key
        self.matcher = PhraseMatcher(nlp.vocab)
        for c in pycountry.countries:
            names = {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}
            self.matcher.add(c.alpha_3, [nlp.make_doc(n) for n in names])

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label="COUNTRY", kb_id=doc.vocab.strings[m]) for m, s, e in self.matcher(doc)]
        doc.spans[self.spans_key] = sorted(filter_spans(spans), key=lambda s: s.start)
        return doc
