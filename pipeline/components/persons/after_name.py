"""Stage 2 helper: the role, organization and country stated right after a person's name (for
pipeline_person_ruler's affiliations).

"X, [the] [Kazakhstani] researcher at [the Department of ... at] Y", "X, director of policy at Oxfam",
"X, the SPCA's senior officer", "X, the company's director" (referents.py), "X, a Labour MP" (parties.py),
"X, who heads Y", "X, who is a professor at Y", "X, who studies ... at Y", "X (Y)", "X (D-Ohio)", "X from Y",
"X of Y", "X is a professor at Y", "X, commander of the northern squadron of Y", "X, a former Indian diplomat now
with Y".
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span

from ...acronyms import is_capitals_word
from .lexicon import PersonLexicon
from .names import NameMention
from .parties import party_before, party_letter, party_member, party_of_role, party_role
from .referents import (
    antecedent,
    head_reference,
    kind_reference,
    named_with,
    named_with_all,
    noun_reference,
    opening_org,
)
from .roles import (
    Found,
    clause_verb,
    institution,
    kind_before,
    lower_case_body,
    names_body,
    ner_organization,
    org_phrase,
    role_after,
    work_clause,
)
from .tokens import POSSESSIVE, is_newline, lower_words_from, skip_markup_in, words_of

_DETS = frozenset({"the", "a", "an"})
_NAME_PREPS = frozenset({"from", "of", "at", "with"})
_ROLE_PREPS = frozenset({"at", "of", "with", "from", "in", "for", "to"})
_DESCRIBED_PREPS = frozenset({"at", "of", "with", "for"})  # "an economist at the forum", "a spokeswoman for the X"
_PORTFOLIO_PREPS = frozenset({"of", "for", "in"})
_PORTFOLIO_WORDS = 6  # "for political and security affairs"
_AT_ORG = frozenset({"at", "with"})
_NOW = frozenset({"now", "currently"})  # "a former diplomat now with Y"
_WHEN_HELD = frozenset({"then", *_NOW})  # "X, then chairperson of Y", "X, now a fellow at Y"
_DASHES = frozenset({"\u2014", "\u2013"})
_PERSON_OR_PLACE = frozenset({"PERSON", "GPE", "LOC", "DATE", "TIME"})
_COPULAS = frozenset({"is", "was", "serves", "served"})  # "X is a professor at Y", "X, who serves as head of Y"
_PERFECT = frozenset({"has", "had"})  # "X has run Y since 2021"
_DESCRIPTION_WORDS = 6  # "a former Canadian trade negotiator who ..."
_UNIT_WORDS = 4  # "the regional protection team"
_UNIT_PREPS = frozenset({"at", "of", "within"})  # "heads the office of Y"
_UNIT_TAGS = frozenset({"NOUN", "ADJ", "PROPN"})  # a lower-case word of a unit (a PROPN only by mis-tagging)


class Stated(NamedTuple):
    """What the text states next to a name: role, organization, country (ISO3, or "?" for "the country's"),
    and ``edge``, the token where the statement ends (after the name) or starts (before it)."""

    role: str
    org: Found | None
    country: str
    edge: int


def org_of(inst: Found) -> Found | None:
    """The institution as an organization (None when it was only a country: "at Kazakhstan's")."""
    return inst if inst.text else None


def after_name(doc: Doc, m: NameMention, lex: PersonLexicon, countries: list[Span | None],
           org_spans: list[Span]) -> Stated:
    """The role, organization and country stated after the name, or empty values ending at the name."""
    w = words_of(doc)
    k = skip_markup_in(w, m.end)
    if k >= len(doc):
        return Stated("", None, "", k)
    if w.text[k] == "," or w.text[k] in _DASHES:  # "X, a spokesperson for Y", "X — a spokesperson for Y —"
        return _apposition(doc, k + 1, lex, countries, org_spans)
    if w.text[k] == "(":
        party = party_letter(doc, k, lex)
        if party is not None:
            return Stated("", party, "", party.end)
        return _parenthesis(doc, k, lex, countries) or _bracketed_org(doc, k, org_spans) or Stated("", None, "", m.end)
    if w.lower[k] in _NAME_PREPS and w.is_lower[k]:  # not a headline's "X With Y"
        return _name_preposition(doc, k, lex, countries, org_spans) or Stated("", None, "", m.end)
    if w.lower[k] in _COPULAS:
        return _copular_role(doc, k + 1, lex, countries) or Stated("", None, "", m.end)
    verb = k + 1 if w.lower[k] in _PERFECT and k + 1 < len(doc) else k
    if w.lower[verb] in lex.head_verb_roles and w.is_lower[verb]:  # "X heads Y", "X has run Y"; not a headline's
        stated = _headed_at(doc, verb, lex, countries, org_spans)
        return stated if stated is not None and stated.org is not None else Stated("", None, "", m.end)
    return Stated("", None, "", m.end)


def _copular_role(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None]) -> Stated | None:
    """"X is a professor of history at Yale University", "X, who serves as director of Y": after the verb at
    ``k - 1``, the role and the institution it is at (None when the text names no institution)."""
    if k < len(doc) and doc[k].lower_ == "as":
        k += 1
    while k < len(doc) and doc[k].lower_ in _DETS:
        k += 1
    role = role_after(doc, k, lex)
    if role is None:
        return None
    stated = _role_and_institution(doc, role, lex, countries, "")
    return stated if stated.org is not None else None


def _apposition(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None],
                org_spans: list[Span]) -> Stated:
    """After "X, ": "[the] [Kazakh] researcher at Y", "the council's lead member", "Northbridge University"
    closing a line, "who heads Y". A country alone is not an apposition ("According to X, Russia ...")."""
    ref = noun_reference(doc, k, org_spans, lex) or _its(doc, k, lex, org_spans)
    if ref is not None:
        role = role_after(doc, ref.end, lex)
        if role is None:
            return Stated("", ref, "", ref.end)
        end = _portfolio_end(doc, role.end)
        return Stated(" ".join(t.lower_ for t in doc[role.start:end]), ref, "", end)
    while k < len(doc) and (doc[k].lower_ in _DETS or doc[k].lower_ in _WHEN_HELD):
        k += 1  # "X, then chairperson of Y"
    if k + 2 < len(doc) and doc[k + 1].text == "-" and doc[k + 2].lower_ == "based":
        k += 3  # "X, a Caracas-based analyst with Y"
    member = party_member(doc, k, lex)
    if member is not None:
        return Stated("", member, "", member.end)  # "X, a Democrat from Ohio,"
    party = _party_role(doc, k, lex)
    if party is not None:
        return party
    start, modified = k, _modified_country(doc, k, lex, countries)
    country, k = _country_before_role(doc, modified, countries)
    owned = None if country else _kind_before_role(doc, k, lex, org_spans) \
        or _named_before_role(doc, k, lex, countries, org_spans)
    if owned is not None:
        return owned
    role = _role_at(doc, k, lex, demonym_unknown=not country)
    if role is not None and modified > start:  # "a former Indian diplomat" -> "former diplomat"
        role = Found(" ".join([*(t.lower_ for t in doc[start:modified]), role.text]), role.start, role.end)
    if role is not None:
        stated = _role_and_institution(doc, role, lex, countries, country)
        owner = _owner_after_role(doc, role, lex, countries, org_spans) if stated.org is None else None
        return stated._replace(org=owner, edge=max(stated.edge, owner.end)) if owner is not None else stated
    org = _org_closing_line(doc, k, lex)
    if org is not None:
        return Stated("", org, "", org.end)
    if k + 1 < len(doc) and doc[k].lower_ == "who" and doc[k + 1].lower_ in _COPULAS:
        copular = _copular_role(doc, k + 2, lex, countries)  # "X, who is a professor at Y,"
        if copular is not None:
            return copular
    if doc[k].lower_ in _NAME_PREPS:
        named = _name_preposition(doc, k, lex, countries, org_spans)  # "X, from the University of Leeds,"
        if named is not None:
            return named
    who = _described_who(doc, k)  # "X, a former Canadian trade negotiator who now teaches at Y"
    worked = work_clause(doc, who, lex, countries)
    if worked is not None:
        return Stated("", worked, "", worked.end)
    return _head_verb(doc, who, lex, countries, org_spans) or Stated("", None, "", k)


def _described_who(doc: Doc, k: int) -> int:
    """The "who" opening a relative clause at ``k`` or after a description in lower case at ``k`` (at most
    :data:`_DESCRIPTION_WORDS` words, no punctuation), else ``k``."""
    for j in range(k, min(k + _DESCRIPTION_WORDS + 1, len(doc))):
        if doc[j].lower_ == "who":
            return j
        if not doc[j].is_alpha or doc[j].pos_ == "VERB":
            break
    return k


def _its(doc: Doc, k: int, lex: PersonLexicon, org_spans: list[Span]) -> Found | None:
    """"X, its managing director": the organization "its" at ``k`` refers to; the Found spans "its"."""
    if not (k + 1 < len(doc) and doc[k].lower_ == "its" and role_after(doc, k + 1, lex) is not None):
        return None
    owner = antecedent(doc, k, org_spans, lex)
    return Found(owner.text, k, k + 1) if owner is not None else None


def _party_role(doc: Doc, k: int, lex: PersonLexicon) -> Stated | None:
    """"X, a Labour MP for Leeds,": the party word at ``k``, then a political role."""
    for size in (1, 2):
        party = party_before(doc, k + size, lex)
        if party is not None and party.start == k:
            role = role_after(doc, party.end, lex)
            if role is not None and party_role(role.text, lex):
                return Stated(role.text, party, "", role.end)
    return None


def _owner_after_role(doc: Doc, role: Found, lex: PersonLexicon, countries: list[Span | None],
                      org_spans: list[Span]) -> Found | None:
    """The organization the words after an apposition's role name when no institution follows its preposition: "at the
    forum" (named before), "with the X Trust", "for the union", "who studies ... at Y", "who chairs Y", "of the
    northern squadron of Y", "now with Y"; None when they name none."""
    return _described_after(doc, role, lex, org_spans) or _org_after_role(doc, role, org_spans) \
        or party_of_role(doc, role, lex, org_spans) or work_clause(doc, role.end, lex, countries) \
        or _headed(doc, role.end, lex, countries, org_spans) or _unit_after_role(doc, role, lex, countries, org_spans) \
        or _now_at(doc, role.end, lex, countries)


def _modified_country(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None]) -> int:
    """"X, a former Indian diplomat": the token of the country after at most two lower-case role modifiers
    (role_modifiers.txt) at ``k``, else ``k``."""
    j = k
    while j < len(doc) and j - k < 2 and doc[j].is_lower and doc[j].lower_ in lex.role_modifiers:
        j += 1
    return j if k < j < len(doc) and countries[j] is not None else k


def _country_before_role(doc: Doc, k: int, countries: list[Span | None]) -> tuple[str, int]:
    """The country of "Kazakhstan's researcher" / "Kazakh researcher" at ``k``, and the token after it."""
    span = countries[k] if k < len(doc) else None
    if span is None:
        return "", k
    k = span.end
    if k < len(doc) and doc[k].text in POSSESSIVE:
        k += 1
    return span.kb_id_, k


def _role_at(doc: Doc, k: int, lex: PersonLexicon, *, demonym_unknown: bool) -> Found | None:
    """The role phrase at ``k``; when ``demonym_unknown``, also after a capitalized adjective or proper noun
    the country ruler did not know ("Tajikistani researcher")."""
    role = role_after(doc, k, lex)
    if role is None and demonym_unknown and k + 1 < len(doc) and doc[k].text[:1].isupper() \
            and doc[k].pos_ in {"ADJ", "PROPN"}:
        role = role_after(doc, k + 1, lex)
    return role


def _kind_before_role(doc: Doc, k: int, lex: PersonLexicon, org_spans: list[Span]) -> Stated | None:
    """"X, a ministry spokeswoman", "X, a Commission spokeswoman": an organization head noun (org_heads.txt) alone
    at ``k``, then the role; the organization named before with that noun ("the Ministry of Foreign Affairs and
    Trade said ..."); "X, a coast guard spokeswoman": lower-case words that are all words of the name of one named
    before ("the Philippine Coast Guard said ..."); None when there is none."""
    if k + 1 >= len(doc) or not doc[k].is_alpha:
        return None
    if doc[k].lower_ in lex.org_heads:
        role = role_after(doc, k + 1, lex)
        owner = named_with(doc[k].lower_, k, org_spans) if role is not None else None
        return Stated(role.text, owner, "", role.end) if role is not None and owner is not None else None
    for r in range(k + 2, min(k + _UNIT_WORDS, len(doc))):
        if not (doc[r - 1].is_lower and doc[r - 1].is_alpha):
            return None
        role = role_after(doc, r, lex)
        if role is not None:
            owner = named_with_all([t.lower_ for t in doc[k:r]], k, org_spans)
            return Stated(role.text, owner, "", role.end) if owner is not None else None
    return None


def _named_before_role(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None],
                       org_spans: list[Span]) -> Stated | None:
    """"the U.N. humanitarian coordinator for Sudan", "a Horn of Africa researcher at Chatham House": a
    capitalized phrase, then the role; the phrase is the organization when it is one (an acronym or a
    recognised organization) and no institution follows the role."""
    recognised = next((Found(s.text, s.start, s.end) for s in org_spans if s.start == k), None)
    named = recognised or org_phrase(doc, k, lex, limit=5)
    owns = named is not None and named.end < len(doc) and doc[named.end].text in POSSESSIVE
    role = role_after(doc, named.end + owns, lex) if named is not None else None
    if named is None or role is None:
        return None
    if owns and not recognised and ner_organization(doc, named.end - 1):
        recognised = named  # "X, Oxfam's policy director": the NER's organization owns the role
    stated = _role_and_institution(doc, role, lex, countries, "")
    if stated.org is not None and doc[role.end].lower_ in {"from", "in", "for"} \
            and not _org_named(doc, stated.org, lex, org_spans):
        stated = stated._replace(org=None)  # "a delegate from Houston", "press secretary for George W. Bush"
    if stated.org is None and (recognised is not None or _is_organization(doc, named, org_spans)):
        return stated._replace(org=named)
    return stated


def _org_named(doc: Doc, found: Found, lex: PersonLexicon, org_spans: list[Span]) -> bool:
    """A recognised organization, or a name with an organization head noun or an acronym."""
    return _is_organization(doc, found, org_spans) \
        or any(t.lower_ in lex.org_heads or is_capitals_word(t.text) for t in doc[found.start:found.end])


def _is_organization(doc: Doc, found: Found, org_spans: list[Span]) -> bool:
    return (found.end - found.start == 1 and is_capitals_word(doc[found.start].text)) \
        or any(s.start <= found.start and found.end <= s.end for s in org_spans)


def _role_and_institution(doc: Doc, role: Found, lex: PersonLexicon, countries: list[Span | None],
                          country: str) -> Stated:
    """The role, and the institution after it ("researcher at Y", "head of Y") when there is one."""
    k = role.end
    if k < len(doc) and doc[k].lower_ in _ROLE_PREPS:
        inst = institution(doc, k + 1, lex, countries)
        if inst is None or _a_place(doc, k, role, inst, lex):  # "a lecturer in Baltic history at Y"
            inst = _after_portfolio(doc, k, lex, countries)
        elif _field_word(doc, inst, k, lex):  # "Assistant Secretary-General for Planning at the GSSCPD"
            inst = _after_portfolio(doc, k, lex, countries) or inst
        if inst is not None and _a_place(doc, k, role, inst, lex):
            inst = None  # "adviser to Ronald Reagan", "governor of Vermont", "an executive in Tucson"
        if inst is not None:
            constituency = doc[k].lower_ == "for" and role.text in lex.public_offices \
                and not _headed_body(doc, inst, lex)  # "the MP for Salford"; not "an MP for the X Party"
            posted = doc[k].lower_ == "to" and not inst.text  # "ambassador to Kenya": where, not whose
            return Stated(role.text, None if constituency else org_of(inst),
                          country if posted else inst.country or country, inst.end)
    body = _lower_case_body(doc, k, lex)
    if body is not None:
        return Stated(role.text, body, country, body.end)
    end = _portfolio_end(doc, k)
    if end > k:  # "the company's director of operations"
        return Stated(" ".join(t.lower_ for t in doc[role.start:end]), None, country, end)
    return Stated(role.text, None, country, k)


def _field_word(doc: Doc, inst: Found, k: int, lex: PersonLexicon) -> bool:
    """The institution is one word right after the role's "of" / "for" at ``k``, with no article, that names a
    role's field (portfolios.txt: "Planning")."""
    return inst.start == k + 1 and inst.end == k + 2 and doc[k].lower_ in {"of", "for"} \
        and doc[inst.start].lower_ in lex.portfolios


def _headed_body(doc: Doc, inst: Found, lex: PersonLexicon) -> bool:
    """The institution's name has an organization head noun or is an acronym ("the X Party", "the SNP"), or one
    follows it in lower case ("a councillor for the Free Republic group")."""
    return any(t.lower_ in lex.org_heads or is_capitals_word(t.text) for t in doc[inst.start:inst.end]) \
        or _kind_follows(doc, inst, lex)


def _kind_follows(doc: Doc, inst: Found, lex: PersonLexicon) -> bool:
    """An organization head noun in lower case follows the name: "the Free Republic group", "the Unite union"."""
    return inst.end < len(doc) and doc[inst.end].is_lower and doc[inst.end].lower_ in lex.org_heads


def _org_after_role(doc: Doc, role: Found, org_spans: list[Span]) -> Found | None:
    """"an economist with the Vava\u2019u Development Trust": the organization the organization ruler found right
    after the role's "at" / "with" / "of", when the capitalized words alone did not make a name of it."""
    k = role.end
    return opening_org(doc, k + 1, org_spans) if k < len(doc) and doc[k].lower_ in _DESCRIBED_PREPS else None


def _described_after(doc: Doc, role: Found, lex: PersonLexicon, org_spans: list[Span]) -> Found | None:
    """"X, a senior economist at the forum", "X, director of border trade at the ministry": the organization named
    before as "... Forum" that "the forum" after the role's "at" / "with" (after its portfolio) refers to; "X, a
    spokeswoman for the service": the organization of that kind that is the topic there (referents.kind_reference;
    None when no such description follows the role)."""
    k = _past_portfolio(doc, role.end)
    if k >= len(doc) or doc[k].lower_ not in _DESCRIBED_PREPS:
        return None
    return kind_reference(doc, k + 1, org_spans, lex)


def _past_portfolio(doc: Doc, k: int) -> int:
    """"director of border trade at the ministry": the "at" / "with" after a role's lower-case portfolio ("of" / "for"
    at ``k`` and up to :data:`_UNIT_WORDS` nouns and adjectives), else ``k``."""
    if k >= len(doc) or doc[k].lower_ not in {"of", "for"}:
        return k
    j = lower_words_from(doc, k + 1, limit=_UNIT_WORDS)
    return j if j > k + 1 and j < len(doc) and doc[j].lower_ in _AT_ORG else k


def person_or_place(doc: Doc, inst: Found, lex: PersonLexicon) -> bool:
    """The NER reads the whole name as a person or a place, and no organization head noun or acronym says
    otherwise ("adviser to Ronald Reagan", "governor of Vermont"; not "a spokesperson for Surrey RCMP")."""
    words = doc[inst.start:inst.end]
    if not inst.text or any(t.lower_ in lex.org_heads or is_capitals_word(t.text) for t in words) \
            or _kind_follows(doc, inst, lex) or kind_before(doc, inst.start, lex):
        return False
    first = words[0].lower_.rstrip(".")
    if first in lex.titles or first in lex.role_words or words[0].text in lex.party_names:
        return True  # "adviser to President George W. Bush", "campaign manager for Republican Bob Dole"
    kinds = {t.ent_type_ for t in words}
    return kinds <= _PERSON_OR_PLACE and "" not in kinds


def place_held(doc: Doc, role: str, inst: Found, lex: PersonLexicon) -> bool:
    """A role held over a place (place_roles.txt; "former mayor" too) and a name of capitalized words only, with no
    organization head noun or acronym in or after it: "Haparanda's mayor", "the high chief of Falealupo" (the NER
    often reads a small town as an organization); not "the governor of the Central Bank"."""
    words = role.split()
    return any(" ".join(words[i:]) in lex.place_roles for i in range(len(words))) and _bare_name(doc, inst, lex)


def _bare_name(doc: Doc, inst: Found, lex: PersonLexicon) -> bool:
    """The institution is a name of capitalized words only that nothing marks as an organization's (no head noun,
    acronym or kind noun after it: :func:`_headed_body`)."""
    return bool(inst.text) and all(t.is_alpha and t.text[:1].isupper() for t in doc[inst.start:inst.end]) \
        and not _headed_body(doc, inst, lex)


def _a_place(doc: Doc, k: int, role: Found, inst: Found, lex: PersonLexicon) -> bool:
    """The institution after the role's preposition at ``k`` names a person or a place, not the person's organization:
    :func:`person_or_place`, :func:`place_held`, or a bare name right after "in" ("a security analyst in Arequipa";
    "an economist at the Y Institute in Lima" keeps its "at")."""
    return person_or_place(doc, inst, lex) or place_held(doc, role.text, inst, lex) \
        or doc[k].lower_ == "in" and inst.start == k + 1 and _bare_name(doc, inst, lex)


def _lower_case_body(doc: Doc, k: int, lex: PersonLexicon) -> Found | None:
    """"chair of the tenants' association", "a member of the nurses' union": a body written in lower case after the
    role's preposition at ``k``: "the", a plural possessive (the members it is of), an organization head noun."""
    if k >= len(doc) or doc[k].lower_ not in _ROLE_PREPS:
        return None
    return lower_case_body(doc, k + 1, lex)


def _portfolio_end(doc: Doc, k: int) -> int:
    """The end of a lower-case portfolio after a role ("of operations", "of public health") closing the
    phrase at ``k`` (before punctuation or the end), else ``k``."""
    if k >= len(doc) or doc[k].lower_ != "of":
        return k
    j = k + 1
    while j < len(doc) and j - k <= _PORTFOLIO_WORDS and doc[j].is_lower and doc[j].is_alpha \
            and doc[j].pos_ in {"NOUN", "ADJ", "CCONJ"}:
        j += 1
    closed = j == len(doc) or doc[j].is_punct or doc[j].is_space
    return j if j > k + 1 and closed and doc[j - 1].pos_ == "NOUN" else k


def _after_portfolio(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None]) -> Found | None:
    """"director of policy at Oxfam", "lead researcher for political and security affairs at the Y Institute":
    the role's lower-case portfolio after "of"/"for"/"in" at ``k``, then "at"/"with" and the institution, or
    "for" and a body ("a member of parliament for the X Party")."""
    if doc[k].lower_ not in _PORTFOLIO_PREPS:
        return None
    for j in range(k + 1, min(k + 1 + _PORTFOLIO_WORDS, len(doc) - 1)):
        tok = doc[j]
        if tok.lower_ in _AT_ORG and j > k + 1:
            inst = institution(doc, j + 1, lex, countries)
            return inst if inst is not None and inst.text else None
        if tok.lower_ == "for" and j > k + 1:  # "a member of parliament for the X Party" (not "for Leeds")
            inst = institution(doc, j + 1, lex, countries)
            if inst is not None and inst.text and names_body(doc, inst, lex):
                return inst
        if not (tok.is_alpha or tok.text == ","):
            return None
    return None


def _org_closing_line(doc: Doc, k: int, lex: PersonLexicon) -> Found | None:
    """An organization named with its head noun that closes a line or list item ("X, Northbridge University")."""
    org = org_phrase(doc, k, lex)
    if org is None or doc[org.end - 1].lower_ not in lex.org_heads:
        return None
    n = len(doc)
    return org if org.end == n or is_newline(doc[org.end]) or doc[org.end].text in {";", ")"} else None


def _head_verb(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None],
               org_spans: list[Span]) -> Stated | None:
    """"who heads Y", "who leads the department's team": the role the verb gives (head_verbs.tsv) and the
    institution."""
    if not (k + 1 < len(doc) and doc[k].lower_ == "who"):
        return None
    verb = clause_verb(doc, k + 1)  # "who also runs Y", "who now heads Y"
    if doc[verb].lower_ not in lex.head_verb_roles:
        return None
    return _headed_at(doc, verb, lex, countries, org_spans)


def _headed_at(doc: Doc, verb: int, lex: PersonLexicon, countries: list[Span | None],
               org_spans: list[Span]) -> Stated | None:
    """The role the head verb at ``verb`` gives (head_verbs.tsv) and the institution it governs."""
    if verb + 1 >= len(doc):
        return None
    inst = noun_reference(doc, verb + 1, org_spans, lex) or _unit_of(doc, verb + 1, lex, countries, org_spans) \
        or _whole_org(doc, verb + 1, lex, countries, org_spans) or lower_case_body(doc, verb + 1, lex)
    if inst is None:
        return None
    return Stated(lex.head_verb_roles[doc[verb].lower_], org_of(inst), inst.country, inst.end)


def _whole_org(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None],
               org_spans: list[Span]) -> Found | None:
    """The institution at ``k``, as the organization ruler found it when its name runs on where the capitalized
    words alone stop ("the Ministry of Development, Industry, Trade and Services")."""
    inst = institution(doc, k, lex, countries)
    if inst is None or not inst.text:
        return inst
    whole = opening_org(doc, inst.start, org_spans)
    if whole is None or whole.end <= inst.end:
        return inst
    short = _acronym_after(doc, whole)
    return short or Found(whole.text, whole.start, whole.end, inst.country)


def _acronym_after(doc: Doc, found: Found) -> Found | None:
    """"the UN refugee agency (UNHCR)": a name that is partly a description in lower case is reported by the acronym
    in parentheses after it (None when there is none or the name is all capitalized)."""
    k = found.end
    if not any(t.is_lower and t.pos_ in {"NOUN", "ADJ"} for t in doc[found.start:found.end]) or k + 2 >= len(doc) \
            or doc[k].text != "(" or doc[k + 2].text != ")" or not is_capitals_word(doc[k + 1].text):
        return None
    return Found(doc[k + 1].text, found.start, k + 3)


def _unit_of(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None],
             org_spans: list[Span]) -> Found | None:
    """"heads international cooperation at Y", "leads the team of Y", "runs the Asian sales arm of Y": what the head
    verb governs at ``k`` is a part of an institution written in lower case (an article and up to four nouns and
    adjectives, a word hyphened to the next among them: "heads emerging-market research at Y"), then "at" / "of" /
    "within" and the institution (one with an organization head noun or an acronym), else None."""
    j = k + (k < len(doc) and doc[k].lower_ in _DETS)
    first = j
    while j < len(doc) and j - first < _UNIT_WORDS and (doc[j].is_lower and doc[j].is_alpha or _demonym(doc, j)):
        if _hyphened(doc, j):
            j += 2  # "heads emerging-market research at Y": the word joined to the next one, whatever its tag
        elif doc[j].pos_ in _UNIT_TAGS:  # ("affairs" in "the foreign affairs committee": tagged PROPN)
            j += 1
        else:
            break
    if j == first or j + 1 >= len(doc) or doc[j].lower_ not in _UNIT_PREPS:
        return None
    inst = _whole_org(doc, j + 1, lex, countries, org_spans)
    if inst is None or not inst.text:
        return None
    return inst if names_body(doc, inst, lex) or _is_organization(doc, inst, org_spans) else None


def _demonym(doc: Doc, j: int) -> bool:
    """A capitalized adjective of a nationality or region inside a unit written in lower case ("runs the Asian sales
    arm of Y"), followed by a lower-case word."""
    return doc[j].ent_type_ == "NORP" and doc[j].pos_ == "ADJ" and j + 1 < len(doc) and doc[j + 1].is_lower


def _hyphened(doc: Doc, j: int) -> bool:
    """The lower-case word at ``j`` is joined by a hyphen to a lower-case word after it ("emerging-market")."""
    return j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ \
        and not doc[j + 1].whitespace_ and doc[j + 2].is_lower and doc[j + 2].is_alpha


def _unit_after_role(doc: Doc, role: Found, lex: PersonLexicon, countries: list[Span | None],
                     org_spans: list[Span]) -> Found | None:
    """"X, commander of the northern squadron of the Maldives Coast Guard": a part of an institution written in lower
    case after the role's "of" (:func:`_unit_of`), then the institution it belongs to (None when there is none)."""
    k = role.end
    if k + 1 >= len(doc) or doc[k].lower_ != "of" or doc[k + 1].lower_ != "the":
        return None
    return _unit_of(doc, k + 1, lex, countries, org_spans)


def _now_at(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None]) -> Found | None:
    """"X, a former diplomat now with the Y Group", "X, a retired brigadier and former chief of staff now at Y": after
    the role at ``k``, lower-case words of the description, then "now" / "currently" and "at" / "with" the institution
    the person works at (one with an organization head noun or an acronym), else None."""
    for j in range(k, min(k + _DESCRIPTION_WORDS + 1, len(doc) - 2)):
        if doc[j].lower_ in _NOW and doc[j + 1].lower_ in _AT_ORG:
            inst = institution(doc, j + 2, lex, countries)
            return inst if inst is not None and inst.text and names_body(doc, inst, lex) else None
        if not (doc[j].is_lower and doc[j].is_alpha):
            return None
    return None


def _headed(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None], org_spans: list[Span]) -> Found | None:
    """"X, a lawyer who chairs Y": the institution that the relative clause after the role at ``k`` has the person
    head (the role stays the one the apposition names)."""
    stated = _head_verb(doc, k, lex, countries, org_spans)
    return stated.org if stated is not None else None


def _parenthesis(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None]) -> Stated | None:
    """"X (Uzbekistan)": a country; "X (KazISS)", "X (Institute of History)": an organization."""
    n = len(doc)
    country = countries[k + 1] if k + 2 < n else None
    if country is not None and doc[country.end].text == ")":
        return Stated("", None, country.kb_id_, country.end + 1)
    found = org_phrase(doc, k + 1, lex)
    if found is None or found.end >= n or doc[found.end].text != ")" or "-" in found.text:
        return None
    words = [t.lower_ for t in doc[found.start:found.end]]
    if is_capitals_word(doc[found.start].text) or any(w in lex.org_heads for w in words):
        return Stated("", found, "", found.end + 1)
    return None


def _bracketed_org(doc: Doc, k: int, org_spans: list[Span]) -> Stated | None:
    """"X (N-VA)", "X (Vetëvendosje)": an organization the organization ruler found filling the parentheses at ``k``
    (organizations/parties.py: a member's party or group)."""
    org = opening_org(doc, k + 1, org_spans)
    if org is None or org.end >= len(doc) or doc[org.end].text != ")":
        return None
    return Stated("", org, "", org.end + 1)


def _name_preposition(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None],
                      org_spans: list[Span]) -> Stated | None:
    """"X from Y", "X of Y": an institution that names a country, an organization head noun or an acronym;
    "X of the service's fraud unit": the organization named before as "... Service"."""
    ref = head_reference(doc, k + 1, org_spans)
    if ref is not None:
        return Stated("", ref, "", ref.end)
    if k + 1 < len(doc) and doc[k + 1].lower_ in {"a", "an"}:
        return None  # "Karl Rove at a White House dinner": an occasion, not an employer
    inst = institution(doc, k + 1, lex, countries)
    if inst is None:
        return None
    if inst.country or names_body(doc, inst, lex) or _persons_organization(doc, k, inst, org_spans):
        return Stated("", org_of(inst), inst.country, inst.end)
    party = party_before(doc, inst.end, lex)
    if party is not None and party.start == inst.start:
        return Stated("", party, "", party.end)  # "Councillor X of the Social Democrats"
    return None


def _persons_organization(doc: Doc, k: int, inst: Found, org_spans: list[Span]) -> bool:
    """"X of the Smer party": an organization the organization ruler found after the "of" at ``k`` of a name the
    NER reads as a person's (not "the Agenda for Sustainable Development of the United Nations")."""
    return k > 0 and doc[k - 1].ent_type_ == "PERSON" and _is_organization(doc, inst, org_spans)
