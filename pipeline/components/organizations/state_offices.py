"""Stage 2 helper for pipeline_org_ruler: a state's offices named in lower case after the state.

"the Japanese embassy in Manila", "Egypt's foreign ministry said", "a Lithuanian defence ministry official": the
state's adjective or possessive (a span of the country ruler), at most two lower-case words of a portfolio, and an
office noun of ``state_offices.txt`` make an organization, named as written from the state on. "every Ukrainian
embassy" names no one body, and a bare "the foreign ministry" is left alone: without the state the writers name it
as often as not.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..tokens import span_text
from .lexicon import OrgLexicon
from .patterns import CONTEXT, OrgCandidate
from .tokens import words_of

_POSSESSIVE = frozenset({"'s", "\u2019s"})
_PORTFOLIO_WORDS = 2  # "foreign", "defence", "foreign affairs"
_PORTFOLIO_POS = frozenset({"ADJ", "NOUN", "PROPN"})
_NOT_ONE = frozenset({"every", "each", "any", "no", "another"})  # "every Ukrainian embassy": offices, not one


def state_offices(doc: Doc, lex: OrgLexicon, countries: list[Span]) -> list[OrgCandidate]:
    """Every "<state> [portfolio] <office>" of ``doc``, keyed by its text.

    Example: "Kenji Morimoto, a minister at the Japanese embassy in Manila, said ..." -> [OrgCandidate for
    "Japanese embassy"]; "Egypt's foreign ministry said" -> "Egypt's foreign ministry".
    """
    if not lex.state_offices:
        return []
    w = words_of(doc)
    n = len(doc)
    out = []
    for country in countries:
        if country.start > 0 and w.lower[country.start - 1] in _NOT_ONE:
            continue
        k = country.end + (country.end < n and w.text[country.end] in _POSSESSIVE)
        for j in range(k, min(k + _PORTFOLIO_WORDS + 1, n)):
            if not (w.is_lower[j] and w.is_alpha[j]):
                break
            if w.lower[j] in lex.state_offices:
                out.append(OrgCandidate(country.start, j + 1, span_text(doc, country.start, j + 1), CONTEXT))
                break
            if w.pos[j] not in _PORTFOLIO_POS:
                break
    return out
