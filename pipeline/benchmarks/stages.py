"""CPU of each of our components and extractors over one saved parse (``python -m pipeline.benchmarks.stages``).

``make bench`` gives our stages' share of a whole run; this says which stage it is, steadily enough to compare two
trees on a shared machine. The corpus is parsed once by the base model (our components off) and kept as a
``DocBin``; every repetition reads the Docs back from it (untimed), runs each of our components over all of them
and then each extractor, and takes the process CPU time of each. The figures are the minimum and median over the
repetitions: the minimum is the steadier when other work shares the machine. Like a run's engines, the bench settles
the heap once the model is loaded (``heap.settle_heap``: the collector no longer re-scans the model's objects and runs
less often), so that the figures hold no garbage collection a real run does not pay.

    python -m pipeline.benchmarks.stages data/raw --reps 3 --parse /tmp/parse.spacy   # parses, saves the parse
    python -m pipeline.benchmarks.stages data/raw --reps 3 --parse /tmp/parse.spacy   # reads the saved parse

A saved parse is read only when it was made from the same documents (their ids are saved beside it); compare two
trees over one saved parse, each with its own ``models/pipeline``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from ..components.base_model.blas import one_blas_thread
from ..config import Settings
from ..corpus import iter_documents
from ..heap import settle_heap
from ..nlp import COMPONENTS, build_nlp, unneeded_components
from ..registry import Extractor, load_registry

_IDS = ".ids.json"  # the doc_ids of a saved parse, beside it


def parse_corpus(nlp: Language, corpus: Path, settings: Settings, saved: Path | None = None) -> bytes:
    """The base model's parse of the documents of ``corpus`` (our components off) as ``DocBin`` bytes; read from
    ``saved`` when it holds the parse of the same documents, else parsed (and written there when given)."""
    documents = [d for d in iter_documents(corpus, settings) if d.status == "ok"]
    ids = [d.doc_id for d in documents]
    ids_file = saved.with_name(saved.name + _IDS) if saved is not None else None
    if saved is not None and ids_file is not None and saved.is_file() and ids_file.is_file() \
            and json.loads(ids_file.read_text()) == ids:
        return saved.read_bytes()
    ours = [name for name in COMPONENTS if name in nlp.pipe_names]
    with one_blas_thread(), nlp.select_pipes(disable=ours):
        data = DocBin(store_user_data=True, docs=nlp.pipe((d.text for d in documents), batch_size=16)).to_bytes()
    if saved is not None and ids_file is not None:
        saved.write_bytes(data)
        ids_file.write_text(json.dumps(ids))
    return data


def stage_seconds(nlp: Language, data: bytes, extractors: Iterable[Extractor], reps: int = 3,
                  clock: Callable[[], float] = time.process_time) -> dict[str, list[float]]:
    """Per stage ("component:<name>", "extractor:<name>", "components", "extractors"), its CPU seconds over all
    Docs of ``data`` in each of ``reps`` repetitions (each over Docs freshly read from ``data``)."""
    components = [(name, nlp.get_pipe(name)) for name in COMPONENTS if name in nlp.pipe_names]
    extractors = list(extractors)
    seconds: dict[str, list[float]] = defaultdict(list)
    for _ in range(reps):
        docs: list[Doc] = list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))
        for prefix, stages in (("component", components), ("extractor", [(e.name, e) for e in extractors])):
            total = 0.0
            for name, stage in stages:
                start = clock()
                for doc in docs:
                    stage(doc)  # a component annotates the Doc; an extractor gives the list of its records
                spent = clock() - start
                seconds[f"{prefix}:{name}"].append(spent)
                total += spent
            seconds[f"{prefix}s"].append(total)
    return dict(seconds)


def summary(seconds: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    """Per stage, the minimum and median of its seconds (rounded to milliseconds)."""
    return {stage: {"min": round(min(values), 3), "median": round(statistics.median(values), 3)}
            for stage, values in seconds.items()}


def main(argv: list[str] | None = None) -> dict[str, dict[str, float]]:
    parser = argparse.ArgumentParser(prog="python -m pipeline.benchmarks.stages", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="a folder of documents (as `pipeline run` reads)")
    parser.add_argument("--reps", type=int, default=3, help="repetitions (default 3)")
    parser.add_argument("--parse", type=Path, default=None,
                        help="a file for the saved parse: read when it holds these documents, else written")
    args = parser.parse_args(argv)
    settings = Settings(cache=False, jobs=1)
    extractors = load_registry().select(None)
    nlp = build_nlp(settings, disable=unneeded_components(extractors))
    data = parse_corpus(nlp, args.corpus, settings, args.parse)
    settle_heap()  # as the engines do once the model is loaded (engines/local.py)
    figures = summary(stage_seconds(nlp, data, extractors, args.reps))
    print(f"{'stage':36s} {'min':>8s} {'median':>8s}")
    for stage, values in figures.items():
        print(f"{stage:36s} {values['min']:8.3f} {values['median']:8.3f}")
    return figures


if __name__ == "__main__":
    main()
