"""Stage 2 helper for pipeline_policy: the lexicons it reads from pipeline/data/policy/."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "policy"

# file name -> attribute of PolicyLexicon holding its lines
LIST_FILES: dict[str, str] = {
    "document_types.txt": "document_types",
    "generic_nouns.txt": "generic_nouns",
    "relation_nouns.txt": "relation_nouns",
    "group_nouns.txt": "group_nouns",
    "continuation_markers.txt": "continuation_markers",
    "strip_prefixes.txt": "strip_prefixes",
    "process_nouns.txt": "process_nouns",
}
CUES_FILE = "priority_cues.tsv"


@dataclass(frozen=True)
class Cue:
    """A priority cue: ``mode`` is list/subject/partners, ``strong`` cues need no document in their sentence."""

    mode: str
    strong: bool
    pattern: re.Pattern[str]
    source: str
    # a cheap necessary condition for ``pattern`` (see _gate), or None
    gate: re.Pattern[str] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class PolicyLexicon:
    document_types: tuple[str, ...] = ()
    generic_nouns: frozenset[str] = frozenset()
    relation_nouns: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    continuation_markers: tuple[str, ...] = ()
    strip_prefixes: tuple[str, ...] = ()
    process_nouns: frozenset[str] = frozenset()
    cues: tuple[Cue, ...] = field(default_factory=tuple)
    # derived from the lists above (not data): compiled once, not per document
    document_patterns: tuple[re.Pattern[str], ...] = field(default=(), init=False, repr=False, compare=False)
    generic_ids: np.ndarray = field(default=None, init=False, repr=False, compare=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        patterns = tuple(re.compile(r"\b" + re.escape(p) + r"\b") for p in self.document_types)
        object.__setattr__(self, "document_patterns", patterns)
        ids = np.array(sorted(get_string_id(w) for w in self.generic_nouns), dtype=np.uint64)
        object.__setattr__(self, "generic_ids", ids)

    def generic_tokens(self, doc: Doc) -> list[int]:
        """Indices of the tokens whose lower-case form is a generic noun ("the concept"), found in C."""
        if not len(doc) or not len(self.generic_ids):
            return []
        lower = doc.to_array(LOWER)
        k = np.searchsorted(self.generic_ids, lower)  # sorted-hash membership: np.isin is ten times slower here
        k[k == len(self.generic_ids)] = 0
        return np.flatnonzero(self.generic_ids[k] == lower).tolist()

    @classmethod
    def from_dir(cls, path: Path = DATA_DIR) -> "PolicyLexicon":
        """Read every lexicon file of ``path`` (missing files give empty lists)."""
        path = Path(path)
        values: dict[str, object] = {}
        for fname, attr in LIST_FILES.items():
            lines = _read_lines(path / fname)
            if attr in ("generic_nouns", "relation_nouns", "group_nouns", "process_nouns"):
                values[attr] = frozenset(lines)
            else:  # longest first, so that "further development of" wins over "further"
                values[attr] = tuple(sorted(lines, key=lambda s: (-len(s), s)))
        cues = []
        for line in _read_lines(path / CUES_FILE, lower=False):
            mode, strength, regex = line.split("\t", 2)
            cues.append(Cue(mode, strength == "strong", re.compile(regex, re.IGNORECASE), line, _gate(regex)))
        values["cues"] = tuple(cues)
        return cls(**values)  # type: ignore[arg-type]

    def to_dir(self, path: Path) -> None:
        """Write the lexicon files to ``path`` (the inverse of :meth:`from_dir`)."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for fname, attr in LIST_FILES.items():
            lines = sorted(getattr(self, attr), key=lambda s: (-len(s), s))
            (path / fname).write_text("\n".join(lines) + "\n", encoding="utf-8")
        (path / CUES_FILE).write_text("\n".join(c.source for c in self.cues) + "\n", encoding="utf-8")


def _gate(regex: str) -> re.Pattern[str] | None:
    """What must follow a leading lazy group: for ``(?P<names>[^,;]{3,120}?),? (?:is|are) named as ...`` it is
    ``,? (?:is|are) named as ...``. A text without it has no match, so the costly pattern (it retries the group
    at every character) need not run."""
    if not regex.startswith("(?P<"):
        return None
    depth, i = 0, 0
    while i < len(regex):
        if regex[i] == "\\":
            i += 2
            continue
        if regex[i] == "[":  # skip the class: "[^]x]" and "[\\]]" hold a bracket
            i += 2 if regex[i + 1: i + 2] == "^" else 1
            i += regex[i: i + 1] == "]"
            while i < len(regex) and regex[i] != "]":
                i += 2 if regex[i] == "\\" else 1
            i += 1
            continue
        depth += {"(": 1, ")": -1}.get(regex[i], 0)
        i += 1
        if depth == 0:
            break
    rest = regex[i:]
    if rest[:1] in ("?", "*", "+", "{") or not rest:  # the group itself is optional or repeated: no condition
        return None
    if "(?P=" in rest or re.search(r"\\[1-9]", rest):  # refers back to the group
        return None
    try:
        return re.compile(rest, re.IGNORECASE)
    except re.error:
        return None


def _read_lines(path: Path, *, lower: bool = True) -> list[str]:
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(line.strip().lower() if lower else line.rstrip("\n"))
    return out
