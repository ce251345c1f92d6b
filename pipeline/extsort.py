"""Stage 1 helper: sort a stream that may not fit in memory (the corpus listing of a very large input folder).

Up to ``limit`` items are sorted in memory, as :func:`sorted` would; beyond that the items go to a
temporary SQLite file and come back in key order, so the listing of a million files costs the
client a few MB instead of a list of every path. SQLite compares TEXT as UTF-8 bytes, which is the
order of Python's ``str`` comparison (code points), so both ways give the same order. (Pickle is
safe here: the file is this process's own, in a private temporary folder removed when the
iterator ends or is dropped.)
"""

from __future__ import annotations

import pickle
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

LIMIT = 50_000  # items sorted in memory before spilling to disk
_BATCH = 2_000


def sorted_by(items: Iterable[T], key: Callable[[T], tuple[str, str]], *, limit: int = LIMIT) -> Iterator[T]:
    """``items`` in the order of ``key`` (two strings), with at most ``limit`` of them in memory at once.

    Equal keys keep their input order, as :func:`sorted` does.
    """
    it = iter(items)
    head = list(islice(it, limit + 1))
    if len(head) <= limit:
        yield from sorted(head, key=key)
        return
    folder, db = scratch_db("pipeline-sort-")
    try:
        db.execute("CREATE TABLE items (pos INTEGER PRIMARY KEY, k1 TEXT, k2 TEXT, item BLOB)")
        _insert(db, enumerate(chain(head, it)), key)
        del head
        cursor = db.execute("SELECT item FROM items ORDER BY k1, k2, pos")
        while rows := cursor.fetchmany(_BATCH):
            for (blob,) in rows:
                yield pickle.loads(blob)
        cursor.close()
    finally:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)


def scratch_db(prefix: str, parent: Path | None = None) -> tuple[Path, sqlite3.Connection]:
    """A private temporary folder with an SQLite file in it, set up for bulk writes by this process
    (no journal, no sync: the file is thrown away with the folder)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    db = sqlite3.connect(folder / "scratch.sqlite", isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    return folder, db


def _insert(db: sqlite3.Connection, numbered: Iterator[tuple[int, T]], key: Callable[[T], tuple[str, str]]) -> None:
    while batch := list(islice(numbered, _BATCH)):
        rows = [(pos, *key(item), pickle.dumps(item, pickle.HIGHEST_PROTOCOL)) for pos, item in batch]
        db.execute("BEGIN")
        db.executemany("INSERT INTO items VALUES (?, ?, ?, ?)", rows)
        db.execute("COMMIT")
