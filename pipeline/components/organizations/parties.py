"""Stage 2 helper for pipeline_org_ruler: political parties named where the text uses them as parties.

"Labour MP Tom Reed", "Fianna Fáil councillor X", "Labor's foreign affairs spokeswoman X", "Councillor X
(Conservative)", "Councillor X of the Social Democrats" -> the party as written (``parties.txt``); the same word
as an adjective elsewhere ("Conservative voters") is no organization.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..tokens import span_text
from .lexicon import OrgLexicon
from .patterns import CONTEXT, OrgCandidate
from .tokens import positions, words_of

_POSSESSIVE = frozenset({"'s", "\u2019s"})
_LONGEST = 2  # words in the longest party name ("Fianna Fáil", "Liberal Democrats")


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
    return out


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
