"""Shared by the tests of persons, organizations, affiliations, claims and policy priorities: the rows a Doc gives,
as tuples or records a test can compare with exact values."""

from __future__ import annotations

from pipeline.extractors.affiliations import affiliations
from pipeline.extractors.claims import claims
from pipeline.records import Claim


def affiliation_rows(doc) -> list[tuple[str, str, str, str]]:
    """(name, role, organization, country) of every affiliation row of ``doc``."""
    return [(a.name, a.role, a.organization, a.country) for a in affiliations(doc)]


def policy_rows(doc) -> list[tuple[str, str, str]]:
    """(owner ISO3, partner code, relation) of every priority of ``doc``'s policy documents, sorted."""
    return sorted((p.owner_iso3, q.partner_code, q.relation) for p in doc._.pipeline_policies for q in p.priorities)


def organization_pairs(doc) -> list[tuple[str, str]]:
    """(text, entity id) of every span of ``doc``'s organizations group."""
    return [(s.text, s.kb_id_) for s in doc.spans["organizations"]]


def claim_records(nlp, text: str) -> list[Claim]:
    """The claims of ``text``, each checked to cover its own text in the document."""
    doc = nlp(text)
    rows = list(claims(doc))
    for c in rows:
        assert doc.text[c.start:c.end] == c.text
    return rows
