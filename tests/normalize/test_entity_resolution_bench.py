"""The entity-resolution bench returns one row per size with counts, time and quality (not a timed test)."""

from pipeline.benchmarks.entity_resolution import bench_entity_resolution


def test_entity_resolution_bench_rows():
    (row,) = bench_entity_resolution(sizes=(1000,))
    assert set(row) >= {"mentions", "distinct_names", "seconds", "precision", "recall"}
    assert 800 <= row["mentions"] <= 1200 and row["distinct_names"] > 100
    assert row["precision"] >= 0.97 and row["recall"] >= 0.95
