"""Stage 3 helper: an interview laid out as questions and answers, and whose answers they are.

An interview gives each question a paragraph of its own ("Q: What does the plan put first?", "What does the plan put
first?", "Pacific Review: Minister, what comes first?") and the interviewee's answer in the paragraphs after it ("A:
Climate.", "Kofe: Climate.", or with no label). What the answers assert is the interviewee's, not the document's
(benchmarks/CLAIMS.md: the claimant is who asserts it).

It is an interview when two questions or more are each followed by an answer and the text says whose the answers
are: a person's name labels them ("Kofe: ..."), or the introduction (the paragraphs before the first question) names
a person with a verb of interviewing ("We asked X", "X spoke to us", "The Review spoke with X"; the person ruler's
list, data/persons/interview_verbs.txt, by which the same person is a speaker), or, where the rulers found no
person, one name labels the answers ("Greene: ..."), or the introduction calls the text an interview
(data/claims/interview_nouns.txt, a list of the claims lexicon) and names one person only, not as its writer
("Interview by X"). A question may also stand on the first line of its paragraph with the answer on the lines after
it. An explainer that puts its own questions ("What is it?") names nobody so and stays the document's voice. Where
the writer reports the answers ("Villacís said ..."), the quotes carry them and the unlabelled sentences between
stay the document's: see :func:`answered_by`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from ..config import DATA
from ..doctext import paragraphs
from ..wordlists import read_words

_Q_LABEL = re.compile(r"(?:Q|Question)\s*[:.)]\s")
_A_LABEL = re.compile(r"(?:A|Answer)\s*[:.)]\s")
_LABEL = re.compile(r"([^\W\d][^:\n?!.]{0,60}?):\s")  # "Pacific Review: ", "Kofe: " (checked for words below)
_LABEL_WORDS = 4
_QUESTION_END = re.compile(r"\?[\"'”’»)\]]*\s*$")
_MAX_QUESTION_WORDS = 60
_MIN_QUESTIONS = 2

Range = tuple[int, int]


@dataclass(frozen=True)
class Interview:
    """Whose the answers are (``person``: the full name) and where they are (character ranges)."""

    person: str
    answers: tuple[Range, ...]

    def answers_at(self, char: int) -> bool:
        return any(lo <= char < hi for lo, hi in self.answers)

    @staticmethod
    def after_label(text: str, start: int, end: int) -> int:
        """Where an answer's sentence begins after its label ("A: ", "Kofe: "), else ``start``."""
        match = _A_LABEL.match(text, start, end) or _LABEL.match(text, start, end)
        if match is None or match.end() >= end or len(match.group(0).split()) > _LABEL_WORDS:
            return start
        return match.end()


@cache
def interview_verbs() -> frozenset[str]:
    """The verbs of interviewing (lemmas), read once."""
    return frozenset(read_words(DATA / "persons" / "interview_verbs.txt", lower=True))


def interview(doc: Doc, text: str, persons: list[Span], verbs: frozenset[str],
              nouns: frozenset[str] = frozenset()) -> Interview | None:
    """The interview ``doc`` is (``text`` its text, ``persons`` its person mentions in text order, ``verbs``
    the verbs of interviewing, ``nouns`` those by which a text calls itself an interview), or None; see the
    module doc."""
    paras = _question_lines(text, paragraphs(text))
    labels = [_label(text, lo, hi) for lo, hi in paras]
    questions = _questions(text, paras, labels)
    answered = [i for i in sorted(questions) if i + 1 < len(paras) and i + 1 not in questions]
    if len(answered) < _MIN_QUESTIONS:
        return None
    answers = [j for i in answered for j in _answer_paragraphs(i, len(paras), questions)]
    answer_labels = [labels[j] for j in answers]
    intro_end = paras[min(questions)][0]
    person = _labelled_person(persons, answer_labels) or _introduced_person(doc, persons, intro_end, verbs) \
        or _name_label(answer_labels) or _sole_person(doc, persons, intro_end, nouns)
    if not person:
        return None
    return Interview(person, tuple(paras[j] for j in answers))


def answered_by(found: Interview, speakers: list[tuple[int, str]]) -> bool:
    """Whether the writer reports the answers: a quote inside them (``speakers``: each quote's start and
    speaker) is the interviewee's ("Villacís said ..."); then the answers' other sentences are the
    document's own."""
    words = set(found.person.split())
    return any(found.answers_at(start) and words & set(name.split()) for start, name in speakers)


def _question_lines(text: str, paras: list[Range]) -> list[Range]:
    """The paragraphs, a question on a line of its own at a paragraph's start ("Was there a new document?\\nNo.
    There is ...") cut off as a paragraph of its own: the answer follows it on the next line."""
    out = []
    for lo, hi in paras:
        line_end = text.find("\n", lo, hi)
        if line_end > lo and _QUESTION_END.search(text, lo, line_end) and text[line_end:hi].strip() \
                and len(text[lo:line_end].split()) <= _MAX_QUESTION_WORDS:
            out.append((lo, line_end))
            lo = line_end + len(text[line_end:hi]) - len(text[line_end:hi].lstrip())
        out.append((lo, hi))
    return out


def _label(text: str, lo: int, hi: int) -> str:
    """The label a paragraph opens with ("Q", "Pacific Review", "Kofe"), or ""."""
    match = _LABEL.match(text, lo, hi)
    if match is None or len(match.group(1).split()) > _LABEL_WORDS:
        return ""
    return match.group(1).strip()


def _questions(text: str, paras: list[Range], labels: list[str]) -> set[int]:
    """Indices of the question paragraphs: a "Q:" label, a short paragraph ending with a question mark, or
    the label the interviewer's other questions carry ("Pacific Review: Debt is often mentioned.")."""
    questions = set()
    for i, (lo, hi) in enumerate(paras):
        if _Q_LABEL.match(text, lo, hi):
            questions.add(i)
        elif not _A_LABEL.match(text, lo, hi) and _QUESTION_END.search(text[lo:hi]) \
                and len(text[lo:hi].split()) <= _MAX_QUESTION_WORDS:
            questions.add(i)
    asking = {labels[i] for i in questions if labels[i] and not _Q_LABEL.match(text, *paras[i])}
    return questions | {i for i, label in enumerate(labels) if label and label in asking}


def _answer_paragraphs(question: int, n: int, questions: set[int]) -> list[int]:
    """The paragraphs after a question up to the next one."""
    out = []
    for j in range(question + 1, n):
        if j in questions:
            break
        out.append(j)
    return out


def _labelled_person(persons: list[Span], labels: list[str]) -> str:
    """The person the answers' labels name most often ("Kofe" -> "Simon Kofe"), or ""."""
    named: Counter[str] = Counter()
    for label in labels:
        words = set(label.split())
        full = next((p.kb_id_ or p.text for p in persons
                     if words and (words <= set((p.kb_id_ or p.text).split()) or label == p.text)), "")
        if full:
            named[full] += 1
    return named.most_common(1)[0][0] if named else ""


def _name_label(labels: list[str]) -> str:
    """The one name that labels two answers or more ("Greene: ..."), where the rulers found no person it names;
    else ''."""
    named = Counter(label for label in labels if label and label[0].isupper() and not _A_LABEL.match(label + ": "))
    if len(named) != 1:
        return ""
    label, count = named.most_common(1)[0]
    return label if count >= _MIN_QUESTIONS else ""


def _introduced_person(doc: Doc, persons: list[Span], end: int, verbs: frozenset[str]) -> str:
    """The person an introduction (the text before ``end``) presents as interviewed, read from the first
    verb of interviewing there whose subject says who (a verb: not "(interview)" in a dateline):
    "We asked X, ..." (the person after the verb), "We spoke to him" / "X has run the ministry since
    2021. He spoke to us" (the person named last before), "X spoke to us" (the subject), "The Review spoke
    with X" (a subject that names no person: the person after the verb); "the moderators did not ask her"
    names nobody so."""
    for sent in doc.sents:
        if sent.start_char >= end:
            break
        for verb in sent:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in verbs:
                chosen = _interviewee_of(verb, sent, persons)
                if chosen is not None:
                    return chosen.kb_id_ or chosen.text
    return ""


def _sole_person(doc: Doc, persons: list[Span], end: int, nouns: frozenset[str]) -> str:
    """The one person an introduction (the text before ``end``) that calls the text an interview names, the
    writer of a byline aside ("Interview by X"): "Rebuilding the north: an interview ... X is a programme
    director at ..."; '' where it names nobody, or two persons or more, or does not call itself an interview."""
    intro = takewhile(lambda t: t.idx < end, doc)
    if not any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in intro):
        return ""
    named = {p.kb_id_ or p.text for p in persons if p.end_char <= end and not _is_byline(doc, p)}
    return named.pop() if len(named) == 1 else ""


def _is_byline(doc: Doc, person: Span) -> bool:
    """Whether ``person`` is named as the writer ("by X")."""
    return person.start > 0 and doc[person.start - 1].lower_ == "by"


_WRITERS = frozenset({"we", "i"})
_PERSONAL = frozenset({"he", "she", "him", "her"})


def _interviewee_of(verb: Token, sent: Span, persons: list[Span]) -> Span | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    before = [p for p in persons if p.end_char <= sent.start_char]
    if subject is None or subject.lower_ in _WRITERS:
        after = [p for p in persons if verb.idx < p.start_char < sent.end_char]
        if after:
            return after[0]
        return before[-1] if before and any(t.lower_ in _PERSONAL for t in sent) else None
    if subject.lower_ in _PERSONAL:
        return before[-1] if before else None
    named = next((p for p in persons if p.start_char <= subject.idx < p.end_char), None)
    if named is not None:
        return named
    return next((p for p in persons if verb.idx < p.start_char < sent.end_char), None)
