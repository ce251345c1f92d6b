"""Stage 2 helper for pipeline_policy: find the priority phrases of each document in its paragraphs."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

from ...doctext import doc_text, paragraphs
from .documents import Mention
from .lexicon import Cue, PolicyLexicon
from .lists import bullet_items, split_series, truncate
from .partners import (
    clean_relation,
    code_of,
    named_spans,
    partner_text,
    partners_after_with,
    relation_start,
    with_token,
)

_QUOTES = re.compile(r"“([^”]{10,}?)”|\"([^\"]{10,}?)\"|«([^»]{10,}?)»|‘(.{10,}?)[’'](?=[\s,.;:!?—–-]|$)", re.S)
# "It also seeks to ...", "Its first priority is ...", "Second, it calls for ...": the sentence continues the
# previous one's document, so weak cues count as if the document were named.
_PRONOUN_OPENER = re.compile(
    r"^\W*(?:(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|lastly|next|then|also|"
    r"in addition|moreover|furthermore|besides|at the same time)\b,?\s*)?(?:it|its|they|their)\b", re.I)
_BOUNDARY = {",", ";", ":", "that", "which", "but", "“", "‘", '"', "«"}


@dataclass
class Item:
    """One priority phrase: tokens [start, end) of the doc, for document ``document``."""

    start: int
    end: int
    document: int
    partners: list[tuple[str, str]] = field(default_factory=list)
    relation: str = ""


@dataclass
class _Context:
    doc: Doc
    lexicon: PolicyLexicon
    spans: dict[int, Span]  # token -> country/organization span
    mentions: list[Mention]
    text: str = ""  # doc.text, built once
    starts: list[int] = field(default_factory=list)  # character offset of each token


def _in_scope(ctx: _Context) -> list[tuple[int, int]]:
    """Paragraphs that mention a document, and the paragraphs that continue them ("Apart from it, ...")."""
    text, out, prev = ctx.text, [], False
    starts = [ctx.doc[m.start].idx for m in ctx.mentions]
    for start, end in paragraphs(text):
        has = any(start <= s < end for s in starts)
        opener = text[start:end].lstrip(" \t\n\u00a0\"“‘'«").lower()
        cont = prev and any(opener.startswith(c + " ") or opener.startswith(c + ",") for c in ctx.lexicon.continuation_markers)
        if has or cont:
            out.append((start, end))
        prev = has or cont
    return out


def _document_at(ctx: _Context, sent: Span, pos: int) -> int:
    inside = [m for m in ctx.mentions if sent.start <= m.start < sent.end]
    before = [m for m in inside if m.start <= pos] or inside[:1] or [m for m in ctx.mentions if m.start <= pos][-1:]
    return before[-1].document if before else -1


def _tok(ctx: _Context, char: int) -> int:
    """Index of the first token starting at or after ``char``."""
    return bisect_left(ctx.starts, char)


def _with_item(ctx: _Context, start: int, end: int, document: int) -> Item:
    w = with_token(ctx.doc, start, end)
    if w >= 0:
        partners = partners_after_with(ctx.doc, w, end, ctx.spans, ctx.lexicon)
    else:  # "promotion of peace in Afghanistan", "integration within ECOWAS": the names the item mentions
        partners = list(dict.fromkeys((partner_text(n), code_of(n)) for n in named_spans(ctx.doc, ctx.spans, start, end)))
    if partners and w >= 0:
        relation = clean_relation(ctx.doc[start:w].text, ctx.lexicon, processes=True)
    else:
        relation = clean_relation(ctx.doc[start:end].text, ctx.lexicon)
    return Item(start, end, document, partners, relation)


def _colon_after(text: str, cue_end: int, sent_end: int) -> int:
    """Position after the ":" that ends the cue's clause ("... are as follows:"), or -1."""
    if text[cue_end - 1: cue_end] == ":":
        return cue_end
    m = re.match(r"[^:.;!?\n]{0,60}:", text[cue_end: sent_end + 1])
    return cue_end + m.end() if m else -1


def _list_items(ctx: _Context, sent: Span, cue_end: int, document: int) -> list[Item]:
    doc = ctx.doc
    colon = _colon_after(ctx.text, cue_end, sent.end_char)
    if colon > 0:
        ranges = bullet_items(ctx.text, colon)
        items = []
        for s, e in ranges:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                items.append(_with_item(ctx, span.start, truncate(doc, span.start, span.end), document))
        if items:
            return items
    start = _tok(ctx, cue_end)
    return [_with_item(ctx, s, e, document) for s, e in split_series(doc, start, sent.end, ctx.spans, relation_nouns=ctx.lexicon.relation_nouns)]


def _subject_item(ctx: _Context, sent: Span, cue_start: int, cue_end: int, document: int) -> list[Item]:
    doc = ctx.doc
    ct = _tok(ctx, cue_start)
    b = ct
    while b - 1 >= sent.start and doc[b - 1].lower_ not in _BOUNDARY:
        b -= 1
    end = _tok(ctx, cue_end)
    while end < sent.end and doc[end].text not in (",", ";") and not (doc[end].is_punct and end == sent.end - 1):
        end += 1
    end = truncate(doc, ct, end)
    if ct - b < 2:
        return []
    item = _with_item(ctx, b, end, document)
    w = with_token(doc, b, ct)
    if w < 0:
        item.partners = []
        head = [t for t in doc[b:ct] if t.lower_ in ctx.lexicon.group_nouns and "of" not in [x.lower_ for x in doc[b:t.i]]]
        if head:
            item.partners = [(clean_relation(doc[b:ct].text, ctx.lexicon), "")]
        item.relation = clean_relation(doc[b:end].text, ctx.lexicon)
    return [item]


def _partner_items(ctx: _Context, sent: Span, match: re.Match[str], document: int) -> list[Item]:
    doc = ctx.doc
    s = _tok(ctx, sent.start_char + match.start("names"))
    e = _tok(ctx, sent.start_char + match.end("names"))
    names = named_spans(doc, ctx.spans, s, e)
    if not names:
        return []
    start, end = _tok(ctx, sent.start_char + match.start()), _tok(ctx, sent.start_char + match.end())
    if match.start("names") == match.start():  # "X is named as a key partner": the item starts at the name
        start = names[0].start
    relation = clean_relation(" ".join(match.group(0).split()[-2:]), ctx.lexicon)
    return [Item(start, end, document, [(partner_text(n), code_of(n)) for n in names], relation)]


def _cue_items(ctx: _Context, sent: Span, sent_text: str, cue: Cue, has_mention: bool, lower: str) -> list[Item]:
    if not (cue.strong or has_mention) or not cue.may_match(sent_text, lower):
        return []
    items: list[Item] = []
    for m in cue.pattern.finditer(sent_text):
        pos = sent.start_char + m.start()
        document = _document_at(ctx, sent, _tok(ctx, pos))
        if document < 0:
            continue
        if cue.mode == "list":
            items += _list_items(ctx, sent, sent.start_char + m.end(), document)
        elif cue.mode == "subject":
            items += _subject_item(ctx, sent, pos, sent.start_char + m.end(), document)
        elif cue.mode == "partners":
            items += _partner_items(ctx, sent, m, document)
    return items


def _relation_items(ctx: _Context, sent: Span, covered: set[int]) -> list[Item]:
    doc, items = ctx.doc, []
    for t in sent:
        if t.lower_ != "with" or t.i in covered:
            continue
        start = relation_start(doc, t.i, ctx.lexicon)
        if start < 0:
            continue
        document = _document_at(ctx, sent, t.i)
        stop = next((k.i for k in doc[t.i: sent.end] if k.text == ";" or "\n" in k.text), sent.end)
        end = truncate(doc, t.i, stop)
        item = _with_item(ctx, start, end, document)
        if document >= 0 and item.partners:
            items.append(item)
    return items


def _quote_items(ctx: _Context, scope: list[tuple[int, int]]) -> list[Item]:
    """Sentences of a quotation attributed to the document itself ('"...," the document's authors promise')."""
    doc, items = ctx.doc, []
    mention_chars = {doc[m.start].idx: m for m in ctx.mentions}
    for q in _QUOTES.finditer(ctx.text):
        if not any(s <= q.start() < e for s, e in scope):
            continue
        tail = re.split(r"[.!?\n]", ctx.text[q.end(): q.end() + 100])[0]
        ms = [m for c, m in mention_chars.items() if q.end() <= c < q.end() + len(tail)]
        if not ms:
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


def find_items(doc: Doc, mentions: list[Mention], lexicon: PolicyLexicon, spans: dict[int, Span]) -> list[Item]:
    """Every priority phrase of the documents mentioned in ``doc``, in text order."""
    ctx = _Context(doc, lexicon, spans, [m for m in mentions if m.document >= 0])
    if not ctx.mentions:
        return []
    ctx.text = doc_text(doc)
    ctx.starts = doc.to_array(IDX).tolist()
    scope = _in_scope(ctx)
    text_lower = ctx.text.lower()
    cues = [cue for cue in lexicon.cues if cue.may_occur(ctx.text, text_lower)]  # the rest match no sentence
    items: list[Item] = []
    covered: set[int] = set()
    linked = False  # the previous sentence is about a document (named it, or continued it with "it")
    for sent in doc.sents:
        if not any(s <= sent.start_char < e for s, e in scope):
            linked = False
            continue
        has_mention = any(sent.start <= m.start < sent.end for m in ctx.mentions)
        sent_text = ctx.text[sent.start_char: sent.end_char]
        has_mention = has_mention or (linked and bool(_PRONOUN_OPENER.match(sent_text)))
        linked = has_mention
        found: list[Item] = []
        lower = sent_text.lower()
        for cue in cues:
            found += [i for i in _cue_items(ctx, sent, sent_text, cue, has_mention, lower)
                      if not any(i.start < f.end and f.start < i.end for f in found)]
        found = [i for i in found if not any(k in covered for k in range(i.start, i.end))]
        covered.update(k for i in found for k in range(i.start, i.end))
        items += found + _relation_items(ctx, sent, covered)
    quoted = [i for i in _quote_items(ctx, scope) if not any(i.start < f.end and f.start < i.end for f in items)]
    return sorted(items + quoted, key=lambda i: i.start)
