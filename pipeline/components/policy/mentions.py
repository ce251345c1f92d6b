"""Stage 2 helper for pipeline_policy: mentions of policy documents in the text (named, titled, generic, unnamed)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...doctext import doc_text
from ..tokens import token_numbers, token_strings, token_table, word_ids
from .aliases import apposed_name, defined_acronym, uses
from .continuity import headline_end
from .lexicon import PolicyLexicon
from .selves import (
    governing_self,
    government_owned,
    issuing_subject,
    person_issued,
    person_relative,
    relative_subject,
)

# "the concept of Kyrgyzstan's foreign policy" names a Foreign Policy Concept
_DOMAIN_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+){0,3}(foreign policy|national security|"
                           r"defen[cs]e|national development)\b(?!\s+(?:concept|strategy|doctrine|programme|program))",
                           re.I)
# a quoted name: between curly double quotes an apostrophe may stand in it ("“Ireland’s Global Footprint”")
_QUOTED = re.compile(r"(?:“(?=[A-Z0-9])(?P<curly>[^”\n]{3,141})”|[‘\"«](?P<name>[A-Z0-9][^”’\"»\n]{2,140})[”’\"»])")
# '“X”, the programme ...', '“X”, a ten-year national plan ...': a determiner and up to three modifiers before the
# noun; no other determiner, pronoun or preposition among them
_NOUN_AFTER_QUOTE = re.compile(r",\s+(?:the|a|an|its|their)\s+"
                               r"((?:(?!(?:the|a|an|of|to|that|which|who)\s)[\w-]+\s+){0,3}\w+)\b(?!['’-])")
# 'the strategy “X”', 'a plan entitled “X”', 'its programme, “X”'
_NOUN_BEFORE_QUOTE = re.compile(r"\b(\w+)[,:]?\s+(?:(\w+|known as)\s+)?[“‘\"«]$")
_BEFORE_CHARS = 40
_OBJECT_IDS = word_ids(["dobj"])  # the objects an issuing verb names a document by (_issued_names)
_DEFINITE = {"the", "this", "that"}
_INDEFINITE = {"a", "an"}
_DOMAIN_WORDS = {"foreign", "security", "defence", "defense", "economic", "domestic", "monetary", "fiscal", "trade"}
_POSSESSIVES = {"'s", "’s", "'", "’"}
_TITLE_JOINS = {"on", "of", "for", "and", "the"}
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "june", "july", "august", "september", "october", "november", "december"}


@dataclass
class Mention:
    """One mention of a policy document: named ("National Security Strategy"), titled ("Link South America
    Policy"), generic ("the concept", "the paper") or a statement of priorities without a document."""

    start: int  # token offsets
    end: int
    name: str  # normalised name for named mentions, '' for generic ones
    owner: str = ""
    document: int = -1  # index into the documents list
    statement: bool = False  # a statement of priorities naming no document ("Kazakhstan's foreign policy priorities")
    titled: bool = False  # named by a title the lexicon does not list ("Link South America Policy")
    indefinite: bool = False  # "presented a long-term plan": a document only when its owner is given
    owned: bool = False  # "Turkey's priorities": a statement only when a country owns the phrase
    reference: bool = False  # a reference noun ("the paper", "the policy"), not a document type's generic noun
    governed: bool = False  # the government owns it, its country unnamed ("the presidency's declared priorities")
    role: bool = False  # a statement by a foreign minister or ministry ("Chile's foreign minister said ...")
    unstated: bool = False  # a role statement in a text that names no priority, goal or task (statement_words.txt)
    head_first: bool = False  # a title its head opens ("Plan Comores Émergent 2030", "Vision Djibouti 2035")
    local: bool = False  # a city's, a company's or a party's document ("the city's Development Strategy")
    earlier: bool = False  # a document another follows ("The plan succeeds the Economic Recovery and Growth Plan")


def title_case(text: str) -> str:
    """"Foreign Policy Concept" for "foreign policy concept" (small words stay lower case, an edition's number
    upper case: "Plan II")."""
    small = {"of", "and", "for", "the", "on", "in", "a", "an", "to", "at", "by", "with"}
    words = text.split()
    return " ".join(w if (i and w.lower() in small) or _EDITION.fullmatch(w)
                    else "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for i, w in enumerate(words))


def _title_run(doc: Doc, i: int) -> str:
    """The capitalised name that starts at token ``i`` ("of", "the", "and" may join its words)."""
    end = i + 1
    while end + 1 < len(doc) and (doc[end].lower_ in ("of", "the", "and") and doc[end + 1].text[:1].isupper()
                                  or doc[end].text[:1].isupper() and doc[end].is_alpha
                                  or doc[end: end + 2].text.lower() == "of the" and end + 2 < len(doc)
                                  and doc[end + 2].text[:1].isupper()):
        end += 1
    while end > i + 1 and doc[end - 1].lower_ in ("of", "the", "and"):
        end -= 1
    return doc[i:end].text


def find_mentions(doc: Doc, lexicon: PolicyLexicon) -> list[Mention]:
    """Named, titled, generic and statement mentions, in text order; none overlaps another."""
    text = doc_text(doc)
    named = _named_mentions(doc, text, lexicon)
    taken = {i for m in named for i in range(m.start, m.end)}
    titled = _title_mentions(doc, text, lexicon, taken)
    taken.update(i for m in titled for i in range(m.start, m.end))
    titled += _issued_names(doc, lexicon, taken)
    taken.update(i for m in titled for i in range(m.start, m.end))
    short = _acronym_mentions(doc, named + titled, taken)
    named += [m for m in short if not m.titled]
    titled += [m for m in short if m.titled]
    taken.update(i for m in short for i in range(m.start, m.end))
    titling = lexicon.titling_words
    generic = [_called(doc[i], titling) or _called_after(doc[i], titling) or _apposed(doc[i])
               or _generic_mention(doc, text, i)
               for i in lexicon.generic_tokens(doc)
               if i not in taken and doc[i].pos_ in ("NOUN", "PROPN") and not _activity(doc[i], lexicon)]
    generic += [m for i in token_table(doc).having("lower", lexicon.reference_ids)  # "the vision known as X"
                if i not in taken and doc[i].pos_ == "NOUN" and (m := _called_after(doc[i], titling)) is not None]
    titled += [m for m in generic if m.name and m.titled]
    taken.update(m.start for m in generic)
    apposed = [(m, b) for m in generic if m.titled and (b := apposed_name(doc[m.start])) is not None]
    given = _name_mentions(doc, apposed, taken)
    titled += given
    taken.update(i for m in given for i in range(m.start, m.end))
    generic = [m for m in generic if not m.titled]
    references = _reference_tokens(doc, lexicon)
    issued = [m for t in references if t.i not in taken and _government_issued(doc, t, lexicon)
              and (m := _apposed(t)) is not None]  # "A Better World, the policy the Government published"
    titled += issued
    taken.update(m.start for m in issued)
    generic += [Mention(t.i, t.i + 1, "", reference=True,
                        indefinite=not (_determined(t, _DEFINITE) or _owned_by_self(t, lexicon)))
                for t in references if t.i not in taken]
    issued_by_person = {t.i for t in references if t.i not in taken and _determined(t, _INDEFINITE)
                        and person_issued(t, lexicon.person_nouns, lexicon.issuing_verbs)}
    generic = [m for m in generic if _titled_reference(doc, m, named + titled, lexicon)
               and m.start not in issued_by_person]
    taken.update(m.start for m in generic)
    statements = [m for m in _statement_mentions(doc, text, lexicon)
                  if not any(i in taken for i in range(m.start, m.end))]
    # "King X used his speech to lay out an ambitious plan to ...": a person's statement of priorities, no document
    statements += [Mention(i, i + 1, "", statement=True) for i in sorted(issued_by_person)
                   if not any(m.start <= i < m.end for m in statements)]
    for m in named + titled + statements:  # a name the government's document noun stands beside is issued by it
        m.governed = any(m is o for o in issued) or government_owned(  # ("the X Initiative, a paper the
            doc, doc[m.start:m.end].root, m.end, lexicon.self_nouns, lexicon.person_nouns,  # government presented")
            lexicon.issuing_verbs, start=m.start)
    for m in generic:  # "a programme the government adopted": by the government, not by "the country"
        m.governed = not m.reference and _government_issued(doc, doc[m.start], lexicon)
    for m in statements:
        head = doc[m.end - 1]
        m.governed = m.governed or person_relative(head, lexicon.person_nouns, lexicon.issuing_verbs) or (
            governing_self(head, lexicon.self_nouns))
        m.role = any(t.lower_ in lexicon.person_nouns or t.lower_ == "ministry" for t in doc[m.start:m.end])
    titled = [m for m in titled if _issued_title(m, titled, lexicon)]
    organizations = list(doc.spans.get("organizations", ()))  # "the Gauteng Institute for Public Policy"
    titled = [m for m in titled if not _in_organization(m, organizations)]
    for m in named + titled + generic:  # "the city's Growth and Development Strategy"
        m.local = _locally_owned(doc[m.end - 1], lexicon.local_owners) or _local_name(doc, m, lexicon.local_owners)
    for m in named + titled:  # "The plan succeeds the Economic Recovery and Growth Plan"
        m.earlier = _predecessor(doc[m.end - 1], lexicon.predecessor_words)
    if any(m.role for m in statements) and not _states_priorities(doc, lexicon):
        for m in statements:
            m.unstated = m.role  # "the Foreign Ministry said on Thursday ...", no priority named anywhere
    byline = byline_range(text)  # "By the Northern Affairs Programme": the author, no document
    return sorted((m for m in named + titled + generic + statements
                   if not byline[0] <= doc[m.start].idx < byline[1]), key=lambda m: m.start)


_BYLINE = re.compile(r"^By (?:the |an? )?[A-Z][^\n]*[^\s.!?:;]$", re.M)
_BYLINE_WORDS = 20  # a line "By ..." with more words is a sentence ("By Decree of the President ... was approved")
_BYLINE_CHARS = 600  # characters of the text's opening that may hold its byline


def byline_range(text: str) -> tuple[int, int]:
    """The characters [start, end) of the text's byline: a line among its first ones that opens with "By" and
    names its author without ending a sentence ("By Maren Solberg-Tait, senior fellow, Polar Affairs Programme",
    "By the Latin America programme"); (0, 0) when it has none.

    ``byline_range("Plan Adopted\n\nBy the Policy Desk\n\nThe plan ...")`` -> (14, 32).
    """
    m = _BYLINE.search(text, 0, _BYLINE_CHARS)
    if m is None or len(m.group().split()) > _BYLINE_WORDS:
        return 0, 0
    return m.start(), m.end()


def _in_organization(m: Mention, organizations: list[Span]) -> bool:
    """Whether a title lies inside the name of an organization that starts before it ("the Gauteng Institute for
    Public Policy"): a word of that name, no document."""
    return any(o.start < m.start and m.end <= o.end for o in organizations)


def _locally_owned(head: Token, owners: frozenset[str]) -> bool:
    """Whether a city, a company or a party owns the document whose name ``head`` heads (``owners``:
    local_owners.txt): its possessor ("the city's long-term Development Strategy"), or the subject of its clause
    that "its"/"their" stands for ("A carmaker used the event to publicise its own plan")."""
    possessor = next((c for c in head.children if c.dep_ == "poss"), None)
    if possessor is None:
        return False
    if possessor.lower_ in ("its", "their"):
        subject = _clause_subject(head)
        return subject is not None and subject.lemma_.lower() in owners
    return possessor.lemma_.lower() in owners or possessor.lower_ in owners


def _local_name(doc: Doc, m: Mention, owners: frozenset[str]) -> bool:
    """Whether a name holds one of ``owners`` as a word before its head: "the Nairobi City County Integrated
    Development Plan", a county's document."""
    return bool(m.name) and any(t.lower_ in owners for t in doc[m.start:m.end - 1])


def _predecessor(head: Token, words: frozenset[str]) -> bool:
    """Whether the name headed by ``head`` is the document another one follows (``words``: predecessor_words.txt): the
    object of "succeeds", "replaces", or after "successor to", "builds on" ("The plan succeeds the Economic Recovery
    and Growth Plan of 2017-2020", "launched as the successor to the ...", "The plan builds on the Third Africa
    Plan")."""
    if head.dep_ == "dobj":
        return head.head.lemma_.lower() in words
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return False
    return head.head.head.lemma_.lower() in words and head.head.lower_ in ("to", "on", "of")


def _clause_subject(token: Token) -> Token | None:
    """The subject of the nearest verb above ``token`` that has one ("A carmaker used the event to publicise its
    plan": "carmaker" for "plan")."""
    while token.head.i != token.i:
        token = token.head
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
    return None


def _titled_reference(doc: Doc, m: Mention, names: list[Mention], lexicon: PolicyLexicon) -> bool:
    """Whether a generic mention refers to a document: any, but one of ``titled_references`` ("the agenda") only
    after a name it heads ("the National Policy Agenda ... The agenda is built on three pillars"); elsewhere it is
    a meeting's or a speaker's agenda ("told me the agenda was sensible"). So is one of ``own_text_nouns`` after
    "this": elsewhere the text speaks of itself ("This report sets out the Committee's findings on it")."""
    tok = doc[m.start]
    noun = tok.lower_
    own_text = noun in lexicon.own_text_nouns and _determined(tok, {"this"})
    return noun not in lexicon.titled_references and not own_text or any(
        o.start < m.start and o.name.lower().split()[-1:] == [noun] for o in names)


def _issued_title(m: Mention, titled: list[Mention], lexicon: PolicyLexicon) -> bool:
    """Whether a title names a document: any title, but one headed by an issued head ("Libya Stabilization
    Initiative") only where the government or a person issues one of its mentions ("the Government launched the
    ..."); elsewhere it names a grouping or another body's programme ("the Three Seas Initiative")."""
    words = m.name.lower().split()
    return not words or words[-1] not in lexicon.issued_heads or any(o.governed and o.name == m.name for o in titled)


def _states_priorities(doc: Doc, lexicon: PolicyLexicon) -> bool:
    """Whether a token of ``doc`` is a :func:`_statement_word` (only the tokens of such a word are made and tested)."""
    words = lexicon.statement_words
    return any(_statement_word(doc[i], lexicon) for i, lower in enumerate(token_strings(doc, "lower"))
               if lower in words)


def _statement_word(tok: Token, lexicon: PolicyLexicon) -> bool:
    """"priorities", "the main task": a word of statement_words.txt, not in a name or compound ("the Joint Task
    Force", "the task force")."""
    return tok.lower_ in lexicon.statement_words and tok.dep_ != "compound" and (
        tok.is_sent_start or not tok.text[:1].isupper())


def _government_issued(doc: Doc, noun: Token, lexicon: PolicyLexicon) -> bool:
    """Whether the government issues or owns the document a generic noun names: "the government has adopted a
    programme", "the programme the government launched", "the cabinet's programme" (government_nouns.txt)."""
    return relative_subject(noun, lexicon.government_nouns) or government_owned(
        doc, noun, noun.i + 1, lexicon.government_nouns, frozenset(), lexicon.issuing_verbs)


def _named_mentions(doc: Doc, text: str, lexicon: PolicyLexicon) -> list[Mention]:
    """Mentions of the document types of the lexicon ("national security strategy"), longest first, no overlaps."""
    lower = text.lower()
    taken: set[int] = set()
    mentions: list[Mention] = []
    for phrase, pattern in zip(lexicon.document_types, lexicon.document_patterns, strict=False):
        if phrase not in lower:  # cheap test before the word-bounded search
            continue
        for m in pattern.finditer(lower):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            mentions.append(Mention(span.start, span.end, title_case(text[m.start():m.end()])))
    return mentions


def _acronym_mentions(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """The later mentions of a document by the acronym its name defines in brackets ("Saint Lucia's National
    Adaptation Plan (NAP) ... The NAP identifies ..."; :func:`.aliases.defined_acronym`): each a mention of that
    name."""
    defined: dict[str, Mention] = {}
    for m in mentions:
        short = defined_acronym(doc, m.start, m.end)
        if short and short not in defined:
            defined[short] = m
    return [Mention(start, end, source.name, titled=source.titled)
            for short, source in defined.items() for start, end in uses(doc, short, taken)]


def _issued_names(doc: Doc, lexicon: PolicyLexicon, taken: set[int]) -> list[Mention]:
    """Capitalised names that the government or a person issues, as the object of an issuing verb ("When the
    government launched A Better World in 2019", "the prime minister presented the Crossroads of Peace project";
    :func:`.selves.issuing_subject`), and that the text refers back to with a document noun after them ("the
    policy", "the plan"): titled mentions, though no title head names them. Not a country's, a person's or an
    organization's name, nor an agreement's ("signed the Paris Agreement")."""
    out: list[Mention] = []
    for i in token_table(doc).having("dep", _OBJECT_IDS):
        tok = doc[i]
        if tok.pos_ != "PROPN" or i in taken:
            continue
        start = tok.left_edge.i
        while start < tok.i and doc[start].pos_ == "DET" and not doc[start].text[:1].isupper():
            start += 1
        if not doc[start].text[:1].isupper():
            continue
        end = min(_name_end(doc, start), tok.right_edge.i + 1)  # not "A Better World in February"
        if not start <= tok.i < end or end - start < 2 or any(i in taken for i in range(start, end)) \
                or doc[end - 1].lower_ in lexicon.agreement_nouns \
                or _entity_name(doc, start, end, _LAUNCHED_KEYS if tok.head.lemma_ in _LAUNCHING else _ENTITY_KEYS):
            continue
        if not issuing_subject(tok, lexicon.self_nouns, lexicon.person_nouns, lexicon.issuing_verbs):
            continue
        if any(t.lower_ in lexicon.document_nouns and _determined(t, _DEFINITE) for t in doc[end:]):
            out.append(Mention(start, end, doc[start:end].text, titled=True))
    return out


_ENTITY_KEYS = ("countries", "persons", "organizations")
_LAUNCHED_KEYS = ("countries", "organizations")  # nobody launches a person: a name read as one is the title
_LAUNCHING = {"launch", "unveil"}  # ("President X launched Nova Indústria Brasil in January 2024 ... The plan")


def _entity_spans(doc: Doc, keys: tuple[str, ...] = _ENTITY_KEYS) -> Iterator[Span]:
    """The spans of the countries, persons and organizations (``keys``) the earlier components found."""
    return (s for key in keys for s in doc.spans.get(key, ()))


def _entity_name(doc: Doc, start: int, end: int, keys: tuple[str, ...] = _ENTITY_KEYS) -> bool:
    """Whether a country's, a person's or an organization's name (``keys``) overlaps the tokens [start, end)."""
    return any(s.start < end and start < s.end for s in _entity_spans(doc, keys))


def _apposed(noun: Token) -> Mention | None:
    """A document noun in apposition to a name ("Extended Monaco, the digital transition programme"): a titled
    mention of the noun with that name (:func:`.aliases.apposed_name`); None when it has none."""
    bounds = apposed_name(noun)
    return Mention(noun.i, noun.i + 1, noun.doc[bounds[0]:bounds[1]].text, titled=True) if bounds else None


def _name_mentions(doc: Doc, apposed: list[tuple[Mention, tuple[int, int]]], taken: set[int]) -> list[Mention]:
    """The uses of the names that documents were given in apposition (each mention with the tokens of its name),
    other than where they were given: mentions of those documents ("Extended Monaco is supposed to attract
    start-ups")."""
    given = {i for _, (start, end) in apposed for i in range(start, end)}
    names = list(dict.fromkeys(m.name for m, _ in apposed))
    return [Mention(start, end, name, titled=True) for name in names
            for start, end in uses(doc, name, taken | given)]


def _generic_mention(doc: Doc, text: str, i: int) -> Mention:
    """A generic noun at token ``i`` ("the concept"); named when a domain follows ("the concept of foreign policy")."""
    tok = doc[i]
    domain = _DOMAIN_AFTER.match(text, tok.idx + len(tok))
    if not domain:
        return Mention(i, i + 1, "")
    if tok.text[:1].isupper() and not tok.is_sent_start and domain.group(1)[:1].isupper():
        # "Programme of Foreign Policy of Neutral Turkmenistan", as written
        return Mention(i, i + 1, _title_run(doc, i))
    return Mention(i, i + 1, title_case(f"{domain.group(1)} {tok.text}"))


def _activity(noun: Token, lexicon: PolicyLexicon) -> bool:
    """"Iran's nuclear programme", "a missile program": a programme of an activity (activity_words.txt), no document."""
    return noun.lower_ in ("programme", "program") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in lexicon.activity_words for c in noun.children)


def _called(noun: Token, titling_words: frozenset[str]) -> Mention | None:
    """A document noun named by a clause on it: "a programme he calls the Initiative for the Emergence of X", "a
    strategy dubbed Global Reach", "a plan known as Vision Forward" -> a titled mention of the noun with that name;
    None when no such clause names it (``titling_words``: the verbs that name, as lemmas and participles).
    """
    for clause in noun.children:
        if clause.dep_ not in ("relcl", "acl") or clause.i < noun.i:
            continue
        name = None
        if clause.lemma_.lower() in titling_words or clause.lower_ in titling_words:  # "entitled" read as ADJ
            name = next((c for c in clause.children if c.dep_ in ("oprd", "attr", "xcomp", "dobj") and c.i > clause.i),
                        None)
        elif clause.lemma_.lower() == "know":  # "known as X"
            prep = next((c for c in clause.children if c.lower_ == "as"), None)
            name = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if name is None or name.pos_ != "PROPN" or not name.text[:1].isupper():
            continue
        start = name.left_edge.i + (name.left_edge.lower_ == "the")
        end = _name_end(noun.doc, name.i)
        if end - start >= 2 and start <= name.i:
            return Mention(noun.i, noun.i + 1, noun.doc[start:end].text, titled=True)
    return None


_NAME_JOINS = {"of", "for", "the", "and", "on", "an", "a", "to", "in"}


def _called_after(noun: Token, titling_words: frozenset[str]) -> Mention | None:
    """A document noun right before a titling word and a capitalised name of two words or more ("the national vision
    known as We the UAE 2031", "a plan, dubbed Green Horizon, ..."), read on the surface where the parser reads the
    name as a clause: a titled mention of the noun with that name; None otherwise (:func:`_called` reads the
    parse)."""
    doc, i = noun.doc, noun.i + 1
    i += i < len(doc) and doc[i].text == ","
    if doc[i:i + 2].text.lower() == "known as":
        i += 2
    elif i < len(doc) and doc[i].lower_ in titling_words and doc[i].lower_.endswith("ed"):  # a participle of the
        # list ("dubbed"), not a verb's base form ("the plans name China as ...")
        i += 1
    else:
        return None
    if i >= len(doc) or not doc[i].text[:1].isupper() or doc[i].is_sent_start:
        return None
    end = _name_end(doc, i)
    if end - i < 2 or any(s.start <= i and end <= s.end for s in _entity_spans(doc)):
        return None
    return Mention(noun.i, noun.i + 1, doc[i:end].text, titled=True)


def _name_end(doc: Doc, i: int) -> int:
    """Where the capitalised name from token ``i`` ends: small words may join its words ("Plan for an Emerging
    Senegal", "Initiative for the Emergence of Madagascar")."""
    end = i + 1
    while end < len(doc) and not doc[end].is_sent_start and (
            (doc[end].text[:1].isupper() or doc[end].like_num) and not doc[end].is_punct
            or doc[end].lower_ in _NAME_JOINS and end + 1 < len(doc) and (
                doc[end + 1].text[:1].isupper() or doc[end + 1].lower_ in _NAME_JOINS)):
        end += 1
    while end > i + 1 and doc[end - 1].lower_ in _NAME_JOINS:
        end -= 1
    return end


def _verb_read_as_noun(head: Token) -> bool:
    """A plural noun right after the reference noun that is a verb, read wrongly: "to" or "that" follows it ("The
    paper pledges to: ...", "The review warns that ...")."""
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return head.tag_ == "NNS" and head.i > 0 and head.doc[head.i - 1].dep_ == "compound" and nxt is not None \
        and nxt.lower_ in ("to", "that")


def _determined(tok: Token, determiners: set[str]) -> bool:
    """"the paper": a determiner of the noun; or right before it when the parser hung it on another word ("The paper
    attaches ..." read with "paper" a compound of the verb), unless the noun modifies the noun after it."""
    if any(c.dep_ == "det" and c.lower_ in determiners for c in tok.children):
        return True
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    modifies = tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN")
    if modifies and _verb_read_as_noun(tok.head):  # "The paper pledges to: ...": "pledges" is the verb
        modifies = False
    return before is not None and before.pos_ == "DET" and before.lower_ in determiners and before.head != tok \
        and not modifies


def _reference_tokens(doc: Doc, lexicon: PolicyLexicon) -> list[Token]:
    """"the paper", "this report": reference nouns with a definite determiner, not modifying another noun; with
    "a"/"an" ("presented a long-term plan") they are kept as indefinite mentions (see ``Mention.indefinite``)."""
    candidates = (doc[i] for i in token_table(doc).having("lower", lexicon.reference_ids))
    return [t for t in candidates if (t.pos_ == "NOUN" or _capitalised_reference(t))
            and (_determined(t, _DEFINITE | _INDEFINITE) or _owned_by_self(t, lexicon)
                 or _locally_owned(t, lexicon.local_owners))  # "a carmaker ... its own plan": no document of ours
            and not (t.lower_ in lexicon.title_heads  # "the foreign policy" is no reference, "the trade pillar" is
                     and any(c.dep_ in ("amod", "compound") and c.lower_ in _DOMAIN_WORDS for c in t.children)
                     and (_determined(t, _DEFINITE) or t.lower_ == "policy"))]  # "a defence plan" is one


def _capitalised_reference(tok: Token) -> bool:
    """"The (updated) Plan provides for ...": a capitalised reference noun the parser reads as a proper noun, after
    "the" or "this" and with no name of its own ("the Marshall Plan")."""
    return (tok.pos_ == "PROPN" and _determined(tok, _DEFINITE)
            and not any(c.dep_ in ("compound", "nmod") or c.dep_ == "amod" and c.pos_ == "PROPN" for c in tok.children))


def _owned_by_self(tok: Token, lexicon: PolicyLexicon) -> bool:
    """"the ministry's plan", "the government's programme": a reference noun owned by the noun the owner calls
    itself (its own determiner makes it definite)."""
    return any(c.dep_ == "poss" and (c.lower_ in lexicon.self_nouns or c.lower_ == "ministry")
               and _determined(c, _DEFINITE) for c in tok.children)


def _title_mentions(doc: Doc, text: str, lexicon: PolicyLexicon, taken: set[int]) -> list[Mention]:
    """Documents named by a title: quoted ("‘Open Seas Policy’") or a capitalised name ending in a title head
    ("Link South America policy", "Government Report on Chilean Foreign and Trade Policy")."""
    out: list[Mention] = []
    taken = taken | set(range(_token_at(doc, headline_end(text))))  # a headline is all capitalised words
    for m in _QUOTED.finditer(text):
        group = "curly" if m.group("curly") else "name"
        body = m.group(group).strip(" ,.;:")
        words = body.split()
        if not 2 <= len(words) <= 14 or not (any(w.lower().strip(",:") in lexicon.title_heads for w in words)
                                             or _apposed_to_document(text, m, lexicon)):
            continue
        if sum(w[:1].isupper() or w[:1].isdigit() for w in words) * 2 < len(words):
            continue
        span = doc.char_span(m.start(group), m.start(group) + len(body), alignment_mode="contract")
        if span is not None and not any(i in taken for i in range(span.start, span.end)):
            out.append(Mention(span.start, span.end, body, titled=True))
            taken = taken | set(range(span.start, span.end))
    for i in token_table(doc).having("lower", lexicon.title_head_ids):
        if i in taken:
            continue
        tok = doc[i]
        bounds = _title_bounds(doc, tok, lexicon)
        if bounds and not any(i in taken for i in range(*bounds)):
            named = bounds[1] - (bounds[1] - bounds[0] > 1 and _YEAR.fullmatch(doc[bounds[1] - 1].text) is not None)
            out.append(Mention(bounds[0], bounds[1], title_case(doc[bounds[0]:named].text), titled=True,
                               head_first=bounds[0] == i and bounds[1] > i + 1))  # "Vision
            # 2030" is named "Vision", as a title with words before its head was ("Jordan Vision")
            taken = taken | set(range(*bounds))
    return out


def _apposed_to_document(text: str, quote: re.Match[str], lexicon: PolicyLexicon) -> bool:
    """Whether a document noun stands in apposition to the quoted name, after it ("“Global Reach 2030”, the
    programme the government launched") or before it ("the strategy “Partners in Prosperity”", "a plan entitled
    “Building Forward”"): the quote is the document's title though no title head stands in it."""
    after = _NOUN_AFTER_QUOTE.match(text, quote.end())
    before = _NOUN_BEFORE_QUOTE.search(text, max(0, quote.start() - _BEFORE_CHARS), quote.start() + 1)
    nouns = lexicon.generic_nouns | lexicon.reference_nouns
    return bool(after and any(w in nouns for w in after.group(1).lower().split())
                or before and _noun_before_quote(before, lexicon.titling_words) in nouns)


def _noun_before_quote(before: re.Match[str], titling_words: frozenset[str]) -> str:
    """The word a quote stands in apposition to (lower case): the last before it ("the strategy “X”"), or the one
    before a titling word ("a plan entitled “X”", "the vision known as “X”"; ``titling_words``)."""
    noun, word = before.group(1).lower(), (before.group(2) or "").lower()
    return noun if not word or word in titling_words or word == "known as" else word


def _token_at(doc: Doc, char: int) -> int:
    """Index of the first token that starts at or after ``char``."""
    return bisect_left(token_numbers(doc, "idx"), char) if char else 0


def _title_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen inside a capitalised word of a title ("Medium-Term")."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and _capitalised(doc[i - 1])


def _capitalised(tok: Token) -> bool:
    """A word that may stand in a title: capitalised or a number, not a day or a month ("on Monday")."""
    return ((tok.text[:1].isupper() or tok.text[:1].isdigit()) and tok.pos_ not in ("DET", "PRON", "PUNCT", "ADP")
            and tok.lower_ not in _CALENDAR)


_YEAR = re.compile(r"(?:19|20)\d\d")
_EDITION = re.compile(r"II|III|IV|V|VI|VII|VIII|IX|X")  # a Roman number after a title's head (not "I")


def _title_bounds(doc: Doc, head: Token, lexicon: PolicyLexicon) -> tuple[int, int] | None:
    """Token range of the title headed by ``head``, or None: two or more capitalised words ending in ``head``, or
    ``head`` capitalised and followed by "on/of/for" and a capitalised name; a lower-case head ("Connect Central
    Asia policy") needs two capitalised words before it."""
    start = head.i
    while start > head.sent.start and (_capitalised(doc[start - 1]) and doc[start - 1].text not in _POSSESSIVES
                                       or _title_hyphen(doc, start - 1) or _title_and(doc, start - 1, head)):
        start -= 1
    end = head.i + 1
    if head.text[:1].isupper() and start < head.i and end < len(doc) and _EDITION.fullmatch(doc[end].text):
        return start, end + 1  # "Harambee Prosperity Plan II": the edition's number closes the title
    if head.text[:1].isupper():
        while end + 1 < len(doc) and (doc[end].lower_ in _TITLE_JOINS and _capitalised(doc[end + 1])
                                      or start == head.i and head.lower_ not in lexicon.generic_nouns
                                      and _joins_the(doc, end)
                                      or _capitalised(doc[end]) and doc[end].is_alpha):
            end += 1
        while end > head.i + 1 and doc[end - 1].lower_ in _TITLE_JOINS:
            end -= 1
        if _named_for_year(doc, head, end):
            return start, end + 1  # "Vision Djibouti 2035": the head opens a title its target year closes
        if start == head.i and _foreign_title(doc[head.i + 1:end]):
            return start, end  # "Plan Stratégique Gabon Émergent": a title in another language its head opens
        if doc[end - 1].lower_ not in lexicon.title_heads and doc[head.i + 1].lower_ not in _TITLE_JOINS:
            return None  # "Policy Department": the head modifies another noun
        if end == head.i + 1 and end < len(doc) and _YEAR.fullmatch(doc[end].text):
            end += 1  # "Vision 2030", "Agenda 2063": the target year is part of the title
        if start == head.i and end == head.i + 1 or (start == head.i and head.is_sent_start):
            return None
    elif head.i - start < 2:
        return None
    return start, end


def _joins_the(doc: Doc, i: int) -> bool:
    """"for the" or "of the" before a capitalised word inside a title its head opens ("Pathway for the Development
    of Samoa"; not after capitalised words, "National Plan for the Fight against Poverty", nor for a generic noun:
    their full titles are read later, titles.full_titles: "Strategy for the Arctic Region")."""
    return (doc[i].lower_ in ("for", "of") and i + 2 < len(doc) and doc[i + 1].lower_ == "the"
            and _capitalised(doc[i + 2]))


_NAME_TYPES = {"GPE", "NORP", "LOC", "PERSON"}  # entity types of a name that no title joins with "and"


def _title_and(doc: Doc, i: int, head: Token) -> bool:
    """An "and" inside a capitalised title, between two of its capitalised words ("National Recovery and
    Peacebuilding Plan"); not one after a name of another kind ("Japan and Defence Policy")."""
    return (doc[i].lower_ == "and" and i > head.sent.start and i + 1 < head.i
            and _capitalised(doc[i - 1]) and doc[i - 1].is_alpha and doc[i - 1].ent_type_ not in _NAME_TYPES
            and _capitalised(doc[i + 1]))


def _foreign_title(words: Span) -> bool:
    """Whether the capitalised words after a title's opening head are in another language: one of them holds a
    letter English does not write ("Plan Comores Émergent", "Plan Stratégique Gabon Émergent"), and none is a
    person's name ("Policy Director José Ramos")."""
    return any(t.is_alpha and not t.text.isascii() for t in words) and not any(
        t.ent_type_ == "PERSON" for t in words)


_YEAR_TITLE_WORDS = 2  # capitalised words between a title's opening head and its year ("Vision Djibouti 2035")


def _named_for_year(doc: Doc, head: Token, end: int) -> bool:
    """Whether a capitalised head opens a title of one or two capitalised words that a target year closes ("Vision
    Djibouti 2035", "Agenda Africa 2063"), not a name the head modifies ("Policy Department")."""
    return (head.i + 1 < end <= head.i + 1 + _YEAR_TITLE_WORDS and end < len(doc)
            and _YEAR.fullmatch(doc[end].text) is not None and not doc[end].is_sent_start)


def _statement_mentions(doc: Doc, text: str, lexicon: PolicyLexicon) -> list[Mention]:
    """Statements of a country's priorities that name no document ("the priorities of Kazakhstan's foreign
    policy", "listed ... among the most urgent tasks"): the lexicon's ``statement`` cues."""
    out: list[Mention] = []
    lower = text.lower()
    for cue in lexicon.cues:
        if cue.mode != "statement" or not cue.may_match(text, lower):
            continue
        for m in cue.finditer(text, lower):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                out.append(Mention(span.start, span.end, "", statement=True, owned=cue.owned))
    kept: list[Mention] = []  # two cues on one phrase ("among the most urgent tasks of X's foreign policy"): one
    for mention in sorted(out, key=lambda x: (x.start, -x.end)):
        if not any(k.start < mention.end and mention.start < k.end for k in kept):
            kept.append(mention)
    return kept
