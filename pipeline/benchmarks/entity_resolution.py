"""Benchmarks: time of corpus-wide entity resolution on synthetic corpora of growing size.

``make bench`` calls :func:`bench_entity_resolution`; the rows say how the
cost grows with the number of mentions and distinct names (near-linear thanks
to blocking, see :mod:`pipeline.normalize.blocking`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from ..normalize import normalize
from .pairwise import pairwise_scores
from .synthetic_names import synthetic_corpus

log = logging.getLogger(__name__)


def bench_entity_resolution(sizes: Sequence[int] = (10_000, 100_000), *, seed: int = 7) -> list[dict]:
    """Resolve synthetic corpora of about ``size`` mentions each and time it.

    Args:
        sizes: approximate numbers of mentions (100,000 gives about 20,000 distinct names).
        seed: seed of the synthetic corpus.

    Returns:
        One dict per size: ``mentions``, ``distinct_names``, ``entities``, ``seconds``,
        ``seconds_per_1k_mentions``, ``precision``, ``recall`` (pairwise, against the known truth).
    """
    rows = []
    for size in sizes:
        corpus = synthetic_corpus(n_persons=max(90, size // 42), n_orgs=max(45, size // 250),
                                  n_docs=max(10, size // 19), seed=seed)
        start, cpu = time.perf_counter(), time.process_time()
        resolution = normalize(corpus.results, overrides=None)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        scores = pairwise_scores(corpus.truth, {k: resolution.index.get(k, "") for k in corpus.truth})["ALL"]
        row = {
            "size": size,
            "mentions": corpus.n_mentions,
            "distinct_names": len({(label, key) for (label, _, key) in corpus.truth}),
            "entities": len(resolution.entities),
            "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu, 2),
            "seconds_per_1k_mentions": round(1000 * seconds / max(1, corpus.n_mentions), 4),
            "precision": round(scores["precision"], 4),
            "recall": round(scores["recall"], 4),
        }
        log.info("entity resolution bench: %s", row)
        rows.append(row)
    return rows


if __name__ == "__main__":  # python -m pipeline.benchmarks.entity_resolution
    import json
    import sys

    for r in bench_entity_resolution():
        sys.stdout.write(json.dumps(r) + "\n")
