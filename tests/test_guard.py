"""Run guards: temporary stores (``.pipeline-spool-*``) left in OUT by a killed run are removed by the next
run, never those of a run that is still alive."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pipeline
from pipeline.config import ROOT, Settings
from pipeline.guard import LOCK_NAME, SPOOL_PREFIX, remove_leftovers, stale_spools

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
