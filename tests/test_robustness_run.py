"""Unlucky runs: a bad --out, a busy or full output folder, a killed run, a format switch.

Every failure is a coded message and exit status 2, and the previous tables stay intact.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline
from pipeline.cache import ResultStore
from pipeline.cli import app
from pipeline.config import Settings
from pipeline.errors import PipelineError
from pipeline.guard import LOCK_NAME, FolderLock
from pipeline.report import write_report

runner = CliRunner()
TEXT = "Officials from Uzbekistan met envoys of Kazakhstan in Tashkent on Monday.\n"
ONLY = ["countries"]


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text("Georgia and Armenia signed a transit accord.\n", encoding="utf-8")
    return folder


def _run(raw: Path, out: Path, nlp, **settings) -> pipeline.api.RunResult:
    return pipeline.run(raw, out, settings=Settings(jobs=1, **settings), nlp=nlp, only=ONLY)


def _said(res) -> str:
    """The CLI's output as one line (rich wraps long messages)."""
    return " ".join(res.output.split())


def _tables(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def test_robustness_run_out_is_a_file_exits_2(raw: Path, tmp_path: Path) -> None:
    target = tmp_path / "tables.csv"
    target.write_text("keep me\n")
    res = runner.invoke(app, ["run", str(raw), "--out", str(target)])
    assert res.exit_code == 2, res.output
    assert f"E040 output path {target} is a file, not a folder" in _said(res) and "Traceback" not in res.output
    assert target.read_text() == "keep me\n"


def test_robustness_run_out_in_use_names_the_pid(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    holder = subprocess.Popen(  # another process holds the lock, as a running `pipeline run` does
        [sys.executable, "-c", "import sys, time; from pipeline.guard import FolderLock; "
         f"lock = FolderLock({str(out)!r}); lock.acquire(); print('held', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        res = runner.invoke(app, ["run", str(raw), "--out", str(out)])
        assert res.exit_code == 2, res.output
        assert f"E041 output folder {out} is in use by pid {holder.pid}" in _said(res)
    finally:
        holder.kill()
        holder.wait()
    with FolderLock(out):  # the holder is gone: its lock file is stale and taken over
        assert (out / LOCK_NAME).read_text().strip() == str(os.getpid())
    assert not (out / LOCK_NAME).exists()


def test_robustness_run_takes_over_a_stale_lock(raw: Path, tmp_path: Path, nlp) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (out / LOCK_NAME).write_text(f"{dead.pid}\n")  # a run killed with its lock file in place
    result = _run(raw, out, nlp)
    assert result.n_documents == 2 and (out / "countries.csv").is_file()
    assert not (out / LOCK_NAME).exists()


def test_robustness_run_lock_refuses_a_second_holder_in_the_same_process(tmp_path: Path) -> None:
    with FolderLock(tmp_path), pytest.raises(PipelineError, match=f"in use by pid {os.getpid()}"):
        FolderLock(tmp_path).acquire()


def _full_after(n: int):
    """A write that succeeds ``n`` times, then fails as a full disk does."""
    calls = {"n": 0}
    real = os.replace

    def replace(src, dst):
        calls["n"] += 1
        if calls["n"] > n:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(src, dst)

    return replace


def test_robustness_run_disk_full_in_the_temporary_folder_names_it(raw: Path, tmp_path: Path, nlp,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("pipeline.cache.pickle.dump", full)  # the spool of entity summaries
    with pytest.raises(PipelineError, match=f"^E042 no space left on the device of {tempfile.gettempdir()}:"):
        _run(raw, tmp_path / "out", nlp)


@pytest.mark.parametrize("where", ["cache", "tables"])
def test_robustness_run_disk_full_cleans_up_and_keeps_the_tables(raw: Path, tmp_path: Path, nlp, where,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    _run(raw, out, nlp)
    before = _tables(out)
    entries_before = sorted(p.name for p in (out / ".cache").glob("*/*.json"))
    (raw / "c.txt").write_text("Mongolia and China discussed coal exports.\n", encoding="utf-8")
    (raw / "a.txt").write_text(TEXT + "Turkmenistan sent an observer.\n", encoding="utf-8")
    time.sleep(0.01)  # the new entries are younger than the old ones
    if where == "cache":
        monkeypatch.setattr("pipeline.cache.os.replace", _full_after(1))
    else:
        def full(*args, **kwargs):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        monkeypatch.setattr("pipeline.tables.TableWriter.append", full)
    with pytest.raises(PipelineError) as err:
        _run(raw, out, nlp)
    assert str(err.value).startswith("E042 no space left on the device of ")
    assert str(out) in str(err.value)
    assert _tables(out) == before  # previous tables intact, no .partial file left
    assert sorted(p.name for p in (out / ".cache").glob("*/*.json")) == entries_before
    assert not list((out / ".cache").glob("*/*.tmp"))


def test_robustness_run_disk_full_is_exit_2_in_the_cli(raw: Path, tmp_path: Path, nlp,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.cli.settle_heap", lambda: None)
    monkeypatch.setattr("pipeline.cache.os.replace", _full_after(0))
    res = runner.invoke(app, ["run", str(raw), "--out", str(tmp_path / "out"), "--jobs", "1", "--only", "countries"])
    assert res.exit_code == 2, res.output
    assert "E042" in res.output and "Traceback" not in res.output


def test_robustness_run_removes_partial_files_of_a_killed_run(raw: Path, tmp_path: Path, nlp) -> None:
    out = tmp_path / "out"
    _run(raw, out, nlp)
    (out / ".quotes.abc123.csv.partial").write_text("doc_id\n")
    (out / ".run.json.partial").write_text("{")
    (out / ".cache" / "ab").mkdir(parents=True, exist_ok=True)
    (out / ".cache" / "ab" / "tmpx.tmp").write_bytes(b"half")
    _run(raw, out, nlp)
    assert not list(out.glob(".*.partial")) and not list((out / ".cache").glob("*/*.tmp"))


def test_robustness_run_never_reads_its_own_output_inside_raw(raw: Path, nlp) -> None:
    out = raw / "tables"
    first = _run(raw, out, nlp)
    write_report(out, raw)
    second = _run(raw, out, nlp, cache=False)
    assert first.n_documents == second.n_documents == 2
    assert sorted(second.tables["documents"]["doc_id"]) == ["a", "b"]


def test_robustness_run_refuses_out_equal_to_raw(raw: Path) -> None:
    (raw / "report.html").write_text("<p>An input page.</p>")
    res = runner.invoke(app, ["run", str(raw), "--out", str(raw)])
    assert res.exit_code == 2 and f"E044 output folder {raw} is the input folder" in _said(res)
    assert (raw / "report.html").read_text() == "<p>An input page.</p>"


def test_robustness_run_does_not_cache_a_read_failure(raw: Path, tmp_path: Path, nlp,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    real = pipeline.api.read_document

    def vanished(path, root, settings):  # the file is gone for a moment when the run re-reads it
        if path.name == "a.txt":
            return replace(real(root / "nope.txt", root, settings), doc_id="a", path="a.txt")
        return real(path, root, settings)

    monkeypatch.setattr("pipeline.api.read_document", vanished)
    first = _run(raw, out, nlp)
    assert first.n_failed == 1 and "E005" in first.tables["documents"].set_index("doc_id").loc["a", "error"]
    monkeypatch.setattr("pipeline.api.read_document", real)
    second = _run(raw, out, nlp)  # the file is back: read again, not the cached failure
    assert second.n_failed == 0
    assert "UZB" in set(second.tables["countries"]["iso3"])


def test_robustness_run_format_switch_removes_the_other_tables(raw: Path, tmp_path: Path, nlp) -> None:
    pytest.importorskip("pyarrow")
    out = tmp_path / "out"
    _run(raw, out, nlp, fmt="parquet")
    (raw / "b.txt").unlink()
    _run(raw, out, nlp, fmt="csv")
    assert not list(out.glob("*.parquet"))
    assert pipeline.api.run_manifest(out)["format"] == "csv"
    assert list(pipeline.load_tables(out)["documents"]["doc_id"]) == ["a"]


def test_robustness_run_loader_follows_the_manifest_format(raw: Path, tmp_path: Path, nlp) -> None:
    out = tmp_path / "out"
    _run(raw, out, nlp)
    (out / "documents.parquet").write_bytes(b"not the current table")
    assert list(pipeline.load_tables(out)["documents"]["doc_id"]) == ["a", "b"]


def test_robustness_run_stores_results_as_json(raw: Path, tmp_path: Path, nlp) -> None:
    out = tmp_path / "out"
    _run(raw, out, nlp)
    entries = list((out / ".cache").glob("*/*.json"))
    assert len(entries) == 2 and not list((out / ".cache").glob("*/*.pkl"))
    assert all(ResultStore(out / ".cache").get(p.stem) is not None for p in entries)
