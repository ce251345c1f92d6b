"""The start-up benchmark (pipeline/benchmarks/startup.py): its figures and headline, without running it."""

from __future__ import annotations

import subprocess
import sys

from pipeline.benchmarks.startup import Seconds, Startup, _medians, _process, _reported


def _startup(current: bool = True) -> Startup:
    return Startup(run=Seconds(3.0, 2.0), base_process=Seconds(2.5, 2.0), worker_load=Seconds(1.2, 1.1),
                   base_load=Seconds(1.0, 1.0), saved_current=current)


def test_startup_headline_gives_both_ratios_beside_the_base_model():
    first, second = _startup().lines()
    assert first.startswith("start-up, `pipeline run` on one short document: 1.20x a process that runs spacy.load")
    assert "(3.00 s / 2.50 s; target <= 1.3x); CPU time 1.00x (2.00 s / 2.00 s)" in first
    assert second.startswith("start-up, a worker's model load (build_nlp): 1.20x spacy.load of the base model")
    assert "assembled in memory" not in second
    assert "assembled in memory" in _startup(current=False).lines()[1]


def test_startup_figures_as_a_dict():
    figures = _startup().as_dict()
    assert figures["startup_run_ratio_wall"] == 3.0 / 2.5
    assert figures["worker_load_ratio_cpu"] == 1.1
    assert figures["saved_pipeline_current"] is True


def test_startup_measures_are_medians_of_processes():
    script = "import time; time.sleep(0.01); print(0.5, 0.25)"
    medians = _medians({"reported": lambda: _reported([sys.executable, "-c", script]),
                        "process": lambda: _process([sys.executable, "-c", "pass"])}, repeat=3)
    assert medians["reported"] == Seconds(0.5, 0.25)
    assert medians["process"].wall > 0 and medians["process"].cpu > 0


def test_bench_has_a_startup_only_option():
    done = subprocess.run([sys.executable, "-m", "pipeline.benchmarks", "--help"], capture_output=True, text=True,
                          check=True)
    assert "--startup-only" in done.stdout and "--model-dir" in done.stdout
