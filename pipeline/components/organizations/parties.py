"""Stage 2 helper for pipeline_org_ruler: political parties named where the text uses them as parties.

"Labour MP Tom Reed", "Fianna Fáil councillor X", "Labor's foreign affairs spokeswoman X", "Councillor X
(Conservative)", "Councillor X of the Social Democrats" -> the party as written (``parties.txt``); the same word
as an adjective elsewhere ("Conservative voters") is no organization. A name of no list in parentheses right after a
person's name, one word or words joined by hyphens, is the member's party or group: "Mr Piet Claes (Groen-Links)
asked", "Arjan Berisha (Vetëvendosje) said" (:func:`bracketed_groups`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..tokens import Words, span_text
from .lexicon import OrgLexicon
from .patterns import CONTEXT, OrgCandidate
from .tokens import positions, word_ids, words_of

_OPEN = word_ids(["("])
_POSSESSIVE = frozenset({"'s", "\u2019s"})
_LONGEST = 2  # words in the longest party name ("Fianna Fáil", "Liberal Democrats")
_BRACKET_WORDS = 5  # "N-VA", "Ecolo-Groen", "Groen-Links-Rood": words and hyphens inside the parentheses
_NAME_WORDS = 4  # capitalized words of the name before the parenthesis, after a title ("Mr Jean-Marc Lambotte")
_NOT_GROUP_ENTS = frozenset({"GPE", "LOC", "PERSON", "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"})


def party_names(doc: Doc, lex: OrgLexicon) -> list[OrgCandidate]:
    """Every party name of ``parties.txt`` in a party context, keyed by the name as written."""
    if not lex.parties:
        return []
    w = words_of(doc)
    n, out, free = len(doc), [], 0  # free: the first token after the last name found
    for i in positions(doc, lex.party_start_ids):  # a name starts with the whole text of its first token
        if i < free:
            continue
        end = next((i + size for size in range(_LONGEST, 0, -1)
                    if i + size <= n and span_text(doc, i, i + size) in lex.parties), None)
        if end is None:
            continue
        if _as_party(w.text, w.lower, i, end, lex):
            out.append(OrgCandidate(i, end, span_text(doc, i, end), CONTEXT))
        free = end
    return out + bracketed_groups(doc, lex)


def bracketed_groups(doc: Doc, lex: OrgLexicon) -> list[OrgCandidate]:
    """Every "<person> (<Name>)" of ``doc`` where the name is one capitalized word or capitalized words joined by
    hyphens with no space, and no place, people or date by the NER: "Ms Anne Vos (N-VA) asked" -> "N-VA". The person
    is a name the NER calls one, or capitalized words after a title of ``person_titles.txt``; "Ali Omar (Mogadishu)"
    gives nothing."""
    w = words_of(doc)
    n = len(doc)
    out = []
    for k in positions(doc, _OPEN):
        end = next((j for j in range(k + 1, min(k + _BRACKET_WORDS + 2, n)) if w.text[j] == ")"), None)
        if end is None or end == k + 1 or not _one_name(w, k + 1, end) or not _after_person(w, k, lex):
            continue
        out.append(OrgCandidate(k + 1, end, span_text(doc, k + 1, end), CONTEXT))
    return out


def _one_name(w: Words, start: int, end: int) -> bool:
    """``start:end`` is one capitalized word, or capitalized words joined by hyphens without spaces, no place."""
    for i in range(start, end):
        if w.ent_type[i] in _NOT_GROUP_ENTS:
            return False
        if (i - start) % 2 == 0:
            if not (w.text[i][:1].isupper() and w.is_alpha[i]):
                return False
        elif w.text[i] != "-" or w.space[i - 1] or w.space[i]:
            return False
    return (end - start) % 2 == 1


def _after_person(w: Words, k: int, lex: OrgLexicon) -> bool:
    """The token before the parenthesis at ``k`` ends a person's name: the NER's, or capitalized words after a
    title ("Mrs Elke Vos (")."""
    if k == 0 or w.space[k - 1] is False:
        return False
    if w.ent_type[k - 1] == "PERSON":
        return True
    j = k - 1
    while j >= 0 and k - j <= _NAME_WORDS and w.cap[j] and w.is_alpha[j] and w.text[j] not in lex.person_titles:
        j -= 1
    return j >= 0 and j < k - 1 and w.text[j] in lex.person_titles


def _as_party(text: list[str], lower: list[str], start: int, end: int, lex: OrgLexicon) -> bool:
    """A role, a possessive or a closing parenthesis after the name, "of the" before it, or "the" before a plural
    name ("the Greens", "the Social Democrats")."""
    after = lower[end] if end < len(lower) else ""
    if after in lex.party_roles or after in _POSSESSIVE:
        return True
    if start > 0 and text[start - 1] == "(" and after == ")":
        return True
    if start > 0 and lower[start - 1] == "the" and text[end - 1].endswith("s"):
        return True  # "The Conservatives were unimpressed", "the People's Party and the Greens": a plural party
    return start > 1 and lower[start - 1] == "the" and lower[start - 2] == "of"
