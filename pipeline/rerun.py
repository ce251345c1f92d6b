"""Stage 0: a rerun that has nothing to do, told from files on disk without importing spaCy, pandas or extractors.

A run that writes its tables with the cache on records in ``OUT/run.json`` a key (:func:`rerun_key`) over
everything its tables depend on: the input files (paths and sha256), every file of our package (code,
lexicons and other data), the model (the saved pipeline's and the base models' ``meta.json``, spaCy's
version), the extractors and their versions (:data:`~pipeline.registry.BUILTIN_VERSIONS`), the settings
that change results, the overrides file, and the output and cache folders; with it, each table file's
size and sha256. The key is taken before the run reads its inputs, so a file edited during the run makes
the next run work again.

:func:`run` computes the key again and checks the table files; when both agree it returns the last run's
result (from ``run.json``) at once. Anything else goes to :func:`pipeline.api.run` as before: a changed,
added or removed input, a table deleted or edited by hand, another option, overrides file, lexicon or
model, an edit of our code, a plugin extractor, a missing cache folder, a run that could not read a
document, an unreadable ``run.json`` or one written by an earlier version, leftovers of an interrupted
run, or an output folder another run holds.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .config import CACHE_DIRNAME, PROCESSED, RAW, Settings
from .errors import PipelineError
from .fingerprint import file_digest, inputs_fingerprint, model_fingerprint, package_fingerprint
from .guard import FolderLock
from .manifest import outputs_intact, run_manifest
from .registry import BUILTIN_VERSIONS, builtin_only
from .result import RunResult
from .storage import RemotePath, as_location

if TYPE_CHECKING:
    from spacy.language import Language

    from .collector import Progress
    from .registry import Extractor

log = logging.getLogger(__name__)

# The settings a run's tables depend on (jobs, batch size, engine and the time limit change how, not what:
# a document over the time limit is never reused, see cache.reusable).
_RESULT_SETTINGS = ("model", "model_dir", "max_bytes", "suffixes", "fmt", "blas", "max_chars", "follow_links",
                    "ignore", "excel_safe", "overrides")


def _cache_folder(out: Path, settings: Settings) -> Path | RemotePath:
    return as_location(settings.cache_dir) if settings.cache_dir else out / CACHE_DIRNAME


def _names(only: Iterable[str] | None) -> list[str] | None:
    """The extractors a run would use, in the registry's order; None when one is not a built-in or a plugin
    may add more."""
    names = list(only) if only is not None else sorted(BUILTIN_VERSIONS)
    if not builtin_only() or any(name not in BUILTIN_VERSIONS for name in names):
        return None
    return names


def rerun_key(raw_dir: Path | RemotePath | str, out: Path, settings: Settings,
              only: Iterable[str] | None = None) -> str | None:
    """The no-change key of a run over ``raw_dir`` into ``out``; None when the check cannot tell (no cache,
    input or cache at a URL, a plugin extractor, an unknown ``--only`` name)."""
    if not settings.cache:
        return None
    raw = as_location(raw_dir)
    cache = _cache_folder(out, settings)
    names = _names(only)
    if isinstance(raw, RemotePath) or isinstance(cache, RemotePath) or names is None:
        return None
    overrides = Path(settings.overrides) if settings.overrides is not None else None
    described = {
        "folders": [str(raw.resolve()), str(out.resolve()), str(cache.resolve())],
        "extractors": [[name, BUILTIN_VERSIONS[name]] for name in names],
        "settings": {name: str(getattr(settings, name)) for name in _RESULT_SETTINGS},
        "overrides": file_digest(overrides) if overrides is not None and overrides.is_file() else None,
    }
    h = hashlib.sha256(json.dumps(described, sort_keys=True).encode())
    h.update(package_fingerprint().encode())
    h.update(model_fingerprint(settings).encode())
    h.update(inputs_fingerprint(raw, settings, exclude=(out, cache)).encode())
    return h.hexdigest()


def key_of_run(raw_dir: Path | RemotePath, out: Path, settings: Settings, only: Iterable[str] | None,
               extractors: Sequence[Extractor]) -> str | None:
    """:func:`rerun_key` for a run about to start with ``extractors`` (from the registry); None when they are
    not those the static table names (a plugin, or a version bumped in one place only)."""
    names = _names(only) if settings.cache else None
    if names is None or [(e.name, e.version, e.package) for e in extractors] != [
            (name, BUILTIN_VERSIONS[name], "pipeline") for name in names]:
        return None
    return rerun_key(raw_dir, out, settings, only)


def unchanged(raw_dir: Path | RemotePath | str, out: Path, settings: Settings,
              only: Iterable[str] | None = None) -> RunResult | None:
    """The last run's result when a run now would have nothing to do, else None. Call it holding ``out``'s lock."""
    manifest = run_manifest(out)
    recorded = manifest.get("rerun_key")
    documents, failed, rows = manifest.get("documents"), manifest.get("failed"), manifest.get("rows")
    if not (isinstance(recorded, str) and isinstance(documents, int) and isinstance(failed, int)
            and isinstance(rows, dict) and manifest.get("format") == settings.fmt):
        return None
    cache = _cache_folder(out, settings)
    if any(out.glob(".*.partial")) or not (isinstance(cache, Path) and cache.is_dir()):
        return None  # an interrupted run's leftovers (api.run removes them), or no cache to keep current
    if rerun_key(raw_dir, out, settings, only) != recorded or not outputs_intact(out, manifest):
        return None
    return RunResult(out, documents, failed, documents, rows=rows)


def run(
    raw_dir: Path | str = RAW,
    out_dir: Path | str | None = PROCESSED,
    *,
    settings: Settings | None = None,
    nlp: Language | None = None,
    only: Iterable[str] | None = None,
    progress: Progress | None = None,
) -> RunResult:
    """:func:`pipeline.api.run`, after checking whether there is anything to do (:func:`unchanged`, under the
    output folder's lock); when there is not, the last run's result, and nothing heavy is imported."""
    settings = settings or Settings()
    result = _checked(raw_dir, Path(out_dir), settings, only) if out_dir is not None and settings.cache else None
    if result is None:
        from . import api

        return api.run(raw_dir, out_dir, settings=settings, nlp=nlp, only=only, progress=progress)
    log.info("%s is up to date with %s: nothing to do", out_dir, raw_dir)
    if progress is not None and result.n_documents:
        progress(result.n_documents, result.n_documents, "")
    return result


def _checked(raw_dir: Path | str, out: Path, settings: Settings, only: Iterable[str] | None) -> RunResult | None:
    """:func:`unchanged` under ``out``'s lock; None when the folder is not there or another run holds it."""
    if not out.is_dir():
        return None
    try:
        with FolderLock(out):
            return unchanged(raw_dir, out, settings, only)
    except (PipelineError, OSError):  # busy, or not ours to lock: api.run says why
        return None
