"""Stage 2 helper for pipeline_org_ruler: organization names found by their head noun.

A name is a run of capitalized words around an organization noun (Institute,
University, Ministry, Council, ...), continued to the right by prepositional
complements of capitalized words ("of/for/under/on [the] X"), e.g.
"Institute for Strategic and Regional Studies under the President of the
Republic of Uzbekistan" or "Kazan Federal University".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from .lexicon import OrgLexicon
from .tokens import positions

# Sources of candidates, in order of preference when two give the same span.
ALIAS, DEFINED, HEAD, NER, CONTEXT = 0, 1, 2, 3, 4

_PREPS = frozenset({"of", "for", "under", "on"})
_AND = frozenset({"and", "&"})
_NOT_NAME_ENTS = frozenset({"DATE", "TIME"})
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "ADV", "PART", "NUM"})


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
    text = doc[i].text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def word_end(doc: Doc, i: int, limit: int) -> int:
    """End of the word at ``i`` including attached hyphen parts ("Co-operation")."""
    j = i + 1
    while (
        j + 1 < limit and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_
        and doc[j + 1].is_alpha
    ):
        j += 2
    return j


def _is_head(doc: Doc, i: int, lex: OrgLexicon) -> bool:
    return doc[i].text in lex.heads


def _is_document_word(doc: Doc, i: int, lex: OrgLexicon) -> bool:
    """A capitalized document/event noun ("Treaty", "Concept", "Summit"); "Policy" is a name word."""
    text = doc[i].text
    return text in lex.non_org_heads and text not in lex.inner_words and is_cap(doc, i)


def _name_word(doc: Doc, i: int, lex: OrgLexicon) -> bool:
    tok = doc[i]
    if tok.ent_type_ in _NOT_NAME_ENTS:
        return False  # "the Ministry of Foreign Affairs on Friday"
    return is_cap(doc, i) and tok.pos_ not in {"VERB", "AUX"} and not _is_document_word(doc, i, lex)


def _cap_run_has_head(doc: Doc, i: int, limit: int, lex: OrgLexicon) -> bool:
    while i < limit and is_cap(doc, i):
        if _is_head(doc, i, lex):
            return True
        i = word_end(doc, i, limit)
    return False


def complement_end(doc: Doc, q: int, limit: int, lex: OrgLexicon) -> int | None:
    """End of the capitalized complement starting at ``q`` ("General History of the Russian Academy")."""
    if q >= limit or not _name_word(doc, q, lex):
        return None
    before_stretch: int | None = None  # end of the complement before its last "of/for/on [the] X" stretch
    end = pos = word_end(doc, q, limit)
    while pos < limit:
        tok = doc[pos]
        if _name_word(doc, pos, lex):
            end = pos = word_end(doc, pos, limit)
        elif tok.lower_ in _AND and pos + 1 < limit and _name_word(doc, pos + 1, lex):
            if _cap_run_has_head(doc, pos + 1, limit, lex) or doc[pos + 1].ent_iob_ == "B":
                break  # "... and Kazan Federal University", "... and Chatham House": a second name
            pos += 1
        elif tok.text in _PREPS:
            q2 = pos + 1 + (pos + 1 < limit and doc[pos + 1].lower_ == "the")
            if q2 < limit and _name_word(doc, q2, lex):
                before_stretch, pos = end, q2
            else:
                break
        else:
            break
    if pos == end and pos < limit and _is_document_word(doc, pos, lex):
        return before_stretch  # "Security Council on the Iran Nuclear Agreement": the stretch names a document
    return end


def _right_end(doc: Doc, end: int, limit: int, lex: OrgLexicon) -> int:
    pos = end
    while pos < limit:
        k = pos
        while k < limit and _name_word(doc, k, lex) and not _is_head(doc, k, lex):
            k = word_end(doc, k, limit)
        if k < limit and is_cap(doc, k) and _is_head(doc, k, lex):
            end = pos = word_end(doc, k, limit)  # "University Higher School", "Security Council Secretariat"
            continue
        if doc[pos].text in _PREPS:
            q = pos + 1 + (pos + 1 < limit and doc[pos + 1].lower_ == "the")
            c_end = complement_end(doc, q, limit, lex)
            if c_end is None:
                break
            end = pos = c_end
            continue
        break
    return end


def _left_start(doc: Doc, i: int, lex: OrgLexicon) -> int:
    j = i
    while j > 0:
        prev = doc[j - 1]
        if prev.text == "-" and j > 1 and not prev.whitespace_ and not doc[j - 2].whitespace_ and is_cap(doc, j - 2):
            j -= 2
            continue
        if (
            prev.lower_ in _AND and j > 1 and is_cap(doc, j - 2) and prev.ent_iob_ == "I"
            and doc[j - 2].ent_iob_ in {"B", "I"} and doc[i].ent_iob_ == "I"
        ):
            j -= 1  # "Securities and Exchange Commission", inside one NER entity
            continue
        if not is_cap(doc, j - 1) or prev.pos_ in _NOT_NAME_POS or prev.text in lex.left_stop:
            break
        if prev.text in lex.person_titles:
            break
        if _is_document_word(doc, j - 1, lex) and not (j > 1 and _name_word(doc, j - 2, lex)):
            break  # a document noun may sit inside a name ("Security Treaty Organization"), not start one
        j -= 1
    return j


def head_candidates(doc: Doc, lex: OrgLexicon) -> list[OrgCandidate]:
    """Organization names built around a head noun.

    Example: "a researcher at the Institute of General History of the Russian Academy
    of Sciences" -> OrgCandidate spans "Institute of General History of the Russian Academy
    of Sciences" and (nested) "Russian Academy of Sciences".
    """
    out: list[OrgCandidate] = []
    n = len(doc)
    for i in positions(doc, lex.head_ids):
        tok = doc[i]
        if not is_cap(doc, i):
            continue
        start = _left_start(doc, i, lex)
        head_end = word_end(doc, i, n)
        end = _right_end(doc, head_end, n, lex)
        if end - start < 2 and tok.text not in lex.standalone:
            continue
        if tok.text in lex.needs_complement and end == head_end:
            continue  # "the Kazakh Government" is not a name; "the Government of Turkmenistan" is
        if end < n and doc[end].text in lex.treaty_heads:
            continue  # "the Intermediate-Range Nuclear Forces Treaty" names a treaty
        text = doc[start:end].text
        if not any(c.isupper() for c in doc[start].text) or text.lower() in lex.non_org_names:
            continue
        if any(text.endswith(e) for e in lex.non_org_endings):
            continue  # "the Low Enriched Uranium Bank" is a stockpile
        out.append(OrgCandidate(start, end, text, HEAD))
    return out


def drop_units(doc: Doc, cands: list[OrgCandidate], lex: OrgLexicon, window: int = 14) -> list[OrgCandidate]:
    """Drop departments, faculties and branches of a university or institute.

    "associate professor at the Department of International Relations, World Politics and
    Diplomacy at Kazan Federal University" -> only "Kazan Federal University" is kept.
    """
    parents = [c for c in cands if any(doc[k].text in lex.parent_heads for k in range(c.start, c.end))]
    keep = []
    for c in cands:
        first_head = next((k for k in range(c.start, c.end) if _is_head(doc, k, lex)), None)
        if first_head is None or doc[first_head].text not in lex.unit_heads:
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
