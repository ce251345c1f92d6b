"""Stage 2 helper for pipeline_org_ruler: a state's offices named in lower case after the state.

"the Japanese embassy in Manila", "Egypt's foreign ministry said", "a Lithuanian defence ministry official": the
state's adjective or possessive (a span of the country ruler), at most two lower-case words of a portfolio, and an
office noun of ``state_offices.txt`` make an organization, named as written from the state on; so does an office noun
of ``portfolio_offices.txt`` after one portfolio word or two ("the Moroccan customs administration", "the Kyrgyz border
service", "Egypt's foreign ministry"; not "the American administration" nor "the Burundian ministry", which name no one
body). "every Ukrainian
embassy" names no one body, and a bare "the foreign ministry" is left alone: without the state the writers name it
as often as not, except as the subject of a verb of saying ("the interior ministry said", "the environment
ministry announced": a source the writers list every time; :func:`speaking_offices`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..tokens import span_text
from .lexicon import OrgLexicon
from .patterns import CONTEXT, OrgCandidate
from .tokens import positions, word_ids, words_of

_POSSESSIVE = frozenset({"'s", "\u2019s"})
_PORTFOLIO_WORDS = 2  # "foreign", "defence", "foreign affairs"
_PORTFOLIO_POS = frozenset({"ADJ", "NOUN", "PROPN"})
_NOT_ONE = frozenset({"every", "each", "any", "no", "another"})  # "every Ukrainian embassy": offices, not one
_VERB_GAP = 2  # "the defence ministry has so far said", "the ministry also said"
_GAP_POS = frozenset({"AUX", "ADV", "PART"})
_NEGATIONS = frozenset({"not", "n't", "never"})  # "the foreign ministry has not said whether ...": no statement
_HOLDER_LINKS = frozenset({"at", "of", "in"})  # "An official at the Samoan foreign ministry"
_INDEFINITE = frozenset({"a", "an"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def state_offices(doc: Doc, lex: OrgLexicon, countries: list[Span]) -> list[OrgCandidate]:
    """Every "<state> [portfolio] <office>" of ``doc``, keyed by its text.

    Example: "Kenji Morimoto, a minister at the Japanese embassy in Manila, said ..." -> [OrgCandidate for
    "Japanese embassy"]; "Egypt's foreign ministry said" -> "Egypt's foreign ministry".
    """
    if not lex.state_offices and not lex.portfolio_offices:
        return []
    w = words_of(doc)
    n = len(doc)
    out = []
    for country in countries:
        if country.start > 0 and w.lower[country.start - 1] in _NOT_ONE or _unnamed_holder(doc, country.start):
            continue
        k = country.end + (country.end < n and w.text[country.end] in _POSSESSIVE)
        for j in range(k, min(k + _PORTFOLIO_WORDS + 1, n)):
            if not (w.is_lower[j] and w.is_alpha[j]):
                break
            if w.lower[j] in lex.portfolio_offices and j == k:
                break  # "the American administration", "the Burundian ministry": no portfolio, no one office
            if w.lower[j] in lex.state_offices or w.lower[j] in lex.portfolio_offices:
                out.append(OrgCandidate(country.start, j + 1, span_text(doc, country.start, j + 1), CONTEXT))
                break
            if w.pos[j] not in _PORTFOLIO_POS:
                break
    return out + speaking_offices(doc, lex)


def _unnamed_holder(doc: Doc, start: int) -> bool:
    """The office opening at token ``start`` places a person the text does not name, the subject of its clause: "An
    official at the Samoan foreign ministry, who asked not to be named, said ..." (the writers list no body there; "X,
    an adviser at the Lithuanian defence ministry, said" names one)."""
    link = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    if link < 1 or doc[link].lower_ not in _HOLDER_LINKS:
        return False
    holder = doc[link].head
    return holder.i < link and holder.dep_ in _SUBJECTS and holder.pos_ == "NOUN" \
        and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in holder.children)


def speaking_offices(doc: Doc, lex: OrgLexicon) -> list[OrgCandidate]:
    """Every "the <portfolio> <office>" of ``doc`` that is the subject of a verb of saying (office_verbs.txt), named
    from the portfolio on: "the interior ministry said" -> "interior ministry". One or two lower-case portfolio
    words, no state before them (:func:`state_offices` names those), the verb after at most two auxiliaries or
    adverbs; "the ministry said" alone names no body, "where the foreign ministry has its seat" no source, nor do
"officials at the planning ministry said" (the officials speak) and "the foreign ministry has not said"."""
    if not lex.office_verbs:
        return []
    w = words_of(doc)
    n = len(doc)
    out = []
    for j in positions(doc, word_ids(lex.state_offices)):
        start = j
        while start > 0 and j - start < _PORTFOLIO_WORDS and w.is_lower[start - 1] and w.is_alpha[start - 1] \
                and w.pos[start - 1] in _PORTFOLIO_POS and w.lower[start - 1] != "the":
            start -= 1
        if start == j or start == 0 or w.lower[start - 1] != "the" or (start > 1 and w.pos[start - 2] == "ADP"):
            continue  # "officials at the foreign ministry said": the officials speak
        verb = j + 1
        while verb < n and verb - j <= _VERB_GAP and w.pos[verb] in _GAP_POS and w.lower[verb] not in _NEGATIONS:
            verb += 1
        if verb < n and w.pos[verb] == "VERB" and doc.vocab.strings[w.lemma[verb]] in lex.office_verbs:
            out.append(OrgCandidate(start, j + 1, span_text(doc, start, j + 1), CONTEXT))
    return out
