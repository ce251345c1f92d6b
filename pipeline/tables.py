"""Stage 5, write: records -> rows -> tables (CSV or Parquet datasets); the loader is :mod:`pipeline.loading`.

The ONLY code that writes tables. Rows are streamed one document at a time
into temporary files beside the output, then every table is moved into place
together, so an interrupted run leaves the previous tables intact. Output is
deterministic: documents come in doc_id order and each document's rows are
sorted by the schema's sort keys.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .loading import load_tables, read_table
from .normalize import Resolution
from .records import DocResult
from .registry import Extractor
from .rows import ROW_BUILDERS, ROW_MERGERS, Row, document_row, entity_rows
from .schemas import SCHEMAS, TableSchema
from .sinks import FILE_MODE, CsvSink, ParquetSink, remove_partial_datasets, remove_table

if TYPE_CHECKING:  # imported where frames are made: a run writing CSV needs no pandas (start-up)
    import pandas as pd

__all__ = ["FORMATS", "TableWriter", "build_tables", "frame_of", "load_tables", "read_table", "remove_other_formats",
           "result_rows", "table_schemas", "to_csv_text", "write_results", "write_tables"]

FORMATS = ("csv", "parquet")


def _sort_key(schema: TableSchema) -> Callable[[Row], tuple]:
    cols = schema.sort_by

    def key(row: Row) -> tuple:
        return tuple([(0, "") if (v := row.get(c)) is None or v == "" else (1, v) for c in cols])

    return key


def _dedupe(schema: TableSchema, rows: Iterable[Row]) -> list[Row]:
    seen: set[tuple] = set()
    out = []
    cols = schema.key
    for row in rows:
        k = tuple([row.get(c) for c in cols])
        if k not in seen:
            seen.add(k)
            out.append(row)
    return out


_KEPT = frozenset({str, int, bool})  # the types _cell returns unchanged (CsvSink writes them without a call)
_EXCEL_KEPT = frozenset({int, bool})  # and _excel_cell


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
    """Streams rows into hidden sinks beside the output (:mod:`pipeline.sinks`); :meth:`commit` moves them in place.

    CSV: one file per table. Parquet: one dataset folder per table, ``<table>.parquet/part-NNNNN.parquet``
    (parts of up to :data:`~pipeline.sinks.PART_ROWS` rows, row groups of
    :data:`~pipeline.sinks.ROW_GROUP_ROWS`). Use as a context manager: leaving the block with an
    exception removes the partial files and leaves the previous tables untouched.
    """

    def __init__(self, out_dir: Path, schemas: Sequence[TableSchema], fmt: str = "csv", *,
                 excel_safe: bool = False) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {FORMATS}")
        self.out_dir = Path(out_dir)
        self.schemas = {s.name: s for s in schemas}
        self.fmt = fmt
        self._cell, self._kept = (_excel_cell, _EXCEL_KEPT) if excel_safe else (_cell, _KEPT)
        self._sinks: dict[str, CsvSink | ParquetSink] = {}
        self._keys = {name: _sort_key(s) for name, s in self.schemas.items()}
        self.counts: dict[str, int] = dict.fromkeys(self.schemas, 0)  # rows written per table

    def __enter__(self) -> TableWriter:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        remove_partial_datasets(self.out_dir)
        for name, schema in self.schemas.items():
            self._sinks[name] = (CsvSink(self.out_dir, name, schema, self._cell, self._kept) if self.fmt == "csv"
                                 else ParquetSink(self.out_dir, name, schema))
        return self

    def append(self, name: str, rows: Iterable[Row]) -> None:
        """Add one document's rows (deduplicated on the key, sorted)."""
        schema = self.schemas[name]
        rows = sorted(_dedupe(schema, rows), key=self._keys[name])
        if not rows:
            return
        self.counts[name] += len(rows)
        try:
            self._sinks[name].write(rows)
        except OSError as exc:
            raise _naming(exc, self.out_dir) from exc

    def commit(self) -> list[Path]:
        """Close the partial files and move every table into place."""
        try:
            for sink in self._sinks.values():
                sink.close()
        except OSError as exc:  # the last buffered rows meet a full disk
            raise _naming(exc, self.out_dir) from exc
        paths = [sink.commit() for sink in self._sinks.values()]
        self._sinks.clear()
        return paths

    def __exit__(self, exc_type, exc, tb) -> None:
        for sink in self._sinks.values():
            try:
                sink.close()
            except Exception:  # already closed or broken: the file is removed below
                pass
            sink.discard()


def _fields_row(rec: object) -> Row:
    """A plug-in extractor's record as a row when it gives no ``to_row``: its dataclass fields, by name."""
    if not is_dataclass(rec):
        raise TypeError(f"{type(rec).__name__} is no dataclass: give its extractor a to_row")
    return {f.name: getattr(rec, f.name) for f in fields(rec)}


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
        to_row = ext.to_row or _fields_row
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
            for name, rows in result_rows(result, resolution.scoped(result), extractors).items():
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
        for name, rows in result_rows(result, resolution.scoped(result), extractors).items():
            schema = _schema(name, extractors)
            collected[name].extend(sorted(_dedupe(schema, rows), key=_sort_key(schema)))
    collected["entities"] = sorted(entity_rows(resolution), key=_sort_key(SCHEMAS["entities"]))
    return {name: frame_of(_schema(name, extractors), rows) for name, rows in collected.items()}


def _schema(name: str, extractors: Sequence[Extractor]) -> TableSchema:
    return {s.name: s for s in table_schemas(extractors)}[name]


def frame_of(schema: TableSchema, rows: Sequence[Row]) -> pd.DataFrame:
    """A typed frame with exactly the schema's columns."""
    import pandas as pd

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
        os.chmod(tmp, FILE_MODE)
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
    """Remove the tables a run in another format left in ``out_dir`` (only ``fmt``'s are current):
    files, and Parquet dataset folders."""
    for other in FORMATS:
        if other != fmt:
            for name in names:
                remove_table(Path(out_dir) / f"{name}.{other}")
