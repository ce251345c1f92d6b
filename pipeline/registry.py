"""Extractor registry: a new extractor is one file plus one decorator.

Built-in extractors live in ``pipeline/extractors/`` and are imported on the
first call of :func:`load_registry`, not at package import. Third-party
packages register more through the ``pipeline.extractors`` entry-point group:
each entry point names a module (or object) whose import applies
``@extractor`` decorators.

    @extractor("quotes", version="1", requires=("parser", "pipeline_attribution"))
    def quotes(doc: Doc) -> Iterator[Quote]: ...
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING

from .schemas import TableSchema

if TYPE_CHECKING:  # spaCy is imported by the extractors, not here: the no-change check (rerun.py) reads this module
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "pipeline.extractors"

ExtractorFn = Callable[["Doc"], Iterable[object]]

# The built-in extractors' versions, readable without importing them (the no-change check, pipeline/rerun.py).
# Bump a version here and in its ``@extractor`` together: tests/test_registry_versions.py keeps them equal.
BUILTIN_VERSIONS: dict[str, str] = {
    "affiliations": "28",
    "claims": "28",
    "countries": "6",
    "mentions": "9",
    "organizations": "23",
    "policy_priorities": "34",
    "quotes": "25",
    "speakers": "29",
}


@dataclass(frozen=True)
class Extractor:
    """A registered extractor: fills table ``name`` from one spaCy Doc.

    ``schema`` is only needed for tables that are not in the contract (an
    extension's own table); ``requires`` names the spaCy components it reads
    (used to disable the ones nothing needs); ``version`` goes into the cache
    key, so bump it whenever the output changes.
    """

    name: str
    func: ExtractorFn
    version: str = "1"
    requires: tuple[str, ...] = ()
    schema: TableSchema | None = None
    to_row: Callable[[object], dict[str, object]] | None = None
    package: str = "pipeline"

    def __call__(self, doc: Doc) -> list[object]:
        return list(self.func(doc))


@dataclass
class Registry:
    """Registered extractors by table name (kept in insertion order)."""

    extractors: dict[str, Extractor] = field(default_factory=dict)

    def add(self, ext: Extractor) -> None:
        if ext.name in self.extractors and self.extractors[ext.name].func is not ext.func:
            raise ValueError(f"an extractor for table {ext.name!r} is already registered")
        self.extractors[ext.name] = ext

    def __iter__(self) -> Iterator[Extractor]:
        return iter(self.extractors.values())

    def __len__(self) -> int:
        return len(self.extractors)

    def names(self) -> list[str]:
        return list(self.extractors)

    def select(self, only: Iterable[str] | None) -> list[Extractor]:
        if only is None:
            return list(self)
        wanted = list(only)
        unknown = [n for n in wanted if n not in self.extractors]
        if unknown:
            raise KeyError(f"unknown extractor(s) {unknown}; registered: {self.names()}")
        return [self.extractors[n] for n in wanted]


# The decorator collects into this list; load_registry() copies it into a fresh
# Registry. It only ever grows through decorators applied when a module is imported.
_DECLARED: list[Extractor] = []


def extractor(
    name: str,
    *,
    version: str = "1",
    requires: Iterable[str] = (),
    schema: TableSchema | None = None,
    to_row: Callable[[object], dict[str, object]] | None = None,
) -> Callable[[ExtractorFn], ExtractorFn]:
    """Register ``func`` as the extractor that fills table ``name``."""

    def decorate(func: ExtractorFn) -> ExtractorFn:
        package = (func.__module__ or "").split(".")[0]
        _DECLARED.append(Extractor(name, func, version, tuple(requires), schema, to_row, package))
        return func

    return decorate


def _import_builtin() -> None:
    from . import extractors

    for info in sorted(pkgutil.iter_modules(extractors.__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{extractors.__name__}.{info.name}")


def _import_plugins() -> None:
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            ep.load()
        except Exception as exc:  # a broken plugin must not break the product
            log.warning("could not load extractor plugin %s (%s): %s", ep.name, ep.value, exc)


def load_registry(*, plugins: bool = True) -> Registry:
    """Import built-in (and plugin) extractors and return them as a Registry."""
    _import_builtin()
    if plugins:
        _import_plugins()
    reg = Registry()
    # one order in every process, whatever was imported before (a Dask worker and the client agree):
    # built-ins first, then plugins, each by table name
    for ext in sorted(_DECLARED, key=lambda e: (e.package != "pipeline", e.package, e.name)):
        if not plugins and ext.package != "pipeline":
            continue
        reg.add(ext)
    return reg


def builtin_only() -> bool:
    """Can only the built-in extractors be registered? Not when a module outside the package has declared one
    in this process, nor when an installed distribution declares the entry-point group (found by reading the
    ``entry_points.txt`` files on ``sys.path``: ``importlib.metadata`` would read every distribution's
    metadata, a fifth of a second)."""
    if any(ext.package != "pipeline" for ext in _DECLARED):
        return False
    section = f"[{ENTRY_POINT_GROUP}]"
    for folder in sys.path:
        base = Path(folder or ".")
        if not base.is_dir():
            continue
        for path in (*base.glob("*.dist-info/entry_points.txt"), *base.glob("*.egg-info/entry_points.txt")):
            try:
                if section in path.read_text(encoding="utf-8", errors="replace"):
                    return False
            except OSError:
                return False
    return True
