"""Stage 2 helper: organizations the organization ruler left out, read from how the text names them (for
pipeline_person_ruler's affiliations; they are not written to ``doc.spans["organizations"]``).

- described: a name in apposition with a common noun of organizations (org_nouns.txt): "The carrier, Tolland
  Ferries, said ...", "Brackwater Energy, the utility that runs the plant, said ...";
- short forms: a later mention of the first words of an organization's name ("Corbel's site manager" after
  "Corbel Plastics Ltd"), when no other organization's name begins with those words.

These spans are the antecedents and owners a role can refer back to ("Its managing director, X",
"X, its managing director", "A spokeswoman, X").
"""

from __future__ import annotations

from typing import cast

import numpy as np
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from ..tokens import per_doc, token_table, word_ids, words_of
from .lexicon import PersonLexicon
from .tokens import covered

_ARTICLES = frozenset({"the", "a", "an"})
_NOT_BODIES = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME"})
_NOT_BODY_IDS = word_ids(_NOT_BODIES)  # their labels' ids, as the token table's ent_type column holds them
_NAME_WORDS = 5  # longest name read before or after the organization noun
_NOT_A_BODY_AFTER = frozenset({"on", "for", "in", "behind", "of"})  # "an authority on", "a force for"
_NAME_WORDS_KEY = ("pipeline", "persons", "body_name_words")


def bodies(doc: Doc, lex: PersonLexicon, orgs: list[Span], countries: list[Span],
           persons: list[tuple[int, int]], *, for_names: bool = False) -> list[Span]:
    """The organizations named by apposition or by a short form, none overlapping ``orgs``, ``countries`` or the
    person mentions ``persons`` (token ranges), in text order.

    ``for_names``: only the evidence strong enough to say a capitalized run names no person (the name after "the
    <organization noun>,", a short form of two words or more): "Name, the <noun> ..." also describes persons
    ("X, a union official"), and a one-word short form may be a person's surname."""
    taken = covered([*orgs, *countries], len(doc))
    for start, end in persons:
        taken[start:end] = [True] * (end - start)
    found: list[Span] = []
    for span in [*_described(doc, lex, before=not for_names), *_short_forms(doc, orgs, 2 if for_names else 1)]:
        if not any(taken[span.start:span.end]):
            taken[span.start:span.end] = [True] * len(span)
            found.append(span)
    return sorted(found, key=lambda s: (s.start, s.end))


def _name_words(doc: Doc) -> list[bool]:
    """For every token: a capitalized proper noun outside a place, nationality or date entity (a word an
    organization's name is made of), read from the shared word lists once per Doc."""
    table = token_table(doc)  # (the three tests as array operations over all tokens)
    named = np.array(words_of(doc).cap, dtype=bool) & (table.column("pos") == PROPN)
    named[table.indices("ent_type", _NOT_BODY_IDS)] = False
    return cast("list[bool]", named.tolist())


def _described(doc: Doc, lex: PersonLexicon, *, before: bool) -> list[Span]:
    """Names in apposition with "the/a <organization noun>" after it, and before it when ``before``."""
    out = []
    w = words_of(doc)
    for i in token_table(doc).having("lower", lex.org_noun_ids):  # the organization nouns
        if not (w.is_lower[i] and w.pos[i] == "NOUN"):
            continue
        tok = doc[i]
        if not any(c.lower_ in _ARTICLES for c in tok.children):
            continue
        name = _name_after(doc, tok) if tok.dep_ != "appos" else _name_before(doc, tok) if before else None
        if name is not None:
            out.append(name)
    return out


def _name_after(doc: Doc, noun: Token) -> Span | None:
    """"The carrier, Tolland Ferries, said": the capitalized run after the noun and a comma, its apposition."""
    k = noun.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    name_word = per_doc(doc, _NAME_WORDS_KEY, _name_words)
    end = k + 1
    while end < len(doc) and end - k <= _NAME_WORDS and name_word[end]:
        end += 1
    if end == k + 1 or end >= len(doc) or doc[end].text != ",":
        return None
    name = doc[k + 1:end]
    return name if name.root.dep_ == "appos" and name.root.head.i == noun.i else None


def _name_before(doc: Doc, noun: Token) -> Span | None:
    """"Brackwater Energy, the utility that runs ...": the capitalized run the noun is an apposition of."""
    head = noun.head
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and (after.lower_ in _NOT_A_BODY_AFTER or after.pos_ in {"NOUN", "PROPN"}):
        return None  # "X, a leading authority on Asia", "X, a union official": a person described
    name_word, w = per_doc(doc, _NAME_WORDS_KEY, _name_words), words_of(doc)
    if not (head.i < noun.i and head.i + 1 < len(doc) and doc[head.i + 1].text == "," and name_word[head.i]):
        return None
    start = head.i
    while start > 0 and head.i - start < _NAME_WORDS and name_word[start - 1]:
        start -= 1
    if start > 0 and w.cap[start - 1] and w.lower[start - 1] not in _ARTICLES:
        return None  # more of a longer name than the parse shows
    return doc[start:head.i + 1]


def _short_forms(doc: Doc, orgs: list[Span], min_short: int) -> list[Span]:
    """Later mentions of the first words of exactly one organization's name, as a whole capitalized run of name words
    (no place, nationality or date: "the Baltic states" after "Baltic Ledger")."""
    owners: dict[tuple[str, ...], set[str]] = {}
    first_named: dict[tuple[str, ...], int] = {}
    w = words_of(doc)
    name_word = per_doc(doc, _NAME_WORDS_KEY, _name_words)
    for span in orgs:
        at = [i for i in range(span.start, span.end) if w.lower[i] != "the"]
        if len(at) <= min_short:
            continue
        words = [w.text[i] for i in at]
        named = next((k for k, i in enumerate(at) if not name_word[i]), len(at))  # the name words it opens with
        full = " ".join(words)
        for k in range(min_short, min(len(words), named + 1)):  # each prefix of name words, but the whole name
            prefix = tuple(words[:k])
            owners.setdefault(prefix, set()).add(full)
            first_named[prefix] = min(first_named.get(prefix, span.start), span.start)
    unique = {p for p, names in owners.items() if len(names) == 1}
    if not unique:
        return []
    longest = max(len(p) for p in unique)
    firsts = {p[0] for p in unique}
    text, cap, name = w.text, w.cap, name_word
    n = len(doc)
    out = []
    after = 0  # the first token after the last short form found
    for i in token_table(doc).having("orth", word_ids(firsts)):  # the tokens written as a first
        if i < after or i > 0 and name[i - 1]:  # word; a whole capitalized run starts here
            continue
        size = next((k for k in range(longest, 0, -1) if i + k <= n and (i + k == n or not cap[i + k])
                     and tuple(text[i:i + k]) in unique and all(name[i:i + k])), 0)  # ("the Baltic states": a place)
        if size and first_named[tuple(text[i:i + size])] < i:
            out.append(doc[i:i + size])
            after = i + size
    return out
