"""Data files of word lists and tables (pipeline/data/...): the one reader and writer every lexicon uses.

One rule for every file: an entry a line, surrounding whitespace stripped, blank lines skipped, and
``#`` at the start of a line or after a space or tab starts a comment (so ``C#`` stays an entry).
Plain lists (``.txt``) hold one entry a line; tables (``.tsv``) hold tab-separated rows whose first row
may name the columns. A missing file is an error that names it (E015), never an empty list.

Lexicons that are frozen dataclasses of word lists keep one ``<field>.txt`` per field and load and save
them with :func:`load_fields` and :func:`save_fields`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

from .errors import Errors, PipelineError

_COMMENT = re.compile(r"(?:^|(?<=\s))#.*")


def read_lines(path: Path | str) -> list[str]:
    """The entries of a data file, in file order, without comments, blank lines or surrounding whitespace.

    Raises:
        PipelineError: E015 when ``path`` is not a file.
    """
    path = Path(path)
    if not path.is_file():
        raise PipelineError(Errors.E015.format(path=path))
    out = []
    with path.open(encoding="utf-8") as lines:  # lines end at "\n", "\r\n" or "\r" only (not at "\x85")
        for line in lines:
            entry = _COMMENT.sub("", line).strip()
            if entry:
                out.append(entry)
    return out


def read_words(path: Path | str, *, lower: bool = False) -> tuple[str, ...]:
    """The entries of a one-per-line list, in order and without repeats (lower-cased when ``lower``)."""
    lines = read_lines(path)
    return tuple(dict.fromkeys(line.lower() if lower else line for line in lines))


def read_rows(path: Path | str, columns: Sequence[str], *, required: int | None = None) -> list[tuple[str, ...]]:
    """The rows of a tab-separated table with ``columns``; a first row that names the columns is skipped.

    A row is split at its first ``len(columns) - 1`` tabs (the last cell may hold tabs) and each cell is
    stripped. Trailing cells after the first ``required`` ones may be left out: they read as ``""``.

    Args:
        path: the ``.tsv`` file.
        columns: the names of the columns, in order.
        required: how many leading cells every row must have (default: all of them).

    Raises:
        PipelineError: E015 for a missing file, E016 for a row with fewer than ``required`` cells.
    """
    needed = len(columns) if required is None else required
    rows = []
    for line in read_lines(path):
        row = tuple(cell.strip() for cell in line.split("\t", len(columns) - 1))
        if len(row) < needed:
            raise PipelineError(Errors.E016.format(path=path, n=needed, row=line))
        rows.append(row + ("",) * (len(columns) - len(row)))
    return rows[1:] if rows and rows[0] == tuple(columns) else rows


def write_lines(path: Path | str, lines: Iterable[str]) -> None:
    """Write one entry a line to ``path`` (its folder is created); :func:`read_lines` reads them back."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def write_rows(path: Path | str, rows: Iterable[Sequence[str]], columns: Sequence[str]) -> None:
    """Write a header row naming ``columns`` and then ``rows``, tab-separated; :func:`read_rows` reads them back."""
    write_lines(path, ["\t".join(row) for row in (tuple(columns), *rows)])


def _word_fields(cls: type, names: Iterable[str] | None) -> list:
    chosen = None if names is None else set(names)
    return [f for f in fields(cls) if f.init and (chosen is None or f.name in chosen)]


def load_fields(cls: type, path: Path | str, *, lower: bool = False,
                names: Iterable[str] | None = None) -> dict[str, Any]:
    """Keyword arguments for dataclass ``cls``: each field read from ``<field>.txt`` under ``path``.

    Fields typed ``frozenset[str]`` load as sets, the others as tuples in file order (``Any``: the values
    match the dataclass's fields, which a type checker cannot see through ``**``).

    Args:
        cls: the lexicon dataclass.
        path: the folder of the ``<field>.txt`` files.
        lower: lower-case every entry.
        names: the fields to read (default: every field set by ``__init__``).

    Raises:
        PipelineError: E015 naming the first field file that is missing.
    """
    path = Path(path)
    values: dict[str, Any] = {}
    for f in _word_fields(cls, names):
        words = read_words(path / f"{f.name}.txt", lower=lower)
        values[f.name] = frozenset(words) if "frozenset" in str(f.type) else words
    return values


def save_fields(lexicon: object, path: Path | str, *, names: Iterable[str] | None = None) -> None:
    """Write one ``<field>.txt`` per field (or per one of ``names``) of dataclass ``lexicon`` under ``path``.

    Sets are written sorted, tuples in order: :func:`load_fields` reads them back.
    """
    path = Path(path)
    for f in _word_fields(type(lexicon), names):
        value = getattr(lexicon, f.name)
        write_lines(path / f"{f.name}.txt", sorted(value) if isinstance(value, frozenset) else value)
