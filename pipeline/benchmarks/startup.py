"""Start-up benchmark (``make bench`` headline, ``python -m pipeline.benchmarks --startup-only``).

Two figures, each beside ``spacy.load`` of the base model and each the median of a few fresh processes:

- a run on one short document: wall time of ``pipeline run`` on a one-file folder (a subprocess, as a user
  starts it), against the wall time of a process that imports spaCy and loads the base model;
- a worker's model load: seconds of ``build_nlp`` of the saved pipeline (what every worker does when it
  starts: it is handed the run's source fingerprint, computed before the clock starts, as the run's own
  process computes it once for all its workers), against the seconds of ``spacy.load`` of the base model,
  both timed inside their process after the imports.

Each figure is given as wall time (what the targets are about) and CPU time (user + system seconds of the
process: steadier on a machine shared with other work, where wall times vary by a second or more).
A saved pipeline that is missing or stale (another source fingerprint) is assembled in memory by
``build_nlp``: the figures then say so, since they no longer measure a worker's load.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from ..config import PIPELINE_MODEL

# One short document of the kind the tool reads (our own text).
SHORT_DOCUMENT = """Kazakhstan and Uzbekistan agree on water sharing

Astana, 14 March. The foreign ministers of Kazakhstan and Uzbekistan signed a memorandum on the
shared use of the Syr Darya on Tuesday. "We will coordinate the releases from the reservoirs every
spring," said Murat Nurtleu, Kazakhstan's foreign minister. The Eurasian Development Bank will fund
a joint monitoring network, the ministry reported. Both governments should publish the figures
every quarter, according to the agreement.
"""

_BASE_PROCESS = """
import spacy
from pipeline.config import Settings
from pipeline.nlp import base_model_name
spacy.load(base_model_name(Settings()))
"""

_BASE_LOAD = """
import time, spacy
from pipeline.config import Settings
from pipeline.nlp import base_model_name
name = base_model_name(Settings())
start, cpu = time.perf_counter(), time.process_time()
spacy.load(name)
print(time.perf_counter() - start, time.process_time() - cpu)
"""

_WORKER_LOAD = """
import sys, time
from pathlib import Path
from pipeline.config import Settings
from pipeline.fingerprint import source_fingerprint
from pipeline.nlp import build_nlp, register_components
settings = Settings(model_dir=Path(sys.argv[1]))
register_components()
source = source_fingerprint()  # the run's process computes it and hands it to its workers
start, cpu = time.perf_counter(), time.process_time()
build_nlp(settings, source=source)
print(time.perf_counter() - start, time.process_time() - cpu)
"""

# `pipeline run` with its saved pipeline taken from another folder (argv[1]) than models/pipeline.
_CLI_WITH_MODEL_DIR = """
import sys
from pathlib import Path
from pipeline import cli
model_dir = Path(sys.argv.pop(1))
settings = cli._settings
cli._settings = lambda model, **kw: settings(model, model_dir=model_dir, **kw)
sys.argv[0] = "pipeline"
cli.main()
"""


class Seconds(NamedTuple):
    """Wall-clock and CPU seconds of one measurement (or the medians of several)."""

    wall: float
    cpu: float

    def __truediv__(self, other: Seconds) -> Seconds:
        return Seconds(self.wall / other.wall, self.cpu / other.cpu)


@dataclass(frozen=True)
class Startup:
    """Median seconds of each start-up figure, and whether the saved pipeline was current."""

    run: Seconds
    base_process: Seconds
    worker_load: Seconds
    base_load: Seconds
    saved_current: bool

    def as_dict(self) -> dict[str, float | bool]:
        figures = {"startup_run": self.run, "base_process": self.base_process,
                   "startup_run_ratio": self.run / self.base_process, "worker_load": self.worker_load,
                   "base_load": self.base_load, "worker_load_ratio": self.worker_load / self.base_load}
        out: dict[str, float | bool] = {f"{k}_{part}": v for k, s in figures.items() for part, v in s._asdict().items()}
        return {**out, "saved_pipeline_current": self.saved_current}

    def lines(self) -> list[str]:
        """The two headline lines (targets of issue #18: <= 1.3x and <= 1.2x, wall time)."""
        stale = "" if self.saved_current else " (no current saved pipeline: assembled in memory; run `make models`)"
        run, load = self.run / self.base_process, self.worker_load / self.base_load
        return [
            f"start-up, `pipeline run` on one short document: {run.wall:.2f}x a process that runs spacy.load of "
            f"the base model ({self.run.wall:.2f} s / {self.base_process.wall:.2f} s; target <= 1.3x); "
            f"CPU time {run.cpu:.2f}x ({self.run.cpu:.2f} s / {self.base_process.cpu:.2f} s)",
            f"start-up, a worker's model load (build_nlp): {load.wall:.2f}x spacy.load of the base model "
            f"({self.worker_load.wall:.2f} s / {self.base_load.wall:.2f} s; target <= 1.2x); "
            f"CPU time {load.cpu:.2f}x ({self.worker_load.cpu:.2f} s / {self.base_load.cpu:.2f} s){stale}",
        ]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _process(cmd: list[str]) -> Seconds:
    """Wall and CPU seconds of the process ``cmd`` (and its children), from start to exit."""
    start, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return Seconds(time.perf_counter() - start, _children_cpu() - cpu)


def _reported(cmd: list[str]) -> Seconds:
    """The wall and CPU seconds a timing script prints on its last line."""
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    wall, cpu = done.stdout.strip().splitlines()[-1].split()
    return Seconds(float(wall), float(cpu))


def _medians(measures: dict[str, Callable[[], Seconds]], repeat: int) -> dict[str, Seconds]:
    """Each measure ``repeat`` times, taken in turn (so a change of the machine's load touches them all alike)."""
    runs: dict[str, list[Seconds]] = {name: [] for name in measures}
    for _ in range(repeat):
        for name, measure in measures.items():
            runs[name].append(measure())
    return {name: Seconds(statistics.median(r.wall for r in rs), statistics.median(r.cpu for r in rs))
            for name, rs in runs.items()}


def _is_current(model_dir: Path) -> bool:
    from ..nlp import _is_current_pipeline

    return _is_current_pipeline(model_dir)


def measure_startup(model_dir: Path | None = None, repeat: int = 3) -> Startup:
    """Median of ``repeat`` fresh processes for each figure (``model_dir``: the saved pipeline, default
    models/pipeline)."""
    py = sys.executable
    model_dir = Path(model_dir or PIPELINE_MODEL)
    with tempfile.TemporaryDirectory(prefix="pipeline-startup-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        (folder / "short.txt").write_text(SHORT_DOCUMENT, encoding="utf-8")
        cli = [py, "-m", "pipeline"] if model_dir == PIPELINE_MODEL else [py, "-c", _CLI_WITH_MODEL_DIR, str(model_dir)]
        run = [*cli, "run", str(folder), "--out", str(Path(tmp) / "out"), "--jobs", "1", "--no-cache"]
        medians = _medians({
            "run": lambda: _process(run),
            "base_process": lambda: _process([py, "-c", _BASE_PROCESS]),
            "worker_load": lambda: _reported([py, "-c", _WORKER_LOAD, str(model_dir)]),
            "base_load": lambda: _reported([py, "-c", _BASE_LOAD]),
        }, repeat)
        return Startup(**medians, saved_current=_is_current(model_dir))
