"""Stage 2 helper: the word lists pipeline_person_ruler reads (pipeline/data/persons/*.txt)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property
from pathlib import Path

from ...config import DATA

DEFAULT_DIR = DATA / "persons"


def _read_lines(path: Path) -> list[str]:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


@dataclass(frozen=True)
class PersonLexicon:
    """Role nouns, titles and cue words, one file each (``<field>.txt``).

    ``head_verbs`` maps a verb as written ("heads") to the role it gives ("head");
    every other field is a set of lower-case words or phrases. The derived word sets are computed
    once per lexicon (they are read for every candidate name).
    """

    titles: frozenset[str]
    roles: frozenset[str]
    role_modifiers: frozenset[str]
    org_units: frozenset[str]
    org_heads: frozenset[str]
    speech_verbs: frozenset[str]
    panel_cues: frozenset[str]
    panel_verbs: frozenset[str]
    head_verbs: tuple[tuple[str, str], ...]
    place_words: frozenset[str] = frozenset()  # "Midway Atoll": optional (older saved lexicons lack it)

    @classmethod
    def from_dir(cls, path: Path | str = DEFAULT_DIR) -> PersonLexicon:
        path = Path(path)
        values: dict[str, object] = {}
        for f in fields(cls):
            if f.name == "place_words" and not (path / f"{f.name}.txt").is_file():
                continue
            lines = _read_lines(path / f"{f.name}.txt")
            if f.name == "head_verbs":
                values[f.name] = tuple(tuple(line.split("\t")[:2]) for line in lines)
            else:
                values[f.name] = frozenset(line.lower() for line in lines)
        return cls(**values)

    def to_dir(self, path: Path | str) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "head_verbs":
                lines = ["\t".join(pair) for pair in value]
            else:
                lines = sorted(value)
            (path / f"{f.name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    @cached_property
    def head_verb_roles(self) -> dict[str, str]:
        return dict(self.head_verbs)

    @cached_property
    def role_words(self) -> frozenset[str]:
        """Every word of every role, plus the modifiers: the words a role phrase is made of."""
        words = {w for role in self.roles for w in role.split()}
        return frozenset(words | self.role_modifiers)

    @cached_property
    def max_role_len(self) -> int:
        return max((len(r.split()) for r in self.roles), default=1)
