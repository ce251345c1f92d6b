"""The example extension package examples/treaties: installed with pip, found through its entry point.

The package is built with pip into a temporary ``--target`` folder (from a copy of
its source, so the repository stays clean) and used from subprocesses whose
PYTHONPATH holds that folder: nothing is installed into the running venv, and
this test session's registry never sees the plugin.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "treaties"

TEXT = (
    "Astana and Moscow Reaffirm Their Alliance\n\n"
    "The ministers referred to the 2015 Minsk agreements and to the Treaty on Collective Security of 1992. "
    "The Treaty of Friendship and Cooperation remains the basis of relations, the minister said. "
    "Members of the Collective Security Treaty Organization met in Minsk.\n"
)


def _pip_target(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    shutil.copytree(EXAMPLE, src, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    target = tmp_path / "site"
    base = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-input", "--target", str(target)]
    errors = []
    for extra in (["--no-build-isolation"], []):  # offline first; the second needs the package index
        done = subprocess.run([*base, *extra, str(src)], capture_output=True, text=True, timeout=300, check=False)
        if done.returncode == 0:
            return target
        errors.append(done.stderr[-600:])
    pytest.skip("could not build examples/treaties with pip: " + " | ".join(errors))


@pytest.fixture(scope="module")
def plugin_env(tmp_path_factory) -> dict[str, str]:
    target = _pip_target(tmp_path_factory.mktemp("treaties"))
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(target), str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def _python(env: dict[str, str], *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=600,
                          check=False)


def test_examples_plugin_is_listed(plugin_env):
    done = _python(plugin_env, "-m", "pipeline", "extractors")
    assert done.returncode == 0, done.stderr
    line = next(ln for ln in done.stdout.splitlines() if "treaties" in ln)
    assert "pipeline_treaties" in line


SENTENCES = [
    ("Both sides referred to the 2015 Minsk agreements and the Treaty on Collective Security of 1992.",
     [["2015 Minsk agreements", "agreement", 2015], ["Treaty on Collective Security", "treaty", 1992]]),
    ("The Treaty of Friendship and Cooperation between Kazakhstan and Russia was signed in 2013.",
     [["Treaty of Friendship and Cooperation", "treaty", None]]),
    ("The Collective Security Treaty Organization met in Minsk. Under the Paris Agreement, emissions fall.",
     [["Paris Agreement", "agreement", None]]),
    ("He cited the Treaty on the Non-Proliferation of Nuclear Weapons and the Astana Accords.",
     [["Treaty on the Non-Proliferation of Nuclear Weapons", "treaty", None], ["Astana Accords", "accord", None]]),
    ("The agreement was signed, and the two ministers discussed a new memorandum.", []),
]

_SCRIPT = """
import json, sys, spacy
from pipeline.registry import load_registry
ext = load_registry().extractors["treaties"]
nlp = spacy.blank("en")
out = []
for text in json.load(sys.stdin):
    rows = ext(nlp(text))
    assert all(text[r.start:r.end] == r.treaty for r in rows)
    out.append([[r.treaty, r.kind, r.year] for r in rows])
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def extracted(plugin_env) -> list:
    done = subprocess.run([sys.executable, "-c", _SCRIPT], input=json.dumps([s for s, _ in SENTENCES]),
                          capture_output=True, text=True, env=plugin_env, cwd=ROOT, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize(("index", "expected"), [(i, rows) for i, (_, rows) in enumerate(SENTENCES)])
def test_examples_plugin_rows(extracted, index, expected):
    assert extracted[index] == expected


def test_examples_plugin_run_writes_its_table(plugin_env, tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "alliance.txt").write_text(TEXT, encoding="utf-8")
    done = _python(plugin_env, "-m", "pipeline", "run", str(raw), "--out", str(out))
    assert done.returncode == 0, done.stderr
    lines = (out / "treaties.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "doc_id,treaty,kind,year,start,end"
    start = TEXT.index("2015 Minsk")
    assert lines[1] == f"alliance,2015 Minsk agreements,agreement,2015,{start},{start + 21}"
    assert [ln.split(",")[1] for ln in lines[1:]] == [
        "2015 Minsk agreements", "Treaty on Collective Security", "Treaty of Friendship and Cooperation"]
