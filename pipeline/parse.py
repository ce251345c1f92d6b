"""Stage 2, parse: Documents -> spaCy Docs with ``nlp.pipe``, batched.

A document whose parse raises is reported, not fatal: the batch is retried one
document at a time so only the broken one is lost. The length limit is ours, not
spaCy's: ingest skips texts over ``Settings.max_chars`` (E047), and ``nlp.max_length``
is raised to let every text that passed through.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from .errors import Errors
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


def parse(nlp: Language, documents: Iterable[Document], *, batch_size: int = 16) -> Iterator[Parsed]:
    """Parse every document in order; documents that are not ``ok`` pass through unparsed."""
    for batch in chunked(documents, batch_size):
        todo = [d for d in batch if d.status == "ok"]
        longest = max((len(d.text) for d in todo), default=0)
        if longest >= nlp.max_length:
            nlp.max_length = longest + 1
        try:
            piped = nlp.pipe([d.text for d in todo], batch_size=batch_size)
            docs = dict(zip((d.doc_id for d in todo), piped, strict=False))
        except Exception:  # one bad document spoils the batch: retry one by one
            docs = {}
            for d in todo:
                try:
                    docs[d.doc_id] = nlp(d.text)
                except Exception as exc:
                    log.warning(Errors.E007.format(doc_id=d.doc_id, detail=exc))
                    docs[d.doc_id] = exc
        for d in batch:
            parsed = docs.get(d.doc_id)
            if isinstance(parsed, Exception):
                yield Parsed(d, None, Errors.E007.format(doc_id=d.doc_id, detail=parsed))
            else:
                yield Parsed(d, parsed)
