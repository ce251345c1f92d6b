"""Run set-up: fingerprints of our code and data, the model and the inputs, read from files on disk.

Nothing here imports spaCy, pandas or the extractors: the no-change check (:mod:`pipeline.rerun`) uses
these to decide that a rerun has nothing to do in a fraction of the time spaCy takes to import.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .config import BASE_MODELS, DATA, Settings
from .corpus import Listed, list_inputs
from .storage import relative
from .training_sets import training_files

PACKAGE = Path(__file__).resolve().parent  # our code and data (pipeline/data)


def file_digest(path: Path) -> str:
    """sha256 of a file's bytes, read in blocks."""
    h = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def _files_digest(files: Iterable[Path], root: Path) -> str:
    """One hash over files' names (relative to ``root``) and bytes, in the given order (as the saved pipeline's
    ``pipeline_source_fingerprint`` has always been made)."""
    h = hashlib.sha256()
    for path in files:
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def source_fingerprint(package: Path = PACKAGE, data: Path = DATA) -> str:
    """Hash of our component code and data files, and of the gold sets the priority-sentence model is trained on
    (:mod:`.training_sets`): a saved pipeline with another fingerprint is stale and is rebuilt in memory instead
    of being used."""
    # the claims rules and extractor too: they make the claims-kind model's examples (components/claim_kinds)
    code = [*(package / "components").rglob("*.py"), *(package / "claims").rglob("*.py"),
            package / "extractors" / "claims.py"]
    code = [p for p in code if p.is_file()]
    files = sorted([*code, *(p for p in data.rglob("*") if p.is_file())])
    digest = _files_digest(files, package)
    gold = training_files(data / "policy" / "training_sets.txt", package.parent)
    if not gold:  # an installed package: no gold sets, the fingerprint of code and data as before
        return digest
    return hashlib.sha256((digest + _files_digest(gold, package.parent)).encode()).hexdigest()


def package_fingerprint(package: Path = PACKAGE) -> str:
    """Hash of every file of the package (code, lexicons and other data files), compiled files left out:
    any edit of ours, whatever its version numbers say, is a change."""
    files = []
    for folder, subfolders, names in os.walk(package):
        subfolders[:] = [d for d in subfolders if d != "__pycache__"]
        files += [Path(folder, name) for name in names if not name.endswith((".pyc", ".pyo"))]
    return _files_digest(sorted(files), package)


def _package_folder(name: str) -> Path | None:
    """Where an installed package lies, found without importing it."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _model_files(settings: Settings) -> Iterator[tuple[str, Path]]:
    """The files that say which model a run loads: the saved pipeline's meta (it names the base model and our
    components' fingerprint), the base models' metas, and spaCy's version."""
    if settings.model is None:
        yield "saved", settings.model_dir / "meta.json"
        names: tuple[str, ...] = BASE_MODELS
    elif Path(settings.model).is_dir():
        yield "path", Path(settings.model) / "meta.json"
        names = ()
    else:
        names = (settings.model,)
    for name in (*names, "spacy"):
        folder = _package_folder(name)
        if folder is not None:
            yield name, folder / ("about.py" if name == "spacy" else "meta.json")


def model_fingerprint(settings: Settings) -> str:
    """Hash of the files that identify the model a run would load (a file that is missing counts as such)."""
    h = hashlib.sha256(f"{settings.model}|{settings.model_dir}".encode())
    for label, path in _model_files(settings):
        h.update(f"\0{label}\0".encode())
        h.update(path.read_bytes() if path.is_file() else b"(missing)")
    return h.hexdigest()


def inputs_fingerprint(raw: Path, settings: Settings, *, exclude: Iterable[Path] = ()) -> str:
    """Hash of the input files a run reads: each one's path, and its bytes (its size only when it is over
    ``max_bytes``: it is skipped), plus the links that are not read. Nothing is decoded."""
    root = raw if raw.is_dir() else raw.parent
    entries: Iterable[Listed] = [Listed(raw)]
    if raw.is_dir():
        entries = list_inputs(raw, settings.suffixes, exclude=exclude, follow_links=settings.follow_links,
                              ignore=settings.ignore)
    h = hashlib.sha256()
    for entry in entries:
        path = entry.path
        assert isinstance(path, Path)  # a local folder (the check steps aside for a URL)
        h.update(f"{relative(path, root).as_posix()}\0{entry.status}\0{entry.error}\0".encode())
        if not entry.error:
            h.update(_content(path, settings.max_bytes).encode())
    return h.hexdigest()


def _content(path: Path, max_bytes: int) -> str:
    """What an input file's result depends on: its bytes, or its size when it is too large to be read."""
    try:
        size = path.stat().st_size
        return f"size {size}" if size > max_bytes else file_digest(path)
    except OSError as exc:  # unreadable now: a read failure, never reused (cache.reusable)
        return f"unreadable {exc.errno}"
