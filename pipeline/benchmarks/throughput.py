"""Throughput and memory benchmark (``make bench``): figures, never assertions.

Builds a corpus of at least N words from the sample corpus (and the shared dev
documents when present) by repeating the documents with varied names, then
measures in one session, each in its own process so memory is measured apart:

- raw ``spacy.load(model).pipe(texts)`` with all components, one process;
- the same with the base model as ``pipeline run`` loads it (``build_nlp`` without our
  components: the stand-ins, numpy's BLAS): what our own components and stages cost is the difference;
- ``pipeline run --jobs 1`` and ``--jobs <cores>`` (no cache);
- a no-change rerun (cache warm): wall and CPU seconds, beside the first run (:func:`measure_rerun`; run
  alone on a small corpus by :func:`rerun_figures`); it goes through the no-change check (pipeline/rerun.py);
- peak RSS of the whole process tree of each run, and of a run on a 4x corpus;
- the start-up figures (startup.py): a run on one short document and a worker's model load.

The headline, printed last, is our stages' cost over the same parse (``stages_share`` in wall time,
``stages_share_cpu`` in CPU time: on a shared machine the CPU figure is the steadier one) and the start-up.
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ..config import RAW, ROOT
from .startup import measure_startup

_FIRST = ["Aida", "Bakyt", "Dilnoza", "Erlan", "Farrukh", "Gulnara", "Ilyas", "Jamshid", "Kamila", "Laziz",
          "Madina", "Nurlan", "Olga", "Pavel", "Rustam", "Saule", "Timur", "Umida", "Viktor", "Zarina"]
_LAST = ["Abdullaev", "Bekova", "Chernov", "Dzhumaev", "Ermekova", "Fayzullin", "Gaipov", "Ismailova", "Juraev",
         "Kasymov", "Lebedeva", "Mirzaev", "Nurmatova", "Orlov", "Petrova", "Rakhimov", "Sadykova", "Tursunov"]
_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+(?:ov|ova|ev|eva|ko|yan|in|ina))\b")


def source_texts(shared: Path | None = None) -> list[str]:
    """The sample corpus plus, when present, the shared seed and dev documents."""
    paths = sorted(RAW.rglob("*.txt")) + sorted(RAW.rglob("*.md"))
    shared = shared or ROOT.parent / "shared"
    for sub in ("seeds", "devset/policy"):
        if (shared / sub).is_dir():
            paths += sorted((shared / sub).glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def build_corpus(dest: Path, words: int, *, seed: int = 13) -> tuple[int, int]:
    """Write documents totalling at least ``words`` words under ``dest``; return (docs, words)."""
    rng = random.Random(seed)
    texts = source_texts()
    if not texts:
        raise SystemExit("no source documents: data/raw is empty")
    dest.mkdir(parents=True, exist_ok=True)
    total = n = 0
    while total < words:
        text = texts[n % len(texts)]
        mapping: dict[str, str] = {}

        def vary(m: re.Match, mapping: dict[str, str] = mapping) -> str:  # bound to this text
            key = m.group(0)
            if key not in mapping:
                mapping[key] = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            return mapping[key]

        varied = _NAME.sub(vary, text)
        (dest / f"part{n // 500:03d}").mkdir(exist_ok=True)
        (dest / f"part{n // 500:03d}" / f"doc{n:06d}.txt").write_text(varied, encoding="utf-8")
        total += len(varied.split())
        n += 1
    return n, total


@dataclass
class Measured:
    seconds: float
    peak_rss_mb: float
    cpu_seconds: float = 0.0  # user + system seconds of the process and its children


def _tree_rss(proc) -> int:
    try:
        procs = [proc, *proc.children(recursive=True)]
    except Exception:  # the process ended
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except Exception:  # a child ended while we looked
            pass
    return total


def measure(cmd: list[str], *, env: dict[str, str] | None = None) -> Measured:
    """Run ``cmd``; wall time and peak RSS of its whole process tree (polled)."""
    import psutil

    start, cpu = time.perf_counter(), _children_cpu()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    ps = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(ps))
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr.read() if proc.stderr else ''}")
    return Measured(seconds, peak / 1e6, _children_cpu() - cpu)


def _children_cpu() -> float:
    """User + system seconds of the ended children of this process (a child counts once it was waited for)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_rerun(cmd: list[str], first: Measured) -> tuple[Measured, str]:
    """A no-change rerun of ``cmd`` (the command of the run ``first`` measured) and its line of figures."""
    rerun = measure(cmd)
    line = (f"no-change rerun: {rerun.seconds:.2f} s = {rerun.seconds / first.seconds:.1%} of the first run; "
            f"CPU {rerun.cpu_seconds:.2f} s = {rerun.cpu_seconds / max(first.cpu_seconds, 1e-9):.1%}")
    return rerun, line


def rerun_figures(words: int = 20_000, jobs: int = 1) -> dict[str, float]:
    """The rerun figure alone, on a corpus of ``words`` words: a first run, then a no-change rerun."""
    with tempfile.TemporaryDirectory(prefix="pipeline-rerun-") as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        n_docs, n_words = build_corpus(corpus, words)
        cmd = [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "--jobs", str(jobs)]
        first = measure(cmd)
        rerun, line = measure_rerun(cmd, first)
    print(f"corpus: {n_docs} documents, {n_words:,} words; first run {first.seconds:.1f} s "
          f"(CPU {first.cpu_seconds:.1f} s)", line, sep="\n", flush=True)
    return {"rerun_share": rerun.seconds / first.seconds, "rerun_seconds": rerun.seconds,
            "rerun_cpu_seconds": rerun.cpu_seconds, "rerun_cpu_share": rerun.cpu_seconds / first.cpu_seconds}


_RAW_SCRIPT = """
import sys, time, spacy
from pathlib import Path
from pipeline.nlp import base_model_name
from pipeline.config import Settings
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).rglob("*.txt"))]
nlp = spacy.load(base_model_name(Settings()))
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""

# the parse `pipeline run` does, without our components and stages: their cost is the difference (the heap settled
# as in the run, so that the difference holds no garbage collection of the reference's alone)
_SAME_PARSE_SCRIPT = """
import sys
from pathlib import Path
from pipeline.components.base_model.blas import one_blas_thread
from pipeline.config import Settings
from pipeline.heap import settle_heap
from pipeline.nlp import COMPONENTS, build_nlp
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).rglob("*.txt"))]
nlp = build_nlp(Settings(), disable=COMPONENTS)
settle_heap()  # as `pipeline run` does once the model is loaded
with one_blas_thread():
    for _ in nlp.pipe(texts, batch_size=16):
        pass
"""


def main(words: int = 2_000_000, jobs: int | None = None, scale_check: bool = True,
         scale_only: bool = False, startup_only: bool = False, model_dir: Path | None = None,
         repeat: int = 3) -> dict:
    """Run the benchmark and print the figures; returns them as a dict.

    ``scale_only`` measures just the memory figures: peak RSS of ``run --jobs N``
    on the corpus and on a corpus four times larger; ``startup_only`` just the start-up
    figures (startup.py: median of ``repeat`` processes, the saved pipeline in ``model_dir``).
    The headline, printed last: our stages over the same parse and the start-up figures.
    """
    if startup_only:
        startup = measure_startup(model_dir, repeat)
        print("\n".join(startup.lines()), flush=True)
        print(json.dumps(startup.as_dict()))
        return startup.as_dict()
    jobs = jobs or os.cpu_count() or 1
    py = sys.executable
    out: dict[str, object] = {"words_target": words, "cores": os.cpu_count(), "jobs": jobs}
    with tempfile.TemporaryDirectory(prefix="pipeline-bench-") as tmp:
        tmp_path = Path(tmp)
        corpus = tmp_path / "corpus"
        n_docs, n_words = build_corpus(corpus, words)
        out.update(docs=n_docs, words=n_words)
        print(f"corpus: {n_docs} documents, {n_words:,} words", flush=True)

        def run(src: Path, dest: str, n_jobs: int, *extra: str) -> list[str]:
            return [py, "-m", "pipeline", "run", str(src), "--out", str(tmp_path / dest), "--jobs", str(n_jobs), *extra]

        if not scale_only:
            raw = measure([py, "-c", _RAW_SCRIPT, str(corpus)])
            print(f"raw nlp.pipe, all components, 1 process: {n_words / raw.seconds:,.0f} words/s "
                  f"({raw.seconds:.1f} s, peak {raw.peak_rss_mb:,.0f} MB)", flush=True)
            same = measure([py, "-c", _SAME_PARSE_SCRIPT, str(corpus)])
            print(f"raw nlp.pipe, the base model as pipeline run loads it (pipeline/blas.py, stand-ins), "
                  f"1 process: {n_words / same.seconds:,.0f} words/s ({same.seconds:.1f} s)", flush=True)
            one = measure(run(corpus, "out1", 1, "--no-cache"))
            print(f"pipeline run --jobs 1: {n_words / one.seconds:,.0f} words/s ({one.seconds:.1f} s, "
                  f"peak {one.peak_rss_mb:,.0f} MB)", flush=True)
        many = measure(run(corpus, "outN", jobs))
        print(f"pipeline run --jobs {jobs}: {n_words / many.seconds:,.0f} words/s ({many.seconds:.1f} s, "
              f"peak {many.peak_rss_mb:,.0f} MB)", flush=True)
        out.update(jobsN_wps=n_words / many.seconds, peak_rss_mb_jobsN=many.peak_rss_mb)
        if not scale_only:
            rerun, line = measure_rerun(run(corpus, "outN", jobs), many)
            print(line, flush=True)
            out.update(
                raw_wps=n_words / raw.seconds, jobs1_wps=n_words / one.seconds,
                ratio_jobs1=raw.seconds / one.seconds, ratio_jobsN=raw.seconds / many.seconds,
                rerun_share=rerun.seconds / many.seconds, rerun_cpu_seconds=rerun.cpu_seconds,
                peak_rss_mb_jobs1=one.peak_rss_mb,
                peak_rss_mb_raw=raw.peak_rss_mb, same_parse_wps=n_words / same.seconds,
                stages_share=one.seconds / same.seconds - 1,
                stages_share_cpu=one.cpu_seconds / max(same.cpu_seconds, 1e-9) - 1,
            )
            print(f"ratios to raw nlp.pipe: --jobs 1 = {out['ratio_jobs1']:.2f}x (target >= 1.2), "
                  f"--jobs {jobs} = {out['ratio_jobsN']:.2f}x (target >= 2.2)", flush=True)
            print(f"our components and stages over the same parse (--jobs 1): {out['stages_share']:+.1%} wall, "
                  f"{out['stages_share_cpu']:+.1%} CPU ({one.cpu_seconds:.1f} s / {same.cpu_seconds:.1f} s)",
                  flush=True)
        if scale_check or scale_only:
            big = tmp_path / "corpus4x"
            _, big_words = build_corpus(big, 4 * words, seed=14)
            big_run = measure(run(big, "out4x", jobs))
            out.update(peak_rss_mb_4x=big_run.peak_rss_mb, rss_growth_4x=big_run.peak_rss_mb / many.peak_rss_mb - 1)
            print(f"peak RSS, 4x corpus ({big_words:,} words, {big_words / big_run.seconds:,.0f} words/s)"
                  f": {big_run.peak_rss_mb:,.0f} MB "
                  f"({out['rss_growth_4x']:+.1%} vs the 1x corpus; target <= +10%)", flush=True)
    if not scale_only:
        startup = measure_startup(model_dir, repeat)
        out.update(startup.as_dict())
        try:
            from .entity_resolution import bench_entity_resolution

            er = bench_entity_resolution()
            out["entity_resolution"] = er
            for row in er:
                print("entity resolution: " + ", ".join(f"{k}={v}" for k, v in row.items()), flush=True)
        except ImportError:
            pass
    if not scale_only:
        print(f"headline: our components and stages over the same parse (--jobs 1): {out['stages_share']:+.1%} "
              f"wall, {out['stages_share_cpu']:+.1%} CPU time (target <= +10%)", *startup.lines(),
              sep="\nheadline: ", flush=True)
    print(json.dumps(out, default=str))
    return out
