"""Stage 3 data: the claims word lists (pipeline/data/claims/) and matching phrases against tokens."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from ..wordlists import load_fields

DATA = Path(__file__).resolve().parent.parent / "data" / "claims"


@dataclass(frozen=True, slots=True)
class ClaimLexicon:
    """The word lists of pipeline/data/claims/ (README.md there says what each decides)."""

    deontic: frozenset[str]
    calls: frozenset[str]
    future: frozenset[str]
    intention: frozenset[str]
    epistemic_modals: frozenset[str]
    epistemic_can: frozenset[str]
    evaluative: frozenset[str]
    stance: frozenset[str]
    wish_words: frozenset[str]
    hedges: frozenset[str]
    event_nouns: frozenset[str]
    event_verbs: frozenset[str]
    theme_nouns: frozenset[str]
    topic_cues: frozenset[str]
    evaluating_cues: frozenset[str]
    directive_cues: frozenset[str]
    document_nouns: frozenset[str]
    source_nouns: frozenset[str]
    question_words: frozenset[str]


def load_lexicon(path: Path | str = DATA) -> ClaimLexicon:
    """The lexicon stored under ``path``."""
    return ClaimLexicon(**load_fields(ClaimLexicon, path, lower=True))


@cache
def default_lexicon() -> ClaimLexicon:
    """The shipped lexicon, read once (it is immutable)."""
    return load_lexicon(DATA)


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase found in a claim: its entry and the tokens it covers."""

    entry: str
    start: int  # token index in the Doc
    end: int
    text: str  # as written


def _needs_verb(words: tuple[str, ...]) -> bool:
    return len(words) > 1 and words[-1] == "to"


@cache
def _index(entries: frozenset[str]) -> dict[str, list[tuple[str, ...]]]:
    """Entries by their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted((tuple(e.split()) for e in entries), key=len, reverse=True):
        index.setdefault(words[0], []).append(words)
    return index


def _matches_at(tokens: Sequence[Token], i: int, words: tuple[str, ...], infinitive: bool) -> bool:
    end = i + len(words)
    if end > len(tokens):
        return False
    if not all(w in (tokens[i + k].lower_, tokens[i + k].lemma_.lower()) for k, w in enumerate(words)):
        return False
    return not (infinitive and _needs_verb(words)) or (end < len(tokens) and tokens[end].pos_ in ("VERB", "AUX"))


def find_phrases(tokens: Sequence[Token], entries: frozenset[str], *, infinitive: bool = True) -> Iterator[Match]:
    """Every match of ``entries`` in ``tokens`` in text order (the longest at each token). With
    ``infinitive``, an entry ending in "to" needs a verb right after it ("is to be", not "led to new")."""
    index = _index(entries)
    for i, token in enumerate(tokens):
        candidates = index.get(token.lower_, []) + index.get(token.lemma_.lower(), [])
        words = next((w for w in sorted(candidates, key=len, reverse=True) if _matches_at(tokens, i, w, infinitive)),
                     None)
        if words:
            last = tokens[i + len(words) - 1]
            yield Match(" ".join(words), token.i, last.i + 1, token.doc[token.i:last.i + 1].text)


def first_phrase(tokens: Sequence[Token], entries: frozenset[str]) -> Match | None:
    """The first match of ``entries`` in ``tokens``, or None."""
    return next(find_phrases(tokens, entries), None)
