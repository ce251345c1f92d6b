"""Stage 5 result: what a run produced (:class:`RunResult`), without importing pandas until the tables are read."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported by the code that builds or reads frames: a run writing CSV starts without it
    import pandas as pd


@dataclass
class RunResult:
    """What :func:`pipeline.api.run` produced. ``tables`` loads the written tables on first access."""

    out_dir: Path | None
    n_documents: int
    n_failed: int
    n_cached: int = 0
    frames: dict[str, pd.DataFrame] | None = field(default=None, repr=False)
    rows: dict[str, int] = field(default_factory=dict)  # rows per table, without loading the tables

    @cached_property
    def tables(self) -> dict[str, pd.DataFrame]:
        if self.frames is not None:
            return self.frames
        assert self.out_dir is not None
        from .loading import load_tables

        return load_tables(self.out_dir)
