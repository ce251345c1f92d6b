"""Benchmarks: pairwise precision and recall of a clustering against known truth."""

from __future__ import annotations

from collections import Counter


def pairwise_scores(truth: dict[tuple[str, str, str], str], predicted: dict[tuple[str, str, str], str]) -> dict:
    """Pairwise precision and recall of a clustering of the truth's items (per label and "ALL").

    A pair of items is predicted together when they get the same entity id,
    truly together when they have the same true entity; pairs are counted
    within each label. An item without a prediction is a cluster of its own.

    Example: truth {a: P1, b: P1, c: P2}, predicted {a: x, b: x, c: x} ->
    precision 1/3 (one of three predicted pairs is true), recall 1.0.
    """

    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    out = {}
    tp = pp = tt = 0
    for label in sorted({k[0] for k in truth}):
        items = [k for k in truth if k[0] == label]
        joint = Counter((truth[k], predicted.get(k) or f"?{k}") for k in items)
        t = pairs(Counter(truth[k] for k in items))
        p = pairs(Counter(predicted.get(k) or f"?{k}" for k in items))
        j = pairs(joint)
        out[label] = {"precision": j / p if p else 1.0, "recall": j / t if t else 1.0, "items": len(items)}
        tp, pp, tt = tp + j, pp + p, tt + t
    out["ALL"] = {"precision": tp / pp if pp else 1.0, "recall": tp / tt if tt else 1.0, "items": len(truth)}
    return out
