"""Word lists kept as data files: one ``<field>.txt`` per field of a frozen dataclass.

Each file holds one entry a line, lower-cased; '#' starts a comment. Fields typed
``frozenset[str]`` load as sets, the others as tuples in file order. Components load
their lexicon with :func:`load_fields` and save it beside the pipeline with :func:`save_fields`.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path


def read_words(path: Path) -> tuple[str, ...]:
    """The entries of one word-list file, in order, without comments, blanks or repeats."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            out.append(line)
    return tuple(dict.fromkeys(out))


def load_fields(cls: type, path: Path | str) -> dict[str, frozenset[str] | tuple[str, ...]]:
    """Keyword arguments for ``cls``: every field whose ``<field>.txt`` is under ``path`` (a missing
    file gives an empty list)."""
    path = Path(path)
    values: dict[str, frozenset[str] | tuple[str, ...]] = {}
    for f in fields(cls):
        file = path / f"{f.name}.txt"
        lines = read_words(file) if file.is_file() else ()
        values[f.name] = frozenset(lines) if "frozenset" in str(f.type) else lines
    return values


def save_fields(lexicon: object, path: Path | str) -> None:
    """Write one ``<field>.txt`` per field of ``lexicon`` under ``path`` (sets sorted, tuples in order)."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    for f in fields(lexicon):
        value = getattr(lexicon, f.name)
        items = sorted(value) if isinstance(value, frozenset) else list(value)
        (path / f"{f.name}.txt").write_text("".join(f"{v}\n" for v in items), encoding="utf-8")
