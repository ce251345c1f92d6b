"""Stage 2 helper: find personal names with evidence from the text.

The small NER model mislabels many names (as ORG, GPE, NORP); a capitalized run is taken
as a person when the text around it says so: an apposition with a role ("X, researcher at"),
a role or title before it ("Director X"), a verb of saying ("X noted"), "according to X",
or a byline line. :func:`find_mentions` returns the mentions; ``resolve.py`` links surnames,
initials and titled mentions to the full name.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from spacy.tokens import Doc, Span

from ..tokens import (
    IOB_BEGIN,
    IOB_INSIDE,
    entity_ranges,
    flags,
    span_text,
    token_hashes,
    token_spaces,
    token_table,
    word_ids,
)
from .bodies import bodies
from .lexicon import PersonLexicon
from .roles import Found, institution, lower_case_body, role_after_in, role_before_in
from .tokens import (
    INITIAL,
    NAME_PARTICLES,
    NAME_WORD,
    NEWLINE,
    POSSESSIVE,
    Lines,
    Words,
    covered,
    droppable_at,
    kind_array,
    skip_markup_in,
    token_spans,
    words_of,
)

_TAIL_LINES = 5
_NOTE_VERBS = frozenset({"is", "was"})  # "X is a researcher at Y." closing the text: its author
_CLOSING_MARKS = frozenset({"”", "\"", "»", "’", "'", "''"})
_OTHER_ENTS = frozenset({"NORP", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "LAW", "WORK_OF_ART", "EVENT"})
_LOCATIVE = frozenset({"in", "from", "at", "to"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_APPOSITION_OPENERS = frozenset({"a", "an", "the", "then", "now", "currently"})
_DESCRIPTOR_WORDS = 2  # "of the Bogotá consultancy Y", "of the Lima think tank Y"
_ROOT_DEPS = word_ids(["nsubj", "nsubjpass", "pobj"])


class NameMention(NamedTuple):
    """A person mention (token range, titles stripped) and how sure we are (a NamedTuple: made ~40 times per
    document, cheaper than a frozen dataclass)."""

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


def _runs(doc: Doc, w: Words, kinds: np.ndarray) -> list[tuple[int, int]]:
    """Maximal runs of capitalized name words (with in-name hyphens and particles); ``kinds``: :func:`kind_array`."""
    named = (kinds & NAME_WORD).astype(bool)
    name = named.tolist()
    text, lower = w.text, w.lower
    runs, n, done = [], len(text), 0
    for i in named.nonzero()[0].tolist():
        if i < done:
            continue
        j = i + 1
        while j < n:
            if name[j]:
                j += 1
            elif text[j] == "-" and j + 1 < n and name[j + 1] and _glued_hyphen(doc, j):
                j += 2
            elif lower[j] in NAME_PARTICLES and j + 1 < n and name[j + 1]:
                j += 1
            elif lower[j] in NAME_PARTICLES and j + 2 < n and lower[j + 1] in NAME_PARTICLES and name[j + 2]:
                j += 2  # "Ursula von der Leyen", "Rafael van der Vaart"
            else:
                break
        runs.append((i, j))
        done = j
    return runs


def _glued_hyphen(doc: Doc, j: int) -> bool:
    """Whether the hyphen at ``j`` has no space on either side ("O'Neill-Kotyukova")."""
    return not doc[j - 1].whitespace_ and not doc[j].whitespace_


def _particle_opens_name(w: Words, start: int, end: int) -> bool:
    """A capitalized particle followed by two name words is the name's first word ("Le Hai Binh")."""
    return w.text[start][:1].isupper() and end - start >= 3 and not droppable_at(w, start)


def _drop_leading_words(w: Words, start: int, end: int, lex: PersonLexicon, countries: list[Span | None]) -> int:
    text, lower = w.text, w.lower
    while start < end:
        low = lower[start].rstrip(".")
        if (low in lex.titles or low in lex.role_words or low in lex.org_heads or countries[start] is not None
                or lower[start] in NAME_PARTICLES and not _particle_opens_name(w, start, end)
                or text[start] == "-" or droppable_at(w, start)):
            start += 1
        else:
            break
    return start


def _trim(doc: Doc, w: Words, start: int, end: int, lex: PersonLexicon,
          countries: list[Span | None]) -> tuple[int, int]:
    """Drop leading titles, roles, demonyms, organizations and clause-initial non-names; trailing
    possessives ("PolitiFact Executive Director Aaron Sharockman" -> "Aaron Sharockman")."""
    ent_type, ent_iob = w.ent_type, w.ent_iob
    moved = True
    while moved:
        before = start
        start = _drop_leading_words(w, start, end, lex, countries)
        # "Republican Donald Trump": a leading group or organization
        if start < end and ent_type[start] in _OTHER_ENTS and ent_iob[start] == IOB_BEGIN:
            ent_end = start
            while ent_end < end and ent_type[ent_end] == ent_type[start] and (
                    ent_end == start or ent_iob[ent_end] == IOB_INSIDE):
                ent_end += 1
            if ent_end < end:
                start = ent_end
        moved = start != before
    pos, text = w.pos, w.text
    while end - start > 1 and pos[end - 1] in ("VERB", "AUX"):  # headline "X Says", "X Is"
        end -= 1
    for k in (1, 2):  # "Minister of Transport Sherzod Usmonov": the portfolio is not the name
        if end - start - k >= 2:
            role = role_before_in(w, start + k, lex)
            if role is not None and role.start <= start:  # "Media Coordinator Dane Lisser" too
                start += k
                break
    while end > start and (text[end - 1] in POSSESSIVE or text[end - 1] == "-"):
        end -= 1
    return start, end


def _speech_evidence(doc: Doc, w: Words, start: int, end: int, lex: PersonLexicon, rootable: list[bool]) -> bool:
    """A verb of saying with the name as its subject ("Nazarov explained"), or "according to" the name.

    ``rootable``: per token, whether its dependency is one the parse tests below need of the span's root
    (nsubj, nsubjpass, pobj); a span with none of them is decided without finding its root.
    """
    pos, lower = w.pos, w.lower
    if start >= 2 and lower[start - 1] == "to" and lower[start - 2] == "according":
        return True
    # "..., Nazarov explained." when the parser attaches the name elsewhere
    nxt = end
    while nxt < len(doc) and pos[nxt] in {"ADV", "AUX"}:
        nxt += 1
    if nxt < len(doc) and pos[nxt] == "VERB" and \
            doc.vocab.strings[token_hashes(doc, "lemma")[nxt]].lower() in lex.speech_verbs:
        return True
    if not any(rootable[start:end]):
        return False
    root = doc[start:end].root
    head = root.head
    if root.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in lex.speech_verbs:
        return True
    return root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def _named_speaker(doc: Doc, w: Words, start: int, end: int, lex: PersonLexicon, rootable: list[bool],
                   ner_cover: list[bool]) -> bool:
    """A first name and a surname that is also a place word ("Mark Hill said"): the NER reads every word as a
    person's and the name is the subject of a verb of saying."""
    return end - start >= 2 and all(ner_cover[start:end]) and _speech_evidence(doc, w, start, end, lex, rootable)


def _rootable(doc: Doc) -> list[bool]:
    """Per token, whether its dependency is nsubj, nsubjpass or pobj (see :func:`_speech_evidence`)."""
    return flags(len(doc), token_table(doc).having("dep", _ROOT_DEPS))


def _abbreviated_title(w: Words, start: int, lex: PersonLexicon) -> bool:
    """A title abbreviation whose period the tokenizer split off right before the name ("Const. Mark Hill",
    "Sgt. Ann Lee")."""
    return start >= 2 and w.text[start - 1] == "." and w.lower[start - 2] in lex.titles


def _strong_evidence(doc: Doc, w: Words, start: int, end: int, lex: PersonLexicon,
                     countries: list[Span | None]) -> bool:
    text, lower, pos = w.text, w.lower, w.pos
    n, single = len(text), end - start == 1
    if start > 0 and not (single and (end < n and lower[end] == "of" or pos[start] != "PROPN")):
        prev = lower[start - 1].rstrip(".")
        if prev in lex.titles or role_before_in(w, start, lex) is not None or _abbreviated_title(w, start, lex):
            return True
    if not single and _apposed_to_role(doc, w, start, end, lex):
        return True
    k = skip_markup_in(w, end)
    if k < n and text[k] == ",":
        k += 1
        while k < n and lower[k] in _APPOSITION_OPENERS:  # "X, the ...", "X, then chairperson of Y"
            k += 1
        if k < n and countries[k] is not None:
            k = countries[k].end
            if k < n and text[k] in POSSESSIVE:
                k += 1
        if k + 1 < n and text[k][:1].isupper() and pos[k] in {"ADJ", "PROPN"} \
                and role_after_in(w, k + 1, lex) is not None:
            return True  # "X, Kazakhstani political scientist"
        role = role_after_in(w, k, lex) if k < n else None
        if role is not None and role.end < n and pos[role.end] == "PROPN" and text[role.end][:1].isupper():
            role = None  # "in Ohio, Senator Jim Vale said": a titled name begins, not an apposition
        if role is not None and _interrupting_cue(doc, w, role.end, lex):
            role = None  # "Europe, the minister insisted, must pay more": the role speaks, X opens the content
        if k < n and (role is not None
                      or (lower[k] == "who" and k + 1 < n and lower[k + 1] in lex.head_verb_roles
                          and (institution(doc, k + 2, lex, countries) or lower_case_body(doc, k + 2, lex))
                          is not None)):
            return True
    return False


def _interrupting_cue(doc: Doc, w: Words, k: int, lex: PersonLexicon) -> bool:
    """A verb of saying at ``k`` and a comma after it: the role before it is the subject of an attribution that
    interrupts a sentence ("Europe, the minister insisted, must ..."), not an apposition of the name before."""
    return k + 1 < len(w.text) and w.text[k + 1] == "," \
        and doc.vocab.strings[w.lemma[k]].lower() in lex.speech_verbs


def _of_organization(w: Words, start: int, end: int, orgs: list[Span | None]) -> bool:
    """"Radek Šimánek of the Morava Institute said": a name of two words or more, then "of"/"from" and an organization
    the organization ruler knows (a name the NER may read as something else), also after what places or describes it
    ("of the Johannesburg-based Y", "of the Bogotá consultancy Y": :func:`_past_descriptor`)."""
    k = end + 1 + (end + 1 < len(w.lower) and w.lower[end + 1] == "the")
    if end - start < 2 or end >= len(w.lower) or w.lower[end] not in {"of", "from"} or k >= len(orgs):
        return False
    org = orgs[k] or orgs[_past_descriptor(w, k)]
    return org is not None and org.start >= end


def _past_descriptor(w: Words, k: int) -> int:
    """The token after a "<place>-based" or a place and a lower-case noun of what kind of body follows at ``k``
    ("Johannesburg-based", "Bogotá consultancy"), else ``k``."""
    n = len(w.text)
    if k + 3 < n and w.text[k + 1] == "-" and w.lower[k + 2] == "based":
        return k + 3
    j = k + (w.ent_type[k] in _PLACE_ENTS)
    while j < n - 1 and j - k <= _DESCRIPTOR_WORDS and w.is_lower[j] and w.pos[j] in {"NOUN", "ADJ"}:
        j += 1
    return j if j > k and w.is_lower[j - 1] and w.cap[j] else k


def _apposed_to_role(doc: Doc, w: Words, start: int, end: int, lex: PersonLexicon) -> bool:
    """"Its director, Lucie Marchal, said", "The company's chief executive, Ana Roos,": a role and a comma
    before the name, which the parse attaches to the role's head noun as an apposition (the NER may read
    such a name as an organization)."""
    if start < 2 or w.text[start - 1] != ",":
        return False
    role = role_before_in(w, start - 1, lex)
    root = doc[start:end].root
    if role is not None:
        # ("The Minister of Trade, Fatou Jallow-Baldeh,": the parse may hang the name on the role's head noun)
        return root.dep_ == "appos" and role.start <= root.head.i < role.end or _speaks_after(doc, w, end, lex)
    role = _role_before_complement(w, start - 1, lex)
    closed = end < len(w.text) and w.text[end] == ","
    return role is not None and closed and (root.dep_ == "appos" and role.start <= root.head.i < start - 1
                                            or _speaks_after(doc, w, end, lex))


def _speaks_after(doc: Doc, w: Words, end: int, lex: PersonLexicon) -> bool:
    """"The mayor of Lisbon, X, told reporters", "A member of the opposition, X, argued": a comma closes the name at
    ``end`` and a verb of saying follows it (adverbs between), so the name is the apposed role's holder and the
    speaker, whatever the parse made of it (it often reads the name as the verb's subject)."""
    if end >= len(w.text) or w.text[end] != ",":
        return False
    k = end + 1
    while k < len(w.text) and w.pos[k] == "ADV":
        k += 1
    return k < len(w.text) and w.pos[k] == "VERB" and doc.vocab.strings[w.lemma[k]].lower() in lex.speech_verbs


_COMPLEMENT_PREPS = frozenset({"in", "of", "for", "at"})
_COMPLEMENT_LINKS = frozenset({"and", "the", "&"})
_COMPLEMENT_WORDS = 7  # "of Regional Development and EU Funds"
_COMPLEMENT_TAGS = frozenset({"NOUN", "ADJ", "PROPN"})  # a lower-case complement: "of the opposition"


def _role_before_complement(w: Words, comma: int, lex: PersonLexicon) -> Found | None:
    """"The French ambassador in Wellington, X,", "The Minister of Regional Development and EU Funds, X,", "A member
    of the opposition, X,": a role whose complement (a preposition and capitalized words, or nouns and adjectives in
    lower case, "and" / "the" among them; lower-case ones may chain prepositions: "for labour mobility at the
    ministry") runs up to the comma at ``comma``; the role, else None."""
    lower_words = False
    for p in range(comma - 1, max(0, comma - _COMPLEMENT_WORDS - 2), -1):
        low = w.lower[p]
        if low in _COMPLEMENT_PREPS and w.is_lower[p]:
            role = role_before_in(w, p, lex) if p < comma - 1 else None
            if role is not None or not lower_words:
                return role
            continue  # "the assistant chief executive for labour mobility at the ministry, X,"
        if w.is_lower[p] and w.is_alpha[p] and w.pos[p] in _COMPLEMENT_TAGS:
            lower_words = True
        elif not (w.text[p][:1].isupper() and w.is_alpha[p] or low in _COMPLEMENT_LINKS):
            return None
    return None


def _byline(doc: Doc, start: int, end: int, lines: Lines) -> bool:
    """The author's line: "By Name", "By Name, economist at the Y Forum, Phnom Penh", a name alone on one of the last
    lines, or an author's note closing the text (:func:`_author_note`)."""
    line_start, line_end = lines.line(start)
    if line_start + 1 == start and (end == line_end or doc[end].text == ","):  # (only then is the first word read)
        if _by_line(doc, line_start, line_end):
            return True
    if line_start == start and end < line_end:
        return _author_note(doc, start, end, lines)
    if (line_start, line_end) != (start, end):
        return False
    return lines.lines_after(line_end) < _TAIL_LINES


def _by_line(doc: Doc, line_start: int, line_end: int) -> bool:
    """The line's first word is "By"."""
    first = next((t for t in doc[line_start:line_end] if not t.is_space), None)
    return first is not None and first.lower_ == "by"


def _author_note(doc: Doc, start: int, end: int, lines: Lines) -> bool:
    """"Kavita Raghunathan is a trade economist at the Y Institute." as the text's last line: a note on its author, when
    the name's last word is written nowhere else but on a "By" line."""
    line_start, line_end = lines.line(start)
    if lines.lines_after(line_end) or doc[end].lower_ not in _NOTE_VERBS:
        return False
    surname = doc[end - 1].text
    return all(lines.line(t.i) == (line_start, line_end) or _by_line(doc, *lines.line(t.i))
               for t in doc if t.text == surname)


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
    w = words_of(doc)
    text = w.text
    if not (line_start <= first < line_end or text[line_start].startswith("#")):
        return False
    words = [text[i] for i in range(line_start, line_end) if w.is_alpha[i] and len(text[i]) > 3]
    last = text[line_end - 1] if line_end > line_start else ""
    # a first line with text after it may end in a period when every long word is capitalised
    # ("Clinton Plan for Taxes Is Expansive but Complex.")
    titled = last == "." and line_start <= first < line_end < len(doc)
    if len(words) < 3 or len(words) > 16 or last in {";", ":", ","} or last == "." and not titled:
        return False
    if last in _CLOSING_MARKS and line_end - line_start > 1 and text[line_end - 2] in {".", "!", "?"} \
            and any(text[i] in {",", ":"} for i in range(line_start, line_end)):
        return False  # a sentence that ends in a quotation ("X, Chairman, said: “… investors.”"), not a title
    share = sum(1 for word in words if word[:1].isupper()) / len(words)
    return share >= (1.0 if last == "." else 0.6)


def _candidate_ranges(doc: Doc, w: Words, marks: np.ndarray, persons: list[tuple[int, int]], lex: PersonLexicon,
                      c_cover: list[Span | None]) -> set[tuple[int, int]]:
    """The trimmed capitalised runs and PERSON entities (split at line breaks): the candidate names
    (``marks``: :func:`kind_array`)."""
    found = set(_runs(doc, w, marks))
    newlines = set((marks & NEWLINE).nonzero()[0].tolist())
    for ent_start, ent_end in persons:
        start = ent_start
        for i in range(ent_start, ent_end + 1):  # an entity never crosses a line break
            if i == ent_end or i in newlines:
                found.add((start, i))
                start = i + 1
    return {_trim(doc, w, start, end, lex, c_cover) for start, end in found}  # most entities are runs too


def _titles_of(lowers: list[str], lex: PersonLexicon) -> list[str]:
    """The words of a range that count as titles: all but the ones that are also name words between two others."""
    return [low for k, low in enumerate(lowers)
            if not (0 < k < len(lowers) - 1 and low in lex.name_titles)]


def _not_a_name(doc: Doc, w: Words, start: int, end: int, lex: PersonLexicon, words: tuple[str, ...]) -> bool:
    """A range that names no person whatever the evidence: an organization head or title inside, no name word,
    more than four, only role words, or a plural demonym ("her fellow Democrats")."""
    lowers = w.lower[start:end]
    if not lex.org_heads.isdisjoint(lowers) or not lex.titles.isdisjoint(_titles_of(lowers, lex)):
        return True
    if span_text(doc, start, end) in lex.party_names:
        return True  # "Fianna Fáil councillor X", "(Lib Dem)": a party
    if end - start == 1 and start > 0 and w.lower[start - 1] in _LOCATIVE and w.ent_type[start] in _PLACE_ENTS:
        return True  # "In Brussels, a spokesperson for ... said": a place
    if w.text[start] == "-" or (start > 1 and w.text[start - 1] == "-" and not token_spaces(doc)[start - 2]
                                and not token_spaces(doc)[start - 1]):
        return True  # "coordinator for the Indo-Pacific": the end of a hyphenated word
    if not words or len(words) > 4 or all(word.lower() in lex.role_words for word in words):
        return True
    return end - start == 1 and w.ent_type[start] == "NORP" and doc[start].tag_ == "NNPS"  # (a rare test: one Token)


_FIRM_MODIFIERS = 4  # "a privately owned Liechtenstein optics firm"
_MODIFIER_TAGS = frozenset({"ADJ", "NOUN", "PROPN", "VERB", "ADV"})


def _firm_apposed(w: Words, end: int, lex: PersonLexicon) -> bool:
    """"Seri Capital, an asset manager based in ...", "Rheintal Optronik, a maker of precision optics": an apposition
    with "a" / "an" after the name whose noun is a kind of firm (``firm_kinds``, closing the noun phrase: not "a
    company director"), so the name is a company's. Role words before it keep the name a person's ("a former bank
    manager")."""
    n = len(w.text)
    k = skip_markup_in(w, end)
    if not (k + 2 < n and w.text[k] == "," and w.lower[k + 1] in {"a", "an"}):
        return False
    for j in range(k + 2, min(n, k + 3 + _FIRM_MODIFIERS)):
        if w.pos[j] not in _MODIFIER_TAGS and w.text[j] != "-":
            return False
        pair = f"{w.lower[j - 1]} {w.lower[j]}"
        if w.lower[j] in lex.firm_kinds or pair in lex.firm_kinds:
            return j + 1 >= n or not (w.is_lower[j + 1] and w.pos[j + 1] == "NOUN")
        if w.lower[j] in lex.role_words and pair not in lex.firm_kinds and j + 1 < n \
                and f"{w.lower[j]} {w.lower[j + 1]}" not in lex.firm_kinds:
            return False
    return False


def find_mentions(doc: Doc, lex: PersonLexicon, countries: list[Span], orgs: list[Span]) -> list[NameMention]:
    """Candidate person names with their evidence (not yet filtered), in text order."""
    n = len(doc)
    c_cover = token_spans(countries, n)
    o_cover = token_spans(orgs, n)
    w = words_of(doc)
    persons = entity_ranges(doc, "PERSON")
    ner_cover = [False] * n
    for start, end in persons:
        ner_cover[start:end] = [True] * (end - start)
    marks = kind_array(doc)
    kinds = marks.tolist()
    lines = Lines.of(doc, marks)
    rootable = _rootable(doc)
    text, lower, ent_type = w.text, w.lower, w.ent_type
    headlines: dict[tuple[int, int], bool] = {}
    ranges = _candidate_ranges(doc, w, marks, persons, lex, c_cover)
    named_bodies = covered(bodies(doc, lex, orgs, countries, [], for_names=True), n)
    mentions, taken = [], [False] * n
    firms: set[str] = set()  # names an apposition calls a firm: none of their mentions is a person's
    for start, end in sorted(ranges, key=lambda r: (r[0], -(r[1] - r[0]))):
        if start >= end or any(taken[start:end]):
            continue
        if c_cover[start:end].count(None) != end - start:
            continue
        words = tuple(text[i] for i in range(start, end) if kinds[i] & (NAME_WORD | INITIAL) == NAME_WORD)
        if _not_a_name(doc, w, start, end, lex, words):
            continue
        if _firm_apposed(w, end, lex):
            firms.add(span_text(doc, start, end))
            continue
        initials = "".join(text[i][0] for i in range(start, end) if kinds[i] & INITIAL)
        org = next((o_cover[i] for i in range(start, end) if o_cover[i] is not None), None)
        strong = _strong_evidence(doc, w, start, end, lex, c_cover) or _of_organization(w, start, end, o_cover)
        if not strong and any(named_bodies[start:end]):
            continue  # "The carrier, Tolland Ferries, said", "Verrin Textiles said" after "Verrin Textiles Ltd"
        ner = any(ner_cover[start:end])
        if not strong and (lower[end - 1] in lex.place_words and not _named_speaker(doc, w, start, end, lex,
                                                                                  rootable, ner_cover)
                           or (start > 0 and lower[start - 1] == "the" and (end - start > 1 or not ent_type[start]))):
            continue  # "Midway Atoll", "the Beige Book said": a place or a thing, not a person
        if org is not None and not strong:
            ner = False  # an organization's name, or part of one
        headline = _headline(doc, start, lines, headlines)
        if headline:
            strong = ner = False  # title case says nothing; such mentions only resolve to names found elsewhere
        byline = _byline(doc, start, end, lines) and len(words) >= 2
        # "Wells Fargo said": the NER knows better than a verb of saying
        weak = not headline and (byline or ((ner or _OTHER_ENTS.isdisjoint(ent_type[start:end]))
                                            and _speech_evidence(doc, w, start, end, lex, rootable)))
        mentions.append(NameMention(start, end, words, initials, ner, strong, weak, byline))
        taken[start:end] = [True] * (end - start)
    return [m for m in mentions if span_text(doc, m.start, m.end) not in firms] if firms else mentions
