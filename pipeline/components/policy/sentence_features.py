"""Stage 2 helper for pipeline_policy: what the priority-sentence model reads of a sentence (sentence_model.py).

A sentence of ``doc.sents`` (which respect our line breaks) is described by a list of feature names:

- ``w:<word>`` and ``b:<word>_<word>``: its lower-case words and the pairs of neighbouring words (numbers are
  ``<num>``; punctuation is no word);
- ``ctx:...``: a document word ("strategy", "concept") or a priority word ("priorities", "aims to") in this,
  the previous or the next sentence; its relative position in the text, its length, commas, a colon or
  semicolon, a quotation mark, a bullet or numbered line, a year;
- ``prev:<word>``: the document and priority words of the previous sentence.

The words that count as document or priority words are a :class:`ContextWords`, saved with the model, so that
a model is always scored with the words it was trained with.

    >>> words = ContextWords(frozenset({"strategy"}), frozenset({"priorities"}), ("priorit",))
    >>> features = doc_features(nlp("The strategy sets out four priorities: trade, energy, water and jobs."), words)
    >>> features[0][2][:3]
    ['w:the', 'w:strategy', 'w:sets']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Doc, Span

from ...doctext import doc_text
from ..tokens import token_numbers, token_strings

NUMBER = "<num>"
_BULLET = re.compile(r"\s*(?:[-•*–—▪●·>]|\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)])\s")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_QUOTE = re.compile("[\"“”«»„]")
_POSITIONS = 5  # relative position in the text, in fifths
_MAX_LENGTH = 5  # length in tens of words, capped
_MAX_COMMAS = 4


def _names(key: str, values: int = 2) -> tuple[str, ...]:
    """The feature names ``ctx:<key>=0`` ... ``ctx:<key>=<values - 1>``, spelt once (a flag indexes them)."""
    return tuple(f"ctx:{key}={v}" for v in range(values))


_FLAG_NAMES = tuple(_names(k) for k in ("cur_doc", "cur_prio", "prev_doc", "prev_prio", "next_doc", "next_prio"))
_POSITION_NAMES = _names("pos", _POSITIONS)
_LENGTH_NAMES = _names("len", _MAX_LENGTH + 1)
_COMMA_NAMES = _names("commas", _MAX_COMMAS + 1)
_SEMI_NAMES, _QUOTE_NAMES = _names("semi"), _names("quote")
_BULLET_NAMES, _YEAR_NAMES = _names("bullet"), _names("year")


@dataclass(frozen=True)
class ContextWords:
    """The words that make a sentence, or its neighbour, one about a document or about priorities.

    Attributes:
        document: document words, lower case ("strategy", "concept"); a plural with "s" counts too.
        priority: priority words, lower case ("priority", "goals").
        priority_stems: word beginnings that count as priority words ("priorit", "envisag").
    """

    document: frozenset[str]
    priority: frozenset[str]
    priority_stems: tuple[str, ...] = ()
    # word -> (is_document, is_priority), remembered as words are asked (a corpus repeats its words)
    _kinds: dict[str, tuple[bool, bool]] = field(default_factory=dict, init=False, compare=False, repr=False)

    def is_document(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a document word or its plural."""
        return word in self.document or (word.endswith("s") and word[:-1] in self.document)

    def is_priority(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a priority word or begins like one."""
        return word in self.priority or word.startswith(self.priority_stems)

    def kind(self, word: str) -> tuple[bool, bool]:
        """(:meth:`is_document`, :meth:`is_priority`) of ``word`` (lower case)."""
        found = self._kinds.get(word)
        if found is None:
            found = self._kinds[word] = (self.is_document(word), self.is_priority(word))
        return found

    def as_dict(self) -> dict[str, list[str]]:
        """The words as plain lists (sorted), for the saved model."""
        return {"document": sorted(self.document), "priority": sorted(self.priority),
                "priority_stems": sorted(self.priority_stems)}

    @classmethod
    def from_dict(cls, data: dict[str, Iterable[str]]) -> ContextWords:
        """The inverse of :meth:`as_dict`."""
        return cls(frozenset(data.get("document", ())), frozenset(data.get("priority", ())),
                   tuple(data.get("priority_stems", ())))


@dataclass(frozen=True)
class _Summary:
    """What the neighbours of a sentence need to know of it."""

    document: bool  # holds a document word
    priority: bool  # holds a priority word
    cues: tuple[str, ...]  # its document and priority words, in text order, without repeats


def sentence_words(doc: Doc, sent: Span) -> list[str]:
    """The lower-case words of ``sent``, numbers as ``<num>``, punctuation and white space left out."""
    lower = token_strings(doc, "lower")[sent.start:sent.end]
    alpha = token_numbers(doc, "is_alpha")[sent.start:sent.end]
    return [word if is_alpha else NUMBER for word, is_alpha in zip(lower, alpha, strict=True)
            if is_alpha or any(c.isdigit() for c in word)]


def _summary(words: Sequence[str], context: ContextWords) -> _Summary:
    kind = context.kind
    kinds = [kind(w) for w in words]
    return _Summary(any(d for d, _ in kinds), any(p for _, p in kinds),
                    tuple(dict.fromkeys(w for w, (d, p) in zip(words, kinds, strict=True) if d or p)))


class SentenceParts(NamedTuple):
    """What the features of one sentence are made of (:func:`sentence_parts`)."""

    start: int  # characters
    end: int
    text: str
    words: list[str]  # :func:`sentence_words`
    position: float  # where it starts in the text, 0 (first) to 1 (excluded)
    summaries: tuple[_Summary | None, _Summary | None, _Summary | None]  # the previous, its own and the next one's


def sentence_parts(doc: Doc, context: ContextWords) -> list[SentenceParts]:
    """The parts of each sentence of ``doc`` that has a word, in text order."""
    text = doc_text(doc)
    sents = [(s, sentence_words(doc, s)) for s in doc.sents]
    sents = [(s, w) for s, w in sents if w]
    summaries: list[_Summary | None] = [None, *(_summary(w, context) for _, w in sents), None]
    size = max(len(text), 1)
    return [SentenceParts(sent.start_char, sent.end_char, text[sent.start_char:sent.end_char], words,
                          sent.start_char / size, (summaries[k], summaries[k + 1], summaries[k + 2]))
            for k, (sent, words) in enumerate(sents)]


def context_features(text: str, words: Sequence[str], position: float, summaries: Sequence[_Summary | None],
                     context: ContextWords) -> list[str]:
    """The ``ctx:`` features of a sentence and the ``prev:`` ones of the sentence before it, in a fixed order
    (the arguments as for :func:`sentence_features`)."""
    before, own, after = summaries
    own = own or _summary(words, context)
    flags = (own.document, own.priority, bool(before and before.document), bool(before and before.priority),
             bool(after and after.document), bool(after and after.priority))
    feats = [names[flag] for names, flag in zip(_FLAG_NAMES, flags, strict=True)]
    feats += [
        _POSITION_NAMES[min(_POSITIONS - 1, int(_POSITIONS * position))],
        _LENGTH_NAMES[min(_MAX_LENGTH, len(words) // 10)],
        _COMMA_NAMES[min(_MAX_COMMAS, text.count(","))],
        _SEMI_NAMES[";" in text or ":" in text],
        _QUOTE_NAMES[_QUOTE.search(text) is not None],
        _BULLET_NAMES[_BULLET.match(text) is not None],
        _YEAR_NAMES[_YEAR.search(text) is not None],
    ]
    if before:
        feats += [f"prev:{w}" for w in before.cues]
    return feats


def sentence_features(text: str, words: Sequence[str], position: float, summaries: Sequence[_Summary | None],
                      context: ContextWords) -> list[str]:
    """The feature names of one sentence, in a fixed order, without repeats: its words, its pairs of words, then
    :func:`context_features`.

    Args:
        text: the sentence's text.
        words: its words (:func:`sentence_words`).
        position: where it starts in the text, 0 (first) to 1 (excluded).
        summaries: the previous sentence's, its own and the next one's summaries (None: no such sentence).
        context: the document and priority words.
    """
    feats = [f"w:{w}" for w in words]
    feats += [f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    feats += context_features(text, words, position, summaries, context)
    return list(dict.fromkeys(feats))


def doc_features(doc: Doc, context: ContextWords) -> list[tuple[int, int, list[str]]]:
    """(start, end, features) of each sentence of ``doc`` that has a word, in text order (characters)."""
    return [(p.start, p.end, sentence_features(p.text, p.words, p.position, p.summaries, context))
            for p in sentence_parts(doc, context)]
