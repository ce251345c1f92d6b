"""Stage 2 helper for pipeline_policy: whether a sentence goes on about the document of the sentences before it."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ...corpus import published_date
from .ranks import ORDINALS
from .selves import titled_name

if TYPE_CHECKING:  # mentions.py imports this module
    from .mentions import Mention

# a headline: a first line without final punctuation that a blank line follows
_HEADLINE = re.compile(r"\s*[^\n]*[^\s.!?:;](?=[ \t]*\n[ \t]*\n)")
# "The first is to ensure ...", "The second goal is ...": the items of a list announced before ("four goals.")
_ORDINALS = "|".join(sorted(ORDINALS | {"final"}))
_ORDINAL_OPENER = re.compile(
    rf"^\W*the (?:{_ORDINALS}|next)\b"
    r"(?: (?:one|goal|task|priority|aim|objective|direction))?(?:, [^,.;:]{2,40},)? (?:is|are|will be)\b", re.I)


def headline_end(text: str) -> int:
    """Where the text's headline ends (0 when it has none). A headline names what the text reports; it lists no
    priorities of its own.

    ``headline_end("Berlin Adopts a Strategy\\n\\nBERLIN, 15 June — ...")`` -> 24.
    """
    m = _HEADLINE.match(text)
    return m.end() if m else 0



def opening_year(text: str) -> int | None:
    """The year of the date among the first lines after the headline (a dateline "TOKYO, 16 December 2022 — ..." or
    a date line; :func:`...corpus.published_date`), or None."""
    date = published_date(text[headline_end(text):], head_lines=_DATED_LINES)
    return int(date[:4]) if date else None


_DATED_LINES = 4  # the first lines of the text that may hold its date


# "The fifth objective, to preserve life on the planet, carries over ...", "The third pillar groups ...", "The first
# concerns ...": an ordinal item named by any noun or none, then its verb
_ORDINAL_ITEM = re.compile(
    rf"^\W*the (?:{_ORDINALS})\b(?: [a-z-]+)?"
    r"(?:, [^,.;:]{2,60},)? (?:is|are|will be|was|were|[a-z]+s)\b(?! of\b)", re.I)


def ordinal_opener(sent_text: str) -> bool:
    """Whether the sentence opens with an ordinal item of a list announced before ("The second is to ...", "The third
    pillar groups ...")."""
    return _ORDINAL_OPENER.match(sent_text) is not None or _ORDINAL_ITEM.match(sent_text) is not None


# an interviewer's question: a line that ends with a question mark ("Q: And the second?", "What about Asia?")
_QUESTION_LINE = re.compile(r"^[^\n]*\?[ \t]*$", re.M)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def interview_turns(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The (start, end) characters of the questions of an interview (lines that end with "?") and of the answers
    that follow them: from the next line to the next blank line ("Q: Your second priority?\n\nA: The Western
    Balkans. ...", or "And beyond the region?\nThe government calls ..."). An answer is the interviewee's, who
    speaks for the policy the text is about.

    ``interview_turns("Q: Why?\n\nA: Trade.\n\nEnd.")`` -> ``([(0, 7)], [(9, 18)])``.
    """
    questions, answers = [], []
    for q in _QUESTION_LINE.finditer(text):
        start = q.end() + len(text[q.end():]) - len(text[q.end():].lstrip())
        if start >= len(text) or _QUESTION_LINE.match(text, start):
            continue
        blank = _BLANK_LINE.search(text, start)
        questions.append((q.start(), q.end()))
        answers.append((start, blank.start() if blank else len(text)))
    return questions, answers


def paragraph_index(starts: list[int], char: int) -> int:
    """Index of the paragraph (``starts``: their start characters, ascending) holding character ``char``."""
    return bisect_right(starts, char) - 1


def speaker_of(doc: Doc, sent: Span) -> str:
    """Who states the sentence: the speaker of a quote in it ("She said the ministry would ..."), else a person
    that is its subject ("Battsetseg listed ..."); '' when neither."""
    for q in doc._.pipeline_quotes or []:
        if q.start < sent.end_char and sent.start_char < q.end and q.speaker:
            return str(q.speaker)
    persons = doc.spans["persons"] if "persons" in doc.spans else []
    subjects = {c.i for c in sent.root.children if c.dep_ == "nsubj"}
    return next((p.text for p in persons if subjects & set(range(p.start, p.end))), "")


def role_holder(doc: Doc, start: int) -> str:
    """The person whose role is the phrase at token ``start`` ("Hakan Fidan, Türkiye's new foreign minister, used his
    first day to ..."): the name the phrase stands in apposition to, '' when none."""
    head = doc[start]
    while head.dep_ in ("compound", "amod") and head.head.i > head.i:  # "foreign" -> "minister"
        head = head.head
    if head.dep_ != "appos":
        return ""
    persons = doc.spans["persons"] if "persons" in doc.spans else []
    return next((p.text for p in persons if p.start <= head.head.i < p.end), "")


def pronoun_speaker(sent: Span, speaker: str, person_nouns: frozenset[str] = frozenset()) -> str:
    """``speaker`` when the sentence's subject is "he" or "she" ("He named A and B as ..." after the speaker's
    statement) or a definite person noun of ``person_nouns`` ("The minister also pledged to ..."), else ''."""
    return speaker if any(c.dep_ == "nsubj" and (c.lower_ in ("he", "she") or _definite_person(c, person_nouns))
                          for c in sent.root.children) else ""


def _definite_person(tok: Token, person_nouns: frozenset[str]) -> bool:
    """"the minister", not "a minister", "the ministers" or "the minister of finance X" (one more name)."""
    return (tok.lower_ in person_nouns and tok.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and not any(c.dep_ in ("appos", "compound", "prep") for c in tok.children))


def statement_speaker(doc: Doc, sent: Span, person_nouns: frozenset[str] = frozenset()) -> str:
    """The person a statement's sentence names as its speaker: the one it quotes or has as subject
    (:func:`speaker_of`), else the name apposed to its subject ("The Minister of Foreign Affairs, Radosław Sikorski,
    presented ..."), else the only person it names ("... this year, Minister of Foreign Affairs Sok Chenda Sophea
    told the annual meeting"), else a subject named after a title of ``person_nouns`` that the recogniser missed
    ("King Mohammed VI used his speech to ..."); '' when none."""
    said = speaker_of(doc, sent)
    if said:
        return said
    persons = [p for p in doc.spans["persons"] if sent.start <= p.start < sent.end] if "persons" in doc.spans else []
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    apposed = {a.i for c in subjects for a in c.children if a.dep_ == "appos"}
    named = next((p.text for p in persons if apposed & set(range(p.start, p.end))), "")
    return named or (persons[0].text if len({p.text for p in persons}) == 1 else "") or next(
        (_name_text(c, person_nouns) for c in subjects if titled_name(c, person_nouns)), "")


def _name_text(tok: Token, person_nouns: frozenset[str]) -> str:
    """The name of a titled subject, without its title: "Mohammed VI" for "King Mohammed VI"."""
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i) if t.text[:1].isupper()
                    and t.lower_ not in person_nouns)


def same_speaker(a: str, b: str) -> bool:
    """Whether two names name one person: they share a capitalised word ("Battsetseg" / "Battsetseg Batmunkh")."""
    words_a = {w for w in a.split() if w[:1].isupper()}
    return bool(words_a & {w for w in b.split() if w[:1].isupper()})


_OLD = {"previous", "former", "old", "older", "earlier", "preceding", "prior", "outgoing"}
_LATER = {"next", "successor", "future"}  # "the next plan", "a successor strategy": a document not yet written


def local_document(mentions: list[Mention], sent: Span) -> bool:
    """Whether the sentence names a city's, a company's or a party's document (``Mention.local``: "The city's
    long-term Growth Strategy lists parks among its goals"): about that one, not the country's."""
    return any(m.local and sent.start <= m.start < sent.end for m in mentions)


def old_version(doc: Doc, start: int) -> bool:
    """Whether the document mention at token ``start`` names an earlier version ("The previous National Security
    Policy, issued in 2017, had focused on ...", "the old strategy's"): history, not the document's priorities; or a
    later one ("The next plan should carry fewer promises", "A successor strategy should concentrate on ..."): what
    someone wants of a document not yet written."""
    sent_start = doc[start].sent.start
    return any(t.lower_ in _OLD or t.lower_ in _LATER and t.head.i >= start  # not "X comes next: the plan wants"
               for t in doc[max(sent_start, start - 3):start])
