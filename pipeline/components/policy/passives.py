"""Stage 2 helper for pipeline_policy: a relation's course stated in the passive, read from the parse.

"Bilateral cooperation will be concentrated on A, B and C", "regional support will be channelled through X and Y",
"Defence ties are to be focused on Z": the subject is a relation (relation_nouns, flow_nouns), the verb a future
passive, the partners the names its prepositional phrases govern.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .candidates import with_dep
from .items import Context, Item, document_at
from .partners import clean_relation, code_of, named_spans, partner_text

_FUTURE = {"will", "would", "shall"}


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
    return out
