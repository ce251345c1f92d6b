"""Stage 2 helper: context rules that keep or drop country candidates.

A candidate is a matched phrase with its kind (name, acronym, demonym, capital)
and ISO3 code. Names and demonyms are countries unless the context says
otherwise (a lowercase common word, a person's name, the US state of Georgia);
capitals are countries only in a *state role*: subject of a verb ("Moscow
insists"), possessor ("Beijing's position"), partner of a relation noun ("ties
with Washington"), coordinated with such a mention ("Beijing and Washington"), or
coordinated with the capital of another state outside a place construction
("room for manoeuvre between Moscow and Beijing", "called on Washington and
Moscow to resume talks", but not "flights between Moscow and Beijing" or "in
Tokyo and Seoul"). Capitals coordinated with a city word ("Paris, Beirut and other
cities") or described as one ("Asmara has become a city"), capitals in no state
role, and cities are place names. A capital is a person's name only inside a
longer PERSON entity or as a word of one ("Paris Hilton"), not when the tagger
takes the capital alone for a person ("Juba said").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...sentences import sentence_of, sentence_range
from ..tokens import entity_ranges, span_text, token_strings, token_table
from .lexicon import ContextLexicon

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
_PARTNER_PREPS = frozenset({"with", "between", "against", "from", "to", "toward", "towards", "by", "on", "of", "among"})
_DATELINE_NEXT = frozenset({",", "(", "—", "–", "-", ":"})
_INTO = frozenset({"in", "into"})  # "written in French", "translated into Russian"
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# Prepositions whose object is a location ("in Moscow and Beijing").
_LOCATIVE_PREPS = frozenset({
    "in", "at", "into", "near", "via", "through", "across", "around", "outside", "inside", "within",
    "throughout", "beyond", "along", "past", "opposite",
})


@dataclass(frozen=True, slots=True)
class CountryMatch:
    """A matched phrase: tokens ``start:end``, ``kind`` and ISO3 ``label``."""

    start: int
    end: int
    kind: str
    label: str


def _person_around(doc: Doc, cand: CountryMatch) -> bool:
    """The candidate sits inside a longer PERSON entity ("Michael Jordan")."""
    for i in range(cand.start, cand.end):
        tok = doc[i]
        if tok.ent_type_ != "PERSON":
            return False
    first, last = doc[cand.start], doc[cand.end - 1]
    before = first.ent_iob_ == "I"
    after = cand.end < len(doc) and doc[cand.end].ent_iob_ == "I" and doc[cand.end].ent_type_ == "PERSON"
    return before or after or last.ent_iob_ == "I" and first.ent_iob_ == "I"


def _is_person_name(doc: Doc, cand: CountryMatch, person_words: set[str]) -> bool:
    """A capital that is part of a person's name: inside a longer PERSON entity ("Paris Hilton"), or a
    word of one elsewhere in the document ("Victoria Nuland ... Victoria said"). A PERSON entity that
    is the capital alone ("Juba said", "Praia accused") is the tagger mistaking a little-known city."""
    span = doc[cand.start : cand.end]
    if not any(t.ent_type_ == "PERSON" for t in span):
        return False
    return _person_around(doc, cand) or any(t.text in person_words for t in span)


def _person_words(doc: Doc) -> set[str]:
    """The words of the PERSON entities of two words or more."""
    text = token_strings(doc, "orth")
    return {text[i] for start, end in entity_ranges(doc, "PERSON") if end - start > 1 for i in range(start, end)}


def _is_us_georgia(doc: Doc, cand: CountryMatch, lex: ContextLexicon) -> bool:
    """'Atlanta, Georgia', 'Georgia voters', 'the state of Georgia', a sentence about US politics."""
    nxt = doc[cand.end] if cand.end < len(doc) else None
    if nxt is not None and nxt.text in lex.us_state_next:
        return True
    if cand.start >= 2 and doc[cand.start - 1].lower_ == "of" and doc[cand.start - 2].lower_ == "state":
        return True
    start, end = sentence_range(doc, cand.start) if doc.has_annotation("SENT_START") else (0, len(doc))
    text = token_strings(doc, "orth")  # (the sentence's words from the shared list, not a Token each)
    return any(text[i] in lex.us_state_cue for i in range(start, end))


def _names_language(doc: Doc, cand: CountryMatch, lex: ContextLexicon) -> bool:
    """A demonym that names a language, not a state: before a ``language`` noun of ``state_roles.tsv`` ("known by
    its French acronym", "the Chinese translation"), or alone after "in"/"into" ("a slogan in French:", "translated
    into Russian"), where no noun follows it ("in Russian gas projects" names the state)."""
    nxt = doc[cand.end] if cand.end < len(doc) else None
    if nxt is not None and (nxt.lower_ in lex.language or nxt.lemma_.lower() in lex.language):
        return True
    before = doc[cand.start - 1].lower_ if cand.start > 0 else ""
    alone = nxt is None or (nxt.pos_ not in _NOMINAL and nxt.text != "-")
    return before in _INTO and alone and not doc[cand.end - 1].text.endswith("s")


def _at_line_start(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return prev.is_space and "\n" in prev.text or "\n" in prev.whitespace_


def _is_dateline(doc: Doc, cand: CountryMatch) -> bool:
    """'MOSCOW, 1 April 2023 —', 'Washington (AFP) -': a capital opening a line before , ( or a dash."""
    nxt = doc[cand.end] if cand.end < len(doc) else None
    if not (_at_line_start(doc, cand.start) and (nxt is None or nxt.text in _DATELINE_NEXT)):
        return False  # (tested first: most capitals open no line, and then their children need not be read)
    # "Beijing, Moscow and Tehran abstained" opens a sentence, not a dateline
    return not (doc.has_annotation("DEP") and any(c.dep_ == "conj" for c in doc[cand.start : cand.end].root.children))


def _in_capitals(span: Span) -> bool:
    """A name written in capital letters ("ACCRA"), as datelines write the place."""
    return span.text.isupper() and sum(c.isalpha() for c in span.text) > 1


def _in_market_report(doc: Doc, cand: CountryMatch, markets: list[int]) -> bool:
    """'Seoul was 0.2 percent up', 'Tokyo is closed': capitals naming stock exchanges (a market word in the
    sentence of the candidate's first token, as ``Span.sent`` has it; ``markets``: the Doc's market words,
    :func:`_market_words`)."""
    sent = sentence_of(doc[cand.start])
    k = bisect_left(markets, sent.start)
    return k < len(markets) and markets[k] < sent.end


def _market_words(doc: Doc, lex: ContextLexicon) -> list[int]:
    """The tokens of the Doc that are market words, in text order (found once for all its capitals)."""
    return token_table(doc).having("orth", lex.market_ids)


def _first_conjunct(token: Token) -> Token:
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token


def _conjuncts(first: Token) -> list[Token]:
    """``first`` and every token coordinated with it ("Moscow", "Beijing", "Tokyo")."""
    out, todo = [], [first]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(c for c in tok.children if c.dep_ == "conj")
    return out


def _governors(token: Token) -> list[Token]:
    """The words a noun phrase depends on: its preposition (if any) and the one or two words above."""
    out = [token.head]
    if token.dep_ == "pobj":
        out.append(token.head.head)
        if token.head.head.dep_ in ("pobj", "dobj", "prep"):
            out.append(token.head.head.head)
    return out


def _is_city_word(token: Token, lex: ContextLexicon) -> bool:
    return token.lower_ in lex.city or token.lemma_.lower() in lex.city


def _described_as_city(verb: Token, lex: ContextLexicon) -> bool:
    """'Asmara has become a city frozen in time': the subject's predicate is a city word."""
    return any(c.dep_ in ("attr", "oprd") and _is_city_word(c, lex) for c in verb.children)


def _in_place_construction(head: Token, lex: ContextLexicon) -> bool:
    """'in Tokyo and Seoul', 'flights between Moscow and Beijing', 'visited Astana and Tashkent'."""
    if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE_PREPS:
        return True
    if any(_is_city_word(t, lex) for t in _conjuncts(head)):
        return True  # "Paris, Beirut, Bamako and other cities"
    return any(g.lower_ in lex.place or g.lemma_.lower() in lex.place for g in _governors(head))


def _coordinated_states(head: Token, capital_codes: dict[int, str], lex: ContextLexicon) -> bool:
    """Capitals of two different states coordinated outside a place construction."""
    codes = {capital_codes[t.i] for t in _conjuncts(head) if t.i in capital_codes}
    if len(codes) < 2 or head.dep_ in ("compound", "ROOT", "npadvmod") or head.dep_ == "appos":
        return False
    return not _in_place_construction(head, lex)


def _in_state_role(
    token: Token, lex: ContextLexicon, state_tokens: set[int], capital_codes: dict[int, str] | None = None
) -> bool:
    """Whether a capital (its syntactic head token) stands for its state."""
    if token.dep_ == "compound":
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if token.dep_ == "poss" or (nxt is not None and nxt.text in _POSSESSIVE):
        return not _is_city_word(token.head, lex)
    head = _first_conjunct(token)
    if head.i != token.i and head.i in state_tokens:
        return True
    if any(t.i in state_tokens for t in _conjuncts(head) if t.i != token.i):
        return not _in_place_construction(head, lex)  # "with Beijing and Kazakhstan"
    if capital_codes and _coordinated_states(head, capital_codes, lex):
        return True
    if head.dep_ in _SUBJECT_DEPS:
        return not _described_as_city(head.head, lex)
    if head.dep_ == "pobj" and head.head.lower_ in _PARTNER_PREPS:
        governor = head.head.head
        if governor.dep_ == "agent" or head.head.dep_ == "agent":
            return True
        return governor.lower_ in lex.relation or governor.lemma_.lower() in lex.relation
    if head.dep_ == "dobj":
        verb = head.head
        return any(c.dep_ in _SUBJECT_DEPS and c.i in state_tokens for c in verb.children)
    return False


def keep_candidates(doc: Doc, cands: list[CountryMatch], lex: ContextLexicon) -> list[CountryMatch]:
    """Filter resolved (non-overlapping) candidates by their context (see :func:`split_candidates`)."""
    return split_candidates(doc, cands, lex)[0]


def split_candidates(
    doc: Doc, cands: list[CountryMatch], lex: ContextLexicon
) -> tuple[list[CountryMatch], list[CountryMatch]]:
    """Split resolved (non-overlapping) candidates into countries and place names.

    Example: in "Bishkek also intends to deepen ties with Tashkent, and the
    Tashkent branch opened in Osh." the first two capitals are countries
    (subject; partner of "ties"); the third (a compound modifier of "branch")
    and the city "Osh" are places.
    """
    kept: list[CountryMatch] = []
    capitals: list[CountryMatch] = []
    places: list[CountryMatch] = []
    for cand in cands:
        if cand.kind == "city":
            places.append(cand)
            continue
        text = span_text(doc, cand.start, cand.end)  # (the span's text without making the Span)
        if cand.kind == "name" and cand.end - cand.start == 1 and text.lower() in lex.needs_capital:
            if not text[:1].isupper():  # (the one token's text is the span's)
                continue
        if text in lex.first_names and _person_around(doc, cand):
            continue
        if cand.label == "GEO" and text == "Georgia" and _is_us_georgia(doc, cand, lex):
            continue
        if cand.kind == "demonym" and _names_language(doc, cand, lex):
            continue
        if cand.kind == "capital":
            capitals.append(cand)
            continue
        kept.append(cand)
    state_tokens = {i for c in kept for i in range(c.start, c.end)}
    has_parse = doc.has_annotation("DEP")
    capital_codes = {doc[c.start : c.end].root.i: c.label for c in capitals} if has_parse else {}
    person_words = _person_words(doc) if capitals else set()
    markets = _market_words(doc, lex) if capitals and has_parse else []
    for cand in capitals:
        span: Span = doc[cand.start : cand.end]
        if _is_person_name(doc, cand, person_words):
            continue
        if _in_capitals(span) and not _is_dateline(doc, cand):
            continue  # "MOSCOW, 1 April -" is a dateline's place; "MALE VOTERS" in a headline is no capital
        if (
            has_parse
            and not _is_dateline(doc, cand)
            and not _in_market_report(doc, cand, markets)
            and _in_state_role(span.root, lex, state_tokens, capital_codes)
        ):
            kept.append(cand)
            state_tokens.update(range(cand.start, cand.end))
        else:
            places.append(cand)
    return sorted(kept, key=lambda c: (c.start, c.end)), sorted(places, key=lambda c: (c.start, c.end))
