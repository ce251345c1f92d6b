"""The trigger words' memory: hashes merged in place give what a full re-sort gives."""

import numpy as np

from pipeline.components.attribution.triggers import _merged


def test_merged_equals_union_of_disjoint_sorted_arrays():
    rng = np.random.default_rng(7)
    ids = np.unique(rng.integers(0, 2**63, 500, dtype=np.uint64))
    for _ in range(20):
        new = np.unique(rng.integers(0, 2**63, 80, dtype=np.uint64))
        new = new[~np.isin(new, ids)]
        merged = _merged(ids, new)
        assert merged.dtype == np.uint64
        assert np.array_equal(merged, np.union1d(ids, new))
        ids = merged


def test_merged_keeps_ids_when_nothing_is_new():
    ids = np.array([3, 9, 27], dtype=np.uint64)
    assert np.array_equal(_merged(ids, np.empty(0, dtype=np.uint64)), ids)
    assert np.array_equal(_merged(np.empty(0, dtype=np.uint64), ids), ids)
