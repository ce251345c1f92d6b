"""Stage 5 (write): Parquet tables are datasets (one folder of parts) that every reader reads as one table."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline import sinks
from pipeline.schemas import SCHEMAS
from pipeline.tables import TableWriter, frame_of, load_tables, remove_other_formats

pq = pytest.importorskip("pyarrow.parquet")

DOCS = SCHEMAS["documents"]


def _row(n: int) -> dict:
    return {"doc_id": f"d{n:03d}", "path": f"d{n:03d}.txt", "title": f"Report {n}", "n_chars": n, "n_words": n,
            "sha256": "x", "status": "ok", "error": ""}


def _write(out: Path, n_docs: int) -> Path:
    (out / "run.json").parent.mkdir(parents=True, exist_ok=True)
    (out / "run.json").write_text(json.dumps({"format": "parquet"}), encoding="utf-8")
    with TableWriter(out, [DOCS], "parquet") as writer:
        for n in range(n_docs):
            writer.append("documents", [_row(n)])
        writer.commit()
    return out / "documents.parquet"


@pytest.fixture
def small_parts(monkeypatch):
    monkeypatch.setattr(sinks, "ROW_GROUP_ROWS", 4)
    monkeypatch.setattr(sinks, "PART_ROWS", 8)
    monkeypatch.setattr(sinks, "_BATCH_ROWS", 3)  # rows become Arrow batches before a row group is full


@pytest.mark.usefixtures("small_parts")
def test_tables_parquet_dataset_parts_and_row_groups(tmp_path: Path) -> None:
    table = _write(tmp_path, 21)
    parts = sorted(p.name for p in table.iterdir())
    assert parts == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    groups = [[pq.ParquetFile(table / p).metadata.row_group(i).num_rows
               for i in range(pq.ParquetFile(table / p).num_row_groups)] for p in parts]
    assert groups == [[4, 4], [4, 4], [4, 1]]


@pytest.mark.usefixtures("small_parts")
@pytest.mark.filterwarnings("ignore:The inplace keyword")  # inside dask's own reader
def test_tables_parquet_dataset_reads_as_one_table_everywhere(tmp_path: Path) -> None:
    table = _write(tmp_path, 21)
    expected = [f"d{n:03d}" for n in range(21)]
    assert list(load_tables(tmp_path)["documents"]["doc_id"]) == expected
    assert list(pd.read_parquet(table)["doc_id"]) == expected
    assert pq.read_table(table).column("doc_id").to_pylist() == expected

    dd = pytest.importorskip("dask.dataframe")
    assert list(dd.read_parquet(str(table)).compute()["doc_id"]) == expected


def test_tables_parquet_empty_table_keeps_its_columns(tmp_path: Path) -> None:
    table = _write(tmp_path, 0)
    frame = load_tables(tmp_path)["documents"]
    assert frame.empty and list(frame.columns) == DOCS.column_names
    assert [p.name for p in table.iterdir()] == ["part-00000.parquet"]


def test_tables_parquet_single_file_of_earlier_versions_still_loads(tmp_path: Path) -> None:
    (tmp_path / "run.json").write_text(json.dumps({"format": "parquet"}), encoding="utf-8")
    frame_of(DOCS, [_row(1)]).to_parquet(tmp_path / "documents.parquet")  # one file, as before datasets
    assert list(load_tables(tmp_path)["documents"]["doc_id"]) == ["d001"]
    _write(tmp_path, 2)  # the next run replaces the file by a dataset
    assert (tmp_path / "documents.parquet").is_dir()
    assert list(load_tables(tmp_path)["documents"]["doc_id"]) == ["d000", "d001"]


def test_tables_parquet_rewrite_and_format_switch_leave_no_leftovers(tmp_path: Path) -> None:
    _write(tmp_path, 3)
    _write(tmp_path, 2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents.parquet", "run.json"]
    remove_other_formats(tmp_path, ["documents"], "csv")
    assert not (tmp_path / "documents.parquet").exists()


def test_tables_parquet_interrupted_write_keeps_the_previous_dataset(tmp_path: Path) -> None:
    _write(tmp_path, 3)
    with pytest.raises(KeyboardInterrupt), TableWriter(tmp_path, [DOCS], "parquet") as writer:
        writer.append("documents", [_row(9)])
        raise KeyboardInterrupt
    assert list(load_tables(tmp_path)["documents"]["doc_id"]) == ["d000", "d001", "d002"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents.parquet", "run.json"]


def test_tables_parquet_killed_between_the_two_moves_puts_the_old_table_back(tmp_path: Path) -> None:
    _write(tmp_path, 3)
    aside = tmp_path / ".documents.x1.parquet.old"  # what a run killed inside ParquetSink.commit leaves
    aside.mkdir()
    (tmp_path / "documents.parquet").rename(aside / "documents.parquet")
    (tmp_path / ".documents.x2.parquet.parts").mkdir()
    _write(tmp_path, 0)  # the next write cleans up first ...
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents.parquet", "run.json"]
    sinks.remove_partial_datasets(tmp_path)  # ... and on its own, a moved-aside table is put back
    aside.mkdir()
    (tmp_path / "documents.parquet").rename(aside / "documents.parquet")
    sinks.remove_partial_datasets(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents.parquet", "run.json"]
