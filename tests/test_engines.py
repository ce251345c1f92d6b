"""Engines, the cache and output formats: same tables however the work is done."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

import pipeline
from pipeline.config import Settings

TEXTS = {
    "a": "Officials from Uzbekistan met NATO envoys.\n\n"
         "“We will deepen ties with Kazakhstan,” said Dilnoza Karimova.\n",
    "b": "The OSCE mission in Kyrgyzstan reported calm.\n",
    "sub/c": "Turkmenistan and Mongolia signed a transit deal, the ministry said.\n",
    "d": "Tajikistan's minister visited Beijing to discuss trade with China.\n",
    "e": "Azerbaijan and Georgia agreed on a new railway link.\n",
}


@pytest.fixture()
def raw(tmp_path: Path) -> Path:
    root = tmp_path / "raw"
    for doc_id, text in TEXTS.items():
        path = root / f"{doc_id}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _tables(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


@pytest.mark.usefixtures("nlp")
def test_engines_rerun_uses_the_cache_and_gives_the_same_tables(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = pipeline.run(raw, out, settings=Settings(jobs=1))
    assert (first.n_documents, first.n_cached) == (5, 0)
    before = _tables(out)
    again = pipeline.run(raw, out, settings=Settings(jobs=1))
    assert again.n_cached == 5
    assert _tables(out) == before


@pytest.mark.usefixtures("nlp")
def test_engines_changed_document_is_the_only_one_reprocessed(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    pipeline.run(raw, out, settings=Settings(jobs=1))
    (raw / "b.txt").write_text("The OSCE mission in Armenia reported calm.\n", encoding="utf-8")
    res = pipeline.run(raw, out, settings=Settings(jobs=1))
    assert res.n_cached == 4
    countries = res.tables["countries"]
    assert countries[countries["doc_id"] == "b"]["iso3"].tolist() == ["ARM"]


@pytest.mark.usefixtures("nlp")
def test_engines_no_cache_leaves_no_cache_folder(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    pipeline.run(raw, out, settings=Settings(jobs=1, cache=False))
    assert not (out / ".cache").exists()
    moved = tmp_path / "elsewhere"
    pipeline.run(raw, out, settings=Settings(jobs=1, cache_dir=moved))
    assert any(moved.glob("*/*.json")) and not (out / ".cache").exists()


@pytest.mark.slow
@pytest.mark.usefixtures("nlp")
def test_engines_process_pool_gives_identical_tables(raw: Path, tmp_path: Path) -> None:
    pipeline.run(raw, tmp_path / "one", settings=Settings(jobs=1, cache=False))
    pipeline.run(raw, tmp_path / "two", settings=Settings(jobs=2, cache=False, batch_size=2))
    assert _tables(tmp_path / "one") == _tables(tmp_path / "two")


@pytest.mark.usefixtures("nlp")
def test_engines_parquet_loads_like_csv(raw: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    import pandas as pd

    pipeline.run(raw, tmp_path / "csv", settings=Settings(jobs=1, cache=False))
    pipeline.run(raw, tmp_path / "pq", settings=Settings(jobs=1, cache=False, fmt="parquet"))
    a, b = pipeline.load_tables(tmp_path / "csv"), pipeline.load_tables(tmp_path / "pq")
    assert sorted(a) == sorted(b)
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], check_dtype=True)


@pytest.mark.slow
@pytest.mark.usefixtures("nlp")
def test_engines_dask_local_cluster_gives_identical_tables(raw: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    pipeline.run(raw, tmp_path / "local", settings=Settings(jobs=1, cache=False))
    pipeline.run(raw, tmp_path / "dask", settings=Settings(jobs=2, cache=False, engine="dask", batch_size=2))
    assert _tables(tmp_path / "local") == _tables(tmp_path / "dask")


@pytest.mark.usefixtures("nlp")
def test_engines_interrupted_write_keeps_previous_tables(raw: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    pipeline.run(raw, out, settings=Settings(jobs=1))
    before = _tables(out)
    shutil.rmtree(out / ".cache")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("pipeline.tables.TableWriter.commit", interrupted)
    with pytest.raises(KeyboardInterrupt):
        pipeline.run(raw, out, settings=Settings(jobs=1))
    assert _tables(out) == before
    assert [p.name for p in out.iterdir() if p.name.endswith(".partial")] == []
    monkeypatch.undo()
    resumed = pipeline.run(raw, out, settings=Settings(jobs=1))
    assert resumed.n_cached == 5  # the interrupted run's work was kept in the cache


@pytest.mark.usefixtures("nlp")
def test_engines_up_to_date_rerun_rewrites_nothing(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    pipeline.run(raw, out, settings=Settings(jobs=1))
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.csv")}
    again = pipeline.run(raw, out, settings=Settings(jobs=1))
    assert again.n_cached == 5 and again.n_failed == 0
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.csv")} == stamps
    overrides = tmp_path / "aliases.csv"
    overrides.write_text("alias,canonical\nDilnoza Karimova,Dilnoza Karimova-Saidova\n", encoding="utf-8")
    changed = pipeline.run(raw, out, settings=Settings(jobs=1, overrides=overrides))
    assert changed.n_cached == 5  # nothing re-parsed, but the tables were rebuilt with the override
    assert "Dilnoza Karimova-Saidova" in (out / "entities.csv").read_text(encoding="utf-8")


@pytest.mark.usefixtures("nlp")
def test_engines_up_to_date_parquet_rerun_rewrites_nothing(raw: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    out = tmp_path / "out"
    pipeline.run(raw, out, settings=Settings(jobs=1, fmt="parquet"))
    stamps = {p.relative_to(out).as_posix(): p.stat().st_mtime_ns for p in out.glob("*.parquet/*.parquet")}
    assert "quotes.parquet/part-00000.parquet" in stamps  # a dataset folder per table
    again = pipeline.run(raw, out, settings=Settings(jobs=1, fmt="parquet"))
    assert again.n_cached == 5
    assert {p.relative_to(out).as_posix(): p.stat().st_mtime_ns for p in out.glob("*.parquet/*.parquet")} == stamps


def test_spool_gives_back_what_was_added_in_order() -> None:
    from pipeline.cache import Spool

    spool = Spool()
    for i in range(3):
        spool.add(("doc", i))
    assert list(spool) == [("doc", 0), ("doc", 1), ("doc", 2)]
    spool.add(("doc", 3))  # adding after a read appends
    assert [i for _, i in spool] == [0, 1, 2, 3]
    spool.close()


def test_completion_window_lets_finished_chunks_through_a_slow_one():
    import time
    from concurrent.futures import ThreadPoolExecutor

    from pipeline.engines.local import completion_window, ordered_window

    def work(chunk):
        time.sleep(0.3 if chunk == ["slow"] else 0.0)
        return chunk

    chunks = [["slow"], ["a"], ["b"], ["c"]]
    with ThreadPoolExecutor(max_workers=2) as pool:
        assert list(ordered_window(lambda c: pool.submit(work, c), chunks, window=3)) == ["slow", "a", "b", "c"]
        got = list(completion_window(lambda c: pool.submit(work, c), chunks, window=3))
    assert sorted(got) == ["a", "b", "c", "slow"]
    assert got[-1] == "slow"  # the others did not wait for it


def test_shared_window_works_here_when_the_pool_is_full():
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from pipeline.engines.local import shared_window

    release = threading.Event()

    def work(chunk):
        release.wait(5)  # the pool's chunk runs until this process has taken one of its own
        return chunk

    here: list[list[str]] = []

    def work_here(chunk):
        here.append(chunk)
        release.set()
        return chunk

    chunks = [["a"], ["b"], ["c"], ["d"]]
    with ThreadPoolExecutor(max_workers=1) as pool:
        got = list(shared_window(lambda c: pool.submit(work, c), work_here, chunks, window=1))
    assert sorted(got) == ["a", "b", "c", "d"]
    assert here[0] == ["b"]  # 'a' filled the window: the next chunk was worked here


def test_tapered_chunks_shrink_towards_the_end():
    from pipeline.engines.local import tapered_chunks

    sizes = [len(c) for c in tapered_chunks(range(100), 16, 100, 2)]
    assert sum(sizes) == 100
    assert sizes[:2] == [16, 16] and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True)
    assert [len(c) for c in tapered_chunks(range(3), 16, 3, 2)] == [1, 1, 1]


def test_settle_heap_freezes_and_collects_less_often():
    import gc

    from pipeline.heap import settle_heap

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)  # Python's defaults (an in-process CLI test may have settled it already)
        settle_heap()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == (50_000, 10, 10)
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_keep_freed_memory_sets_glibc_thresholds():
    from pipeline.heap import keep_freed_memory

    assert keep_freed_memory() is True  # fixed thresholds: a parse's freed arrays stay for the next one
