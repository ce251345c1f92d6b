"""Stages 2-3 on a Dask worker: the plugin that holds the model, and the task that parses one partition.

A worker reads its documents itself (the client sends keys, relative paths and corpus positions, not
texts), writes each result to the shared store and returns only the partition's entity summaries, already
reduced to their tally of distinct names (:class:`~pipeline.normalize.tally.PartitionTally`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from distributed import WorkerPlugin, get_worker
from spacy.language import Language

from ..cache import ResultStore, code_fingerprint
from ..config import PIPELINE_MODEL, Settings
from ..corpus import read_document
from ..errors import Errors, PipelineError
from ..fingerprint import source_fingerprint
from ..normalize.collect import DocEntities
from ..normalize.tally import PartitionTally
from ..records import DocResult, Document
from ..registry import Extractor, load_registry
from ..storage import RemotePath
from .base import process_documents

PLUGIN_NAME = "policy-pipeline"
Ticket = tuple[str, Document, int]  # (result store key, document without its text, corpus position)


@dataclass(frozen=True)
class Job:
    """What every partition of a run shares.

    Attributes:
        settings: the client's run settings.
        only: the extractors to run (None: all).
        disable: pipeline components no extractor needs.
        root: the input folder the documents' paths are relative to (shared storage; None: the documents
            come with their text).
        store: the result store the workers write to (shared storage; None: results go back to the client).
        own_model: the client uses its installation's default model folder: each worker then uses its own
            installation's (``models/pipeline``), not the client's absolute path.
    """

    settings: Settings
    only: tuple[str, ...] | None
    disable: tuple[str, ...]
    root: Path | RemotePath | None = None
    store: ResultStore | None = None
    own_model: bool = True

    def worker_settings(self) -> Settings:
        return replace(self.settings, model_dir=PIPELINE_MODEL) if self.own_model else self.settings


class PipelinePlugin(WorkerPlugin):
    """Checks at set-up that the worker's code, extractors and model give the client's fingerprint
    (E061 otherwise, naming the worker), and loads the model once, on the worker's first partition (checking
    the saved pipeline against the fingerprint of the worker's component code and data computed at set-up)."""

    name = PLUGIN_NAME  # registering again (a new run on the same cluster) replaces it

    def __init__(self, job: Job, fingerprint: str) -> None:
        self.job = job
        self.fingerprint = fingerprint
        self.mismatch = ""
        self.source: str | None = None  # this worker's source_fingerprint, once set up
        self._model: tuple[Language, list[Extractor]] | None = None

    def setup(self, worker) -> None:
        settings = self.job.worker_settings()
        source = source_fingerprint()
        theirs = code_fingerprint(settings, load_registry().select(_list(self.job.only)), source=source)
        if theirs != self.fingerprint:
            self.mismatch = Errors.E061.format(worker=worker.address, theirs=theirs, ours=self.fingerprint)
            raise PipelineError(self.mismatch)
        self.source = source

    def model(self) -> tuple[Language, list[Extractor]]:
        """The worker's Language and extractors, built on first use and kept for the worker's lifetime."""
        if self._model is None:
            from ..heap import settle_heap
            from ..nlp import build_nlp

            settings = self.job.worker_settings()
            self._model = (build_nlp(settings, disable=self.job.disable, source=self.source),
                           list(load_registry().select(_list(self.job.only))))
            settle_heap()  # the model lives as long as the worker
        return self._model


def _list(names: tuple[str, ...] | None) -> list[str] | None:
    return list(names) if names is not None else None


def process_partition(tickets: list[Ticket], job: Job) -> PartitionTally:
    """Read, parse and extract the documents of ``tickets`` ((key, document without its text, corpus
    position)), put each result in ``job.store``; return their entity summaries reduced to the partition's
    tally (the client merges tallies: it does not tally document by document)."""
    worker = get_worker()
    plugin = _plugin(worker)
    root, store = job.root, job.store
    assert root is not None and store is not None, "a Job for stored results names the input folder and store"
    _check_shared(root, store, worker.address)
    documents = [_read(root, job.settings, document) for _, document, _ in tickets]
    out = []
    for (key, _, ordinal), result in zip(tickets, _parse(plugin, job, documents), strict=True):
        store.put(key, result)
        out.append((ordinal, DocEntities.of(result)))
    return PartitionTally.of(out)


def _check_shared(root: Path | RemotePath, store: ResultStore, worker: str) -> None:
    """E066 when this worker does not see the input folder, or the store's local folder: they are not on
    storage it shares with the client. (An object store's prefix may hold nothing yet: not checked.)"""
    for action, path in (("read the input folder", root), ("write the results to", store.root)):
        if (isinstance(path, Path) or action.startswith("read")) and not path.is_dir():
            raise PipelineError(Errors.E066.format(worker=worker, action=action, path=path, detail="not found"))


def parse_documents(documents: list[Document], job: Job) -> list[DocResult]:
    """Results of documents sent with their text (:meth:`DaskEngine.results`)."""
    return list(_parse(_plugin(get_worker()), job, documents))


def _plugin(worker) -> PipelinePlugin:
    """This worker's plugin, after its check (E061 on a worker whose code differs from the client's)."""
    plugin = worker.plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, PipelinePlugin):
        raise PipelineError(f"Dask worker {worker.address} has no {PLUGIN_NAME} plugin (registered by the client)")
    if plugin.mismatch:
        raise PipelineError(plugin.mismatch)
    return plugin


def _parse(plugin: PipelinePlugin, job: Job, documents: list[Document]) -> Iterator[DocResult]:
    nlp, extractors = plugin.model()
    return process_documents(nlp, extractors, documents, batch_size=job.settings.batch_size,
                             time_limit=job.settings.time_limit)


def _read(root: Path | RemotePath, settings: Settings, listed: Document) -> Document:
    """The document the client listed, read again here; E060 when its bytes changed since."""
    if listed.status != "ok":
        return listed
    document = read_document(root / listed.path, root, settings)
    if document.error.startswith("E005") or document.sha256 == listed.sha256:
        return document
    return replace(listed, text="", status="error", error=Errors.E060.format(doc_id=listed.doc_id))


def failed(listed: Document, error: str) -> DocResult:
    """The result of a document that could not be processed at all (its worker died on it)."""
    return DocResult(replace(listed, text="", status="error", error=error))
