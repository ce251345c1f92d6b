"""Benchmarks and synthetic data with known truth (used by ``make bench`` and the tests)."""
