"""The gold sets in the repository that models are trained on at ``make models`` (spaCy-free).

``pipeline/data/policy/training_sets.txt`` lists folders (relative to the repository) of ``<doc_id>.txt`` +
``<doc_id>.json`` files, one a line: ``FOLDER``, ``FOLDER negatives`` (every sentence is a negative), ``FOLDER
no-claims`` (the claims-kind model does not read its claims: components/claim_kinds/training.py) or ``FOLDER
claims-only`` (only the claims-kind model reads it, not the priority-sentence model). The fingerprint of a saved
pipeline covers these files (:mod:`.fingerprint`): a changed gold file retrains.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .config import DATA, ROOT
from .wordlists import read_lines

LIST_FILE = DATA / "policy" / "training_sets.txt"


@dataclass(frozen=True)
class TrainingSet:
    """A gold folder, whether all its sentences are negatives, whether the claims-kind model reads its claims and
    whether the priority-sentence model reads it."""

    folder: Path
    negatives: bool = False
    claims: bool = True
    priorities: bool = True


def read_training_sets(list_file: Path = LIST_FILE, root: Path = ROOT) -> list[TrainingSet]:
    """The training sets listed in ``list_file`` that exist under ``root`` (none in an installed package)."""
    if not list_file.is_file():
        return []
    sets = []
    for line in read_lines(list_file):
        folder, *options = line.split()
        if (root / folder).is_dir():
            sets.append(TrainingSet(root / folder, "negatives" in options, "no-claims" not in options,
                                    "claims-only" not in options))
    return sets


def set_files(sets: Iterable[TrainingSet]) -> list[Path]:
    """Every gold and text file of ``sets``, sorted."""
    return sorted(p for s in sets for p in s.folder.iterdir() if p.suffix in (".txt", ".json") and p.is_file())


def training_files(list_file: Path = LIST_FILE, root: Path = ROOT) -> list[Path]:
    """Every gold and text file of the sets ``list_file`` lists."""
    return set_files(read_training_sets(list_file, root))
