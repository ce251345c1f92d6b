"""Stage 3: countries named in a document, one record per ISO3 code."""

from __future__ import annotations

from collections.abc import Iterator

import pycountry
from spacy.tokens import Doc

from ..records import CountryRef
from ..registry import extractor
from ._spans import span_group


def country_name(iso3: str) -> str:
    """Common English name of an ISO3 code (the code itself when unknown)."""
    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        return iso3
    return getattr(c, "common_name", None) or c.name


@extractor("countries", version="1", requires=("pipeline_country_ruler",))
def countries(doc: Doc) -> Iterator[CountryRef]:
    """Aggregate ``doc.spans["countries"]`` by ISO3 code.

    Needs: pipeline_country_ruler.

    Example: "Kazakhstani experts met Kazakhstan's minister." ->
    CountryRef(iso3="KAZ", name="Kazakhstan", n_mentions=2, surface_forms=("Kazakhstan", "Kazakhstani"), first_start=0).
    """
    by_code: dict[str, list] = {}
    for span in span_group(doc, "countries"):
        if span.kb_id_:
            by_code.setdefault(span.kb_id_, []).append(span)
    for iso3 in sorted(by_code):
        spans = by_code[iso3]
        yield CountryRef(
            iso3=iso3,
            name=country_name(iso3),
            n_mentions=len(spans),
            surface_forms=tuple(sorted({s.text for s in spans})),
            first_start=spans[0].start_char,
        )
