"""Stage 2 helper: person-role-organization relations stated around a person mention.

Patterns (token level, around the name):
  after:  "X, [Kazakhstani] researcher at [the Department of ... at] Y", "X, who heads Y",
          "X, who studies ... at Y",
          "X (Y)", "X from Y", "X of Y"
  before: "[Y's | Y | Russian] Director X", "the secretary of [the country's] Y, X",
          "Y's secretary general, X", "[Y ...] Its secretary general, X" (possessive.py)
  news:   "Y said .... Spokesman X told", "X of the service's fraud unit", "X, the U.N. coordinator"
          (referents.py: the organization named before)
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from spacy.symbols import NOUN
from spacy.tokens import Doc, Span

from ...acronyms import is_capitals_word
from ...annotations import PersonAffiliation
from ...sentences import sentence_of
from ..tokens import token_table, with_words
from .lexicon import PersonLexicon
from .names import NameMention
from .parties import own_party, party_before, party_letter, party_member, party_role
from .possessive import possessive_apposition
from .referents import head_reference, noun_reference, role_topic
from .roles import Found, institution, names_body, ner_organization, org_phrase, owner_before, role_after, role_before, title_start, work_clause
from .tokens import POSSESSIVE, is_newline, skip_markup_in, token_spans, words_of

_DETS = frozenset({"the", "a", "an"})
_NAME_PREPS = frozenset({"from", "of", "at", "with"})
_ROLE_PREPS = frozenset({"at", "of", "with", "from", "in", "for", "to"})
_PORTFOLIO_PREPS = frozenset({"of", "for", "in"})
_PORTFOLIO_WORDS = 6  # "for political and security affairs"
_AT_ORG = frozenset({"at", "with"})
_COPULAS = frozenset({"is", "was", "serves", "served"})  # "X is a professor at Y", "X, who serves as head of Y"
_MODIFIERS = 3  # lower-case words between an owner and its role ("Oxfam's senior policy director")


class Stated(NamedTuple):
    """What the text states next to a name: role, organization, country (ISO3, or "?" for "the country's"),
    and ``edge``, the token where the statement ends (after the name) or starts (before it)."""

    role: str
    org: Found | None
    country: str
    edge: int


def _org_of(inst: Found) -> Found | None:
    """The institution as an organization (None when it was only a country: "at Kazakhstan's")."""
    return inst if inst.text else None


def _after(doc: Doc, m: NameMention, lex: PersonLexicon, countries: list[Span | None],
           org_spans: list[Span]) -> Stated:
    """The role, organization and country stated after the name, or empty values ending at the name."""
    w = words_of(doc)
    k = skip_markup_in(w, m.end)
    if k >= len(doc):
        return Stated("", None, "", k)
    if w.text[k] == ",":
        return _apposition(doc, k + 1, lex, countries, org_spans)
    if w.text[k] == "(":
        party = party_letter(doc, k, lex)
        if party is not None:
            return Stated("", party, "", party.end)
        return _parenthesis(doc, k, lex, countries) or Stated("", None, "", m.end)
    if w.lower[k] in _NAME_PREPS:
        return _name_preposition(doc, k, lex, countries, org_spans) or Stated("", None, "", m.end)
    if w.lower[k] in _COPULAS:
        return _copular_role(doc, k + 1, lex, countries) or Stated("", None, "", m.end)
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
    ref = noun_reference(doc, k, org_spans, lex)
    if ref is not None:
        role = role_after(doc, ref.end, lex)
        if role is None:
            return Stated("", ref, "", ref.end)
        end = _portfolio_end(doc, role.end)
        return Stated(" ".join(t.lower_ for t in doc[role.start:end]), ref, "", end)
    while k < len(doc) and doc[k].lower_ in _DETS:
        k += 1
    member = party_member(doc, k, lex)
    if member is not None:
        return Stated("", member, "", member.end)  # "X, a Democrat from Ohio,"
    party = _party_role(doc, k, lex)
    if party is not None:
        return party
    country, k = _country_before_role(doc, k, countries)
    owned = None if country else _named_before_role(doc, k, lex, countries, org_spans)
    if owned is not None:
        return owned
    role = _role_at(doc, k, lex, demonym_unknown=not country)
    if role is not None:
        return _role_and_institution(doc, role, lex, countries, country)
    org = _org_closing_line(doc, k, lex)
    if org is not None:
        return Stated("", org, "", org.end)
    if k + 1 < len(doc) and doc[k].lower_ == "who" and doc[k + 1].lower_ in _COPULAS:
        copular = _copular_role(doc, k + 2, lex, countries)  # "X, who is a professor at Y,"
        if copular is not None:
            return copular
    if doc[k].lower_ in _NAME_PREPS - {"of"}:
        named = _name_preposition(doc, k, lex, countries, org_spans)  # "X, from the University of Leeds,"
        if named is not None:
            return named
    worked = work_clause(doc, k, lex, countries)
    if worked is not None:
        return Stated("", worked, "", worked.end)
    return _head_verb(doc, k, lex, countries, org_spans) or Stated("", None, "", k)


def _party_role(doc: Doc, k: int, lex: PersonLexicon) -> Stated | None:
    """"X, a Labour MP for Leeds,": the party word at ``k``, then a political role."""
    for size in (1, 2):
        party = party_before(doc, k + size, lex)
        if party is not None and party.start == k:
            role = role_after(doc, party.end, lex)
            if role is not None and party_role(role.text, lex):
                return Stated(role.text, party, "", role.end)
    return None


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
        inst = institution(doc, k + 1, lex, countries) or _after_portfolio(doc, k, lex, countries)
        if inst is not None:
            constituency = doc[k].lower_ == "for" and role.text in lex.public_offices  # "the MP for Salford"
            posted = doc[k].lower_ == "to" and not inst.text  # "ambassador to Kenya": where, not whose
            return Stated(role.text, None if constituency else _org_of(inst),
                          country if posted else inst.country or country, inst.end)
    body = _lower_case_body(doc, k, lex)
    if body is not None:
        return Stated(role.text, body, country, body.end)
    end = _portfolio_end(doc, k)
    if end > k:  # "the company's director of operations"
        return Stated(" ".join(t.lower_ for t in doc[role.start:end]), None, country, end)
    return Stated(role.text, None, country, k)


def _lower_case_body(doc: Doc, k: int, lex: PersonLexicon) -> Found | None:
    """"chair of the tenants' association", "a member of the nurses' union": a body written in lower case after the
    role's preposition at ``k``: "the", a plural possessive (the members it is of), an organization head noun."""
    if k + 3 >= len(doc) or doc[k].lower_ not in _ROLE_PREPS or doc[k + 1].lower_ != "the":
        return None
    j = k + 2
    while j + 1 < len(doc) and j - k <= 4 and doc[j].is_lower and doc[j].is_alpha:
        if doc[j + 1].text in POSSESSIVE and j + 2 < len(doc) and doc[j + 2].lower_ in lex.org_heads:
            return Found(doc[k + 2:j + 3].text, k + 2, j + 3)  # "the tenants' association"
        if doc[j].tag_ == "NNS" and doc[j + 1].lower_ in lex.org_heads and doc[j + 1].is_lower:
            return Found(doc[k + 2:j + 2].text, k + 2, j + 2)  # "the local teachers union"
        j += 1
    return None


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
    the role's lower-case portfolio after "of"/"for"/"in" at ``k``, then "at"/"with" and the institution."""
    if doc[k].lower_ not in _PORTFOLIO_PREPS:
        return None
    for j in range(k + 1, min(k + 1 + _PORTFOLIO_WORDS, len(doc) - 1)):
        tok = doc[j]
        if tok.lower_ in _AT_ORG and j > k + 1:
            inst = institution(doc, j + 1, lex, countries)
            return inst if inst is not None and inst.text else None
        if not (tok.is_lower and tok.is_alpha or tok.text == ","):
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
    if not (k + 1 < len(doc) and doc[k].lower_ == "who" and doc[k + 1].lower_ in lex.head_verb_roles):
        return None
    inst = noun_reference(doc, k + 2, org_spans, lex) or institution(doc, k + 2, lex, countries)
    if inst is None:
        return None
    return Stated(lex.head_verb_roles[doc[k + 1].lower_], _org_of(inst), inst.country, inst.end)


def _parenthesis(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None]) -> Stated | None:
    """"X (Uzbekistan)": a country; "X (KazISS)", "X (Institute of History)": an organization."""
    n = len(doc)
    if k + 2 < n and countries[k + 1] is not None and doc[countries[k + 1].end].text == ")":
        return Stated("", None, countries[k + 1].kb_id_, countries[k + 1].end + 1)
    found = org_phrase(doc, k + 1, lex)
    if found is None or found.end >= n or doc[found.end].text != ")" or "-" in found.text:
        return None
    words = [t.lower_ for t in doc[found.start:found.end]]
    if is_capitals_word(doc[found.start].text) or any(w in lex.org_heads for w in words):
        return Stated("", found, "", found.end + 1)
    return None


def _name_preposition(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None],
                      org_spans: list[Span]) -> Stated | None:
    """"X from Y", "X of Y": an institution that names a country, an organization head noun or an acronym;
    "X of the service's fraud unit": the organization named before as "... Service"."""
    ref = head_reference(doc, k + 1, org_spans)
    if ref is not None:
        return Stated("", ref, "", ref.end)
    inst = institution(doc, k + 1, lex, countries)
    if inst is None:
        return None
    if inst.country or names_body(doc, inst, lex):
        return Stated("", _org_of(inst), inst.country, inst.end)
    return None


def _before(doc: Doc, m: NameMention, lex: PersonLexicon, countries: list[Span | None],
            orgs: list[Span | None], org_spans: list[Span]) -> Stated:
    """The role, organization and country stated before the name ("Director X", "the head of Y, X",
    "Y's secretary general, X")."""
    lead = title_start(doc, m.start, lex)
    role = role_before(doc, m.start, lex) or (role_before(doc, lead, lex) if lead < m.start else None)
    if role is None and lead < m.start and party_role(doc[lead].lower_, lex):
        party = party_before(doc, lead, lex)  # "Republican Sen. Maria Lopez"
        if party is not None:
            return Stated(doc[lead].lower_.rstrip("."), party, "", party.start)
    if role is not None:
        role = _with_modifiers(doc, role, lex, countries, orgs)
        party = party_before(doc, role.start, lex) if party_role(role.text, lex) else None
        # "Labour MP Tom Reed", "Democratic senator Maria Lopez", "GOP Rep. X"
        owner = party or owner_before(doc, role.start, lex, countries, orgs)
        return _owned_role(role, owner) if owner else Stated(role.text, role_topic(doc, role, lex, org_spans), "",
                                                             role.start)
    owned = possessive_apposition(doc, lead, m.end, lex, countries, orgs, org_spans)
    if owned is not None:
        role, owner = owned
        if owner is None and doc[role.start - 1].lower_ != "its":  # "its" names its antecedent or nothing
            owner = role_topic(doc, role, lex, org_spans)
        return _owned_role(role, owner)
    if m.start >= 2 and words_of(doc).text[m.start - 1] == ",":
        for p in range(m.start - 2, max(-1, m.start - 20), -1):
            if doc[p].lower_ in {"of", "at"}:
                inst = institution(doc, p + 1, lex, countries)
                if inst is None or inst.end != m.start - 1:
                    break
                role = role_before(doc, p, lex)
                if role is None:
                    break
                return Stated(role.text, _org_of(inst), inst.country, role.start)
            if doc[p].is_punct and doc[p].text not in POSSESSIVE:
                break
    return Stated("", None, "", m.start)


def _with_modifiers(doc: Doc, role: Found, lex: PersonLexicon, countries: list[Span | None],
                    orgs: list[Span | None]) -> Found:
    """"Oxfam's policy director X", "Acme's chief technology officer X": the lower-case words between an owner
    and the role are part of the role as written (the role unchanged when no owner precedes them)."""
    start = role.start
    while start > 0 and role.start - start < _MODIFIERS and doc[start - 1].is_lower and doc[start - 1].is_alpha \
            and doc[start - 1].pos_ in {"NOUN", "ADJ"}:
        start -= 1
    if start == role.start or owner_before(doc, start, lex, countries, orgs) is None:
        return role
    return Found(" ".join(t.lower_ for t in doc[start:role.end]), start, role.end)


def _owned_role(role: Found, owner: Found | None) -> Stated:
    """A role before the name and who it belongs to; the statement starts at the earlier of the two
    (an owner named sentences before "its" is the organization, not the evidence)."""
    if owner is None:
        return Stated(role.text, None, "", role.start)
    adjacent = owner.end >= role.start - 1  # "Y Director X", "Y's Director X"; else "Y ... Its director, X"
    return Stated(role.text, _org_of(owner), owner.country, owner.start if adjacent else role.start - 1)


def _main_country(doc: Doc, countries: list[Span], at: int) -> str:
    """The country "the country's" refers to: the last one named earlier in the sentence,
    else the document's most named country when its title names it too."""
    sent = sentence_of(doc[at])
    earlier = [c for c in countries if sent.start <= c.start < at]
    if earlier:
        return earlier[-1].kb_id_
    counts = Counter(c.kb_id_ for c in countries)
    if not counts:
        return ""
    top, _ = counts.most_common(1)[0]
    first_line_end = next((t.i for t in doc if t.is_space and "\n" in t.text), len(doc))
    return top if any(c.kb_id_ == top and c.start < first_line_end for c in countries) else ""


def _panel_sentences(doc: Doc, lex: PersonLexicon) -> list[tuple[int, int]]:
    """Token ranges (from the cue to the sentence end) that present the event's speakers."""
    ranges: list[tuple[int, int]] = []
    nouns = token_table(doc).column("pos") == NOUN
    for i in with_words(doc, "lemma", lambda lemma: lemma.lower() in lex.panel_cues, among=nouns):  # rare
        tok = doc[i]
        sent = sentence_of(tok)
        if ranges and ranges[-1][1] == sent.end:
            continue  # the sentence's first cue noun opens the range
        if any(t.lemma_.lower() in lex.panel_verbs for t in sent):
            ranges.append((i, sent.end))
    return ranges


def affiliations(doc: Doc, named: list[tuple[NameMention, str]], lex: PersonLexicon,
                 countries: list[Span], orgs: list[Span]) -> list[PersonAffiliation]:
    """One PersonAffiliation per stated relation, plus empty ones for panellists without one."""
    n = len(doc)
    orgs = sorted(orgs, key=lambda s: (s.start, s.end))
    c_cover, o_cover = token_spans(countries, n), token_spans(orgs, n)
    panels = _panel_sentences(doc, lex)
    out: list[PersonAffiliation] = []
    seen: set[tuple[str, str, str, str]] = set()
    panelists: set[str] = set()
    for m, name in named:
        panelist = not m.byline and any(s <= m.start < e for s, e in panels)
        if panelist:
            panelists.add(name)
        for role, org, country, lo, hi in _relations(doc, m, lex, c_cover, o_cover, orgs):
            if country == "?":
                country = _main_country(doc, countries, lo)
            key = (name, role, org, country)
            if key in seen or not (role or org or country):
                continue
            seen.add(key)
            start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
            out.append(PersonAffiliation(name, role, org, country, start, end, doc[lo:hi].text, panelist))
    listed = {a.name for a in out if a.panelist}
    for m, name in named:
        if name in panelists and name not in listed:
            listed.add(name)
            start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
            out.append(PersonAffiliation(name, "", "", "", start, end, doc[m.start:m.end].text, True))
    return out


def _relations(doc: Doc, m: NameMention, lex: PersonLexicon, c_cover: list[Span | None],
               o_cover: list[Span | None], orgs: list[Span]) -> list[tuple[str, str, str, int, int]]:
    before = _before(doc, m, lex, c_cover, o_cover, orgs)
    after = _after(doc, m, lex, c_cover, orgs)
    if before.role and before.org is None and after.org is not None and not after.role:
        # "Chief Inspector X of Avon and Somerset Police": one relation, the role before, the organization after
        return [(before.role, after.org.text, before.country or after.country, before.edge, after.edge)]
    party = own_party(doc, m.end, orgs) if before.org is None and after.org is None else None
    if party is not None:  # "Defence Minister X said ... his own Social Democratic Party"
        before = before._replace(org=party)
    rels = []
    if before.role or before.org or before.country:
        rels.append((before.role, before.org.text if before.org else "", before.country, before.edge,
                     party.end if party is not None else m.end))
    if after.role or after.org or after.country:
        rels.append((after.role, after.org.text if after.org else "", after.country, m.start, after.edge))
    return rels
