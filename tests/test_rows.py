"""Row builders: records + resolution -> contract rows, merged when ids coincide."""

from __future__ import annotations

from pipeline.normalize import Entity, Resolution
from pipeline.records import DocResult, Document, OrganizationRef, PolicyPriority, Speaker
from pipeline.registry import load_registry
from pipeline.tables import result_rows


def _resolution() -> Resolution:
    index = {
        ("ORG", "d", "EU"): "org:european-union",
        ("ORG", "d", "European Union"): "org:european-union",
        ("PERSON", "d", "Dana Seitkali"): "person:dana-seitkali",
        ("PERSON", "d", "D. Seitkali"): "person:dana-seitkali",
    }
    entities = (
        Entity("org:european-union", "ORG", "European Union", "EU", ("EU",), 3, 1),
        Entity("person:dana-seitkali", "PERSON", "Dana Seitkali", "", ("D. Seitkali",), 2, 1),
    )
    return Resolution(entities, index)


def _rows(*records) -> dict:
    by_table: dict[str, list] = {}
    for name, rec in records:
        by_table.setdefault(name, []).append(rec)
    result = DocResult(Document("d", "d.txt", "x", "0"), tuple((k, tuple(v)) for k, v in by_table.items()))
    return result_rows(result, _resolution(), load_registry(plugins=False).select(None))


def test_rows_organizations_with_one_id_are_merged() -> None:
    rows = _rows(("organizations", OrganizationRef("EU", "EU", "EU", 2, ("EU",))),
                 ("organizations", OrganizationRef("European Union", "European Union", "", 1, ("the European Union",))))
    assert rows["organizations"] == [{
        "doc_id": "d", "organization_id": "org:european-union", "name": "European Union", "acronym": "EU",
        "n_mentions": 3, "surface_forms": "EU|the European Union"}]


def test_rows_speakers_with_one_id_are_merged() -> None:
    rows = _rows(("speakers", Speaker("Dana Seitkali", "analyst", "", "KAZ", 1)),
                 ("speakers", Speaker("D. Seitkali", "", "Eurasia Policy Institute", "", 2)))
    assert rows["speakers"] == [{
        "doc_id": "d", "speaker_id": "person:dana-seitkali", "name": "Dana Seitkali", "role": "analyst",
        "organization": "Eurasia Policy Institute", "country": "KAZ", "n_quotes": 3}]


def test_rows_priority_ids_are_slugs() -> None:
    p = PolicyPriority(2, "KAZ", "Foreign Policy Concept", 2020, 2030, "2020-03", "strategic relationship with "
                       "Central Asian states", "Central Asian states", "", "strategic relationship", "", 10, 60)
    (row,) = _rows(("policy_priorities", p))["policy_priorities"]
    assert row["priority_id"] == "d#p10-2-central-asian-states"
