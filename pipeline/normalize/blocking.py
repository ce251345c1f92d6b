"""Stage 4 helper: blocked candidate pairs scored with ``rapidfuzz.process.cdist``.

Names are only compared inside blocks (e.g. all names whose surname folds to
``nazarov`` and whose other word starts with ``r``), so the number of
comparisons grows with the sum of squared block sizes, which stays near-linear
in the number of distinct names instead of quadratic.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence

import numpy as np
from rapidfuzz import process

log = logging.getLogger(__name__)

Scorer = Callable[..., float]


def blocks(keys: Sequence[Iterable[Hashable]]) -> dict[Hashable, list[int]]:
    """Indices grouped by every block key they carry (blocks of one are dropped).

    >>> blocks([("a", "b"), ("a",), ("c",)])
    {'a': [0, 1]}
    """
    out: dict[Hashable, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for k in set(ks):
            out[k].append(i)
    return {k: v for k, v in out.items() if len(v) > 1}


def candidate_pairs(
    strings: Sequence[str],
    keys: Sequence[Iterable[Hashable]],
    *,
    scorer: Scorer,
    score_cutoff: float,
    max_block: int = 5000,
) -> list[tuple[float, int, int]]:
    """Pairs ``(score, i, j)`` with ``i < j`` that share a block and score >= ``score_cutoff``.

    Args:
        strings: the comparison form of each name (already folded: no processor is applied).
        keys: the block keys of each name.
        scorer: a rapidfuzz scorer, e.g. ``fuzz.token_sort_ratio``.
        score_cutoff: minimal score (0-100) of a candidate pair.
        max_block: larger blocks are skipped (logged): a key that common is no evidence.

    Returns:
        Pairs sorted by score (best first), then by indices; each pair once.
    """
    best: dict[tuple[int, int], float] = {}
    for key, members in sorted(blocks(keys).items(), key=lambda kv: repr(kv[0])):
        if len(members) > max_block:
            log.info("skipping block %r of %d names", key, len(members))
            continue
        block = [strings[i] for i in members]
        scores = process.cdist(block, block, scorer=scorer, processor=None, score_cutoff=score_cutoff,
                               dtype=np.float32, workers=1)
        rows, cols = np.nonzero(np.triu(scores, k=1) >= max(score_cutoff, 1e-9))
        for r, c in zip(rows.tolist(), cols.tolist(), strict=False):
            i, j = members[r], members[c]
            pair = (i, j) if i < j else (j, i)
            score = float(scores[r, c])
            if score > best.get(pair, -1.0):
                best[pair] = score
    return sorted(((s, i, j) for (i, j), s in best.items()), key=lambda p: (-p[0], p[1], p[2]))
