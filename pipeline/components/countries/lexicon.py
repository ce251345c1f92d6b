"""Stage 2 helper: compile the country lexicon (pycountry + pipeline/data/countries) into patterns.

The country ruler matches these patterns with two PhraseMatchers: ``LOWER`` for
names and blocked phrases, ``ORTH`` (case-sensitive) for acronyms, demonyms and
capitals. Everything here runs once, when the component is created; the result
is saved with the component (``to_disk``) so a loaded pipeline never recompiles.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pycountry

from ...config import DATA
from ...wordlists import load_fields, read_rows, read_words, save_fields, write_rows

DATA_DIR = DATA / "countries"

# Pattern kinds, in order of preference when two matches cover the same tokens.
# Cities ("city") are never countries: they only mark place names (doc.spans["places"]).
KINDS: tuple[str, ...] = ("block", "name", "acronym", "demonym", "capital", "city")
LOWER_KINDS = frozenset({"block", "name"})

_ABBREVIATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Republic", ("Rep.", "Rep")),
    ("Democratic", ("Dem.",)),
    ("Islands", ("Is.", "Isds", "Isds.")),
    ("Island", ("Is.", "Isds", "I.")),
    ("Saint", ("St.", "St")),
    ("Northern", ("N.",)),
    ("British", ("Br.",)),
    ("Territory", ("Terr.",)),
    ("People's", ("Peoples", "People’s")),
    (" and the ", (" & the ", "/")),
    (" and ", (" & ", "/")),
    (", ", (": ",)),
)
_APOSTROPHES = ("'", "’")
_PAREN_TAIL = re.compile(r"^(?P<head>.+?) \((?P<tail>[^)]+)\)$")


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


def _inversions(name: str) -> Iterator[str]:
    """'Korea, Republic of' -> 'Republic of Korea', 'Korea (Republic of)'; and back."""
    if ", " in name:
        head, tail = name.split(", ", 1)
        bare = re.sub(r"^(?:the|The) ", "", tail)
        yield f"{tail} {head}"
        yield f"{head} ({tail})"
        yield f"{head} ({bare})"
    m = _PAREN_TAIL.match(name)
    if m:
        yield f"{m['head']}, {m['tail']}"


def _as_word(word: str) -> re.Pattern[str]:
    """``word`` as a whole word (a key that starts or ends with a space or comma is used as is)."""
    left = r"(?<!\w)" if word[:1].isalnum() else ""
    right = r"(?!\w)" if word[-1:].isalnum() or word[-1:] == "'" else ""
    return re.compile(left + re.escape(word) + right)


def _spellings(name: str) -> Iterator[str]:
    """Abbreviated, accent-free, mis-decoded and apostrophe variants of one name."""
    options = [(word, (word, *subs)) for word, subs in _ABBREVIATIONS if _as_word(word).search(name)]
    bases = {name}
    for choice in itertools.product(*(alts for _, alts in options)):
        variant = name
        for (word, _), alt in zip(options, choice, strict=False):
            variant = _as_word(word).sub(alt, variant)
        bases.add(variant)
    for base in bases:
        forms = {base}
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", base) if not unicodedata.combining(ch))
        forms.add(folded)
        if folded != base:  # UTF-8 read as Latin-1/cp1252 ("CÃ´te d'Ivoire")
            for enc in ("latin-1", "cp1252"):
                try:
                    once = base.encode("utf-8").decode(enc)
                    forms.update((once, once.encode("utf-8").decode(enc)))
                except UnicodeDecodeError:
                    continue
        for form in forms:
            yield form
            for quote in _APOSTROPHES:
                if quote in form:
                    for other in (*_APOSTROPHES, " "):
                        yield form.replace(quote, other)


def name_variants(name: str) -> set[str]:
    """Every surface variant compiled for one country name."""
    out: set[str] = set()
    for form in (name, *_inversions(name)):
        out.update(_spellings(form))
    return {re.sub(r"^(?:the|The) ", "", v) for v in out if v.strip()}


def _plurals(form: str) -> Iterator[str]:
    if form.endswith("man"):
        yield form[:-3] + "men"
    elif form.endswith(("ese", "sh", "ch", "s", "x", "z", "que")):
        return
    elif form[-1] in "aeiouyntkrbhl":
        yield form + "s"


def compile_patterns(data_dir: Path = DATA_DIR) -> list[CountryPattern]:
    """All patterns of the country lexicon, sorted and without duplicates.

    Example: ``Kyrgyz Republic`` (pycountry official name) gives the name
    patterns "Kyrgyz Republic", "Kyrgyz Rep.", "Kyrgyz Rep"; ``Kyrgyzstani``
    (demonyms.tsv) gives the demonym patterns "Kyrgyzstani" and "Kyrgyzstanis".
    """
    data_dir = Path(data_dir)
    patterns: set[CountryPattern] = set()
    names = list(_pycountry_names()) + read_rows(data_dir / "aliases.tsv", ("name", "iso3"))
    for name, iso3 in names:
        patterns.update(CountryPattern("name", iso3, v) for v in name_variants(name))
    for name in read_words(data_dir / "blocked.txt"):
        patterns.update(CountryPattern("block", "", v) for v in name_variants(name))
    for form, iso3 in read_rows(data_dir / "acronyms.tsv", ("form", "iso3")):
        patterns.add(CountryPattern("acronym", iso3, form))
    for form, iso3 in read_rows(data_dir / "demonyms.tsv", ("form", "iso3")):
        for v in (form, *_plurals(form)):
            patterns.add(CountryPattern("demonym", iso3, v))
    for capital, iso3 in read_rows(data_dir / "capitals.tsv", ("capital", "iso3")):
        for v in _spellings(capital):
            patterns.add(CountryPattern("capital", iso3, v))
    for city, iso3 in read_rows(data_dir / "cities.tsv", ("city", "iso3")):
        for v in _spellings(city):
            patterns.add(CountryPattern("city", iso3, v))
    return sorted(patterns)


@dataclass(frozen=True)
class ContextLexicon:
    """Word lists the context rules read (see context.py)."""

    needs_capital: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()
    relation: frozenset[str] = frozenset()
    city: frozenset[str] = frozenset()
    us_state_cue: frozenset[str] = frozenset()
    us_state_next: frozenset[str] = frozenset()
    market: frozenset[str] = frozenset()
    place: frozenset[str] = frozenset()

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
        )

    @classmethod
    def from_dir(cls, path: Path | str) -> ContextLexicon:
        """A lexicon saved by :meth:`to_dir` (one ``<field>.txt`` per word list)."""
        return cls(**load_fields(cls, path))  # type: ignore[arg-type]

    def to_dir(self, path: Path | str) -> None:
        """Save one ``<field>.txt`` per word list under ``path``."""
        save_fields(self, path)
