"""Distributed engine: parse + extract partitions of the corpus on a Dask cluster.

Needs the optional extra ``pipeline[dask]``. The client sends partitions of (key, document without its
text, corpus position); each worker reads the files itself, writes every result to the shared store and
returns only the partition's entity summaries reduced to their tally of distinct names
(:class:`~pipeline.normalize.tally.PartitionTally`), which the client merges. Partitions are taken as
they complete; how many are in flight follows the live number of worker threads, so workers that join
later get work. A worker that dies is replaced by the scheduler (its partition runs again elsewhere); a
partition that keeps killing workers is split, and the document that still kills one is recorded as
failed (E062).
"""

from __future__ import annotations

import logging
import time
import uuid
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import CancelledError
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..cache import ResultStore, code_fingerprint
from ..config import PIPELINE_MODEL, Settings
from ..errors import Errors, PipelineError
from ..normalize.collect import DocEntities
from ..normalize.tally import PartitionTally
from ..parse import chunked
from ..records import DocResult, Document
from ..registry import load_registry
from ..storage import RemotePath
from .base import Keyed
from .local import ordered_window, tapered_chunks

if TYPE_CHECKING:  # the worker's module imports distributed, which is optional
    from .dask_worker import Ticket

log = logging.getLogger(__name__)

_TICK = 0.5  # seconds between looks at the cluster's size while waiting for results
_RETRIES = 1  # a partition whose task raised runs once more (a store's network hiccup)

# Dask settings of the LocalCluster a run starts itself (no dashboard: nobody reads its diagnostics). Dask's
# defaults cost a parse-bound worker CPU the local pool does not spend (96 PolNeAR articles, --jobs 2):
# - MALLOC_TRIM_THRESHOLD_=65536 (set for workers by the Nanny) makes glibc give freed memory back at
#   once; spaCy frees and allocates again all the time: 4x the page faults, ~+12% CPU;
# - the workers' statistical profiler samples the compute thread every 10 ms, and every server (the
#   scheduler and each nanny in this process, each worker) wakes its event loop every 20 ms to time
#   itself, every 100 ms for memory, every 500 ms for system metrics: each wake takes the GIL from the
#   parse, and the client process spends ~2x the local pool's CPU.
_LOCAL_CLUSTER_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,  # glibc's own (dynamic) threshold
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}


class DaskEngine:
    """Runs partitions of ``partition_size`` documents on a Dask cluster.

    Args:
        settings: run settings; ``settings.scheduler`` is the address of a running scheduler
            (``tcp://host:8786``); ``None`` starts a LocalCluster of ``jobs`` single-threaded workers.
        only: the extractors to run (None: all).
        jobs: with a LocalCluster, its number of workers; with a scheduler, the most partitions parsed
            at once (0: as many as the cluster has worker threads).
        disable: pipeline components no extractor needs.
        partition_size: documents per task (default: the batch size).
        expected: how many documents are coming (0: unknown), to taper the last partitions.
        root: the folder the documents' paths are relative to; workers read them from there.
        position: a document's corpus position by its doc_id, sent with it (None: the order documents
            come to :meth:`stored`, right when they all do).
        process: the task function (tests pass a stand-in).
        source: the fingerprint of our component code and data when the caller has computed it
            (:func:`~pipeline.fingerprint.source_fingerprint`; None: computed here). Each worker computes its
            own to check that its code is the client's.
    """

    reads_inputs = True  # give it documents without their text: the workers read the files

    def __init__(self, settings: Settings, only: Sequence[str] | None, jobs: int, disable: Sequence[str] = (),
                 partition_size: int | None = None, *, expected: int = 0, root: Path | RemotePath | None = None,
                 position: Callable[[str], int] | None = None, process: Callable | None = None,
                 source: str | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise PipelineError(Errors.E065) from exc
        from .dask_worker import process_partition

        self.settings = settings
        self.only = tuple(only) if only is not None else None
        self.disable = tuple(disable)
        self.partition_size = partition_size or max(1, settings.batch_size)
        self.expected = expected
        self.root = root
        self.position = position
        self.process = process or process_partition
        self.source = source
        self._cluster = None
        self.address = settings.scheduler or "a local cluster"
        if settings.scheduler:
            self.cap = max(0, jobs)
            self.client = _connect(Client, settings.scheduler)
        else:
            self.cap = 0
            self._cluster = _local_cluster(LocalCluster, max(1, jobs))
            self.client = Client(self._cluster)
        self._threads = (0, 0.0)  # (worker threads, when counted)

    # --- the partitions of a run ---
    def stored(self, documents: Iterable[Keyed], store: ResultStore) -> Iterator[PartitionTally | DocEntities]:
        """Workers read each document, put its result in ``store`` and send back the partition's tally and
        summaries, in the order the partitions finish (a document that kills workers: its own summary)."""
        from .dask_worker import Job

        if self.root is None:
            raise ValueError("DaskEngine.stored needs root: the folder the documents' paths are relative to")
        if isinstance(store.root, Path):
            store.root.mkdir(parents=True, exist_ok=True)  # workers check that they see it (E066)
        job = Job(self.settings, self.only, self.disable, self.root, store,
                  own_model=self.settings.model_dir == PIPELINE_MODEL)
        self._register(job)
        tickets = self._tickets(documents)
        if self.expected:
            partitions = tapered_chunks(tickets, self.partition_size, self.expected, max(1, self.threads()))
        else:
            partitions = chunked(tickets, self.partition_size)
        yield from self._as_completed(partitions, job, store)

    def _tickets(self, documents: Iterable[Keyed]) -> Iterator[Ticket]:
        """(key, document, corpus position): the worker tallies each document with its position."""
        for n, (key, document) in enumerate(documents):
            yield key, document, (self.position(document.doc_id) if self.position else n)

    def _register(self, job) -> None:
        """Put the worker plugin on every worker, present and future; E061 when a worker's code differs."""
        from .dask_worker import PipelinePlugin

        fingerprint = code_fingerprint(self.settings, load_registry().select(_list(self.only)), source=self.source)
        try:
            self.client.register_plugin(PipelinePlugin(job, fingerprint))
        except PipelineError:
            raise
        except (OSError, TimeoutError) as exc:
            raise PipelineError(Errors.E064.format(address=self.address, detail=_short(exc))) from exc

    def _as_completed(self, partitions: Iterator[list[Ticket]], job,
                      store: ResultStore) -> Iterator[PartitionTally | DocEntities]:
        from distributed import as_completed

        done = as_completed()
        in_flight: dict = {}  # future -> its partition
        retry = _Retry()
        while True:
            for part in self._to_submit(partitions, retry, len(in_flight)):
                future = self._submit(part, job)
                in_flight[future] = part
                done.add(future)
            if not in_flight:
                return
            for future in self._next_finished(done):
                yield from self._outcome(future, in_flight.pop(future), retry, store)

    def _to_submit(self, partitions: Iterator[list[Ticket]], retry: _Retry, n_in_flight: int) -> list[list[Ticket]]:
        """The partitions to send now: new ones and split ones up to the window; a suspect document alone,
        once nothing else runs (a worker that dies then died of it, not of a neighbour)."""
        if retry.alone_running:
            return []
        if retry.suspects and not n_in_flight:
            retry.alone_running = True
            return [retry.suspects.popleft()]
        parts: list[list[Ticket]] = []
        while n_in_flight + len(parts) < self.window() and not retry.suspects:
            part = retry.split.popleft() if retry.split else next(partitions, None)
            if part is None:
                break
            parts.append(part)
        return parts

    def _submit(self, part: list, job, process: Callable | None = None):
        try:
            return self.client.submit(process or self.process, part, job, key=f"parse-{uuid.uuid4().hex}",
                                      pure=False, retries=_RETRIES)
        except (OSError, TimeoutError) as exc:
            raise PipelineError(Errors.E064.format(address=self.address, detail=_short(exc))) from exc

    def _next_finished(self, done) -> list:
        """The futures that finished, waiting for at least one (checking the connection every tick)."""
        started = time.monotonic()
        while True:
            batch = done.next_batch(block=False)
            if batch:
                return batch
            if self.client.status in ("closing", "closed"):
                raise PipelineError(Errors.E064.format(address=self.address, detail="the connection closed"))
            if time.monotonic() - started >= _TICK:
                return []  # let the caller look at the cluster's size again
            time.sleep(0.02)

    def _outcome(self, future, part: list[Ticket], retry: _Retry,
                 store: ResultStore) -> Iterator[PartitionTally | DocEntities]:
        from distributed import KilledWorker

        if future.status == "cancelled":
            raise PipelineError(Errors.E064.format(address=self.address, detail="the scheduler lost the work"))
        try:  # what the task returned or raised, fetched from the cluster
            error = future.exception() if future.status == "error" else None
            returned = future.result() if error is None else []
        except (OSError, TimeoutError) as exc:  # the connection broke (a task's own errors are in ``error``)
            raise PipelineError(Errors.E064.format(address=self.address, detail=_short(exc))) from exc
        except CancelledError as exc:  # cancelled after the status was read: the scheduler went meanwhile
            raise PipelineError(Errors.E064.format(address=self.address, detail="the scheduler lost the work")) \
                from exc
        alone, retry.alone_running = retry.alone_running, False  # only one task runs while a suspect does
        if error is None:  # a PartitionTally (a stand-in task may return summaries)
            yield from [returned] if isinstance(returned, PartitionTally) else returned
            return
        if not isinstance(error, KilledWorker):
            raise error
        if len(part) > 1:  # find the document that kills: each one alone
            log.warning("a partition of %d documents stopped Dask workers; trying them one by one", len(part))
            retry.split.extend([one] for one in part)
            return
        if not alone:  # its worker may have died of another task: once more, with nothing beside it
            retry.suspects.append(part)
            return
        from .dask_worker import failed

        key, document, _ = part[0]
        result: DocResult = failed(document, Errors.E062.format(doc_id=document.doc_id,
                                                                worker=_worker_of(error)))
        store.put(key, result)
        yield DocEntities.of(result)

    # --- the size of the cluster ---
    def threads(self) -> int:
        """Worker threads in the cluster now (counted at most once per tick), within ``jobs`` when set."""
        count, when = self._threads
        if time.monotonic() - when >= _TICK:
            try:
                count = sum(self.client.nthreads().values())
            except (OSError, TimeoutError) as exc:
                raise PipelineError(Errors.E064.format(address=self.address, detail=_short(exc))) from exc
            self._threads = (count, time.monotonic())
        return min(count, self.cap) if self.cap else count

    def window(self) -> int:
        """Partitions in flight: two per worker thread and one more, so none waits for its next one."""
        return 2 * self.threads() + 1

    # --- results brought back (library use: Engine.results) ---
    def results(self, documents: Iterable[Document]) -> Iterator[DocResult]:
        """Results in input order, sent back whole (documents with their text; nothing is stored)."""
        from .dask_worker import Job, parse_documents

        job = Job(self.settings, self.only, self.disable, own_model=self.settings.model_dir == PIPELINE_MODEL)
        self._register(job)
        yield from ordered_window(lambda chunk: self._submit(chunk, job, parse_documents),
                                  chunked(documents, self.partition_size), window=self.window())

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


@dataclass
class _Retry:
    """Work that killed workers: parts of split partitions, and single documents to run once more alone."""

    split: deque[list[Ticket]] = field(default_factory=deque)
    suspects: deque[list[Ticket]] = field(default_factory=deque)
    alone_running: bool = False


def _local_cluster(cluster_type, workers: int):
    """A LocalCluster of ``workers`` single-threaded worker processes, set up for parsing
    (:data:`_LOCAL_CLUSTER_CONFIG`: the Nannies hand the settings to the workers they start)."""
    import dask

    with warnings.catch_warnings(), dask.config.set(_LOCAL_CLUSTER_CONFIG):
        # "port 8787 in use": another cluster's; ours needs no dashboard
        # (the workers' errors come back to this client, which reports them: silence_logs)
        warnings.filterwarnings("ignore", message="Port .* is already in use", category=UserWarning)
        return cluster_type(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                            silence_logs=logging.CRITICAL)


def _connect(client_type, address: str):
    """A Client of the scheduler at ``address``; E063 when it cannot be reached."""
    try:
        return client_type(address)
    except (OSError, TimeoutError, ValueError) as exc:
        raise PipelineError(Errors.E063.format(address=address, detail=_short(exc))) from exc


def _short(exc: BaseException) -> str:
    """The first line of an exception's message (Dask's can be long)."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _worker_of(error: BaseException) -> str:
    last = getattr(error, "last_worker", None)
    return getattr(last, "address", None) or "an unknown worker"


def _list(names: tuple[str, ...] | None) -> list[str] | None:
    return list(names) if names is not None else None

