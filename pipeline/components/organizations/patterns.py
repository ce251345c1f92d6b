"""Stage 2 helper for pipeline_org_ruler: organization names found by their head noun.

A name is a run of capitalized words around an organization noun (Institute,
University, Ministry, Council, ...), continued to the right by prepositional
complements of capitalized words ("of/for/under/on [the] X"), e.g.
"Institute for Strategic and Regional Studies under the President of the
Republic of Uzbekistan" or "Kazan Federal University". Names in other languages open with their head and
join their complements with other words ("Instituto Caribeño de Políticas Públicas", ``opening_heads.txt`` and
``name_links.txt``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..tokens import IOB_BEGIN, IOB_INSIDE, Words, span_text
from .lexicon import OrgLexicon
from .tokens import positions, word_ids, words_of

# Sources of candidates, in order of preference when two give the same span.
ALIAS, DEFINED, HEAD, NER, CONTEXT = 0, 1, 2, 3, 4

_TREATY_LINKS = frozenset({"of", "on"})  # "Compact of Free Association", "Treaty on Open Skies"
_PREPS = frozenset({"of", "for", "under", "on"})
_AND = frozenset({"and", "&"})
_APOSTROPHES = frozenset({"'", "\u2019"})
_ELIDED = frozenset({"d", "l"})  # "d'", "l'": French, Italian
_POSSESSIVES = frozenset({"'s", "\u2019s"})
_NOT_NAME_ENTS = frozenset({"DATE", "TIME"})
_NOT_PORTFOLIO_ENTS = frozenset({"GPE", "LOC", "PERSON", "NORP"})
_LOCAL = word_ids({"Local"})  # a trade union's branch: "CUPE Local 38"
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "ADV", "PART", "NUM"})
_IOB_IN_ENTITY = frozenset({IOB_INSIDE, IOB_BEGIN})


@dataclass(frozen=True, slots=True)
class OrgCandidate:
    """A token span ``[start, end)`` that names an organization, with its canonical key."""

    start: int
    end: int
    key: str
    source: int

    def __len__(self) -> int:
        return self.end - self.start


def is_cap(doc: Doc, i: int) -> bool:
    """Token ``i`` is a capitalized word (``Institute``, ``HSE``, ``U.N.``)."""
    return words_of(doc).cap[i]


def word_end(doc: Doc, i: int, limit: int) -> int:
    """End of the word at ``i`` including attached hyphen parts ("Co-operation")."""
    return _word_end(words_of(doc), i, limit)


def _word_end(w: Words, i: int, limit: int) -> int:
    text, space, alpha = w.text, w.space, w.is_alpha
    j = i + 1
    while j + 1 < limit and text[j] == "-" and not space[j - 1] and not space[j] and alpha[j + 1]:
        j += 2
    return j


def _is_document_word(w: Words, i: int, lex: OrgLexicon) -> bool:
    """A capitalized document/event noun ("Treaty", "Concept", "Summit"); "Policy" is a name word."""
    text = w.text[i]
    return text in lex.non_org_heads and text not in lex.inner_words and w.cap[i]


def _name_word(w: Words, i: int, lex: OrgLexicon) -> bool:
    if w.ent_type[i] in _NOT_NAME_ENTS:
        return False  # "the Ministry of Foreign Affairs on Friday"
    if not w.cap[i]:
        return _elided_name(w.text[i])
    return w.pos[i] not in {"VERB", "AUX"} and not _is_document_word(w, i, lex)


def _elided_name(text: str) -> bool:
    """A capitalized word behind an elided article or preposition, one token in another language's name:
    "d'Abomey" of "Université d'Abomey-Calavi", "d'Analyse" of "Centre Gabonais d'Analyse Économique"."""
    return len(text) > 2 and text[1] in _APOSTROPHES and text[0] in _ELIDED and text[2].isupper()


def _cap_run_has_head(w: Words, i: int, limit: int, lex: OrgLexicon) -> bool:
    while i < limit and w.cap[i]:
        if w.text[i] in lex.heads:
            return True
        i = _word_end(w, i, limit)
    return False


def _linked(w: Words, pos: int, limit: int, lex: OrgLexicon) -> int | None:
    """The first word of the complement a preposition at ``pos`` opens, past its articles ("of the X",
    "de la X", "para o X"); None when ``pos`` holds no preposition."""
    lower = w.lower
    if not (w.text[pos] in _PREPS or lower[pos] in lex.name_links):
        return None
    q = pos + 1
    while q < limit and q - pos <= 2 and (lower[q] == "the" or lower[q] in lex.name_links):
        q += 1
    return q


def complement_end(doc: Doc, q: int, limit: int, lex: OrgLexicon) -> int | None:
    """End of the capitalized complement starting at ``q`` ("General History of the Russian Academy")."""
    w = words_of(doc)
    if q >= limit or not _name_word(w, q, lex):
        return None
    before_stretch: int | None = None  # end of the complement before its last "of/for/on [the] X" stretch
    end = pos = _word_end(w, q, limit)
    while pos < limit:
        if _name_word(w, pos, lex):
            end = pos = _word_end(w, pos, limit)
        elif w.lower[pos] in _AND and pos + 1 < limit and _name_word(w, pos + 1, lex):
            if _cap_run_has_head(w, pos + 1, limit, lex) or w.ent_iob[pos + 1] == IOB_BEGIN:
                break  # "... and Kazan Federal University", "... and Chatham House": a second name
            pos += 1
        elif _possessor_inside(w, pos, limit, lex):
            end = pos = _word_end(w, pos + 1, limit)  # "National Assembly of People's Power"
        elif w.text[pos] == "," and _serial_list(w, pos, limit, lex):
            pos += 1  # "Ministry of Planning, Investment and Economic Development"
        elif (q2 := _linked(w, pos, limit, lex)) is not None:
            if q2 < limit and _name_word(w, q2, lex):
                before_stretch, pos = end, q2
            else:
                break
        else:
            break
    if pos == end and pos < limit and _is_document_word(w, pos, lex):
        return before_stretch  # "Security Council on the Iran Nuclear Agreement": the stretch names a document
    return end


def _possessor_inside(w: Words, pos: int, limit: int, lex: OrgLexicon) -> bool:
    """The "'s" at ``pos`` (or the "'" of a plural) joins a people's word of ``possessor_words.txt`` to the name word
    after it, inside one name ("Assembly of People's Power", "Congress of the Workers' Party"); any other owner ends
    the name ("Council of Europe's Committee")."""
    owner = pos > 0 and not w.space[pos - 1] and w.text[pos - 1] in lex.possessor_words
    plural = w.text[pos] in _APOSTROPHES and w.text[pos - 1].endswith("s")  # "Workers' Party of Korea"
    return owner and (w.text[pos] in _POSSESSIVES or plural) and pos + 1 < limit and _name_word(w, pos + 1, lex)


def _serial_list(w: Words, comma: int, limit: int, lex: OrgLexicon, *, most: int = 12) -> bool:
    """The comma at ``comma`` goes on with a portfolio list that "and" closes inside the name: capitalized words
    that are no organization heads, places or persons, between commas, up to "[,] and" and a last such word
    ("Committee on Planning, Budget and Finance"; not "the Ministry of Finance, Kazakhstan and ...")."""
    pos = comma
    while pos < min(limit, comma + most):
        if w.text[pos] == ",":
            pos += 1
            if pos < limit and w.lower[pos] in _AND:
                pos += 1
                return pos < limit and _portfolio_word(w, pos, lex)
            if not (pos < limit and _portfolio_word(w, pos, lex)):
                return False
        elif w.lower[pos] in _AND:
            return pos + 1 < limit and _portfolio_word(w, pos + 1, lex)
        elif _portfolio_word(w, pos, lex):
            pos = _word_end(w, pos, limit)
        else:
            return False
    return False


def _portfolio_word(w: Words, i: int, lex: OrgLexicon) -> bool:
    return _name_word(w, i, lex) and w.text[i] not in lex.heads and w.ent_type[i] not in _NOT_PORTFOLIO_ENTS


def _right_end(doc: Doc, w: Words, end: int, limit: int, lex: OrgLexicon) -> int:
    heads = lex.heads
    pos = end
    while pos < limit:
        k = pos
        while k < limit and _name_word(w, k, lex) and w.text[k] not in heads:
            k = _word_end(w, k, limit)
        if k < limit and w.cap[k] and w.text[k] in heads:
            end = pos = _word_end(w, k, limit)  # "University Higher School", "Security Council Secretariat"
            continue
        q = _linked(w, pos, limit, lex)
        if q is not None:
            c_end = complement_end(doc, q, limit, lex)
            if c_end is not None and w.text[pos] in _PREPS:  # another language's link joins no person's title:
                c_end = _before_person(w, q, c_end)  # "Istituto per gli Studi ..." (the NER's "person" there)
            if c_end is None:
                break
            end = pos = c_end
            continue
        break
    return end


def _name_words_end(w: Words, i: int, limit: int, lex: OrgLexicon) -> int:
    """The end of the capitalized name words from ``i`` that are no heads (the adjectives after a head that opens
    a name: "Instituto Caribeño")."""
    while i < limit and _name_word(w, i, lex) and w.text[i] not in lex.heads:
        i = _word_end(w, i, limit)
    return i


def _before_person(w: Words, q: int, end: int) -> int | None:
    """End of the complement ``[q, end)`` before its last "under/of ..." stretch that names a person ("the
    Ministry of Foreign Affairs and International Trade under Cabinet Secretary Amina Mohamed"); None when the
    person comes before any such stretch."""
    person = next((k for k in range(q, end) if w.ent_type[k] == "PERSON"), None)
    if person is None:
        return end
    cut = next((k for k in range(person - 1, q, -1) if w.text[k] in _PREPS), None)
    return cut


def _left_start(w: Words, i: int, lex: OrgLexicon) -> int:
    text, cap, space, iob = w.text, w.cap, w.space, w.ent_iob
    j = i
    while j > 0:
        prev = text[j - 1]
        if prev == "-" and j > 1 and not space[j - 1] and not space[j - 2] and cap[j - 2]:
            j -= 2
            continue
        if (
            w.lower[j - 1] in _AND and j > 1 and cap[j - 2] and iob[j - 1] == IOB_INSIDE
            and iob[j - 2] in _IOB_IN_ENTITY and iob[i] == IOB_INSIDE
        ):
            j -= 1  # "Securities and Exchange Commission", inside one NER entity
            continue
        if _paired_place(w, j, i, lex):
            j -= 2  # "Avon and Somerset Police", "Devon and Cornwall Police"
            continue
        if prev in _APOSTROPHES and j > 1 and cap[j - 2] and text[j - 2].endswith("s") and not space[j - 2]:
            j -= 1  # "Nova Scotia Nurses' Union": the members it is of, a plural possessive inside the name
            continue
        if _owner_before(w, j, lex):
            j -= 1  # "National People's Assembly": a people's word owns the head inside the name (the word next)
            continue
        if j == i and _title_owner(w, j, lex):
            j -= 1  # "the Prime Minister's Office", "the Clerk's Office": the office a title holder runs
            while j > 0 and text[j - 1] in lex.person_titles:
                j -= 1
            break
        if not cap[j - 1] or w.pos[j - 1] in _NOT_NAME_POS or prev in lex.left_stop:
            break
        if prev in lex.person_titles and j < i:
            break  # a title before a name; right before the head it is part of the name ("General Hospital")
        if _is_document_word(w, j - 1, lex) and not (j > 1 and _name_word(w, j - 2, lex)):
            break  # a document noun may sit inside a name ("Security Treaty Organization"), not start one
        j -= 1
    return j


def _owner_before(w: Words, j: int, lex: OrgLexicon) -> bool:
    """Token ``j - 1`` is the possessive "'s" of a people's word of ``possessor_words.txt`` written right before it,
    inside one name ("National People's Assembly", "Union of Women's Councils"): the mirror, on the left, of
    :func:`_possessor_inside`."""
    return j > 1 and w.text[j - 1] in _POSSESSIVES and not w.space[j - 2] and w.text[j - 2] in lex.possessor_words


def _title_owner(w: Words, j: int, lex: OrgLexicon) -> bool:
    """Token ``j - 1`` is the possessive "'s" of a title of ``person_titles.txt`` written right before it ("Prime
    Minister's", "Clerk's"): the head after it is that holder's office."""
    return j > 1 and w.text[j - 1] in _POSSESSIVES and not w.space[j - 2] and w.text[j - 2] in lex.person_titles


def _paired_place(w: Words, j: int, head: int, lex: OrgLexicon) -> bool:
    """Token ``j - 1`` is "and" between two single capitalized words that open the name: "Avon and Somerset
    Police" (the word before the pair is no capitalized word, and the second word of the pair is right before
    the head ``head``)."""
    if not (j >= 2 and j == head - 1 and w.lower[j - 1] in _AND and w.cap[j - 2] and w.is_alpha[j - 2]
            and w.text[head] in lex.paired_heads and w.ent_type[j - 2] != "ORG"):
        return False
    if w.text[j - 2] in lex.heads or w.text[j - 2] in lex.left_stop or w.pos[j - 2] in _NOT_NAME_POS:
        return False
    return j == 2 or not w.cap[j - 3] or w.text[j - 3] in lex.left_stop


def head_candidates(doc: Doc, lex: OrgLexicon) -> list[OrgCandidate]:
    """Organization names built around a head noun.

    Example: "a researcher at the Institute of General History of the Russian Academy
    of Sciences" -> OrgCandidate spans "Institute of General History of the Russian Academy
    of Sciences" and (nested) "Russian Academy of Sciences".
    """
    out: list[OrgCandidate] = []
    n = len(doc)
    w = words_of(doc)
    for i in positions(doc, lex.head_ids):
        if not w.cap[i]:
            continue
        head = w.text[i]
        start = _left_start(w, i, lex)
        head_end = _word_end(w, i, n)
        if head in lex.opening_heads:
            named = _name_words_end(w, head_end, n, lex)  # "Instituto Caribeño de ..."
            if head not in lex.needs_complement or (named < n and w.lower[named] in lex.name_links):
                head_end = named  # "Port Autonome de Conakry", not "Port Louis"
        end = _right_end(doc, w, head_end, n, lex)
        if end - start < 2 and head not in lex.standalone:
            continue
        if end == head_end and head in lex.standalone and end < n and w.text[end] in lex.person_titles:
            continue  # "Cabinet Secretary Amina Mohamed", "the Foreign Affairs Cabinet Secretary": a title
        if (head in lex.needs_complement or head in lex.complement_heads) and end == head_end:
            continue  # "the Kazakh Government" is not a name; "the Government of Turkmenistan" is
        if end < n and w.text[end] in lex.treaty_heads:
            continue  # "the Intermediate-Range Nuclear Forces Treaty" names a treaty
        if start >= 2 and w.lower[start - 1] in _TREATY_LINKS and w.text[start - 2] in lex.treaty_heads:
            continue  # "the Compact of Free Association": the treaty's complement, no body
        text = span_text(doc, start, end)
        if not any(c.isupper() for c in w.text[start]) or text.lower() in lex.non_org_names:
            continue
        if lex.names_no_body(text):
            continue
        out.append(OrgCandidate(start, end, text, HEAD))
    return out


def through_countries(doc: Doc, cands: list[OrgCandidate], countries: list[tuple[int, int]]) -> list[OrgCandidate]:
    """Names that stop at the "and" inside a country's name, continued to the country's end: "Government of the
    Republic of Trinidad | and Tobago" (a complement ends at "and" before a second name; a country's "and" is
    none). ``countries``: the token ranges of the country spans."""
    text = words_of(doc).text
    out = []
    for c in cands:
        end = next((e for s, e in countries if c.start <= s < c.end < e and text[c.end].lower() in _AND), c.end)
        out.append(c if end == c.end else OrgCandidate(c.start, end, span_text(doc, c.start, end), c.source))
    return out


def local_candidates(doc: Doc, lex: OrgLexicon) -> list[OrgCandidate]:
    """A trade union's local branch: capitalized words, then "Local" and its number ("Amalgamated Transit Union
    Local 508", "CUPE Local 38")."""
    out: list[OrgCandidate] = []
    w = words_of(doc)
    n = len(doc)
    for i in positions(doc, _LOCAL):  # the tokens written "Local"
        if not 0 < i < n - 1 or not doc[i + 1].like_num or not w.cap[i - 1]:
            continue
        start = _left_start(w, i, lex)
        if start < i:
            out.append(OrgCandidate(start, i + 2, span_text(doc, start, i + 2), HEAD))
    return out


def drop_units(doc: Doc, cands: list[OrgCandidate], lex: OrgLexicon, window: int = 14) -> list[OrgCandidate]:
    """Drop departments, faculties and branches of a university or institute.

    "associate professor at the Department of International Relations, World Politics and
    Diplomacy at Kazan Federal University" -> only "Kazan Federal University" is kept.
    """
    text = words_of(doc).text
    parents = [c for c in cands if any(text[k] in lex.parent_heads for k in range(c.start, c.end))]
    keep = []
    for c in cands:
        first_head = next((k for k in range(c.start, c.end) if text[k] in lex.heads), None)
        if first_head is None or text[first_head] not in lex.unit_heads:
            keep.append(c)
            continue
        inside = any(p.start > c.start and p.end <= c.end for p in parents)
        after = any(
            c.end <= p.start <= c.end + window
            and not any(t.text in {";", "\n"} or t.is_space for t in doc[c.end:p.start])
            and any(t.lower_ in {"at", "of"} for t in doc[c.end:p.start])
            for p in parents
        )
        if not (inside or after):
            keep.append(c)
    return keep


def drop_line_units(doc: Doc, cands: list[OrgCandidate], lex: OrgLexicon) -> list[OrgCandidate]:
    """Drop a unit that a comma joins to its organization where the two names close a line: "From: Economic Analysis
    Unit, Nile Basin Development Exchange", "Harare Policy Review, Economic Governance Unit" (``unit_endings.txt``);
    the writers list the organization only. A unit standing alone ("Prepared by the Caribbean Desk") stays."""
    w = words_of(doc)
    n = len(doc)
    by_start = {c.start: c for c in cands}
    by_end = {c.end: c for c in cands}
    units = set()
    for c in cands:
        if c.end < n and w.text[c.end] == "," and c.end + 1 in by_start:
            first, last = c, by_start[c.end + 1]
        elif c.start > 1 and w.text[c.start - 1] == "," and c.start - 1 in by_end:
            first, last = by_end[c.start - 1], c
        else:
            continue
        unit = first if w.text[first.end - 1] in lex.unit_endings else last
        if w.text[unit.end - 1] in lex.unit_endings and (last.end >= n or "\n" in w.text[last.end]):
            units.add((unit.start, unit.end))
    return [c for c in cands if (c.start, c.end) not in units]
