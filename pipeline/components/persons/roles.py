"""Stage 2 helper: role phrases and the organizations they attach to (for pipeline_person_ruler).

Works on token indices; every function returns token offsets so that callers
can chain them ("researcher" + "at" + "the Institute of ...").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...acronyms import is_capitals_word
from ..tokens import dep_id
from .lexicon import PersonLexicon
from .tokens import (
    CONNECTORS,
    POSSESSIVE,
    Words,
    droppable_start,
    is_capitalized,
    is_newline,
    modifies_noun_after,
    words_of,
)

_CLAUSE_STOP = frozenset({";", ".", "!", "?", "(", ")", "\u2014", "who", "which", "that"})
_PREPS_TO_ORG = frozenset({"at", "of", "with", "from", "in", "for"})
_DETS = frozenset({"the", "a", "an"})
_NOT_ITS_NAME = frozenset({"GPE", "LOC", "DATE", "TIME", "PERSON"})
_TRAILING_LINKS = frozenset({"in", "on", "and"})
_CLAUSE_VERBS = frozenset({"VERB", "AUX"})
_DESCRIPTOR_WORDS = 4  # "the think tank", "the advocacy group"
_KIND_TAGS = frozenset({"NOUN", "PROPN"})  # a kind noun in lower case ("the Riyadh daily X": "daily" tagged PROPN)
_PARTICIPLES = frozenset({"VBG", "VBN"})  # "the ruling CCM", "the governing ANC": a participle describing the body
_COUNTRY_PRONOUNS = frozenset({"country", "nation", "republic", "state", "kingdom"})
_CLAUSE_ADVERBS = 2  # "who now also teaches at Y"
_WORK_CLAUSE_WORDS = 12  # "who studies regional migration and labour markets in northern Europe at Y"
_WORK_PREPS = frozenset({"at", "for", "with", "on", "of"})  # "who sits on the board of Y"
_STATE_BODY_WORDS = 2  # "foreign affairs" in "Tuvalu's foreign affairs department"
_PLURAL_POSSESSIVE = frozenset({"'", "\u2019"})
_NO_ROLE_START = frozenset({"of", "-"})  # "STOCKHOLM - Foreign Minister X": a dateline's dash opens no role


@dataclass(frozen=True, slots=True)
class Found:
    """A matched piece: its text (as it should be reported) and token range."""

    text: str
    start: int
    end: int
    country: str = ""


def _role_word(w: Words, i: int, lex: PersonLexicon) -> bool:
    """Whether token ``i`` can be part of a role phrase."""
    low = w.lower[i]
    if low in lex.role_words or low in lex.roles:
        return True
    # lower-case modifiers in a role phrase ("athletic director"), never capitalized unknown words
    if not (w.is_lower[i] and w.is_alpha[i]) or low in _DETS:
        return False
    return w.pos[i] in {"ADJ", "NOUN"} or _gerund_modifier(w, i)


_COMPOUND = dep_id("compound")


def _gerund_modifier(w: Words, i: int) -> bool:
    """A gerund the tagger reads as a verb that modifies the next noun ("an urban planning lecturer", "a marketing
    director"): a lower-case "-ing" word in a compound."""
    return w.pos[i] == "VERB" and w.dep[i] == _COMPOUND and w.lower[i].endswith("ing")


def role_after(doc: Doc, i: int, lex: PersonLexicon, *, limit: int = 6) -> Found | None:
    """The role phrase starting at token i ("associate professor", "Deputy Director"), or None.

    The phrase must end in a role of the lexicon; modifiers before it are kept.
    """
    return role_after_in(words_of(doc), i, lex, limit=limit)


def role_after_in(w: Words, i: int, lex: PersonLexicon, *, limit: int = 6) -> Found | None:
    """:func:`role_after` over the Doc's :class:`Words`."""
    lower = w.lower
    end = i
    while end < len(lower) and end - i < limit:
        if _role_word(w, end, lex):
            end += 1
        elif lower[end] == "of" and end > i and _role_continues(w, i, end, lex):
            end += 1
        else:
            break
    for k in range(end, i, -1):
        words = lower[i:k]
        if any(" ".join(words[j:]) in lex.roles for j in range(len(words))):
            if lower[k - 1] == "of":
                continue
            return Found(" ".join(words), i, k)
    return None


def _role_continues(w: Words, i: int, of_index: int, lex: PersonLexicon) -> bool:
    """Whether "... of <next>" continues a multi-word role of the lexicon ("secretary of state")."""
    if of_index + 1 >= len(w.lower):
        return False
    lowers = w.lower[i:of_index + 2]
    tails = {" ".join(lowers[j:]) for j in range(len(lowers) - 2)}
    return any(role.startswith(tail) for role in lex.roles for tail in tails)


def role_before(doc: Doc, end: int, lex: PersonLexicon, *, limit: int = 6) -> Found | None:
    """The role phrase ending right before token ``end`` ("IICA Director" -> "director"), or None.

    A role may end in its portfolio: "Minister of Transport X" -> "minister of transport".
    """
    return role_before_in(words_of(doc), end, lex, limit=limit)


def role_before_in(w: Words, end: int, lex: PersonLexicon, *, limit: int = 6) -> Found | None:
    """:func:`role_before` over the Doc's :class:`Words`."""
    best = _role_ending_at(w, end, lex, limit)
    if best is not None:
        return best
    text, lower, alpha = w.text, w.lower, w.is_alpha
    for of_index in range(end - 1, max(-1, end - 5), -1):
        if lower[of_index] in {"of", "for"} and of_index < end - 1:
            head = _role_ending_at(w, of_index, lex, limit)
            if head is not None:
                return Found(" ".join(lower[head.start:end]), head.start, end)
            return None
        if not (text[of_index][:1].isupper() and alpha[of_index]) and not (lower[of_index] == "the"
                                                                           and of_index < end - 1):
            return None  # "Speaker of the House X": the portfolio may take "the"
    return None


def _role_ending_at(w: Words, end: int, lex: PersonLexicon, limit: int) -> Found | None:
    lower = w.lower
    best = None
    for start in range(end - 1, max(-1, end - 1 - limit), -1):
        low = lower[start]
        if not (low == "of" or _role_word(w, start, lex)):
            break
        phrase = " ".join(lower[start:end])
        if phrase in lex.roles:
            best = Found(phrase, start, end)
        elif best is not None and low not in _NO_ROLE_START and low in lex.role_words:  # (modifiers too)
            best = Found(phrase, start, end)
    return best


def org_phrase(doc: Doc, i: int, lex: PersonLexicon, *, limit: int = 14) -> Found | None:
    """A capitalized institution name starting at token i, "the" dropped ("the Institute of X")."""
    while i < len(doc) and doc[i].lower_ in _DETS:
        i += 1
    end, last_good = i, -1
    while end < len(doc) and end - i < limit:
        tok = doc[end]
        if is_newline(tok):
            break
        if is_capitalized(tok) and (tok.is_alpha or is_capitals_word(tok.text) or "-" in tok.text
                                    or end > i and _abbreviation(tok.text, lex)) \
                or end > i and _elided(tok.text):
            last_good = end + 1
        elif tok.lower_ in lex.org_units and end > i:
            last_good = end + 1
        elif tok.lower_ in CONNECTORS or tok.lower_ in lex.name_links or tok.text in {"-", "\u2019s", "'s"} \
                or _glued_dash(doc, end) or _plural_possessive(doc, end):
            if end == i:
                break
        else:
            break
        end += 1
    if last_good <= i:
        return None
    return Found(doc[i:last_good].text, i, last_good)


def _elided(text: str) -> bool:
    """A capitalized word after an elided article or preposition, in one token ("d'Abomey", "l'Économie")."""
    return len(text) > 3 and text[0] in "dlDL" and text[1] in "'\u2019" and text[2].isupper()


def _plural_possessive(doc: Doc, i: int) -> bool:
    """An apostrophe closing a plural inside a name ("Hollins Tenants' Association")."""
    return doc[i].text in _PLURAL_POSSESSIVE and i > 0 and doc[i - 1].lower_.endswith("s") \
        and not doc[i - 1].whitespace_


def _abbreviation(text: str, lex: PersonLexicon) -> bool:
    """A short capitalized abbreviation with its period closing a name ("Corp.", "Inc.", "Co."; not a title:
    "Mr.", "Gov.")."""
    return len(text) <= 5 and text.endswith(".") and text[:-1].isalpha() and text[:-1].lower() not in lex.titles


def _glued_dash(doc: Doc, i: int) -> bool:
    """An en dash joining two parts of one name with no space ("ISEAS\u2013Yusof Ishak Institute")."""
    return doc[i].text == "\u2013" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _is_unit(doc: Doc, found: Found, lex: PersonLexicon) -> bool:
    first, last = doc[found.start].lower_, doc[found.end - 1].lower_
    return first in lex.org_units or last in lex.org_units


def institution(doc: Doc, i: int, lex: PersonLexicon, countries: list[Span | None]) -> Found | None:
    """The organization introduced at token i (a preposition's object), sub-units dropped.

    "the Tashkent branch of Plekhanov Russian Economic University" -> "Plekhanov Russian Economic University";
    "the country's Security Council" -> "Security Council" with the country of "the country's" left to the caller.
    """
    state = state_body(doc, i, lex, countries)
    if state is not None:
        return state
    country, j = _owner_prefix(doc, i, countries)
    found = org_phrase(doc, j, lex)
    if found is None or found.end < len(doc) and doc[found.end].is_lower:
        unit = _after_lower_case_unit(doc, j, lex, countries)
        if unit is not None or found is None:
            return unit or _after_descriptor(doc, j, lex, countries)
        if _a_place_name(doc, found, countries) or kind_before(doc, found.end + 1, lex) \
                or modifies_noun_after(doc, found.start, found.end):
            # "the Riyadh daily Al-Waqt", "the Bogotá consultancy Andina Energy Analytics": a place, a kind, the name
            # ("the Mostar think tank X", "the Nikšić hauliers' association X": the parse says so)
            unit = _after_descriptor(doc, found.end, lex, countries)
            if unit is not None:
                return unit
    found = _without_location(doc, found, countries)
    if all(countries[k] is not None for k in range(found.start, found.end)):
        return Found("", found.start, found.end, countries[found.start].kb_id_)
    return _parent_of_unit(doc, found, lex, countries) or Found(found.text, found.start, found.end, country)


def _a_place_name(doc: Doc, found: Found, countries: list[Span | None]) -> bool:
    """Every word of the name is a country's or a place's the NER knows ("Riyadh", "Latin America")."""
    return all(countries[k] is not None or doc[k].ent_type_ in {"GPE", "LOC"} for k in range(found.start, found.end))


def state_body(doc: Doc, i: int, lex: PersonLexicon, countries: list[Span | None]) -> Found | None:
    """"Tuvalu's foreign affairs department", "the Bulgarian parliament": a state's body written in lower case at
    token ``i`` (a determiner, the state's name with "'s" or its adjective, at most :data:`_STATE_BODY_WORDS`
    lower-case words, a noun of state_bodies.txt), named as written from the state on; None when there is none."""
    j = i + (i < len(doc) and doc[i].lower_ == "the")
    state = countries[j] if j < len(doc) else None
    if state is None or state.start != j:
        return None
    k = state.end + (state.end < len(doc) and doc[state.end].text in POSSESSIVE)
    for h in range(k, min(k + _STATE_BODY_WORDS + 1, len(doc))):
        if not (doc[h].is_lower and doc[h].is_alpha):
            return None
        if doc[h].lower_ in lex.state_bodies:
            closed = h + 1 == len(doc) or not (doc[h + 1].is_lower and doc[h + 1].is_alpha) \
                or doc[h + 1].pos_ not in {"NOUN", "PROPN"}  # not "the Bulgarian parliament building"
            return Found(doc[state.start:h + 1].text, state.start, h + 1, state.kb_id_) if closed else None
    return None


def _without_location(doc: Doc, found: Found, countries: list[Span | None]) -> Found:
    """The name without a closing "in <country or place>" that only locates it ("University of Toronto in Canada",
    "Capital Economics in London"), a date ("ISIS on Wednesday") or a person joined to it ("the Court of Appeals
    and William M. Landes")."""
    for k in range(found.end - 2, found.start, -1):
        if doc[k].lower_ in _TRAILING_LINKS and all(countries[t] is not None or doc[t].ent_type_ in _NOT_ITS_NAME
                                                    for t in range(k + 1, found.end)):
            return Found(doc[found.start:k].text, found.start, k, found.country)
    return found


def _owner_prefix(doc: Doc, j: int, countries: list[Span | None]) -> tuple[str, int]:
    """The owner before an organization name and the token after it: determiners, a possessive country
    ("Russia's", "the country's": "?") and "<place>-based" are skipped."""
    country = ""
    while j < len(doc) and doc[j].lower_ in _DETS:
        j += 1
    named = countries[j] if j < len(doc) else None  # "Russia's", "South Korea's"
    if named is not None and named.end < len(doc) and doc[named.end].text in POSSESSIVE:
        country = named.kb_id_
        j = named.end + 1
    elif j + 1 < len(doc) and doc[j + 1].text in POSSESSIVE:
        if doc[j].lower_ in _COUNTRY_PRONOUNS:
            country = "?"
            j += 2
    if j + 2 < len(doc) and doc[j + 1].text == "-" and doc[j + 2].lower_ == "based":
        j += 3  # "the Tbilisi-based Caucasus Institute"
    return country, j


def _after_lower_case_unit(doc: Doc, j: int, lex: PersonLexicon, countries: list[Span | None]) -> Found | None:
    """"the water policy department at Y", "the Pacific security programme at Y": a sub-unit whose unit noun is
    written in lower case (its modifiers may be capitalized), then the institution."""
    for u in range(j, min(j + 5, len(doc) - 1)):
        if not doc[u].is_alpha:
            break
        if doc[u].is_lower and doc[u].lower_ in lex.org_units and doc[u + 1].lower_ in {"of", "at"}:
            return institution(doc, u + 2, lex, countries)
    return None


def _after_descriptor(doc: Doc, j: int, lex: PersonLexicon, countries: list[Span | None]) -> Found | None:
    """"the nonprofit Clean Air Alliance", "the think tank Chatham House": lower-case words saying what kind of body
    it is, then its name (an organization head noun, an acronym or the NER's organization)."""
    for u in range(j, min(j + _DESCRIPTOR_WORDS, len(doc) - 1)):
        described = doc[u].pos_ in {"NOUN", "ADJ"} or doc[u].tag_ in _PARTICIPLES or doc[u].lower_ in lex.org_nouns
        if u > j and _plural_possessive(doc, u):
            continue  # "the hauliers' association X"
        if not (doc[u].is_lower and doc[u].is_alpha and described):
            return None
        if doc[u].lower_ in lex.org_heads and doc[u + 1].text == ",":
            return _named_after(doc, u + 2, lex, countries)  # "France's largest farm union, the FNSEA"
        if is_capitalized(doc[u + 1]):
            found = org_phrase(doc, u + 1, lex)
            if found is None or not names_body(doc, found, lex):
                return None
            return _without_location(doc, found, countries)
    return None


def kind_before(doc: Doc, start: int, lex: PersonLexicon) -> bool:
    """The name at ``start`` follows a common noun of its kind in lower case ("the local aid group Frontera Viva", "the
    Ukrainian manufacturer Stepove Nebo": org_heads.txt, org_nouns.txt) or a "<place>-based" ("the Krak\u00f3w-based
    Centrum Analiz Wschodnich"), which say a body is named, whatever the NER reads there."""
    if start < 2:
        return False
    before = doc[start - 1]
    if before.is_lower and before.pos_ in _KIND_TAGS \
            and (before.lower_ in lex.org_heads or before.lower_ in lex.org_nouns):
        return True
    return before.lower_ == "based" and doc[start - 2].text == "-"


def _named_after(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None]) -> Found | None:
    """The organization's name in apposition at token ``k`` ("the FNSEA"), when it names a body."""
    k += k < len(doc) and doc[k].lower_ == "the"
    found = org_phrase(doc, k, lex) if k < len(doc) else None
    if found is None or not names_body(doc, found, lex):
        return None
    return _without_location(doc, found, countries)


def _parent_of_unit(doc: Doc, found: Found, lex: PersonLexicon, countries: list[Span | None]) -> Found | None:
    """The institution a unit belongs to: "the Tashkent branch of Y University", "Department of Z at Y"."""
    for u in range(found.start + 1, found.end - 1):
        if doc[u].is_lower and doc[u].lower_ in lex.org_units and doc[u + 1].lower_ in {"of", "at"}:
            deeper = institution(doc, u + 2, lex, countries)
            if deeper is not None and deeper.text:
                return deeper
    if not _is_unit(doc, found, lex):
        return None
    k = found.end
    while k < len(doc) and k - found.end < 25 and doc[k].lower_ not in _CLAUSE_STOP and not is_newline(doc[k]) \
            and doc[k].pos_ not in _CLAUSE_VERBS:  # "the X Centre in Y, said ... members of Z": Z is not its parent
        if doc[k].lower_ in {"at", "of"}:
            deeper = institution(doc, k + 1, lex, countries)
            if deeper is not None and deeper.text:
                return deeper
        k += 1
    return None


def lower_case_body(doc: Doc, k: int, lex: PersonLexicon) -> Found | None:
    """A body written in lower case from the "the" at ``k``, without the article: a plural possessive (the members it
    is of) or a plural noun, then an organization head noun ("chair of the tenants' association", "who leads the
    dockers' union", "the local teachers union"; persons/after_name.py); None when there is none."""
    if k + 2 >= len(doc) or doc[k].lower_ != "the":
        return None
    j = k + 1
    while j + 1 < len(doc) and j - k <= 3 and doc[j].is_lower and doc[j].is_alpha:
        if doc[j + 1].text in POSSESSIVE and j + 2 < len(doc) and doc[j + 2].lower_ in lex.org_heads:
            return _named_body(doc, k + 1, j + 3, lex)  # "the tenants' association"
        if doc[j].tag_ == "NNS" and doc[j + 1].lower_ in lex.org_heads and doc[j + 1].is_lower:
            return _named_body(doc, k + 1, j + 2, lex)  # "the local teachers union"
        j += 1
    return None


_NOT_A_BODY_NAME = frozenset({"DATE", "TIME", "GPE", "LOC", "PERSON"})


def _names_after(tok: Token) -> bool:
    """The token opens a name (an acronym, or a capitalized word the NER does not read as a date, a place or a
    person) that a lower-case body before it goes by."""
    return is_capitals_word(tok.text) or is_capitalized(tok) and tok.is_alpha and tok.ent_type_ not in _NOT_A_BODY_NAME


def _named_body(doc: Doc, start: int, end: int, lex: PersonLexicon) -> Found:
    """The lower-case body ``start:end``, or the name written right after it ("the dockers' union SINPORT", "the
    citizens' initiative Clean Valley"; "the distributors' association Gascaribe Alliance": a name with a head noun
    of its own, whatever the NER reads in it)."""
    name = org_phrase(doc, end, lex) if end < len(doc) and is_capitalized(doc[end]) else None
    if name is not None and (_names_after(doc[end])
                             or any(t.lower_ in lex.org_heads for t in doc[name.start:name.end])):
        return name
    return Found(doc[start:end].text, start, end)


def owner_before(doc: Doc, end: int, lex: PersonLexicon, countries: list[Span | None],
                 orgs: list[Span | None]) -> Found | None:
    """Who a pre-name role belongs to, ending right before token ``end``.

    "Russian" / "Russia's" -> country; "IICA" / "HSE University" / "IICA's" -> organization.
    """
    k = end - 1
    owns = k >= 0 and doc[k].text in POSSESSIVE
    if owns:
        k -= 1
    if k < 0:
        return None
    if countries[k] is not None:
        span = countries[k]
        return Found("", span.start, span.end, span.kb_id_)
    if doc[k].lower_ in lex.org_heads and _bare_head(doc, k):
        return None  # "Committee member X", "Council leader X" opening a sentence, whatever the NER read there
    if orgs[k] is not None and orgs[k].end == k + 1:
        span = orgs[k]
        start = span.start + (1 if span[0].lower_ == "the" else 0)
        if start < span.end and not all(doc[t].lower_ in lex.role_words for t in range(start, span.end)):
            return Found(doc[start:span.end].text, start, span.end)
    named = _named_elsewhere(doc, k, orgs) if owns else None
    if named is not None:
        return named
    if is_capitals_word(doc[k].text):
        return Found(doc[k].text, k, k + 1)
    if ner_organization(doc, k) and (owns or doc[end].is_lower):
        # "Oxfam's policy director X", "Greenpeace campaigner X" (not "Home Secretary X": a title in capitals)
        return _entity_before(doc, k)
    if doc[k].lower_ in lex.org_heads and is_capitalized(doc[k]) and not _bare_head(doc, k):
        start = k
        while start - 1 >= 0 and (is_capitalized(doc[start - 1]) or is_capitals_word(doc[start - 1].text)) \
                and not is_newline(doc[start - 1]) and countries[start - 1] is None:
            start -= 1
        while start < k and droppable_start(doc[start]):
            start += 1
        return Found(doc[start:k + 1].text, start, k + 1)
    return None


def _named_elsewhere(doc: Doc, k: int, orgs: list[Span | None]) -> Found | None:
    """"Rheintal Optronik’s chief executive, X" where the organization ruler found the name at another mention
    only (the NER reads a person's here): the words ending at token ``k`` spell an organization it found, the
    longest such name."""
    names = sorted({s.text: len(s) for s in orgs if s is not None and s[0].lower_ != "the"}.items(),
                   key=lambda item: -item[1])
    for text, size in names:
        start = k - size + 1
        if start >= 0 and doc[start:k + 1].text == text:
            return Found(text, start, k + 1)
    return None


def ner_organization(doc: Doc, k: int) -> bool:
    """Token ``k`` ends an organization of the NER that is no person's name ("Oxfam"; not "Trump" when the text
    names "Donald Trump")."""
    if doc[k].ent_type_ != "ORG" or not is_capitalized(doc[k]) or (k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I"):
        return False
    persons = {t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
    return doc[k].text not in persons


def names_body(doc: Doc, found: Found, lex: PersonLexicon) -> bool:
    """The name has an organization head noun or an acronym, or the NER reads an organization there ("Red Cross",
    "Capital Economics"), or a noun of its kind comes before it (:func:`kind_before`)."""
    return any(t.lower_ in lex.org_heads or is_capitals_word(t.text) for t in doc[found.start:found.end]) \
        or ner_organization(doc, found.end - 1) or kind_before(doc, found.start, lex)


def _entity_before(doc: Doc, k: int) -> Found | None:
    """The NER entity ending at token ``k``, without a leading "the"."""
    lo = k
    while lo > 0 and doc[lo].ent_iob_ == "I" and doc[lo - 1].ent_type_ == doc[k].ent_type_:
        lo -= 1
    lo += doc[lo].lower_ == "the"
    return Found(doc[lo:k + 1].text, lo, k + 1) if lo <= k else None


def _bare_head(doc: Doc, k: int) -> bool:
    """"Union president X" opening a sentence: the head noun alone, capitalized only as the sentence's first
    word, refers back to an organization named before; it is not the organization's name."""
    return (k == 0 or bool(doc[k].is_sent_start)) and not (k + 1 < len(doc) and doc[k + 1].text in POSSESSIVE)


def title_start(doc: Doc, start: int, lex: PersonLexicon) -> int:
    """The first token of the titles right before the name ("Dr", "Det. Const."), or ``start``."""
    while start > 0 and (doc[start - 1].lower_.rstrip(".") in lex.titles
                         or doc[start - 1].text == "." and start > 1 and doc[start - 2].lower_ in lex.titles):
        start -= 1  # "Det. Const." (the period split off), not a sentence's last period
    return start


def work_clause(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None]) -> Found | None:
    """"who studies regional labor markets at the University of Findlay", "who now teaches at Y", "who advises the Y
    Centre", "who sits on the board of Y" at token ``k``: the institution a relative clause of work (work_verbs.txt)
    names with its head noun or an acronym, as its object or after a preposition, else None."""
    verb = _work_verb(doc, k, lex)
    if verb is None:
        return None
    governed = _body_at(doc, verb + 1, lex, countries)  # "who advises the Y Centre"
    if governed is not None:
        return governed
    j, end = verb + 1, min(verb + _WORK_CLAUSE_WORDS, len(doc) - 1)
    while j < end:
        if doc[j].lower_ in _CLAUSE_STOP or doc[j].text == ",":
            return None
        if doc[j].lower_ == "and":  # "who worked on the drafting team and now teaches public policy at Y"
            nxt = clause_verb(doc, j + 1)
            if doc[nxt].lower_ in lex.work_verbs:
                j, end = nxt + 1, min(nxt + _WORK_CLAUSE_WORDS, len(doc) - 1)
                continue
        if doc[j].lower_ in _WORK_PREPS:
            inst = _body_at(doc, j + 1, lex, countries)
            if inst is not None:
                return inst
        j += 1
    return None


def _work_verb(doc: Doc, k: int, lex: PersonLexicon) -> int | None:
    """The token of the verb of work (work_verbs.txt) opening a relative clause at ``k`` ("who now lectures at"), or of
    a participle that stands for one ("a diplomat working for Y"), else None."""
    if k + 1 < len(doc) and doc[k].lower_ == "who":
        verb = clause_verb(doc, k + 1)
    elif k < len(doc) and doc[k].tag_ == "VBG":
        verb = k
    else:
        return None
    return verb if doc[verb].lower_ in lex.work_verbs else None


def _body_at(doc: Doc, k: int, lex: PersonLexicon, countries: list[Span | None]) -> Found | None:
    """The institution at token ``k`` when its name has an organization head noun or an acronym (:func:`names_body`),
    else None."""
    inst = institution(doc, k, lex, countries) if k < len(doc) else None
    return inst if inst is not None and inst.text and names_body(doc, inst, lex) else None


def clause_verb(doc: Doc, k: int) -> int:
    """The token of a clause's verb at ``k``, after at most two adverbs ("who now also teaches", "who also runs")."""
    verb = k
    while verb < len(doc) - 1 and verb - k < _CLAUSE_ADVERBS and doc[verb].pos_ == "ADV":
        verb += 1
    return verb
