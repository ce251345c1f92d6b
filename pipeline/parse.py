"""Stage 2, parse: Documents -> spaCy Docs with ``nlp.pipe``, batched.

A document whose parse raises is reported, not fatal: the batch is retried one
document at a time so only the broken one is lost. The length limit is ours, not
spaCy's: ingest skips texts over ``Settings.max_chars`` (E047), and ``nlp.max_length``
is raised to let every text that passed through. A document that takes longer than
``Settings.time_limit`` seconds to parse is stopped and reported (E051).
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from .errors import Errors, printable
from .records import Document

log = logging.getLogger(__name__)
T = TypeVar("T")


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
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in the block after ``seconds`` (0: no limit).

    A SIGALRM timer: it works in the main thread of a process (the CLI, each ``--jobs``
    worker); elsewhere (a Dask worker's thread) there is no limit.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def fire(signum, frame):
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _one(nlp: Language, d: Document, limit: float) -> Doc | str:
    """One document's Doc, or the error message."""
    try:
        with deadline(limit):
            return nlp(d.text)
    except DocumentTimeout:
        return Errors.E051.format(doc_id=d.doc_id, limit=limit)
    except Exception as exc:
        return Errors.E007.format(doc_id=d.doc_id, detail=exc)


def parse(nlp: Language, documents: Iterable[Document], *, batch_size: int = 16,
          time_limit: float = 0) -> Iterator[Parsed]:
    """Parse every document in order; documents that are not ``ok`` pass through unparsed.

    ``time_limit``: seconds per document (0 = none). A batch gets the sum of its documents'
    limits; when it runs over, or raises, its documents are parsed one by one, each with its
    own limit, so only the slow or broken one is lost (E051, E007).
    """
    for batch in chunked(documents, batch_size):
        todo = [d for d in batch if d.status == "ok"]
        longest = max((len(d.text) for d in todo), default=0)
        if longest >= nlp.max_length:
            nlp.max_length = longest + 1
        docs: dict[str, Doc | str]
        try:
            with deadline(time_limit * len(todo)):
                piped = nlp.pipe([d.text for d in todo], batch_size=batch_size)
                docs = {d.doc_id: doc for d, doc in zip(todo, piped, strict=False)}
        except Exception:  # one bad or slow document spoils the batch: retry one by one
            docs = {d.doc_id: _one(nlp, d, time_limit) for d in todo}
        for d in batch:
            parsed = docs.get(d.doc_id)
            if isinstance(parsed, str):
                log.warning(printable(parsed))
                yield Parsed(d, None, parsed)
            else:
                yield Parsed(d, parsed)

