"""Stage 2 helper for pipeline_policy: the items a ranking adds after the first ("puts A first, followed by B"), and
what a ranked subject is ("3. Human capital comes second", "Neighbours get a chapter of their own")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .item_ends import truncate
from .lists import conjunct_ranges, names_only, split_series
from .regions import region_names

_LIST_MARK = re.compile(r"^\(?\d{1,2}[.)]$")  # the number of a numbered paragraph ("3.", "(2)")


def followed_by(doc: Doc, start: int, end: int, spans: dict[int, Span],
                relation_nouns: frozenset[str]) -> list[tuple[int, int]]:
    """The items after ", followed by" that opens at token ``start`` (tokens up to ``end``): "puts the security of
    the north first, followed by a stronger presence on the coast" -> "a stronger presence on the coast"."""
    k = start
    while k < end and doc[k].is_punct:
        k += 1
    if k + 1 >= end or doc[k].lower_ != "followed" or doc[k + 1].lower_ != "by":
        return []
    return split_series(doc, k + 2, end, spans, relation_nouns=relation_nouns)


def singled_out(doc: Doc, start: int, end: int, spans: dict[int, Span], relation_nouns: frozenset[str],
                naming_verbs: frozenset[str]) -> list[tuple[int, int]]:
    """The items of ", with A, B and C named (as ...)" that opens at token ``start`` (tokens up to ``end``):
    "Agriculture comes next, with cotton, pineapple and cashew named as the chains to build up" -> "cotton",
    "pineapple", "cashew"; the participle's lemma is one of ``naming_verbs`` ("singled out", "named"). Names only
    ("with A and B named as key neighbours") are a naming verb's partners (:mod:`.predications`), no items here."""
    k = start
    while k < end and doc[k].is_punct:
        k += 1
    if k >= end or doc[k].lower_ != "with":
        return []
    verb = next((t for t in doc[k + 1:end] if t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG"
                 and t.dep_ not in ("amod", "compound")), None)  # a participle, or read as a past, not a gerund or
    # a modifier of the phrase ("with policing across the provinces singled out", "with a value-added tax singled out")
    if verb is None or verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in naming_verbs or verb.i == k + 1 \
            or doc[verb.i - 1].is_punct or names_only(doc, spans, k + 1, verb.i):
        return []
    return [r for s, e in split_series(doc, k + 1, verb.i, spans, relation_nouns=relation_nouns)
            for r in _two_nouns(doc, s, e)]


def described_objects(doc: Doc, cue: int, start: int, end: int, spans: dict[int, Span]) -> list[tuple[int, int]]:
    """The coordinated common-noun objects of the verb at token ``cue`` (tokens [start, end)) that its "as" describes
    together, the last with the description: "singles out coffee and tea as the export crops to be promoted" ->
    "coffee", "tea as the export crops to be promoted". [] when the verb has no such "as",
    or its object is one phrase or names states or organizations (their description is their relation)."""
    obj = next((c for c in doc[cue].children if c.dep_ == "dobj" and start <= c.i < end), None)
    heads = [obj, *obj.conjuncts] if obj is not None else []
    as_ = max((t.i for t in heads), default=end) + 1  # right after the last conjunct's head
    if len(heads) < 2 or as_ >= end or doc[as_].lower_ != "as" or any(t.pos_ != "NOUN" for t in heads) \
            or any(i in spans for i in range(start, as_)):
        return []
    parts = conjunct_ranges(doc, heads, start, as_)
    if not parts:
        return []
    stop = next((t.i for t in doc[as_:end] if t.text in (",", ";")), end)  # not ", on the view that ..."
    return [*parts[:-1], (parts[-1][0], truncate(doc, parts[-1][0], stop))]  # the last keeps the description


def _two_nouns(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """"education and health": two bare nouns, two items; any other range as it is."""
    if end - start == 3 and doc[start].pos_ == doc[end - 1].pos_ == "NOUN" and doc[start + 1].dep_ == "cc":
        return [(start, start + 1), (end - 1, end)]
    return [(start, end)]


def anaphoric_relation(doc: Doc, start: int, end: int, relation_nouns: frozenset[str]) -> bool:
    """Whether tokens [start, end) open with a definite relation that names no partner and so refers back to the one
    named just before ("It names the United States as its key ally and calls for the alliance to evolve into ...")."""
    k = start + (doc[start].lower_ == "the") if start < end else end
    if k == start or k >= end:
        return False
    while k < end and doc[k].pos_ == "ADJ":
        k += 1
    nxt = doc[k + 1] if k + 1 < end else None
    return (k < end and doc[k].lemma_.lower() in relation_nouns
            and (nxt is None or nxt.lower_ not in ("with", "between", "among", "of", "within")))


_NAMING = {"call", "term", "dub", "describe"}


def named_term(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The term an item "what she called 'orderly migration'" names: the tokens inside the quotation marks after
    the naming verb ("orderly migration"), or None."""
    if doc[start].lower_ != "what":
        return None
    verb = next((t for t in doc[start + 1:min(end, start + 4)] if t.lemma_.lower() in _NAMING), None)
    if verb is None or verb.i + 1 >= end or not doc[verb.i + 1].is_quote:
        return None
    close = next((t.i for t in doc[verb.i + 2:end + 1] if t.is_quote), end)
    return (verb.i + 2, close) if close > verb.i + 2 else None


def partners_only(doc: Doc, start: int, end: int, spans: dict[int, Span], group_nouns: frozenset[str]) -> bool:
    """Whether tokens [start, end) name partners only: states, organizations, regions or a group noun
    ("neighbours"), with determiners and conjunctions."""
    return (names_only(doc, spans, start, end) or bool(region_names(doc, start, end, spans))
            or all(t.lower_ in group_nouns or t.pos_ in ("DET", "CCONJ", "PUNCT") for t in doc[start:end]))


def after_list_mark(doc: Doc, start: int, end: int) -> int:
    """The token after the number that opens a numbered paragraph at ``start`` ("3. Human capital", "(2) Exports"),
    else ``start`` (a number that counts something stays: "70 per cent of buses")."""
    first = doc[start]
    if _LIST_MARK.match(first.text) and start + 1 < end:
        return start + 1
    if first.like_num and start + 2 < end and doc[start + 1].text in (".", ")") \
            and doc[start + 1].whitespace_ and first.idx == doc[first.sent.start].idx:
        return start + 2
    return start


def range_ends(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The two ends of a range that opens after "from" at token ``start`` (tokens up to ``end``): "from human
    development and a larger middle class to green development" -> "human development and a larger middle class",
    "green development"; [(start, end)] when no "to" follows (the first: the parser hangs it on either end, or reads
    "to climate change" as an infinitive)."""
    opener = doc[start - 1] if start > 0 else None
    if opener is None or opener.lower_ != "from":
        return [(start, end)]
    to = next((t for t in doc[start + 1:end] if t.lower_ == "to"), None)
    if to is None or to.i + 1 >= end:
        return [(start, end)]
    return [(start, to.i), (to.i + 1, end)]


_CORE_DETERMINERS = {"its", "their", "the"}


def at_core(doc: Doc, start: int, end: int, spans: dict[int, Span], relation_nouns: frozenset[str],
            core_nouns: frozenset[str]) -> list[tuple[int, int]]:
    """The items of each ", with A, B and C at its core" in tokens [start, end) (the noun one of ``core_nouns``: "core",
    "heart", "centre"): "Human capital is the third pillar, with education, health and vocational training at its
    core" -> "education", "health", "vocational training". The phrase ends there (not "at the centre of regional
    planning"); names are no items of it ("with the United Nations at its centre": the item before names its partner),
    nor is a phrase with a verb ("with a speech that placed X at the centre of ...")."""
    out: list[tuple[int, int]] = []
    for w in (t.i for t in doc[start:end] if t.lower_ == "with" and t.i > start and doc[t.i - 1].text == ","):
        at = next((t.i for t in doc[w + 1:end] if t.lower_ == "at" or t.is_punct and t.text != ","), end)
        if at + 2 >= end or doc[at].lower_ != "at" or doc[at + 1].lower_ not in _CORE_DETERMINERS \
                or doc[at + 2].lower_ not in core_nouns or at + 3 < end and not (doc[at + 3].is_punct
                                                                               or doc[at + 3].dep_ == "cc") \
                or any(t.pos_ in ("VERB", "AUX") for t in doc[w + 1:at]):
            continue
        out += [(s, e) for s, e in split_series(doc, w + 1, at, spans, relation_nouns=relation_nouns)
                if not any(i in spans for i in range(s, e)) and not names_only(doc, spans, s, e)]
    return out


# the places of a list or a ranking ("The third is ...", "people and planet third"), also read by :mod:`.continuity`
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "last"})
_PLACES = ORDINALS | {"next"}
_SEQUENCE_WORDS = {"then", "finally"}  # ", then B", ", and finally C": the next places of a ranking
_CLAUSE_OPENERS = {"which", "who", "where", "whose", "while", "because", "since", "as", "but", "although"}


def gapped_ranks(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The places a ranking gives after its first, without a verb of their own, from token ``start`` (after the cue,
    tokens up to ``end``): "Peace comes first, prosperity and partnership second, people and planet third" ->
    "prosperity and partnership", "people and planet"; "Stability comes first there, then job creation led by the
    private sector" -> "job creation led by the private sector"; "..., and finally a good governance environment".
    Each part between commas ends in an ordinal or opens with "then"/"finally"; the first other part (a clause of its
    own: "and it wants ...", ", which ...") ends them."""
    k = start
    while k < end and k < start + 3 and doc[k].text != ",":  # "comes first there,"
        k += 1
    out: list[tuple[int, int]] = []
    while k < end and doc[k].text == ",":
        k += 1
        if k < end and doc[k].lower_ == "and":
            k += 1
        sequenced = k < end and doc[k].lower_ in _SEQUENCE_WORDS
        k += sequenced
        stop = next((t.i for t in doc[k:end] if t.text in (",", ";", ":", ".") or t.is_punct and t.i == end - 1), end)
        last = stop - 1
        ordinal = last > k and doc[last].lower_ in _PLACES
        item_end = last if ordinal else stop
        if ordinal and item_end > k + 1 and doc[item_end - 1].lower_ == "the":  # "wealth for all the third"
            item_end -= 1
        if item_end <= k or not (ordinal or sequenced) or doc[k].lower_ in _CLAUSE_OPENERS \
                or not any(t.pos_ in ("NOUN", "PROPN") for t in doc[k:item_end]) \
                or any(t.tag_ in ("VBZ", "VBP", "MD") or t.dep_ == "nsubj" for t in doc[k:item_end]):
            break
        out.append((k, item_end))
        k = stop
    return out
