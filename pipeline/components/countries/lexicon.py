"""Stage 2 helper: compile the country lexicon (pycountry + pipeline/data/countries) into patterns.

The country ruler matches these patterns with two phrase tables (phrases.py): ``LOWER`` for
names and blocked phrases, ``ORTH`` (case-sensitive) for acronyms, demonyms and
capitals. Everything here runs once, when the component is created; the result
is saved with the component (``to_disk``) so a loaded pipeline never recompiles.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
import pycountry

from ...config import DATA
from ...wordlists import load_fields, read_rows, read_words, save_fields, write_rows
from ..tokens import word_ids
from .variants import NameRules, plurals

DATA_DIR = DATA / "countries"

# Pattern kinds, in order of preference when two matches cover the same tokens.
# Cities ("city") are never countries: they only mark place names (doc.spans["places"]).
KINDS: tuple[str, ...] = ("block", "name", "acronym", "demonym", "capital", "city")
LOWER_KINDS = frozenset({"block", "name"})

@dataclass(frozen=True, slots=True, order=True)
class CountryPattern:
    """One phrase to match: ``kind`` (see KINDS), ``label`` (ISO3, '' for blocks), ``text``."""

    kind: str
    label: str
    text: str

    @property
    def attr(self) -> str:
        return "LOWER" if self.kind in LOWER_KINDS else "ORTH"


PATTERN_COLUMNS = ("kind", "label", "text")


def read_patterns(path: Path | str) -> list[CountryPattern]:
    """Compiled patterns saved by :func:`write_patterns` (a ``.tsv`` table)."""
    return [CountryPattern(*row) for row in read_rows(path, PATTERN_COLUMNS)]


def write_patterns(path: Path | str, patterns: Iterable[CountryPattern]) -> None:
    """Save compiled patterns as a ``.tsv`` table with columns kind, label, text."""
    write_rows(path, ((p.kind, p.label, p.text) for p in patterns), PATTERN_COLUMNS)


def _pycountry_names() -> Iterator[tuple[str, str]]:
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                yield value, c.alpha_3


def compile_patterns(data_dir: Path = DATA_DIR) -> list[CountryPattern]:
    """All patterns of the country lexicon, sorted and without duplicates.

    Example: ``Kyrgyz Republic`` (pycountry official name) gives the name
    patterns "Kyrgyz Republic", "Kyrgyz Rep.", "Kyrgyz Rep"; ``Kyrgyzstani``
    (demonyms.tsv) gives the demonym patterns "Kyrgyzstani" and "Kyrgyzstanis".
    """
    data_dir = Path(data_dir)
    rules = NameRules.from_data(data_dir)
    patterns: set[CountryPattern] = set()
    aliases = read_rows(data_dir / "aliases.tsv", ("name", "iso3"))
    names = [*_pycountry_names(), *((name, iso3) for name, iso3 in aliases)]
    for name, iso3 in names:
        patterns.update(CountryPattern("name", iso3, v) for v in rules.variants(name))
    for name in read_words(data_dir / "blocked.txt"):
        patterns.update(CountryPattern("block", "", v) for v in rules.variants(name))
    patterns.update(_derived_names(names, rules, {p.text.lower() for p in patterns}))
    for form, iso3 in read_rows(data_dir / "acronyms.tsv", ("form", "iso3")):
        patterns.add(CountryPattern("acronym", iso3, form))
    for form, iso3 in read_rows(data_dir / "demonyms.tsv", ("form", "iso3")):
        for v in (form, *plurals(form)):
            patterns.add(CountryPattern("demonym", iso3, v))
    for capital, iso3 in read_rows(data_dir / "capitals.tsv", ("capital", "iso3")):
        for v in rules.spellings(capital):
            patterns.update(CountryPattern("capital", iso3, form) for form in (v, v.upper()))
    for city, iso3 in read_rows(data_dir / "cities.tsv", ("city", "iso3")):
        for v in rules.spellings(city):
            patterns.add(CountryPattern("city", iso3, v))
    return sorted(patterns)


def _derived_names(names: list[tuple[str, str]], rules: NameRules, taken: set[str]) -> list[CountryPattern]:
    """Name patterns of the reordered and shortened forms (:meth:`NameRules.derived`) that name one state
    and are no name or blocked phrase already ("People's Republic of China" gives no "Republic of China")."""
    labels: dict[str, set[str]] = {}
    texts: dict[str, set[str]] = {}
    for name, iso3 in names:
        for v in rules.derived(name):
            labels.setdefault(v.lower(), set()).add(iso3)
            texts.setdefault(v.lower(), set()).add(v)
    return [CountryPattern("name", next(iter(codes)), v)
            for key, codes in labels.items() if len(codes) == 1 and key not in taken for v in texts[key]]


@dataclass(frozen=True)
class ContextLexicon:
    """Word lists the context rules (context.py) and the misspelling step (fuzzy.py) read."""

    needs_capital: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()
    relation: frozenset[str] = frozenset()
    city: frozenset[str] = frozenset()
    us_state_cue: frozenset[str] = frozenset()
    us_state_next: frozenset[str] = frozenset()
    market: frozenset[str] = frozenset()
    place: frozenset[str] = frozenset()
    language: frozenset[str] = frozenset()  # nouns after a demonym naming a language ("its French acronym")
    personal_names: frozenset[str] = frozenset()  # never read as misspelled countries (fuzzy.py)
    shared_names: tuple[str, ...] = ()  # "congo COG COD": a short name two states share (shared_names.tsv)

    @cached_property
    def shared(self) -> dict[str, tuple[str, str]]:
        """Short name (lower case) -> (the state it stands for by default, the other state)."""
        return {short: (default, other) for short, default, other in (row.split() for row in self.shared_names)}

    @cached_property
    def market_ids(self) -> np.ndarray:
        """The string hashes of ``market`` (sorted), for a look-up in a Doc's token table."""
        return word_ids(self.market)

    @classmethod
    def from_data(cls, data_dir: Path = DATA_DIR) -> ContextLexicon:
        data_dir = Path(data_dir)
        roles: dict[str, set[str]] = {}
        for word, role in read_rows(data_dir / "state_roles.tsv", ("word", "role")):
            roles.setdefault(role, set()).add(word)
        return cls(
            needs_capital=frozenset(read_words(data_dir / "needs_capital.txt", lower=True)),
            first_names=frozenset(read_words(data_dir / "first_names.txt")),
            relation=frozenset(roles.get("relation", ())),
            city=frozenset(roles.get("city", ())),
            us_state_cue=frozenset(roles.get("us_state_cue", ())),
            us_state_next=frozenset(roles.get("us_state_next", ())),
            market=frozenset(roles.get("market", ())),
            place=frozenset(roles.get("place", ())),
            language=frozenset(roles.get("language", ())),
            personal_names=frozenset(read_words(data_dir / "personal_names.txt")),
            shared_names=tuple(" ".join(row) for row in read_rows(data_dir / "shared_names.tsv",
                                                                 ("short", "default", "other"))),
        )

    @classmethod
    def from_dir(cls, path: Path | str) -> ContextLexicon:
        """A lexicon saved by :meth:`to_dir` (one ``<field>.txt`` per word list)."""
        return cls(**load_fields(cls, path))

    def to_dir(self, path: Path | str) -> None:
        """Save one ``<field>.txt`` per word list under ``path``."""
        save_fields(self, path)
