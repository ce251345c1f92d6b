"""Stage 3: countries named in a document, one record per ISO3 code."""

from __future__ import annotations

from collections.abc import Iterator

import pycountry
from spacy.tokens import Doc

from ..records import CountryRef
from ..registry import extractor
from ._spans import span_group


def country_name(iso3: str) -> str:
    """Common English name of an ISO3 code (the code itself when unknown).

    pycountry's ``common_name`` when it has one ("Iran", "Bolivia"), else its
    ISO short name, with an inverted ISO form turned around ("Palestine, State
    of" -> "State of Palestine").
    """
    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        return iso3
    name = getattr(c, "common_name", None) or c.name
    if ", " in name:
        head, tail = name.split(", ", 1)
        if tail.endswith((" of", " of the")):
            tail = tail.removeprefix("The ").removeprefix("the ")
            name = f"{tail} {head}"
    return name


@extractor("countries", version="6", requires=("pipeline_country_ruler",))
def countries(doc: Doc) -> Iterator[CountryRef]:
    """Aggregate ``doc.spans["countries"]`` by ISO3 code: one record per country.

    Needs: pipeline_country_ruler (``doc.spans["countries"]``, kb_id_ = ISO3).

    Example: "Kazakhstani experts met the Uzbek delegation, and Kazakhstan hosted it." ->
    CountryRef(iso3="KAZ", name="Kazakhstan", n_mentions=2, surface_forms=("Kazakhstan", "Kazakhstani"), first_start=0),
    CountryRef(iso3="UZB", name="Uzbekistan", n_mentions=1, surface_forms=("Uzbek",), first_start=32).

    Args:
        doc: a Doc processed by the pipeline.

    Yields:
        CountryRef records, sorted by ISO3; ``surface_forms`` sorted, ``first_start``
        the character offset of the first mention.
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
