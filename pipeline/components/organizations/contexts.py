"""Stage 2 helper for pipeline_org_ruler: organization names recognised by their context.

Names that have no organization head noun and that the NER misses or mislabels
(as GPE, LOC): a capitalized name in apposition with an organization noun
("the Jogorku Kenesh, Kyrgyzstan's parliament", "Mongolia's parliament, the Ikh
Khural", "Sinopec, China's largest oil company"), and an acronym in an
affiliation slot ("chairman of KazISS", "an analyst at RUSI", "KazISS director
Yerlan Karin", "IMEMO's experts"). Also tells which mentions only modify a
department name ("head of the CIS and Russia department").
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...acronyms import is_acronym
from .lexicon import OrgLexicon
from .patterns import CONTEXT, OrgCandidate, is_cap
from .tokens import acronym_like, positions, word_ids

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
_AFTER_NOUN = frozenset({",", ".", ";", ":", ")", "—", "–", "of", "in", "for", "that", "which", "and", "based"})
_CLOSERS = frozenset({",", ".", ";", ":", ")", "—", "–"})
_SLOT_PREPS = frozenset({"of", "at", "from"})
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "X"})
_MAX_MODIFIERS = 4
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "VERB", "PROPN"})
_COMMA = word_ids([","])


def _blocked_tokens(doc: Doc, blocked: list[tuple[int, int]]) -> set[int]:
    """Tokens of countries and places (``blocked``)."""
    return {i for s, e in blocked for i in range(s, e)}


def _name_ok(
    doc: Doc, start: int, end: int, lex: OrgLexicon, blocked: set[int], *, person_ok: bool = False
) -> bool:
    """``doc[start:end]`` can be an organization's name: proper-noun words, not a country or place.

    A country may be part of the name ("Kazakhstan Temir Zholy"), but not the last word. A name
    the NER calls a person is accepted only when ``person_ok`` (its description says otherwise).
    """
    if start >= end or end - start > 6 or (end - 1) in blocked:
        return False
    if not person_ok and any(doc[i].ent_type_ == "PERSON" for i in range(start, end)):
        return False
    words = [t for t in doc[start:end] if t.text != "-"]
    if not words or doc[end - 1].pos_ != "PROPN" or any(t.pos_ not in _NAME_POS for t in words):
        return False
    if words[0].text in lex.person_titles or words[0].text in lex.left_stop:
        return False
    return len(words) > 1 or len(words[0].text) >= 3


def _run_before(doc: Doc, end: int, lex: OrgLexicon) -> int:
    """Start of the run of capitalized words that ends at ``end``."""
    j = end
    while j > 0:
        prev = doc[j - 1]
        if is_cap(doc, j - 1) and prev.text not in lex.left_stop:
            j -= 1
        elif prev.text == "-" and j > 1 and not prev.whitespace_ and is_cap(doc, j - 2):
            j -= 1
        else:
            break
    return j


def _run_after(doc: Doc, start: int, lex: OrgLexicon) -> int:
    """End of the run of capitalized words that starts at ``start``."""
    j = start
    while j < len(doc):
        tok = doc[j]
        if is_cap(doc, j) and tok.text not in lex.left_stop:
            j += 1
        elif tok.text == "-" and j + 1 < len(doc) and not tok.whitespace_ and is_cap(doc, j + 1):
            j += 1
        else:
            break
    return j


def _is_org_noun(doc: Doc, i: int, lex: OrgLexicon) -> bool:
    tok = doc[i]
    return tok.text.islower() and (tok.lower_ in lex.org_nouns or tok.lemma_.lower() in lex.org_nouns)


def _description_end(doc: Doc, k: int, lex: OrgLexicon) -> int | None:
    """End of "det|X's [the country's] modifiers* org-noun" starting at ``k``, else None.

    Modifiers may be capitalized ("the Kazakh national rail operator"); the noun is lowercase.
    """
    n = len(doc)
    if k < n and doc[k].lower_ in _DETERMINERS:
        k += 1
    elif k + 1 < n and is_cap(doc, k) and doc[k + 1].text in _POSSESSIVE:
        k += 2  # "Kyrgyzstan's parliament"
    else:
        return None  # an appositive noun phrase has a determiner ("NatWest, not for the government" has none)
    if k + 1 < n and doc[k].text.islower() and doc[k + 1].text in _POSSESSIVE:
        k += 2  # "the country's"
    last = None
    j = k
    while (
        j < n and j - k < _MAX_MODIFIERS and doc[j].is_alpha and doc[j].pos_ in _MODIFIER_POS
    ):
        last = j
        j += 1
    if last is None or not _is_org_noun(doc, last, lex):
        return None
    if j < n and doc[j].lower_ not in _AFTER_NOUN:
        return None
    return j


def appositions(doc: Doc, lex: OrgLexicon, blocked: list[tuple[int, int]]) -> list[OrgCandidate]:
    """Names in apposition with an organization noun.

    Example: "The plan goes to the Jogorku Kenesh, Kyrgyzstan's parliament, next week." ->
    [OrgCandidate for "Jogorku Kenesh"]; "Mongolia's parliament, the Ikh Khural, approved it." ->
    [OrgCandidate for "Ikh Khural"]. Lists ("the ministry, the President and the parliament") give nothing.
    """
    bad = _blocked_tokens(doc, blocked)
    out: list[OrgCandidate] = []
    n = len(doc)
    for i in positions(doc, _COMMA):
        # "NAME, [its/X's] ... org-noun"
        start = _run_before(doc, i, lex)
        if (
            start < i
            and _description_end(doc, i + 1, lex) is not None
            and _name_ok(doc, start, i, lex, bad, person_ok=True)  # "X Temir Zholy, the national rail operator"
        ):
            out.append(OrgCandidate(start, i, doc[start:i].text, CONTEXT))
            continue
        # "[the/X's] ... org-noun, [the] NAME,"
        if i == 0 or not _is_org_noun(doc, i - 1, lex):
            continue
        if not any(t.lower_ in _DETERMINERS or t.text in _POSSESSIVE for t in doc[max(0, i - 5):i - 1]):
            continue
        k = i + 1 + (i + 1 < n and doc[i + 1].lower_ == "the")
        end = _run_after(doc, k, lex)
        if end == k or (end < n and doc[end].text not in _CLOSERS):
            continue
        if end + 1 < n and doc[end].text == "," and doc[end + 1].lower_ in {"and", "or"}:
            continue
        if _name_ok(doc, k, end, lex, bad):
            out.append(OrgCandidate(k, end, doc[k:end].text, CONTEXT))
    return out


def _is_role(doc: Doc, i: int, lex: OrgLexicon) -> bool:
    return 0 <= i < len(doc) and doc[i].lower_ in lex.role_nouns


def slot_acronyms(doc: Doc, lex: OrgLexicon, blocked: list[tuple[int, int]]) -> list[OrgCandidate]:
    """Acronyms in an affiliation slot, even when the text never defines them.

    Example: "Yerlan Karin, chairman of KazISS, said ..." -> [OrgCandidate for "KazISS"];
    likewise "an analyst at RUSI", "KazISS director Yerlan Karin", "IMEMO's experts".
    """
    bad = _blocked_tokens(doc, blocked)
    out = []
    n = len(doc)
    for i in acronym_like(doc):
        tok = doc[i]
        text = tok.text
        if i in bad or tok.ent_type_ == "PERSON" or text in lex.non_org_acronyms:
            continue
        if not is_acronym(text) or sum(c.isalpha() for c in text) < 3:
            continue
        prev = i - 1 - (i > 0 and doc[i - 1].lower_ == "the")
        after_role = prev >= 1 and doc[prev].lower_ in _SLOT_PREPS and _is_role(doc, prev - 1, lex)
        role_after = _is_role(doc, i + 1, lex) or (
            i + 1 < n and doc[i + 1].text in _POSSESSIVE and _is_role(doc, i + 2, lex)
        )
        if after_role or role_after:
            out.append(OrgCandidate(i, i + 1, text, CONTEXT))
    return out


def modifies_unit(doc: Doc, cand: OrgCandidate, lex: OrgLexicon) -> bool:
    """The mention only qualifies a department: "head of the CIS and Russia department"."""
    j = cand.end
    while j < len(doc) and (doc[j].lower_ in {"and", "&", "-"} or is_cap(doc, j)):
        j += 1
    return j < len(doc) and j - cand.end <= 4 and doc[j].lower_ in lex.unit_nouns
