"""Run guards: the output folder is checked, locked and tidied before a run writes to it.

- ``--out`` must be a folder, and not the input folder (E040, E044);
- one run at a time per output folder: ``OUT/.lock`` holds the pid of the run that owns it (E041);
  a lock left by a run that was killed is stale and taken over; a result store at a URL gets a lock
  object that its run renews, taken over once it is not renewed for a while (:class:`StoreLock`, E067);
- hidden ``.partial`` files and cache ``.tmp`` files left by a killed run are removed, and so are its
  temporary stores (``.pipeline-spool-*`` folders of a ``--no-cache`` Dask run): each holds a
  :class:`FolderLock` of its own while its run lives, so only those of dead runs go.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import socket
import threading
import time
import uuid
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

from .errors import Errors, PipelineError
from .storage import RemotePath

log = logging.getLogger(__name__)

LOCK_NAME = ".lock"
SPOOL_PREFIX = ".pipeline-spool-"  # a run's temporary store (pipeline.cache.TemporaryStore)
_YOUNG = 60.0  # seconds: a temporary store this new may not hold its lock yet (made, not yet locked)


def check_out_dir(raw_dir: Path | RemotePath, out_dir: Path) -> None:
    """Refuse an output path that is a file or the input folder itself.

    Raises:
        PipelineError: E040 (a file) or E044 (the input folder).
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise PipelineError(Errors.E040.format(path=out_dir))
    if raw_dir.is_dir() and out_dir.exists() and out_dir.resolve() == raw_dir.resolve():
        raise PipelineError(Errors.E044.format(path=out_dir))


def _holder(fd: int) -> str:
    """The pid written in an open lock file ("?" when unreadable or garbled)."""
    try:
        words = os.pread(fd, 64, 0).decode("ascii").split()
    except (OSError, UnicodeDecodeError):
        return "?"
    return words[0] if words and words[0].isdigit() else "?"


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False


class FolderLock:
    """An exclusive lock on a folder for the time of a run: ``with FolderLock(out): ...``.

    ``OUT/.lock`` holds the owner's pid, and the owner keeps an advisory ``flock`` on it. The
    kernel drops the ``flock`` when its process ends, however it ends, so a lock file left by a
    killed run is stale and simply taken over: only a live holder refuses a second run. The
    holder removes the file when it is done. (Where ``fcntl`` is missing, Windows, runs are not
    locked.)

    Raises:
        PipelineError: E041 when a live process holds the lock.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        if fcntl is None:  # pragma: no cover - not POSIX
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                pid = _holder(fd)
                os.close(fd)
                if exc.errno in (errno.EAGAIN, errno.EACCES):
                    raise PipelineError(Errors.E041.format(path=self.folder, pid=pid)) from None
                raise
            if _same_file(fd, self.path):
                break
            os.close(fd)  # the holder removed the file while we opened it: lock the new one
        stale = _holder(fd)
        if stale != "?":
            log.warning("took over the stale lock of %s (pid %s is gone)", self.folder, stale)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self._fd = fd

    def release(self) -> None:
        """Remove the lock file, then unlock it (in this order, so that a waiting run locks a new file)."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                self.path.unlink(missing_ok=True)
            finally:
                os.close(fd)  # closing drops the flock

    def __enter__(self) -> FolderLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class StoreLock:
    """An exclusive lock on a result store at a URL (``s3://bucket/cache``) for the time of a run.

    ``ROOT/.lock`` is created exclusively (where the filesystem can: an object store with conditional
    writes, memory; elsewhere a look, then a write) and names its run (host, pid, a run id) and when it was
    last renewed; the run renews it every ``renew`` seconds on a thread. No kernel tells when a run on
    another machine died, so a lock not renewed for ``stale`` seconds is stale and taken over (clocks of the
    machines are assumed to agree within that). The holder removes it when it is done.

    Raises:
        PipelineError: E067 when another run holds a lock renewed less than ``stale`` seconds ago.
    """

    def __init__(self, root: RemotePath, *, stale: float = 600.0, renew: float = 60.0) -> None:
        self.root = root
        self.path = root / LOCK_NAME
        self.stale, self.renew = stale, renew
        self.owner = {"run": uuid.uuid4().hex, "host": socket.gethostname(), "pid": os.getpid()}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _content(self) -> bytes:
        return json.dumps({**self.owner, "renewed": time.time()}).encode()

    def _holder(self) -> dict | None:
        """The lock's content (None when there is none; ``{}`` when it cannot be read as ours)."""
        try:
            held = json.loads(self.path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return {}
        return held if isinstance(held, dict) else {}

    def acquire(self) -> None:
        try:
            self.path.create(self._content())
        except FileExistsError:
            self._take_over_stale()
        self._thread = threading.Thread(target=self._keep, name=f"lock {self.root}", daemon=True)
        self._thread.start()

    def _take_over_stale(self) -> None:
        held = self._holder()
        if held is not None:
            ago = time.time() - _renewed(held, self.path)
            if ago < self.stale:
                who = f"pid {held.get('pid', '?')} on {held.get('host', '?')}"
                raise PipelineError(Errors.E067.format(path=self.root, holder=who, ago=max(0.0, ago),
                                                       stale=self.stale))
            log.warning("took over the stale lock of %s (not renewed for %.0f s)", self.root, ago)
            if self._holder() == held:  # still that stale one: remove it, not a lock taken meanwhile
                self.path.unlink(missing_ok=True)
        try:
            self.path.create(self._content())
        except FileExistsError:  # another run took it over first
            self._take_over_stale()

    def _keep(self) -> None:
        """Renew the lock until released (a lock taken over by another run is left to it)."""
        while not self._stop.wait(self.renew):
            if (self._holder() or {}).get("run") != self.owner["run"]:
                log.error("the lock of %s was taken over by another run", self.root)
                return
            try:
                self.path.write_bytes(self._content())
            except OSError as exc:  # a network hiccup: try again at the next renewal
                log.warning("could not renew the lock of %s: %s", self.root, exc)

    def release(self) -> None:
        """Stop renewing; remove the lock when it is still this run's."""
        if self._thread is None:
            return
        self._stop.set()
        self._thread.join()
        self._thread = None
        if (self._holder() or {}).get("run") == self.owner["run"]:
            self.path.unlink(missing_ok=True)

    def __enter__(self) -> StoreLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _renewed(held: dict, path: RemotePath) -> float:
    """When a lock was last renewed: as it says, or (unreadable) when the object was written."""
    renewed = held.get("renewed")
    if isinstance(renewed, (int, float)):
        return float(renewed)
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return 0.0


def remove_leftovers(out_dir: Path, cache_dir: Path | None) -> int:
    """Remove the hidden ``.partial`` tables, cache ``.tmp`` files and temporary stores of killed runs;
    return how many.

    Call only while holding the folder's lock: then no other run is writing the files. A temporary store
    goes only when no live process holds its own lock (see :func:`stale_spools`).
    """
    leftovers = list(out_dir.glob(".*.partial"))
    if cache_dir is not None and cache_dir.is_dir():
        leftovers += list(cache_dir.glob("*/*.tmp"))
    for path in leftovers:
        path.unlink(missing_ok=True)
    spools = [spool for folder in {out_dir, cache_dir} if folder is not None for spool in stale_spools(folder)]
    for spool in spools:
        shutil.rmtree(spool, ignore_errors=True)
    if leftovers or spools:
        log.info("removed %d file(s) and %d temporary store(s) left by an interrupted run in %s", len(leftovers),
                 len(spools), out_dir)
    return len(leftovers) + len(spools)


def stale_spools(folder: Path) -> list[Path]:
    """The temporary stores in ``folder`` whose runs are gone: their lock is not held by a live process
    (or, made by an older version, they have none), and they are older than a minute (a store is made,
    then locked at once: a younger one may be a live run's between the two)."""
    if fcntl is None or not folder.is_dir():  # pragma: no cover - not POSIX: nothing tells a live run's
        return []
    stale = []
    now = time.time()
    for spool in folder.glob(f"{SPOOL_PREFIX}*"):
        lock = spool / LOCK_NAME
        try:
            since = (lock if lock.exists() else spool).stat().st_mtime
        except FileNotFoundError:  # its run just removed it
            continue
        if now - since >= _YOUNG and spool.is_dir() and not is_held(lock):
            stale.append(spool)
    return stale


def is_held(lock: Path) -> bool:
    """Does a live process hold the ``flock`` of the lock file ``lock`` (a :class:`FolderLock`)?"""
    try:
        fd = os.open(lock, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            return True
        raise
    finally:
        os.close(fd)  # drops the flock when this process took it
    return False


def is_disk_full(exc: BaseException) -> bool:
    """An OSError that says the device (or the user's quota) is full."""
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)
