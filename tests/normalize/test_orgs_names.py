"""Organization names: compatibility of full names, acronym <-> full-name linking across documents."""

import pytest

from pipeline.normalize.clusters import Overrides
from pipeline.normalize.lexicons import Lexicons
from pipeline.normalize.orgs import OrgName, OrgOccurrence, compatible, resolve_orgs

LEX = Lexicons.load()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Kazakhstan Institute for Strategic Studies", "the Kazakhstan Institute of Strategic Studies", True),
        ("Institute for Strategic Studies of Kazakhstan", "Kazakhstan Institute for Strategic Studies", True),
        ("Centre for Eurasian Studies", "Center for Eurasian Studies", True),
        ("Shanghai Cooperation Organisation", "SHANGHAI COOPERATION ORGANIZATION", True),
        ("Kazakhstani Institute for Strategic Studies", "Kazakhstan Institute for Strategic Studies", True),
        ("Ministry of Foreign Affairs of Kazakhstan", "Ministry of Foreign Affairs of Uzbekistan", False),
        ("Eurasian Development Bank", "Asian Development Bank", False),
        ("Institute of World Economy", "Institute of World Economy and Politics", False),
        ("Center for Energy Studies", "Center for Security Studies", False),
    ],
)
def test_orgs_compatible(a, b, expected):
    assert compatible(OrgName.parse(a, LEX), OrgName.parse(b, LEX)) is expected


def _resolve(items, **kw):
    clusters = resolve_orgs(items, lexicons=LEX, **kw)
    return sorted((c.canonical, c.code, sorted(c.items)) for c in clusters)


def test_orgs_acronym_linked_to_its_expansion_across_documents():
    items = {
        ("a", "KazISS"): OrgOccurrence("Kazakhstan Institute for Strategic Studies", "KazISS", 3),
        ("b", "the Kazakhstan Institute of Strategic Studies"):
            OrgOccurrence("the Kazakhstan Institute of Strategic Studies"),
        ("c", "KazISS"): OrgOccurrence("", "KazISS"),
    }
    assert _resolve(items) == [("Kazakhstan Institute for Strategic Studies", "KazISS",
                                [("a", "KazISS"), ("b", "the Kazakhstan Institute of Strategic Studies"),
                                 ("c", "KazISS")])]


def test_orgs_acronym_spelled_by_initials_is_linked():
    items = {("a", "Collective Security Treaty Organization"): OrgOccurrence("Collective Security Treaty Organization"),
             ("b", "CSTO"): OrgOccurrence("", "CSTO")}
    assert _resolve(items) == [("Collective Security Treaty Organization", "CSTO",
                                [("a", "Collective Security Treaty Organization"), ("b", "CSTO")])]


def test_orgs_shared_acronym_of_two_ministries_stays_ambiguous():
    items = {("a", "MFA"): OrgOccurrence("Ministry of Foreign Affairs of Kazakhstan", "MFA"),
             ("b", "MFA"): OrgOccurrence("Ministry of Foreign Affairs of Uzbekistan", "MFA"),
             ("c", "MFA"): OrgOccurrence("", "MFA")}
    assert [(name, items) for name, _, items in _resolve(items)] == [
        ("MFA", [("c", "MFA")]),
        ("Ministry of Foreign Affairs of Kazakhstan", [("a", "MFA")]),
        ("Ministry of Foreign Affairs of Uzbekistan", [("b", "MFA")]),
    ]


def test_orgs_override_forces_acronym_into_entity():
    items = {("a", "Eurasian Economic Union"): OrgOccurrence("Eurasian Economic Union"),
             ("b", "EAEU"): OrgOccurrence("", "EAEU")}
    assert len(_resolve(items)) == 2
    forced = Overrides({("ORG", "eaeu"): "Eurasian Economic Union"})
    assert [c[0] for c in _resolve(items, overrides=forced)] == ["Eurasian Economic Union"]
