"""Client scale benchmark (``make bench-dask``): figures, never assertions.

What a run over a very large corpus costs the *client* (the process that lists the corpus,
keeps the run's bookkeeping, resolves entities and writes the tables), apart from parsing,
which the workers do. A corpus of N tiny documents (default 100,000, and 4 x N unless
``--no-scale``) is written to a temporary folder; each size runs ``pipeline.run`` in a fresh
process where the parse is a stand-in engine: a worker process beside the client builds a
realistic result per document (six mentions, a speaker, a quote, an organization and a
country; names drawn from a fixed vocabulary, so the distinct entities stay bounded while
documents grow), puts it in the result store and sends back only the chunk's entity summaries
reduced to their tally (:class:`~pipeline.normalize.tally.PartitionTally`), as Dask workers
do. Everything else is the real orchestration: listing and hashing the files, the document
list, the cache check, merging the tallies, resolution, reading the results back, writing
(Parquet datasets by default) and pruning.

Printed per size: the client's peak RSS (its high-water mark, ``getrusage``; the worker is
another process) and by phase (sampled), and the throughput in documents/s of the whole run,
of the store phase (the worker's stand-in parse and store, the client's tally), of resolution
and of writing; then the ratio of the peak RSS between the sizes (target: < 1.10, memory
flat as the corpus grows). The stand-in goes through :func:`pipeline.api.run` with
``_engine`` replaced, not through a Dask cluster: what is measured is the client's side,
the same with either engine.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..normalize.tally import PartitionTally
from ..records import CountryRef, DocResult, Document, Mention, OrganizationRef, Quote, Speaker

_FIRST = ["Aida", "Bakyt", "Dilnoza", "Erlan", "Farrukh", "Gulnara", "Ilyas", "Jamshid", "Kamila", "Laziz",
          "Madina", "Nurlan", "Olga", "Pavel", "Rustam", "Saule", "Timur", "Umida", "Viktor", "Zarina"]
_LAST = ["Abdullaev", "Bekova", "Chernov", "Dzhumaev", "Ermekova", "Fayzullin", "Gaipov", "Ismailova", "Juraev",
         "Kasymov", "Lebedeva", "Mirzaev", "Nurmatova", "Orlov", "Petrova", "Rakhimov", "Sadykova", "Tursunov"]
_ORGS = [(f"{place} Institute for {topic} Studies", f"{place[:2].upper()}I{topic[0]}S")
         for place in ("Almaty", "Bishkek", "Dushanbe", "Tashkent", "Ashgabat") for topic in
         ("Energy", "Security", "Water", "Trade", "Climate", "Transport", "Migration", "Digital")]
_COUNTRIES = [("KAZ", "Kazakhstan"), ("KGZ", "Kyrgyzstan"), ("TJK", "Tajikistan"), ("UZB", "Uzbekistan"),
              ("TKM", "Turkmenistan"), ("RUS", "Russia"), ("CHN", "China"), ("TUR", "Turkey")]
_DOCS_PER_FOLDER = 1000


def write_corpus(dest: Path, n_docs: int) -> None:
    """``n_docs`` one-line documents (distinct texts) in folders of 1,000."""
    for n in range(n_docs):
        folder = dest / f"part{n // _DOCS_PER_FOLDER:04d}"
        if n % _DOCS_PER_FOLDER == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"doc{n:07d}.txt").write_text(f"Report {n} on regional cooperation.\n", encoding="utf-8")


def stand_in_result(document: Document) -> DocResult:
    """What the parse and extractors might give for one short news item (deterministic in the doc_id)."""
    rng = random.Random(document.doc_id)
    people = [f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(2)]
    org, acronym = rng.choice(_ORGS)
    iso3, country = rng.choice(_COUNTRIES)
    surname = people[0].split()[1]
    mentions = (
        Mention("PERSON", people[0], 0, len(people[0]), 0, "speakers", people[0]),
        Mention("PERSON", surname, 40, 40 + len(surname), 30, "speakers", surname),
        Mention("PERSON", people[1], 80, 80 + len(people[1]), 60, "speakers", people[1]),
        Mention("ORG", org, 120, 120 + len(org), 100, "organizations", org, acronym),
        Mention("ORG", acronym, 180, 180 + len(acronym), 160, "organizations", org, acronym),
        Mention("COUNTRY", country, 200, 200 + len(country), 190, "countries", iso3, iso3),
    )
    quote = Quote(1, people[0], "direct", "said", "We will keep working together.", 10, 40, 0.9)
    return DocResult(document, (
        ("mentions", mentions),
        ("speakers", (Speaker(people[0], "minister", org, iso3, 1),)),
        ("quotes", (quote,)),
        ("organizations", (OrganizationRef(org, org, acronym, 2, (org, acronym)),)),
        ("countries", (CountryRef(iso3, country, 1, (country,), 200),)),
    ))


def _stand_in_chunk(chunk: list[tuple[str, Document, int]], store) -> PartitionTally:
    """A worker's part: each document's stand-in result into the store, the chunk's tally back."""
    from ..normalize.collect import DocEntities

    out = []
    for key, document, ordinal in chunk:
        result = stand_in_result(document)
        store.put(key, result)
        out.append((ordinal, DocEntities.of(result)))
    return PartitionTally.of(out)


class StandInEngine:
    """An engine whose workers (processes beside the client, as Dask workers are) run :func:`stand_in_result`
    on chunks of documents, put the results in the store and send back only the chunks' tallies."""

    reads_inputs = True  # as with Dask, the client does not read the texts again for the workers

    def __init__(self, position: Callable[[str], int], workers: int = 1, chunk: int = 500) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver"))
        self._chunk, self._in_flight = chunk, 2 * workers
        self._position = position

    def stored(self, documents: Iterable[tuple[str, Document]], store) -> Iterator[object]:
        from collections import deque
        from itertools import islice

        tickets = ((key, document, self._position(document.doc_id)) for key, document in documents)
        pending: deque = deque()
        while True:
            while len(pending) < self._in_flight and (chunk := list(islice(tickets, self._chunk))):
                pending.append(self._pool.submit(_stand_in_chunk, chunk, store))
            if not pending:
                return
            yield pending.popleft().result()

    def close(self) -> None:
        self._pool.shutdown()


class _Phases:
    """Which phase of the run is on (the one a wrapped function names, else the store phase), and the highest
    RSS sampled in each (every 50 ms, on a thread)."""

    def __init__(self) -> None:
        import psutil

        self.current = "list+store"
        self.peak_mb: dict[str, float] = {}
        self._process = psutil.Process()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.wait(0.05):
            rss = self._process.memory_info().rss / 2**20
            self.peak_mb[self.current] = max(self.peak_mb.get(self.current, 0.0), rss)

    def stop(self) -> dict[str, float]:
        self._stop.set()
        self._thread.join()
        return {phase: round(mb) for phase, mb in self.peak_mb.items()}


def _timed(module, name: str, seconds: dict[str, float], phases: _Phases, after: str) -> None:
    """Wrap ``module.name`` so that its time adds up in ``seconds[name]`` and its memory in its own phase."""
    original = getattr(module, name)

    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        phases.current = name
        try:
            return original(*args, **kwargs)
        finally:
            seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start
            phases.current = after

    setattr(module, name, wrapper)


def _stand_in_engine(settings, extractors, only, n_todo, nlp, root=None, position=None, source=None) -> StandInEngine:
    """:func:`pipeline.api._engine`'s stand-in."""
    assert position is not None, "the run gives the engine the documents' corpus positions"
    return StandInEngine(position)


def run_child(raw: Path, out: Path, fmt: str) -> dict:
    """One run in this process (a fresh one); the figures as a dict."""
    import psutil

    from .. import api
    from ..config import Settings

    baseline = psutil.Process().memory_info().rss
    seconds: dict[str, float] = {}
    api._engine = _stand_in_engine  # the parse stand-in
    phases = _Phases()
    _timed(api, "resolve_corpus", seconds, phases, "spool")
    _timed(api, "write_results", seconds, phases, "manifest+prune")
    ticks: list[float] = []

    def progress(done: int, total: int, doc_id: str) -> None:
        if done == 1 or done == total:
            ticks.append(time.perf_counter())

    start = time.perf_counter()
    result = api.run(raw, out, settings=Settings(jobs=1, cache=True, fmt=fmt, overrides=None), progress=progress)
    total = time.perf_counter() - start
    peaks = phases.stop()
    n = result.n_documents
    store_s = ticks[-1] - ticks[0] if len(ticks) >= 2 else 0.0
    return {
        "documents": n, "format": fmt, "entities": result.rows.get("entities", 0),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "baseline_rss_mb": baseline / 2**20, "peak_rss_mb_by_phase": peaks,
        "run_s": total, "list_s": ticks[0] - start if ticks else 0.0, "store_s": store_s,
        "resolve_s": seconds.get("resolve_corpus", 0.0), "write_s": seconds.get("write_results", 0.0),
        "run_dps": n / total, "store_dps": n / store_s if store_s else 0.0,
        "resolve_dps": n / seconds["resolve_corpus"] if seconds.get("resolve_corpus") else 0.0,
        "write_dps": n / seconds["write_results"] if seconds.get("write_results") else 0.0,
    }


def _line(r: dict) -> str:
    return (f"{r['documents']:>9,} documents: client peak RSS {r['peak_rss_mb']:,.0f} MB "
            f"(after imports {r['baseline_rss_mb']:,.0f} MB); documents/s: whole run {r['run_dps']:,.0f} "
            f"({r['run_s']:.0f} s), store {r['store_dps']:,.0f}, resolution {r['resolve_dps']:,.0f}, "
            f"writing ({r['format']}) {r['write_dps']:,.0f}; {r['entities']:,} entities; peak RSS (MB) by phase: "
            + ", ".join(f"{phase} {mb:,}" for phase, mb in r["peak_rss_mb_by_phase"].items()))


def main(docs: int = 100_000, scale: int = 4, fmt: str = "parquet", work: Path | None = None) -> list[dict]:
    """Run the sizes ``docs`` and ``scale * docs`` (``scale`` 0: only ``docs``), print and return the figures."""
    sizes = [docs] + ([scale * docs] if scale else [])
    figures = []
    with tempfile.TemporaryDirectory(prefix="pipeline-bench-scale-", dir=work) as tmp:
        for n in sizes:
            raw, out = Path(tmp) / f"raw{n}", Path(tmp) / f"out{n}"
            start = time.perf_counter()
            write_corpus(raw, n)
            print(f"corpus of {n:,} documents written in {time.perf_counter() - start:.0f} s", flush=True)
            child = subprocess.run([sys.executable, "-m", "pipeline.benchmarks.dask_scale", "--child", str(raw),
                                    str(out), "--format", fmt], capture_output=True, text=True, check=False)
            if child.returncode != 0:
                raise SystemExit(f"the run on {n:,} documents failed:\n{child.stderr}")
            figures.append(json.loads(child.stdout.strip().splitlines()[-1]))
            print(_line(figures[-1]), flush=True)
            for path in (raw, out):  # free the disk before the next size
                subprocess.run(["rm", "-rf", str(path)], check=False)
    if len(figures) == 2:
        ratio = figures[1]["peak_rss_mb"] / figures[0]["peak_rss_mb"]
        print(f"peak RSS {figures[1]['documents']:,} / {figures[0]['documents']:,} documents: {ratio:.3f} "
              "(target < 1.10)", flush=True)
    print(json.dumps(figures))
    return figures


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline.benchmarks.dask_scale", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000, help="documents of the first size (default 100,000)")
    parser.add_argument("--scale", type=int, default=4, help="the second size is SCALE x DOCS (default 4)")
    parser.add_argument("--no-scale", action="store_true", help="only the first size")
    parser.add_argument("--format", default="parquet", choices=("csv", "parquet"), help="table format")
    parser.add_argument("--work", type=Path, default=None, help="folder for the temporary corpus (default: /tmp)")
    parser.add_argument("--child", nargs=2, metavar=("RAW", "OUT"), help=argparse.SUPPRESS)
    return parser


if __name__ == "__main__":
    args = _parser().parse_args()
    if args.child:
        print(json.dumps(run_child(Path(args.child[0]), Path(args.child[1]), args.format)))
    else:
        main(args.docs, 0 if args.no_scale else args.scale, args.format, args.work)
