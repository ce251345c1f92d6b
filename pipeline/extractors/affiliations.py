"""Stage 3: stated person-role-organization relations."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from ..records import Affiliation
from ..registry import extractor
from ._spans import span_group


@extractor("affiliations", version="28", requires=("pipeline_person_ruler",))
def affiliations(doc: Doc) -> Iterator[Affiliation]:
    """One record per ``doc._.pipeline_affiliations`` annotation.

    Needs: pipeline_person_ruler.

    Example: "Tatiana Kotyukova, researcher at the Institute of General History" ->
    Affiliation(name="Tatiana Kotyukova", role="researcher", organization="Institute of General History", ...);
    "Ghana's Minister of Foreign Affairs, Kofi Mensah" -> role "minister of foreign affairs", no
    organization. A name the country ruler reads as a place is no person.
    """
    places = _place_names(doc)
    for a in doc._.pipeline_affiliations or []:
        if a.name in places:
            continue  # "Presenting the plan in Lima, Peru's Deputy Minister …": a place, not a person
        role, organization = _portfolio(a.role, a.organization, a.evidence)
        if role or organization or a.country:
            yield Affiliation(name=a.name, role=role, organization=organization, country=a.country,
                              start=a.start, end=a.end, evidence=a.evidence)


def _place_names(doc: Doc) -> set[str]:
    """The names the country ruler reads as a country or a place (``doc.spans["countries"]``, ``["places"]``)."""
    return {s.text for key in ("countries", "places") for s in span_group(doc, key)}


_PORTFOLIO_HOLDER = re.compile(r"(?:minister|secretary of state|minister of state)$", re.I)


def _portfolio(role: str, organization: str, evidence: str) -> tuple[str, str]:
    """"Minister of Foreign Affairs", "Deputy Minister of Public Works", "Secretary of State for Political Affairs",
    "Minister of State for Budget and National Planning": the words after the title's "of" / "for" name its
    portfolio (part of the role), not an organization (that would be the Ministry); so does one capitalized word right
    before a lower-case "minister" ("Finance minister X" -> role "finance minister")."""
    holder = _PORTFOLIO_HOLDER.search(role) if organization else None
    if holder is not None and re.search(
            rf"\b{re.escape(holder.group(0))}\s+(of|for)\s+(?:the\s+)?{re.escape(organization)}\b", evidence, re.I):
        link = "for" if holder.group(0).lower().endswith("of state") else "of"  # "minister for X" -> "minister of x"
        return f"{role} {link} {organization.lower()}", ""
    if holder is not None and " " not in organization \
            and re.search(rf"\b{re.escape(organization)}\s+{re.escape(role)}\b", evidence):
        return f"{organization.lower()} {role}", ""  # "Finance minister X": the portfolio, no organization
    return role, organization
