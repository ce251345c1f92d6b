"""What our small trained models share (numpy only, no spaCy): how they are fitted, and full-batch Adam.

The priority-sentence model (components/policy/sentence_model.py) and the claims-kind model
(claims/kind_model.py) are linear models fitted from zero weights by full-batch Adam: the same examples give
the same weights, so ``make models`` is reproducible.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class TrainingOptions:
    """How a model is fitted: L2 strength, Adam steps and rate, and the least number of examples a feature
    must occur in to be kept."""

    l2: float = 1.0
    steps: int = 150
    rate: float = 0.1
    min_count: int = 2


def adam(theta: np.ndarray, gradient: Callable[[np.ndarray], np.ndarray], options: TrainingOptions) -> np.ndarray:
    """``theta`` (changed in place and returned) after ``options.steps`` Adam steps down ``gradient(theta)``
    (betas 0.9 and 0.999, bias-corrected)."""
    m = np.zeros_like(theta)
    v = np.zeros_like(theta)
    for t in range(1, options.steps + 1):
        grad = gradient(theta)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        theta -= options.rate * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return theta
