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
from .possessive import possessive_apposition
from .referents import head_reference, role_topic
from .roles import Found, institution, org_phrase, owner_before, role_after, role_before, title_start, work_clause
from .tokens import POSSESSIVE, is_newline, skip_markup_in, token_spans, words_of

_DETS = frozenset({"the", "a", "an"})
_NAME_PREPS = frozenset({"from", "of", "at", "with"})
_ROLE_PREPS = frozenset({"at", "of", "with", "from", "in", "for", "to"})


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
        return _parenthesis(doc, k, lex, countries) or Stated("", None, "", m.end)
    if w.lower[k] in _NAME_PREPS:
        return _name_preposition(doc, k, lex, countries, org_spans) or Stated("", None, "", m.end)
    return Stated("", None, "", m.end)


def _apposition(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None],
                org_spans: list[Span]) -> Stated:
    """After "X, ": "[the] [Kazakh] researcher at Y", "the council's lead member", "Northbridge University"
    closing a line, "who heads Y". A country alone is not an apposition ("According to X, Russia ...")."""
    ref = head_reference(doc, k, org_spans)
    if ref is not None:
        role = role_after(doc, ref.end, lex)
        return Stated(role.text if role else "", ref, "", role.end if role else ref.end)
    while k < len(doc) and doc[k].lower_ in _DETS:
        k += 1
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
    worked = work_clause(doc, k, lex, countries)
    if worked is not None:
        return Stated("", worked, "", worked.end)
    return _head_verb(doc, k, lex, countries, org_spans) or Stated("", None, "", k)


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
    role = role_after(doc, named.end, lex) if named is not None else None
    if named is None or role is None:
        return None
    stated = _role_and_institution(doc, role, lex, countries, "")
    if stated.org is not None and doc[role.end].lower_ in {"from", "in", "for"} \
            and not _org_named(doc, stated.org, lex, org_spans):
        stated = stated._replace(org=None)  # "a delegate from Houston", "press secretary for George W. Bush"
    if stated.org is None and _is_organization(doc, named, org_spans):
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
        if inst is not None:
            constituency = doc[k].lower_ == "for" and role.text in lex.public_offices  # "the MP for Salford"
            return Stated(role.text, None if constituency else _org_of(inst), inst.country or country, inst.end)
    return Stated(role.text, None, country, k)


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
    inst = head_reference(doc, k + 2, org_spans) or institution(doc, k + 2, lex, countries)
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
    if inst.country or any(t.lower_ in lex.org_heads or is_capitals_word(t.text) for t in doc[inst.start:inst.end]):
        return Stated("", _org_of(inst), inst.country, inst.end)
    return None


def _before(doc: Doc, m: NameMention, lex: PersonLexicon, countries: list[Span | None],
            orgs: list[Span | None], org_spans: list[Span]) -> Stated:
    """The role, organization and country stated before the name ("Director X", "the head of Y, X",
    "Y's secretary general, X")."""
    lead = title_start(doc, m.start, lex)
    role = role_before(doc, m.start, lex) or (role_before(doc, lead, lex) if lead < m.start else None)
    if role is not None:
        owner = owner_before(doc, role.start, lex, countries, orgs)
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
    rels = []
    role, org, country, lo = _before(doc, m, lex, c_cover, o_cover, orgs)
    if role or org or country:
        rels.append((role, org.text if org else "", country, lo, m.end))
    role, org, country, hi = _after(doc, m, lex, c_cover, orgs)
    if role or org or country:
        rels.append((role, org.text if org else "", country, m.start, hi))
    return rels
