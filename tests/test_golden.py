"""Golden tables: run the whole pipeline on small fixed cases and compare every table.

Each case is a folder ``tests/golden/<case>/`` with ``raw/`` (input documents) and
``expected/`` (the reviewed CSV tables). The test runs :func:`pipeline.run` on
``raw/`` and compares every written table with ``expected/`` through
``pandas.testing.assert_frame_equal`` (schema dtypes on both sides).

Regenerate on purpose, then review the diff::

    PIPELINE_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py   # or: make golden-update
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline import api
from pipeline.config import Settings
from pipeline.registry import load_registry
from pipeline.schemas import SCHEMAS
from pipeline.tables import read_table

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE_ENV = "PIPELINE_UPDATE_GOLDEN"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "raw").is_dir())


def _updating() -> bool:
    return os.environ.get(UPDATE_ENV, "").strip().lower() in {"1", "true", "yes"}


def _tables(folder: Path) -> dict[str, pd.DataFrame]:
    """Every CSV of ``folder`` read with its schema's dtypes (strings for unknown tables)."""
    return {p.stem: read_table(p, SCHEMAS.get(p.stem)) for p in sorted(folder.glob("*.csv"))}


def _write_expected(produced: Path, expected: Path) -> None:
    """Replace ``expected/`` with the freshly produced CSVs (byte copies)."""
    expected.mkdir(parents=True, exist_ok=True)
    for old in expected.glob("*.csv"):
        old.unlink()
    for new in sorted(produced.glob("*.csv")):
        shutil.copyfile(new, expected / new.name)


def test_golden_cases_exist():
    assert CASES == ["panel_report", "policy_summary"]


@pytest.mark.parametrize("case", CASES)
def test_golden_tables(case, nlp, tmp_path):
    raw, expected = GOLDEN / case / "raw", GOLDEN / case / "expected"
    api.run(raw, tmp_path, nlp=nlp, settings=Settings(cache=False))
    if _updating():
        _write_expected(tmp_path, expected)
        pytest.skip(f"{UPDATE_ENV} set: rewrote {expected.relative_to(GOLDEN.parent)}")
    want = _tables(expected)
    if not want:
        pytest.fail(f"no expected tables in {expected}; run with {UPDATE_ENV}=1 and review the diff")
    got = _tables(tmp_path)
    assert set(SCHEMAS) <= set(want), "every contract table has a golden file"
    new = sorted(set(got) - set(want))  # an extractor added since the golden files were written
    assert set(new) <= set(load_registry().names()), f"tables without golden files: {new}"
    assert set(want) <= set(got), "the set of tables differs from the golden files"
    for name in sorted(want):
        pd.testing.assert_frame_equal(got[name], want[name], check_exact=False, obj=f"{case}/{name}.csv")
