"""Local engines: in-process, or a pool of worker processes (``--jobs N``)."""

from __future__ import annotations

import math
import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from itertools import islice

from spacy.language import Language

from ..cache import ResultStore
from ..config import Settings
from ..heap import settle_heap
from ..nlp import build_nlp
from ..normalize.collect import DocEntities
from ..parse import chunked
from ..records import DocResult, Document
from ..registry import Extractor, load_registry
from .base import Keyed, process_documents, store_results


class InProcess:
    """Parse and extract in this process; the model is loaded on first use."""

    def __init__(self, nlp_factory: Callable[[], Language], extractors: Sequence[Extractor], batch_size: int,
                 time_limit: float = 0) -> None:
        self._factory = nlp_factory
        self._nlp: Language | None = None
        self.extractors = extractors
        self.batch_size = batch_size
        self.time_limit = time_limit  # seconds per document, 0 = none (pipeline.parse)

    def results(self, documents: Iterable[Document]) -> Iterator[DocResult]:
        it = iter(documents)
        first = next(it, None)
        if first is None:
            return
        if self._nlp is None:
            self._nlp = self._factory()
        yield from process_documents(self._nlp, self.extractors, _chain(first, it), batch_size=self.batch_size,
                                     time_limit=self.time_limit)

    def stored(self, documents: Iterable[Keyed], store: ResultStore) -> Iterator[DocEntities]:
        return store_results(self, documents, store)

    def close(self) -> None:
        self._nlp = None


def _chain(first: Document, rest: Iterator[Document]) -> Iterator[Document]:
    yield first
    yield from rest


class _Worker:
    """Per-process state of a pool worker: set once by the pool initializer."""

    nlp: Language | None = None
    extractors: list[Extractor] = []
    batch_size: int = 16
    time_limit: float = 0


def _init_worker(settings: Settings, only: list[str] | None, disable: list[str], source: str | None) -> None:
    """``source``: the run's fingerprint of our component code and data, which the saved pipeline's meta must
    carry (the worker reads the same files as the process that computed it: no need to hash them again)."""
    _Worker.extractors = load_registry().select(only)
    _Worker.nlp = build_nlp(settings, disable=disable, source=source)
    _Worker.batch_size = settings.batch_size
    _Worker.time_limit = settings.time_limit
    settle_heap()  # the model lives as long as the worker


def _work(chunk: list[Document]) -> list[DocResult]:
    assert _Worker.nlp is not None, "worker not initialised"
    return list(process_documents(_Worker.nlp, _Worker.extractors, chunk, batch_size=_Worker.batch_size,
                                  time_limit=_Worker.time_limit))


def _work_stored(chunk: list[Keyed], store: ResultStore) -> list[DocEntities]:
    """Results go to the store from the worker; only their (small) entity summaries come back."""
    assert _Worker.nlp is not None, "worker not initialised"
    out = []
    documents = (document for _, document in chunk)
    for (key, _), result in zip(chunk, process_documents(_Worker.nlp, _Worker.extractors, documents,
                                                          batch_size=_Worker.batch_size,
                                                          time_limit=_Worker.time_limit), strict=False):
        store.put(key, result)
        out.append(DocEntities.of(result))
    return out


def tapered_chunks(items: Iterable, size: int, expected: int, workers: int) -> Iterator[list]:
    """Chunks of ``size`` items, smaller and smaller over the last ones (``expected`` items in
    all, shared by ``workers``), so that the workers finish at about the same time instead
    of one of them working alone through a last full chunk."""
    it, left = iter(items), expected
    while True:
        n = size if left > 2 * workers * size else max(1, math.ceil(left / (2 * workers)))
        chunk = list(islice(it, n))
        if not chunk:
            return
        left -= len(chunk)
        yield chunk


def ordered_window(submit: Callable[[list], Future], chunks: Iterable[list], window: int) -> Iterator:
    """Submit chunks keeping at most ``window`` in flight; yield results in order."""
    pending: deque[Future] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        while len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def completion_window(submit: Callable[[list], Future], chunks: Iterable[list], window: int) -> Iterator:
    """Submit chunks keeping at most ``window`` in flight; yield results as chunks finish.

    Unlike :func:`ordered_window`, a slow chunk never holds the others back: a
    worker that is done gets the next chunk at once (for consumers that do not
    need document order).
    """
    pending: set[Future] = set()
    for chunk in chunks:
        pending.add(submit(chunk))
        while len(pending) >= window:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield from future.result()
    yield from _drained(pending)


def _drained(pending: set[Future]) -> Iterator:
    """The results of the ``pending`` chunks, each as soon as it finishes."""
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            yield from future.result()


def shared_window(submit: Callable[[list], Future], work_here: Callable[[list], Iterable], chunks: Iterable[list],
                  window: int) -> Iterator:
    """Like :func:`completion_window`, but this process works too: a chunk that finds ``window`` chunks in
    flight is worked here (``work_here``), and finished chunks are collected between this process's own.

    The pool's chunks wait in its queue while this process works, so a worker is never idle for long; at
    the end this process waits only for the chunks the pool already has.
    """
    pending: set[Future] = set()
    for chunk in chunks:
        if len(pending) < window:
            pending.add(submit(chunk))
        else:
            yield from work_here(chunk)
        done = {future for future in pending if future.done()}
        pending -= done
        for future in done:
            yield from future.result()
    yield from _drained(pending)


class ProcessPool:
    """``jobs`` processes parse: this one and ``jobs - 1`` workers, each with its own model; bounded work in
    flight. (This process would otherwise only wait: it loads its model while the workers start theirs.)"""

    def __init__(self, settings: Settings, only: list[str] | None, jobs: int, disable: Sequence[str] = (),
                 expected: int = 0, source: str | None = None) -> None:
        """``expected``: how many documents are coming (0: unknown), to taper the last chunks; ``source``: the
        fingerprint of our component code and data when the caller has computed it (every process checks the
        saved pipeline against it, :func:`~pipeline.nlp.build_nlp`; None: each computes it)."""
        self.settings = settings
        self.jobs = jobs
        self.expected = expected
        self._pool = ProcessPoolExecutor(
            max_workers=max(1, jobs - 1),
            mp_context=mp.get_context("spawn"),
            initializer=_init_worker,
            initargs=(settings, list(only) if only is not None else None, list(disable), source),
        )
        self._all_in = False  # every chunk's result has come back (stored)
        self._here = InProcess(lambda: _settled(build_nlp(settings, disable=disable, source=source)),
                               load_registry().select(only), settings.batch_size, settings.time_limit)

    def results(self, documents: Iterable[Document]) -> Iterator[DocResult]:
        """Results in input order, parsed by the workers only."""
        chunks = chunked(documents, max(1, self.settings.batch_size))
        yield from ordered_window(lambda c: self._pool.submit(_work, c), chunks, window=2 * self.jobs + 1)

    def stored(self, documents: Iterable[Keyed], store: ResultStore) -> Iterator[DocEntities]:
        size = max(1, self.settings.batch_size)
        if self.expected:
            chunks = tapered_chunks(documents, size, self.expected, self.jobs)
        else:
            chunks = chunked(documents, size)
        # entity summaries are put back in document order by the caller (EntityCollector.in_order)
        workers = max(1, self.jobs - 1)
        yield from shared_window(lambda c: self._pool.submit(_work_stored, c, store),
                                 lambda c: self._here.stored(c, store), chunks, window=2 * workers)
        self._all_in = True

    def close(self) -> None:
        """Stop the workers. When every result is in, without waiting for them to exit (normalization starts
        while they free their models); else (an error) after their running chunks, which may still write to
        the store."""
        self._pool.shutdown(wait=not self._all_in, cancel_futures=True)
        self._here.close()


def _settled(nlp: Language) -> Language:
    settle_heap()  # the model lives as long as the run
    return nlp
