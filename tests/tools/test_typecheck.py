"""tools/typecheck.py: mypy error counts per (file, code) against a baseline that may only shrink."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("typecheck", ROOT / "tools" / "typecheck.py")
typecheck = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(typecheck)

OUTPUT = [
    'pipeline/a.py:3: error: Argument 1 to "f" has incompatible type "int"; expected "str"  [arg-type]',
    'pipeline/a.py:40:7: error: Argument 2 to "f" has incompatible type "int"; expected "str"  [arg-type]',
    "pipeline/a.py:41: note: See https://mypy.readthedocs.io",
    'pipeline/b.py:9: error: Item "None" of "Span | None" has no attribute "text"  [union-attr]',
    "pipeline/c.py:1: error: Something without a code",
    "Found 4 errors in 3 files (checked 9 source files)",
]


def test_typecheck_counts_errors_per_file_and_code() -> None:
    assert typecheck.count_errors(OUTPUT) == Counter(
        {("pipeline/a.py", "arg-type"): 2, ("pipeline/b.py", "union-attr"): 1, ("pipeline/c.py", "misc"): 1}
    )


def test_typecheck_baseline_round_trips(tmp_path: Path) -> None:
    counts = typecheck.count_errors(OUTPUT)
    path = tmp_path / "baseline.txt"
    path.write_text(typecheck.format_baseline(counts), encoding="utf-8")
    assert typecheck.read_baseline(path) == counts
    assert path.read_text(encoding="utf-8").splitlines()[1] == "2\tpipeline/a.py\targ-type"


def test_typecheck_line_shifts_do_not_matter() -> None:
    shifted = [line.replace(":3:", ":30:").replace(":9:", ":90:") for line in OUTPUT]
    assert typecheck.compare(typecheck.count_errors(shifted), typecheck.count_errors(OUTPUT)) == ({}, {})


def test_typecheck_growth_and_new_pairs_fail_shrinking_is_reported() -> None:
    baseline = Counter({("pipeline/a.py", "arg-type"): 2, ("pipeline/b.py", "union-attr"): 1})
    now = Counter({("pipeline/a.py", "arg-type"): 1, ("pipeline/b.py", "union-attr"): 2, ("pipeline/d.py", "index"): 1})
    grown, shrunk = typecheck.compare(now, baseline)
    assert grown == {("pipeline/b.py", "union-attr"): (1, 2), ("pipeline/d.py", "index"): (0, 1)}
    assert shrunk == {("pipeline/a.py", "arg-type"): (2, 1)}


def test_typecheck_missing_baseline_allows_no_errors(tmp_path: Path) -> None:
    assert typecheck.read_baseline(tmp_path / "none.txt") == Counter()
