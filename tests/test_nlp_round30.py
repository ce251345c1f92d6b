"""Round 30: the staleness check of the saved pipeline done once per run (its workers are handed the run's
source fingerprint), and the pipeline saved whole (a new folder swapped in)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

import pipeline.nlp as nlp_module
from pipeline import api
from pipeline.cache import code_fingerprint
from pipeline.config import Settings
from pipeline.engines import local
from pipeline.registry import load_registry

TEXT = "Officials from Uzbekistan met NATO envoys in Tashkent on Monday, the ministry said.\n"


class Assembling(Exception):
    """Raised by the stand-in of ``assemble``: the saved pipeline was not used."""


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    """The session's pipeline saved as ``make models`` saves it (its meta carries the source fingerprint)."""
    path = tmp_path_factory.mktemp("models") / "pipeline"
    nlp.to_disk(path)
    return path


@pytest.fixture
def source(nlp) -> str:
    return nlp.meta["pipeline_source_fingerprint"]


@pytest.fixture
def stale(saved: Path, tmp_path: Path) -> Path:
    """A copy of the saved pipeline whose meta says it was built from other code."""
    path = tmp_path / "stale"
    shutil.copytree(saved, path)
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    meta["pipeline_source_fingerprint"] = "old"
    (path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


@pytest.fixture
def no_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Computing the source fingerprint fails: what runs must not hash the code and data files."""

    def hashing(*args, **kwargs):
        raise AssertionError("source_fingerprint computed")

    monkeypatch.setattr(nlp_module, "source_fingerprint", hashing)


@pytest.fixture
def no_assembling(monkeypatch: pytest.MonkeyPatch) -> None:
    def assembling(settings):
        raise Assembling

    monkeypatch.setattr(nlp_module, "assemble", assembling)


@pytest.fixture
def worker(monkeypatch: pytest.MonkeyPatch) -> type[local._Worker]:
    """The pool worker's state, put back after the test (and the heap settings of this process left alone)."""
    for name in ("nlp", "extractors", "batch_size", "time_limit"):
        monkeypatch.setattr(local._Worker, name, getattr(local._Worker, name))
    monkeypatch.setattr(local, "settle_heap", lambda: None)
    return local._Worker


def test_nlp_given_source_loads_the_saved_pipeline_without_hashing(saved: Path, source: str, no_hashing,
                                                                    no_assembling) -> None:
    loaded = nlp_module.build_nlp(Settings(model_dir=saved), source=source)
    assert loaded.meta["pipeline_source_fingerprint"] == source
    assert "pipeline_policy" in loaded.pipe_names


def test_nlp_given_source_still_refuses_a_stale_saved_pipeline(stale: Path, source: str, no_hashing,
                                                                no_assembling) -> None:
    with pytest.raises(Assembling):
        nlp_module.build_nlp(Settings(model_dir=stale), source=source)


def test_nlp_without_source_hashes_the_files_as_before(saved: Path, monkeypatch: pytest.MonkeyPatch,
                                                       no_assembling) -> None:
    monkeypatch.setattr(nlp_module, "source_fingerprint", lambda: "edited since")
    with pytest.raises(Assembling):
        nlp_module.build_nlp(Settings(model_dir=saved))


def test_nlp_pool_worker_loads_the_saved_pipeline_with_the_runs_source(saved: Path, source: str, worker,
                                                                        no_hashing, no_assembling) -> None:
    local._init_worker(Settings(model_dir=saved), ["countries"], [], source)
    assert worker.nlp is not None and worker.nlp.meta["pipeline_source_fingerprint"] == source
    assert [e.name for e in worker.extractors] == ["countries"]


def test_nlp_pool_worker_started_against_a_stale_pipeline_assembles(stale: Path, source: str, worker, no_hashing,
                                                                     no_assembling) -> None:
    with pytest.raises(Assembling):
        local._init_worker(Settings(model_dir=stale), None, [], source)


def test_nlp_process_pool_hands_its_source_to_every_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    started: dict = {}

    class Executor:
        def __init__(self, **kwargs) -> None:
            started.update(kwargs)

    monkeypatch.setattr(local, "ProcessPoolExecutor", Executor)
    local.ProcessPool(Settings(), ["countries"], 3, ["ner"], source="f" * 64)
    assert started["initializer"] is local._init_worker
    assert started["initargs"] == (Settings(), ["countries"], ["ner"], "f" * 64)


def test_nlp_run_hashes_the_source_files_once(saved: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              no_assembling) -> None:
    """A run computes the fingerprint for its cache keys and checks the saved pipeline against the same value."""
    from pipeline import cache
    from pipeline.fingerprint import source_fingerprint

    calls: list[int] = []

    def counted(*args, **kwargs) -> str:
        calls.append(1)
        return source_fingerprint(*args, **kwargs)

    for module in (api, cache, nlp_module):
        monkeypatch.setattr(module, "source_fingerprint", counted)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(TEXT, encoding="utf-8")
    result = api.run(raw, tmp_path / "out", settings=Settings(model_dir=saved, jobs=1, cache=False),
                     only=["countries"])
    assert (result.n_documents, result.n_failed) == (1, 0)
    assert len(calls) == 1


def test_nlp_dask_worker_checks_its_model_with_the_source_of_its_set_up(saved: Path, source: str,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A Dask worker hashes its code once, at set-up (its check against the client), and loads with that value."""
    pytest.importorskip("distributed")
    from pipeline import heap
    from pipeline.engines.dask_worker import Job, PipelinePlugin

    settings = Settings(model_dir=saved)
    job = Job(settings, ("countries",), (), own_model=False)
    plugin = PipelinePlugin(job, code_fingerprint(settings, load_registry().select(["countries"])))
    plugin.setup(SimpleNamespace(address="tcp://127.0.0.1:4000"))
    assert plugin.source == source
    built: dict = {}
    monkeypatch.setattr(nlp_module, "build_nlp", lambda settings, **kwargs: built.update(kwargs) or "nlp")
    monkeypatch.setattr(heap, "settle_heap", lambda: None)
    assert plugin.model()[0] == "nlp"
    assert built == {"disable": (), "source": source}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def previous(saved: Path, tmp_path: Path) -> Path:
    """A pipeline saved by earlier code: beside its files, one the code writes no more."""
    path = tmp_path / "models" / "pipeline"
    shutil.copytree(saved, path)
    (path / "pipeline_policy" / "sentence_model.json").write_text("{}", encoding="utf-8")
    return path


def test_nlp_save_leaves_no_file_of_the_previous_save(previous: Path, saved: Path, nlp,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp_module, "assemble", lambda settings: nlp)
    (previous.parent / ".pipeline.new-killed").mkdir()  # what a save killed while writing left
    assert nlp_module.save_pipeline(Settings(), previous) == previous
    assert not (previous / "pipeline_policy" / "sentence_model.json").exists()
    assert _files(previous) == _files(saved)
    assert [p.name for p in previous.parent.iterdir()] == ["pipeline"]


def test_nlp_interrupted_save_leaves_the_previous_pipeline_loadable(previous: Path, source: str, no_hashing,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    before = _files(previous)

    def interrupted(path: Path) -> None:  # nlp.to_disk that stops half-way (a full disk)
        (path / "meta.json").write_text("{", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(nlp_module, "assemble", lambda settings: SimpleNamespace(to_disk=interrupted, pipe_names=[]))
    with pytest.raises(OSError, match="No space left"):
        nlp_module.save_pipeline(Settings(), previous)
    assert _files(previous) == before
    assert [p.name for p in previous.parent.iterdir()] == ["pipeline"]
    monkeypatch.setattr(nlp_module, "assemble", lambda settings: pytest.fail("the previous pipeline was not used"))
    loaded = nlp_module.build_nlp(Settings(model_dir=previous), source=source)
    assert "pipeline_policy" in loaded.pipe_names
