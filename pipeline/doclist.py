"""Stage 1 helper: the run's document list kept on disk, so the client's memory does not grow with the corpus.

:class:`DocList` holds (result store key, document without its text) in corpus order in a
temporary SQLite file: the run reads it back in order (to find cached results, to write the
tables, to prune the store), asks a document's corpus position by its doc_id (entity
resolution names a node by its first occurrence) and whether a key is in the list. SQLite's
page cache is a few MB whatever the number of documents. (Pickle is safe here: the file is
this process's own, in a folder only this user can read, removed at :meth:`close`.)
"""

from __future__ import annotations

import contextlib
import pickle
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from .extsort import scratch_db
from .records import Document

_BATCH = 2000  # rows per INSERT
_FETCH = 2000  # rows per read


class DocList:
    """(key, document) pairs appended in corpus order and read back in that order."""

    def __init__(self, parent: Path | None = None) -> None:
        self._dir, self._db = scratch_db("pipeline-docs-", parent)
        self._db.execute("CREATE TABLE docs (pos INTEGER PRIMARY KEY, key TEXT, doc_id TEXT, doc BLOB)")
        self._batch: list[tuple[int, str, str, bytes]] = []
        self._count = 0
        self._sealed = False

    def append(self, key: str, document: Document) -> None:
        if self._sealed:
            raise RuntimeError("DocList is read-only once read")
        self._batch.append((self._count, key, document.doc_id, pickle.dumps(document, pickle.HIGHEST_PROTOCOL)))
        self._count += 1
        if len(self._batch) >= _BATCH:
            self._flush()

    def extend(self, pairs: Iterable[tuple[str, Document]]) -> DocList:
        for key, document in pairs:
            self.append(key, document)
        return self

    def _flush(self) -> None:
        if self._batch:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?)", self._batch)
            self._db.execute("COMMIT")
            self._batch = []

    def _seal(self) -> None:
        """Write what is buffered and index the doc_ids (once: the list is read-only from here)."""
        if not self._sealed:
            self._flush()
            self._db.execute("CREATE INDEX docs_doc_id ON docs (doc_id)")
            self._db.execute("CREATE INDEX docs_key ON docs (key)")
            self._sealed = True

    def __len__(self) -> int:
        return self._count

    def _rows(self, columns: str) -> Iterator[tuple]:
        self._seal()
        cursor = self._db.execute(f"SELECT {columns} FROM docs ORDER BY pos")  # noqa: S608 (our own column names)
        try:
            while rows := cursor.fetchmany(_FETCH):
                yield from rows
        finally:  # a reader left half-way may be collected after close(): nothing left to close then
            with contextlib.suppress(sqlite3.ProgrammingError):
                cursor.close()

    def __iter__(self) -> Iterator[tuple[str, Document]]:
        for key, blob in self._rows("key, doc"):
            yield key, pickle.loads(blob)

    def keys(self) -> Iterator[str]:
        for (key,) in self._rows("key"):
            yield key

    def documents(self) -> Iterator[Document]:
        for _, document in self:
            yield document

    def position(self, doc_id: str) -> int:
        """The corpus position of ``doc_id`` (the list's length when it is not in the list)."""
        self._seal()
        row = self._db.execute("SELECT MIN(pos) FROM docs WHERE doc_id = ?", (doc_id,)).fetchone()
        return self._count if row is None or row[0] is None else int(row[0])

    def __contains__(self, key: object) -> bool:
        """Is ``key`` one of the list's keys (an index lookup: pruning the store needs no set of every key)?"""
        self._seal()
        return self._db.execute("SELECT 1 FROM docs WHERE key = ? LIMIT 1", (key,)).fetchone() is not None

    def close(self) -> None:
        self._db.close()
        shutil.rmtree(self._dir, ignore_errors=True)
