"""Stage 2 helper for pipeline_policy: the partners and relation of one priority phrase."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..tokens import token_numbers, token_strings, words_of
from .item_ends import relative_clause_end
from .lexicon import PolicyLexicon
from .regions import is_region, places_of

_DETS = {"the", "a", "an", "its", "their", "this", "these", "to", "our", "his", "her", "all"}
_SUBORDINATORS = {"when", "while", "although", "though", "whereas", "because", "unless", "if"}
_HEADING_WORDS = {"including", "notably", "such", "namely", "especially", "particularly", "primarily"}
_MEANS_ADP = {"through", "via"}  # "X through the partnership with Y": the partners of X
_MANNER_ADP = {"with", "under", "at", "by"}  # "modernised under NATO standards": a measure, no partner
_MEMBER_WORDS = {"including", "notably", "namely", "especially", "particularly"}
_TOPIC_ADP = {"on", "over", "about", "regarding", "concerning", "despite"}
_FIRST_OF = {"start", "begin"}  # "starting with X": the first thing the item covers, no partner
_CLOSING_QUOTES = {'"', "”"}  # not ’ or ', which also close a possessive
_GROUP_STOP_ADP = {"on", "at", "in", "for", "to", "within", "through", "under", "based", "by", "from", "as", "inside",
                   "across", "outside", "beyond", "around"}


def named_spans(doc: Doc, spans: dict[int, Span], start: int, end: int, *, heads: frozenset[str] = frozenset(),
                not_names: frozenset[str] = frozenset(), people: frozenset[str] = frozenset(),
                institutions: frozenset[str] = frozenset(), owned_by: frozenset[str] = frozenset(),
                org_modifiers: bool = False, presence: frozenset[str] = frozenset({"presence"}),
                agreements: frozenset[str] = frozenset()) -> list[Span]:
    """Country/organization spans (and bare acronyms) inside tokens [start, end), not used as modifiers.

    "with the European Union and EU member states" -> [European Union] ("EU" modifies "member states"); a name
    that modifies one of ``heads`` (relation and group nouns) is a partner ("the Japan-US alliance" -> [Japan, US],
    "EU and NATO countries" -> [EU, NATO]); a name that says where the owner's ``people`` are ("migrant workers in
    Malaysia") is a place; a name whose head or last word is one of ``institutions`` ("the Philippine Navy", "a
    National Institute of Water Management"), that words of ``owned_by`` describe ("the state oil company X") or that
    opens with "National" ("the National Intelligence Agency") is the owner's own body; a name before adjectives and
    their noun modifies it ("Russian natural gas"), unless the noun is one of ``heads`` or ``presence`` ("a permanent
    American military presence"). With ``org_modifiers`` an
    organization that opens the phrase or a preposition's object and modifies a noun is a partner too ("a stronger EU
    role in security", "United Nations peacekeeping", "implementation of ECOWAS trade rules"), not after a preposition
    of measure ("under NATO standards"), not a country ("Russian natural gas"), nor one that names an agreement, one
    of ``agreements`` ("the UN Convention on the Law of the Sea", "UN Security Council Resolution 1701"). A name or
    code among ``not_names`` is none ("GDP", "Antarctica": a continent no state governs).
    """
    out: list[Span] = []
    upper = token_numbers(doc, "is_upper")
    i = start
    while i < end:
        span = spans.get(i)
        if (span is None and upper[i] and (doc[i].is_alpha or _bracketed_name(doc, i))
                and 2 <= len(doc[i]) <= 6 and doc[i].lower_ not in not_names  # a bare acronym, not "GDP"
                and not _acronym_tail(doc, i)):
            span = doc[i: i + 1]
        if span is not None and span.end <= end:
            nxt = doc[span.end] if span.end < len(doc) else None
            opens = org_modifiers and span.label_ == "ORG" and _opens(doc, start, span.start) \
                and not (nxt is not None and nxt.lower_ in agreements)
            modifier = (nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and (nxt.is_lower or nxt.i not in spans)
                        and not nxt.is_upper and nxt.lower_ not in heads and not opens)
            modifier = modifier or (_before_described_noun(doc, span.end, end, heads | presence) and not opens)
            modifier = modifier or code_of(span).lower() in not_names or partner_text(span).lower() in not_names
            modifier = modifier or (nxt is not None and nxt.text == "-" and not doc[span.end - 1].whitespace_
                                    and span.end + 1 < end and doc[span.end + 1].i not in spans)  # "Russian-speaking"
            described = _in_relative_clause(span, start, end, heads) or _where_people_are(span, people) \
                or span.root.lower_ in institutions or span[-1].lower_ in institutions \
                or _state_owned(doc, span, start, owned_by) or _national_body(span)
            if not modifier and not described and not _cut_short(doc, span, end):
                out.append(span)
            i = span.end
        else:
            i += 1
    return out


def coordinated_names(doc: Doc, names: list[Span], spans: dict[int, Span], start: int, end: int) -> list[str]:
    """Proper names that no ruler knows, coordinated with a named partner inside tokens [start, end): "cooperation
    within the Bucharest Nine and the Three Seas Initiative" -> ["Three Seas Initiative"], "ALBA, Petrocaribe and
    CELAC" -> ["Petrocaribe"]: capitalised proper nouns only, a partner of the same kind; not inside a name or the
    object of "of"."""
    out: list[str] = []
    for name in (n for n in names if n.label_ == "ORG"):  # "Mali and the Timbuktu region": a place of the state
        first = name.root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.dep_ in ("compound", "amod", "nmod") or (first.dep_ == "pobj" and first.head.lower_ == "of"):
            continue  # "the CHIPS and Science Act", "the city of Ouidah and the X National Park": no partners
        for conj in name.root.conjuncts:
            lead = conj.left_edge.i + (doc[conj.left_edge.i].lower_ == "the")
            words = doc[lead:conj.i + 1]
            if start <= lead and conj.i < end and len(words) and all(
                    t.pos_ == "PROPN" and t.is_title and t.i not in spans for t in words) \
                    and words.text not in out:
                out.append(words.text)
    return out


def _acronym_tail(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends a hyphenated acronym ("DR" of "CAFTA-DR"): a part of a name, no name of its own."""
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_


def _before_described_noun(doc: Doc, i: int, end: int, heads: frozenset[str]) -> bool:
    """Whether tokens from ``i`` are adjectives and then the common noun they describe, inside [i, end): a name before
    them modifies that noun too ("Russian natural gas", "Chinese critical minerals"), unless it is one of ``heads``
    ("EU strategic partnership")."""
    k = i
    while k < min(end, i + 2) and (doc[k].pos_ == "ADJ" or doc[k].dep_ == "amod") and doc[k].is_lower:
        k += 1
    if k == i or k >= end:
        return False
    noun = doc[k]
    return (noun.pos_ == "NOUN" and noun.is_lower and noun.lower_ not in heads and noun.lemma_.lower() not in heads
            and all(t.head.i == k or t.head.i in range(i, k) for t in doc[i:k]))


def _national_body(span: Span) -> bool:
    """Whether the name opens with "National" ("the National Intelligence Agency is to be reformed", "a National
    Lithium Company is to be created", "financed through the National Defence Fund"): the owner's own body, no
    partner."""
    first = next((t for t in span if t.lower_ not in ("the", "a", "an")), None)
    return first is not None and first.lower_ == "national" and first.is_title


def _state_owned(doc: Doc, span: Span, start: int, owned_by: frozenset[str]) -> bool:
    """Whether a word of ``owned_by`` stands in the noun phrase right before ``span`` ("the state oil company X",
    "the state-owned carrier X"), with nothing but modifiers and nouns between."""
    for tok in reversed(doc[max(start, span.start - 4):span.start]):
        if tok.lower_ in owned_by or tok.lower_ == "owned" and tok.i > 1 and doc[tok.i - 2].lower_ in owned_by:
            return True
        if tok.pos_ not in ("NOUN", "ADJ", "PROPN", "PUNCT") or tok.text in (",", "(", ";"):
            return False
    return False


def _opens(doc: Doc, start: int, i: int) -> bool:
    """Whether token ``i`` stands in the opening noun phrase of tokens from ``start``, or of the object of a verb that
    opens them, or opens the object of a preposition inside them: only determiners, adjectives and adverbs before it
    ("a stronger EU role", "support a stronger EU role", "faster implementation of ECOWAS trade rules", "a transfer
    of tasks from the African Union mission"); not after a preposition of manner or measure ("modernised under NATO
    standards", "in line with EU norms")."""
    first = start + (start < i and doc[start].pos_ == "VERB")
    k = i
    while k > first and doc[k - 1].pos_ in ("DET", "ADJ", "ADV", "PRON"):
        k -= 1
    return k == first or (doc[k - 1].pos_ == "ADP" and doc[k - 1].lower_ not in _MANNER_ADP)


def _bracketed_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is an acronym with digits in brackets after a capitalised name: "the Bucharest Nine
    (B9)", "the Three Seas Initiative (3SI)"."""
    return 2 <= i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")" and doc[i - 2].is_title \
        and any(c.isalpha() for c in doc[i].text) and doc[i].text.isalnum()


def _cut_short(doc: Doc, span: Span, end: int) -> bool:
    """Whether the name is the first part of a longer name that an acronym in brackets abbreviates: "the Community of
    Latin American and Caribbean States (CELAC)" read as "Community of Latin American" (the acronym is the partner)."""
    k = span.end
    while k < end and (doc[k].is_title or doc[k].lower_ in ("and", "of", "for", "the", "&")):
        k += 1
    return span.end < k < end - 1 and doc[k].text == "(" and doc[k + 1].is_upper and doc[k + 1].is_alpha


def _in_relative_clause(span: Span, start: int, end: int, heads: frozenset[str] = frozenset()) -> bool:
    """Whether the name sits in a relative clause inside tokens [start, end) that describes the phrase:
    "the status of neutrality that the UN General Assembly recognised" names no partner. A clause the parser hangs on
    a noun before the phrase ("told the meeting that the government would strengthen ties in Brazil") is the
    phrase itself. So does a participle that describes a thing of the phrase ("the railway corridor linking Termez with
    the ports of Pakistan"), not one of ``heads`` (relation nouns: "cooperation involving Japan")."""
    return any((a.dep_ == "relcl" or (a.dep_ == "acl" and a.tag_ == "VBG" and a.head.pos_ == "NOUN"
                                      and a.head.lower_ not in heads and a.head.lemma_.lower() not in heads))
               and start <= a.i < end and start <= a.head.i < end for a in span.root.ancestors)


def _where_people_are(span: Span, people: frozenset[str]) -> bool:
    """"migrant workers in Malaysia and Saudi Arabia", "citizens living in Lebanon": the name (or the first of its
    conjuncts) is the object of "in" after a noun of ``people``."""
    root = span.root
    while root.dep_ == "conj":
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "across", "throughout"):
        return False
    owner = prep.head.head if prep.head.tag_ == "VBG" else prep.head  # "citizens living in X"
    return owner.lower_ in people


def code_of(span: Span) -> str:
    """ISO3 or organization key of a span (an unknown acronym is its own code)."""
    if span.kb_id_:
        return span.kb_id_
    return span.text if span.text.isupper() else ""


def partner_text(span: Span) -> str:
    """The partner as written, without a leading "the"."""
    words = span.text.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() == "the" else span.text


def _group_bounds(doc: Doc, start: int, end: int, lexicon: PolicyLexicon,
                  nouns: frozenset[str] | None = None) -> tuple[int, int] | None:
    """Token range of the unnamed group that opens tokens [start, end) (see :func:`group_partner`), or None; its head
    is one of ``nouns`` (default: group_nouns.txt)."""
    nouns = lexicon.group_nouns if nouns is None else nouns
    doc_words = words_of(doc)
    lower, pos, is_punct = doc_words.lower, doc_words.pos, doc_words.is_punct
    i = start
    while i < end and lower[i] in _DETS:
        i += 1
    j, has_noun = i, False
    while j < end:
        if (is_punct[j] and not _inner_hyphen(doc, j)) or (pos[j] in ("VERB", "AUX") and _stops_region(doc[j])) \
                or pos[j] in ("CCONJ", "PRON") or lower[j] in _GROUP_STOP_ADP or (j > i and _members_follow(doc, j)):
            break
        has_noun = has_noun or pos[j] in ("NOUN", "PROPN")
        j += 1
    words = lower[i:j]
    grouped = any(w in nouns or ("other" in words and w + "s" in nouns) for w in words)
    grouped = grouped or "PROPN" in pos[i:j]  # a region: "Latin America", "the Gulf"
    return (i, j) if has_noun and grouped else None


def _inner_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside one word ("like-minded states", "non-Arctic states"): no space on either
    side of it."""
    return doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _members_follow(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens the members of the group before it: "partners such as A and B", "countries like A",
    "states including A", "partners, notably A"."""
    lower = words_of(doc).lower
    if lower[i] == "like":  # not "like-minded"
        return i + 1 < len(doc) and doc[i + 1].text != "-" and doc[i].pos_ in ("ADP", "SCONJ")
    return lower[i] in _MEMBER_WORDS or (lower[i] in ("such", "in")
                                         and doc[i:i + 2].text.lower() in ("such as", "in particular"))


def _group_members_follow(doc: Doc, i: int, spans: dict[int, Span], lexicon: PolicyLexicon) -> bool:
    """Whether token ``i`` ("including", parsed as a verb) opens the members of the unnamed group right before it (a
    comma between): "with other partners, including the United States, China and India" names three partners; "with
    the United States, including through ..." names none."""
    before = i - 1 - (i > 1 and doc[i - 1].text == ",")
    return (before >= 0 and before not in spans and doc[before].lower_ in lexicon.group_nouns
            and _members_follow(doc, i) and i + 1 < len(doc) and doc[i + 1].pos_ != "ADP")


def group_partner(doc: Doc, start: int, end: int, lexicon: PolicyLexicon,
                  nouns: frozenset[str] | None = None) -> str:
    """An unnamed partner group right after "with": "with Central Asian states, ..." -> "Central Asian states"; its
    head is a group noun ("states", or "any other state"; or one of ``nouns``) or a name ("Latin America"), so "with
    one country against another" names none."""
    bounds = _group_bounds(doc, start, end, lexicon, nouns)
    return doc[bounds[0]:bounds[1]].text if bounds else ""


def with_token(doc: Doc, start: int, end: int) -> int:
    """The first "with" of tokens [start, end) that follows a noun or verb (-1 if none), not one of a participle that
    describes a thing by an object of its own ("the corridor linking Termez with the ports of X"; "data sharing with
    A" is a noun's own action), nor one that opens the first of the things the item covers ("new towns, beginning
    with Tana Masoandro", "unify the financial institutions, starting with the Central Bank")."""
    lower = words_of(doc).lower
    for i in range(start + 1, min(end, len(doc))):
        if lower[i] == "with":
            head = doc[i].head
            if not (head.dep_ == "acl" and head.tag_ == "VBG" and any(c.dep_ == "dobj" for c in head.children)) \
                    and not (head.tag_ == "VBG" and head.lemma_.lower() in _FIRST_OF):
                return i
    return -1


def _topic(tok: Token, spans: dict[int, Span]) -> bool:
    """"cooperation with Russia on Syria", "with the EU on the basis of the Partnership Agreement": a preposition of
    topic whose object is a name, or a complex preposition, ends the partners ("on the Eurasian continent — China
    and India" does not)."""
    return (tok.lower_ in _TOPIC_ADP and tok.i not in spans
            and any(c.dep_ == "pobj" and (c.i in spans or _complex_preposition(c)) for c in tok.children))


def _complex_preposition(obj: Token) -> bool:
    """"on the basis of", "in the framework of": a common noun with its own "of" after a preposition of topic (the
    names after it are what the relation rests on, not partners)."""
    return obj.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


def _stops_region(tok: Token) -> bool:
    """A verb or auxiliary that ends the partner region ("neighbouring states" and "armed forces" do not)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return not (tok.tag_ in ("VBG", "VBN") and nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ"))


def _segments(doc: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """Conjuncts of a partner region: (start, end, separator that follows) split on , ; and or "as well as" with."""
    words = words_of(doc)
    lower = words.lower
    out, s, i = [], start, start
    while i < end:
        three = doc[i: i + 3].text.lower() if lower[i] == "as" else ""  # (only "as" opens "as well as")
        if three == "as well as" or lower[i] in (",", ";", "and", "or", "with", "–", "—") or words.text[i] == ":":
            out.append((s, i, lower[i]))
            i += 3 if three == "as well as" else 1
            while i < end and lower[i] in ("and", "or", "with", "also", "as", "well", "with"):
                i += 1
            s = i
            continue
        i += 1
    out.append((s, end, ""))
    return [(a, b, sep) for a, b, sep in out if b > a]


def partners_after_with(doc: Doc, w: int, end: int, spans: dict[int, Span],
                        lexicon: PolicyLexicon) -> list[tuple[str, str]]:
    """(partner, code) pairs named after the "with" at token ``w`` (up to a verb or ``end``).

    Named countries/organizations come first-class; an unnamed group ("the neighbouring states of Central
    Asia", "Gulf states") is a partner too when it is a conjunct of its own, not a heading for names that
    follow it ("organizations in Eurasia – CSTO, OSCE"), not "other ..." and not a modifier use of a name
    ("EU member states").
    """
    members = _members_named(doc, w, end, spans, lexicon)
    if members:  # "with development partners, naming Australia and New Zealand": the members, not the group
        return list(dict.fromkeys((partner_text(n), code_of(n)) for n in members))
    stop = w + 1
    words = words_of(doc)
    pos, lower = words.pos, words.lower
    while stop < end and not (pos[stop] in ("VERB", "AUX") and _stops_region(doc[stop])
                              and not _group_members_follow(doc, stop, spans, lexicon)) \
            and not (lower[stop] in _TOPIC_ADP and _topic(doc[stop], spans)):
        stop = max(stop + 1, _relative_end(doc, stop, w, end))
    stop = _possessed_relation(doc, w + 1, stop, lexicon)
    marked = _members_marked(doc, w + 1, stop, lexicon)
    named = [n for n in named_spans(doc, spans, w + 1, stop, heads=lexicon.relation_nouns | lexicon.group_nouns,
                                    not_names=lexicon.not_partners, institutions=lexicon.institution_heads,
                                    owned_by=lexicon.ownership_words)
             if n[-1].lower_ not in lexicon.agreement_nouns]  # "the ... Trade Agreement": a means, no partner
    referred = [] if named else _antecedent(doc, w + 1, stop, spans, lexicon)  # "with both neighbours": the pair
    if referred:
        named, groups = referred, []
    elif not named:
        group = group_partner(doc, w + 1, stop, lexicon)
        groups = [(w + 1, group)] if group else []
        groups += _more_regions(doc, w + 1, stop, lexicon) if group else []
    else:
        groups = []
        segs = _segments(doc, w + 1, stop)
        marker = next((k for k, (_, _, sep) in enumerate(segs) if sep in ("–", "—", ":")
                       or doc[segs[k][0]].lower_ in _HEADING_WORDS), len(segs))
        for k, (a, b, sep) in enumerate(segs):
            heads = lexicon.group_nouns | lexicon.role_nouns  # "allies" heads a group of its members
            if k == 0 and marked and not any(a <= n.start < b for n in named) \
                    and (group := group_partner(doc, a, b, lexicon, heads)) and group.split()[-1] in heads:
                groups.append((a, group))  # "with allies, the US first among them": the group and its member
                continue
            if k <= marker < len(segs):
                continue  # a heading of the names after it: "organizations in Eurasia – CSTO, OSCE"
            lo, hi = _group_bounds(doc, a, b, lexicon) or (a, b)  # names after the group do not count
            if any(lo <= n.start < hi for n in named) or any(i in spans or doc[i].is_upper for i in range(lo, hi)):
                continue
            if hi < b and _members_follow(doc, hi):  # "partners such as A and B": A and B are the partners
                continue
            nxt = segs[k + 1] if k + 1 < len(segs) else None
            # "the two neighbours, A and B": a heading of the names after it
            region = is_region(doc, a, b, spans)  # "with Europe, the Pacific Alliance and APEC": a partner
            heading = sep in ("–", "—", ":") or (sep == "," and not region and nxt is not None and nxt[0] == b + 1
                                                  and any(n.start == nxt[0] for n in named))
            # "the US and other ...", "the EU and its member states": no partner of their own
            others = doc[a].lower_ in ("other", "another", "some", "further", "its", "their") and k > 0
            if heading or others or doc[a].lower_ in _HEADING_WORDS or _describes_names(segs, k, named):
                continue
            group = group_partner(doc, a, b, lexicon)
            if group and (region or any(t.lower_ in lexicon.group_nouns for t in doc[a:b])):
                groups.append((a, group))
    groups = [(a, g) for a, g in groups if g.split()[-1].lower() not in lexicon.agreement_nouns]
    out, seen = [], set()
    for item in sorted([(s.start, partner_text(s), code_of(s)) for s in named]
                       + [(a, g, _capital_code(doc, a, g)) for a, g in groups]):
        key = item[2] or item[1].lower()
        if key not in seen:
            seen.add(key)
            out.append((item[1], item[2]))
    return out


def _describes_names(segs: list[tuple[int, int, str]], k: int, named: list[Span]) -> bool:
    """Whether segment ``k`` of a partner region stands in apposition to the names of the list that "and" closed
    before it ("with Indonesia and Australia, the two neighbours, deepened", "with A, B and C, the countries that
    signed ..."): it describes them, no partner of its own."""
    if k < 2 or segs[k - 1][2] != "," or segs[k - 2][2] != "and" or segs[k][2] not in (",", ""):
        return False
    return all(any(a <= n.start < b for n in named) for a, b, _ in segs[k - 2:k])


def _capital_code(doc: Doc, start: int, group: str) -> str:
    """The state's code of a capital that the country ruler left a place ("the friendship with Paris" -> FRA): a
    place span (:func:`.regions.places_of`) with a code whose text is the whole unnamed partner ``group`` read from
    token ``start``; "" for any other group."""
    return next((p.kb_id_ for p in places_of(doc) if p.kb_id_ and p.text == group and start <= p.start < start + 2),
                "")


def naming_members(doc: Doc, k: int, naming_verbs: frozenset[str]) -> Token | None:
    """The object of a naming verb (naming_verbs.txt) that opens, right after the comma before token ``k``, the
    members of the group before it: "with development partners, naming Australia and New Zealand", "with the major
    powers, among which it names the United States, China and Japan"; None when no such phrase starts there."""
    if not 0 < k < len(doc) - 1 or doc[k - 1].text != ",":
        return None
    verb = doc[k] if doc[k].tag_ == "VBG" else None
    if doc[k].lower_ == "among" and doc[k + 1].lower_ in ("which", "whom") and doc[k].head.dep_ == "relcl":
        verb = doc[k].head  # "among which it names X": the relative clause's verb
    if verb is None or verb.lemma_.lower() not in naming_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > k), None)


def _members_named(doc: Doc, w: int, end: int, spans: dict[int, Span], lexicon: PolicyLexicon) -> list[Span]:
    """The names a naming verb lists as the members of the unnamed group after the "with" at ``w`` (see
    :func:`naming_members`), in the item (tokens up to ``end``) or right after it; [] when there are none or the
    "with" takes a name ("cooperation with Japan, citing Australia as a model": Japan is the partner)."""
    group = next((c for c in doc[w].children if c.dep_ == "pobj"), None)
    if group is None or group.pos_ != "NOUN" or group.i in spans:
        return []
    stop = min(end + 2, doc[w].sent.end)
    for k in range(w + 2, stop):
        obj = naming_members(doc, k, lexicon.naming_verbs)
        if obj is not None:
            return named_spans(doc, spans, obj.left_edge.i, obj.right_edge.i + 1, not_names=lexicon.not_partners)
    return []


def _relative_end(doc: Doc, i: int, w: int, end: int) -> int:
    """:func:`.item_ends.relative_clause_end` of a relative clause on a partner after the "with" at ``w`` ("with the
    United States, which has reopened engagement in the region, and with India"), else -1."""
    close = relative_clause_end(doc, i, end)
    return close if close > 0 and w < doc[i].head.head.i < i else -1


def _possessed_relation(doc: Doc, start: int, stop: int, lexicon: PolicyLexicon) -> int:
    """End of the partners before a conjunct that is a relation of its own: "with the United States and the UK's
    membership of NATO" ends before "and the UK's membership" (NATO is the partner of the membership)."""
    tags = token_strings(doc, "tag")
    for t in (doc[i] for i in range(start, min(stop, len(doc))) if tags[i] == "POS"):
        if t.i + 1 < stop and doc[t.i + 1].lemma_.lower() in lexicon.relation_nouns:
            k = t.head.left_edge.i  # the possessor
            while k > start and (doc[k - 1].dep_ == "cc" or doc[k - 1].is_punct):
                k -= 1
            return k if k > start else stop
    return stop


def _members_marked(doc: Doc, start: int, stop: int, lexicon: PolicyLexicon) -> bool:
    """Whether the names after a group are marked as its members ("allies, the United States first among them",
    "democracies — A and B are named —"): then the group is a partner of its own too."""
    lower = words_of(doc).lower
    if any(lower[k] == "among" and lower[k + 1] == "them" for k in range(start, min(stop + 3, len(doc)) - 1)):
        return True
    return stop + 1 < len(doc) and doc[stop].lemma_ == "be" and doc[stop + 1].tag_ == "VBN" \
        and doc[stop + 1].lemma_.lower() in lexicon.naming_verbs


def _antecedent(doc: Doc, start: int, end: int, spans: dict[int, Span], lexicon: PolicyLexicon) -> list[Span]:
    """The organization that "the bloc" (anaphor_nouns.txt) opening tokens [start, end) refers back to: the one
    named last before it ("a free trade agreement with ASEAN and a strategic partnership with the bloc" -> ASEAN);
    [] when the phrase is no bare anaphor or no organization comes before it. "with both" and "with both" and a
    group noun refer to the two names coordinated last before it in its sentence or the one before ("relations with
    Russia and China and cooperation with both", "ties with both neighbours", "China and Russia had stood by Iran.
    Partnerships with both countries")."""
    if doc[start].lower_ == "both" and _bare_pair(doc, start, end, lexicon):
        return _pair_before(doc, start, spans)
    if end - start < 2 or doc[start].lower_ != "the" or doc[start + 1].lower_ not in lexicon.anaphor_nouns:
        return []
    nxt = doc[start + 2] if start + 2 < len(doc) else None
    if nxt is not None and start + 2 < end and not nxt.is_punct and nxt.pos_ not in ("CCONJ", "ADP", "VERB", "AUX"):
        return []  # "the union government", "the alliance's flank"
    return _last_organization(spans, start)


def _last_organization(spans: dict[int, Span], before: int) -> list[Span]:
    """The organization named last before token ``before``, as a list of one; [] when there is none."""
    named = [sp for sp in spans.values() if sp.label_ == "ORG" and sp.end <= before]
    return [max(named, key=lambda sp: sp.start)] if named else []


def anaphor_partners(doc: Doc, start: int, end: int, spans: dict[int, Span], lexicon: PolicyLexicon) -> list[Span]:
    """The organization that a "the alliance" (anaphor_nouns.txt) inside tokens [start, end) refers back to, as a
    possessor or a whole noun phrase ("strengthen the alliance's deterrence", "become a full member of the Alliance"):
    the one named last before it; [] when there is none ("the union government" modifies a noun)."""
    for i in range(start, end - 1):
        if doc[i].lower_ != "the" or doc[i + 1].lower_ not in lexicon.anaphor_nouns or i + 1 in spans:
            continue
        nxt = doc[i + 2] if i + 2 < len(doc) else None
        if nxt is not None and i + 2 < end and nxt.tag_ != "POS" and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            continue
        return _last_organization(spans, i)
    return []


# where something is, not whom it concerns
_PLACE_ADP = {"in", "at", "from", "near", "to", "across", "throughout", "outside", "inside", "within"}


def capital_partners(doc: Doc, start: int, end: int, places: list[Span]) -> list[Span]:
    """Capitals standing for their state (a place span with the state's code) that tokens [start, end) act on or
    depend on ("reduce its dependencies on Beijing", "engage Beijing"), not where something happens ("a summit in
    Beijing"), nor a place in a clause that describes a thing of the phrase."""
    out = []
    for place in places:
        root = place.root
        if not (place.kb_id_ and start <= place.start and place.end <= end) or _in_relative_clause(place, start, end):
            continue  # "a rail corridor linking Osh with ...": a place the phrase describes
        if root.dep_ == "dobj" or (root.dep_ == "pobj" and root.head.lower_ not in _PLACE_ADP):
            out.append(place)
    return out


def _bare_pair(doc: Doc, start: int, end: int, lexicon: PolicyLexicon) -> bool:
    """Whether the "both" at token ``start`` stands alone in tokens [start, end) or with a group noun only ("with
    both", "with both neighbours,"), not before the names it joins ("with both the United States and China")."""
    k = start + 1 + (start + 1 < end and doc[start + 1].lower_ in lexicon.group_nouns)
    return k == end or doc[k].is_punct


def _pair_before(doc: Doc, start: int, spans: dict[int, Span]) -> list[Span]:
    """The two names coordinated last before token ``start`` in its sentence, else in the sentence before it in the
    same paragraph ("China and Russia, he said, had stood by Iran."), else []."""
    sent = doc[start].sent
    if sent.start > 0 and "\n" not in doc[sent.start - 1].text + doc[sent.start - 1].whitespace_:
        sent = doc[sent.start - 1].sent
    before = sorted({sp for i, sp in spans.items() if sent.start <= sp.start and sp.end <= start},
                    key=lambda sp: sp.start)
    for first, second in reversed(list(zip(before, before[1:], strict=False))):
        if _pair(first, second):
            return [first, second]
    return []


def _pair(first: Span, second: Span) -> bool:
    """Whether ``second`` is coordinated with ``first`` and nothing else is: "Russia and China", not the last two of
    "Japan, Korea, the United States and the European Union"."""
    if not (second.root.dep_ == "conj" and first.start <= second.root.head.i < first.end):
        return False
    others = [c for c in first.root.children if c.dep_ == "conj" and c.i != second.root.i]
    return first.root.dep_ != "conj" and not others and not any(c.dep_ == "conj" for c in second.root.children)


def _more_regions(doc: Doc, start: int, stop: int, lexicon: PolicyLexicon) -> list[tuple[int, str]]:
    """Regions and groups coordinated with the first unnamed partner: "with Europe and the Gulf" -> the Gulf (Europe
    is the first), "with the Nordic countries and the Baltic states" -> Baltic states; not "other ..." ("with A and
    other states")."""
    out = []
    for a, b, _ in _segments(doc, start, stop)[1:]:
        bounds = _group_bounds(doc, a, b, lexicon)
        if bounds is None:
            break
        words = doc[bounds[0]:bounds[1]]
        region = all(t.pos_ == "PROPN" for t in words)
        group = words[-1].lower_ in lexicon.group_nouns and not any(
            t.lower_ in ("other", "another") for t in doc[a:bounds[1]])
        if not (region or group) or not _only_dets(doc, a, bounds[0]):
            break
        out.append((a, words.text))
    return out


def _only_dets(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are determiners only ("the" before "Gulf"), or none."""
    return all(t.lower_ in _DETS for t in doc[start:end])


def clean_relation(text: str, lexicon: PolicyLexicon, *, processes: bool = False, domestic: bool = False) -> str:
    """Drop determiners and process prefixes: "the further development of alliance relations" -> "alliance relations".

    With ``processes`` (a relation before "with <partner>"), a leading process noun and its "of" go too:
    "further deepening of the comprehensive strategic partnership" -> "comprehensive strategic partnership",
    but "expansion of cooperation" stays whole. With ``domestic`` (an item without partner), a leading process
    verb goes: "building national resilience" -> "national resilience".
    """
    words = _without_self_possessive(text.strip(" ,;:–—-\"'“”‘’").split(), lexicon.self_nouns)
    while words and words[0].lower() in _DETS | {"and", "also"}:
        words = words[1:]
    low = " ".join(words).lower()
    for prefix in lexicon.strip_prefixes:
        if low.startswith(prefix + " ") and len(words) > len(prefix.split()):
            words = words[len(prefix.split()):]
            break
    if processes:
        if words and words[0].lower() == "further":
            words = words[1:]
        rest = words[2:]
        while rest and rest[0].lower() in _DETS:
            rest = rest[1:]
        gerund = len(words) > 1 and words[0].lower().endswith("ing") and words[1].lower() in _DETS  # "deepening the"
        if len(rest) >= 2 and words[0].lower() in lexicon.process_nouns and (words[1].lower() == "of" or gerund):
            words = rest  # a bare "cooperation"/"ties" keeps its process: "expansion of cooperation"
    if domestic and len(words) >= 2 and words[0].lower() in lexicon.process_nouns and words[0].lower().endswith("ing"):
        rest = words[1:]
        while len(rest) > 1 and rest[0].lower() in _DETS:
            rest = rest[1:]
        words = rest if rest[0].lower() != "of" else words
    return " ".join(words)


def _without_self_possessive(words: list[str], self_nouns: frozenset[str]) -> list[str]:
    """The words without a possessive by which the owner calls itself ("the development of the country's mineral
    wealth" -> "the development of mineral wealth", "the nation's"): the owner is a column of its own."""
    out: list[str] = []
    for k, word in enumerate(words):
        low = word.lower().replace("’", "'")
        if k + 1 < len(words) and low.endswith("'s") and low[:-2] in self_nouns:
            if out and out[-1].lower() == "the":
                out.pop()
            continue
        out.append(word)
    return out or words


def relation_start(doc: Doc, w: int, lexicon: PolicyLexicon) -> int:
    """Left edge of the relation phrase ending before the "with" at ``w`` (-1 when no relation noun heads it).

    "Bishkek intends to establish diplomatic relations with ..." -> the token "to".
    """
    h = w - 2 if w > 1 and doc[w - 1].text in _CLOSING_QUOTES else w - 1  # '"strategic partnerships" with Japan'
    head = doc[h] if h >= 0 else None
    if head is None or (head.lower_ not in lexicon.relation_nouns
                        and head.lemma_.lower() not in lexicon.relation_nouns) or _cut_back(head, lexicon):
        return -1
    sent_start = head.sent.start
    j = h
    while j - 1 >= sent_start:
        t = doc[j - 1]
        if t.lower_ == "and" and j - 2 >= sent_start and _other_noun_phrase(doc[j - 2], lexicon):
            break  # "a presence in distant markets and closer cooperation with X": the relation is a conjunct
        if t.pos_ in ("ADJ", "NOUN", "NUM") or t.lower_ in ("and", "of", "further") or t.tag_ == "VBN":
            j -= 1
        elif t.tag_ == "HYPH" and j - 2 >= sent_start:  # "all-round cooperation", "long-term partnership"
            j -= 2
        elif t.lower_ in ("the", "a", "an"):
            j -= 1
            break
        elif t.tag_ == "VB":
            j -= 1
            if j - 1 >= sent_start and doc[j - 1].lower_ == "to":
                j -= 1
            break
        else:
            break
    while doc[j].lower_ in ("and", "of"):
        j += 1
    j = _means_of(head, j)
    if any(t.lower_ in _SUBORDINATORS and not _adverbial_gerund(t) for t in doc[max(sent_start, j - 8): j]):
        return -1
    return j


def _other_noun_phrase(tok: Token, lexicon: PolicyLexicon) -> bool:
    """Whether ``tok``, before the "and" that a relation phrase would step back over, heads a noun phrase of its own
    that is no relation ("markets" of "a presence in distant markets and closer cooperation with X"), not a modifier
    or a relation noun that shares the partner ("partnership and cooperation with the EU", "trade and investment
    ties")."""
    return (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "amod", "nmod", "conj")
            and tok.lower_ not in lexicon.relation_nouns and tok.lemma_.lower() not in lexicon.relation_nouns)


def _means_of(relation: Token, start: int) -> int:
    """Start of the phrase that a relation is the means of: "the acquisition of submarines through the AUKUS
    partnership with A and B" -> "the acquisition ..." (the partners share the aim, not the framework); else
    ``start``."""
    prep = relation.head
    if relation.dep_ != "pobj" or prep.lower_ not in _MEANS_ADP or prep.head.pos_ != "NOUN" \
            or not prep.head.i < prep.i:
        return start
    aim = prep.head
    return aim.left_edge.i if aim.left_edge.i >= relation.sent.start else start


def _cut_back(relation: Token, lexicon: PolicyLexicon) -> bool:
    """"Cooperation with Russia is now limited to fisheries", "Relations with X have been frozen": the relation is the
    subject of a verb of downgrade_words.txt, no priority."""
    verb = relation.head
    words = [verb] + [c for c in verb.children if c.dep_ in ("acomp", "xcomp", "oprd")]  # "have been frozen"
    return relation.dep_ in ("nsubj", "nsubjpass") and any(w.lemma_.lower() in lexicon.downgrade_words for w in words)


def _adverbial_gerund(tok: Token) -> bool:
    """"while keeping a partnership with X": the subject's own aim, not a subordinate event ("when X improved")."""
    return tok.lower_ in ("while", "whilst") and tok.i + 1 < len(tok.doc) and tok.nbor().tag_ == "VBG"
