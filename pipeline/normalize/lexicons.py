"""Stage 4 helper: the word lists entity resolution reads from ``pipeline/data/normalize/``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..config import DATA

LEXICON_DIR = DATA / "normalize"


def _lines(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [s for s in (line.strip() for line in f) if s and not s.startswith("#")]


@dataclass(frozen=True, slots=True)
class Lexicons:
    """Titles stripped from person names; stopwords and spelling folds for organization names."""

    person_titles: frozenset[str] = frozenset()
    org_stopwords: frozenset[str] = frozenset()
    org_spellings: tuple[tuple[str, str], ...] = ()

    @classmethod
    def load(cls, directory: Path | str = LEXICON_DIR) -> Lexicons:
        """Read ``person_titles.txt``, ``org_stopwords.txt`` and ``org_spellings.txt``."""
        d = Path(directory)
        spellings = tuple(tuple(p.strip() for p in line.split(",", 1)) for line in _lines(d / "org_spellings.txt"))
        return cls(
            person_titles=frozenset(_lines(d / "person_titles.txt")),
            org_stopwords=frozenset(_lines(d / "org_stopwords.txt")),
            org_spellings=tuple((a, b) for a, b in spellings),
        )
