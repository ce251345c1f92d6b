"""Stage 5, write: records -> rows -> tables (CSV or Parquet); the loader is :mod:`pipeline.loading`.

The ONLY code that writes tables. Rows are streamed one document at a time
into temporary files beside the output, then every table is moved into place
together, so an interrupted run leaves the previous tables intact. Output is
deterministic: documents come in doc_id order and each document's rows are
sorted by the schema's sort keys.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pandas as pd

from .errors import PipelineError
from .loading import load_tables, read_table
from .normalize import Resolution
from .records import DocResult
from .registry import Extractor
from .rows import ROW_BUILDERS, ROW_MERGERS, Row, document_row, entity_rows
from .schemas import SCHEMAS, TableSchema

__all__ = ["FORMATS", "TableWriter", "build_tables", "frame_of", "load_tables", "read_table", "remove_other_formats",
           "result_rows", "table_schemas", "to_csv_text", "write_results", "write_tables"]

FORMATS = ("csv", "parquet")
_FILE_MODE = 0o644  # mkstemp creates 0600; tables are meant to be shared


def _sort_key(schema: TableSchema) -> Callable[[Row], tuple]:
    cols = schema.sort_by

    def key(row: Row) -> tuple:
        return tuple((0, "") if row.get(c) in (None, "") else (1, row[c]) for c in cols)

    return key


def _dedupe(schema: TableSchema, rows: Iterable[Row]) -> list[Row]:
    seen: set[tuple] = set()
    out = []
    for row in rows:
        k = tuple(row.get(c) for c in schema.key)
        if k not in seen:
            seen.add(k)
            out.append(row)
    return out


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, float) and value != value:  # NaN
        return ""
    return value


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheet programs read as a formula


def _excel_cell(value: object) -> object:
    """``_cell`` for ``--excel-safe``: text that a spreadsheet would evaluate gets a leading ``'``."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return _cell(value)


def _naming(exc: OSError, folder: Path) -> OSError:
    """``exc`` naming ``folder`` when it names no file (a failed write says nothing of where it wrote)."""
    return exc if exc.filename is not None else type(exc)(exc.errno, exc.strerror, str(folder))


class TableWriter:
    """Streams rows into ``<out>/.<name>.<fmt>.partial`` files; :meth:`commit` moves them in place.

    Use as a context manager: leaving the block with an exception removes the
    partial files and leaves the previous tables untouched.
    """

    def __init__(self, out_dir: Path, schemas: Sequence[TableSchema], fmt: str = "csv", *,
                 excel_safe: bool = False) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {FORMATS}")
        self.out_dir = Path(out_dir)
        self.schemas = {s.name: s for s in schemas}
        self.fmt = fmt
        self._cell = _excel_cell if excel_safe else _cell
        self._files: dict[str, Path] = {}
        self._handles: dict[str, object] = {}
        self._keys = {name: _sort_key(s) for name, s in self.schemas.items()}
        self.counts: dict[str, int] = dict.fromkeys(self.schemas, 0)  # rows written per table

    def __enter__(self) -> TableWriter:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        for name, schema in self.schemas.items():
            fd, tmp = tempfile.mkstemp(dir=self.out_dir, prefix=f".{name}.", suffix=f".{self.fmt}.partial")
            os.chmod(tmp, _FILE_MODE)
            self._files[name] = Path(tmp)
            if self.fmt == "csv":
                handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
                csv.writer(handle, lineterminator="\n").writerow(schema.column_names)
                self._handles[name] = handle
            else:
                os.close(fd)
                self._handles[name] = _ParquetSink(self._files[name], schema)
        return self

    def append(self, name: str, rows: Iterable[Row]) -> None:
        """Add one document's rows (deduplicated on the key, sorted)."""
        schema = self.schemas[name]
        rows = sorted(_dedupe(schema, rows), key=self._keys[name])
        if not rows:
            return
        self.counts[name] += len(rows)
        cols = schema.column_names
        handle = self._handles[name]
        cell = self._cell
        try:
            if self.fmt == "csv":
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerows([[cell(r.get(c)) for c in cols] for r in rows])
            else:
                handle.write(rows)
        except OSError as exc:
            raise _naming(exc, self.out_dir) from exc

    def commit(self) -> list[Path]:
        """Close the partial files and move every table into place."""
        try:
            for handle in self._handles.values():
                handle.close()
        except OSError as exc:  # the last buffered rows meet a full disk
            raise _naming(exc, self.out_dir) from exc
        paths = []
        for name, tmp in self._files.items():
            final = self.out_dir / f"{name}.{self.fmt}"
            os.replace(tmp, final)
            paths.append(final)
        self._files.clear()
        return paths

    def __exit__(self, exc_type, exc, tb) -> None:
        for handle in self._handles.values():
            try:
                handle.close()
            except Exception:  # already closed or broken: the file is removed below
                pass
        for tmp in self._files.values():
            tmp.unlink(missing_ok=True)


class _ParquetSink:
    """Appends row groups to one Parquet file with the schema's Arrow types."""

    _ARROW = {"str": "string", "int": "int64", "float": "float64"}

    def __init__(self, path: Path, schema: TableSchema) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise PipelineError("--format parquet needs pyarrow (pip install 'policy-pipeline[parquet]')") from exc
        self._pa = pa
        self.schema = schema
        self.arrow_schema = pa.schema([(c.name, getattr(pa, self._ARROW[c.type])()) for c in schema.columns])
        self.writer = pq.ParquetWriter(path, self.arrow_schema)
        self._closed = False

    def write(self, rows: list[Row]) -> None:
        cols = {c.name: [None if r.get(c.name) in (None, "") else r[c.name] for r in rows] for c in self.schema.columns}
        self.writer.write_table(self._pa.table(cols, schema=self.arrow_schema))

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.writer.close()


def result_rows(result: DocResult, resolution: Resolution, extractors: Sequence[Extractor]) -> dict[str, list[Row]]:
    """Every table's rows for one document (documents row included)."""
    doc_id = result.document.doc_id
    rows: dict[str, list[Row]] = {"documents": [document_row(result.document)]}
    for name, build in ROW_BUILDERS.items():
        rows[name] = [build(doc_id, rec, resolution) for rec in result.table(name)]
        if name in ROW_MERGERS:
            rows[name] = ROW_MERGERS[name](rows[name])
    for ext in extractors:
        if ext.name in SCHEMAS or ext.schema is None:
            continue
        to_row = ext.to_row or (lambda rec: {k: getattr(rec, k) for k in rec.__dataclass_fields__})
        rows[ext.name] = [{"doc_id": doc_id, **to_row(rec)} for rec in result.table(ext.name)]
    return rows


def table_schemas(extractors: Sequence[Extractor]) -> list[TableSchema]:
    """The contract's schemas plus those of extension tables."""
    extra = [e.schema for e in extractors if e.name not in SCHEMAS and e.schema is not None]
    return [*SCHEMAS.values(), *extra]


def write_results(
    results: Iterable[DocResult],
    resolution: Resolution,
    extractors: Sequence[Extractor],
    out_dir: Path,
    *,
    fmt: str = "csv",
    excel_safe: bool = False,
) -> dict[str, int]:
    """Stream every document's rows into the tables under ``out_dir`` (atomic as a set); rows per table.

    ``excel_safe``: CSV text cells beginning with = + - @ get a leading ``'`` (see the README).
    """
    with TableWriter(out_dir, table_schemas(extractors), fmt, excel_safe=excel_safe) as writer:
        for result in results:
            for name, rows in result_rows(result, resolution, extractors).items():
                writer.append(name, rows)
        writer.append("entities", entity_rows(resolution))
        writer.commit()
        return dict(writer.counts)


def build_tables(
    results: Sequence[DocResult], resolution: Resolution, extractors: Sequence[Extractor]
) -> dict[str, pd.DataFrame]:
    """Every table as a typed DataFrame, in memory (for one document or a notebook)."""
    collected: dict[str, list[Row]] = {s.name: [] for s in table_schemas(extractors)}
    for result in results:
        for name, rows in result_rows(result, resolution, extractors).items():
            schema = _schema(name, extractors)
            collected[name].extend(sorted(_dedupe(schema, rows), key=_sort_key(schema)))
    collected["entities"] = sorted(entity_rows(resolution), key=_sort_key(SCHEMAS["entities"]))
    return {name: frame_of(_schema(name, extractors), rows) for name, rows in collected.items()}


def _schema(name: str, extractors: Sequence[Extractor]) -> TableSchema:
    return {s.name: s for s in table_schemas(extractors)}[name]


def frame_of(schema: TableSchema, rows: Sequence[Row]) -> pd.DataFrame:
    """A typed frame with exactly the schema's columns."""
    if not rows:
        return schema.empty()
    frame = pd.DataFrame([[_cell(r.get(c)) for c in schema.column_names] for r in rows], columns=schema.column_names)
    return schema.coerce(frame)


def to_csv_text(frame: pd.DataFrame) -> str:
    return frame.to_csv(index=False, lineterminator="\n")


def write_tables(frames: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Write ready-made frames as CSV (rendered first, then each moved in atomically)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rendered = {name: to_csv_text(frame) for name, frame in frames.items()}
    paths = []
    for name, text in rendered.items():
        path = out_dir / f"{name}.csv"
        fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.", suffix=".csv.partial")
        os.chmod(tmp, _FILE_MODE)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
                f.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        paths.append(path)
    return paths


def remove_other_formats(out_dir: Path, names: Iterable[str], fmt: str) -> None:
    """Remove the tables a run in another format left in ``out_dir`` (only ``fmt``'s are current)."""
    for other in FORMATS:
        if other != fmt:
            for name in names:
                (Path(out_dir) / f"{name}.{other}").unlink(missing_ok=True)
