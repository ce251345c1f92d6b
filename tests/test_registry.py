"""The extractor registry: built-ins, snapshot of names, selection, plugins."""

from __future__ import annotations

import pkgutil

import pytest

from pipeline import extractors
from pipeline.registry import Extractor, Registry, load_registry
from pipeline.schemas import SCHEMAS

# One file per table: the built-in extractors are the public modules of pipeline/extractors/, each named for its table.
BUILTIN = sorted(m.name for m in pkgutil.iter_modules(extractors.__path__) if not m.name.startswith("_"))
RUN_TABLES = {"documents", "entities"}  # written by the run itself, not by an extractor


def test_registry_snapshot_of_builtin_extractors() -> None:
    reg = load_registry(plugins=False)
    assert sorted(reg.names()) == BUILTIN
    assert all(ext.package == "pipeline" and ext.version for ext in reg)


def test_registry_every_contract_table_has_a_builtin_extractor() -> None:
    assert sorted(set(SCHEMAS) - RUN_TABLES) == sorted(set(SCHEMAS) & set(BUILTIN))


def test_registry_every_extractor_table_has_a_schema() -> None:
    for ext in load_registry(plugins=False):
        schema = SCHEMAS.get(ext.name) or ext.schema
        assert schema is not None and schema.name == ext.name, ext.name


def test_registry_loading_twice_gives_the_same_extractors() -> None:
    assert load_registry(plugins=False).names() == load_registry(plugins=False).names()


def test_registry_select_unknown_name_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="unknown extractor"):
        load_registry(plugins=False).select(["quotse"])


def test_registry_rejects_two_extractors_for_one_table() -> None:
    reg = Registry()
    reg.add(Extractor("quotes", lambda doc: []))
    with pytest.raises(ValueError, match="already registered"):
        reg.add(Extractor("quotes", lambda doc: []))


def test_registry_broken_plugin_is_skipped(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    from importlib.metadata import EntryPoint

    broken = EntryPoint(name="broken", value="no_such_module_xyz", group="pipeline.extractors")
    monkeypatch.setattr("pipeline.registry.entry_points", lambda group: [broken])
    reg = load_registry()
    assert set(BUILTIN) <= set(reg.names())
    assert "could not load extractor plugin broken" in caplog.text
