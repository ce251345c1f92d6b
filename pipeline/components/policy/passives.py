"""Stage 2 helper for pipeline_policy: a relation's course stated in the passive, read from the parse.

"Bilateral cooperation will be concentrated on A, B and C", "regional support will be channelled through X and Y",
"Defence ties are to be focused on Z": the subject is a relation (relation_nouns, flow_nouns), the verb a future
passive, the partners the names its prepositional phrases govern. And what the document asks of its partners or of
the state's own posts (request_verbs.txt): "Partners are asked to align their programmes with its four pillars",
"Missions are expected to attract investment and open new markets" (:func:`request_items`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .candidates import with_dep
from .clauses import conjuncts
from .item_ends import truncate
from .items import Context, Item, document_at, with_item
from .partners import clean_relation, code_of, named_spans, partner_text

_FUTURE = {"will", "would", "shall"}
_CONTRASTS = {"than", "of"}  # "rather than run ...", "instead of running ...": no predicate asked for
_INSTEAD = {"rather", "instead"}  # where what is asked for ends


def _future_passive(verb: Token) -> bool:
    """"will be concentrated", "is to be channelled": a passive participle with a future auxiliary or "is to"."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    future = any(a.lower_ in _FUTURE for a in aux) or any(a.lower_ == "to" for a in aux)
    return verb.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in aux) and future \
        and not any(c.dep_ == "neg" for c in verb.children)


def passive_items(ctx: Context, sent: Span) -> list[Item]:
    """The items of the passive relation clauses of ``sent`` (a sentence about a document)."""
    out: list[Item] = []
    nouns = ctx.lexicon.relation_nouns | ctx.lexicon.flow_nouns
    for subject in with_dep(sent, "nsubjpass"):
        verb = subject.head
        if subject.lemma_.lower() not in nouns or not _future_passive(verb):
            continue
        preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
        names = [n for p in preps for n in named_spans(ctx.doc, ctx.spans, p.i, p.right_edge.i + 1)]
        if not names:
            continue
        document = document_at(ctx, sent, subject.i)
        if document < 0:
            continue
        start, end = subject.left_edge.i, max(p.right_edge.i for p in preps) + 1
        relation = clean_relation(ctx.doc[start:subject.i + 1].text, ctx.lexicon)
        partners = list(dict.fromkeys((partner_text(n), code_of(n)) for n in names))
        out.append(Item(start, end, document, partners, relation))
    return out + request_items(ctx, sent)


def request_items(ctx: Context, sent: Span) -> list[Item]:
    """What a passive verb of request asks its subject to do, one item per infinitive ("Missions are expected to
    attract investment, open new markets and promote tourism" -> three); the subject a partner group ("Partners",
    "Development partners"), named partners ("Partners such as the World Bank and China") or the state's own posts
    (presence_nouns: "Missions", "Embassies", no partner); not a negated verb, nor another subject ("The cabinet is
    expected to approve the text"), nor the government (government_nouns: "The government is expected to revise
    it")."""
    out: list[Item] = []
    lex = ctx.lexicon
    for subject in with_dep(sent, "nsubjpass"):
        verb = subject.head
        infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                           and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)), None)
        own = subject.lower_ in lex.presence_nouns
        if verb.lemma_.lower() not in lex.request_verbs or infinitive is None or not verb.tag_ == "VBN" \
                or any(c.dep_ == "neg" for c in verb.children) or not (own or subject.lower_ in lex.group_nouns) \
                or subject.lemma_.lower() in lex.government_nouns:  # "The government is expected to revise it"
            continue
        document = document_at(ctx, sent, subject.i)
        if document < 0:
            continue
        names = named_spans(ctx.doc, ctx.spans, subject.left_edge.i, subject.right_edge.i + 1)
        first = next(t.i for t in ctx.doc[subject.left_edge.i:subject.i + 1] if t.pos_ not in ("DET", "PUNCT")
                     and not t.is_punct)  # "• Partners", "The partners"
        partners = [] if own else list(dict.fromkeys((partner_text(n), code_of(n)) for n in names)) or [
            (ctx.doc[first:subject.i + 1].text, "")]
        for start, end in _predicates(sent, infinitive):
            item = with_item(ctx, start, end, document)
            item.partners = partners
            out.append(item)
    return out


def _predicates(sent: Span, verb: Token) -> list[tuple[int, int]]:
    """Token ranges of ``verb``'s predicate and of the verbs coordinated with it ("attract investment, open new
    markets and promote tourism"), each up to the next; not the parts of a hyphenated verb ("co-finance"), nor what
    it is instead of ("align their programmes rather than run parallel projects")."""
    doc = sent.doc
    heads = [verb]
    for c in conjuncts(verb):
        if c.pos_ != "VERB" or c.i >= sent.end or doc[c.i - 1].text == "-":
            continue
        if doc[c.i - 1].lower_ in _CONTRASTS:
            break
        heads.append(c)
    right = verb.right_edge.i + 1
    while right + 1 < sent.end and doc[right].text == "-":  # "co-finance", which the parser splits into three verbs
        right = doc[right + 1].right_edge.i + 1
    last = next((t.i for t in doc[verb.i:right] if t.lower_ in _INSTEAD), right)
    out = []
    for k, head in enumerate(heads):
        end = heads[k + 1].i if k + 1 < len(heads) else min(last, sent.end)
        while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "aux")):
            end -= 1  # "attract investment and to open markets": not "and to"
        out.append((head.i, truncate(doc, head.i, end)))
    return out
