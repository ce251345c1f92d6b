"""Shared storage: local folders, or fsspec URLs (``s3://``, ``gs://``, ``abfs://``, ``memory://``) that
workers on other machines reach as well as this one.

A local path, or a ``file://`` URL, stays a :class:`pathlib.Path` and every stage behaves exactly as on
one machine. Any other URL becomes a :class:`RemotePath`: the few path operations the ingest stage and the
result store use, done through the URL's fsspec filesystem. A RemotePath pickles with its filesystem's
options, so a Dask worker reaches the same objects; ``memory://`` lives in one process only (tests).
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath
from typing import Any


def is_url(location: object) -> bool:
    """``s3://bucket/raw`` and the like (not a local path, not ``file://``)."""
    return isinstance(location, RemotePath) or (isinstance(location, str) and "://" in location
                                                and not location.startswith("file://"))


def as_location(location: str | os.PathLike[str] | RemotePath) -> Path | RemotePath:
    """A local path (``file://`` URLs included) as a Path; any other fsspec URL as a :class:`RemotePath`."""
    if isinstance(location, RemotePath):
        return location
    text = os.fspath(location)
    if text.startswith("file://"):
        return Path(text.removeprefix("file://"))
    if is_url(text):
        return RemotePath.from_url(text)
    return Path(text)


@dataclass(frozen=True)
class _Stat:
    st_size: int
    st_mtime: float


class RemotePath:
    """A file or folder of an fsspec filesystem with the part of the :class:`~pathlib.Path` interface the
    corpus reader and the result store use. ``str()`` gives the URL."""

    __slots__ = ("fs", "path")

    def __init__(self, fs: Any, path: str) -> None:
        self.fs = fs
        self.path = path.rstrip("/") or "/"

    @classmethod
    def from_url(cls, url: str) -> RemotePath:
        """``s3://bucket/raw`` -> the path ``bucket/raw`` on an S3 filesystem (fsspec's own URL parsing)."""
        try:
            from fsspec.core import url_to_fs  # type: ignore[import-untyped]
        except ImportError as exc:  # pragma: no cover - fsspec comes with the dask extra
            from .errors import PipelineError

            raise PipelineError(f"{url}: URLs need fsspec: pip install 'policy-pipeline[dask]'") from exc
        fs, path = url_to_fs(url)
        return cls(fs, path)

    # --- pure path operations ---
    def __truediv__(self, part: str | PurePosixPath) -> RemotePath:
        return RemotePath(self.fs, f"{self.path}/{PurePosixPath(part).as_posix()}")

    def __str__(self) -> str:
        return self.fs.unstrip_protocol(self.path)

    def __repr__(self) -> str:
        return f"RemotePath({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RemotePath) and str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))

    @property
    def _pure(self) -> PurePosixPath:
        return PurePosixPath(self.path)

    @property
    def name(self) -> str:
        return self._pure.name

    @property
    def suffix(self) -> str:
        return self._pure.suffix

    @property
    def stem(self) -> str:
        return self._pure.stem

    @property
    def parent(self) -> RemotePath:
        return RemotePath(self.fs, self._pure.parent.as_posix())

    def relative_to(self, root: RemotePath) -> PurePosixPath:
        return self._pure.relative_to(root._pure)

    def is_relative_to(self, root: object) -> bool:
        return isinstance(root, RemotePath) and self._pure.is_relative_to(root._pure)

    def resolve(self, strict: bool = False) -> RemotePath:
        return self

    # --- filesystem operations ---
    def is_dir(self) -> bool:
        return bool(self.fs.isdir(self.path))

    def is_file(self) -> bool:
        return bool(self.fs.isfile(self.path))

    def exists(self) -> bool:
        return bool(self.fs.exists(self.path))

    def stat(self) -> _Stat:
        try:
            info = self.fs.info(self.path)
        except FileNotFoundError:
            raise FileNotFoundError(2, "No such file", str(self)) from None
        return _Stat(int(info.get("size") or 0), _mtime(info))

    def read_bytes(self) -> bytes:
        try:
            return bytes(self.fs.cat_file(self.path))
        except FileNotFoundError:
            raise FileNotFoundError(2, "No such file", str(self)) from None

    def write_bytes(self, data: bytes) -> None:
        """Write the whole file so that a reader sees the old content or the new, never a part: an object
        store's single PUT is atomic; on a filesystem with real folders a temporary file is moved into place."""
        if not _has_folders(self.fs):
            self.fs.pipe_file(self.path, data)
            return
        self.fs.makedirs(self.parent.path, exist_ok=True)
        tmp = f"{self.parent.path}/.{self.name}.{uuid.uuid4().hex}.tmp"
        self.fs.pipe_file(tmp, data)
        try:
            self.fs.mv(tmp, self.path)
        except BaseException:
            self.fs.rm_file(tmp)
            raise

    def create(self, data: bytes) -> None:
        """Write a new file; FileExistsError when there is one. Exclusive where the filesystem can create
        exclusively (local, memory, object stores with conditional writes); elsewhere a look, then a write."""
        if _has_folders(self.fs):
            self.fs.makedirs(self.parent.path, exist_ok=True)
        try:
            with self.fs.open(self.path, "xb") as f:
                f.write(data)
            return
        except (ValueError, NotImplementedError, TypeError):  # mode "x" not supported here
            pass
        if self.fs.exists(self.path):
            raise FileExistsError(17, "File exists", str(self))
        self.fs.pipe_file(self.path, data)

    def unlink(self, missing_ok: bool = False) -> None:
        try:
            self.fs.rm_file(self.path)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmtree(self) -> None:
        if self.fs.exists(self.path):
            self.fs.rm(self.path, recursive=True)

    def glob(self, pattern: str) -> list[RemotePath]:
        return [RemotePath(self.fs, p) for p in sorted(self.fs.glob(f"{self.path}/{pattern}"))]

    def files(self) -> list[RemotePath]:
        """Every file below this folder, at any depth."""
        return [RemotePath(self.fs, p) for p in sorted(self.fs.find(self.path))]


def relative(path: Path | RemotePath, root: Path | RemotePath) -> PurePath:
    """``path`` relative to ``root`` (both local, or both on one fsspec filesystem)."""
    if isinstance(path, RemotePath) and isinstance(root, RemotePath):
        return path.relative_to(root)
    if isinstance(path, Path) and isinstance(root, Path):
        return path.relative_to(root)
    raise ValueError(f"{path} is not inside {root}")


def _has_folders(fs: Any) -> bool:
    """Filesystems where a move is a rename (the local disk, memory); object stores have no folders."""
    protocols = fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,)
    return bool({"file", "local", "memory"} & set(protocols))


def _mtime(info: dict) -> float:
    """Modification time (epoch seconds) from an fsspec info dict, whatever the backend calls it."""
    for name in ("mtime", "LastModified", "updated", "last_modified", "created"):
        value = info.get(name)
        if value is None:
            continue
        if hasattr(value, "timestamp"):
            return float(value.timestamp())
        try:
            return float(value)
        except (TypeError, ValueError):
            continue
    return 0.0
