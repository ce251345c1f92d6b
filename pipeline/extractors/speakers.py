"""Stage 3: the speakers of a document (quoted, reported or presented as panellists)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Doc

from ..records import Speaker
from ..registry import extractor


@extractor("speakers", version="1", requires=("pipeline_person_ruler", "pipeline_attribution"))
def speakers(doc: Doc) -> Iterator[Speaker]:
    """Every person with a quote or introduced as a panellist, with role, organization, country.

    Needs: pipeline_person_ruler (affiliations), pipeline_attribution (quotes).

    Example: "Zamir Karazhanov, Kazakhstani political scientist, said ..." ->
    Speaker(name="Zamir Karazhanov", role="political scientist", organization="", country="KAZ", n_quotes=1).
    """
    n_quotes = Counter(q.speaker for q in (doc._.quotes or []) if q.speaker)
    info = {}
    for a in doc._.affiliations or []:
        info.setdefault(a.name, a)
    names = list(dict.fromkeys([*(a.name for a in doc._.affiliations or [] if a.panelist), *n_quotes]))
    for name in names:
        a = info.get(name)
        yield Speaker(name=name, role=a.role if a else "", organization=a.organization if a else "",
                      country=a.country if a else "", n_quotes=n_quotes.get(name, 0))
