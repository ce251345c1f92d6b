"""Stage 2 helper for pipeline_attribution: the word lists of direct-quote attribution, as data files.

Each file in ``pipeline/data/attribution_direct/`` holds one lemma a line ('#' starts a comment).
The component loads them with :meth:`DirectLexicon.from_dir` and saves them with
:meth:`DirectLexicon.to_dir` (in a sub-folder of its ``to_disk`` folder).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

DIRECT_DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "attribution_direct"


def _read_lines(path: Path) -> frozenset[str]:
    lines = (line.split("#", 1)[0].strip().lower() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line)


@dataclass(frozen=True)
class DirectLexicon:
    """Word lists for direct quotes (field name = file stem).

    ``naming_verbs``: lemmas whose quoted complement is a name given by the subject
    ("who she dubbed “Mr. P”" -> a direct quote of "she").
    ``female_words``/``male_words``: titles and role nouns next to a name that tell which of
    "she"/"he" may refer to the person ("Ms. Lynch", "spokesman Josh Earnest").
    """

    naming_verbs: frozenset[str] = frozenset()
    female_words: frozenset[str] = frozenset()
    male_words: frozenset[str] = frozenset()

    @classmethod
    def from_dir(cls, path: Path | str = DIRECT_DATA_DIR) -> DirectLexicon:
        """Load every ``<field>.txt`` found under ``path`` (missing files give empty lists)."""
        path = Path(path)
        found = {f.name: _read_lines(path / f"{f.name}.txt") for f in fields(cls) if (path / f"{f.name}.txt").is_file()}
        return cls(**found)

    def to_dir(self, path: Path | str) -> None:
        """Write one ``<field>.txt`` per list under ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for f in fields(self):
            items = sorted(getattr(self, f.name))
            (path / f"{f.name}.txt").write_text("".join(f"{v}\n" for v in items), encoding="utf-8")
