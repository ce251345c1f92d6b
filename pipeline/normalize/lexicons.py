"""Stage 4 helper: the word lists entity resolution reads from ``pipeline/data/normalize/``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..config import DATA
from ..wordlists import read_lines

LEXICON_DIR = DATA / "normalize"


@dataclass(frozen=True, slots=True)
class Lexicons:
    """Titles stripped from person names; stopwords and spelling folds for organization names."""

    person_titles: frozenset[str] = frozenset()
    org_stopwords: frozenset[str] = frozenset()
    org_spellings: tuple[tuple[str, str], ...] = ()

    @classmethod
    def load(cls, directory: Path | str = LEXICON_DIR) -> Lexicons:
        """Read ``person_titles.txt``, ``org_stopwords.txt`` and ``org_spellings.txt`` (``a, b`` pairs).

        Raises:
            PipelineError: E015 when one of the files is missing.
        """
        d = Path(directory)
        spellings = tuple(tuple(p.strip() for p in line.split(",", 1)) for line in read_lines(d / "org_spellings.txt"))
        return cls(
            person_titles=frozenset(read_lines(d / "person_titles.txt")),
            org_stopwords=frozenset(read_lines(d / "org_stopwords.txt")),
            org_spellings=tuple((a, b) for a, b in spellings),
        )
