"""Stage 2 helper for pipeline_attribution: which earlier person a "he"/"she" speaker can be.

News resolves a speaker pronoun to the most recent person it can refer to, preferring one who was
the subject of a clause (or a speaker) in the same or the previous paragraph ("Mrs. Clinton, …, was
dismissive of Mr. Trump, … “…,” she said" -> Clinton). Two things rule a person out: the grammatical
gender the text gives them ("Ms. Lynch", "spokesman Josh Earnest", "Jane Doe, a congresswoman":
never from lists of first names), and a mention inside quotation marks (a person named in a quote is
spoken about, not speaking: "“I never met Putin,” he said").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from ..tokens import token_numbers, token_strings
from .direct_lexicon import DirectLexicon
from .marks import Quoted

_WINDOW = 4  # tokens looked at before and after a name for a gendered title or role
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_MAX_UP = 4  # heads climbed from a reported subject's clause to the complement that holds it
_INNER_DEPS = frozenset({"relcl", "nsubj", "nsubjpass", "dobj", "pobj", "prep", "conj"})  # how it hangs inside
_TOPIC_PREPOSITIONS = frozenset({"for", "to"})  # "For Buchanan, …": the sentence's topic
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_SUBJECT_GENDER = {"he": "m", "she": "f"}


def _words_near(words: _Words, span: Span) -> list[str]:
    """Lower-case words (and word pairs) right before a name and in its apposition after it."""
    lower, punct, size = words.lower, words.punct, len(words.lower)
    before = [k for k in range(max(0, span.start - _WINDOW), span.start) if not punct[k]]
    after = []
    k = span.end
    if k < size and words.text[k] == ",":  # "Jane Doe, a congresswoman from Ohio"
        after = [j for j in range(k + 1, min(size, k + 1 + _WINDOW)) if not punct[j]]
    near = [lower[j].rstrip(".") for j in before[-2:] + after]
    return near + [f"{a} {b}" for a, b in pairwise(near)]


@dataclass(frozen=True, slots=True)
class _Words:
    """A Doc's words as the shared token lists give them (:mod:`..tokens`): form, lower case, punctuation."""

    text: list[str]
    lower: list[str]
    punct: list[int]

    @classmethod
    def of(cls, doc: Doc) -> _Words:
        return cls(token_strings(doc, "orth"), token_strings(doc, "lower"), token_numbers(doc, "is_punct"))


def person_genders(doc: Doc, spans: list[Span], lex: DirectLexicon) -> dict[str, str]:
    """Full name -> "f" or "m", for the persons the text marks one way only."""
    if not spans:
        return {}
    seen: dict[str, set[str]] = {}
    words = _Words.of(doc)
    for span in spans:
        name = span.kb_id_ or span.text
        for word in _words_near(words, span):
            if word in lex.female_words:
                seen.setdefault(name, set()).add("f")
            elif word in lex.male_words:
                seen.setdefault(name, set()).add("m")
    for span, gender in _continued_by_pronoun(doc, spans):
        seen.setdefault(span.kb_id_ or span.text, set()).add(gender)
    return {name: next(iter(found)) for name, found in seen.items() if len(found) == 1}


def _continued_by_pronoun(doc: Doc, spans: list[Span]) -> list[tuple[Span, str]]:
    """(person, gender) where the next sentence of the same paragraph opens with "He"/"She" as its subject right
    after a sentence whose only person subject is that person ("Mwila Phiri, the minister, said … . He told the
    session …": Phiri is a man, so a later "she said" refers to someone else), and that sentence has no pronoun
    of the other gender."""
    subjects = subject_positions(spans)
    by_sentence: dict[int, list[Span]] = {}
    for span in spans:
        if span.start_char in subjects:
            by_sentence.setdefault(span.sent.start, []).append(span)
    out = []
    for found in by_sentence.values():
        sent = found[0].sent
        if len({s.kb_id_ or s.text for s in found}) != 1 or sent.end >= len(doc) \
                or "\n" in doc[sent.end - 1].whitespace_:
            continue
        first = doc[sent.end]
        gender = _SUBJECT_GENDER.get(first.lower_)
        if gender is None or first.dep_ not in _SUBJECT_DEPS:
            continue
        if any(_GENDER.get(t.lower_, gender) != gender for t in first.sent):
            continue  # "He had cooperated with police, she said": a reported "he" beside the reporter's "she"
        out.append((found[0], gender))
    return out


def subject_positions(spans: list[Span]) -> set[int]:
    """Start offsets of the person mentions that are the subject of their clause, also as the name the
    parser hangs on a subject role noun ("Fianna Fáil councillor Peter Keane took a different view": the
    subject is "councillor", the name its apposition), right after it or after its comma ("Another
    analyst, Omar Haddad, was blunter": a later "he" is Haddad)."""
    return {s.start_char for s in spans if s.root.dep_ in _SUBJECT_DEPS or s.root.dep_ == "appos"
            and s.root.head.dep_ in _SUBJECT_DEPS and _names_subject(s) or _fronted_topic(s)}


def _fronted_topic(span: Span) -> bool:
    """Whether a person is the topic a sentence opens with, in a phrase set off by a comma ("For Buchanan,
    that is not enough.", "To Doe, the vote …"): a later "he"/"she" refers to them as to a subject."""
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ in _TOPIC_PREPOSITIONS and prep.is_sent_start is True \
        and span.end < len(span.doc) and span.doc[span.end].text == ","


def _names_subject(span: Span) -> bool:
    """Whether an apposition names its subject noun: right after it, or after the comma that closes the
    noun's phrase (with its own title: "His counterpart, Foreign Minister Carlos Vega, …"; "The Minister of
    Finance and Economic Planning, Sara Lind, then presented …")."""
    root = span.root.head
    head, first = root.i, min(span.start, span.root.left_edge.i)
    if head == span.start - 1:
        return True
    if first - 2 < head or span.doc[first - 1].text != ",":
        return False
    return all(root.is_ancestor(t) for t in span.doc[head + 1:first - 1])


def reporters(spans: list[Span]) -> dict[int, int]:
    """Start offset of a person subject inside a clause that another person reports -> start offset of that
    reporter ("Doe pledged that Roe “really is” for free trade": Roe's -> Doe's). A pronoun after the
    sentence continues the reporter, the subject of the main clause, before the person reported on."""
    by_token = {s.root.i: s for s in spans}
    out: dict[int, int] = {}
    for s in spans:
        clause = _reported_clause(s) if s.root.dep_ in _SUBJECT_DEPS else None
        if clause is None:
            continue
        main = next((by_token.get(c.i) for c in clause.head.children if c.dep_ in _SUBJECT_DEPS), None)
        if main is not None and main.start_char < s.start_char:
            out[s.start_char] = main.start_char
    return out


def _reported_clause(span: Span) -> Token | None:
    """The clausal complement that holds the clause ``span`` is the subject of, itself or a clause on one of its
    words ("Doe said the projects Roe listed had stalled": Roe's clause is on "projects", the subject of the
    complement of "said"), else None."""
    verb = span.root.head
    for _ in range(_MAX_UP):
        if verb.dep_ == "ccomp" and verb.head.i != verb.i:
            return verb
        if verb.dep_ not in _INNER_DEPS or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


@dataclass
class Antecedents:
    """Persons seen so far, in text order (``persons`` sorted by position), for "he"/"she".

    ``subjects`` holds the positions of subject mentions and of resolved speakers; both it and
    ``persons`` are shared with the resolver, which adds each speaker it finds.
    """

    persons: list[tuple[int, str]]
    subjects: set[int]
    genders: dict[str, str]
    quoted: Quoted
    paragraphs: list[tuple[int, int]]
    reporters: dict[int, int] = field(default_factory=dict)

    def _floor(self, pos: int) -> int:
        """Start of the paragraph before the one holding ``pos``."""
        k = bisect_left(self.paragraphs, (pos + 1,)) - 1
        return self.paragraphs[max(0, k - 1)][0] if self.paragraphs else 0

    def latest(self, before: int, pronoun: str) -> str:
        """The person before ``before`` that ``pronoun`` refers to ('' when none): the most recent
        subject or speaker of this or the previous paragraph, else the most recent person."""
        gender = _GENDER.get(pronoun.lower(), "")
        k = bisect_left(self.persons, (before,))
        floor, fallback = self._floor(before), ""
        for pos, name in reversed(self.persons[:k]):
            if self.quoted.covers(pos) or gender and self.genders.get(name, gender) != gender:
                continue
            if pos >= floor and pos in self.subjects:
                return self._reporter(pos, gender) or name
            fallback = fallback or name
        return fallback

    def _reporter(self, pos: int, gender: str) -> str:
        """The person who reports the clause that the subject at ``pos`` opens, when the pronoun can
        refer to them ('' otherwise)."""
        main = self.reporters.get(pos)
        if main is None:
            return ""
        k = bisect_left(self.persons, (main,))
        if k == len(self.persons) or self.persons[k][0] != main or self.quoted.covers(main):
            return ""
        name = self.persons[k][1]
        return name if not gender or self.genders.get(name, gender) == gender else ""
