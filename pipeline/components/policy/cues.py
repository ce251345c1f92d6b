"""Stage 2 helper for pipeline_policy: the priorities a cue of the lexicon introduces ("priorities include",
"focuses on", "attaches importance to", "X is of particular importance", "names X as a key partner")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .bullets import bullet_items
from .clauses import conjunct_stop, conjuncts, predicate_ranges
from .item_ends import quotation_end, truncate
from .items import Context, Item, document_at, tok, with_item
from .lexicon import Cue
from .lists import conjunct_ranges, line_clauses, names_only, semicolon_series, split_series
from .nominals import goal_participle, goal_relation
from .partners import clean_relation, code_of, named_spans, partner_text, partners_after_with, with_token
from .ranks import after_list_mark, described_objects, followed_by, gapped_ranks, partners_only, range_ends, singled_out
from .regions import region_names

_LOOKAHEAD = 40  # characters after a sentence that a cue's lookahead may read
_CUE_TAIL = {"to", "on", "for", "with", "within", "in", "of", "is", "are", "include", "includes"}
_ANAPHORIC = {"such", "these", "those", "this", "that"}
_RELATIVE = {"whose", "which", "who", "whom"}
# "Flood protection sits at the top", "X is given a chapter of its own", "Y came next", "Z rounds off the list", "W
# carries most of the weight": the subject alone is the priority
_SUBJECT_ONLY = {"first", "second", "third", "fourth", "fifth", "sixth", "last", "next", "top", "head", "chapter",
                 "section", "part", "annex", "list", "picture", "pillars", "follow", "follows", "followed", "acronym",
                 "structure", "weight", "through"}
_RANK_VERBS = {"tops", "heads", "leads", "topped", "headed", "top", "head", "lead"}  # "Food security tops the list",
# "Education and training top the list"
# "A and B form the second theme": the verbs of a subject that makes up one part of the document's list
_FORMING = {"form", "forms", "formed", "constitute", "constitutes", "constituted"}
_NUMBERS = {"two", "three", "four", "five"}  # "the two pillars": the number is no part of the relation
# "X is to be modernised", "Y is supposed to rise", "Z is meant to become ...", "W is also to be improved": a goal its
# subject names
_GOAL_OPENERS = {"to", "supposed", "meant", "also"}
# "X must be reformed", "Y will be prioritised", "Z has to be extended": a goal in a modal passive
_MODALS = {"must", "should", "will", "shall", "has", "have", "need", "needs"}
# "if exports were to fall", "sets out how the army is to develop": a condition or a question, no goal
_CONDITIONS = {"if", "unless", "whether", "how", "what", "why", "when", "where"}
_LIST_LINE = re.compile(r"\n[ \t]*(?:[-•*–·▪]|\(?\d{1,2}[.)])[ \t]")  # a line break, then a bulleted line
_BOUNDARY = {",", ";", ":", "that", "which", "but", "while", "whereas", "“", "‘", '"', "«"}


def _colon_after(text: str, cue_end: int, sent_end: int) -> int:
    """Position after the ":" that ends the cue's clause ("... are as follows:"), or -1."""
    if text[cue_end - 1: cue_end] == ":" or _LIST_LINE.match(text, cue_end):  # a heading's line end: its list
        return cue_end
    m = re.match(r"[^:.;!?\n]{0,60}:", text[cue_end: sent_end + 1])
    return cue_end + m.end() if m else -1


def _bullets(ctx: Context, colon: int, document: int) -> list[Item]:
    """The items of a bulleted or numbered list that opens at ``colon`` (empty when none does); their token ranges
    are read once per colon (kept in ``ctx.bullets``: the cues of a sentence may end at the same colon)."""
    ranges = ctx.bullets.get(colon)
    if ranges is None:
        ranges = ctx.bullets[colon] = []
        for s, e in bullet_items(ctx.text, colon):
            span = ctx.doc.char_span(s, e, alignment_mode="expand")
            if span is not None:  # a line that goes on as prose: each of its clauses
                ranges += [(a, truncate(ctx.doc, a, b)) for a, b in line_clauses(ctx.doc, span.start, span.end)]
    return [with_item(ctx, a, e, document) for a, e in ranges]


def _object_end(ctx: Context, sent: Span, cue_start: int, start: int) -> int:
    """End of what the cue's verb governs: "attaches importance to X and calls for Y" ends before "and calls"; a
    negated verb ("cannot rely on") governs no priority."""
    verb = next((t for t in ctx.doc[tok(ctx, cue_start): start] if t.pos_ == "VERB"), None)
    if verb is not None and any(c.dep_ == "neg" for c in verb.children):  # "cannot rely on", "does not envisage"
        return start
    return sent.end if verb is None else conjunct_stop(ctx.doc, verb.i, start, sent.end)


def _list_items(ctx: Context, sent: Span, cue_start: int, cue_end: int, document: int) -> list[Item]:
    """The items after a list cue: a bulleted list after its colon, the predicates of a clause after its colon
    ("commitments: X pursues A and takes B"), or the series the cue's verb governs ("focuses on A, B and C")."""
    colon = _colon_after(ctx.text, cue_end, sent.end_char)
    if colon > 0:
        items = _bullets(ctx, colon, document)
        if items:
            return items
    start = tok(ctx, colon if colon > 0 else cue_end)
    if start >= sent.end:  # the parser ended the sentence at the colon: the list is the next sentence
        sent = ctx.doc[min(start, len(ctx.doc) - 1)].sent
    end = _object_end(ctx, sent, cue_start, start)
    end = next((t.i for t in ctx.doc[start:end] if t.is_space and "\n" in t.text), end)  # not past a line break
    end = quotation_end(ctx.doc, start, end)  # a list inside a quotation ends with it
    start = _after_heading(ctx, start, end)
    if colon > 0 and not _opens_list(ctx, colon, cue_start) \
            and not _says_how(ctx, tok(ctx, cue_end), tok(ctx, colon)):  # "a reserve fund: if prices fall": no list
        start, stop = tok(ctx, cue_end), tok(ctx, colon) - 1
        return [with_item(ctx, start, stop, document)] if stop > start else []
    if colon > 0 or ctx.doc[start - 1].lower_ == "that":  # "commitments: X does A", "steps so that X does A"
        clauses = [with_item(ctx, s, e, document, clause=True) for s, e in predicate_ranges(ctx.doc, start, end)]
        if clauses:
            return clauses
    # "aims to make X a stronger actor and calls for Y": a verb of its own after "and" says something else
    end = next((t.i for t in ctx.doc[start + 1:end] if t.lower_ == "and" and t.nbor().tag_ == "VBZ"), end)
    described = described_objects(ctx.doc, tok(ctx, cue_start), start, end, ctx.spans)
    if described:  # "singles out coffee and tea as the export crops to be promoted": coffee, tea as ...
        return [with_item(ctx, s, e, document) for s, e in described]
    series = semicolon_series if colon > 0 else split_series  # "four themes: A and B; C; and D": "and" inside
    ranges = [r for a, z in range_ends(ctx.doc, start, end)  # "nine goals, from A and B to C": A, B, C
              for r in series(ctx.doc, a, z, ctx.spans, relation_nouns=ctx.lexicon.relation_nouns,
                              naming_verbs=ctx.lexicon.naming_verbs)]
    items = [with_item(ctx, s, e, document) for s, e in ranges if not _names_a_list(ctx, s, e)]
    gives = ctx.text[cue_start:cue_end].rstrip(" :").lower().endswith(" to")  # "gives priority to": a recipient
    for item in items:  # "gives special attention to A, B and C": names only, the cue says what they get
        regions = [] if item.partners or not gives else region_names(ctx.doc, item.start, item.end, ctx.spans)
        if regions:  # "gives priority to Latin America and the Caribbean": the regions are the partners
            item.partners = [(r, "") for r in regions]
        if item.partners and (regions or names_only(ctx.doc, ctx.spans, item.start, item.end)):
            item.relation = _colon_label(ctx, cue_end, colon) or _cue_relation(ctx, cue_start, cue_end)
    return items


def _says_how(ctx: Context, start: int, colon: int) -> bool:
    """The words between the cue and its colon name no item, they describe it: an adjective alone or with "to" ("is
    clear:", "Its headline ambition is simple to state: doubling ..."), not an adjective of a noun ("is regional
    security:"). The item follows the colon."""
    words = [t for t in ctx.doc[start:colon] if not t.is_punct]
    return bool(words) and words[0].pos_ == "ADJ" and (len(words) == 1 or words[1].lower_ == "to")


def _colon_label(ctx: Context, cue_end: int, colon: int) -> str:
    """What the names after a colon are, as the words between the cue and the colon say it ("will be concentrated
    in nine pilot countries: A, B and C" -> "pilot countries"): a short plural noun phrase, not a list's own word
    ("the following countries:"); "" when there is none."""
    if colon <= 0:
        return ""
    words = ctx.doc[tok(ctx, cue_end): tok(ctx, colon) - 1]
    if not 0 < len(words) <= 5 or words[-1].tag_ != "NNS" or any(t.is_punct or t.pos_ in ("VERB", "ADP")
                                                                   for t in words):
        return ""
    if any(t.lower_ == "following" for t in words):
        return ""
    kept = [t.text for t in words if t.pos_ not in ("DET", "NUM")]
    return clean_relation(" ".join(kept), ctx.lexicon) if kept else ""


def _gapped_relative(ctx: Context, cue_start: int, cue_end: int) -> bool:
    """Whether the cue's verb heads a relative clause whose object is the noun before it ("the emissions target it
    pledged to reach"): what the cue governs is that noun, not the words after it. "..., which calls for A" (the
    relative pronoun is the subject) keeps its object."""
    verb = next((t for t in ctx.doc[tok(ctx, cue_start): tok(ctx, cue_end)] if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.dep_ == "relcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE | {"that"} for c in verb.children)


def _cue_relation(ctx: Context, cue_start: int, cue_end: int) -> str:
    """The relation a cue gives its names: "give special attention to" -> "give special attention"."""
    words = ctx.text[cue_start:cue_end].rstrip(" :").split()
    while words and words[-1].lower() in _CUE_TAIL:
        words = words[:-1]
    return clean_relation(" ".join(words), ctx.lexicon)


def _opens_list(ctx: Context, colon: int, cue_start: int) -> bool:
    """Whether the colon at ``colon`` (position after it) opens a list: it follows a plural noun ("commitments:",
    "four pillars:") or a cue's own word ("are as follows:", "is threefold:"), or the cue names a list ("sets three
    targets for the period:"), not a singular noun that the text after the colon explains."""
    before = ctx.doc[tok(ctx, colon) - 2] if tok(ctx, colon) >= 2 else None
    return (before is None or before.tag_ != "NN"
            or any(t.lower_ in ctx.lexicon.list_nouns for t in ctx.doc[tok(ctx, cue_start):before.i]))


def _after_heading(ctx: Context, start: int, end: int) -> int:
    """Where the items start after a phrase that names the list: "lays out nine lines of effort, including A, B
    and C" (or "among them A, B and C") -> A; "stresses the need to A and to B" -> "to A"."""
    opening = ctx.doc[start:min(end, start + 4)].text.lower()
    for phrase in ctx.lexicon.series_openers:  # longest first
        if opening.startswith(phrase + " ") and len(phrase.split()) < end - start:
            n = len(phrase.split())
            return start + n - (ctx.doc[start + n - 1].lower_ == "to")  # keep "to": an infinitive series
    for t in ctx.doc[start:min(end, start + 8)]:
        two = t.i + 1 < end and (t.lower_, t.nbor().lower_) in (("such", "as"), ("among", "them"))
        if t.lower_ in ("including", "namely") or two:
            head = [k for k in ctx.doc[start:t.i] if k.lower_ in ctx.lexicon.list_nouns]
            return t.i + 1 + two if head else start
    return start


def _names_a_list(ctx: Context, start: int, end: int) -> bool:
    """"the government's priorities for the next five years": the phrase names the list, it is no item of it."""
    heads = [t for t in ctx.doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    return bool(heads) and heads[0].lower_ in ctx.lexicon.list_nouns


def _subject_head(sent: Span, ct: int) -> Token | None:
    """The subject of the cue at token ``ct`` (of its verb or of the verb it serves; else a gerund that opens an
    adverbial clause of its verb), or None when the parse gives none before it in the sentence."""
    verb = sent.doc[ct]
    for head in (verb, verb.head):
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i < ct), None)
        if subject is not None and subject.left_edge.i >= sent.start:
            return subject
    # "Cutting the budget deficit, which had run out of control, tops the list": a gerund that opens the clause, read
    # as an adverbial clause of a verb without a subject
    return next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < ct
                 and c.left_edge.i == c.i >= sent.start), None)


def _subject_item(ctx: Context, sent: Span, cue_start: int, cue_end: int, document: int) -> list[Item]:
    """The clause before a subject cue ("X is of particular importance", "the navy is to be modernised"): from
    the subject, or from the last boundary before the cue when the parse gives none."""
    doc = ctx.doc
    ct = tok(ctx, cue_start)
    b = ct
    while b - 1 >= sent.start and doc[b - 1].lower_ not in _BOUNDARY:
        b -= 1
    subject_head = _subject_head(sent, ct)
    # the subject's first token ("ties with A, B and C are to be raised" -> "ties"; a clause: "Stabilising the economy
    # is second" -> "Stabilising"), -1 without one
    subject = subject_head.left_edge.i if subject_head is not None else -1
    if 0 <= subject < b and "\n" not in doc[subject:b].text:  # a subject with commas: "ties with A, B and C"
        b = subject
    elif b < subject < ct and _reported(doc, b, subject):  # "The strategy says the navy is to be ...": from the subject
        b = subject
    while b < ct and doc[b].lower_ in ("and", "but", "or"):  # "..., and the air force is to receive ..."
        b += 1
    if subject_head is None:
        b = _series_start(doc, b, ct)
    b = after_list_mark(doc, b, ct)  # "3. Human capital comes second."
    if doc[b].lower_ in _ANAPHORIC | _RELATIVE:  # "Such strikes are to be limited ...": more about an item already
        return []  # given; "..., whose share is to reach 35 percent": about the noun before
    first = b + (doc[b].pos_ in ("DET", "PRON"))
    if doc[ct - 1].lemma_.lower() in ctx.lexicon.goal_nouns:  # "Its central aim is to double exports": the goal
        return []  # follows the cue, the subject names it
    if any(m.start == first for m in ctx.mentions if not m.statement):  # "The plan is to be financed ...": the
        return []  # document itself, no priority
    end = tok(ctx, cue_end)
    while end < sent.end and (doc[end].text not in (",", ";") or _series_comma(doc, ct, end)) \
            and not (doc[end].is_punct and end == sent.end - 1):
        end += 1
    end = truncate(doc, ct, end)
    words = ctx.text[cue_start:cue_end].lower().split()
    ranked = _ranked(words)
    if ranked and partners_only(doc, b, ct, ctx.spans, ctx.lexicon.group_nouns) \
            and not _common_word(ctx, b, ct):  # "Neighbours come first": the text after it says what the document
        return []  # wants with them; not "Energy carries most of the weight", which the tagger reads as a name
    if words[-1] == "out" and partners_only(doc, b, ct, ctx.spans, ctx.lexicon.group_nouns):
        return []  # "..., among which Romania and Bulgaria are singled out.": members of a group (:mod:`.members`)
    if ranked:
        end = ct
        while end > b and doc[end - 1].pos_ == "AUX":  # "Groundwater protection is placed third"
            end -= 1
    goal = _goal(words)
    if goal and any(t.lower_ in _CONDITIONS for t in doc[b:ct]):
        return []
    if "meant" in words and not _own_subject(doc, ct, subject_head):
        return []
    if (goal or ranked) and _document_subject(ctx, subject_head):  # "a separate strategy on China is to follow": a
        # document to come; "the economic strategy carries the most weight": a part of the document, no item
        return []
    if ct - b < 2 and not ((ranked or goal or "singled" in words) and _common_noun(ctx, b)
                           or goal and _named_other(ctx, b)):
        return []  # "Desalination tops the list", "Exports are to be diversified", "NATO is to be strengthened";
        # not "Sweden comes first", nor the owner's own course ("Kyrgyzstan is to keep ...": its intents)
    w = with_token(doc, b, ct)
    pairs = _relation_subjects(ctx, b, ct) if w >= 0 else []
    if len(pairs) > 1:  # "the partnership with A and the cooperation with B are to be strengthened"
        return [with_item(ctx, s, e, document) for s, e in pairs]
    one = goal or words[0] in _FORMING and not words[-1].endswith("s")  # "A and B form the second theme": one part
    one = one or (ranked and doc[ct].tag_ == "VBZ")  # "Agricultural productivity and commercialisation comes first":
    # a singular verb makes the coordinated subject one part
    # one goal: "A and B are to remain C"
    parts = _subject_conjuncts(doc, b, ct, ctx.spans) if w < 0 and not one else []
    if len(parts) > 1:  # "X's national security and its share of the Nile waters came first": two items
        return [with_item(ctx, s, e, document) for s, e in parts]
    item = with_item(ctx, b, end, document)
    if w < 0 and not _relation_head(doc[b:ct], ctx.lexicon.relation_nouns):  # "participation in the EAEU" keeps it
        named = _named_subject(ctx, b, ct) + _governed_names(ctx, b, item.end if goal else ct) \
            if goal or not ranked else []  # "NATO's role is to be strengthened", "trade is to grow through SACU",
        item.partners = [p for p in item.partners if p in named]  # "the denuclearization of North Korea remains the
        # goal": a partner the item (else its subject) names or a preposition governs, not a national body
        label = next((t.i + 1 for t in reversed(doc[b:ct]) if t.text == ":"), b)  # "Institutions: a single unit is
        # to ...": a line's label names the item's field, not a group of partners
        head = [t for t in doc[label:ct]
                if t.lower_ in ctx.lexicon.group_nouns and not any(x.pos_ == "ADP" for x in doc[label:t.i])]
        if head:
            item.partners = [(clean_relation(doc[b:ct].text, ctx.lexicon), "")]
        item.relation = clean_relation(doc[b:end].text, ctx.lexicon)
        verb = goal_participle(doc, ct, tok(ctx, cue_end)) if goal and not item.partners else None
        if verb is not None:  # "the navy is to be modernised" -> "modernisation of the navy"
            phrase = clean_relation(doc[b:ct].text, ctx.lexicon)
            if phrase[:1].isupper() and doc[first].text == phrase.split()[0] and _common_noun(ctx, first):
                phrase = phrase[:1].lower() + phrase[1:]  # "Exports are to be ..." -> "... of exports"
            item.relation = goal_relation(doc, phrase, verb, item.end, ctx.lexicon.action_nouns) or item.relation
    return [item]


def _series_start(doc: Doc, b: int, ct: int) -> int:
    """The first noun of the series whose later nouns open at token ``b`` before the cue at ``ct``, where the parser
    gives the cue's verb no subject and hangs the series on the clause before ("Growth is the first pillar, and cocoa,
    gold and timber are singled out": "cocoa", not "gold"), else ``b``."""
    head = doc[b].head
    if doc[b].dep_ == "conj" and doc[b - 1].text == "," and head.pos_ == "NOUN" and head.i < b - 1 \
            and doc[head.left_edge.i - 1].lower_ == "and" and all(t.i < ct for t in head.subtree):
        return head.left_edge.i
    return b


def _reported(doc: Doc, start: int, subject: int) -> bool:
    """Whether tokens [start, subject) before a subject cue's subject hold the verb that reports its clause ("The
    strategy says (that) the navy is to be ..."): the clause is the subject's, not the reporter's."""
    return any(t.dep_ == "ROOT" and t.pos_ == "VERB" and t.i < subject and any(
        c.dep_ == "ccomp" and c.i > subject for c in t.children) for t in doc[start:subject])


def _series_comma(doc: Doc, start: int, i: int) -> bool:
    """Whether the comma at token ``i`` separates two nouns of one series that opened after token ``start`` ("are to
    be offered to companies from A, B and C", "diversified into A, B and C"): the word after it is a noun conjunct of
    a noun between ``start`` and the comma (not a clause: ", and X will be ...")."""
    if doc[i].text != "," or i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    return after.dep_ == "conj" and after.pos_ in ("NOUN", "PROPN") and start <= after.head.i < i \
        and after.head.pos_ in ("NOUN", "PROPN")


def _own_subject(doc: Doc, ct: int, subject: Token | None) -> bool:
    """Whether the verb of the cue at token ``ct`` has a subject of its own (``subject``, :func:`_subject_head`) that
    is no pronoun and opens no relative clause: "It came out of a consultation and is meant to guide ...", "a
    dependence the concept is meant to reduce" say what the document is for, not one of its goals."""
    verb = doc[ct].head if doc[ct].head.i != ct else doc[ct]
    return subject is not None and subject.left_edge.pos_ != "PRON" and verb.dep_ not in ("relcl", "conj")


def _document_subject(ctx: Context, subject: Token | None) -> bool:
    """Whether the subject of a cue (:func:`_subject_head`) is one document named by its type ("A separate China
    strategy is to follow", "Its 2030 strategy is to double ..."; generic_nouns.txt), not programmes that carry a
    goal."""
    return subject is not None and subject.tag_ == "NN" and subject.lower_ in ctx.lexicon.generic_nouns


def _common_noun(ctx: Context, i: int) -> bool:
    """Whether token ``i`` is a common noun: so tagged, or a capitalised word at the start of its sentence or line that
    names nothing ("Governance is to be strengthened first", which the tagger reads as a name)."""
    t = ctx.doc[i]
    if t.pos_ == "NOUN":
        return True
    opens = t.is_sent_start or i == 0 or ctx.doc[i - 1].is_punct or "\n" in ctx.doc[i - 1].text
    return t.pos_ == "PROPN" and opens and not t.ent_type_ and i not in ctx.spans and t.text.istitle()


def _common_word(ctx: Context, start: int, end: int) -> bool:
    """Whether tokens [start, end) are one common noun (:func:`_common_noun`: "Agriculture", "Energy" at the start of
    a sentence), not a group of partners ("Neighbours")."""
    return end - start == 1 and _common_noun(ctx, start) and ctx.doc[start].lower_ not in ctx.lexicon.group_nouns


def _governed_names(ctx: Context, start: int, end: int) -> list[tuple[str, str]]:
    """The states and organizations in tokens [start, end) that a preposition governs ("set up with Luxembourg",
    "expanded through the Southern African Customs Union", "corridors to the ports of Tanzania and Angola")."""
    out = []
    for span in dict.fromkeys(ctx.spans[i] for i in range(start, end) if i in ctx.spans):
        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.dep_ == "pobj":
            out.append((partner_text(span), code_of(span)))
    return out


def _ranked(words: list[str]) -> bool:
    """Whether a subject cue's words ("comes second", "tops the list") rank its subject: the subject alone is the
    priority."""
    return words[-1] in _SUBJECT_ONLY or words[0] in _RANK_VERBS


def _ranked_after(ctx: Context, sent: Span, match: re.Match[str], document: int) -> list[Item]:
    """The items a ranking's subject cue adds after it ("Diversification comes first, followed by A and B", "Peace
    comes first, prosperity second, then C": :func:`.ranks.gapped_ranks`)."""
    if not _ranked(match.group(0).lower().split()):
        return []
    after = tok(ctx, sent.start_char + match.end())
    ranges = followed_by(ctx.doc, after, sent.end, ctx.spans, ctx.lexicon.relation_nouns) \
        or gapped_ranks(ctx.doc, after, sent.end)  # "A comes first, B second, then C"
    return [with_item(ctx, s, e, document) for s, e in ranges]


def _ranked_with(ctx: Context, sent: Span, match: re.Match[str], document: int) -> list[Item]:
    """The items a ranking's subject cue singles out after it ("Agriculture comes next, with cotton and cashew named
    as the chains to build up", :func:`.ranks.singled_out`)."""
    if not _ranked(match.group(0).lower().split()):
        return []
    ranges = singled_out(ctx.doc, tok(ctx, sent.start_char + match.end()), sent.end, ctx.spans,
                         ctx.lexicon.relation_nouns, ctx.lexicon.naming_verbs)
    return [with_item(ctx, s, e, document) for s, e in ranges]


def _absolute_items(ctx: Context, sent: Span, pos: int, document: int) -> list[Item] | None:
    """The items of a list cue's participle whose subject follows a "with" ("..., with policing across the provinces
    singled out as the weakest link", "with a value-added tax singled out to replace the old sales tax"): what is
    singled out (:func:`.ranks.singled_out`; none for names only, :mod:`.predications`), not the words after it;
    None when the cue is no such participle."""
    doc, verb = ctx.doc, tok(ctx, pos)
    w = next((t.i for t in reversed(doc[sent.start:verb]) if t.lower_ == "with"), -1)
    if w < 0 or w + 1 >= verb or doc[verb].tag_ not in ("VBN", "VBD") or doc[verb - 1].is_punct \
            or doc[verb].lemma_.lower() not in ctx.lexicon.naming_verbs \
            or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" and t.dep_ not in ("amod", "compound")
                   or t.text in (";", ":") for t in doc[w + 1:verb]):
        return None
    head = doc[verb].head  # the participle modifies a noun of the phrase, or the "with" governs it
    if not (head.i == w or w < head.i < verb and doc[verb].dep_ == "acl"
            or any(c.dep_ == "mark" and c.i == w for c in doc[verb].children)):
        return None
    ranges = singled_out(doc, w, sent.end, ctx.spans, ctx.lexicon.relation_nouns, ctx.lexicon.naming_verbs)
    return [with_item(ctx, s, e, document) for s, e in ranges]


def _named_subject(ctx: Context, start: int, ct: int) -> list[tuple[str, str]]:
    """The state or organization that the subject in tokens [start, ct) of the cue at ``ct`` is, or that owns it
    ("NATO is to be strengthened", "NATO's role in the North is to grow"), as a partner; else []."""
    subject = next((t for t in ctx.doc[start:ct] if t.dep_ in ("nsubj", "nsubjpass") and t.head.i >= ct), None)
    if subject is None:
        return []
    names = [t for t in (subject, *(c for c in subject.children if c.dep_ == "poss")) if t.i in ctx.spans]
    return [(partner_text(ctx.spans[t.i]), code_of(ctx.spans[t.i])) for t in names[:1]]


def _named_other(ctx: Context, i: int) -> bool:
    """Whether token ``i`` is in the name of a state or organization other than the documents' owners."""
    return i in ctx.spans and ctx.spans[i].kb_id_ not in {m.owner for m in ctx.mentions}


def _goal(words: list[str]) -> bool:
    """Whether a subject cue's words ("are to be diversified") state what its subject is to become or do."""
    if len(words) < 2:
        return False
    return words[0] in ("is", "are", "was", "were") and (words[1] in _GOAL_OPENERS or "sought" in words[1:3]) \
        or words[0] in _MODALS and words[1] in ("be", "to", "also")


def _subject_conjuncts(doc: Doc, start: int, ct: int, spans: dict[int, Span]) -> list[tuple[int, int]]:
    """The coordinated noun phrases of the subject in tokens [start, ct) of the cue at ``ct``, as the parse gives
    them ("A and its share of B" -> A, its share of B; "Lifestyle and society close the list", whose first word the
    parser may read as a name: no name opens it), else []."""
    subject = next((t for t in doc[start:ct] if t.dep_ in ("nsubj", "nsubjpass") and t.head.i >= ct), None)
    if subject is None and doc[start].pos_ == "NOUN" and doc[start].dep_ == "conj":  # a series the parser hangs on
        subject = doc[start]  # the clause before (:func:`_series_start`)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return []
    heads = [subject, *conjuncts(subject)]
    if subject.pos_ == "PROPN" and not (subject.i == start and start not in spans and len(heads) > 1
                                        and all(t.pos_ == "NOUN" for t in heads[1:])):
        return []
    return conjunct_ranges(doc, heads, start, ct)


def _relation_subjects(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """The relation phrases of a coordinated subject in tokens [start, end), each with its own "with" ("the
    strategic partnership with A and the comprehensive partnership with B"), else []."""
    ranges = split_series(ctx.doc, start, end, ctx.spans, relation_nouns=ctx.lexicon.relation_nouns)
    return ranges if all(with_token(ctx.doc, s, e) >= 0 for s, e in ranges) else []


def _relation_with(ctx: Context, item: Item) -> bool:
    """Whether the item opens with a relation and its partner ("the dialogue with Mexico ...")."""
    w = with_token(ctx.doc, item.start, item.end)
    return w > 0 and _relation_head(ctx.doc[item.start:w], ctx.lexicon.relation_nouns)


def _relation_head(phrase: Span, relation_nouns: frozenset[str]) -> bool:
    """Whether the phrase's head noun is a relation ("Participation in the EAEU", "membership of the CSTO")."""
    heads = [t for t in phrase if not phrase.start <= t.head.i < phrase.end or t.head.i == t.i]
    return bool(heads) and heads[0].lower_ in relation_nouns


def _with_basis(ctx: Context, item: Item, start: int, end: int) -> Item:
    """"Relations with X will be developed on the basis of constructive dialogue": the basis the cue's verb gives the
    relation (tokens [start, end) after the cue) is part of it: "Relations on the basis of constructive dialogue"."""
    words = [t.lower_ for t in ctx.doc[start:end]]
    at = next((k for k in range(len(words) - 3) if words[k:k + 3] == ["on", "the", "basis"]), -1)
    if at < 0 or start + at + 4 >= end or words[at + 3] != "of":
        return item
    basis = ctx.doc[start + at: truncate(ctx.doc, start + at + 4, end)].text
    if basis not in item.relation:  # a relation that holds its clause (courses.py) holds its basis
        item.relation = f"{item.relation} {basis}"
    return item


def _partner_items(ctx: Context, sent: Span, match: re.Match[str], document: int) -> list[Item]:
    """"names A, B and the Nordic neighbours as its most important partners": the names and unnamed groups of the
    series, with the rating noun and its "of" complement as the relation ("two pillars of Polish security" ->
    "pillars of Polish security")."""
    doc = ctx.doc
    s = tok(ctx, sent.start_char + match.start("names"))
    e = tok(ctx, sent.start_char + match.end("names"))
    names = named_spans(doc, ctx.spans, s, e)
    if not names:
        return []
    partners = partners_after_with(doc, s - 1, e, ctx.spans, ctx.lexicon) or \
        [(partner_text(n), code_of(n)) for n in names]
    start, end = tok(ctx, sent.start_char + match.start()), tok(ctx, sent.start_char + match.end())
    if match.start("names") == match.start():  # "X is named as a key partner": the item starts at the name
        start = names[0].start
    words = [w for w in match.group(0).split()[-2:] if w.lower() not in _NUMBERS]
    noun = doc[end - 1]
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
    if of is not None and of.right_edge.i < sent.end:  # "pillars of Polish security"
        words = [*words, doc[end:of.right_edge.i + 1].text]
    return [Item(start, end, document, partners, clean_relation(" ".join(words), ctx.lexicon))]


def _among_items(ctx: Context, sent: Span, match: re.Match[str], document: int) -> list[Item]:
    """"listed A, B and C among the most urgent tasks": the series between the verb and "among"; not a phrase that
    names the list ("has put four priorities at the centre of its presidency: ...": the list follows), a negated verb's
    ("does not put oil among its priorities"), nor a rank without a noun ("is listed first among its tasks")."""
    verb = ctx.doc[tok(ctx, sent.start_char + match.start())]
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    start = tok(ctx, sent.start_char + match.start("items"))
    end = tok(ctx, sent.start_char + match.end("items"))
    ranges = split_series(ctx.doc, start, end, ctx.spans, relation_nouns=ctx.lexicon.relation_nouns)
    ranges += followed_by(ctx.doc, tok(ctx, sent.start_char + match.end()), sent.end, ctx.spans,
                          ctx.lexicon.relation_nouns)
    items = [with_item(ctx, s, e, document) for s, e in ranges if not _names_a_list(ctx, s, e)
             and any(t.pos_ in ("NOUN", "PROPN", "VERB", "PRON") for t in ctx.doc[s:e])]
    for item in items:  # "puts the EU at the centre of everything": a name's relation is the place it is given
        if item.end <= end and item.partners and names_only(ctx.doc, ctx.spans, item.start, item.end):
            item.relation = _rating(ctx, end, tok(ctx, sent.start_char + match.end()), sent.end) or item.relation
    return items


def _rating(ctx: Context, start: int, end: int, stop: int) -> str:
    """The place a cue gives its items, tokens [start, end) after them, with its "of" or "among" complement (up to
    ``stop``): "at the centre of everything", "first among Namibia's circles of engagement"."""
    nxt = ctx.doc[end] if end < stop else None
    if nxt is not None and nxt.lower_ in ("of", "among"):
        end = truncate(ctx.doc, end, min(nxt.right_edge.i + 1, stop))
    return clean_relation(ctx.doc[start:end].text, ctx.lexicon)


def _window(ctx: Context, sent: Span) -> tuple[str, str]:
    """The text the cues of ``sent`` read (a cue may look past its sentence: ": \n1.") and its lower case, once per
    sentence (kept in ``ctx.windows``: every cue of the sentence reads them)."""
    key = (sent.start_char, sent.end_char)
    found = ctx.windows.get(key)
    if found is None:
        window = ctx.text[key[0]: key[1] + _LOOKAHEAD]
        found = ctx.windows[key] = (window, window.lower())
    return found


def cue_items(ctx: Context, sent: Span, sent_text: str, cue: Cue, has_mention: bool) -> list[Item]:
    """The items ``cue`` introduces in ``sent`` (a weak cue only in a sentence about a document; a relation's future
    course in any sentence of a paragraph about one: "..., while relations with X will keep developing"). The caller
    passes only cues that may match the sentence (:mod:`.sentence_cues`)."""
    if not (cue.strong or has_mention or cue.mode == "relation"):
        return []
    items: list[Item] = []
    window, lower = _window(ctx, sent)
    for m in cue.finditer(window, lower):  # (tried only where the pattern can start)
        if m.end() > len(sent_text):
            break
        pos = sent.start_char + m.start()
        document = document_at(ctx, sent, tok(ctx, pos))
        if document < 0:
            continue
        absolute = _absolute_items(ctx, sent, pos, document) if cue.mode == "list" else None
        if absolute is not None:  # "..., with X singled out as Y": X, not Y
            items += absolute
        elif cue.mode == "list" and not _gapped_relative(ctx, pos, sent.start_char + m.end()):
            items += _list_items(ctx, sent, pos, sent.start_char + m.end(), document)
        elif cue.mode == "subject":
            found = _subject_item(ctx, sent, pos, sent.start_char + m.end(), document)
            items += found + (_ranked_after(ctx, sent, m, document) if found else []) \
                + _ranked_with(ctx, sent, m, document)
        elif cue.mode == "relation":  # "ties with X will be raised", not "Mongolia will keep developing ties"
            items += [_with_basis(ctx, i, tok(ctx, sent.start_char + m.end()), sent.end)
                      for i in _subject_item(ctx, sent, pos, sent.start_char + m.end(), document)
                      if i.partners and _relation_with(ctx, i)]
        elif cue.mode == "partners":
            items += _partner_items(ctx, sent, m, document)
        elif cue.mode == "among":
            items += _among_items(ctx, sent, m, document)
    return items
