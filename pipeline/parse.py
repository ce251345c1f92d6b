"""Stage 2, parse: Documents -> spaCy Docs with ``nlp.pipe``, batched.

A document whose parse raises is reported, not fatal: the batch is retried one
document at a time so only the broken one is lost. A text longer than spaCy's
``nlp.max_length`` (1,000,000 characters) is parsed in sections cut at paragraph
boundaries and joined into one Doc, so offsets still point into the whole text; the
only length limit is ours, ``Settings.max_chars`` at ingest (E047). A document that
takes longer than ``Settings.time_limit`` seconds to parse is stopped and reported (E051).
"""

from __future__ import annotations

import ctypes
import logging
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from .errors import Errors, printable
from .nlp import BASE_COMPONENTS
from .records import Document

log = logging.getLogger(__name__)
T = TypeVar("T")
_SECTION = 100_000  # characters per section of a long text (spaCy: ~1 GB of parser memory per 100,000)


@dataclass(frozen=True, slots=True)
class Parsed:
    document: Document
    doc: Doc | None
    error: str = ""


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one shorter): parse batches and engine chunks.

    >>> list(chunked("abcde", 2))
    [['a', 'b'], ['c', 'd'], ['e']]
    """
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class DocumentTimeout(Exception):
    """Raised inside a parse that ran over its time limit."""


@contextmanager
def alarm() -> Iterator[Callable[[float], None]]:
    """A timer for the block, set (again) with ``arm(seconds)``; ``arm(0)`` stops it.

    When it goes off, :class:`DocumentTimeout` is raised in the block: by SIGALRM in the
    main thread of a process (the CLI, each ``--jobs`` worker), by :class:`_ThreadAlarm`
    in any other thread (a Dask worker's).
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        thread_alarm = _ThreadAlarm(threading.get_ident())
        try:
            yield thread_alarm.arm
        finally:
            thread_alarm.close()
        return

    def fire(signum, frame):
        raise DocumentTimeout()

    def arm(seconds: float) -> None:
        signal.setitimer(signal.ITIMER_REAL, max(seconds, 0))

    previous = signal.signal(signal.SIGALRM, fire)
    try:
        yield arm
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _ThreadAlarm:
    """The timer of :func:`alarm` outside the main thread, where no signal reaches: a
    ``threading.Timer`` raises :class:`DocumentTimeout` in the target thread through CPython's
    ``PyThreadState_SetAsyncExc``. The exception arrives at the thread's next Python instruction,
    so a rule looping in Python stops at once and a long call into compiled code (the base
    model's matrix work) when it returns. Each ``arm`` starts a new generation: a timer of an
    earlier one that fires late does nothing, and ``close`` withdraws an exception raised but
    not yet delivered, so none escapes the block."""

    def __init__(self, thread_id: int) -> None:
        self.thread_id = thread_id
        self.lock = threading.Lock()
        self.generation = 0
        self.timer: threading.Timer | None = None

    def arm(self, seconds: float) -> None:
        with self.lock:
            self._stop()
            if seconds > 0:
                self.timer = threading.Timer(seconds, self._fire, args=(self.generation,))
                self.timer.daemon = True
                self.timer.start()

    def close(self) -> None:
        with self.lock:
            self._stop()
            self._raise(None)

    def _stop(self) -> None:
        self.generation += 1
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def _fire(self, generation: int) -> None:
        with self.lock:
            if generation == self.generation:
                self._raise(DocumentTimeout)

    def _raise(self, exc: type[BaseException] | None) -> None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread_id),
                                                   ctypes.py_object(exc) if exc else None)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in the block after ``seconds`` (0: no limit); see :func:`alarm`."""
    with alarm() as arm:
        arm(seconds)
        yield


def sections(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters whose concatenation is ``text``.

    Cuts fall after a blank line (a paragraph boundary) where one exists, else after a line
    break, else after a space; a piece without any is cut at ``size``.

    >>> sections("One.\\n\\nTwo two.\\n\\nThree.\\n", 12)
    ['One.\\n\\n', 'Two two.\\n\\n', 'Three.\\n']
    """
    pieces, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        for sep in ("\n\n", "\n", " "):
            cut = window.rfind(sep)
            if cut > 0:
                end = start + cut + len(sep)
                break
        else:
            end = start + size
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _long(nlp: Language, text: str) -> Doc:
    """A Doc of a text over ``nlp.max_length``: the base model parses it in sections cut at paragraph
    boundaries, the sections become one Doc (``Doc.from_docs``: offsets into the whole text), and our
    components then annotate the whole Doc, as for any other document."""
    names = nlp.pipe_names
    last_base = max((i for i, name in enumerate(names) if name in BASE_COMPONENTS), default=-1)
    ours = names[last_base + 1:]
    with nlp.select_pipes(disable=ours):
        parts = list(nlp.pipe(sections(text, _SECTION)))
    doc = Doc.from_docs(parts, ensure_whitespace=False)
    for _, component in nlp.pipeline[last_base + 1:]:
        doc = component(doc)
    return doc


def _one(nlp: Language, d: Document, limit: float) -> Doc | str:
    """One document's Doc, or the error message."""
    try:
        with deadline(limit):
            return nlp(d.text) if len(d.text) < nlp.max_length else _long(nlp, d.text)
    except DocumentTimeout:
        return Errors.E051.format(doc_id=d.doc_id, limit=limit)
    except Exception as exc:
        return Errors.E007.format(doc_id=d.doc_id, detail=exc)


def parse(nlp: Language, documents: Iterable[Document], *, batch_size: int = 16,
          time_limit: float = 0) -> Iterator[Parsed]:
    """Parse every document in order; documents that are not ``ok`` pass through unparsed.

    ``time_limit``: seconds per document (0 = none). The batch's first Doc, which carries
    the base model's work for the whole batch, gets the sum of its documents' limits; each
    later Doc (our components' work on one document) gets one limit, so a rule that hangs
    on one document is stopped after one limit, not after the batch's sum. When the batch
    runs over, or raises, the documents not yet done are parsed one by one, each with its
    own limit, so only the slow or broken one is lost (E051, E007). Texts over
    ``nlp.max_length`` are parsed in sections (:func:`_long`).
    """
    for batch in chunked(documents, batch_size):
        todo = [d for d in batch if d.status == "ok" and len(d.text) < nlp.max_length]
        docs: dict[str, Doc | str] = {}
        try:
            with alarm() as arm:
                arm(time_limit * len(todo))
                for d, doc in zip(todo, nlp.pipe([d.text for d in todo], batch_size=batch_size), strict=False):
                    docs[d.doc_id] = doc
                    arm(time_limit)
        except Exception:  # a slow or broken document: it and the rest are parsed one by one below
            pass
        for d in batch:
            if d.status == "ok" and d.doc_id not in docs:  # a long text, or the rest of a batch that failed
                docs[d.doc_id] = _one(nlp, d, time_limit)
            parsed = docs.get(d.doc_id)
            if isinstance(parsed, str):
                log.warning(printable(parsed))
                yield Parsed(d, None, parsed)
            else:
                yield Parsed(d, parsed)
