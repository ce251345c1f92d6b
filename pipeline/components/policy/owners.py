"""Stage 2 helper for pipeline_policy: the country that owns a document mention (the text's, its sentence's,
the headline's or the dateline's)."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from ...doctext import doc_text, paragraphs
from .continuity import headline_end
from .mentions import Mention
from .regions import places_of

_MODIFIERS = {"new", "updated", "newest", "latest", "current", "draft", "revised", "first", "renewed", "national"}
POSSESSIVE = {"'s", "’s", "'", "’"}
_ANAPHORS = {"republic", "country", "state", "nation", "kingdom"}
_LINE = re.compile(r"[^\n]*\S[^\n]*")  # a line with text: the headline, then the dateline's line
_BYLINE_WORDS = 12  # a line under the headline with more words is the lead's first sentence
_OPENING = 600  # characters of the text that may hold the headline and the dateline
_DATELINE_DASH = re.compile(r"\s(?:[—–]|--?)\s")  # "MANILA, 30 April 2017 — ..."
_DATELINE_PLACE = re.compile(r",|\s(?:[—–]|--?)\s")  # what follows a dateline's place: "Baghdad, 2024 —"
_DATELINE_CHARS = 80  # characters of a lead paragraph that may hold its dateline
_HEADLINE_WORDS = 20  # a first line with more words is the lead, no headline
_POSSESSED_WORDS = 5  # words after a headline's "Lithuania's" that may name its document ("Indo-Pacific Strategy")
_CURRENCIES = {"dollar", "dollars"}  # "US dollars", "Australian dollars": a country's name in a currency's


def country_index(doc: Doc, key: str = "countries", unlisted: tuple[tuple[str, str], ...] = ()) -> dict[int, Span]:
    """Token index -> country span covering it, not a country's name in a currency's ("37 billion US dollars"); also
    the names of ``unlisted`` states (name, code) the country spans leave out ("Kosovo's Security Strategy": XKX),
    where no country span stands."""
    out: dict[int, Span] = {}
    for span in doc.spans.get(key, []) if key in doc.spans else []:
        if span.kb_id_ and not (span.end < len(doc) and doc[span.end].lower_ in _CURRENCIES):  # "37 billion US
            for i in range(span.start, span.end):  # dollars": a currency, no country of the text
                out[i] = span
    for span in _unlisted_spans(doc, unlisted):
        if not any(i in out for i in range(span.start, span.end)):
            out.update((i, span) for i in range(span.start, span.end))
    return out


def _unlisted_spans(doc: Doc, states: tuple[tuple[str, str], ...]) -> list[Span]:
    """Spans (kb_id_ = code) of the names of ``states`` where they stand as words in the text, as written."""
    text = doc_text(doc)
    spans = []
    for name, code in states:
        if name not in text:
            continue
        for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            span = doc.char_span(found.start(), found.end())
            if span is not None:
                spans.append(Span(doc, span.start, span.end, label="GPE", kb_id=code))
    return spans


def owner_left(doc: Doc, m: Mention, countries: dict[int, Span]) -> str:
    i, skipped = m.start - 1, 0
    while (i >= 0 and skipped < 5 and i not in countries  # "Japan's Free and Open Indo-Pacific strategy"
           and (doc[i].lower_ in _MODIFIERS or doc[i].tag_ in ("JJ", "VBN", "RBS", "RBR")  # "Sweden's most important"
                or doc[i].lower_ == "and" and skipped
                or doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()
                or doc[i].pos_ == "NOUN" and doc[i].dep_ == "compound")):  # "Luxembourg's Aid Strategy"
        i, skipped = i - 1, skipped + 1
    if i >= 0 and doc[i].text in POSSESSIVE:
        i -= 1
    elif i in countries and _topic_country(doc, m, countries[i]):
        return ""
    return countries[i].kb_id_ if i in countries else ""


def _topic_country(doc: Doc, m: Mention, country: Span) -> bool:
    """Whether a country's name that modifies an indefinite document noun is its topic, not its owner: "Why did Bern
    need a China strategy?", "pursues an independent China policy" (a demonym owns: "a Swiss strategy")."""
    head = doc[m.end - 1]
    return country.root.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def owner_of(doc: Doc, m: Mention, countries: dict[int, Span]) -> str:
    i = m.end + (m.end < len(doc) and doc[m.end].is_quote)  # "the ‘Open Seas Policy’ of ..."
    if i >= len(doc) or doc[i].lower_ != "of":
        return ""
    window = doc[i + 1: min(len(doc), i + 6)]
    for tok in window:
        if tok.i in countries:
            return countries[tok.i].kb_id_
        if tok.lower_ in _ANAPHORS and tok.i - 1 > i and doc[tok.i - 1].lower_ in ("this", "that", "the") or (
            tok.lower_ in _ANAPHORS and any(t.lower_ in ("this", "that") for t in window[: tok.i - i - 1])
        ):
            before = [s for s in countries.values() if s.end <= m.start]
            return max(before, key=lambda s: s.start).kb_id_ if before else ""
        if tok.is_punct or tok.pos_ == "ADP" and tok.lower_ != "of":  # "a resolution of the dispute with India"
            break
    return ""


def owner_subject(doc: Doc, m: Mention, countries: dict[int, Span], issuing_verbs: frozenset[str]) -> str:
    """The country that is the subject of the verb issuing the mention ("Japan adopted the strategy", "Seychelles
    adopted its Framework and Roadmap"; ``issuing_verbs``, pipeline/data/policy/issuing_verbs.txt), else ''."""
    tok: Token = doc[m.end - 1]
    for _ in range(3):
        if tok.dep_ in ("dobj", "attr", "pobj", "prep", "appos", "nsubjpass", "oprd", "conj") and tok.head.i != tok.i:
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                if tok.lemma_.lower() not in issuing_verbs:
                    return ""
                return next((country_of_noun(child, countries) for child in tok.children
                             if child.dep_ == "nsubj" and country_of_noun(child, countries)), "")
        else:
            return ""
    return ""


def country_of_noun(noun: Token, countries: dict[int, Span]) -> str:
    """The country a noun is or belongs to: "Japan", "the German government", "Japan's cabinet", "the Presidency of
    Bosnia and Herzegovina"."""
    if noun.i in countries:
        return countries[noun.i].kb_id_
    if noun.lower_ in _STATE_BODIES:
        of = next((countries[t.i].kb_id_ for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for t in c.children if t.dep_ == "pobj" and t.i in countries), "")
        if of:
            return of
    owner = next((c for c in noun.children if c.dep_ in ("poss", "amod", "compound") and c.i in countries), None)
    if owner is None or owner.dep_ != "poss" and _described_body(noun, countries):
        return ""
    return countries[owner.i].kb_id_


_STATE_BODIES = {"government", "cabinet", "administration", "presidency", "ministry", "minister", "president",
                 "parliament", "leadership", "authorities"}


def _described_body(noun: Token, countries: dict[int, Span]) -> bool:
    """"Norwegian Ferry Operator", "a German car maker": a body of the country described by another noun, not its
    state ("the German government", "the Indian external affairs ministry" are)."""
    return noun.lower_ not in _STATE_BODIES and any(
        c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.i not in countries for c in noun.children)


def headline_capital(doc: Doc) -> str:
    """The state of a capital in the headline or dateline ("Manila Issues ...", "MANILA, 30 April 2017 —"), or ''; a
    capital that opens its line (the dateline's, the headline's subject) before one inside a line ("... Before the
    Premier's Tokyo Trip"). Under a label over the headline ("PRESS RELEASE") the dateline is the third line."""
    text = doc_text(doc)
    lines = list(_LINE.finditer(text[:_OPENING]))
    end = _dateline_end(lines[1]) if len(lines) > 1 else _OPENING
    found = [s for s in places_of(doc) if s.kb_id_ and s.start_char < end]
    opening = [s for s in found if any(s.start_char == line.start() for line in lines[:2])]
    if found:
        return (opening or found)[0].kb_id_
    third = lines[2].start() if len(lines) > 2 else -1  # "PRESS RELEASE\n\n<headline>\n\nBaghdad, 2024 — ..."
    return next((s.kb_id_ for s in places_of(doc)
                 if s.kb_id_ and s.start_char == third and _DATELINE_PLACE.match(text, s.end_char)), "")


def _dateline_end(line: re.Match[str]) -> int:
    """Where the dateline in the line under the headline ends: the whole of a short line ("RIGA, 26 January 2023"),
    the part of a lead paragraph before its dash ("SAN JOSE, 25 February 2019 — ... the Paris agreement": the
    places of the lead's sentences are no dateline), or only a place that opens it when it has no dash."""
    if len(line.group().split()) <= _BYLINE_WORDS:
        return line.end()
    dash = _DATELINE_DASH.search(line.group(), 0, _DATELINE_CHARS)
    return line.start() + (dash.start() if dash else 1)


def text_country(doc: Doc, countries: dict[int, Span]) -> str:
    """The country the text comes from: its dateline's (or headline's) capital, else the first country of the short
    lines under the headline that end in no full stop (a byline: "National Security Council, Republic of Chile",
    "Parliament of the Republic of Moldova, Committee on National Security, Defence and Public Order, November
    2023"), else the country the text
    names most often (more often than any other), counting first the mentions that do not name it as a partner
    (:func:`_partnered`), and of two named equally often the one its lead names alone (:func:`_lead_country`);
    else ''."""
    capital = headline_capital(doc)
    if capital:
        return capital
    text = doc_text(doc)
    body = headline_end(text)
    for line in _LINE.finditer(text, body, min(len(text), _OPENING)):
        if len(line.group().split()) > _HEADLINE_WORDS or line.group().rstrip().endswith((".", ":", ";")):
            break
        found = [s for s in countries.values() if line.start() <= s.start_char < line.end()]
        if found:
            return min(found, key=lambda s: s.start).kb_id_
    spans = set(countries.values())
    named = Counter(s.kb_id_ for s in spans)
    roles = Counter(s.kb_id_ for s in spans if not _partnered(s))
    weight = {code: (roles[code], named[code]) for code in named}  # "Fiji" before "Australia", named twice but
    if not weight:  # only in "relations with Australia and New Zealand" and "trade with Australia"
        return ""
    best = max(weight.values())
    tied = [code for code, w in weight.items() if w == best]
    return tied[0] if len(tied) == 1 else _lead_country(doc, spans, body, tied)


def _headline_before(text: str, document: int | None) -> int:
    """Where the headline ends, or where it names its document (character ``document``) if that is sooner: the
    countries after it are the document's concern, not its owner."""
    end = headline_end(text)
    return end if document is None else min(end, document)


def headline_possessor(doc: Doc, countries: dict[int, Span], document_nouns: frozenset[str]) -> str:
    """The country whose document the headline names with a possessive ("Vilnius Looks East of Beijing: Reading
    Lithuania's Indo-Pacific Strategy", "Jordan's Growth Plan Meets the Street"), or ''. The headline is one of the
    text's first two lines, short enough not to be its lead."""
    for line in list(_LINE.finditer(doc_text(doc)[:_OPENING]))[:2]:
        if len(line.group().split()) > _HEADLINE_WORDS:
            continue
        for span in sorted({s.start: s for s in countries.values()}.values(), key=lambda s: s.start):
            if not line.start() <= span.start_char < line.end() or span.end >= len(doc) \
                    or doc[span.end].text not in POSSESSIVE:
                continue
            after = doc[span.end + 1:min(len(doc), span.end + 1 + _POSSESSED_WORDS)]
            if any(t.lower_ in document_nouns for t in after if t.idx < line.end()):
                return span.kb_id_
    return ""


def headline_state(doc: Doc, countries: dict[int, Span], document_nouns: frozenset[str]) -> str:
    """The state the headline gives a text: the one whose document it names (:func:`headline_possessor`), else the
    state of its or the dateline's capital (:func:`headline_capital`), else ''."""
    return headline_possessor(doc, countries, document_nouns) or headline_capital(doc)


def home_country(doc: Doc, countries: dict[int, Span], document: int | None = None, *, state: str = "") -> str:
    """The country a text is about: ``state``, the headline's (:func:`headline_state`, found by the caller), else
    the one country its headline names ("Commentary | Central African Republic"; not a quoted title's word) before
    the document it names (character ``document``: "A Ten-Year Arctic Plan Written in the Shadow of Ukraine", "Putin
    signs new maritime doctrine, names NATO and US naval ambitions as chief threats" name the document's concern,
    not its owner), else :func:`text_country`."""
    if state:
        return state
    text = doc_text(doc)
    end = _headline_before(text, document)
    named = {s.kb_id_ for s in countries.values() if s.end_char <= end and not quoted(text, s.start_char)}
    return next(iter(named)) if len(named) == 1 else text_country(doc, countries)


def governing_subject(doc: Doc, m: Mention, countries: dict[int, Span]) -> str:
    """The country that pursues the mention as its object ("Chile will pursue a ... foreign policy"), or that owns
    the subject of a verb the mention is the prepositional object of ("Peru's agenda for the year rests on three
    priorities"), or ''."""
    tok: Token = doc[m.end - 1]
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        return next((countries[c.i].kb_id_ for c in tok.head.children if c.dep_ == "nsubj" and c.i in countries), "")
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return ""
    return next((country_of_noun(c, countries) for c in prep.head.children
                 if c.dep_ in ("nsubj", "nsubjpass") and country_of_noun(c, countries)), "")


def owner_near(doc: Doc, m: Mention, countries: dict[int, Span], *, after: bool = True) -> str:
    """The country nearest before the mention in its sentence (or inside a title: "Azerbaijan 2030"), else (with
    ``after``) after it, not one a preposition governs (:func:`_destination`: "the plan treats the port as a gateway
    to Zambia, Botswana and Angola")."""
    sent = doc[m.start].sent
    before = [s for s in countries.values() if sent.start <= s.start and s.end <= m.start]
    if before:
        return max(before, key=lambda s: s.start).kb_id_
    if not after:
        return ""
    following = [s for s in countries.values() if m.start <= s.start < sent.end and not _destination(s)]
    return min(following, key=lambda s: s.start).kb_id_ if following else ""


def paragraph_owner(doc: Doc, m: Mention, countries: dict[int, Span]) -> str:
    """The country named last before the mention in its paragraph ("Canberra has a habit of producing white papers
    that ... The 2026 Defence White Paper, tabled on 11 February, ..."), not one a preposition governs
    (:func:`_destination`), or ''."""
    text = doc_text(doc)
    start = doc[m.start].idx
    par = text.rfind("\n\n", 0, start) + 1
    before = [s for s in countries.values() if par <= s.start_char and s.end <= m.start and not _destination(s)]
    return max(before, key=lambda s: s.start).kb_id_ if before else ""


def _lead_country(doc: Doc, spans: set[Span], body: int, tied: list[str]) -> str:
    """Of countries the text names equally often (``tied``), the one its lead paragraph (the first after the
    headline, which ends at character ``body``) names alone ("Ghana grows more cocoa than most of its neighbours.
    Ghanaian farmers ..." before a later "Côte d'Ivoire runs its own processing drive"), or ''."""
    lead = next((p for p in paragraphs(doc_text(doc)) if p[0] >= body), None)
    if lead is None:
        return ""
    named = {s.kb_id_ for s in spans if lead[0] <= s.start_char < lead[1]}
    return next(iter(named)) if len(named) == 1 and named <= set(tied) else ""


def _partnered(country: Span) -> bool:
    """Whether a country is named as a partner, the object of "with", "to", "between" or "against" ("relations with
    Australia and New Zealand"): not as the text's own country (:func:`text_country`)."""
    return _governing_preposition(country) in ("with", "to", "toward", "towards", "between", "against")


def _destination(country: Span) -> bool:
    """Whether a country is the object of a preposition other than "of" or "by": where goods go or what a sentence
    is about ("racks of boat hulls bound for the Maldives", or for "Zambia, Botswana and Angola"), no owner of the
    document the paragraph names next."""
    preposition = _governing_preposition(country)
    return preposition is not None and preposition not in ("of", "by")


def _governing_preposition(country: Span) -> str | None:
    """The preposition (lower case) whose object the country is, itself or as a later conjunct ("Botswana" in "to
    Zambia, Botswana and Angola" -> "to"), else None."""
    root = country.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root.head.lower_ if root.dep_ == "pobj" else None


def headline_owner(doc: Doc, m: Mention, countries: dict[int, Span], document: int | None = None) -> str:
    """For a mention in the text's first sentence after its headline, the last country the headline names
    ("Marcos Approves Security Policy Focused on the West Philippine Sea\n\nMANILA, ... — ... approved the National
    Security Policy"): the headline is a sentence of its own, but it introduces the lead. Not a country after the
    document the headline names (character ``document``): the document's concern ("A Ten-Year Arctic Plan Written
    in the Shadow of Ukraine")."""
    text = doc_text(doc)
    end = _headline_before(text, document)
    if not end or doc[m.start].sent.start_char > next((t.idx for t in doc if t.idx >= end and not t.is_space), 0):
        return ""
    before = [s for s in countries.values() if s.end_char <= end and not quoted(text, s.start_char)]
    return max(before, key=lambda s: s.start).kb_id_ if before else ""


def quoted(text: str, char: int) -> bool:
    """Whether character ``char`` stands inside double quotation marks opened on its line: a title's word ("Maldives
    Action Plan Puts Climate and “India First” at the Heart of ..."), not the line's country."""
    before = text[text.rfind("\n", 0, char) + 1:char]
    curly = before.count("“") + before.count("«") - before.count("”") - before.count("»")
    return curly > 0 or before.count('"') % 2 == 1


def owner_clause_subject(doc: Doc, m: Mention, countries: dict[int, Span]) -> str:
    """The country that is (or owns) the subject of the mention's sentence: "Belarus intends to ..., according to
    the draft of a new concept", "Japan's cabinet approved ..."."""
    root = doc[m.start].sent.root
    lo, hi = sorted((root.i, m.start))
    if any("\n" in t.text for t in doc[lo:hi]):  # a headline the parser joined to the sentence
        return ""
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            for t in child.subtree:
                if t.i in countries and (t == child or t.head == child and t.dep_ in ("poss", "compound", "amod")):
                    return countries[t.i].kb_id_
    return ""


def pronoun_owner(doc: Doc, m: Mention, countries: dict[int, Span]) -> str:
    """The country an "its"/"their" before the mention refers to: the subject of the clause it stands in ("Indonesia
    will make A and B the centrepieces of its diplomacy", "Ghana wants its partners to ..."), or ''."""
    head = doc[m.end - 1]
    while head.dep_ == "compound" and head.head.i > head.i:  # "its foreign policy agenda": the phrase's noun
        head = head.head
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
        return ""
    tok = head
    for _ in range(6):  # up to the clause's verb
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):  # a dateline the parser makes a second subject owns nothing
            return next((country_of_noun(c, countries) for c in tok.children
                         if c.dep_ in ("nsubj", "nsubjpass") and country_of_noun(c, countries)), "") or (
                _conjoined_subject(tok, head, countries))
    return ""


def _conjoined_subject(verb: Token, head: Token, countries: dict[int, Span]) -> str:
    """The country subject of the clause before, when the phrase headed by ``head`` is itself the subject of
    ``verb``'s clause, joined to it by "and" ("Mozambique took its seat, and its foreign minister has been clear"),
    or ''."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head != verb or verb.dep_ != "conj":
        return ""
    return next((country_of_noun(c, countries) for c in verb.head.children
                 if c.dep_ in ("nsubj", "nsubjpass") and country_of_noun(c, countries)), "")
