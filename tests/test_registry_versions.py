"""The static table of the built-in extractors' versions agrees with their ``@extractor`` declarations."""

from __future__ import annotations

from pipeline.registry import BUILTIN_VERSIONS, load_registry


def test_registry_versions_static_table_matches_the_declared_versions() -> None:
    declared = {ext.name: ext.version for ext in load_registry(plugins=False) if ext.package == "pipeline"}
    assert BUILTIN_VERSIONS == declared, (
        "pipeline/registry.py BUILTIN_VERSIONS must list every built-in extractor with the version its "
        "@extractor declares (the no-change check reads the table, pipeline/rerun.py)")
