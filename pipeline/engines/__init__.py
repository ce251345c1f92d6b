"""Engines run stages 2-3 (parse + extract) over documents.

- :class:`InProcess`: one process, ``nlp.pipe`` in batches.
- :class:`ProcessPool`: ``--jobs N`` processes on this machine (this one and N - 1 workers).
- :class:`~pipeline.engines.dask_engine.DaskEngine`: partitions on a Dask cluster (``pipeline[dask]``).

Every engine gives the same results; only where the work happens differs.
``Engine.results`` yields one :class:`DocResult` per input document in input
order; ``Engine.stored`` puts each result in the result store and yields the
entity summaries as the chunks finish (the caller puts them back in document
order, :meth:`~pipeline.normalize.collect.EntityCollector.in_order`). An engine
with ``reads_inputs = True`` (Dask) is given the documents without their text:
its workers read the files themselves, from storage they share with the client.
"""

from __future__ import annotations

from .base import Engine, process_documents
from .local import InProcess, ProcessPool

__all__ = ["Engine", "InProcess", "ProcessPool", "process_documents"]
