"""Stage 5 helper: ``OUT/run.json``, what the tables of an output folder were made from.

It names the input folder, the code, a key over every document and setting the tables
depend on (a rerun with the same key has nothing to do), the table format that is
current (the loader reads only that one), and the rows and failures of the run.
No timestamps, so reruns are byte-identical.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from .config import Settings
from .registry import Extractor
from .storage import RemotePath

MANIFEST = "run.json"


def corpus_key(fingerprint: str, keys: Sequence[str], settings: Settings, extractors: Sequence[Extractor]) -> str:
    """Everything the tables depend on: every document's key, the code, the overrides, how they are written."""
    h = hashlib.sha256(f"{fingerprint}|{settings.fmt}|{settings.excel_safe}|"
                       f"{','.join(e.name for e in extractors)}".encode())
    if settings.overrides is not None and Path(settings.overrides).is_file():
        h.update(Path(settings.overrides).read_bytes())
    for key in keys:
        h.update(key.encode())
    return h.hexdigest()


def up_to_date(out: Path, key: str, table_names: Iterable[str], fmt: str) -> bool:
    """The tables in ``out`` were written from exactly this corpus and code."""
    if run_manifest(out).get("corpus_key") != key:
        return False
    return all((out / f"{name}.{fmt}").exists() for name in table_names)  # a file, or a Parquet dataset folder


def write_manifest(out: Path, raw_dir: Path | RemotePath, fingerprint: str, key: str, extractors: Sequence[Extractor],
                   fmt: str, total: int, n_failed: int, rows: dict[str, int]) -> None:
    """Write ``OUT/run.json`` atomically."""
    from . import __version__
    from .schemas import SCHEMA_VERSION

    manifest = {
        "raw_dir": str(raw_dir.resolve()),  # a folder, or a URL (s3://bucket/raw)
        "pipeline_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "code_fingerprint": fingerprint,
        "corpus_key": key,
        "extractors": {e.name: f"{e.package} {e.version}" for e in extractors},
        "format": fmt,
        "documents": total,
        "failed": n_failed,
        "rows": rows,
    }
    tmp = out / f".{MANIFEST}.partial"
    tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, out / MANIFEST)


def run_manifest(out_dir: Path | str) -> dict:
    """The ``run.json`` of an output folder ({} when there is none or it is unreadable)."""
    path = Path(out_dir) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def current_format(out_dir: Path | str) -> str | None:
    """The table format the last run wrote (None when no manifest says so)."""
    fmt = run_manifest(out_dir).get("format")
    return fmt if fmt in ("csv", "parquet") else None
