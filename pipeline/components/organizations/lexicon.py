"""Stage 2 helper for pipeline_org_ruler: the organization alias table and word lexicon (data files).

Both live in ``pipeline/data/organizations/`` and travel with the component's
``to_disk``/``from_disk``:

- ``aliases.csv``: ``key,name,aliases,kind`` -- one row per organization; ``key`` is the
  canonical key (the acronym when there is one), ``name`` the full name, ``aliases``
  ``|``-separated other forms ("European Union" / "E.U." -> ``EU``).
- ``lexicon.json``: word lists that drive the patterns (organization head nouns,
  department-like unit nouns, document/event nouns that are not organizations, ...).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ...config import DATA
from .tokens import word_ids

ALIASES_FILE = "aliases.csv"
LEXICON_FILE = "lexicon.json"
DEFAULT_DIR = DATA / "organizations"
_ALIAS_COLUMNS = ("key", "name", "aliases", "kind")


@dataclass(frozen=True, slots=True)
class OrgAlias:
    """One row of the alias table: every form in ``forms`` gets kb_id ``key``."""

    key: str
    name: str
    aliases: tuple[str, ...]
    kind: str

    @property
    def forms(self) -> tuple[str, ...]:
        seen = dict.fromkeys((self.key, self.name, *self.aliases))
        return tuple(f for f in seen if f)


@dataclass(frozen=True, slots=True)
class OrgLexicon:
    """Word lists of ``lexicon.json`` (see the file for the values)."""

    heads: frozenset[str]
    unit_heads: frozenset[str]
    parent_heads: frozenset[str]
    standalone: frozenset[str]
    connectors: frozenset[str]
    non_org_heads: frozenset[str]
    non_org_names: frozenset[str]
    person_titles: frozenset[str]
    org_suffixes: frozenset[str]
    non_org_acronyms: frozenset[str]
    left_stop: frozenset[str]
    needs_complement: frozenset[str] = frozenset()
    inner_words: frozenset[str] = frozenset()
    treaty_heads: frozenset[str] = frozenset()
    non_org_endings: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    org_nouns: frozenset[str] = frozenset()
    unit_nouns: frozenset[str] = frozenset()
    raw: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # derived, not data: hashes of ``heads`` for orgs_tokens.positions
    head_ids: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "head_ids", word_ids(self.heads))

    @classmethod
    def from_json(cls, text: str) -> OrgLexicon:
        data = json.loads(text)
        fields = {name: frozenset(data.get(name, ())) for name, f in cls.__dataclass_fields__.items()
                  if f.init and name != "raw"}
        fields["non_org_names"] = frozenset(n.lower() for n in fields["non_org_names"])
        raw = tuple((k, tuple(v)) for k, v in data.items())
        return cls(**fields, raw=raw)

    def to_json(self) -> str:
        lines = [f"  {json.dumps(k)}: {json.dumps(list(v))}" for k, v in self.raw]
        return "{\n" + ",\n".join(lines) + "\n}\n"


def parse_aliases(text: str) -> tuple[OrgAlias, ...]:
    """Rows of an ``aliases.csv`` text."""
    rows = csv.DictReader(io.StringIO(text))
    out = []
    for row in rows:
        key = (row.get("key") or "").strip()
        if not key:
            continue
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
        out.append(OrgAlias(key, (row.get("name") or key).strip(), aliases, (row.get("kind") or "").strip()))
    return tuple(out)


def aliases_to_csv(aliases: tuple[OrgAlias, ...]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(_ALIAS_COLUMNS)
    for a in aliases:
        writer.writerow((a.key, a.name, "|".join(a.aliases), a.kind))
    return buf.getvalue()


def read_data(path: Path | str = DEFAULT_DIR) -> tuple[tuple[OrgAlias, ...], OrgLexicon]:
    """The alias table and lexicon stored in folder ``path``."""
    path = Path(path)
    aliases = parse_aliases((path / ALIASES_FILE).read_text(encoding="utf-8"))
    lexicon = OrgLexicon.from_json((path / LEXICON_FILE).read_text(encoding="utf-8"))
    return aliases, lexicon


def write_data(path: Path | str, aliases: tuple[OrgAlias, ...], lexicon: OrgLexicon) -> None:
    """Write the alias table and lexicon into folder ``path`` (created if missing)."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    (path / ALIASES_FILE).write_text(aliases_to_csv(aliases), encoding="utf-8")
    (path / LEXICON_FILE).write_text(lexicon.to_json(), encoding="utf-8")
