"""Stage 2 set-up: the assembled pipeline, saving/loading it, components switched off."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.engines import process_documents
from pipeline.nlp import COMPONENTS, build_nlp, save_pipeline, unneeded_components
from pipeline.records import Document
from pipeline.registry import load_registry

TEXT = (
    "Kazakhstani political scientist Aidos Serikbayev, a senior fellow at the Eurasia Policy Institute, "
    "spoke in Almaty. “Astana will deepen its strategic partnership with the European Union (EU),” "
    "Serikbayev said. According to him, the Collective Security Treaty Organization (CSTO) remains relevant.\n"
)


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    return save_pipeline(Settings(), tmp_path_factory.mktemp("models") / "pipeline")


def _records(nlp) -> dict:
    document = Document("t", "t.txt", TEXT, "0" * 64)
    (res,) = process_documents(nlp, load_registry(plugins=False), [document], batch_size=1)
    assert res.document.status == "ok", res.document.error
    return dict(res.records)


def test_nlp_pipeline_has_our_components_in_order(nlp) -> None:
    ours = [name for name in nlp.pipe_names if name.startswith("pipeline_")]
    assert ours == list(COMPONENTS)


def test_nlp_saved_pipeline_round_trips(saved: Path, nlp) -> None:
    loaded = build_nlp(Settings(model_dir=saved))
    assert loaded.pipe_names == nlp.pipe_names
    assert _records(loaded) == _records(nlp)


def test_nlp_saved_pipeline_loads_without_the_rulers_raw_data(saved: Path, nlp, data_reads) -> None:
    """Loading the saved pipeline reads the rulers' saved tables, never pipeline/data, and compiles nothing."""
    import spacy

    from pipeline.config import DATA

    raw_dirs = [DATA / sub for sub in ("countries", "organizations", "persons")]
    read = data_reads
    loaded = spacy.load(saved)
    assert not [p for p in read if any(p.is_relative_to(d) for d in raw_dirs)]
    assert any(p.is_relative_to(saved) for p in read)
    doc = loaded(TEXT)
    expected = nlp(TEXT)
    for key in ("countries", "places", "organizations", "persons"):
        assert [(s.text, s.kb_id_) for s in doc.spans[key]] == [(s.text, s.kb_id_) for s in expected.spans[key]]


def test_nlp_stale_saved_pipeline_is_rebuilt(saved: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    import shutil

    stale = tmp_path / "pipeline"
    shutil.copytree(saved, stale)
    meta = json.loads((stale / "meta.json").read_text())
    meta["pipeline_source_fingerprint"] = "old"
    (stale / "meta.json").write_text(json.dumps(meta))
    nlp = build_nlp(Settings(model_dir=stale))
    assert "assembling in memory" in caplog.text
    assert "pipeline_attribution" in nlp.pipe_names


def test_nlp_switching_off_unneeded_components_changes_nothing(nlp) -> None:
    registry = load_registry(plugins=False)
    disable = unneeded_components(registry)
    lean = build_nlp(Settings(), disable=disable)
    assert not set(disable) & set(lean.pipe_names)
    assert _records(lean) == _records(nlp)


@pytest.mark.parametrize("only", [["countries"], ["organizations"], ["countries", "mentions"]])
def test_nlp_running_some_extractors_gives_their_full_rows(nlp, only: list[str]) -> None:
    extractors = load_registry(plugins=False).select(only)
    lean = build_nlp(Settings(), disable=unneeded_components(extractors))
    doc = [Document("t", "t.txt", TEXT, "0" * 64)]
    (full,) = process_documents(nlp, extractors, doc, batch_size=1)
    (part,) = process_documents(lean, extractors, doc, batch_size=1)
    assert part.records == full.records
