"""Engines run stages 2-3 (parse + extract) over documents, in order.

- :class:`InProcess`: one process, ``nlp.pipe`` in batches.
- :class:`ProcessPool`: ``--jobs N`` worker processes on this machine.
- :class:`~pipeline.engines.dask.DaskEngine`: partitions on a Dask cluster.

Every engine yields one :class:`DocResult` per input document, in input order,
and gives the same results: only where the work happens differs.
"""

from __future__ import annotations

from .base import Engine, process_documents
from .local import InProcess, ProcessPool

__all__ = ["Engine", "InProcess", "ProcessPool", "process_documents"]
