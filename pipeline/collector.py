"""Stage 3 helper: where each document's entity summaries go as results arrive, for resolution.

A run collects every document's summaries (parsed now, or read from the store) into a spool on disk, read
again by the placement pass, and a tally of distinct names (:mod:`pipeline.normalize.tally`); a Dask worker
sends a whole partition already tallied. Memory stays flat as the corpus grows.
"""

from __future__ import annotations

from collections.abc import Callable

from .cache import Spool
from .doclist import DocList
from .normalize.collect import DocEntities
from .normalize.tally import PartitionTally, Tally
from .records import DocResult

Progress = Callable[[int, int, str], None]  # (done, total, doc_id)


class Collector:
    """Where each document's entity summaries go as results arrive (parsed, or read from the store): the spool
    (on disk, for the placement pass) and the tally of distinct names; and the progress count."""

    def __init__(self, docs: DocList, progress: Progress | None) -> None:
        self.docs, self.progress = docs, progress
        self.spool = Spool()  # per-document entity summaries wait on disk while the workers hold their models
        self.tally = Tally()  # the summaries reduced to their distinct names as they arrive
        self.total, self.done, self.cached = len(docs), 0, 0

    def tick(self, doc_id: str) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total, doc_id)

    def __call__(self, entities: DocEntities | PartitionTally) -> None:
        if isinstance(entities, PartitionTally):  # tallied on a worker: merged, spooled as it came
            self.tally.merge(entities.tally)
            self.spool.add_pickled(entities.summaries)
            for doc_id in entities.doc_ids:
                self.tick(doc_id)
            return
        self.spool.add(entities)
        self.tally.add(self.docs.position(entities.doc_id), entities)
        self.tick(entities.doc_id)

    def from_store(self, result: DocResult) -> None:
        self.cached += 1
        self(DocEntities.of(result))
