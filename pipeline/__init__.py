"""Turn policy reports and foreign-policy news into tidy tables.

Public API (nothing heavy is imported or loaded until used)::

    import pipeline
    result = pipeline.run("data/raw", "data/processed")
    tables = pipeline.load_tables("data/processed")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["run", "build_nlp", "load_tables", "extract_file", "Settings", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from .api import extract_file, run
    from .config import Settings
    from .nlp import build_nlp
    from .tables import load_tables

_LAZY = {
    "run": ("api", "run"),
    "extract_file": ("api", "extract_file"),
    "build_nlp": ("nlp", "build_nlp"),
    "load_tables": ("tables", "load_tables"),
    "Settings": ("config", "Settings"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(f"{__name__}.{module}"), attr)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
