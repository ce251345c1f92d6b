"""The on-disk sort gives exactly the order of sorted(), also past its in-memory limit."""

from __future__ import annotations

import random

from pipeline.extsort import sorted_by


def _key(item: tuple[str, str, int]) -> tuple[str, str]:
    return item[0], item[1]


def test_extsort_small_input_sorts_in_memory_like_sorted() -> None:
    items = [("b", "x", 1), ("a", "z", 2), ("a", "y", 3)]
    assert list(sorted_by(items, _key, limit=10)) == sorted(items, key=_key)


def test_extsort_spilled_input_keeps_sorted_order_and_ties_in_input_order() -> None:
    rng = random.Random(7)
    words = ["a", "a-b", "a/b", "ä", "Z", "é/x", "b.txt", "aa"]
    items = [(rng.choice(words), rng.choice(words), n) for n in range(500)]
    assert list(sorted_by(items, _key, limit=50)) == sorted(items, key=_key)


def test_extsort_iterator_is_read_once() -> None:
    items = iter([("c", "", 0), ("a", "", 1), ("b", "", 2)])
    assert [n for _, _, n in sorted_by(items, _key, limit=1)] == [1, 2, 0]
