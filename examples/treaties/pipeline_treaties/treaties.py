"""Stage 3 extension: treaties and agreements named in a document -> the ``treaties`` table.

Registered through the ``pipeline.extractors`` entry point; importing this
module applies the :func:`pipeline.registry.extractor` decorator below.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Doc

from pipeline.registry import extractor
from pipeline.schemas import Column, TableSchema

TREATIES = TableSchema(
    "treaties",
    "treaty or agreement named in a document",
    (
        Column("doc_id", "str", "document path relative to the input folder, without suffix"),
        Column("treaty", "str", "the name as written, without a leading article"),
        Column("kind", "str", "head noun: treaty, agreement, convention, ..."),
        Column("year", "int", "year written in or right after the name"),
        Column("start", "int"),
        Column("end", "int"),
    ),
    key=("doc_id", "start"),
    sort=("doc_id", "start", "end"),
)

_CAP = r"(?:[A-Z][\w'’-]*)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_STOP_MODIFIERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her",
                   "any", "every", "each", "such", "no", "under", "in", "on", "by", "with", "after", "before", "and",
                   "but", "however", "meanwhile", "both", "all"}
_CONNECTORS = r"(?:of|on|and|the|in|for|&)"
# inside a name: "and" joins words ("Friendship and Cooperation") but "and the" starts a new name
_NAME_WORD = rf"(?:{_CAP}|of|on|the|in|for|&|and(?!\s+the\b))"
_AFTER_YEAR = re.compile(rf"^,?\s+(?:(?:signed|concluded|adopted)\s+)?(?:of|in|from)\s+(?:\d{{1,2}}\s+)?"
                         rf"(?:{_MONTHS}\s+)?(?:\d{{1,2}},?\s+)?({_YEAR})\b")
_ORG_AFTER = re.compile(r"^\s+(?:Organi[sz]ation|Secretariat|Council|Commission)\b")


@dataclass(frozen=True, slots=True)
class Treaty:
    """A treaty or agreement named in the text (``text[start:end] == treaty``)."""

    treaty: str
    kind: str
    year: int | None
    start: int
    end: int


@lru_cache(maxsize=1)
def treaty_nouns() -> tuple[str, ...]:
    """Head nouns from ``data/treaty_nouns.txt`` (read once, read-only)."""
    text = files("pipeline_treaties").joinpath("data/treaty_nouns.txt").read_text(encoding="utf-8")
    return tuple(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = "|".join(sorted(treaty_nouns(), key=len, reverse=True))
    noun_cap = rf"(?:{'|'.join(n.capitalize() for n in treaty_nouns())})"
    # "Treaty of Friendship and Cooperation", "the Treaty on Collective Security"
    of_form = re.compile(rf"\b(?:(?P<year>{_YEAR})\s+)?(?P<noun>{noun_cap}s?)\s+(?:of|on|for)\s+(?:the\s+)?"
                         rf"{_CAP}(?:\s+{_NAME_WORD})*")
    # "the 2015 Minsk agreements", "the Paris Agreement", "the Collective Security Treaty"
    named = re.compile(rf"\b(?:(?P<year>{_YEAR})\s+)?(?P<mods>{_CAP}(?:[\s-]+{_CAP})*)\s+"
                       rf"(?P<noun>(?i:{nouns})(?:s|es)?)\b")
    return of_form, named


def _trim(text: str, start: int, end: int) -> int:
    """Drop trailing connectors ("... Cooperation and the" -> "... Cooperation")."""
    words = text[start:end].split()
    while words and re.fullmatch(_CONNECTORS, words[-1]):
        words.pop()
    return start + len(" ".join(words)) if words else start


def _kind(noun: str) -> str:
    noun = noun.lower()
    for n in treaty_nouns():
        if noun in (n, n + "s", n + "es"):
            return n
    return noun


def _candidates(text: str) -> Iterator[tuple[int, int, str, int | None]]:
    of_form, named = _patterns()
    for m in of_form.finditer(text):
        end = _trim(text, m.start(), m.end())
        yield m.start(), end, _kind(m.group("noun")), int(m.group("year")) if m.group("year") else None
    for m in named.finditer(text):
        mods = m.group("mods").split()
        while mods and mods[0].lower() in _STOP_MODIFIERS:  # sentence-initial "The", "Under", ...
            mods.pop(0)
        if not mods or _ORG_AFTER.match(text, m.end()) or _ORG_AFTER.match(text[m.end():]):
            continue
        start = m.start("mods") + m.group("mods").index(mods[0]) if not m.group("year") else m.start()
        yield start, m.end(), _kind(m.group("noun")), int(m.group("year")) if m.group("year") else None


def _merge(spans: list[tuple[int, int, str, int | None]]) -> list[tuple[int, int, str, int | None]]:
    merged: list[tuple[int, int, str, int | None]] = []
    for start, end, kind, year in sorted(spans, key=lambda s: (s[0], -s[1])):
        if merged and start < merged[-1][1]:
            s0, e0, k0, y0 = merged[-1]
            merged[-1] = (s0, max(e0, end), k0, y0 if y0 is not None else year)
        else:
            merged.append((start, end, kind, year))
    return merged


@extractor("treaties", version="1", schema=TREATIES,
           to_row=lambda t: {"treaty": t.treaty, "kind": t.kind, "year": t.year, "start": t.start, "end": t.end})
def treaties(doc: Doc) -> Iterator[Treaty]:
    """Treaties and agreements named in ``doc`` (reads only ``doc.text``).

    Two shapes are found: a capitalised head noun with an "of/on/for" complement
    ("the Treaty of Friendship and Cooperation") and capitalised modifiers
    before a head noun ("the 2015 Minsk agreements"); names followed by
    "Organization" are organizations, not treaties.

    Example:
        "Both sides referred to the 2015 Minsk agreements and the Treaty on Collective Security of 1992."
        -> Treaty("2015 Minsk agreements", "agreement", 2015, 27, 48),
           Treaty("Treaty on Collective Security", "treaty", 1992, 57, 86)

    Yields:
        Treaty records in text order.
    """
    text = doc.text
    for start, end, kind, year in _merge(list(_candidates(text))):
        if year is None and (m := _AFTER_YEAR.match(text[end:end + 60])):
            year = int(m.group(1))
        yield Treaty(text[start:end], kind, year, start, end)
