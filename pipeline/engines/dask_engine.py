"""Distributed engine: parse + extract partitions of the corpus on a Dask cluster.

Needs the optional extra ``pipeline[dask]``. Each worker loads the model once
(kept on the Dask worker object) and processes whole partitions; the client
gathers results in order, so normalization and writing are the local code and
the tables are byte-identical to the local engine's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from ..config import Settings
from ..errors import PipelineError
from ..parse import chunked
from ..records import DocResult, Document
from .base import Keyed, process_documents, store_results
from .local import ordered_window

_ATTR = "_policy_pipeline_state"


def _process_partition(chunk: list[Document], settings: Settings, only: list[str] | None,
                       disable: list[str]) -> list[DocResult]:
    from distributed import get_worker

    from ..nlp import build_nlp
    from ..registry import load_registry

    worker = get_worker()
    key = (settings, tuple(only) if only is not None else None, tuple(disable))
    state = getattr(worker, _ATTR, None)
    if state is None or state[0] != key:
        state = (key, build_nlp(settings, disable=disable), load_registry().select(only))
        setattr(worker, _ATTR, state)
    _, nlp, extractors = state
    return list(process_documents(nlp, extractors, chunk, batch_size=settings.batch_size,
                                  time_limit=settings.time_limit))  # applies where tasks run in a main thread


class DaskEngine:
    """Runs partitions of ``partition_size`` documents on a Dask cluster.

    Args:
        scheduler: address of a running scheduler (``tcp://host:8786``); ``None``
            starts a LocalCluster with ``jobs`` single-threaded worker processes.
    """

    def __init__(self, settings: Settings, only: Sequence[str] | None, jobs: int,
                 disable: Sequence[str] = (), partition_size: int | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise PipelineError("--engine dask needs the dask extra: pip install 'policy-pipeline[dask]'") from exc
        self.settings = settings
        self.only = list(only) if only is not None else None
        self.disable = list(disable)
        self.partition_size = partition_size or max(1, settings.batch_size)
        self._cluster = None
        if settings.scheduler:
            self.client = Client(settings.scheduler)
            self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        else:
            self._cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                         dashboard_address=None, silence_logs=40)
            self.client = Client(self._cluster)
            self.workers = jobs

    def results(self, documents: Iterable[Document]) -> Iterator[DocResult]:
        def submit(chunk: list[Document]):
            return self.client.submit(_process_partition, chunk, self.settings, self.only, self.disable, pure=False)

        yield from ordered_window(submit, chunked(documents, self.partition_size), window=2 * self.workers + 1)

    def stored(self, documents: Iterable[Keyed], store) -> Iterator:
        """Workers may be on other machines: results come back here and are stored by the client."""
        return store_results(self, documents, store)

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
