"""Stage 2 helper: party memberships stated next to a name (for pipeline_person_ruler).

"Tom Reed, a Labour MP," / "Labour MP Tom Reed" -> mp of the Labour Party; "Democratic senator Maria Lopez",
"Republican Sen. Maria Lopez" -> the Democratic / Republican Party; "Maria Lopez, a Democrat from Ohio," and
"Sen. Maria Lopez (D-Ohio)" -> the Democratic Party. The party words and the roles they qualify are data
(``parties.tsv``, ``party_roles.txt``): a party word before another role says something else ("a Conservative
thinker").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...sentences import sentence_range
from ..tokens import span_text
from .lexicon import PersonLexicon
from .referents import topic_organization
from .roles import Found
from .tokens import words_of

_MEMBER_ENDS = frozenset({",", ".", ";", ")", "from", "of", "who", "and", "representing", "in"})
_LETTERS = frozenset({"D", "R"})
_PRONOUNS = frozenset({"his", "her"})
_PARTY_HEADS = frozenset({"party", "league"})


def party_before(doc: Doc, end: int, lex: PersonLexicon) -> Found | None:
    """The party word(s) ending right before token ``end`` ("Labour" in "Labour MP"), reported by its name."""
    for size in (2, 1):
        start = end - size
        if start < 0:
            continue
        form = span_text(doc, start, end)
        if form in lex.party_names and len(form) > 1:
            return Found(lex.party_names[form], start, end)
    return None


def party_role(role: str, lex: PersonLexicon) -> bool:
    """Whether a party word before ``role`` states a membership (its last word is a party role)."""
    return role.split()[-1].rstrip(".") in lex.party_roles


def party_member(doc: Doc, k: int, lex: PersonLexicon) -> Found | None:
    """"a Democrat" / "a Liberal Democrat" at token ``k`` (after the article), closing the apposition."""
    w = words_of(doc)
    for size in (2, 1):
        end = k + size
        if end > len(doc):
            continue
        form = span_text(doc, k, end)
        if form in lex.party_names and len(form) > 1 and w.pos[end - 1] in {"PROPN", "NOUN"} \
                and (end == len(doc) or w.lower[end] in _MEMBER_ENDS):
            return Found(lex.party_names[form], k, end)
    return None


def party_letter(doc: Doc, k: int, lex: PersonLexicon) -> Found | None:
    """"(D-Ohio)", "(R-Texas)" at the parenthesis ``k``: the party of a US legislator; "(Conservative)",
    "(Lib Dem)": a party alone in the parenthesis."""
    for size in (1, 2):
        if k + size + 1 < len(doc) and doc[k + size + 1].text == ")":
            party = party_before(doc, k + size + 1, lex)
            if party is not None and party.start == k + 1:
                return Found(party.text, k, k + size + 2)
    if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 1].text in _LETTERS and doc[k + 2].text == "-" \
            and doc[k + 3].text[:1].isupper():
        end = next((j for j in range(k + 3, min(k + 8, len(doc))) if doc[j].text == ")"), None)
        if end is not None and doc[k + 1].text in lex.party_names:
            return Found(lex.party_names[doc[k + 1].text], k, end + 1)
    return None


def own_party(doc: Doc, end: int, org_spans: list[Span]) -> Found | None:
    """"X said ... criticism from parts of his own Social Democratic Party": a party (an organization named with
    "Party" or "League") after "his"/"her" [own] later in the sentence of the name ending at ``end``, with no
    other person named in between."""
    w = words_of(doc)
    lower, ent_type = w.lower, w.ent_type
    for i in range(end, sentence_range(doc, end - 1)[1] - 1):  # (the sentence's bounds: no Span)
        if ent_type[i] == "PERSON":
            return None
        if lower[i] not in _PRONOUNS:
            continue
        k = i + 1 + (lower[i + 1] == "own")
        org = next((s for s in org_spans if s.start == k and lower[s.end - 1] in _PARTY_HEADS), None)
        if org is not None:
            return Found(org.text, org.start, org.end)
    return None


def is_party(name: str, lex: PersonLexicon) -> bool:
    """Whether an organization as reported is a party (parties.tsv, or a name ending in "Party")."""
    return name in lex.party_bodies or name.split()[-1].lower() == "party"


def party_of_role(doc: Doc, role: Found, lex: PersonLexicon, org_spans: list[Span]) -> Found | None:
    """"The opposition Labour Party was unimpressed. John Healey, the shadow defence secretary, said": a role with a
    party word (party_modifiers.txt) belongs to the party that is the topic there (None when that is no party)."""
    if lex.party_modifiers.isdisjoint(role.text.split()):
        return None
    parties = [s for s in org_spans if is_party(s.text, lex) or s.text in lex.party_names
               or (s[0].lower_ == "the" and is_party(s[1:].text, lex))]
    return topic_organization(doc, role.start, parties, lex)
