"""How a gold annotation is matched to a row of ours (no spaCy, no pandas): the shared scorer's rules for text.

Used by ``pipeline evaluate`` (:mod:`.evaluate`) and by the claims-kind model's training, which pairs the gold
claims with the rules' claims the way the scorer does (components/claim_kinds/training.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any


def _tokens(text: object) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKC", str(text or "")).lower())


def overlap(gold: object, pred: object) -> tuple[float, float]:
    """Share of gold tokens found in pred, and of pred tokens found in gold (multiset)."""
    g, p = _tokens(gold), _tokens(pred)
    if not g or not p:
        return 0.0, 0.0
    common = sum((Counter(g) & Counter(p)).values())
    return common / len(g), common / len(p)


def same_text(gold: object, pred: object) -> bool:
    """The quotes' and claims' text rule: each side shares at least half its words with the other."""
    return min(overlap(gold, pred)) >= 0.5


def greedy_pairs(gold: Sequence[Any], pred: Sequence[Any],
                 match: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching in gold order: (gold index, pred index) pairs."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and match(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs
