"""The Dask engine against an external cluster on loopback: a `dask scheduler` and `dask worker` processes
on 127.0.0.1, killed on purpose; results identical to the local engine's, clear failures otherwise."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import pipeline
from pipeline.config import ROOT, Settings
from pipeline.errors import PipelineError

pytest.importorskip("distributed")

DASK = Path(sys.executable).with_name("dask")
WAIT = 300.0  # seconds any one wait in these tests may take before it fails (a loaded 2-core machine needs it)
CONNECT = "3s"  # how long a client tries to reach a scheduler that is gone

SENTENCES = (
    "Officials from Uzbekistan met NATO envoys in Tashkent on Monday.",
    "“We will deepen ties with Kazakhstan,” said Dilnoza Karimova, the deputy minister.",
    "The OSCE mission in Kyrgyzstan reported calm after the vote.",
    "Turkmenistan and Mongolia signed a transit deal, the ministry said.",
    "Tajikistan's foreign minister visited Beijing to discuss trade with China.",
    "Azerbaijan and Georgia agreed on a new railway link across the Caspian region.",
)


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": CONNECT}
    env.update(extra)
    return env


class Cluster:
    """An external scheduler and single-threaded workers on 127.0.0.1, each in its own process group."""

    def __init__(self, folder: Path, **env: str) -> None:
        self.folder = folder
        self.env = _env(DASK_TEMPORARY_DIRECTORY=str(folder), **env)  # scratch space inside the test's folder
        self.port = _free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.scheduler: subprocess.Popen | None = None
        self.workers: list[subprocess.Popen] = []

    def _start(self, *args: str, log: str) -> subprocess.Popen:
        with open(self.folder / log, "ab") as out:
            return subprocess.Popen([str(DASK), *args], stdout=out, stderr=subprocess.STDOUT, env=self.env,
                                    cwd=self.folder, start_new_session=True)

    def start_scheduler(self) -> None:
        self.scheduler = self._start("scheduler", "--host", "127.0.0.1", "--port", str(self.port),
                                     "--no-dashboard", log="scheduler.log")
        _wait_for(lambda: _listening(self.port), "the scheduler to listen")

    def add_worker(self) -> subprocess.Popen:
        worker = self._start("worker", self.address, "--host", "127.0.0.1", "--nworkers", "1", "--nthreads", "1",
                             "--no-dashboard", log=f"worker{len(self.workers)}.log")
        self.workers.append(worker)
        return worker

    def wait_for_workers(self, n: int) -> None:
        from distributed import Client

        with Client(self.address, timeout=WAIT) as client:
            client.wait_for_workers(n, timeout=WAIT)

    @staticmethod
    def kill(process: subprocess.Popen) -> None:
        """SIGKILL the process and its children (a worker's nanny and the worker itself)."""
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        process.wait(timeout=WAIT)

    def close(self) -> None:
        for process in [*self.workers, *([self.scheduler] if self.scheduler else [])]:
            self.kill(process)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _wait_for(condition, what: str, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what} after {timeout:g} s")
        time.sleep(0.1)


@pytest.fixture()
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    folder = tmp_path / "cluster"
    folder.mkdir()
    running = Cluster(folder)
    try:
        yield running
    finally:
        running.close()


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """24 short documents: enough partitions of 2 for a worker to die while others are in flight."""
    root = tmp_path / "raw"
    root.mkdir()
    for i in range(24):
        lines = [SENTENCES[(i + k) % len(SENTENCES)] for k in range(3)]
        (root / f"doc{i:02d}.txt").write_text(f"Report {i}\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    return root


def _fingerprint() -> str:
    """What the cache keys depend on besides the documents (it changes when the package's code does)."""
    from pipeline.cache import code_fingerprint
    from pipeline.registry import load_registry

    return code_fingerprint(Settings(), load_registry().select(None))


def _tables(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def _stored(cache: Path) -> int:
    return len(list(cache.glob("*/*.json"))) if cache.is_dir() else 0


def _in_thread(target) -> tuple[threading.Thread, dict]:
    """Run ``target`` in a thread; the dict gets its result or exception."""
    outcome: dict = {}

    def body() -> None:
        try:
            outcome["result"] = target()
        except BaseException as exc:  # noqa: BLE001 (handed to the test)
            outcome["error"] = exc

    thread = threading.Thread(target=body, daemon=True)
    thread.start()
    return thread, outcome


@pytest.mark.slow
@pytest.mark.usefixtures("nlp")
def test_dask_cluster_worker_killed_mid_run_gives_the_local_tables(cluster: Cluster, corpus: Path,
                                                                   tmp_path: Path) -> None:
    before = _fingerprint()
    pipeline.run(corpus, tmp_path / "local", settings=Settings(jobs=1, cache=False))
    cluster.start_scheduler()
    cache = tmp_path / "cache"
    settings = Settings(engine="dask", scheduler=cluster.address, jobs=0, batch_size=2, cache_dir=cache)
    thread, outcome = _in_thread(lambda: pipeline.run(corpus, tmp_path / "dask", settings=settings))
    doomed = cluster.add_worker()  # the workers join after the run has started
    cluster.add_worker()
    _wait_for(lambda: _stored(cache) >= 2 or not thread.is_alive(), "the first results")
    cluster.kill(doomed)
    thread.join(WAIT)
    assert not thread.is_alive(), "the run did not finish"
    assert "error" not in outcome, outcome.get("error")
    assert _stored(cache) == 24
    assert _tables(tmp_path / "dask") == _tables(tmp_path / "local")
    again = pipeline.run(corpus, tmp_path / "dask", settings=settings)
    if _fingerprint() != before:  # new keys: nothing to reuse (a working tree being edited meanwhile)
        pytest.skip("the package's code changed during the test")
    assert again.n_cached == 24


@pytest.mark.slow
@pytest.mark.usefixtures("nlp")
def test_dask_cluster_lost_scheduler_stops_the_run_and_the_next_run_resumes(cluster: Cluster, corpus: Path,
                                                                            tmp_path: Path) -> None:
    before = _fingerprint()
    cluster.start_scheduler()
    cluster.add_worker()
    cluster.wait_for_workers(1)
    out, cache = tmp_path / "out", tmp_path / "cache"
    out.mkdir()
    (out / "documents.csv").write_text("previous tables\n", encoding="utf-8")
    settings = Settings(engine="dask", scheduler=cluster.address, jobs=0, batch_size=2, cache_dir=cache)
    thread, outcome = _in_thread(lambda: pipeline.run(corpus, out, settings=settings))
    _wait_for(lambda: _stored(cache) >= 2 or not thread.is_alive(), "the first results")
    assert cluster.scheduler is not None
    cluster.kill(cluster.scheduler)
    thread.join(WAIT)
    assert not thread.is_alive(), "the run did not stop"
    error = outcome.get("error")
    assert isinstance(error, PipelineError) and str(error).startswith("E064"), error
    assert (out / "documents.csv").read_text(encoding="utf-8") == "previous tables\n"
    kept = _stored(cache)
    assert 0 < kept < 24
    for worker in cluster.workers:
        cluster.kill(worker)
    cluster.start_scheduler()
    cluster.add_worker()
    cluster.wait_for_workers(1)
    resumed = pipeline.run(corpus, out, settings=settings)
    if _fingerprint() != before:  # new keys: nothing to resume (a working tree being edited meanwhile)
        pytest.skip("the package's code changed during the test")
    assert resumed.n_documents == 24 and resumed.n_cached >= kept


def test_dask_cluster_unreachable_scheduler_exits_2_with_a_message(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "documents.csv").write_text("previous tables\n", encoding="utf-8")
    address = f"tcp://127.0.0.1:{_free_port()}"  # nothing listens there
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out),
                           "--engine", "dask", "--scheduler", address],
                          capture_output=True, text=True, env=_env(), cwd=ROOT, timeout=WAIT)
    assert done.returncode == 2
    assert f"E063 cannot reach the Dask scheduler at {address}" in done.stderr
    assert "Traceback" not in done.stderr
    assert (out / "documents.csv").read_text(encoding="utf-8") == "previous tables\n"


def _dies_on_poison(tickets, job):
    """Stand-in for the partition task: a worker process dies on the document named ``poison``."""
    from pipeline.normalize.collect import DocEntities
    from pipeline.normalize.tally import PartitionTally
    from pipeline.records import DocResult

    out = []
    for key, document, ordinal in tickets:
        if document.doc_id == "poison":
            os._exit(1)
        result = DocResult(document)
        job.store.put(key, result)
        out.append((ordinal, DocEntities.of(result)))
    return PartitionTally.of(out)


@pytest.mark.slow
def test_dask_cluster_document_that_kills_workers_is_recorded_as_failed(tmp_path: Path) -> None:
    import cloudpickle

    from pipeline.cache import ResultStore
    from pipeline.engines.dask_engine import DaskEngine
    from pipeline.normalize.tally import PartitionTally
    from pipeline.records import Document

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this test module
    folder = tmp_path / "cluster"
    folder.mkdir()
    cluster = Cluster(folder, DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES="0")  # a task fails on the 1st death
    store = ResultStore(tmp_path / "cache")
    names = ["a", "b", "poison", "c", "d", "e"]
    keyed = [(f"{i:064x}", Document(name, f"{name}.txt", "", "0" * 64)) for i, name in enumerate(names)]
    try:
        cluster.start_scheduler()
        cluster.add_worker()
        cluster.add_worker()
        cluster.wait_for_workers(2)
        engine = DaskEngine(Settings(engine="dask", scheduler=cluster.address), None, 0, partition_size=3,
                            root=tmp_path, process=_dies_on_poison)
        try:
            returned = list(engine.stored(keyed, store))
        finally:
            engine.close()
    finally:
        cluster.close()
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    doc_ids = [d for r in returned for d in (r.doc_ids if isinstance(r, PartitionTally) else [r.doc_id])]
    assert sorted(doc_ids) == sorted(names)
    poisoned = store.get(keyed[2][0])
    assert poisoned is not None and poisoned.document.status == "error"
    assert poisoned.document.error.startswith("E062 [poison] the Dask worker process parsing this document died")
    assert all(store.get(key).document.status == "ok" for key, d in keyed if d.doc_id != "poison")
