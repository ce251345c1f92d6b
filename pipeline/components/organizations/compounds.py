"""Stage 2 helper for pipeline_org_ruler: acronyms written inside a hyphenated word.

"UN-Habitat", "UN-Women": an organization's acronym joined by a hyphen to a name word is the name of another
body (a programme of the first), one name. A country or place after the hyphen makes a pair of parties
instead ("EU-China summit", "NATO-Russia Council"), and a word of capitals on either side a place written
in capitals ("PORT-AU-PRINCE, 26 June"): there the acronym names nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...acronyms import is_acronym
from ..tokens import span_text
from .patterns import HEAD, OrgCandidate
from .tokens import words_of

_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP", "FAC"})


def _glued(doc: Doc, left: int, right: int) -> bool:
    """Token ``left`` and ``right`` (= ``left + 2``) are joined by a hyphen without spaces."""
    w = words_of(doc)
    return 0 <= left and right < len(doc) and w.text[left + 1] in _HYPHENS and not w.space[left] \
        and not w.space[left + 1]


def in_capitals_word(doc: Doc, c: OrgCandidate) -> bool:
    """The one-token candidate ``c`` is a part of a hyphenated word of capitals ("PORT-AU-PRINCE")."""
    if len(c) != 1:
        return False
    w = words_of(doc)
    before = _glued(doc, c.start - 2, c.start) and w.text[c.start - 2].isupper()
    after = _glued(doc, c.start, c.start + 2) and w.text[c.start + 2].isupper()
    return before or after


def hyphen_names(doc: Doc, cands: list[OrgCandidate], blocked: set[int]) -> list[OrgCandidate]:
    """Names made of a found acronym, a hyphen and a capitalized word that is no country or place."""
    w = words_of(doc)
    out = []
    for c in cands:
        if len(c) != 1 or not is_acronym(w.text[c.start]) or not _glued(doc, c.start, c.start + 2):
            continue
        k = c.start + 2
        word = w.text[k]
        if not (word[:1].isupper() and w.is_alpha[k] and not word.isupper()):
            continue
        if k in blocked or w.ent_type[k] in _PLACE_ENTS or (k + 1 < len(doc) and w.cap[k + 1]):
            continue
        out.append(OrgCandidate(c.start, k + 1, span_text(doc, c.start, k + 1), HEAD))
    return out
