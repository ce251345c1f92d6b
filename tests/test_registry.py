"""The extractor registry: built-ins, snapshot of names, selection, plugins."""

from __future__ import annotations

import pytest

from pipeline.registry import Extractor, Registry, load_registry

BUILTIN = ["affiliations", "claims", "countries", "mentions", "organizations", "policy_priorities", "quotes", "speakers"]


def test_registry_snapshot_of_builtin_extractors() -> None:
    reg = load_registry(plugins=False)
    assert sorted(reg.names()) == BUILTIN
    assert all(ext.package == "pipeline" and ext.version for ext in reg)


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
