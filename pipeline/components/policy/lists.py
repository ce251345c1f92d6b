"""Stage 2 helper for pipeline_policy: split a series of priorities into items ("A, B; C, as well as D and E")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..tokens import words_of
from .clauses import conjuncts
from .item_ends import contrast, means_start, participle_end, specifier_end, truncate, with_end
from .partners import named_spans, naming_members
from .regions import is_region

_RANKS = {"first", "second", "third", "leading", "main", "chief", "principal", "top"}  # "the first trading partner"
_SINGLING = {"first", "foremost", "above", "all", "particular", "particularly", "especially", "notably", "chiefly"}
_APPOSITION = {"–", "—", "including", "notably", "namely", ":"}


def _style(tok) -> str:
    if tok.tag_ == "VBG":
        return "ing"
    if tok.lower_ == "to" or tok.tag_ == "VB":
        return "inf"
    return "np"


def _starts_item(tok, style: str) -> bool:
    if style == "ing":  # "co-creating" is three tokens
        return tok.tag_ == "VBG" or (tok.i + 2 < len(tok.doc) and tok.nbor().text == "-"
                                     and tok.doc[tok.i + 2].tag_ == "VBG")
    if style == "inf":
        return tok.lower_ == "to" or tok.tag_ == "VB"
    return True


def split_series(doc: Doc, start: int, end: int, spans: dict[int, Span], *,
                 relation_nouns: frozenset[str] = frozenset(),
                 naming_verbs: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Token ranges of the items of a series: "A, B; C, as well as D and E".

    Commas between adjectives, and the names after a dash or "including", stay inside their item;
    "and" splits between items of the same form ("strengthening X and protecting Y"), before a new relation
    phrase ("closer ties with A and deeper cooperation with B") and, after commas, before the last of
    several short noun phrases ("maritime security, cyber defence and energy security"), but not between
    two relation nouns sharing one partner ("partnership and cooperation with the EU"). A gerund of
    ``naming_verbs`` after an item with a "with" lists that item's partners ("working with development partners,
    naming Australia and New Zealand"): no item of its own.
    """
    start = _skip_series_opener(doc, start, end)
    end = truncate(doc, start, end)
    if start >= end:
        return []
    end = with_end(doc, start, participle_end(doc, start, end), spans)
    means = means_start(doc, start, end)
    if means > 0:  # "to raise output, mainly through A and B": the goal, then the means as items of their own
        comma = means - 2 if doc[means - 2].text == "," else means - 3
        return [*split_series(doc, start, comma, spans, relation_nouns=relation_nouns, naming_verbs=naming_verbs),
                *split_series(doc, means, end, spans, relation_nouns=relation_nouns, naming_verbs=naming_verbs)]
    cuts = _series_cuts(doc, start, end, spans, relation_nouns)
    items = _merge_name_items(doc, spans, _cut_ranges(start, end, cuts))
    items = _shared_description(doc, spans, _continued_partners(doc, spans, items))
    items = _shared_object(doc, _merge_modifiers(doc, items))
    marked = _marked_series(doc, start, end)
    items = [r for k, r in enumerate(items) if not (k and _describes_name(doc, spans, items[k - 1], r,
                                                                          k == len(items) - 1))
             and not (k and marked and doc[r[0] - 1].lower_ != doc[start - 1].lower_
                      and _unmarked_apposition(doc, spans, items[k - 1], r))
             and not contrast(doc, r[0])
             and not (k and _lists_partners(doc, items[k - 1], r, naming_verbs))]
    ends = [(s, truncate(doc, s, _apposition_start(doc, spans, s, e))) for s, e in items]
    return [(s, e) for s, e in ends if e > s]


def semicolon_series(doc: Doc, start: int, end: int, spans: dict[int, Span], *,
                     relation_nouns: frozenset[str] = frozenset(),
                     naming_verbs: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Token ranges of the items of a series split at its semicolons when it has some ("A and B; C and D; and E":
    an "and" inside an item stays), else as :func:`split_series` splits it."""
    semicolons = [t.i for t in doc[start:end] if t.text == ";"]
    if not semicolons:
        return split_series(doc, start, end, spans, relation_nouns=relation_nouns, naming_verbs=naming_verbs)
    bounds = [start - 1, *semicolons, end]
    return [(a + 1 + (doc[a + 1].lower_ in ("and", "or")), b) for a, b in zip(bounds, bounds[1:], strict=False)
            if b > a + 1]


def line_clauses(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Token ranges of the clauses of a list line (tokens [start, end)) that goes on as prose: "(a) Defence: the
    armed forces are to be modernised, and defence spending is to rise. A universal defence system is to be built"
    -> three ranges, cut where a new sentence begins and at ", and" before a clause of its own (its subject opens
    it and its verb is coordinated with a verb before); [(start, end)] for a line of one clause."""
    ranges, first = [], start
    for k in range(start + 1, end):
        if doc[k].is_sent_start and doc[k - 1].text in (".", "!", "?") and k - 1 > first:  # not after a label's ":"
            ranges.append((first, k))
            first = k
        elif doc[k].lower_ == "and" and doc[k - 1].text == "," and k - 1 > first and _opens_clause(doc, k + 1, end):
            ranges.append((first, k - 1))
            first = k + 1
    ranges.append((first, end))
    out = []
    for a, b in ranges:
        while b > a and doc[b - 1].is_punct:
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _opens_clause(doc: Doc, k: int, end: int) -> bool:
    """Whether token ``k`` opens the subject of a clause whose verb (before ``end``) the parser coordinates with a
    verb before ``k``: "..., and defence spending is to rise"."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == k and t.head.dep_ == "conj"
               and t.head.head.i < k <= t.head.i < end for t in doc[k:end])


def _describes_name(doc: Doc, spans: dict[int, Span], before: tuple[int, int], item: tuple[int, int],
                    last: bool = False) -> bool:
    """"with the European Union, the first trading partner of Tunisia, as well as ...": an item in apposition to a
    name of the item before it describes that partner; it is no item of its own."""
    roots = [t for t in doc[item[0]:item[1]] if not item[0] <= t.head.i < item[1] and not t.is_punct]
    if len(roots) == 1 and roots[0].dep_ == "appos" and before[0] <= roots[0].head.i < before[1]:
        # "the expansion of the army to 300,000 soldiers, a goal the strategy links to ...": an indefinite
        # apposition says what the item before is
        return roots[0].head.i in spans or (doc[item[0]].lower_ in ("a", "an") and last
                                            and doc[item[0] - 1].text == ",")
    # the parser may read it as an item of its own: "the first trading partner of X", "its largest market"
    second = doc[item[0] + 1] if item[0] + 1 < item[1] else None
    return (before[1] - 1 in spans and doc[item[0]].lower_ in ("the", "its", "their") and second is not None
            and (second.tag_ == "JJS" or second.lower_ in _RANKS))


def _lists_partners(doc: Doc, before: tuple[int, int], item: tuple[int, int], naming_verbs: frozenset[str]) -> bool:
    """"working with development partners, naming Australia and New Zealand": an item that a naming verb opens right
    after an item with a "with" names that item's partners (:func:`.partners.naming_members`)."""
    return (any(t.lower_ == "with" for t in doc[before[0]:before[1]])
            and naming_members(doc, item[0], naming_verbs) is not None)


def _marked_series(doc: Doc, start: int, end: int) -> bool:
    """Whether a series repeats its opening preposition before its last item ("calls for A, B and C, and for D")."""
    return any(doc[k].text == "," and doc[k + 1].lower_ == "and" and _repeated_preposition(doc, k + 1, start, end)
               for k in range(start, end - 1))


def _unmarked_apposition(doc: Doc, spans: dict[int, Span], before: tuple[int, int], item: tuple[int, int]) -> bool:
    """"calls for deeper integration within Mercosur, the customs union Paraguay founded with A, B and C, and for D":
    in a series that repeats its preposition, a definite common-noun phrase without it right after an item that ends
    in a name describes that name; it is no item of its own."""
    start, end = item
    return before[1] - 1 in spans and doc[start].lower_ == "the" and _common_noun_first(doc, spans, start + 1, end)


def _apposition_start(doc: Doc, spans: dict[int, Span], start: int, end: int) -> int:
    """The comma before a definite or indefinite common-noun phrase that describes the name before it and runs to the
    end of the item ("deeper integration within Mercosur, the customs union Paraguay founded with A, B and C": the
    item ends after Mercosur), else ``end``."""
    for k in range(start + 1, end - 2):
        if doc[k].text != "," or k - 1 not in spans or doc[k + 1].lower_ not in ("the", "a", "an"):
            continue
        goes_on = any(t.text == "," and doc[t.i + 1].lower_ in ("and", "or") for t in doc[k + 1:end - 1])
        if _common_noun_first(doc, spans, k + 2, end) and not goes_on:  # "with A, its largest donor, and with B"
            return k
    return end


def _common_noun_first(doc: Doc, spans: dict[int, Span], start: int, end: int) -> bool:
    """Whether the first word of tokens [start, end) that is no adjective is a lower-case common noun that no ruler
    names ("the customs union", "a Pacific power": no)."""
    noun = next((t for t in doc[start:end] if t.pos_ != "ADJ"), None)
    return noun is not None and noun.is_lower and noun.pos_ in ("NOUN", "PROPN") and noun.i not in spans


def _skip_series_opener(doc: Doc, start: int, end: int) -> int:
    """First token of the series after punctuation and "there is/are", "and"."""
    while start < end and (doc[start].is_punct or doc[start].lower_ in ("there", "is", "are", "and")):
        start += 1
    return start


def _opens_apposition(doc: Doc, i: int, end: int) -> bool:
    """A dash, "including", "namely", ":" or "such as" at ``i``: the names after it stay in their item."""
    words = words_of(doc)
    lower = words.lower
    return (words.text[i] in ("–", "—") or lower[i] in _APPOSITION
            or (lower[i] == "such" and i + 1 < end and lower[i + 1] == "as"))


def _is_as_well_as(doc: Doc, i: int) -> bool:
    return words_of(doc).lower[i] == "as" and doc[i: i + 3].text.lower() == "as well as"


def _comma_cut(doc: Doc, i: int, start: int, end: int, style: str, item_start: int) -> tuple[int, int] | None:
    """The cut at the comma ``i``: before "as well as", or before a token that starts an item of ``style``."""
    nxt = i + 1
    if nxt < end and _is_as_well_as(doc, nxt):
        return (i, nxt + 3)
    if nxt + 1 < end and doc[nxt].lower_ == "followed" and doc[nxt + 1].lower_ == "by":  # "A, followed by B"
        return (i, nxt + 2)
    if nxt < end and _opens_apposition(doc, nxt, end):  # ", including ...": the names belong to the item
        return None
    if nxt + 1 < end and start > 0 and doc[nxt].lower_ == doc[start - 1].lower_ != "with" and doc[nxt].pos_ in (
            "ADP", "PART"):  # "commits the government to protecting A, to modernising B, and to ...": "to" again
        return (i, nxt + 1)
    if _inside_complement(doc, i, item_start, end):  # "joint development of oil, gas and mineral resources"
        return None
    prev_adj = i > start and doc[i - 1].pos_ == "ADJ"
    if nxt < end and not (prev_adj and doc[nxt].pos_ in ("ADJ", "ADV")) and _starts_item(doc[nxt], style):
        return (i, nxt) if style == "np" or _coordinated(doc, item_start, nxt) else None
    return None


def _inside_complement(doc: Doc, i: int, item_start: int, end: int) -> bool:
    """Whether the comma at ``i`` separates bare nouns that a preposition inside the item governs together ("joint
    development of oil, gas and mineral resources with the Arctic states"), or nouns after it that share one
    complement ("support for the freedom, security and prosperity of A and B"): conjuncts of its object, no items."""
    if i + 1 >= end or doc[i + 1].pos_ not in ("NOUN", "ADJ"):
        return False
    noun = next((t for t in doc[i + 1:min(end, i + 4)] if t.pos_ == "NOUN"), None)
    if noun is None or noun.dep_ != "conj":
        return False
    head = noun.head  # the parser hangs "oil, gas and mineral" on "resources" as a modifier, or on "oil" as conjuncts
    while head.dep_ in ("conj", "nmod", "compound") and head.i >= item_start and head.head.i != head.i:
        head = head.head
    shared = (any(c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i for c in head.children)  # "the freedom,
              and all(c.lower_ == "the" for c in head.children if c.dep_ in ("det", "poss")))  # security and ... of X"
    return (head.dep_ == "pobj" and head.pos_ == "NOUN" and item_start <= head.head.i < i
            and (shared or not any(c.dep_ in ("det", "poss") for c in head.children)))


def _and_cuts(doc: Doc, i: int, end: int, style: str, item_start: int, after_commas: bool,
              relation_nouns: frozenset[str]) -> bool:
    """Whether the "and" at ``i`` separates two items (same verbal form, or see :func:`_np_and_splits`)."""
    if style != "np":
        return i + 1 < end and _starts_item(doc[i + 1], style) and _coordinated(doc, item_start, i + 1)
    return _np_and_splits(doc, i, end, item_start, after_commas, relation_nouns)


def _verb_of(tok: Token) -> Token:
    """The verb of an item that starts at ``tok`` ("to" -> its verb)."""
    return tok.head if tok.lower_ == "to" and tok.head.pos_ in ("VERB", "AUX") else tok


def _coordinated(doc: Doc, item_start: int, k: int) -> bool:
    """False when the parse coordinates the verb starting at ``k`` with a verb embedded in the item that starts at
    ``item_start`` ("to use X to ease Y and speed up Z": "speed" goes with "ease", not with "use")."""
    first, verb = _verb_of(doc[item_start]), _verb_of(doc[k])
    head = verb.head
    embedded = (verb.dep_ == "conj" and item_start <= head.i < k and head != first and head not in conjuncts(first)
                and head.pos_ in ("VERB", "AUX"))  # a gerund the parser hangs on a noun ("the net and improving")
    return not embedded


def _repeated_preposition(doc: Doc, i: int, start: int, end: int) -> bool:
    """"rests on A and on B", "calls for A and for B": "and" before the preposition that opened the series."""
    nxt = doc[i + 1] if i + 1 < end else None
    # "gives priority to A and to B": the parser may read the second "to" as an infinitive's
    return (nxt is not None and start > 0 and nxt.lower_ != "with" and nxt.lower_ == doc[start - 1].lower_
            and (nxt.pos_ == "ADP" or nxt.lower_ == "to" and _style(doc[start]) == "np"))


def _among_names(doc: Doc, spans: dict[int, Span], i: int, item_start: int) -> bool:
    """"closer cooperation with Fiji, Tonga and Samoa on fisheries": the comma at ``i`` stands between two names
    that a preposition of the item governs together; it separates partners, not items."""
    nxt = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
    return (i - 1 in spans and nxt < len(doc) and nxt in spans
            and any(t.pos_ == "ADP" and t.dep_ == "prep" for t in doc[item_start:i - 1]))


def _series_cuts(doc: Doc, start: int, end: int, spans: dict[int, Span],
                 relation_nouns: frozenset[str]) -> list[tuple[int, int]]:
    """(end of previous item, start of next) at each separator of the series in tokens [start, end)."""
    style = _style(doc[start])
    cuts: list[tuple[int, int]] = []
    protected = False  # inside an apposition: its commas and "and"s do not separate items
    words = words_of(doc)
    texts, lower = words.text, words.lower
    i = start
    while i < end:
        text, low = texts[i], lower[i]
        cut = None
        if _opens_apposition(doc, i, end):
            protected = not protected if text in ("–", "—") else True
        elif text == ";":
            protected = False
            cut = (i, i + 1)
        elif low == "and" and _repeated_preposition(doc, i, start, end):  # "commits to A, including B, and
            protected = False  # to C": the opening preposition again ends the apposition too
            cut = (i, i + 2)
        elif protected:
            pass
        elif text == "," and specifier_end(doc, i, end) > 0:
            cuts.append((i, specifier_end(doc, i, end)))  # the next separator is read at the phrase's end
            i = specifier_end(doc, i, end)
            continue
        elif text == "," and not _among_names(doc, spans, i, cuts[-1][1] if cuts else start):
            cut = _comma_cut(doc, i, start, end, style, cuts[-1][1] if cuts else start)
        elif _is_as_well_as(doc, i):
            cut = (i, i + 3)
        elif low == "and" and _repeated_preposition(doc, i, start, end):
            cut = (i, i + 2)
        elif low == "and" and _and_cuts(doc, i, end, style, cuts[-1][1] if cuts else start, bool(cuts),
                                         relation_nouns):
            cut = (i, i + 1)
        if cut:
            cuts.append(cut)
        i = cut[1] if cut and cut[1] > i + 1 else i + 1
    return cuts


def _cut_ranges(start: int, end: int, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The token ranges between the cuts."""
    items, s = [], start
    for e, nxt in cuts:
        items.append((s, e))
        s = nxt
    items.append((s, end))
    return items


def _merge_name_items(doc: Doc, spans: dict[int, Span], items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop a leading "and"/"or" of each item; an item of names only joins the item before it."""
    merged: list[tuple[int, int]] = []
    for s, e in items:
        while s < e and doc[s].lower_ in ("and", "or"):
            s += 1
        if s >= e:
            continue
        if merged and (names_only(doc, spans, s, e) or _region_item(doc, spans, merged[-1], s, e)):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _shared_description(doc: Doc, spans: dict[int, Span], items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"highlights A, B and C as strategic partners", "singles out A, B and C for deeper security cooperation": items of
    names only before an item that opens with names and then "as" or "for" share its description; they are one item
    with it."""
    for m, (s, e) in enumerate(items[1:], start=1):
        k = next((i for i in range(s + 1, e) if doc[i].lower_ in ("as", "for")), -1)
        if k > 0 and names_only(doc, spans, s, k) and all(names_only(doc, spans, a, b) for a, b in items[:m]):
            return [(items[0][0], e), *items[m + 1:]]
        if not names_only(doc, spans, s, e):
            break
    return items


def _continued_partners(doc: Doc, spans: dict[int, Span], items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"cooperation with A and B, its largest donors, and with C": an item that describes the partner before it (an
    apposition or a relative clause) and goes on with "and with" and names only continues the partners of the item
    before it, which has a "with" of its own; a last item right after those names describes the last of them ("and
    with India, home to ...")."""
    out: list[tuple[int, int]] = []
    continued = False
    for k, (s, e) in enumerate(items):
        w = next((i for i in range(s + 1, e) if doc[i].lower_ == "with" and doc[i - 1].lower_ == "and"), -1)
        if out and w > 0 and names_only(doc, spans, w + 1, _description_end(doc, w + 1, e)) \
                and any(t.lower_ == "with" for t in doc[out[-1][0]:out[-1][1]]) \
                and not any(t.lower_ == "with" for t in doc[s:w]):
            out[-1] = (out[-1][0], e)
            continued = True
        elif continued and k == len(items) - 1 and s == out[-1][1] + 1 and doc[s - 1].text == ",":
            break
        else:
            out.append((s, e))
            continued = False
    return out


def _description_end(doc: Doc, start: int, end: int) -> int:
    """The end of the names from ``start`` before a comma that opens what describes them ("and with C, a Pacific
    power"), else ``end``."""
    return next((i for i in range(start, end) if doc[i].text == ","), end)


def _region_item(doc: Doc, spans: dict[int, Span], before: tuple[int, int], start: int, end: int) -> bool:
    """"closer ties with Central Asia, the Gulf and Africa": an item that is a region's name only (capitalised proper
    nouns, no country or organization) goes on the partners of the item before it, when that item has a "with"."""
    last = doc[before[1] - 1]  # "a logistics hub connecting Asia, Europe and Africa": the objects of one verb
    while last.dep_ == "conj" and last.head.i < last.i:
        last = last.head
    return is_region(doc, start, end, spans) and (any(t.lower_ == "with" for t in doc[before[0]:before[1]])
                                                  or last.pos_ == "PROPN" and last.dep_ == "dobj")


def _is_relation(tok, relation_nouns: frozenset[str]) -> bool:
    return tok.lower_ in relation_nouns or tok.lemma_.lower() in relation_nouns


def _np_and_splits(doc: Doc, i: int, end: int, item_start: int, after_commas: bool,
                   relation_nouns: frozenset[str]) -> bool:
    """Whether the "and" at ``i`` joins two items of a noun-phrase series (see :func:`split_series`)."""
    if i == item_start or _is_relation(doc[i - 1], relation_nouns):
        return False
    nxt = doc[i + 1] if i + 1 < end else None  # "the country's neutral status and its role as a venue for talks"
    if nxt is not None and nxt.head.dep_ == "conj" and item_start <= nxt.head.head.i < i and (
            nxt.lower_ in ("its", "their") and not _object_conjunct(nxt.head, item_start)
            or nxt.lower_ in ("a", "an") and doc[item_start].lower_ in ("a", "an")):
        return True  # "a new research vessel and an expanded coast guard presence": two indefinite phrases
    if nxt is not None and nxt.lower_ == "one" and i + 2 < end and doc[i + 2].lower_ == "of":
        return True  # "an exemplary ally in the Euro-Atlantic area and one of the driving forces of ...": a new phrase
    j = i + 1
    while j < end and j < i + 5 and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "ADV"):
        j += 1
    if j < end and doc[j].lower_ == "with" and j > i + 1 and _is_relation(doc[j - 1], relation_nouns):
        return not _shared_head(doc, i, j - 1)
    if _after_partner(doc, i, item_start) or _parallel_complements(doc, i, end, item_start):
        return True
    if after_commas and _conjoined_head(doc, i, end, item_start):
        return True
    own = doc[item_start:i]
    rest = doc[i + 1:end]
    return (after_commas and len(own) <= 4 and len(rest) <= 5 and not any(t.pos_ == "ADP" for t in own)
            and not any(t.lower_ in (",", ";") for t in rest))


def _shared_head(doc: Doc, i: int, head: int) -> bool:
    """"closer transport and energy links with A": the bare singular noun before the "and" at ``i`` and the nouns
    that modify the relation noun ``head`` after it share that noun, so the phrase is one item; not "a presence in
    distant markets and closer cooperation with X" (a plural, or the object of a preposition)."""
    before = doc[i - 1]
    return (before.tag_ == "NN" and before.dep_ != "pobj" and head > i + 1
            and all(t.dep_ == "compound" and t.head.i == head for t in doc[i + 1:head]))


def _object_conjunct(noun: Token, item_start: int) -> bool:
    """Whether ``noun`` is a conjunct of the object of a preposition inside the item that starts at ``item_start``
    ("cooperation with the UN and its agencies"): it goes with that object, not with the item's head."""
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return first.dep_ == "pobj" and first.head.i >= item_start


def _after_partner(doc: Doc, i: int, item_start: int) -> bool:
    """"deeper trade links with India and a stronger presence in Asia": after its partner, the item's own head noun
    is coordinated with a new noun phrase ("presence" is a conjunct of "links", not of "India"), or a gerund
    follows ("trade with the EU and attracting investment")."""
    own = doc[item_start:i]
    if not any(t.lower_ == "with" for t in own):
        return False
    if i + 1 < len(doc) and doc[i + 1].tag_ == "VBG":  # "trade with the EU and attracting investment"
        return True
    heads = [t for t in own if not item_start <= t.head.i < i]
    nxt = next((t for t in doc[i + 1: i + 6] if t.pos_ in ("NOUN", "PROPN")), None)
    return (bool(heads) and nxt is not None and nxt.dep_ == "conj" and nxt.head == heads[0]
            and heads[0].pos_ == "NOUN")


def _conjoined_head(doc: Doc, i: int, end: int, item_start: int) -> bool:
    """"A, the diversification of mining exports and a modern civil defence system": after commas, the "and" at
    ``i`` joins a noun phrase to the item's own head noun (not to a noun inside its complement)."""
    heads = [t for t in doc[item_start:i] if not item_start <= t.head.i < i]
    nxt = next((t for t in doc[i + 1: min(end, i + 8)] if t.dep_ == "conj"), None)
    if len(heads) != 1 or heads[0].pos_ != "NOUN" or nxt is None:
        return False
    head = heads[0]  # the parser hangs a series' conjuncts on the one before or all on the first
    return nxt.head == head or (head.dep_ == "conj" and nxt.head == head.head)


def _parallel_complements(doc: Doc, i: int, end: int, item_start: int) -> bool:
    """"the fight against terrorism and the protection of the maritime domain": the "and" at ``i`` joins two
    nouns that each take their own prepositional complement, so two items."""
    heads = [t for t in doc[item_start:i] if not item_start <= t.head.i < i]
    nxt = next((t for t in doc[i + 1: min(end, i + 5)]
                if t.pos_ == "NOUN" or t.tag_ == "VBG" and doc[t.i - 1].pos_ == "DET"), None)  # "the safeguarding of"
    if not heads or heads[0].pos_ != "NOUN" or nxt is None or nxt.dep_ != "conj":
        return False
    # the parser may hang the second noun on the first one's complement ("stability and the safeguarding of")
    own_head = nxt.head == heads[0] or (item_start <= nxt.head.i < i and any(
        c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in nxt.children))
    return (own_head and any(c.dep_ == "prep" and c.i < i for c in heads[0].children)
            and any(c.dep_ == "prep" for c in nxt.children))



def _shared_object(doc: Doc, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"to understand, protect, develop and participate in the governance of the Arctic": verbs without objects of
    their own before the last one share its complement; the series is one item."""
    bare = [doc[s].tag_ == "VB" and e - s == 1 for s, e in items[:-1]]
    return [(items[0][0], items[-1][1])] if len(items) > 2 and all(bare) else items


def _attachment(tok: Token) -> Token:
    """What a modifier finally modifies: "security" in "foreign, security and defence cooperation" -> "cooperation";
    a conjunct of a noun that modifies nothing is that noun ("livestock" in "with cotton, livestock and gold mining
    singled out" -> "cotton")."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.head if tok.dep_ in ("amod", "compound", "nmod") else tok


def _merge_modifiers(doc: Doc, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An item of modifiers only ("foreign", "security" before "defence policy cooperation") joins the next item."""
    out: list[tuple[int, int]] = []
    pending = -1
    for k, (s, e) in enumerate(items):
        s = pending if pending >= 0 else s
        roots = [t for t in doc[s:e] if not s <= t.head.i < e and not t.is_punct]
        modifier = bool(roots) and all(t.dep_ in ("amod", "compound", "nmod", "conj") and _attachment(t).i >= e
                                       for t in roots)
        if modifier and k + 1 < len(items):
            pending = s
            continue
        out.append((s, e))
        pending = -1
    return out


def names_only(doc: Doc, spans: dict[int, Span], start: int, end: int) -> bool:
    """Whether tokens [start, end) hold names only (with determiners, conjunctions and punctuation)."""
    named = {i for s in named_spans(doc, spans, start, end) for i in range(s.start, s.end)}
    # "the United States and the United Kingdom among them": names, with their determiners and a closing "among them";
    # "the United States first among them": the words that single a member out
    return bool(named) and all(i in named or doc[i].pos_ in ("DET", "CCONJ", "PUNCT", "ADP", "PRON")
                               or doc[i].lower_ in _SINGLING for i in range(start, end))


def conjunct_ranges(doc: Doc, heads: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """The token ranges in [start, end) of the coordinated noun phrases whose ``heads`` the parse gives, split at the
    commas and conjunctions that hang on them ("A and its share of B" -> A, its share of B); [] when the ranges and
    the heads do not pair up."""
    cuts = [t.i for t in doc[start:end] if t.head in heads and (t.dep_ == "cc" or t.text == ",")]
    bounds = [start - 1, *cuts, end]
    parts = [(a + 1, z) for a, z in zip(bounds, bounds[1:], strict=False) if z > a + 1]
    return parts if len(parts) == len(heads) else []
