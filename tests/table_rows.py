"""Shared by the tests of persons, organizations and affiliations: the rows a Doc gives, as tuples a test can compare
with exact values."""

from __future__ import annotations

from pipeline.extractors.affiliations import affiliations


def affiliation_rows(doc) -> list[tuple[str, str, str, str]]:
    """(name, role, organization, country) of every affiliation row of ``doc``."""
    return [(a.name, a.role, a.organization, a.country) for a in affiliations(doc)]


def organization_pairs(doc) -> list[tuple[str, str]]:
    """(text, entity id) of every span of ``doc``'s organizations group."""
    return [(s.text, s.kb_id_) for s in doc.spans["organizations"]]
