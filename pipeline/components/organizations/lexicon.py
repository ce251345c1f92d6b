"""Stage 2 helper for pipeline_org_ruler: the organization alias table and word lexicon (data files).

Both live in ``pipeline/data/organizations/``, are read by ``pipeline/wordlists.py`` and travel with
the component's ``to_disk``/``from_disk``:

- ``aliases.tsv``: ``key, name, aliases, kind`` -- one row per organization; ``key`` is the
  canonical key (the acronym when there is one), ``name`` the full name, ``aliases``
  ``|``-separated other forms ("European Union" / "E.U." -> ``EU``).
- ``<field>.txt``, one per field of :class:`OrgLexicon`: word lists that drive the patterns
  (organization head nouns, department-like unit nouns, document/event nouns that are not
  organizations, ...), each described in its file's first line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ...config import DATA
from ...wordlists import load_fields, read_rows, save_fields, write_rows
from .tokens import word_ids

ALIASES_FILE = "aliases.tsv"
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
    """Word lists, one ``<field>.txt`` each (see each file's first line for what it holds)."""

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
    place_words: frozenset[str] = frozenset()  # "River Fergan ... burst its banks": a place, not a body
    kind_nouns: frozenset[str] = frozenset()  # "the Unite union": the name before is an organization
    people_kinds: frozenset[str] = frozenset()  # "the Houthi movement": a kind a people's name may carry
    paired_heads: frozenset[str] = frozenset()  # "Avon and Somerset Police": "X and Y" opens the name
    parties: frozenset[str] = frozenset()  # "Labour MP X", "(Conservative)": a party used as one
    party_roles: frozenset[str] = frozenset()  # "Labour MP", "Conservative councillor"
    opening_heads: frozenset[str] = frozenset()  # "Instituto Caribeño de ...": heads that open a name (in ``heads``)
    name_links: frozenset[str] = frozenset()  # "de", "du", "para": words that join a complement in other languages
    title_objects: frozenset[str] = frozenset()  # "Secretary of State": the word that closes a title after "of"
    state_offices: frozenset[str] = frozenset()  # "the Japanese embassy": a state's office in lower case after it
    portfolio_offices: frozenset[str] = frozenset()  # "the Moroccan customs administration": after a portfolio only
    outlet_words: frozenset[str] = frozenset()  # "Review", "Herald": the last word of an outlet's name
    possessor_words: frozenset[str] = frozenset()  # "People" of "Assembly of People's Power": an owner inside a name
    office_verbs: frozenset[str] = frozenset()  # "the interior ministry said": lemmas making a bare office a source
    programme_nouns: frozenset[str] = frozenset()  # "the STAR plan": a name before one names a programme
    complement_heads: frozenset[str] = frozenset()  # "House of Representatives": a head only before its complement
    craft_words: frozenset[str] = frozenset()  # "the helicopter carrier Dixmude": a kind noun after one names a craft
    event_openers: frozenset[str] = frozenset()  # "Cyclone Pam": the first word of a storm's or an event's name
    employer_roles: frozenset[str] = frozenset()  # "country manager of X": a role whose "of" names an employer
    sender_openers: frozenset[str] = frozenset()  # "Prepared by", "From": the words opening a brief's sender line
    unit_endings: frozenset[str] = frozenset()  # "Desk", "Unit": a unit's last word ("X Unit, Y Exchange" on a line)
    # derived, not data: hashes of ``heads`` and ``complement_heads`` for tokens.positions, and of every beginning
    # of a party name (the only tokens a party name can start at: "Fianna" of "Fianna Fáil")
    head_ids: np.ndarray = field(init=False, repr=False, compare=False)
    party_start_ids: np.ndarray = field(init=False, repr=False, compare=False)
    # hashes of the lower-case words of ``org_nouns`` and ``kind_nouns``, and of the lemmas ``org_nouns`` match
    # in any capitalization (what contexts.described_names looks for)
    kind_word_ids: np.ndarray = field(init=False, repr=False, compare=False)
    org_lemma_ids: np.ndarray = field(init=False, repr=False, compare=False)
    # ``non_org_endings`` as :meth:`names_no_body` looks for them, each between spaces (spelt once, not per name)
    padded_endings: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "padded_endings", tuple(f" {e} " for e in self.non_org_endings))
        object.__setattr__(self, "head_ids", word_ids(self.heads | self.complement_heads))
        object.__setattr__(self, "kind_word_ids", word_ids(self.org_nouns | self.kind_nouns))
        cased = {form for noun in self.org_nouns for form in (noun, noun.capitalize(), noun.upper())}
        object.__setattr__(self, "org_lemma_ids", word_ids(cased))
        starts = {party[:k] for party in self.parties for k in range(1, len(party) + 1)}
        object.__setattr__(self, "party_start_ids", word_ids(starts))

    def names_no_body(self, name: str) -> bool:
        """``name`` holds a word pair of ``non_org_endings``, at its end or before a place: "the Low Enriched
        Uranium Bank" is a stockpile, "the King Faisal Convention Centre on the Red Sea" a venue."""
        padded = f" {name} "
        return any(e in padded for e in self.padded_endings)

    @classmethod
    def from_dir(cls, path: Path | str = DEFAULT_DIR) -> OrgLexicon:
        """Every ``<field>.txt`` under ``path``, as written (``non_org_names`` lower-cased)."""
        values = load_fields(cls, path)
        values["non_org_names"] = frozenset(n.lower() for n in values["non_org_names"])
        return cls(**values)

    def to_dir(self, path: Path | str) -> None:
        """Write one ``<field>.txt`` per word list under ``path`` (the inverse of :meth:`from_dir`)."""
        save_fields(self, path)


def read_aliases(path: Path | str) -> tuple[OrgAlias, ...]:
    """Rows of an ``aliases.tsv`` table (a row without a key is skipped; a missing name is the key)."""
    out = []
    for key, name, aliases, kind in read_rows(path, _ALIAS_COLUMNS, required=1):
        if key:
            out.append(OrgAlias(key, name or key, tuple(a.strip() for a in aliases.split("|") if a.strip()), kind))
    return tuple(out)


def write_aliases(path: Path | str, aliases: tuple[OrgAlias, ...]) -> None:
    """Write ``aliases`` as an ``aliases.tsv`` table (the inverse of :func:`read_aliases`)."""
    write_rows(path, ((a.key, a.name, "|".join(a.aliases), a.kind) for a in aliases), _ALIAS_COLUMNS)


def read_data(path: Path | str = DEFAULT_DIR) -> tuple[tuple[OrgAlias, ...], OrgLexicon]:
    """The alias table and lexicon stored in folder ``path``."""
    path = Path(path)
    return read_aliases(path / ALIASES_FILE), OrgLexicon.from_dir(path)


def write_data(path: Path | str, aliases: tuple[OrgAlias, ...], lexicon: OrgLexicon) -> None:
    """Write the alias table and lexicon into folder ``path`` (created if missing)."""
    write_aliases(Path(path) / ALIASES_FILE, aliases)
    lexicon.to_dir(path)
