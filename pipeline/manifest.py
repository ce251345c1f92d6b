"""Stage 5 helper: ``OUT/run.json``, what the tables of an output folder were made from.

It names the input folder, the code, a key over every document and setting the tables
depend on (a rerun with the same key has nothing to do), the table format that is
current (the loader reads only that one), the rows and failures of the run, each table
file's size and sha256 (a table deleted or edited by hand is written again), and the
no-change check's key (``rerun_key``, :mod:`pipeline.rerun`). No timestamps, so reruns are byte-identical.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from .config import Settings
from .fingerprint import file_digest
from .registry import Extractor
from .storage import RemotePath

MANIFEST = "run.json"


def corpus_key(fingerprint: str, keys: Iterable[str], settings: Settings, extractors: Sequence[Extractor]) -> str:
    """Everything the tables depend on: every document's key, the code, the overrides, how they are written."""
    h = hashlib.sha256(f"{fingerprint}|{settings.fmt}|{settings.excel_safe}|"
                       f"{','.join(e.name for e in extractors)}".encode())
    if settings.overrides is not None and Path(settings.overrides).is_file():
        h.update(Path(settings.overrides).read_bytes())
    for key in keys:
        h.update(key.encode())
    return h.hexdigest()


def up_to_date(out: Path, key: str, table_names: Iterable[str], fmt: str) -> bool:
    """The tables in ``out`` were written from exactly this corpus and code, and are as they were written."""
    manifest = run_manifest(out)
    if manifest.get("corpus_key") != key or manifest.get("format") != fmt:
        return False
    return outputs_intact(out, manifest) and set(manifest["outputs"]["tables"]) == set(table_names)


def _table_files(out: Path, names: Iterable[str], fmt: str) -> dict[str, Path] | None:
    """Every file of the named tables (a Parquet table is a dataset folder of parts) by path relative to
    ``out``; None when a table is missing."""
    files: dict[str, Path] = {}
    for name in names:
        path = out / f"{name}.{fmt}"
        if path.is_dir():
            files.update((p.relative_to(out).as_posix(), p) for p in sorted(path.rglob("*")) if p.is_file())
        elif path.is_file():
            files[path.name] = path
        else:
            return None
    return files


def table_outputs(out: Path, names: Sequence[str], fmt: str) -> dict:
    """What ``run.json`` records of the written tables: their names and each file's size and sha256."""
    files = _table_files(out, names, fmt) or {}
    return {"tables": list(names), "files": {rel: [p.stat().st_size, file_digest(p)] for rel, p in files.items()}}


def outputs_intact(out: Path, manifest: dict) -> bool:
    """Are the tables that ``manifest`` records still there, every file of the same size and sha256 (no other
    file in a dataset folder)? False for a manifest that records none (written by an earlier version)."""
    outputs = manifest.get("outputs")
    fmt = manifest.get("format")
    if not (isinstance(outputs, dict) and isinstance(outputs.get("files"), dict)
            and isinstance(outputs.get("tables"), list) and fmt in ("csv", "parquet")):
        return False
    recorded: dict = outputs["files"]
    files = _table_files(out, [str(n) for n in outputs["tables"]], fmt)
    if files is None or set(files) != set(recorded):
        return False
    try:  # sizes first: an edit that changes the length costs no hashing
        if any([files[rel].stat().st_size] != recorded[rel][:1] for rel in files):
            return False
        return all(file_digest(files[rel]) == recorded[rel][1] for rel in files)
    except (OSError, IndexError, TypeError):  # removed meanwhile, or a garbled record
        return False


def write_manifest(out: Path, raw_dir: Path | RemotePath, fingerprint: str, key: str, extractors: Sequence[Extractor],
                   fmt: str, total: int, n_failed: int, rows: dict[str, int], *, rerun_key: str | None = None) -> None:
    """Write ``OUT/run.json`` atomically, with the size and sha256 of every table file it names.

    ``rerun_key``: the no-change check's key of this run's inputs, code, model and settings
    (:func:`pipeline.rerun.rerun_key`, taken before the run read its inputs); None when the next run must not
    skip (a document could not be read this time).
    """
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
        "outputs": table_outputs(out, sorted(rows), fmt),  # rows: a count for every table written
        "rerun_key": rerun_key,
    }
    _write(out, manifest)


def refresh_rerun_key(out: Path, raw_dir: Path, rerun_key: str | None) -> None:
    """Record a new no-change key (and input folder) in ``run.json`` after a run that found nothing to do: the
    tables are current, only something the check looks at besides them changed (say, a file of ours)."""
    manifest = run_manifest(out)
    updated = {**manifest, "rerun_key": rerun_key, "raw_dir": str(raw_dir.resolve())}
    if manifest and updated != manifest:
        _write(out, updated)


def _write(out: Path, manifest: dict) -> None:
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
