"""Stage 5 helper: where :class:`~pipeline.tables.TableWriter` puts one table's rows (CSV file, Parquet dataset).

Every sink writes beside the output under a hidden temporary name and moves into place
on :meth:`commit`, so an interrupted run leaves the previous table intact.

A Parquet table is a *dataset*: a folder ``<table>.parquet/`` of ``part-00000.parquet``,
``part-00001.parquet``, ... in document order, each part up to :data:`PART_ROWS` rows (a
document's rows never straddle two parts), in row groups of :data:`ROW_GROUP_ROWS` rows
(the last one of a part may be shorter). ``pd.read_parquet``, ``pyarrow.parquet.read_table``
and ``dask.dataframe.read_parquet`` read the folder as one table, as does
:func:`pipeline.load_tables` (which still reads the single ``<table>.parquet`` file of
earlier versions).
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import PipelineError
from .schemas import TableSchema

Row = dict[str, Any]

ROW_GROUP_ROWS = 65_536  # rows per Parquet row group (one footer entry per group, not per document)
PART_ROWS = 16 * ROW_GROUP_ROWS  # rows per part file of a Parquet dataset
_BATCH_ROWS = 4096  # rows kept as Python lists before they become an Arrow batch
FILE_MODE = 0o644  # mkstemp creates 0600; tables are meant to be shared
_DIR_MODE = 0o755
_PARTS = ".parquet.parts"  # suffix of a dataset being written
_OLD = ".parquet.old"  # suffix of the dataset it replaces, while the new one moves in


class CsvSink:
    """One CSV file: header first, then every document's rows."""

    def __init__(self, out_dir: Path, name: str, schema: TableSchema, cell: Callable[[object], object],
                 kept: frozenset[type] = frozenset()) -> None:
        """``cell`` turns a value into what is written; values of the types in ``kept`` are written as they are
        (``cell`` would return them unchanged: no call per cell)."""
        fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.", suffix=".csv.partial")
        os.chmod(tmp, FILE_MODE)
        self.tmp = Path(tmp)
        self.final = out_dir / f"{name}.csv"
        self._columns = schema.column_names
        self._cell = cell
        self._kept = kept
        self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self._writer = csv.writer(self._handle, lineterminator="\n")
        self._writer.writerow(self._columns)

    def write(self, rows: list[Row]) -> None:
        cell, cols, kept = self._cell, self._columns, self._kept
        self._writer.writerows([[v if type(v) in kept else cell(v) for v in map(r.get, cols)] for r in rows])

    def close(self) -> None:
        self._handle.close()

    def commit(self) -> Path:
        os.replace(self.tmp, self.final)
        return self.final

    def discard(self) -> None:
        self.tmp.unlink(missing_ok=True)


class ParquetSink:
    """One Parquet dataset: rows buffered by column, written in row groups, parts rolled at :data:`PART_ROWS`."""

    _ARROW = {"str": "string", "int": "int64", "float": "float64"}

    def __init__(self, out_dir: Path, name: str, schema: TableSchema, *, row_group_rows: int | None = None,
                 part_rows: int | None = None) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise PipelineError("--format parquet needs pyarrow (pip install 'policy-pipeline[parquet]')") from exc
        self._pa, self._pq = pa, pq
        self.tmp = Path(tempfile.mkdtemp(dir=out_dir, prefix=f".{name}.", suffix=_PARTS))
        os.chmod(self.tmp, _DIR_MODE)
        self.final = out_dir / f"{name}.parquet"
        self._columns = schema.column_names
        self.arrow_schema = pa.schema([(c.name, getattr(pa, self._ARROW[c.type])()) for c in schema.columns])
        self._row_group_rows = row_group_rows or ROW_GROUP_ROWS
        self._part_rows = part_rows or PART_ROWS
        self._buffer: dict[str, list[object]] = {c: [] for c in self._columns}  # rows not yet in a batch
        self._listed = 0
        self._batches: list[Any] = []  # Arrow batches of the next row group
        self._buffered = 0  # rows in those batches
        self._writer: Any = None
        self._parts = 0
        self._part_rows_written = 0

    def write(self, rows: list[Row]) -> None:
        for c in self._columns:
            self._buffer[c].extend(None if r.get(c) in (None, "") else r[c] for r in rows)
        self._listed += len(rows)
        if self._listed >= _BATCH_ROWS:
            self._to_arrow()
        if self._buffered + self._listed >= self._row_group_rows:
            self._flush()
            if self._part_rows_written >= self._part_rows:  # at a document's end: start the next part
                self._close_part()

    def _to_arrow(self) -> None:
        """The rows listed so far as one Arrow batch (columnar: a fraction of the memory of Python lists)."""
        if self._listed:
            self._batches.append(self._pa.RecordBatch.from_pydict(self._buffer, schema=self.arrow_schema))
            self._buffered += self._listed
            self._buffer = {c: [] for c in self._columns}
            self._listed = 0

    def _flush(self) -> None:
        """Write what is buffered as one row group."""
        self._to_arrow()
        if self._writer is None:
            path = self.tmp / f"part-{self._parts:05d}.parquet"
            self._writer = self._pq.ParquetWriter(path, self.arrow_schema)
            os.chmod(path, FILE_MODE)
            self._parts += 1
        table = self._pa.Table.from_batches(self._batches, schema=self.arrow_schema)
        self._writer.write_table(table, row_group_size=max(1, table.num_rows))
        self._part_rows_written += table.num_rows
        self._batches = []
        self._buffered = 0

    def _close_part(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self._part_rows_written = 0

    def close(self) -> None:
        if self._buffered or self._listed or not self._parts:  # an empty table is one part with the columns
            self._flush()
        self._close_part()

    def commit(self) -> Path:
        """Move the dataset into place; the table it replaces (a dataset or a single file) is removed."""
        old = None
        if self.final.exists():
            old = Path(tempfile.mkdtemp(dir=self.final.parent, prefix=f".{self.final.stem}.", suffix=_OLD))
            os.replace(self.final, old / self.final.name)
        os.replace(self.tmp, self.final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return self.final

    def discard(self) -> None:
        try:
            self._close_part()
        except Exception:  # a broken writer: its folder is removed below
            pass
        shutil.rmtree(self.tmp, ignore_errors=True)


def remove_partial_datasets(out_dir: Path) -> None:
    """Clean what an interrupted Parquet write left: datasets being written are removed; a table that was
    being replaced when the run stopped (its old copy moved aside, the new one not yet in) is put back."""
    for parts in Path(out_dir).glob(f".*{_PARTS}"):
        shutil.rmtree(parts, ignore_errors=True)
    for old in Path(out_dir).glob(f".*{_OLD}"):
        for table in old.iterdir():
            if not (out_dir / table.name).exists():
                os.replace(table, out_dir / table.name)
        shutil.rmtree(old, ignore_errors=True)


def remove_table(path: Path) -> None:
    """Remove a table file or Parquet dataset folder (missing: nothing to do)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
