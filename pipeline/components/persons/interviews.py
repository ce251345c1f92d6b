"""Stage 2 helper: the person an interview presents as the one it asks (for pipeline_person_ruler).

An interview's introduction names its subject as the object of "we" and a verb of asking (interview_verbs.txt):
"We asked X, director of Y, what the plan does", "We spoke with Tuvalu's foreign minister, X, about ...",
"X has served as minister since 2018. We spoke to him in St John's"; and the person whose name opens the answers of
a Q&A, two lines or more ("Bellandi: It is Italy's framework ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...sentences import sentence_of
from ..tokens import token_table, word_ids
from .lexicon import PersonLexicon
from .names import NameMention
from .tokens import is_newline, words_of

_OBJECT_PREPS = frozenset({"with", "to"})
_PRONOUNS = frozenset({"him", "her"})
_WE = word_ids(["we"])
_ANSWERS = 2  # lines a name opens before a colon: a Q&A's answers, not one "Note:" line
_QUESTIONS = 2  # lines that are a question alone: a Q&A
_CLOSING = frozenset({'"', "\u201d", "'", "\u2019"})


def interviewed(doc: Doc, named: list[tuple[NameMention, str]], lex: PersonLexicon) -> set[str]:
    """The full names of the persons the text says "we" asked or spoke with, and of the persons who answer in a Q&A
    (:func:`_answering`); in a Q&A that names its subject neither way, the person it introduces
    (:func:`_introduced`)."""
    out = _answering(doc, named)
    for i in token_table(doc).having("lower", _WE):  # each "we", looked up in the token table, and its verb
        verb = doc[i].head
        if doc[i].dep_ != "nsubj" or verb.i == i or verb.pos_ != "VERB" \
                or verb.lemma_.lower() not in lex.interview_verbs:
            continue
        for obj in _objects(verb):
            name = _named_at(obj, named) or (_named_before(obj, named) if obj.lower_ in _PRONOUNS else "")
            if name:
                out.add(name)
    return out or _introduced(doc, named, lex)


def _introduced(doc: Doc, named: list[tuple[NameMention, str]], lex: PersonLexicon) -> set[str]:
    """A Q&A (:data:`_QUESTIONS` lines or more that are a question alone, "And the second?") that its introduction
    calls an interview (a word of interview_verbs.txt: "Interview by", "spoke with") and that names its subject
    otherwise ("X is a programme director at Y", "Z Review spoke with Foreign Minister X"): the first person named
    before its first question, not on its author's line ("Interview by X for Y", a byline)."""
    asked = [i for i, text in enumerate(words_of(doc).text) if text == "?" and _ends_line(doc, i)]
    if len(asked) < _QUESTIONS:
        return set()
    first = asked[0]
    while first > 0 and not is_newline(doc[first - 1]):
        first -= 1
    if not any(t.lemma_.lower() in lex.interview_verbs for t in doc[:first]):
        return set()  # an explainer's questions ("What does the plan say?"), not an interview
    for m, name in named:
        if m.start >= first:
            break
        if not m.byline and not _credited(doc, m.start):
            return {name}
    return set()


def _credited(doc: Doc, i: int) -> bool:
    """"Interview by X for Y Review": a "by" before token ``i`` on its line (the author's and publication's line)."""
    while i > 0 and not is_newline(doc[i - 1]):
        i -= 1
        if doc[i].lower_ == "by":
            return True
    return False


def _ends_line(doc: Doc, i: int) -> bool:
    """Token ``i`` closes its line (a newline or the end of the text follows, closing quotation marks between)."""
    j = i + 1
    while j < len(doc) and doc[j].is_punct and doc[j].text in _CLOSING:
        j += 1
    return j == len(doc) or is_newline(doc[j])


def _answering(doc: Doc, named: list[tuple[NameMention, str]]) -> set[str]:
    """The persons whose name opens a line and a colon follows, on :data:`_ANSWERS` lines or more ("Bellandi: It is
    ...", "Chiara Bellandi: ..."): the one a Q&A interview asks."""
    lines: dict[str, int] = {}
    for m, name in named:
        opens = m.start == 0 or is_newline(doc[m.start - 1])
        if opens and m.end < len(doc) and doc[m.end].text == ":" and not m.byline:
            lines[name] = lines.get(name, 0) + 1
    return {name for name, n in lines.items() if n >= _ANSWERS}


def _objects(verb: Token) -> list[Token]:
    """The verb's direct object and the object of its "with" / "to", with the names in apposition to them
    ("Tuvalu's foreign minister, X")."""
    heads = [t for t in verb.children if t.dep_ == "dobj"]
    heads += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in _OBJECT_PREPS
              for o in p.children if o.dep_ == "pobj"]
    return heads + [a for h in heads for a in h.children if a.dep_ == "appos"]


def _named_at(tok: Token, named: list[tuple[NameMention, str]]) -> str:
    return next((name for m, name in named if m.start <= tok.i < m.end), "")


def _named_before(pronoun: Token, named: list[tuple[NameMention, str]]) -> str:
    """"X has served as minister since 2018. We spoke to him": the person named last in the sentence before."""
    sent = sentence_of(pronoun)
    if sent.start == 0:
        return ""
    before = sentence_of(pronoun.doc[sent.start - 1])
    names = [name for m, name in named if before.start <= m.start < sent.start and not m.byline]
    return names[-1] if names else ""
