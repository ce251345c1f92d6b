"""Stage 2 helper for pipeline_org_ruler: organization names recognised by their context.

Names that have no organization head noun and that the NER misses or mislabels
(as GPE, LOC): a capitalized name in apposition with an organization noun
("the Jogorku Kenesh, Kyrgyzstan's parliament", "Mongolia's parliament, the Ikh
Khural", "Sinopec, China's largest oil company"), and an acronym in an
affiliation slot ("chairman of KazISS", "an analyst at RUSI", "KazISS director
Yerlan Karin", "IMEMO's experts"). Also tells which mentions only modify a
department name ("head of the CIS and Russia department").
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc

from ...acronyms import is_acronym
from ..tokens import IOB_BEGIN, IOB_INSIDE, Words, entity_ranges, span_text, token_table
from .lexicon import OrgLexicon
from .patterns import CONTEXT, OrgCandidate
from .tokens import acronym_like, positions, word_ids, words_of

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
_AFTER_NOUN = frozenset({",", ".", ";", ":", ")", "—", "–", "of", "in", "for", "that", "which", "and", "based",
                         "with", "responsible", "behind", "whose"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})
_NOT_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_CLOSERS = frozenset({",", ".", ";", ":", ")", "—", "–"})
_SLOT_PREPS = frozenset({"of", "at", "from"})
_ROLE_PREPS = frozenset({"of", "at", "for", "from", "in"})
_PHRASE_WORDS = 5  # "for the transport ministry"
_ROLE_SPAN = 6  # "the assistant chief executive for labour mobility"
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "X"})
_MAX_MODIFIERS = 4
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "VERB", "PROPN"})
_COMMA = word_ids([","])
_KIND_NAME_ENTS = frozenset({"", "ORG"})
_PEOPLE_NAME_ENTS = frozenset({"", "ORG", "NORP"})
_PERSON = word_ids(["PERSON"])


def blocked_tokens(doc: Doc, blocked: list[tuple[int, int]]) -> set[int]:
    """Tokens of countries and places (``blocked``)."""
    return {i for s, e in blocked for i in range(s, e)}


def name_ok(
    doc: Doc, start: int, end: int, lex: OrgLexicon, blocked: set[int], *, person_ok: bool = False,
    untagged: bool = False, country_last: bool = False,
) -> bool:
    """``doc[start:end]`` can be an organization's name: proper-noun words, not a country or place.

    A country may be part of the name ("Kazakhstan Temir Zholy"), but not the last word. A name
    the NER calls a person is accepted only when ``person_ok`` (its description says otherwise).
    Where an organization noun next to the name says what it is: ``untagged``, its capitalized words need no
    proper-noun tags ("the state shipbuilder PT PAL", "the rights group Cristosal"); ``country_last``, a country
    may close it after a word that is none ("the telecoms operator MTN Uganda", "Rennig Polymer Canada, a
    subsidiary of ..."; not "Uganda").
    """
    if start >= end or end - start > 6:
        return False
    if (end - 1) in blocked and not (country_last and start not in blocked):
        return False
    w = words_of(doc)
    if not person_ok and any(w.ent_type[i] == "PERSON" for i in range(start, end)):
        return False
    words = [i for i in range(start, end) if w.text[i] != "-" and w.lower[i] not in {"and", "&"}]
    if not words:
        return False
    tagged = w.pos[end - 1] == "PROPN" and all(w.pos[i] in _NAME_POS for i in words)
    if not (tagged or untagged and all(w.cap[i] for i in words)):
        return False
    first = w.text[words[0]]
    if first in lex.person_titles or first in lex.left_stop or first in lex.event_openers:
        return False
    return len(words) > 1 or len(first) >= 3


def _run_before(w: Words, end: int, lex: OrgLexicon, *, joined: bool = False) -> int:
    """Start of the run of capitalized words that ends at ``end``; ``joined``: over "and" between two of them too
    ("Australian Grape and Wine, the industry's national body")."""
    text, cap = w.text, w.cap
    j = end
    while j > 0:
        if cap[j - 1] and text[j - 1] not in lex.left_stop:
            j -= 1
        elif text[j - 1] == "-" and j > 1 and not w.space[j - 1] and cap[j - 2]:
            j -= 1
        elif joined and w.lower[j - 1] in {"and", "&"} and j > 1 and j < end and cap[j - 2] \
                and text[j - 2] not in lex.left_stop:
            j -= 1
        else:
            break
    return j


def run_after(w: Words, start: int, lex: OrgLexicon) -> int:
    """End of the run of capitalized words that starts at ``start``."""
    text, cap = w.text, w.cap
    j = start
    while j < len(text):
        if cap[j] and text[j] not in lex.left_stop:
            j += 1
        elif text[j] == "-" and j + 1 < len(text) and not w.space[j] and cap[j + 1]:
            j += 1
        else:
            break
    return j


def _is_org_noun(doc: Doc, w: Words, i: int, lex: OrgLexicon) -> bool:
    text = w.text[i]
    return text.islower() and (w.lower[i] in lex.org_nouns or doc.vocab.strings[w.lemma[i]].lower() in lex.org_nouns)


def _description_end(doc: Doc, w: Words, k: int, lex: OrgLexicon) -> int | None:
    """End of "det|X's [the country's] modifiers* org-noun" starting at ``k``, else None.

    Modifiers may be capitalized ("the Kazakh national rail operator"); the noun is lowercase.
    """
    n = len(doc)
    text = w.text
    if k < n and w.lower[k] in _DETERMINERS:
        k += 1
    elif k + 1 < n and w.cap[k] and text[k + 1] in _POSSESSIVE:
        k += 2  # "Kyrgyzstan's parliament"
    else:
        return None  # an appositive noun phrase has a determiner ("NatWest, not for the government" has none)
    if k + 1 < n and text[k].islower() and text[k + 1] in _POSSESSIVE:
        k += 2  # "the country's"
    last = None
    j = k
    words = 0
    while j < n and words < _MAX_MODIFIERS:
        if text[j] in _HYPHENS and last is not None and not w.space[j - 1] and not w.space[j]:
            j += 1  # "a Norwegian-owned salmon producer"
            continue
        if not (w.is_alpha[j] and (w.pos[j] in _MODIFIER_POS or _manner_adverb(w, j))):
            break
        last = j
        j += 1
        words += 1
        if _is_org_noun(doc, w, last, lex) and (j == n or w.lower[j] in _AFTER_NOUN):
            return j  # "the company responsible for ...", "the company based in ..."
    return None


def _manner_adverb(w: Words, j: int) -> bool:
    """An adverb in "-ly" before a participle or adjective of the description ("a privately owned firm")."""
    return w.pos[j] == "ADV" and w.lower[j].endswith("ly") and j + 1 < len(w.text) and w.pos[j + 1] in {"VERB", "ADJ"}


def appositions(doc: Doc, lex: OrgLexicon, blocked: list[tuple[int, int]]) -> list[OrgCandidate]:
    """Names in apposition with an organization noun.

    Example: "The plan goes to the Jogorku Kenesh, Kyrgyzstan's parliament, next week." ->
    [OrgCandidate for "Jogorku Kenesh"]; "Mongolia's parliament, the Ikh Khural, approved it." ->
    [OrgCandidate for "Ikh Khural"]. Lists ("the ministry, the President and the parliament") give nothing.
    """
    bad = blocked_tokens(doc, blocked)
    out: list[OrgCandidate] = []
    n = len(doc)
    w = words_of(doc)
    text, lower = w.text, w.lower
    for i in positions(doc, _COMMA):
        # "NAME, [its/X's] ... org-noun"
        start = _run_before(w, i, lex, joined=True)
        if (
            start < i
            and _description_end(doc, w, i + 1, lex) is not None
            and name_ok(doc, start, i, lex, bad, person_ok=True, country_last=True)  # "X Temir Zholy, the operator"
        ):
            out.append(OrgCandidate(start, i, span_text(doc, start, i), CONTEXT))
            continue
        # "[the/X's] ... org-noun, [the] NAME,"
        if i == 0 or not _is_org_noun(doc, w, i - 1, lex):
            continue
        if not any(lower[t] in _DETERMINERS or text[t] in _POSSESSIVE for t in range(max(0, i - 5), i - 1)):
            continue
        k = i + 1 + (i + 1 < n and lower[i + 1] == "the")
        end = run_after(w, k, lex)
        if end == k or (end < n and text[end] not in _CLOSERS):
            continue
        if end + 1 < n and text[end] == "," and lower[end + 1] in {"and", "or"}:
            continue
        if _role_holder(w, i, k, end, lex):
            continue
        if name_ok(doc, k, end, lex, bad, person_ok=end - k > 1, country_last=True):  # "The operator, Hafod Coaches,"
            out.append(OrgCandidate(k, end, span_text(doc, k, end), CONTEXT))
    return out


def _role_holder(w: Words, comma: int, start: int, end: int, lex: OrgLexicon) -> bool:
    """The name ``start:end`` the NER calls a person, after the comma at ``comma``, holds the role the organization
    noun before it completes: "a spokesperson for the transport ministry, Carla Marxer, said", "the deputy head
    of labour mobility at the ministry, Lagi Faamausili, said" (a role, a preposition, the organization noun)."""
    if not all(w.ent_type[i] == "PERSON" for i in range(start, end)):
        return False
    prep = next((t for t in range(comma - 1, max(0, comma - _PHRASE_WORDS) - 1, -1) if w.lower[t] in _ROLE_PREPS), None)
    return prep is not None and any(w.lower[t] in lex.role_nouns for t in range(max(0, prep - _ROLE_SPAN), prep))


def described_names(doc: Doc, lex: OrgLexicon, blocked: list[tuple[int, int]]) -> list[OrgCandidate]:
    """Names right after the kind of organization they are, the kind led by a determiner or a modifier: "the
    state agricultural bank Rosselkhozbank", "Danish shipping group Maersk", "the regional bloc IGAD". Not a
    person's title ("the ministry Spokesman X"), a date ("the government Monday"), a country or a craft after a
    word of ``craft_words.txt`` ("the helicopter carrier Dixmude"); a name the NER
    calls a person only when a comma or a full stop closes it ("the state energy company Eni, ...")."""
    bad = blocked_tokens(doc, blocked)
    w = words_of(doc)
    n = len(doc)
    out = []
    for i in _kind_positions(doc, w, lex):
        if not 0 < i < n - 1 or not w.cap[i + 1] or w.text[i + 1] in lex.left_stop:
            continue
        before = w.lower[i - 1]
        if before in lex.craft_words:
            continue  # "the helicopter carrier Dixmude": a vessel's name
        placed = _placed_kind(w, i, bad)
        if not (before in _DETERMINERS or (w.pos[i - 1] in {"ADJ", "NOUN"} and w.text[i - 1].islower())
                or w.ent_type[i - 1] == "NORP" or placed):
            continue
        end = run_after(w, i + 1, lex)
        if any(w.ent_type[k] in _NOT_NAME_ENTS for k in range(i + 1, end)) or _owner_inside(w, end):
            continue
        person = any(w.ent_type[k] == "PERSON" for k in range(i + 1, end))
        closed = end < n and w.text[end] in {",", ".", ";"}
        if person and not closed and not (placed or _described_kind(w, i)):  # ("the Solwezi miner X": a place)
            continue
        if name_ok(doc, i + 1, end, lex, bad, person_ok=person, untagged=True, country_last=True):
            out.append(OrgCandidate(i + 1, end, span_text(doc, i + 1, end), CONTEXT))
    return out


def _owner_inside(w: Words, end: int) -> bool:
    """A possessive and a capitalized word follow the run ending at ``end``: the name goes on past it ("the opposition
    Sudan People's Liberation Movement"), so the run alone names nothing."""
    return end + 1 < len(w.text) and w.text[end] in _POSSESSIVE and w.cap[end + 1]


def _described_kind(w: Words, i: int) -> bool:
    """The kind noun at ``i`` closes a description of a lower-case modifier after another or after a demonym ("the
    state mining company X", "transmission system operator X", "Slovak engineering group X"): what follows is the
    organization's name even where the NER reads a person's there and no punctuation closes it (not "the company X"); so
    does a demonym right before the noun ("the Ukrainian manufacturer X and a Lithuanian company")."""
    if i < 2 or w.pos[i] != "NOUN":
        return False  # ("many people holding Clinton responsible": a verb)
    if w.ent_type[i - 1] == "NORP" and w.lower[i - 2] in _DETERMINERS:
        return True
    if not _lower_modifier(w, i - 1):
        return False
    return _lower_modifier(w, i - 2) or w.ent_type[i - 2] == "NORP" or w.cap[i - 2] and w.pos[i - 2] == "ADJ"


def _lower_modifier(w: Words, k: int) -> bool:
    """A lower-case adjective or noun at ``k`` ("state", "mining" of "the state mining company X")."""
    return w.text[k].islower() and bool(w.is_alpha[k]) and w.pos[k] in {"ADJ", "NOUN"}


def _placed_kind(w: Words, i: int, places: set[int]) -> bool:
    """The kind noun at ``i`` follows where the organization is: "the Quito firm X", "the Baku daily X" (a place of
    one word, the NER's or a country or place the rulers found, after a determiner; or one word the NER reads as an
    organization there: "the Solwezi miner X"), "the Oslo-based consultancy X"."""
    if i >= 3 and w.lower[i - 1] == "based" and w.text[i - 2] == "-":
        return True
    placed = w.ent_type[i - 1] in _PLACE_ENTS or i - 1 in places or _one_word_org(w, i - 1)
    return i >= 2 and placed and w.lower[i - 2] in _DETERMINERS


def _one_word_org(w: Words, k: int) -> bool:
    """The NER reads the one word at ``k`` alone as an organization (an entity that begins and ends there)."""
    return w.ent_type[k] == "ORG" and w.ent_iob[k] == IOB_BEGIN \
        and (k + 1 >= len(w.text) or w.ent_iob[k + 1] != IOB_INSIDE)


def _kind_positions(doc: Doc, w: Words, lex: OrgLexicon) -> list[int]:
    """The lower-case tokens that name a kind of organization (:func:`_is_org_noun`, or a word of
    ``kind_nouns``), found in the token table."""
    table = token_table(doc)
    found = np.union1d(table.indices("lower", lex.kind_word_ids), table.indices("lemma", lex.org_lemma_ids))
    return [i for i in found.tolist() if w.text[i].islower()]


def which_names(doc: Doc, lex: OrgLexicon, blocked: list[tuple[int, int]]) -> list[OrgCandidate]:
    """Names the NER calls persons that the text goes on to call "which", not as the object of a preposition:
    "Halsey Polymers, which owns the plant, said ..." (a person is "who")."""
    bad = blocked_tokens(doc, blocked)
    w = words_of(doc)
    n = len(doc)
    out = []
    for start, end in entity_ranges(doc, "PERSON"):
        if end - start < 2 or end + 1 >= n or w.text[end] != "," or w.lower[end + 1] != "which":
            continue
        if start > 0 and w.pos[start - 1] == "ADP":
            continue  # "the administration under Mwai Kibaki, which ...": "which" is the phrase's, not the name's
        if name_ok(doc, start, end, lex, bad, person_ok=True):
            out.append(OrgCandidate(start, end, span_text(doc, start, end), CONTEXT))
    return out


def kind_names(doc: Doc, lex: OrgLexicon, blocked: list[tuple[int, int]]) -> list[OrgCandidate]:
    """Names followed by the kind of organization they are (kind_nouns.txt): "the Unite union" -> "Unite",
    "the Nikkei newspaper" -> "Nikkei". A country, a place, a date or a person's name is no such name ("the
    Russian company", "the San Bernardino Christmas party", "the Trump organization"); a people's name is one before
    a kind of people_kinds.txt ("the Houthi movement" -> "Houthi")."""
    bad = blocked_tokens(doc, blocked)
    w = words_of(doc)
    table = token_table(doc)  # (the kind nouns and the PERSON words looked up there, not token by token)
    persons = {w.text[i] for i in table.having("ent_type", _PERSON)}
    out = []
    for i in table.having("lower", lex.kind_word_ids):  # the kind nouns among the organization and kind nouns
        if i < 2 or not w.cap[i - 1] or w.lower[i] not in lex.kind_nouns or not w.text[i].islower():
            continue
        start = _run_before(w, i, lex)
        if start == 0 or w.lower[start - 1] != "the" or not name_ok(doc, start, i, lex, bad):
            continue
        ents = _PEOPLE_NAME_ENTS if w.lower[i] in lex.people_kinds else _KIND_NAME_ENTS
        if any(w.ent_type[k] not in ents or w.text[k] in persons for k in range(start, i)):
            continue
        out.append(OrgCandidate(start, i, span_text(doc, start, i), CONTEXT))
    return out


def _is_role(w: Words, i: int, lex: OrgLexicon) -> bool:
    return 0 <= i < len(w.lower) and w.lower[i] in lex.role_nouns


def slot_acronyms(doc: Doc, lex: OrgLexicon, blocked: list[tuple[int, int]]) -> list[OrgCandidate]:
    """Acronyms in an affiliation slot, even when the text never defines them.

    Example: "Yerlan Karin, chairman of KazISS, said ..." -> [OrgCandidate for "KazISS"];
    likewise "an analyst at RUSI", "KazISS director Yerlan Karin", "IMEMO's experts".
    """
    bad = blocked_tokens(doc, blocked)
    out = []
    n = len(doc)
    w = words_of(doc)
    lower = w.lower
    for i in acronym_like(doc):
        text = w.text[i]
        if i in bad or w.ent_type[i] == "PERSON" or text in lex.non_org_acronyms:
            continue
        if not is_acronym(text) or sum(c.isalpha() for c in text) < 3:
            continue
        prev = i - 1 - (i > 0 and lower[i - 1] == "the")
        after_role = prev >= 1 and lower[prev] in _SLOT_PREPS and _is_role(w, prev - 1, lex)
        role_after = _is_role(w, i + 1, lex) or (
            i + 1 < n and w.text[i + 1] in _POSSESSIVE and _is_role(w, i + 2, lex)
        )
        if after_role or role_after:
            out.append(OrgCandidate(i, i + 1, text, CONTEXT))
    return out


def modifies_unit(doc: Doc, cand: OrgCandidate, lex: OrgLexicon) -> bool:
    """The mention only qualifies a department: "head of the CIS and Russia department"."""
    w = words_of(doc)
    lower, cap = w.lower, w.cap
    j = cand.end
    while j < len(lower) and (lower[j] in {"and", "&", "-"} or cap[j]):
        j += 1
    return j < len(lower) and j - cand.end <= 4 and lower[j] in lex.unit_nouns
