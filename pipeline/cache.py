"""Per-document result store: the incremental-run cache and the spool between stages.

Each document's extraction result (a :class:`DocResult`) is pickled under a key
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
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from . import __version__
from .config import Settings
from .nlp import source_fingerprint
from .records import DocResult, Document
from .registry import Extractor

FORMAT_VERSION = "1"


def code_fingerprint(settings: Settings, extractors: Sequence[Extractor]) -> str:
    """What, besides a document's bytes, decides its result.

    The base model (name and version of the saved pipeline, or the setting), our
    component code and data files, the extractor names and versions, the
    ingest settings and the BLAS (pipeline/blas.py). Computed from files on disk, without loading spaCy.
    """
    h = hashlib.sha256()
    h.update(f"{FORMAT_VERSION}|{__version__}|{settings.model}|{settings.max_bytes}|{settings.blas}".encode())
    meta = settings.model_dir / "meta.json"
    if settings.model is None and meta.is_file():
        h.update(meta.read_bytes())
    h.update(source_fingerprint().encode())
    for ext in sorted(extractors, key=lambda e: e.name):
        h.update(f"{ext.name}:{ext.package}:{ext.version}".encode())
    return h.hexdigest()


def document_key(document: Document, fingerprint: str) -> str:
    return hashlib.sha256(f"{fingerprint}|{document.doc_id}|{document.path}|{document.sha256}".encode()).hexdigest()


class ResultStore:
    """A folder of pickled DocResults addressed by key (atomic writes)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pkl"

    def __contains__(self, key: str) -> bool:
        return self._path(key).is_file()

    def get(self, key: str) -> DocResult | None:
        path = self._path(key)
        try:
            with path.open("rb") as f:
                return pickle.load(f)
        except FileNotFoundError:
            return None
        except Exception:  # a corrupt entry is a miss, not a crash
            path.unlink(missing_ok=True)
            return None

    def put(self, key: str, result: DocResult) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def prune(self, keep: Iterable[str]) -> int:
        """Remove entries not in ``keep`` (documents deleted or changed); return how many."""
        keep = set(keep)
        removed = 0
        for path in self.root.glob("*/*.pkl"):
            if path.stem not in keep:
                path.unlink(missing_ok=True)
                removed += 1
        return removed


class TemporaryStore(ResultStore):
    """A ResultStore in a temporary folder, removed by :meth:`cleanup`."""

    def __init__(self, parent: Path | None = None) -> None:
        super().__init__(Path(tempfile.mkdtemp(prefix="pipeline-spool-", dir=parent)))

    def cleanup(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


class Spool:
    """Objects appended to an anonymous temporary file and read back in order: keeps what grows with the
    corpus (per-document summaries) out of memory while worker processes hold their models."""

    def __init__(self, parent: Path | None = None) -> None:
        self._file = tempfile.TemporaryFile(dir=parent)  # noqa: SIM115 (closed by close(); removed by the OS)
        self.count = 0

    def add(self, obj: object) -> None:
        pickle.dump(obj, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def __iter__(self) -> Iterator[object]:
        self._file.flush()
        self._file.seek(0)
        for _ in range(self.count):
            yield pickle.load(self._file)
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
        if result is None:
            raise KeyError(f"result {self.keys[i]} vanished from {self.store.root}")
        return result

    def __iter__(self) -> Iterator[DocResult]:
        for i in range(len(self)):
            yield self[i]
