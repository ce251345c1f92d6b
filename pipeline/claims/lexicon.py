"""Stage 3 data: the claims word lists (pipeline/data/claims/) and matching phrases against tokens."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import cast

from spacy.tokens import Doc, Span

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


_WORDS_KEY = ("pipeline", "claims", "words")


def words_of(doc: Doc) -> tuple[list[str], list[str], list[bool]]:
    """Each token's lower-cased text and lemma and whether it is a verb, computed once per Doc (kept in
    ``doc.user_data`` as plain lists, so the Doc still serializes)."""
    store = cast(dict[object, object], doc.user_data)  # spaCy types it dict[str, Any]; sentences.py keys by tuple too
    cached = store.get(_WORDS_KEY)
    if not isinstance(cached, tuple) or len(cached[0]) != len(doc):
        cached = ([t.lower_ for t in doc], [t.lemma_.lower() for t in doc], [t.pos_ in ("VERB", "AUX") for t in doc])
        store[_WORDS_KEY] = cached
    return cached


def _matches_at(words: tuple[str, ...], i: int, end: int, doc_words: tuple[list[str], list[str], list[bool]],
                infinitive: bool) -> bool:
    lowers, lemmas, verbs = doc_words
    stop = i + len(words)
    if stop > end or not all(w in (lowers[i + k], lemmas[i + k]) for k, w in enumerate(words)):
        return False
    return not (infinitive and _needs_verb(words)) or (stop < end and verbs[stop])


def find_phrases(tokens: Span, entries: frozenset[str], *, infinitive: bool = True) -> Iterator[Match]:
    """Every match of ``entries`` in the span ``tokens``, in text order (the longest at each token). With
    ``infinitive``, an entry ending in "to" needs a verb right after it ("is to be", not "led to new")."""
    doc = tokens.doc
    doc_words = words_of(doc)
    lowers, lemmas, _ = doc_words
    index = _index(entries)
    for i in range(tokens.start, tokens.end):
        by_text, by_lemma = index.get(lowers[i]), index.get(lemmas[i]) if lemmas[i] != lowers[i] else None
        if by_text is None and by_lemma is None:
            continue
        candidates = sorted([*(by_text or ()), *(by_lemma or ())], key=len, reverse=True)
        words = next((w for w in candidates if _matches_at(w, i, tokens.end, doc_words, infinitive)), None)
        if words:
            yield Match(" ".join(words), i, i + len(words), doc[i:i + len(words)].text)
