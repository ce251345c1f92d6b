"""Stage 2 helper for pipeline_policy: a priority phrase, its partners and relation, and the items found without a
cue (relation phrases, the document's own quoted words)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..tokens import words_of
from .bullets import LIST_MARK
from .courses import course_relation
from .documents import person_subject
from .enlargements import enlargement_partners
from .item_ends import bracket_end, participle_start, truncate
from .levels import level_relation
from .lexicon import PolicyLexicon
from .mentions import Mention
from .partners import (
    anaphor_partners,
    capital_partners,
    clean_relation,
    code_of,
    coordinated_names,
    group_partner,
    named_spans,
    partner_text,
    partners_after_with,
    relation_start,
    with_token,
)
from .regions import place_partners, places_of

# "2. Fisheries: " before an item that runs to the end of its line: a target's label (a list mark, then a few words)
_LABEL = re.compile(rf"^[ \t]*(?:{LIST_MARK}[ \t]+)?(?P<label>[A-Z][\w'’-]*(?: [\w'’-]+){{0,3}}):[ \t]+$")
_QUOTES = re.compile(r"“([^”]{10,}?)”|\"([^\"]{10,}?)\"|«([^»]{10,}?)»|‘(.{10,}?)[’'](?=[\s,.;:!?—–-]|$)", re.S)


@dataclass
class Item:
    """One priority phrase: tokens [start, end) of the doc, for document ``document``."""

    start: int
    end: int
    document: int
    partners: list[tuple[str, str]] = field(default_factory=list)
    relation: str = ""
    clause: bool = False  # a predicate of a list of clauses ("X pursues A and takes B"); the next sentence may go on


@dataclass
class Context:
    doc: Doc
    lexicon: PolicyLexicon
    spans: dict[int, Span]  # token -> country/organization span
    mentions: list[Mention]
    text: str = ""  # doc.text, built once
    starts: list[int] = field(default_factory=list)  # character offset of each token
    # what with_item read of each (start, end, document, clause): (end, partners, relation)
    items: dict[tuple[int, int, int, bool], tuple[int, tuple[tuple[str, str], ...], str]] = field(
        default_factory=dict, repr=False)
    # the text the cues of a sentence read, and its lower case (cues.cue_items), by the sentence's offsets
    windows: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict, repr=False)
    bullets: dict[int, list[tuple[int, int]]] = field(default_factory=dict, repr=False)  # cues._bullets' by colon
    # the items of the verbs of reliance of each sentence (reliances.reliance_items), by the sentence's tokens
    reliances: dict[tuple[int, int], list[Item]] = field(default_factory=dict, repr=False)


def tok(ctx: Context, char: int) -> int:
    """Index of the first token starting at or after ``char``."""
    return bisect_left(ctx.starts, char)


def document_at(ctx: Context, sent: Span, pos: int) -> int:
    """The document of the mention before token ``pos`` in the sentence (else its first, else the last before).

    A document the sentence proposes after ``pos`` ("X is to be expanded, and the government pledges to work
    towards an Indo-Pacific strategy for the EU") is a priority of the document read so far, not its source."""
    inside = [m for m in ctx.mentions if sent.start <= m.start < sent.end]
    earlier = [m for m in ctx.mentions if m.start <= pos][-1:]
    later = [m for m in inside[:1] if not (earlier and _proposed(ctx.doc, m))]
    before = [m for m in inside if m.start <= pos] or later or earlier
    return before[-1].document if before else -1


def _proposed(doc: Doc, mention: Mention) -> bool:
    """A mention with an indefinite article: a document yet to be made ("work towards an Indo-Pacific strategy")."""
    return any(doc[i].lower_ in ("a", "an") for i in (mention.start - 1, mention.start) if i >= 0)


def with_item(ctx: Context, start: int, end: int, document: int, *, clause: bool = False) -> Item:
    """The item of tokens [start, end): partners after its "with" (else the names it holds) and its relation.

    Read once per range (kept in ``ctx.items``: the rules of a sentence, and a flagged sentence read again, often
    ask for the same range); each call gives a new Item, which the caller may change."""
    key = (start, end, document, clause)
    found = ctx.items.get(key)
    if found is None:
        item = _read_item(ctx, start, end, document, clause)
        ctx.items[key] = (item.end, tuple(item.partners), item.relation)
        return item
    return Item(start, found[0], document, list(found[1]), found[2], clause)


def _read_item(ctx: Context, start: int, end: int, document: int, clause: bool) -> Item:
    end = bracket_end(ctx.doc, start, end)
    w = with_token(ctx.doc, start, end)
    partners = partners_after_with(ctx.doc, w, end, ctx.spans, ctx.lexicon) if w >= 0 else []
    if not partners:
        w = -1  # "the integrity of A and B, together with their aspirations": a "with" that names none
        partners = enlargement_partners(ctx.doc, start, end, ctx.spans, ctx.lexicon)  # "enlargement to the Balkans"
    if not partners:  # "promotion of peace in Afghanistan", "integration within ECOWAS": the names the item mentions
        names = named_spans(ctx.doc, ctx.spans, start, end, heads=ctx.lexicon.relation_nouns,
                            not_names=ctx.lexicon.not_partners, people=ctx.lexicon.people_nouns,
                            institutions=ctx.lexicon.institution_heads, owned_by=ctx.lexicon.ownership_words,
                            org_modifiers=True, agreements=ctx.lexicon.agreement_nouns) \
            or capital_partners(ctx.doc, start, end, places_of(ctx.doc)) \
            or anaphor_partners(ctx.doc, start, end, ctx.spans, ctx.lexicon)  # "the alliance's eastern flank"
        by_key: dict[str, tuple[str, str]] = {}  # "the Common Market ... (COMESA)": one partner
        for n in names:
            by_key.setdefault(code_of(n) or partner_text(n), (partner_text(n), code_of(n)))
        places = place_partners(ctx.doc, start, end, ctx.spans, ctx.lexicon)
        by_key.update((c.lower(), (c, "")) for c in coordinated_names(ctx.doc, names, ctx.spans, start, end)
                      if c.lower() not in by_key)
        partners = list(by_key.values()) or [(r, "") for r in places] or _recipients(ctx, start, end)
    if partners and w >= 0:  # "raised to the level of X": X; "cooperation with A on B": with its topic
        relation = level_relation(ctx.doc, start, w, end, ctx.lexicon) or _verb_relation(ctx.doc, w, end) \
            or course_relation(ctx.doc, start, w, end, ctx.lexicon) \
            or _object_relation(ctx, start, w, end)
    else:
        stop = end if partners else participle_start(ctx.doc, start, end)  # "new corridors linking A to B"
        relation = clean_relation(ctx.doc[start:stop].text, ctx.lexicon, domestic=not partners)
    return Item(start, end, document, partners, relation, clause)


def _object_relation(ctx: Context, start: int, w: int, end: int) -> str:
    """The relation of tokens [start, w) before the "with" at ``w``, and the topic its "on" gives after the partners.

    A relation noun that a verb takes as its object is the relation without the verb ("rebuild its ties with X" ->
    "ties", "seek closer defence cooperation with X" -> "closer defence cooperation"), unless a topic follows ("deepen
    relations with A on trade" keeps its verb)."""
    phrase = clean_relation(ctx.doc[start:w].text, ctx.lexicon, processes=True)
    whole = _with_topic(ctx.doc, phrase, start, w, end)
    first = _object_start(ctx, start, w)
    if first == start or whole != phrase:
        return whole
    return clean_relation(ctx.doc[first:w].text, ctx.lexicon, processes=True)


def _object_start(ctx: Context, start: int, w: int) -> int:
    """Where the relation noun right before the "with" at ``w`` starts when a verb in tokens [start, w) takes it as
    its object: after the verb and the noun's determiner or possessive; else ``start``."""
    noun = ctx.doc[w - 1]
    verb = noun.head
    relation_nouns = ctx.lexicon.relation_nouns
    if noun.dep_ != "dobj" or not start <= verb.i < noun.i or verb.pos_ != "VERB" \
            or (noun.lower_ not in relation_nouns and noun.lemma_.lower() not in relation_nouns):
        return start
    first = verb.i + 1
    while first < noun.i and (ctx.doc[first].dep_ in ("det", "poss", "case") or ctx.doc[first].tag_ == "POS"):
        first += 1
    return first


def _with_topic(doc: Doc, relation: str, start: int, w: int, end: int) -> str:
    """"deepen its cooperation with Japan and Australia on maritime surveillance": the relation before the "with" at
    ``w`` and the topic its "on" gives after the partners (the relation's own, not a partner's; not a manner: "on a
    pragmatic basis")."""
    on = next((t for t in doc[w + 1:end] if t.lower_ == "on" and t.dep_ == "prep" and start <= t.head.i < w), None)
    if not relation or on is None or on.right_edge.i + 1 > end or on.right_edge.i - on.i > 8 \
            or doc[on.i + 1].lower_ in ("a", "an"):
        return relation
    return f"{relation} {doc[on.i:on.right_edge.i + 1].text}"


def _recipients(ctx: Context, start: int, end: int) -> list[tuple[str, str]]:
    """"support for Pacific Island countries in disaster response", "aid to the Sahel states": the unnamed group a
    flow noun (flow_nouns.txt) that opens the item goes to ("more development aid to ...": the head of the opening
    compound)."""
    head = next((t for t in ctx.doc[start:min(end, start + 4)] if t.pos_ == "NOUN"), None)
    while head is not None and head.dep_ == "compound" and head.i < head.head.i < end:
        head = head.head  # "development assistance to ...": the compound's head noun
    if head is None or head.lemma_.lower() not in ctx.lexicon.flow_nouns or head.i + 1 >= end \
            or ctx.doc[head.i + 1].lower_ not in ("for", "to"):
        return []
    group = group_partner(ctx.doc, head.i + 2, end, ctx.lexicon)
    return [(group, "")] if group and any(w.lower() in ctx.lexicon.group_nouns for w in group.split()) else []


def _verb_relation(doc: Doc, w: int, end: int) -> str:
    """The relation of a verb right before the "with" at ``w``: the verb and its topic when that is a bare noun phrase
    ("keep working with Japan on maritime security" -> "working on maritime security"), else the verb and its "with"
    ("keep working with the AU on mediation in the Horn" -> "working with"), and the unnamed group it takes as a
    bare noun phrase ("working with development partners"); "" when no verb stands there."""
    verb = doc[w - 1]
    if verb.pos_ != "VERB" or verb.dep_ in ("acl", "pobj"):  # "the gas field shared with X": what the participle
        return ""  # describes is the relation; "partnerships of equals with X": a noun read as a verb
    topic = _verb_topic(doc, w, end)
    if topic is not None and len(topic) <= 4 and not any(t.pos_ in ("ADP", "DET", "PRON") for t in topic):
        return f"{verb.text} on {topic.text}"
    group = next((c for c in doc[w].children if c.dep_ == "pobj"), None)
    if group is not None and group.pos_ == "NOUN" and not group.ent_type_ and group.i < end \
            and all(t.pos_ in ("ADJ", "NOUN") and not t.ent_type_ for t in doc[w + 1:group.i]):
        return f"{verb.text} {doc[w:group.i + 1].text}"  # "working with development partners, naming A and B"
    return f"{verb.text} {doc[w].text}"


def _verb_topic(doc: Doc, w: int, end: int) -> Span | None:
    """"work with Japan and Australia on maritime security": the topic that the verb before "with" at ``w`` takes
    after its partners (up to ``end``), else None."""
    verb = doc[w - 1]
    on = next((t for t in doc[w + 1:end] if t.lower_ == "on" and t.head == verb), None)
    if on is None or on.i + 1 >= end:
        return None
    return doc[on.i + 1: min(on.right_edge.i + 1, end)]


def relation_items(ctx: Context, sent: Span, covered: set[int], *, about: bool = True) -> list[Item]:
    """Relation phrases with a partner ("closer ties with Japan") in a sentence of a paragraph about a document;
    a sentence that is not about it (``about``) and tells what a person did gives none."""
    doc, items = ctx.doc, []
    if not about and person_subject(sent, role_nouns=ctx.lexicon.person_nouns):
        return []
    lower = words_of(doc).lower
    phrases = [(relation_start(doc, i, ctx.lexicon), i) for i in range(sent.start, sent.end)
               if lower[i] == "with" and i not in covered and not _describes_person(doc[i], ctx.lexicon.person_nouns)]
    phrases = [(start, w) for start, w in phrases if start >= 0 and not _treated_in_text(ctx, doc[w])]
    for k, (start, w) in enumerate(phrases):
        document = document_at(ctx, sent, w)
        stop = next((t.i for t in doc[w: sent.end] if t.text == ";" or "\n" in t.text), sent.end)
        if k + 1 < len(phrases) and phrases[k + 1][0] > w:  # "to deepen X with A and to expand Y with B"
            stop = min(stop, phrases[k + 1][0])
        end = truncate(doc, w, stop)
        item = with_item(ctx, start, end, document)
        if document >= 0 and item.partners:
            items.append(item)
    return items


def _treated_in_text(ctx: Context, with_: Token) -> bool:
    """"Relations with Russia are dealt with in a short chapter", "... are the most delicate part of the document":
    the relation is the subject of a clause that says where the text treats it (a text noun or the document in the
    predicate, no importance word), not a priority."""
    relation = with_.head
    verb = relation.head
    if relation.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    mentioned = {i for m in ctx.mentions for i in range(m.start, m.end)}
    predicate = [t for c in verb.children if c.i > verb.i for t in c.subtree]
    if any(t.lower_ in ctx.lexicon.importance_words for t in predicate):
        return False
    return any(t.lower_ in ctx.lexicon.text_nouns or t.i in mentioned for t in predicate)


def _describes_person(tok: Token, person_nouns: frozenset[str]) -> bool:
    """Whether ``tok`` describes a person ("the deputy minister responsible for relations with North America",
    "the envoy, who oversees relations with ..."): the person's remit, no priority."""
    for a in tok.ancestors:
        if a.ent_type_ == "PERSON" or a.lower_ in person_nouns:
            return True
        if a.pos_ in ("VERB", "AUX") and a.dep_ != "relcl":
            return False
    return False


def labelled(ctx: Context, item: Item) -> Item:
    """The item with the label of its line before its relation ("2. Fisheries: the tuna catch is to be managed within
    the quotas of X" -> "Fisheries: tuna catch is to be managed ..."): the writers name a labelled target by its label.
    Only for an item that opens right after the label's colon and runs to the end of the line, a label of common nouns
    (not a speaker's name, "Benítez: Mercosur first", nor a list's noun, "Priorities: A, B and C")."""
    doc, text = ctx.doc, ctx.text
    begin = ctx.starts[item.start]
    line_start = text.rfind("\n", 0, begin) + 1
    m = _LABEL.match(text[line_start:begin])
    if m is None or item.relation.lower().startswith(m.group("label").lower()):
        return item
    line_end = text.find("\n", begin)
    rest = text[doc[item.end - 1].idx + len(doc[item.end - 1]): line_end if line_end >= 0 else len(text)]
    label = doc.char_span(line_start + m.start("label"), line_start + m.end("label"))
    if rest.strip(" \t.;,") or label is None or label[0].pos_ == "PROPN" \
            or any(t.lower_ in ctx.lexicon.list_nouns or t.pos_ in ("VERB", "AUX") for t in label):
        return item
    return Item(item.start, item.end, item.document, item.partners, f"{label.text}: {item.relation}", item.clause)


def quote_items(ctx: Context, scope: list[tuple[int, int]]) -> list[Item]:
    """Sentences of a quotation attributed to the document itself ('"...," the document's authors promise')."""
    doc, items = ctx.doc, []
    mention_chars = {doc[m.start].idx: m for m in ctx.mentions}
    for q in _QUOTES.finditer(ctx.text):
        if not any(s <= q.start() < e for s, e in scope):
            continue
        tail = re.split(r"[.!?\n]", ctx.text[q.end(): q.end() + 100])[0]
        ms = [m for c, m in mention_chars.items() if q.end() <= c < q.end() + len(tail)
              and doc[m.end - 1].dep_ != "compound"]  # "..., program director X said": a person speaks
        persons = [t for t in doc.char_span(q.end(), q.end() + len(tail), alignment_mode="expand") or []
                   if t.ent_type_ == "PERSON" or t.lower_ in ("he", "she")]  # ', he warned, noting that the text
        if not ms or any(t.idx < doc[ms[0].start].idx for t in persons):
            continue
        inner = q.span(next(g for g in range(1, 5) if q.group(g) is not None))
        span = doc.char_span(*inner, alignment_mode="contract")
        if span is None:
            continue
        for sent in span.sents:
            s, e = max(sent.start, span.start), min(sent.end, span.end)
            e = truncate(doc, s, e)
            if e - s < 3:
                continue
            owner_code = ms[0].owner
            names = [n for n in named_spans(doc, ctx.spans, s, e) if code_of(n) != owner_code]
            partners = list(dict.fromkeys((partner_text(n), code_of(n)) for n in names))
            items.append(Item(s, e, ms[0].document, partners, clean_relation(doc[s:e].text, ctx.lexicon)))
    return items
