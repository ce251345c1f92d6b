"""Stage 2 helper: find personal names with evidence from the text.

The small NER model mislabels many names (as ORG, GPE, NORP); a capitalized run is taken
as a person when the text around it says so: an apposition with a role ("X, researcher at"),
a role or title before it ("Director X"), a verb of saying ("X noted"), "according to X",
or a byline line. :func:`find_mentions` returns the mentions; ``resolve.py`` links surnames,
initials and titled mentions to the full name.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .lexicon import PersonLexicon
from .roles import institution, role_after, role_before
from .tokens import (
    INITIAL,
    NAME_PARTICLES,
    NAME_WORD,
    NEWLINE,
    POSSESSIVE,
    Lines,
    droppable_start,
    skip_markup,
    token_spans,
    word_kinds,
)

_TAIL_LINES = 5
_CLOSING_MARKS = frozenset({"”", "\"", "»", "’", "'", "''"})
_OTHER_ENTS = frozenset({"NORP", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "LAW", "WORK_OF_ART", "EVENT"})


@dataclass(frozen=True, slots=True)
class NameMention:
    """A person mention (token range, titles stripped) and how sure we are."""

    start: int
    end: int
    words: tuple[str, ...]  # name words without initials and particles
    initials: str  # first letters of the initials ("R." -> "R")
    ner: bool
    strong: bool  # role/apposition/title evidence
    weak: bool  # speech verb, "according to", byline
    byline: bool = False

    @property
    def is_full(self) -> bool:
        return len(self.words) >= 2


def _runs(doc: Doc, kinds: list[int]) -> list[tuple[int, int]]:
    """Maximal runs of capitalized name words (with in-name hyphens and particles)."""
    name = [bool(kind & NAME_WORD) for kind in kinds]
    runs, n, done = [], len(doc), 0
    for i in (k for k, flag in enumerate(name) if flag):
        if i < done:
            continue
        j = i + 1
        while j < n:
            tok = doc[j]
            if name[j]:
                j += 1
            elif tok.text == "-" and not doc[j - 1].whitespace_ and not tok.whitespace_ and j + 1 < n \
                    and name[j + 1]:
                j += 2
            elif tok.lower_ in NAME_PARTICLES and j + 1 < n and name[j + 1]:
                j += 1
            else:
                break
        runs.append((i, j))
        done = j
    return runs


def _drop_leading_words(doc: Doc, start: int, end: int, lex: PersonLexicon, countries: list[Span | None]) -> int:
    while start < end:
        tok = doc[start]
        low = tok.lower_.rstrip(".")
        if (low in lex.titles or low in lex.role_words or low in lex.org_heads or countries[start] is not None
                or droppable_start(tok) or tok.lower_ in NAME_PARTICLES or tok.text == "-"):
            start += 1
        else:
            break
    return start


def _trim(doc: Doc, start: int, end: int, lex: PersonLexicon, countries: list[Span | None]) -> tuple[int, int]:
    """Drop leading titles, roles, demonyms, organizations and clause-initial non-names; trailing
    possessives ("PolitiFact Executive Director Aaron Sharockman" -> "Aaron Sharockman")."""
    moved = True
    while moved:
        before = start
        start = _drop_leading_words(doc, start, end, lex, countries)
        lead = doc[start] if start < end else None  # "Republican Donald Trump": a leading group or organization
        if lead is not None and lead.ent_type_ in _OTHER_ENTS and lead.ent_iob_ == "B":
            ent_end = start
            while ent_end < end and doc[ent_end].ent_type_ == lead.ent_type_ and (
                    ent_end == start or doc[ent_end].ent_iob_ == "I"):
                ent_end += 1
            if ent_end < end:
                start = ent_end
        moved = start != before
    while end - start > 1 and doc[end - 1].pos_ in ("VERB", "AUX"):  # headline "X Says", "X Is"
        end -= 1
    for k in (1, 2):  # "Minister of Transport Sherzod Usmonov": the portfolio is not the name
        if end - start - k >= 2:
            role = role_before(doc, start + k, lex)
            if role is not None and role.start <= start:  # "Media Coordinator Dane Lisser" too
                start += k
                break
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].text == "-"):
        end -= 1
    return start, end


def _speech_evidence(span: Span, lex: PersonLexicon) -> bool:
    root = span.root
    head = root.head
    if root.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in lex.speech_verbs:
        return True
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    doc = span.doc
    # "..., Nazarov explained." when the parser attaches the name elsewhere
    nxt = span.end
    while nxt < len(doc) and doc[nxt].pos_ in {"ADV", "AUX"}:
        nxt += 1
    if nxt < len(doc) and doc[nxt].pos_ == "VERB" and doc[nxt].lemma_.lower() in lex.speech_verbs:
        return True
    return span.start >= 2 and doc[span.start - 1].lower_ == "to" and doc[span.start - 2].lower_ == "according"


def _strong_evidence(doc: Doc, start: int, end: int, lex: PersonLexicon, countries: list[Span | None]) -> bool:
    single = end - start == 1
    if start > 0 and not (single and (end < len(doc) and doc[end].lower_ == "of" or doc[start].pos_ != "PROPN")):
        prev = doc[start - 1].lower_.rstrip(".")
        if prev in lex.titles or role_before(doc, start, lex) is not None:
            return True
    k = skip_markup(doc, end)
    if k < len(doc) and doc[k].text == ",":
        k += 1
        while k < len(doc) and doc[k].lower_ in {"a", "an", "the"}:
            k += 1
        if k < len(doc) and countries[k] is not None:
            k = countries[k].end
            if k < len(doc) and doc[k].text in POSSESSIVE:
                k += 1
        if k + 1 < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ in {"ADJ", "PROPN"} \
                and role_after(doc, k + 1, lex) is not None:
            return True  # "X, Kazakhstani political scientist"
        role = role_after(doc, k, lex) if k < len(doc) else None
        if role is not None and role.end < len(doc) and doc[role.end].pos_ == "PROPN" \
                and doc[role.end].text[:1].isupper():
            role = None  # "in Ohio, Senator Jim Vale said": a titled name begins, not an apposition
        if k < len(doc) and (role is not None
                             or (doc[k].lower_ == "who" and k + 1 < len(doc)
                                 and doc[k + 1].lower_ in lex.head_verb_roles
                                 and institution(doc, k + 2, lex, countries) is not None)):
            return True
    return False


def _byline(doc: Doc, start: int, end: int, lines: Lines) -> bool:
    line_start, line_end = lines.line(start)
    if line_start + 1 == start and end == line_end:  # "By Name" (only then is the line's first word read)
        first = next((t for t in doc[line_start:line_end] if not t.is_space), None)
        if first is not None and first.lower_ == "by":
            return True
    if (line_start, line_end) != (start, end):
        return False
    return lines.lines_after(line_end) < _TAIL_LINES


def _headline(doc: Doc, i: int, lines: Lines, seen: dict[tuple[int, int], bool]) -> bool:
    """Whether token i is on a title-case headline (the first line, or a Markdown heading).

    The answer depends on the line only, so it is worked out once per line and kept in ``seen``
    (a long one-line text would otherwise be read again for every name on it).
    """
    line = lines.line(i)
    if line not in seen:
        seen[line] = _headline_line(doc, *line, lines.first)
    return seen[line]


def _headline_line(doc: Doc, line_start: int, line_end: int, first: int) -> bool:
    """Whether the tokens line_start:line_end are a title-case headline (see :func:`_headline`)."""
    if not (line_start <= first < line_end or doc[line_start].text.startswith("#")):
        return False
    words = [t for t in doc[line_start:line_end] if t.is_alpha and len(t) > 3]
    last = doc[line_end - 1].text if line_end > line_start else ""
    # a first line with text after it may end in a period when every long word is capitalised
    # ("Clinton Plan for Taxes Is Expansive but Complex.")
    titled = last == "." and line_start <= first < line_end < len(doc)
    if len(words) < 3 or len(words) > 16 or last in {";", ":", ","} or last == "." and not titled:
        return False
    if last in _CLOSING_MARKS and line_end - line_start > 1 and doc[line_end - 2].text in {".", "!", "?"} \
            and any(t.text in {",", ":"} for t in doc[line_start:line_end]):
        return False  # a sentence that ends in a quotation ("X, Chairman, said: “… investors.”"), not a title
    share = sum(1 for t in words if t.text[:1].isupper()) / len(words)
    return share >= (1.0 if last == "." else 0.6)


def find_mentions(doc: Doc, lex: PersonLexicon, countries: list[Span], orgs: list[Span]) -> list[NameMention]:
    """Candidate person names with their evidence (not yet filtered), in text order."""
    n = len(doc)
    c_cover = token_spans(countries, n)
    o_cover = token_spans(orgs, n)
    person_ents = [e for e in doc.ents if e.label_ == "PERSON"]
    ner_cover = token_spans(person_ents, n)
    kinds = word_kinds(doc)
    lines = Lines.of(doc, kinds)
    headlines: dict[tuple[int, int], bool] = {}
    ranges = set()
    for start, end in _runs(doc, kinds):
        ranges.add(_trim(doc, start, end, lex, c_cover))
    for ent in person_ents:
        start = ent.start
        for i in range(ent.start, ent.end + 1):  # an entity never crosses a line break
            if i == ent.end or kinds[i] & NEWLINE:
                ranges.add(_trim(doc, start, i, lex, c_cover))
                start = i + 1
    mentions, taken = [], [False] * n
    for start, end in sorted(ranges, key=lambda r: (r[0], -(r[1] - r[0]))):
        if start >= end or any(taken[start:end]):
            continue
        toks = doc[start:end]
        if any(c_cover[i] is not None for i in range(start, end)):
            continue
        if any(t.lower_ in lex.org_heads or t.lower_ in lex.titles for t in toks):
            continue
        words = tuple(t.text for t in toks if kinds[t.i] & (NAME_WORD | INITIAL) == NAME_WORD)
        if not words or len(words) > 4 or all(w.lower() in lex.role_words for w in words):
            continue
        if end - start == 1 and toks[0].tag_ == "NNPS" and toks[0].ent_type_ == "NORP":
            continue  # "her fellow Democrats": a group, not a surname
        initials = "".join(t.text[0] for t in toks if kinds[t.i] & INITIAL)
        org = next((o_cover[i] for i in range(start, end) if o_cover[i] is not None), None)
        strong = _strong_evidence(doc, start, end, lex, c_cover)
        if not strong and (toks[-1].lower_ in lex.place_words or (
                start > 0 and doc[start - 1].lower_ == "the" and (end - start > 1 or not toks[0].ent_type_))):
            continue  # "Midway Atoll", "the Beige Book said": a place or a thing, not a person
        ner = any(ner_cover[i] is not None for i in range(start, end))
        if org is not None and not strong:
            ner = False  # an organization's name, or part of one
        headline = _headline(doc, start, lines, headlines)
        if headline:
            strong = ner = False  # title case says nothing; such mentions only resolve to names found elsewhere
        byline = _byline(doc, start, end, lines) and len(words) >= 2
        # "Wells Fargo said": the NER knows better than a verb of saying
        weak = not headline and (byline or ((ner or not any(t.ent_type_ in _OTHER_ENTS for t in toks))
                                            and _speech_evidence(toks, lex)))
        mentions.append(NameMention(start, end, words, initials, ner, strong, weak, byline))
        for i in range(start, end):
            taken[i] = True
    return mentions
