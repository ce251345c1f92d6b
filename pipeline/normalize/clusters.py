"""Clustering of name variants into canonical names (persons, organizations).

First version: variants that are equal after case/title/punctuation folding
are one entity; a user override file (alias -> canonical) wins.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

_TITLES = {"dr", "prof", "professor", "mr", "mrs", "ms", "president", "ambassador", "minister", "sir"}


def fold(name: str) -> str:
    """Case-, accent- and punctuation-folded form used for comparisons."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w and w not in _TITLES and w != "the"]
    return " ".join(words)


def read_overrides(path: Path) -> dict[str, str]:
    """``alias,canonical`` rows of a CSV file (missing file -> no overrides)."""
    path = Path(path)
    if not path.is_file():
        return {}
    with path.open(newline="", encoding="utf-8") as f:
        return {fold(r["alias"]): r["canonical"].strip() for r in csv.DictReader(f) if r.get("alias") and r.get("canonical")}


def cluster_names(
    label: str, occurrences: Sequence[tuple[str, str]], *, overrides: Mapping[str, str] | None = None
) -> dict[tuple[str, str], str]:
    """Map each (doc_id, name) to its canonical name."""
    overrides = overrides or {}
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for occ in occurrences:
        groups[fold(occ[1]) or occ[1]].append(occ)
    out: dict[tuple[str, str], str] = {}
    for key, occs in groups.items():
        canon = max((o[1] for o in occs), key=lambda n: (len(n), n))
        canon = overrides.get(key, canon)
        for occ in occs:
            out[occ] = canon
    return out
