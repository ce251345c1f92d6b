"""The Dask engine's parts that need no cluster: the worker plugin's check, the window that follows the
cluster's size, re-reading on a worker, and shared storage addressed by fsspec URLs (``memory://``)."""

from __future__ import annotations

import pickle
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest

import pipeline
from pipeline.cache import ResultStore, TemporaryStore, reusable
from pipeline.config import Settings
from pipeline.errors import PipelineError
from pipeline.records import DocResult, Document
from pipeline.storage import RemotePath, as_location

pytest.importorskip("distributed")

TEXTS = {
    "a": "Officials from Uzbekistan met NATO envoys.\n",
    "sub/c": "Turkmenistan and Mongolia signed a transit deal, the ministry said.\n",
}


@pytest.fixture()
def memory_url() -> str:
    """A fresh folder of fsspec's in-memory filesystem (one process only)."""
    return f"memory://pipeline-test-{uuid.uuid4().hex}"


def test_dask_plugin_refuses_a_worker_whose_code_differs() -> None:
    from pipeline.engines.dask_worker import Job, PipelinePlugin

    plugin = PipelinePlugin(Job(Settings(), None, ()), fingerprint="0" * 64)
    with pytest.raises(PipelineError, match=r"^E061 Dask worker tcp://10\.0\.0\.7:4000 runs other code"):
        plugin.setup(SimpleNamespace(address="tcp://10.0.0.7:4000"))
    assert plugin.mismatch.startswith("E061")  # tasks sent to that worker fail with the same message


def test_dask_plugin_accepts_a_worker_with_the_clients_fingerprint() -> None:
    from pipeline.cache import code_fingerprint
    from pipeline.engines.dask_worker import Job, PipelinePlugin
    from pipeline.registry import load_registry

    settings = Settings()
    plugin = PipelinePlugin(Job(settings, None, ()), code_fingerprint(settings, load_registry().select(None)))
    plugin.setup(SimpleNamespace(address="tcp://127.0.0.1:4000"))
    assert plugin.mismatch == ""


def test_dask_window_follows_the_workers_that_join_and_leave() -> None:
    from pipeline.engines.dask_engine import DaskEngine

    cluster: dict[str, int] = {}
    engine = DaskEngine.__new__(DaskEngine)  # no cluster: a stand-in client that reports its workers
    engine.client = SimpleNamespace(nthreads=lambda: dict(cluster))
    engine.cap = 0

    def window() -> int:
        engine._threads = (0, float("-inf"))  # count again now
        return engine.window()

    assert window() == 1  # no worker yet: one partition waits for the first to join
    cluster.update({"tcp://a": 1, "tcp://b": 1})
    assert window() == 5
    cluster.update({f"tcp://w{i}": 4 for i in range(10)})
    assert window() == 2 * 42 + 1
    engine.cap = 3  # --jobs 3 with --scheduler
    assert window() == 7


def test_dask_tickets_carry_each_documents_corpus_position() -> None:
    from pipeline.engines.dask_engine import DaskEngine

    engine = DaskEngine.__new__(DaskEngine)  # no cluster: only the tickets are made
    keyed = [("k1", Document("b", "b.txt", "", "1" * 64)), ("k2", Document("d", "d.txt", "", "2" * 64))]
    engine.position = {"a": 0, "b": 1, "c": 2, "d": 3}.__getitem__  # a and c were found in the cache
    assert [(key, ordinal) for key, _, ordinal in engine._tickets(keyed)] == [("k1", 1), ("k2", 3)]
    engine.position = None  # library use: the documents given are the corpus
    assert [ordinal for _, _, ordinal in engine._tickets(keyed)] == [0, 1]


def test_dask_worker_marks_a_file_changed_since_listing(tmp_path: Path) -> None:
    from pipeline.engines.dask_worker import _read

    (tmp_path / "a.txt").write_text("Officials met envoys.\n", encoding="utf-8")
    listed = Document("a", "a.txt", "", "0" * 64)  # the sha256 the client saw
    document = _read(tmp_path, Settings(), listed)
    assert document.status == "error" and document.error.startswith("E060 [a] the file changed")
    assert not reusable(DocResult(document))  # read again on the next run


def test_result_store_on_a_url_puts_gets_and_prunes(memory_url: str) -> None:
    store = ResultStore(f"{memory_url}/cache")
    assert isinstance(store.root, RemotePath)
    result = DocResult(Document("a", "a.txt", "Text.", "1" * 64))
    store.put("ab" + "0" * 62, result)
    store.put("cd" + "0" * 62, result)
    assert "ab" + "0" * 62 in store and store.get("ab" + "0" * 62) == result
    assert pickle.loads(pickle.dumps(store)).get("cd" + "0" * 62) == result  # what a worker gets
    assert store.prune(["ab" + "0" * 62]) == 1
    assert "cd" + "0" * 62 not in store
    assert [p.name for p in store.root.files()] == ["ab" + "0" * 62 + ".json"]  # no temporary files left


def test_temporary_store_on_a_url_is_removed(memory_url: str) -> None:
    store = TemporaryStore(memory_url)
    store.put("ab" + "0" * 62, DocResult(Document("a", "a.txt", "Text.", "1" * 64)))
    assert store.root.is_dir()
    store.cleanup()
    assert not store.root.exists()


def test_local_paths_and_file_urls_stay_paths(tmp_path: Path) -> None:
    assert as_location(tmp_path) == tmp_path
    assert as_location(f"file://{tmp_path}") == tmp_path
    assert isinstance(as_location("memory://bucket/raw"), RemotePath)


def test_run_reads_a_corpus_and_keeps_results_at_urls(nlp, memory_url: str, tmp_path: Path) -> None:
    raw = as_location(f"{memory_url}/raw")
    local = tmp_path / "raw"
    for doc_id, text in TEXTS.items():
        (raw / f"{doc_id}.txt").write_bytes(text.encode())
        (local / f"{doc_id}.txt").parent.mkdir(parents=True, exist_ok=True)
        (local / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (raw / ".hidden/x.txt").write_bytes(b"not a document")
    settings = Settings(jobs=1, cache_dir=f"{memory_url}/cache")
    first = pipeline.run(str(raw), tmp_path / "url", settings=settings, nlp=nlp)
    pipeline.run(local, tmp_path / "path", settings=Settings(jobs=1, cache=False), nlp=nlp)
    assert first.n_documents == 2
    url_tables = {p.name: p.read_bytes() for p in sorted((tmp_path / "url").glob("*.csv"))}
    assert url_tables == {p.name: p.read_bytes() for p in sorted((tmp_path / "path").glob("*.csv"))}
    assert len(as_location(f"{memory_url}/cache").files()) == 2
    again = pipeline.run(str(raw), tmp_path / "url", settings=settings, nlp=nlp)
    assert again.n_cached == 2


@pytest.mark.slow
@pytest.mark.usefixtures("nlp")  # skipped without the English model
def test_dask_results_come_back_in_input_order_as_in_process() -> None:
    from pipeline.engines import InProcess
    from pipeline.engines.dask_engine import DaskEngine
    from pipeline.nlp import build_nlp
    from pipeline.registry import load_registry

    documents = [Document(doc_id, f"{doc_id}.txt", text, str(i) * 64) for i, (doc_id, text) in enumerate(TEXTS.items())]
    # the model as a worker builds it, from the code on disk now (not the session's, loaded earlier)
    expected = list(InProcess(lambda: build_nlp(Settings()), load_registry().select(None), 16).results(documents))
    engine = DaskEngine(Settings(engine="dask"), None, 1, partition_size=1)  # a LocalCluster of one worker
    try:
        assert list(engine.results(documents)) == expected
    finally:
        engine.close()


def _worker_diagnostics(dask_worker) -> tuple[str | None, bool, float]:
    """(MALLOC_TRIM_THRESHOLD_, whether the sampling profiler runs, the event loop's tick in ms) of a worker
    (``Client.run`` passes the worker as ``dask_worker``)."""
    import os

    return (os.environ.get("MALLOC_TRIM_THRESHOLD_"), "profile" in dask_worker.periodic_callbacks,
            dask_worker.periodic_callbacks["tick"].callback_time)


@pytest.mark.slow
def test_dask_local_cluster_workers_parse_without_dasks_diagnostics(monkeypatch) -> None:
    """The LocalCluster a run starts: glibc keeps its own trim threshold, no sampling profiler takes the GIL
    every 10 ms, the event loop times itself once a second instead of every 20 ms."""
    from distributed import Client, LocalCluster

    from pipeline.engines.dask_engine import _local_cluster

    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)  # the Nanny leaves its own in os.environ
    cluster = _local_cluster(LocalCluster, 1)
    try:
        with Client(cluster) as client:
            assert list(client.run(_worker_diagnostics).values()) == [(None, False, 1000)]
    finally:
        cluster.close()


@pytest.mark.parametrize(("args", "jobs"), [([], 0), (["--jobs", "3"], 3)])
def test_cli_jobs_with_a_scheduler_caps_the_partitions_at_once(args: list[str], jobs: int, monkeypatch,
                                                               tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    seen: list[Settings] = []

    def fake_run(raw, out, *, settings, **kwargs):
        seen.append(settings)
        raise PipelineError("E063 cannot reach the Dask scheduler at tcp://127.0.0.1:1: stand-in")

    monkeypatch.setattr("pipeline.api.run", fake_run)
    done = CliRunner().invoke(app, ["run", str(tmp_path), "--out", str(tmp_path / "out"), "--engine", "dask",
                                    "--scheduler", "tcp://127.0.0.1:1", *args])
    assert done.exit_code == 2
    assert seen[0].jobs == jobs  # 0: every worker thread of the cluster
