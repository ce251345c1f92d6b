"""Per-document result store: the incremental-run cache and the spool between stages.

Each document's extraction result (a :class:`DocResult`) is stored as JSON
(:mod:`pipeline.codec`: loading it cannot run code) under a key
made of the document's content hash, its doc_id, the model and component data
fingerprint and the extractors' versions. A rerun on an unchanged corpus finds
every key and skips parsing and extraction; changing one document changes only
its key. With ``--no-cache`` the same store lives in a temporary folder that is
removed at the end of the run, so memory never holds the whole corpus.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
import uuid
from collections.abc import Container, Iterable, Iterator, Sequence
from pathlib import Path

from . import __version__, codec
from .config import Settings
from .errors import Errors, PipelineError
from .fingerprint import source_fingerprint
from .guard import SPOOL_PREFIX, FolderLock
from .records import DocResult, Document
from .registry import Extractor
from .storage import RemotePath, as_location

FORMAT_VERSION = "2"  # 2: JSON entries (*.json) instead of pickles; old *.pkl entries are never read
_SUFFIX = ".json"
_TRANSIENT = ("E005", "E046", "E051", "E060")  # failures that may pass: a file missing for a moment, a link
# being changed, a parse over the time limit on a busy machine, a file changed while a worker read it


def reusable(result: DocResult) -> bool:
    """May a stored result stand for its document in a later run? Not when the file could not be read:
    the next run reads it again."""
    return not result.document.error.startswith(_TRANSIENT)


def code_fingerprint(settings: Settings, extractors: Sequence[Extractor], *, source: str | None = None) -> str:
    """What, besides a document's bytes, decides its result.

    The base model (name and version of the saved pipeline, or the setting), our
    component code and data files, the extractor names and versions, the
    ingest settings and the BLAS (pipeline/blas.py). Computed from files on disk, without loading spaCy;
    ``source``: the fingerprint of our component code and data when the caller has computed it
    (:func:`~pipeline.fingerprint.source_fingerprint`).
    """
    h = hashlib.sha256()
    h.update(f"{FORMAT_VERSION}|{__version__}|{settings.model}|{settings.max_bytes}|{settings.blas}|"
             f"{settings.max_chars}|{settings.follow_links}".encode())
    meta = settings.model_dir / "meta.json"
    if settings.model is None and meta.is_file():
        h.update(meta.read_bytes())
    h.update((source or source_fingerprint()).encode())
    for ext in sorted(extractors, key=lambda e: e.name):
        h.update(f"{ext.name}:{ext.package}:{ext.version}".encode())
    return h.hexdigest()


def document_key(document: Document, fingerprint: str) -> str:
    return hashlib.sha256(f"{fingerprint}|{document.doc_id}|{document.path}|{document.sha256}".encode()).hexdigest()


class ResultStore:
    """A folder of DocResults as JSON files addressed by key (atomic writes).

    ``root`` is a local folder or an fsspec URL (``s3://bucket/cache``, :mod:`pipeline.storage`); the store
    pickles, so worker processes and Dask workers write their results into it themselves.
    """

    def __init__(self, root: Path | RemotePath | str) -> None:
        self.root = as_location(root)

    def _path(self, key: str) -> Path | RemotePath:
        return self.root / key[:2] / f"{key}{_SUFFIX}"

    def __contains__(self, key: str) -> bool:
        return self._path(key).is_file()

    def get(self, key: str) -> DocResult | None:
        """The stored result, or None when it is missing or corrupt (a corrupt entry is removed)."""
        path = self._path(key)
        try:
            result = codec.loads(path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, LookupError, RecursionError):  # corrupt: a miss, not a crash
            result = None
        if not isinstance(result, DocResult):
            path.unlink(missing_ok=True)
            return None
        return result

    def put(self, key: str, result: DocResult) -> None:
        path = self._path(key)
        data = codec.dumps(result)
        if isinstance(path, RemotePath):
            try:
                path.write_bytes(data)
            except OSError as exc:
                raise _with_folder(exc, self.root) from exc
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        except OSError as exc:
            raise _with_folder(exc, self.root) from exc
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise _with_folder(exc, self.root) from exc
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def discard(self, keys: Iterable[str]) -> None:
        for key in keys:
            self._path(key).unlink(missing_ok=True)

    def _entries(self) -> Iterator[Path | RemotePath]:
        yield from self.root.glob(f"*/*{_SUFFIX}")
        yield from self.root.glob("*/*.pkl")  # FORMAT_VERSION 1 (pickles): never read, removed by prune

    def prune(self, keep: Container[str] | Iterable[str]) -> int:
        """Remove entries not in ``keep`` (documents deleted or changed); return how many.

        ``keep`` may be any container of keys (the run's on-disk :class:`~pipeline.doclist.DocList`
        answers by an index lookup, so no set of every key is built); a bare iterable is read into a set.
        """
        if isinstance(keep, Sequence) or not isinstance(keep, Container):  # a list: O(1) lookups instead
            keep = set(keep)
        removed = 0
        for path in self._entries():
            if path.stem not in keep or path.suffix != _SUFFIX:
                path.unlink(missing_ok=True)
                removed += 1
        return removed

    def remove_written_since(self, started: float) -> int:
        """Remove the entries written at or after ``started`` (a run that fails on a full disk); how many."""
        removed = 0
        for path in self._entries():
            try:
                if path.stat().st_mtime >= started:
                    path.unlink()
                    removed += 1
            except FileNotFoundError:
                continue
        return removed


def _with_folder(exc: OSError, folder: Path | RemotePath) -> OSError:
    """``exc`` naming ``folder`` when it names no file (a failed write says nothing of where it wrote)."""
    if exc.filename is not None:
        return exc
    return type(exc)(exc.errno, exc.strerror, str(folder))


class TemporaryStore(ResultStore):
    """A ResultStore in a temporary folder (inside ``parent``, local or a URL), removed by :meth:`cleanup`.

    Its entries lie in the folder itself, not in one subfolder per key prefix as a cache's do: a spool lives for
    one run, and making and removing ~256 folders cost a run of 500 documents ~0.5 s of wall time (ext4).
    """

    def _path(self, key: str) -> Path | RemotePath:
        return self.root / f"{key}{_SUFFIX}"

    def _entries(self) -> Iterator[Path | RemotePath]:
        yield from self.root.glob(f"*{_SUFFIX}")

    def __init__(self, parent: Path | RemotePath | str | None = None) -> None:
        where = as_location(parent) if parent is not None else None
        self._lock: FolderLock | None = None
        if isinstance(where, RemotePath):
            super().__init__(where / f"{SPOOL_PREFIX}{uuid.uuid4().hex}")
        else:
            folder = Path(tempfile.mkdtemp(prefix=SPOOL_PREFIX, dir=where))  # hidden inside OUT
            super().__init__(folder)
            self._lock = FolderLock(folder)  # held while this run lives: a later run removes it only after
            self._lock.acquire()  # (pipeline.guard.remove_leftovers)

    def __getstate__(self) -> dict:
        """What a worker gets: the store without the lock (this process's file descriptor)."""
        return {**self.__dict__, "_lock": None}

    def cleanup(self) -> None:
        if isinstance(self.root, RemotePath):
            self.root.rmtree()
        else:
            shutil.rmtree(self.root, ignore_errors=True)
        if self._lock is not None:
            self._lock.release()


class Spool:
    """Objects appended to an anonymous temporary file and read back in order: keeps what grows with the
    corpus (per-document summaries) out of memory while worker processes hold their models. Each record
    is a pickled list: one object (:meth:`add`), or a Dask worker's partition as it came (:meth:`add_pickled`).
    (Pickle is safe here: the file is this process's own, unlinked at creation, and nobody else can write to
    it; a worker's bytes were made by the cluster this client trusts with its results.)"""

    def __init__(self, parent: Path | None = None) -> None:
        self._dir = Path(parent or tempfile.gettempdir())
        self._file = tempfile.TemporaryFile(dir=parent)  # noqa: SIM115 (closed by close(); removed by the OS)
        self._records = 0

    def add(self, obj: object) -> None:
        try:
            pickle.dump([obj], self._file, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError as exc:  # a full temporary folder
            raise _with_folder(exc, self._dir) from exc
        self._records += 1

    def add_pickled(self, data: bytes) -> None:
        """Append the objects of ``data``, one pickled list, without unpickling them here."""
        try:
            self._file.write(data)
        except OSError as exc:  # a full temporary folder
            raise _with_folder(exc, self._dir) from exc
        self._records += 1

    def __iter__(self) -> Iterator[object]:
        self._file.flush()
        self._file.seek(0)
        for _ in range(self._records):
            yield from pickle.load(self._file)
        self._file.seek(0, os.SEEK_END)

    def close(self) -> None:
        self._file.close()


class StoredResults(Sequence[DocResult]):
    """The run's results in document order, read back from a store on demand.

    Holds only the keys: iterating loads one DocResult at a time, so memory stays
    bounded by the largest document, not the corpus.
    """

    def __init__(self, store: ResultStore, keys: Sequence[str]) -> None:
        self.store = store
        self.keys = list(keys)

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        result = self.store.get(self.keys[i])
        if result is None:  # only another process deleting the store's files can do this
            raise PipelineError(Errors.E050.format(key=self.keys[i], path=self.store.root))
        return result

    def __iter__(self) -> Iterator[DocResult]:
        for i in range(len(self)):
            yield self[i]
