"""The Makefile: self-documenting, and `make pipeline` depends on models."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _make(*args: str) -> str:
    return subprocess.run(["make", "-C", str(ROOT), *args], capture_output=True, text=True, check=True).stdout


def test_makefile_help_lists_the_targets() -> None:
    out = _make("help")
    for target in ("install", "models", "pipeline", "test", "eval", "bench", "clean"):
        assert f"{target}:" in out


def test_makefile_pipeline_runs_the_cli_with_overridable_folders() -> None:
    out = _make("-n", "pipeline", "RAW=corpus/in", "OUT=corpus/out")
    assert "-m pipeline run corpus/in --out corpus/out" in out


def test_makefile_python_modules_exist() -> None:
    """Every ``python -m <module>`` the Makefile runs is a module of this project or its dependencies."""
    import importlib.util
    import re

    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    modules = set(re.findall(r"\$\(PY\) -m ([\w.]+)", text))
    assert "pipeline.benchmarks" in modules
    missing = [m for m in sorted(modules) if importlib.util.find_spec(m) is None]
    assert missing == []


def test_makefile_bench_passes_its_arguments() -> None:
    out = _make("-n", "bench", "BENCH_ARGS=--words 1000 --no-scale")
    assert "-m pipeline.benchmarks --words 1000 --no-scale" in out


def test_makefile_eval_scores_every_set_and_both_halves_of_polnear_train() -> None:
    out = _make("-n", "-o", "models", "-o", ".venv/.installed", "eval", "SHARED=/shared")
    assert "seeds devset/policy devset/policy2 benchmarks/polnear/dev" in out
    assert "for half in tune check" in out and "--half $half" in out
    assert "make eval took" in out



def test_makefile_test_builds_the_saved_pipeline_first() -> None:
    """The suite's CLI runs load models/pipeline; without it every process would train the models again."""
    rules = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    assert "test: models bytecode" in rules


@pytest.mark.parametrize("target", ["pipeline", "test", "eval", "bench"])
def test_makefile_compiles_the_package_before_it_runs_or_times_it(target: str) -> None:
    """Start-up reads compiled modules: where PYTHONDONTWRITEBYTECODE is set Python would compile every module of
    the package again in each process (about 0.3 s of CPU per run, in every test that runs the CLI)."""
    out = _make("-n", "-o", "models", "-o", "models/pipeline/meta.json", "-o", ".venv/.installed", target)
    assert "-m compileall -q pipeline" in out


def test_makefile_compiled_modules_do_not_make_the_saved_pipeline_stale() -> None:
    """`make bytecode` writes __pycache__ files under pipeline/components after `make models`: they must not be
    prerequisites of the saved pipeline, or every `make test` would assemble it again."""
    if not any((ROOT / "pipeline" / "components").rglob("__pycache__/*.pyc")):
        pytest.skip("no compiled modules under pipeline/components (run make bytecode)")
    rules = _make("-n", "-p", "-o", ".venv/.installed", "help").splitlines()
    prerequisites = next(line for line in rules if line.startswith("models/pipeline/meta.json:")).split()
    assert "pipeline/components/policy/component.py" in prerequisites
    assert [p for p in prerequisites if "__pycache__" in p] == []
