"""Run guards: temporary stores (``.pipeline-spool-*``) left in OUT by a killed run are removed by the next
run, never those of a run that is still alive; a result store at a URL is locked by the run using it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

import pipeline
from pipeline.config import ROOT, Settings
from pipeline.errors import PipelineError
from pipeline.guard import LOCK_NAME, SPOOL_PREFIX, StoreLock, remove_leftovers, stale_spools
from pipeline.storage import RemotePath, as_location

pytest.importorskip("fcntl")

_MAKE_SPOOL = ("import sys, time; from pipeline.cache import TemporaryStore; "
               "store = TemporaryStore(sys.argv[1]); print(store.root, flush=True); {then}")


def _spool_of(out: Path, then: str) -> tuple[subprocess.Popen, Path]:
    """A process that makes a temporary store in ``out`` as a ``--no-cache`` Dask run does, then ``then``."""
    process = subprocess.Popen([sys.executable, "-c", _MAKE_SPOOL.format(then=then), str(out)],
                               stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert process.stdout is not None
    return process, Path(process.stdout.readline().strip())


def _age(spool: Path, seconds: float = 600) -> None:
    """Make the store (and its lock) look made ``seconds`` ago."""
    then = time.time() - seconds
    for path in (spool / LOCK_NAME, spool):
        if path.exists():
            os.utime(path, (then, then))


def test_guard_removes_the_temporary_store_of_a_killed_run(tmp_path: Path) -> None:
    dead, spool = _spool_of(tmp_path, "import os; os._exit(9)")  # killed: no cleanup ran
    dead.wait()
    (spool / "ab").mkdir()
    (spool / "ab" / "ab01.json").write_text("{}")
    assert spool.name.startswith(SPOOL_PREFIX) and (spool / LOCK_NAME).is_file()
    _age(spool)
    assert stale_spools(tmp_path) == [spool]
    assert remove_leftovers(tmp_path, None) == 1
    assert not spool.exists()


def test_guard_keeps_the_temporary_store_of_a_live_run(tmp_path: Path) -> None:
    live, spool = _spool_of(tmp_path, "time.sleep(60)")
    try:
        _age(spool)  # a long run: its store is old, its lock still held
        assert remove_leftovers(tmp_path, None) == 0
        assert spool.is_dir()
    finally:
        live.kill()
        live.wait()
    assert remove_leftovers(tmp_path, None) == 1  # now it is gone with its process


def test_guard_keeps_a_young_temporary_store_without_a_lock(tmp_path: Path) -> None:
    young = tmp_path / f"{SPOOL_PREFIX}young"  # made a moment ago, its lock not taken yet
    old = tmp_path / f"{SPOOL_PREFIX}old"  # an older version's, without a lock
    young.mkdir()
    old.mkdir()
    _age(old)
    assert stale_spools(tmp_path) == [old]


def test_guard_temporary_store_is_unlocked_and_removed_by_its_run(tmp_path: Path) -> None:
    from pipeline.cache import TemporaryStore

    store = TemporaryStore(tmp_path)
    assert isinstance(store.root, Path)
    _age(store.root)
    assert stale_spools(tmp_path) == []  # this process holds it
    store.cleanup()
    assert list(tmp_path.iterdir()) == []


def test_guard_run_clears_a_killed_runs_store_from_out(nlp, tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "a.txt").write_text("Officials from Uzbekistan met envoys of Kazakhstan.\n", encoding="utf-8")
    out.mkdir()
    dead, spool = _spool_of(out, "import os; os._exit(9)")
    dead.wait()
    _age(spool)
    pipeline.run(raw, out, settings=Settings(jobs=1, cache=False), nlp=nlp, only=["countries"])
    assert not list(out.glob(f"{SPOOL_PREFIX}*"))


@pytest.fixture()
def store_url() -> str:
    """A result store's URL on fsspec's in-memory filesystem (one process only)."""
    pytest.importorskip("fsspec")
    return f"memory://pipeline-lock-{uuid.uuid4().hex}/cache"


def test_guard_store_lock_refuses_a_second_run_and_is_removed_after(store_url: str) -> None:
    root = as_location(store_url)
    assert isinstance(root, RemotePath)
    with StoreLock(root) as first:
        held = json.loads((root / LOCK_NAME).read_bytes())
        assert held["run"] == first.owner["run"] and held["pid"] == os.getpid()
        with pytest.raises(PipelineError, match=rf"^E067 the result store {root} is in use by another run "
                                                rf"\(pid {os.getpid()} on "):
            StoreLock(root).acquire()
    assert not (root / LOCK_NAME).exists()
    with StoreLock(root):  # free again
        pass


def test_guard_store_lock_takes_over_a_lock_not_renewed(store_url: str) -> None:
    root = as_location(store_url)
    assert isinstance(root, RemotePath)
    gone = {"run": "0" * 32, "host": "worker-7", "pid": 4242, "renewed": time.time() - 3600}
    (root / LOCK_NAME).create(json.dumps(gone).encode())  # a run on another machine, killed an hour ago
    with StoreLock(root, stale=600) as lock:
        assert json.loads((root / LOCK_NAME).read_bytes())["run"] == lock.owner["run"]
    assert not (root / LOCK_NAME).exists()


def test_guard_store_lock_is_renewed_while_the_run_lives(store_url: str) -> None:
    root = as_location(store_url)
    assert isinstance(root, RemotePath)
    with StoreLock(root, stale=0.5, renew=0.05):
        first = json.loads((root / LOCK_NAME).read_bytes())["renewed"]
        time.sleep(0.6)  # longer than ``stale``: only renewals keep it
        assert json.loads((root / LOCK_NAME).read_bytes())["renewed"] > first
        with pytest.raises(PipelineError, match="^E067"):
            StoreLock(root, stale=0.5).acquire()


def test_guard_store_path_create_is_exclusive(store_url: str) -> None:
    path = as_location(store_url) / "x"
    assert isinstance(path, RemotePath)
    path.create(b"one")
    with pytest.raises(FileExistsError):
        path.create(b"two")
    assert path.read_bytes() == b"one"


def test_guard_run_with_a_store_url_in_use_exits_with_e067(nlp, store_url: str, tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "a.txt").write_text("Officials from Uzbekistan met envoys of Kazakhstan.\n", encoding="utf-8")
    settings = Settings(jobs=1, cache_dir=store_url)
    pipeline.run(raw, out, settings=settings, nlp=nlp, only=["countries"])
    before = (out / "countries.csv").read_bytes()
    root = as_location(store_url)
    assert isinstance(root, RemotePath) and not (root / LOCK_NAME).exists()  # released after the run
    with StoreLock(root), pytest.raises(PipelineError, match="^E067"):
        pipeline.run(raw, out, settings=settings, nlp=nlp, only=["countries"])
    assert (out / "countries.csv").read_bytes() == before
