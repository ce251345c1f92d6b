"""Stage 2 helper for pipeline_policy: the partners and relation of one priority phrase."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .policy_lexicon import PolicyLexicon

_DETS = {"the", "a", "an", "its", "their", "this", "these", "to", "our", "his", "her"}
_SUBORDINATORS = {"when", "while", "although", "though", "whereas", "because", "unless", "if"}
_GROUP_STOP_ADP = {"on", "at", "in", "for", "to", "within", "through", "under", "based", "by", "from", "as"}


def named_spans(doc: Doc, spans: dict[int, Span], start: int, end: int) -> list[Span]:
    """Country/organization spans (and bare acronyms) inside tokens [start, end), not used as modifiers.

    "with the European Union and EU member states" -> [European Union] ("EU" modifies "member states").
    """
    out: list[Span] = []
    i = start
    while i < end:
        span = spans.get(i)
        if span is None and doc[i].is_upper and doc[i].is_alpha and 2 <= len(doc[i]) <= 6:
            span = doc[i: i + 1]
        if span is not None and span.end <= end:
            nxt = doc[span.end] if span.end < len(doc) else None
            if not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and (nxt.is_lower or nxt.i not in spans)
                    and not nxt.is_upper):
                out.append(span)
            i = span.end
        else:
            i += 1
    return out


def code_of(span: Span) -> str:
    """ISO3 or organization key of a span (an unknown acronym is its own code)."""
    if span.kb_id_:
        return span.kb_id_
    return span.text if span.text.isupper() else ""


def partner_text(span: Span) -> str:
    words = span.text.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() == "the" else span.text


def group_partner(doc: Doc, start: int, end: int, lexicon: PolicyLexicon) -> str:
    """An unnamed partner group right after "with": "with Central Asian states, ..." -> "Central Asian states"."""
    i = start
    while i < end and doc[i].lower_ in _DETS:
        i += 1
    j, has_noun = i, False
    while j < end:
        t = doc[j]
        if t.is_punct or t.pos_ in ("VERB", "AUX", "CCONJ", "PRON") or t.lower_ in _GROUP_STOP_ADP:
            break
        has_noun = has_noun or t.pos_ in ("NOUN", "PROPN")
        j += 1
    return doc[i:j].text if has_noun else ""


def with_token(doc: Doc, start: int, end: int) -> int:
    """The first "with" of tokens [start, end) that follows a noun or verb (-1 if none)."""
    for t in doc[start:end]:
        if t.lower_ == "with" and t.i > start:
            return t.i
    return -1


def partners_after_with(doc: Doc, w: int, end: int, spans: dict[int, Span], lexicon: PolicyLexicon) -> list[tuple[str, str]]:
    """(partner, code) pairs named after the "with" at token ``w`` (up to a verb or ``end``)."""
    stop = w + 1
    while stop < end and doc[stop].pos_ not in ("VERB", "AUX"):
        stop += 1
    named = named_spans(doc, spans, w + 1, stop)
    if named:
        out, seen = [], set()
        for s in named:
            key = code_of(s) or s.text.lower()
            if key not in seen:
                seen.add(key)
                out.append((partner_text(s), code_of(s)))
        return out
    group = group_partner(doc, w + 1, stop, lexicon)
    return [(group, "")] if group else []


def clean_relation(text: str, lexicon: PolicyLexicon) -> str:
    """Drop determiners and process prefixes: "the further development of alliance relations" -> "alliance relations"."""
    words = text.strip(" ,;:–—-\"'“”‘’").split()
    while words and words[0].lower() in _DETS | {"and", "also"}:
        words = words[1:]
    low = " ".join(words).lower()
    for prefix in lexicon.strip_prefixes:
        if low.startswith(prefix + " ") and len(words) > len(prefix.split()):
            words = words[len(prefix.split()):]
            break
    return " ".join(words)


def relation_start(doc: Doc, w: int, lexicon: PolicyLexicon) -> int:
    """Left edge of the relation phrase ending before the "with" at ``w`` (-1 when no relation noun heads it).

    "Bishkek intends to establish diplomatic relations with ..." -> the token "to".
    """
    head = doc[w - 1] if w > 0 else None
    if head is None or (head.lower_ not in lexicon.relation_nouns and head.lemma_.lower() not in lexicon.relation_nouns):
        return -1
    sent_start = head.sent.start
    j = w - 1
    while j - 1 >= sent_start:
        t = doc[j - 1]
        if t.pos_ in ("ADJ", "NOUN", "NUM") or t.lower_ in ("and", "of", "further") or t.tag_ == "VBN":
            j -= 1
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
    if any(t.lower_ in _SUBORDINATORS for t in doc[max(sent_start, j - 8): j]):
        return -1
    return j
