"""Stage 5 helper: read the tables of an output folder back, typed, with clear errors for damaged files.

``load_tables`` reads the format that ``run.json`` names as current; a table that cannot be
read is a :class:`PipelineError` naming the table and, for a CSV, the line (E043, E049).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import Errors, PipelineError
from .manifest import current_format
from .schemas import SCHEMAS, TableSchema

if TYPE_CHECKING:
    import pandas as pd

_CSV_LINE = re.compile(r"line (\d+)")
_POSITION = re.compile(r"at position (\d+)")
_ROW = re.compile(r"at row (\d+)")  # pandas counts the header as row 0


def _damaged(path: Path, exc: Exception, column: str = "") -> PipelineError:
    """A clear error for a table that cannot be read: which table, and which line when known."""
    detail = f"{type(exc).__name__}: {str(exc).strip()}"
    line = None
    if m := _CSV_LINE.search(str(exc)):
        line = int(m.group(1))
    elif m := _ROW.search(str(exc)):
        line = int(m.group(1)) + 1
    elif m := _POSITION.search(str(exc)):
        line = int(m.group(1)) + 2  # row position 0 is the line after the header
        detail = f"column {column}: {detail}"
    if line is None:
        return PipelineError(Errors.E049.format(table=path.stem, path=path, detail=detail))
    return PipelineError(Errors.E043.format(table=path.stem, path=path, line=line, detail=detail))


def failed_documents(path: Path) -> Iterator[tuple[str, str, str]]:
    """``(status, doc_id, error)`` of each document of a ``documents`` table whose status is not ``ok``, in
    table order. A CSV is streamed with the csv module (a CSV run never imports pandas, and the table is not
    held in memory); Parquet is read as a table."""
    path = Path(path)
    if path.suffix == ".parquet":
        frame = read_table(path, SCHEMAS["documents"])
        rows: Iterator[dict] = iter(frame.astype(object).where(frame.notna(), "").to_dict("records"))
        yield from _not_ok(rows)
        return
    with path.open(newline="", encoding="utf-8-sig") as handle:
        yield from _not_ok(csv.DictReader(handle))


def _not_ok(rows: Iterator[dict]) -> Iterator[tuple[str, str, str]]:
    for row in rows:
        if row.get("status", "ok") != "ok":
            yield str(row["status"]), str(row["doc_id"]), str(row.get("error") or "")


def read_table(path: Path, schema: TableSchema | None = None) -> pd.DataFrame:
    """One table (CSV, Parquet file or Parquet dataset folder) with the schema's dtypes (strings where no
    schema is known). A dataset folder (``quotes.parquet/part-*.parquet``) is read as one table, parts in order.

    Raises:
        PipelineError: the file is damaged: E043 with the line of a CSV, else E049.
    """
    import pandas as pd

    path = Path(path)
    if path.suffix == ".parquet":
        try:
            frame = pd.read_parquet(path)
            return frame.astype("string") if schema is None else schema.coerce(frame)
        except Exception as exc:  # pyarrow raises many types on a broken file
            raise _damaged(path, exc) from exc
    try:
        frame = pd.read_csv(path, dtype="string", keep_default_na=False, na_values=[""])
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise _damaged(path, exc) from exc
    if schema is not None:
        for col in schema.columns:
            if col.name in frame.columns and col.type != "str":
                try:
                    frame[col.name] = pd.to_numeric(frame[col.name]).astype(col.dtype)
                except (ValueError, TypeError) as exc:
                    raise _damaged(path, exc, col.name) from exc
    return frame


def load_tables(path: Path | str = "data/processed") -> dict[str, pd.DataFrame]:
    """Load every table of an output folder with the contract's dtypes (CSV or Parquet).

    Reads the format that ``run.json`` names as current (the last run's); without a
    manifest, every CSV and Parquet table (Parquet wins a tie). A Parquet table is a
    dataset folder (``<table>.parquet/part-NNNNN.parquet``) or, written by earlier versions, one file.

    >>> tables = load_tables("data/processed")
    >>> tables["quotes"].merge(tables["speakers"], on=["doc_id", "speaker_id"])

    Raises:
        PipelineError: no tables (E012), or a damaged one (E043, E049).
    """
    path = Path(path)
    fmt = current_format(path)
    files = {} if fmt == "parquet" else {f.stem: f for f in sorted(path.glob("*.csv"))}
    if fmt != "csv":
        files.update({f.stem: f for f in sorted(path.glob("*.parquet"))})
    if not files:
        raise PipelineError(Errors.E012.format(path=path))
    return {name: read_table(f, SCHEMAS.get(name)) for name, f in sorted(files.items())}
