"""Stage 3: stated person-role-organization relations."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..records import Affiliation
from ..registry import extractor


@extractor("affiliations", version="1", requires=("pipeline_person_ruler",))
def affiliations(doc: Doc) -> Iterator[Affiliation]:
    """One record per ``doc._.affiliations`` annotation.

    Needs: pipeline_person_ruler.

    Example: "Tatiana Kotyukova, researcher at the Institute of General History" ->
    Affiliation(person="Tatiana Kotyukova", role="researcher", organization="Institute of General History", ...).
    """
    for a in doc._.affiliations or []:
        if a.role or a.organization or a.country:
            yield Affiliation(person=a.name, role=a.role, organization=a.organization, country=a.country,
                              start=a.start, end=a.end, evidence=a.evidence)
