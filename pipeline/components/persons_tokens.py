"""Stage 2 helper: token tests shared by the person-name and affiliation matchers."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

_NAME = re.compile(r"^[A-Z\u00C0-\u024F][A-Za-z\u00C0-\u024F'\u2019-]*[a-z\u00DF-\u024F]$")
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")
NAME_PARTICLES = frozenset({"bin", "ibn", "van", "von", "de", "da", "der", "den", "al", "el", "la", "le", "di", "du"})
CONNECTORS = frozenset({"of", "for", "and", "on", "the", "&", "in"})
POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_NOT_NAME_START_POS = frozenset({"ADV", "ADP", "DET", "VERB", "PRON", "SCONJ", "CCONJ", "AUX", "PART", "NUM"})
_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def is_initial(tok: Token) -> bool:
    return bool(_INITIAL.match(tok.text))


def is_name_word(tok: Token) -> bool:
    """A capitalized word that can be part of a personal name ("Kotyukova", "O'Neill", "R.")."""
    if is_initial(tok):
        return True
    return bool(_NAME.match(tok.text)) and tok.lower_ not in _MONTHS_DAYS


def is_acronym(tok: Token) -> bool:
    return bool(_ACRONYM.match(tok.text))


def is_capitalized(tok: Token) -> bool:
    return tok.text[:1].isupper()


def starts_clause(tok: Token) -> bool:
    """First word of a sentence or of a line (where capitals say nothing)."""
    if tok.i == 0 or tok.is_sent_start:
        return True
    prev = tok.doc[tok.i - 1]
    return is_newline(prev) or prev.text in {"\u2014", "-", ":", "\"", "\u201c", "\u2018", "'"}


def droppable_start(tok: Token) -> bool:
    """A clause-initial capitalized word that is not a name ("Addressing", "Besides", "Then")."""
    return starts_clause(tok) and (tok.pos_ in _NOT_NAME_START_POS or tok.is_stop)


def is_newline(tok: Token) -> bool:
    return tok.is_space and "\n" in tok.text


def token_spans(spans: list[Span] | tuple[Span, ...], n: int) -> list[Span | None]:
    """For each token index, the span of ``spans`` covering it (or None)."""
    cover: list[Span | None] = [None] * n
    for span in spans:
        for i in range(span.start, span.end):
            cover[i] = span
    return cover


def line_of(doc: Doc, i: int) -> tuple[int, int]:
    """Token range of the text line holding token i (lines end at newlines)."""
    start = i
    while start > 0 and not is_newline(doc[start - 1]):
        start -= 1
    end = i + 1
    while end < len(doc) and not is_newline(doc[end]):
        end += 1
    return start, end


def skip_markup(doc: Doc, i: int) -> int:
    """The first token from i that is not Markdown emphasis ("**", "_")."""
    while i < len(doc) and doc[i].text and set(doc[i].text) <= {"*", "_"}:
        i += 1
    return i
