"""Stage 2 helper for pipeline_policy: find policy documents, their owners, periods and adoption dates."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, partial

from spacy.tokens import Doc, Span

from ...doctext import doc_text, paragraphs
from ...sentences import sentence_range
from ..tokens import token_numbers
from .continuity import headline_end, opening_year
from .mentions import Mention, title_case
from .owners import (
    POSSESSIVE,
    governing_subject,
    headline_owner,
    headline_state,
    home_country,
    owner_clause_subject,
    owner_left,
    owner_near,
    owner_of,
    owner_subject,
    paragraph_owner,
    pronoun_owner,
)


@dataclass
class PolicyDocument:
    """A document under construction (the component turns it into a PolicyAnnotation)."""

    owner: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    period_start: int | None = None
    period_end: int | None = None
    adopted: str = ""


def _head_noun(name: str) -> str:
    """"programme" for "Foreign Policy Programme" and for "Programme of Foreign Policy of Neutral Turkmenistan"."""
    low = name.lower()
    last = (low.split(" of ")[0] if " of " in low else low).split()[-1] if name else ""
    return {"programme": "program", "plan": "program"}.get(last, last)


def _same_kind(a: str, b: str) -> bool:
    """Two names of one document: same head ("Development Programme"/"National Development Program") or
    same domain ("Foreign Policy Doctrine"/"Foreign Policy Concept")."""
    wa, wb = a.lower().split(), b.lower().split()
    return _head_noun(a) == _head_noun(b) or (len(wa) > 1 and wa[:-1] == wb[:-1])


def _name_rank(doc: Doc, m: Mention, first_line: int) -> tuple[bool, int]:
    """Prefer names written in the body over the headline (first line ends at ``first_line``), then longer names."""
    return (first_line < 0 or doc[m.start].idx > first_line, len(m.name))


def resolve_documents(doc: Doc, mentions: list[Mention], countries: dict[int, Span],
                      issuing_verbs: frozenset[str], document_nouns: frozenset[str] = frozenset(),
                      referred_heads: frozenset[str] = frozenset()) -> list[PolicyDocument]:
    """Give each mention an owner and a document; named mentions of one owner and kind are one document.

    A named mention's owner is the one the text gives it ("Kazakhstan's", "of Uzbekistan", "Japan adopted"), else the
    subject of its sentence, else the owner of a document of its kind named before, else the nearest country.
    A generic mention ("the concept") with its own owner ("Kazakhstan has the newest concept") opens a new
    document of the last named kind; without one it refers back to the last document. A statement of priorities
    that names no document gives its owner a document without a name. A text whose only documents are foreign
    ministers or ministries speaking (and words referring back to them), and that names no priority, goal or task,
    is news: it has none. A text whose mentions give no document an owner may still report a foreign minister's
    statement of priorities in its lead (:func:`_minister_document`).
    """
    documents: list[PolicyDocument] = []
    last = -1
    first_line = doc_text(doc).find("\n") if mentions else -1
    # the state whose document the headline names ("Reading Lithuania's Indo-Pacific Strategy"), else the state of
    # the headline's or dateline's capital
    capital = headline_state(doc, countries, document_nouns) if mentions else ""
    headline = headline_document(doc, mentions, document_nouns)
    home = cache(partial(home_country, doc, countries, headline, state=capital))  # the text's country, found when
    # first asked
    local = -1  # where the sentence after the last city's, company's or party's document ends
    for m in mentions:
        if _compared(doc, m) or m.earlier and documents:
            continue  # "Unlike the American strategy, it avoids ...": another document, named for contrast only;
            # "The plan succeeds the Economic Recovery and Growth Plan": an earlier one
        if m.local or (m.start < local and not (m.name or m.statement)):
            # a city's, a company's or a party's document, and a reference to it up to the next sentence's end ("a
            # carmaker's own plan ...; that strategy belongs to the company"): no national policy
            local = _next_sentence_end(doc, m.start) if m.local else local
            continue
        local = -1
        explicit = (_explicit_owner(doc, m, countries, issuing_verbs) or (home() if m.governed else "")
                    or _minister_possessive(doc, m, mentions, countries))
        if _aside(doc, m, documents, explicit, countries):
            continue
        ours = m.owned and last >= 0 and _first_person(doc, m)  # '"Our diplomacy will rest on ...," she said'
        if m.owned and not (ours or owner_left(doc, m, countries) or governing_subject(doc, m, countries)
                            or pronoun_owner(doc, m, countries) or m.governed and home()
                            or m.statement and explicit):
            continue  # "its priorities", "the ministry's priorities"; "Chile will pursue a ... foreign policy" owns one
        if ours:
            k = last
        elif m.statement:
            k = _statement_document(doc, m, documents, explicit, countries)
        elif m.name:
            k = _named_document(doc, m, documents, explicit, countries, first_line, capital, home, headline)
        elif m.indefinite and not explicit:  # "a plan": a document only when the text gives its owner
            continue
        else:
            k = _generic_document(doc, m, documents, explicit, last)
        if k < 0:
            continue
        m.document, m.owner = k, documents[k].owner
        documents[k].mentions.append(m)
        last = k
    if not documents:
        documents = _referred_document(doc, mentions, countries, home, referred_heads)
    if not documents:
        documents = _minister_document(doc, mentions, countries, home)
    used = [o for d in documents for o in d.mentions]
    if any(o.unstated for o in used) and all(o.unstated or not (o.name or o.statement) for o in used):
        for o in mentions:  # a ministry speaking in news: no document, no statement of priorities
            o.document, o.owner = -1, ""
        return []
    return documents


def partner_documents(owners: list[str], partners: list[list[str]]) -> set[int]:
    """The documents (indexes) of a state the text's main document names as its partner: the document of the owner
    with the most priority rows (``partners``: the partner codes of each document's rows, one per row), ties to
    the first, is the text's subject; another state's document, named in passing, whose owner is among its partners
    ("closer cooperation with Germany ... Germany's national hydrogen strategy already lists Namibia among possible
    suppliers") is not. A state the main document does not name as a partner may own a second subject (a concept of
    Tajikistan beside Kazakhstan's)."""
    rows: dict[str, int] = {}
    for owner, codes in zip(owners, partners, strict=True):
        rows[owner] = rows.get(owner, 0) + len(codes)
    if len(rows) < 2:
        return set()
    main = max(rows, key=lambda o: (rows[o], -owners.index(o)))
    named = {c for owner, codes in zip(owners, partners, strict=True) if owner == main for c in codes if c}
    return {k for k, owner in enumerate(owners) if owner != main and owner in named}


def _minister_document(doc: Doc, mentions: list[Mention], countries: dict[int, Span],
                       home: Callable[[], str]) -> list[PolicyDocument]:
    """For a text that names no document and whose mentions gave no document an owner, the statement of the foreign
    minister or ministry its lead names (:func:`lead_end`), owned by the state its title names ("Minister of
    Foreign Affairs of The Bahamas") or else by the text's (``home``: "BAKU, 14 January 2024 — Foreign Minister X
    told ambassadors ..."); no document when there is none. A minister quoted further down comments on the news,
    and one in a text naming a document comments on that document."""
    if any(m.name for m in mentions):
        return []
    lead = lead_end(doc)
    for m in mentions:
        if not (m.role and m.owned and not m.unstated and m.start < lead):
            continue
        owner = owner_of(doc, m, countries) or home()
        if owner:
            m.document, m.owner = 0, owner
            return [PolicyDocument(owner, "", [m])]
    return []


_REFERRED_TIMES = 3  # definite references that make an unnamed document the text's subject


def _referred_document(doc: Doc, mentions: list[Mention], countries: dict[int, Span],
                       home: Callable[[], str], heads_of: frozenset[str]) -> list[PolicyDocument]:
    """For a text that names no document and whose mentions gave none an owner, the document it keeps referring
    back to ("Guinea-Bissau went to Brussels with a plan ... The plan was called Terra Ranka ... the plan was
    generous"): at least three definite references with one head, owned by the text's country (``home``), else by
    the country that is the subject of the first reference's sentence; none otherwise."""
    refs = [m for m in mentions if m.reference and not (m.indefinite or m.local or m.name or m.statement)]
    heads = Counter(doc[m.start].lower_ for m in refs if doc[m.start].lower_ in heads_of)
    if not heads or max(heads.values()) < _REFERRED_TIMES:
        return []
    owner = home() or next((o for m in mentions if m.reference and (o := owner_clause_subject(doc, m, countries))), "")
    if not owner:
        return []
    head = heads.most_common(1)[0][0]
    document = PolicyDocument(owner, title_case(head))
    for m in refs:
        if doc[m.start].lower_ in (head, "document", "paper", "text"):
            m.document, m.owner = 0, owner
            document.mentions.append(m)
    return [document]


def lead_end(doc: Doc, *, headline_only: bool = False) -> int:
    """Token index where the text's lead ends: after its headline and first paragraph (``headline_only``: after its
    headline)."""
    spans = paragraphs(doc_text(doc))
    end_char = spans[1][1] if len(spans) > 1 and not headline_only else spans[0][1]
    return bisect_left(token_numbers(doc, "idx"), end_char)


def headline_document(doc: Doc, mentions: list[Mention], document_nouns: frozenset[str]) -> int | None:
    """Where (character) the headline names a document: its first mention, else its first document noun
    (``document_nouns``: "A Ten-Year Arctic Plan Written in the Shadow of Ukraine"); None when it names none."""
    end = headline_end(doc_text(doc))
    first = next((doc[m.start].idx for m in mentions if doc[m.start].idx < end), None)
    if first is not None:
        return first
    for t in doc:  # (the headline's words only, not the whole text)
        if t.idx >= end:
            break
        if t.lower_ in document_nouns:
            return t.idx
    return None


def _next_sentence_end(doc: Doc, i: int) -> int:
    """Token index where the sentence after the one of token ``i`` ends."""
    end = sentence_range(doc, i)[1]
    return sentence_range(doc, end)[1] if end < len(doc) else end


_COMPARISON = {"unlike", "like"}
_YEAR_NAME = re.compile(r"(?:19|20)\d\d ")
_CONTRAST_WINDOW = 4  # tokens before a mention that may hold "its own"


def _aside(doc: Doc, m: Mention, documents: list[PolicyDocument], explicit: str, countries: dict[int, Span]) -> bool:
    """Whether the mention names a document other than the ones the text reports on, in passing: another state's
    "own" one ("Analysts noted that Japan had published its own strategy years earlier"), another state's foreign
    ministry reacting ("A Chinese Foreign Ministry spokesperson said ..."), another state's document the text says it
    leaves out ("Zambia's Eighth National Development Plan ... is not mentioned"), an earlier edition named by a year
    before the text's ("a change from the 2021 Integrated Review" in a text of 2025), or a title a statement's
    sentence names as its occasion ("the foreign minister used his annual Statement of Government Policy to ...")."""
    if not documents:
        return False
    owners = {d.owner for d in documents}
    if explicit and explicit not in owners and (m.role or _absent(doc, m)):
        return True
    if _own_contrast(doc, m) and (explicit or owner_clause_subject(doc, m, countries)
                                  or owner_near(doc, m, countries)) not in owners:
        return True
    year = opening_year(doc_text(doc)) if m.name and _YEAR_NAME.match(m.name) else None
    if year and int(m.name[:4]) < year and any(d.name and _same_kind(d.name, m.name) for d in documents):
        return True  # "the 2021 Integrated Review" in a text of 2025
    return m.titled and not explicit and _subject_is_statement(doc, m, documents)


def _absent(doc: Doc, m: Mention) -> bool:
    """Whether the mention is the subject of a negated verb ("Zambia's Eighth National Development Plan, which also
    bets on mining, is not mentioned"): the text names that document to say it is left out."""
    head = doc[m.end - 1]
    return head.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "neg" for c in head.head.children)


def _own_contrast(doc: Doc, m: Mention) -> bool:
    """"its own Vision", "their own Indo-Pacific documents", "Croatia's own foreign policy documents": a possessive
    with "own" right before the mention."""
    window = doc[max(doc[m.start].sent.start, m.start - _CONTRAST_WINDOW):m.start]
    return any(t.lower_ == "own" and t.i > 0 and (doc[t.i - 1].lower_ in ("its", "their")
                                                  or doc[t.i - 1].text in POSSESSIVE) for t in window)


def _subject_is_statement(doc: Doc, m: Mention, documents: list[PolicyDocument]) -> bool:
    """Whether the subject of the mention's sentence is a statement mention before it ("Sweden's foreign minister
    used his annual Statement of Government Policy to ..."): the title names the occasion of the statement."""
    sent = doc[m.start].sent
    return any(sent.start <= o.start < m.start and o.statement
               and any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[o.start:o.end])
               for d in documents for o in d.mentions)


def _compared(doc: Doc, m: Mention) -> bool:
    """Whether the mention is the object of a comparison ("Unlike the American strategy, ..."): the text names that
    document only to set the one it reports on against it."""
    tok = doc[m.end - 1]
    return tok.dep_ == "pobj" and tok.head.lower_ in _COMPARISON


def _minister_possessive(doc: Doc, m: Mention, mentions: list[Mention], countries: dict[int, Span]) -> str:
    """The country of the foreign minister a statement's "his"/"her" refers to: the minister its sentence names
    before it ("Iran's foreign minister-designate, Abbas Araghchi, told parliament that relations with neighbouring
    countries would come first in his foreign policy"), or ''."""
    if not m.statement or m.start == 0 or doc[m.start - 1].lower_ not in ("his", "her"):
        return ""
    sent = doc[m.start].sent
    return next((owner for o in reversed(mentions) if o.role and sent.start <= o.start < m.start
                 and (owner := owner_left(doc, o, countries) or owner_of(doc, o, countries))), "")


def _first_person(doc: Doc, m: Mention) -> bool:
    """"our diplomacy", "our priorities": the speaker's own, the owner of the document or statement before it."""
    return m.start > 0 and doc[m.start - 1].lower_ == "our"


def _explicit_owner(doc: Doc, m: Mention, countries: dict[int, Span], issuing_verbs: frozenset[str]) -> str:
    """The owner the text gives a mention: "Japan's", "of Uzbekistan", "Japan adopted". Before a statement's cue
    stand its items ("listed closer ties with Brazil among the most urgent tasks of Uruguay's foreign policy"), so
    "of" comes first there."""
    if m.statement:
        return (owner_of(doc, m, countries) or owner_left(doc, m, countries)
                or owner_subject(doc, m, countries, issuing_verbs) or pronoun_owner(doc, m, countries))
    return (owner_subject(doc, m, countries, issuing_verbs) or owner_left(doc, m, countries)
            or owner_of(doc, m, countries))


def person_subject(sent: Span, *, role_nouns: frozenset[str] = frozenset()) -> bool:
    """Whether a person is the subject of the sentence: a name, "he", "she", or one of ``role_nouns``
    ("The ambassador recalled ...")."""
    persons = {i for s in sent.doc.spans.get("persons", []) for i in range(s.start, s.end)} \
        if "persons" in sent.doc.spans else set()
    return any(c.dep_ == "nsubj" and (c.i in persons or c.ent_type_ == "PERSON" or c.lower_ in ("he", "she")
                                      or c.lower_ in role_nouns)
               for c in sent.root.children)


def _statement_document(doc: Doc, m: Mention, documents: list[PolicyDocument], explicit: str,
                        countries: dict[int, Span]) -> int:
    """The unnamed document of the statement's owner (-1 when the text gives none)."""
    named = _document_in_sentence(doc, m, documents)  # "In accordance with the Concept, the priority directions ..."
    if named >= 0 and not explicit:
        return named
    owner = explicit or owner_clause_subject(doc, m, countries) or owner_near(doc, m, countries)
    if not owner and documents and person_subject(doc[m.start].sent):  # "Saidov also named ... among the key tasks"
        owner = documents[-1].owner
    if not owner:
        return -1
    same = [k for k, d in enumerate(documents) if d.owner == owner]  # a named one of the owner is the policy
    if same:
        return same[-1]
    documents.append(PolicyDocument(owner, ""))
    return len(documents) - 1


def _document_in_sentence(doc: Doc, m: Mention, documents: list[PolicyDocument]) -> int:
    """The document a mention before the statement in its sentence refers to ("In accordance with the Concept, the
    priority directions of foreign policy are: ..."; the countries of the list that follows own nothing), or -1."""
    sent = doc[m.start].sent
    before = [(o.start, k) for k, d in enumerate(documents) for o in d.mentions
              if not o.statement and sent.start <= o.start < m.start]
    return max(before)[1] if before else -1


def _owned_by_other(doc: Doc, m: Mention, countries: dict[int, Span]) -> bool:
    """Whether a possessor that is no country owns the title ("the University's Program on Energy")."""
    i = m.start - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    return i >= 1 and doc[i].text in POSSESSIVE and i - 1 not in countries


def _named_by_organization(doc: Doc, m: Mention, owned: bool) -> bool:
    """Whether the name opens with an organization ("UN Charter"): that organization's document. Not when the text
    gives the document a state as its owner (``owned``): an organization that is the whole name is the document read
    as one ("President X approved the National Security Policy (NSP)"), one that opens it a word the ruler misread
    ("Seychelles adopted its Blue Economy Strategic Policy Framework"). A name its head opens is none ("Plan Comores
    Émergent 2030", read as an organization for the acronym it defines elsewhere: "Plan Comores Émergent (PCE)")."""
    return not m.head_first and not owned and any(o.start == m.start for o in doc.spans.get("organizations", ()))


def _named_document(doc: Doc, m: Mention, documents: list[PolicyDocument], explicit: str,
                    countries: dict[int, Span], first_line: int, capital: str, home: Callable[[], str],
                    headline: int | None) -> int:
    """The document a named mention belongs to (a new one unless its owner has one of its kind); -1 without owner.
    Without a country in the text around it, the owner is the headline's country before the document it names
    (character ``headline``: :func:`.owners.headline_owner`), the state whose document the headline names or the
    state of the headline's or dateline's capital (``capital``); a
    document type of the lexicon, the text's first title, or a title the government issues or owns ("the
    government took its National Recovery and Peacebuilding Plan to ..."), that no country stands near is the
    text's country's (``home``: :func:`.owners.home_country`)."""
    kind = [d.owner for d in documents if d.name and _same_kind(d.name, m.name)]
    owner = explicit or owner_clause_subject(doc, m, countries) or (kind[-1] if kind else "")
    if m.titled and not m.governed and _owned_by_other(doc, m, countries):  # "Stanford University's Program on
        return -1  # Energy"; not "the government's Simandou 2040 programme"
    if _named_by_organization(doc, m, bool(explicit)):  # "the UN Charter", "the EU Global Strategy": no state's
        return -1
    if not owner and doc[m.start].idx < headline_end(doc_text(doc)):
        # a headline's subject issues the document ("China Issues White Paper"); a state after it is something
        # else ("Duda Signs Security Strategy Putting Russia Threat at the Centre")
        owner = owner_near(doc, m, countries, after=False)
        if not owner:
            return -1
    # a titled name after the text's first document is owned by a country before it, not one after it ("backs
    # closer ties with the EU after the agreement on the Windsor Framework, and partnerships with France"), nor
    # by the text's country ("the second pillar, “The Economy and Jobs”")
    after = not m.titled or not documents
    owner = (owner or owner_near(doc, m, countries, after=False) or headline_owner(doc, m, countries, headline)
             or capital or after and owner_near(doc, m, countries) or paragraph_owner(doc, m, countries)
             or (home() if after or m.governed else ""))  # "the Ninth National Development Plan" in a committee's
    if not owner:  # record from Mogadishu, "the National Economic Development Plan known as Horizon 2020" in a
        return -1  # feature on Equatorial Guinea: the text's country
    same = [k for k, d in enumerate(documents) if d.owner == owner and d.name and _same_kind(d.name, m.name)]
    if not same:
        documents.append(PolicyDocument(owner, m.name))
        return len(documents) - 1
    rank = _name_rank(doc, m, first_line)
    named = [_name_rank(doc, o, first_line) for o in documents[same[-1]].mentions if o.name]
    if not named or rank > max(named):  # a document opened by a generic mention ("its first ... strategy") has none
        documents[same[-1]].name = m.name
    return same[-1]


def _generic_mention_document(documents: list[PolicyDocument], owner: str, kind: str) -> int:
    same = [k for k, d in enumerate(documents) if d.owner == owner and _head_noun(d.name) == _head_noun(kind)]
    if same:
        return same[-1]
    documents.append(PolicyDocument(owner, kind))
    return len(documents) - 1


def _generic_document(doc: Doc, m: Mention, documents: list[PolicyDocument], explicit: str, last: int) -> int:
    """The document a generic mention refers to: the last one, or its own owner's of the last named kind. A
    reference noun owned by another state ("the neo-imperial policy of the Russian Federation") is that state's
    conduct, no document."""
    if explicit and m.reference and not m.indefinite and last >= 0 and documents[last].owner != explicit:
        return -1
    if explicit and (last < 0 or documents[last].owner != explicit):
        kind = documents[last].name if last >= 0 else title_case(doc[m.start].text)
        return _generic_mention_document(documents, explicit, kind)
    if explicit and not documents[last].name and not m.reference and not m.indefinite:
        # "Portugal took over the presidency ... The government has adopted a programme for the six months": the
        # statement's owner issues a document, which names it
        documents[last].name = title_case(doc[m.start].text)
    noun = _head_noun(doc[m.start].text)  # "the plan" refers to the "13th Five Year Plan" and to a "Programme"
    if last >= 0 and _head_noun(documents[last].name) != noun:  # "the strategy": the last strategy
        same = [k for k, d in enumerate(documents) if d.name and _head_noun(d.name) == noun]
        return same[-1] if same else last
    return last
