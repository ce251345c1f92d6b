"""Stage 2 helper: person-role-organization relations stated around a person mention.

Patterns (token level, around the name):
  after:  "X, [Kazakhstani] researcher at [the Department of ... at] Y", "X, who heads Y", "X (Y)",
          "X from Y", "X of Y", "X, a Labour MP", "X, commander of the northern squadron of Y",
          "X, a former diplomat now with Y" (after_name.py)
  before: "[Y's | Y | Russian] Director X", "the secretary of [the country's] Y, X", "the head of the mission of Y,
          X", "Y's secretary general, X", "[Y ...] Its secretary general, X" (possessive.py)
  news:   "Y said .... Spokesman X told", "X of the service's fraud unit", "X, the U.N. coordinator"
          (referents.py: the organization named before)
  party:  "Labour MP X", "Republican Sen. X", "X said ... his own Social Democratic Party" (parties.py)
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from spacy.symbols import NOUN
from spacy.tokens import Doc, Span

from ...annotations import PersonAffiliation
from ...sentences import sentence_of, sentence_range
from ..tokens import char_offsets, span_text, token_table, with_words
from .after_name import Stated, after_name, org_of, person_or_place, place_held
from .bodies import bodies
from .interviews import interviewed
from .lexicon import PersonLexicon
from .names import NameMention
from .parties import is_party, own_party, party_before, party_of_role, party_role
from .possessive import place_before, possessive_apposition
from .referents import antecedent, described, member_body, named_with, opening_org, possessor_reference, role_topic
from .roles import Found, institution, owner_before, role_before, title_start
from .tokens import POSSESSIVE, lower_words_from, token_spans, words_of

_MODIFIERS = 3  # lower-case words between an owner and its role ("Oxfam's senior policy director")
_FIELD_PREPS = frozenset({"of", "for"})  # "Secretary of Planning", "Secretary-General for Planning"
_UNIT_WORDS = 3  # "the head of the trade delegation of Y, X"
_STATE_NOUNS = frozenset({"republic", "state", "nation", "kingdom"})  # "the President of the Republic, X"


def _before(doc: Doc, m: NameMention, lex: PersonLexicon, countries: list[Span | None],
            orgs: list[Span | None], org_spans: list[Span], org_after: bool = False) -> Stated:
    """The role, organization and country stated before the name ("Director X", "the head of Y, X",
    "Y's secretary general, X", "Its chairman, Dominica's Prime Minister X"). With ``org_after`` (an organization
    stated after the name: "Economist X of the Y Institute") a bare role is not given to the clause's topic."""
    lead = title_start(doc, m.start, lex)
    role = role_before(doc, m.start, lex) or (role_before(doc, lead, lex) if lead < m.start else None)
    if role is None and lead < m.start and party_role(doc[lead].lower_, lex):
        party = party_before(doc, lead, lex)  # "Republican Sen. Maria Lopez"
        if party is not None:
            return Stated(doc[lead].lower_.rstrip("."), party, "", party.start)
    if role is None:
        owner = owner_before(doc, lead, lex, countries, orgs) if lead > 1 and doc[lead - 1].text in POSSESSIVE \
            else None  # "Oxfam's Jane Mills", "Britain's Andy Murray"
        if owner is not None:
            return Stated("", org_of(owner), owner.country, owner.start)
        return _apposed(doc, lead, m.end, lex, countries, orgs, org_spans) or Stated("", None, "", m.start)
    role = _with_modifiers(doc, role, lex, countries, orgs)
    party = party_before(doc, role.start, lex) if party_role(role.text, lex) else None
    # "Labour MP Tom Reed", "Democratic senator Maria Lopez", "GOP Rep. X"
    owner = _not_a_place(doc, role, party or owner_before(doc, role.start, lex, countries, orgs)
                         or _described_owner(doc, role, lex, org_spans), lex, orgs)
    topic = None if owner or org_after else role_topic(doc, role, lex, org_spans) \
        or party_of_role(doc, role, lex, org_spans) or _body_in_role(doc, role, lex, org_spans)
    stated = _owned_role(role, owner) if owner else Stated(role.text, topic, "", role.start)
    if stated.org is not None:
        return stated
    # "The leader of the council, Councillor X": the role and organization of an apposition before the title
    outer = _apposed(doc, stated.edge, m.end, lex, countries, orgs, org_spans)
    return outer._replace(country=outer.country or stated.country) if outer is not None and outer.org else stated


def _described_owner(doc: Doc, role: Found, lex: PersonLexicon, org_spans: list[Span]) -> Found | None:
    """"The institute's researcher X", "the company's chief executive X": the organization named before that the
    description owning the role refers to (referents.possessor_reference); "The agency chose the bid, its spokesman
    X said": the organization "its" refers to (referents.antecedent)."""
    marker = role.start - 1
    if marker > 0 and doc[marker].lower_ == "its" and doc[marker].dep_ == "poss":
        return antecedent(doc, marker, org_spans, lex)
    return possessor_reference(doc, marker, org_spans, lex) if marker > 0 and doc[marker].text in POSSESSIVE else None


def _apposed(doc: Doc, start: int, end: int, lex: PersonLexicon, countries: list[Span | None],
             orgs: list[Span | None], org_spans: list[Span]) -> Stated | None:
    """The role phrase in apposition before ``start`` (a comma before it) and the name ending at ``end``:
    "Y's secretary general, X", "Its state secretary, X" (possessive.py), "the head of Y, X", "a spokesman for Y,
    X", "the leader of the council, X" (the council named before)."""
    owned = possessive_apposition(doc, start, end, lex, countries, orgs, org_spans)
    if owned is not None:
        role, owner = owned
        if owner is None and doc[role.start - 1].lower_ not in {"its", "our"}:  # its antecedent / publisher or nothing
            owner = role_topic(doc, role, lex, org_spans) or member_body(doc, role, lex, org_spans)
        return _owned_role(role, _not_a_place(doc, role, owner, lex, orgs))
    if start < 2 or words_of(doc).text[start - 1] != ",":
        return None
    close = place_before(doc, start - 1, countries)  # "a spokesperson for the Y Embassy in Nassau, X"
    for p in range(close - 1, max(-1, start - 20), -1):
        if orgs[p] is not None:
            continue  # inside a name: "the Ministry of Planning, Investment and Economic Development, Mr X"
        if doc[p].lower_ in {"of", "at", "for"}:  # "a spokesman for the Y Police Force, Superintendent X"
            inst = opening_org(doc, p + 1, org_spans) or institution(doc, p + 1, lex, countries) \
                or described(doc, p + 1, org_spans)
            held = role_before(doc, p, lex) or _role_over_unit(doc, p, lex) or _role_over_portfolio(doc, p, lex) \
                if inst is not None and inst.end == close else None
            if inst is None or held is None or _names_person(doc, inst):
                return None  # "Secretary of State Connie Lawson, Congresswoman X": a list of titled names
            if person_or_place(doc, inst, lex) or place_held(doc, held.text, inst, lex):
                return Stated(held.text, None, inst.country, held.start)  # "The mayor of Schaan, X": a place
            return Stated(held.text, org_of(inst), inst.country, held.start)
        if doc[p].is_punct and doc[p].text not in POSSESSIVE:
            return None
    return None


def _role_over_unit(doc: Doc, p: int, lex: PersonLexicon) -> Found | None:
    """"The head of the delegation of the European Union, X": the role before "of the" and a part of the institution
    written in lower case (up to :data:`_UNIT_WORDS` nouns and adjectives) that end before the "of" at ``p``."""
    q = lower_words_from(doc, p, limit=_UNIT_WORDS, backward=True)
    if q == p or q < 3 or doc[q - 1].lower_ != "the" or doc[q - 2].lower_ != "of":
        return None
    return role_before(doc, q - 2, lex)


def _role_over_portfolio(doc: Doc, p: int, lex: PersonLexicon) -> Found | None:
    """"The deputy director for trade policy at the ministry, X": the role and its portfolio written in lower case
    ("of" / "for" and up to :data:`_UNIT_WORDS` nouns and adjectives) that end before the "at" at ``p``."""
    q = lower_words_from(doc, p, limit=_UNIT_WORDS, backward=True)
    if q == p or q < 2 or doc[q - 1].lower_ not in _FIELD_PREPS:
        return None
    role = role_before(doc, q - 1, lex)
    return Found(" ".join(t.lower_ for t in doc[role.start:p]), role.start, p) if role is not None else None


def _relative(doc: Doc, m: NameMention) -> bool:
    """A relative clause follows the name ("X, who chairs Y")."""
    return m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ == "who"


def _names_person(doc: Doc, inst: Found) -> bool:
    return any(t.ent_type_ == "PERSON" for t in doc[inst.start:inst.end])


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


def _body_in_role(doc: Doc, role: Found, lex: PersonLexicon, org_spans: list[Span]) -> Found | None:
    """"fire service spokesman X", "the union's branch secretary X": a lower-case organization head noun among the
    role's modifiers names the organization named before with that noun (None when there is none)."""
    for k in range(role.end - 2, role.start - 1, -1):
        if doc[k].is_lower and doc[k].lower_ in lex.org_heads:
            return named_with(doc[k].lower_, role.start, org_spans)
    return None


def _not_a_place(doc: Doc, role: Found, owner: Found | None, lex: PersonLexicon,
                 orgs: list[Span | None]) -> Found | None:
    """The owner before a role, kept as its country alone when the role is held over a place and the owner is a bare
    name the organization ruler does not know ("Haparanda's mayor, X": after_name.place_held)."""
    if owner is None or not owner.text or orgs[owner.start] is not None or is_party(owner.text, lex) \
            or not place_held(doc, role.text, owner, lex):
        return owner  # ("Labour mayor X": a party's)
    return Found("", owner.start, owner.end, owner.country)


def _owned_role(role: Found, owner: Found | None) -> Stated:
    """A role before the name and who it belongs to; the statement starts at the earlier of the two
    (an owner named sentences before "its" is the organization, not the evidence)."""
    if owner is None:
        return Stated(role.text, None, role.country, role.start)
    adjacent = owner.end >= role.start - 1  # "Y Director X", "Y's Director X"; else "Y ... Its director, X"
    return Stated(role.text, org_of(owner), owner.country or role.country,
                  owner.start if adjacent else role.start - 1)


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
    verbs: list[int] | None = None  # the Doc's panel verbs (by lemma), found when a cue noun needs them
    for i in with_words(doc, "lemma", lambda lemma: lemma.lower() in lex.panel_cues, among=nouns):  # rare
        start, end = sentence_range(doc, i)
        if ranges and ranges[-1][1] == end:
            continue  # the sentence's first cue noun opens the range
        if verbs is None:
            verbs = with_words(doc, "lemma", lambda lemma: lemma.lower() in lex.panel_verbs)
        k = bisect_left(verbs, start)
        if k < len(verbs) and verbs[k] < end:  # a panel verb in the sentence
            ranges.append((i, end))
    return ranges


def affiliations(doc: Doc, named: list[tuple[NameMention, str]], lex: PersonLexicon,
                 countries: list[Span], orgs: list[Span]) -> list[PersonAffiliation]:
    """One PersonAffiliation per stated relation, plus empty ones for panellists without one (an interview's
    subject counts as one: interviews.py); none for the text's author ("By X, economist at Y", a byline)."""
    n = len(doc)
    orgs = sorted([*orgs, *bodies(doc, lex, orgs, countries, [(m.start, m.end) for m, _ in named])],
                  key=lambda s: (s.start, s.end))
    c_cover, o_cover = token_spans(countries, n), token_spans(orgs, n)
    panels = _panel_sentences(doc, lex)
    asked = interviewed(doc, named, lex)
    out: list[PersonAffiliation] = []
    starts, ends = char_offsets(doc)  # (each token's character offsets, read once per Doc)
    seen: set[tuple[str, str, str, str]] = set()
    panelists: set[str] = set()
    authors = {name for m, name in named if m.byline}  # the author's line states no relation of the text's
    for m, name in named:
        if name in authors:
            continue
        panelist = not m.byline and (any(s <= m.start < e for s, e in panels) or name in asked)
        if panelist:
            panelists.add(name)
        for role, org, country, lo, hi in _relations(doc, m, lex, c_cover, o_cover, orgs):
            role, org = _without_field(doc, role, org, lo, hi, lex)
            if country == "?":
                country = _main_country(doc, countries, lo)
            key = (name, role, org, country)
            if key in seen or not (role or org or country):
                continue
            seen.add(key)
            # ("secretary - general": the role as the tokenizer split it)
            out.append(PersonAffiliation(name, role.replace(" - ", "-"), org, country, starts[lo], ends[hi - 1],
                                         span_text(doc, lo, hi), panelist))
    out = _without_parties_beside_others(out, lex)
    listed = {a.name for a in out if a.panelist}
    for m, name in named:
        if name in panelists and name not in listed:
            listed.add(name)
            out.append(PersonAffiliation(name, "", "", "", starts[m.start], ends[m.end - 1],
                                         span_text(doc, m.start, m.end), True))
    return out


def _without_field(doc: Doc, role: str, org: str, lo: int, hi: int, lex: PersonLexicon) -> tuple[str, str]:
    """"the National Secretary of Planning, X": a field of portfolios.txt right after the role's "of" / "for" is part
    of the role, not its organization; "the President of the Republic, X": the state itself is no organization."""
    if not org or " " in org:
        return role, org
    for k in range(lo + 1, hi):
        if doc[k].text != org:
            continue
        if doc[k - 1].lower_ in _FIELD_PREPS and org.lower() in lex.portfolios:
            return (f"{role} of {org.lower()}" if role else role), ""
        if k > lo + 1 and doc[k - 1].lower_ == "the" and doc[k - 2].lower_ == "of" and org.lower() in _STATE_NOUNS:
            return role, ""
    return role, org


def _without_parties_beside_others(out: list[PersonAffiliation], lex: PersonLexicon) -> list[PersonAffiliation]:
    """A party is a person's organization only when the text gives no other ("The leader of the council,
    Councillor X (Conservative)" -> the council): a party row goes when the person has a row with another one."""
    others = {a.name for a in out if a.organization and not is_party(a.organization, lex)}
    return [a for a in out if not (a.name in others and a.organization and is_party(a.organization, lex))]


def _relations(doc: Doc, m: NameMention, lex: PersonLexicon, c_cover: list[Span | None],
               o_cover: list[Span | None], orgs: list[Span]) -> list[tuple[str, str, str, int, int]]:
    after = after_name(doc, m, lex, c_cover, orgs)
    before = _before(doc, m, lex, c_cover, o_cover, orgs, org_after=after.org is not None)
    if before.role and before.org is None and after.org is not None and (not after.role or _relative(doc, m)):
        # "Chief Inspector X of Avon and Somerset Police", "Deputy Crown Prince X, who chairs the Council of Y":
        # one relation, the title before the name its role, the organization after it
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
