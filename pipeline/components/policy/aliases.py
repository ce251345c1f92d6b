"""Stage 2 helper for pipeline_policy: a document's other names, and where the text uses them.

A document named once in full is often named again by a shorter name the text gives it: the acronym in brackets
after its name ("Saint Lucia's National Adaptation Plan (NAP) ... The NAP identifies ...") or the name a document
noun stands in apposition to ("Extended Monaco, the digital transition programme ... Extended Monaco is supposed
to attract start-ups"). Each later use of that name is a mention of the document (:mod:`.mentions`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...acronyms import is_acronym_key
from ...doctext import doc_text

# what may stand between a document's name and the brackets of its acronym: its period ("Plan 2020-2035 (NSDP)")
_ACRONYM_DEFINED = re.compile(r"(?:\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?)?"
                              r"\s+\((?P<short>[A-Z][A-Za-z0-9-]{1,11})\)")
_NAME_TOKENS = 5  # at most this many tokens in a name a document noun stands in apposition to
_ENTITY_SPANS = ("countries", "persons", "organizations")  # a name that is one of these names no document


def defined_acronym(doc: Doc, start: int, end: int) -> str:
    """The acronym in brackets right after the name at tokens [start, end) ("National Adaptation Plan (NAP)",
    "Ninth National Development Plan (NDP-9)"), or ''; none for a name an organization span holds ("the United Nations
    Development Programme (UNDP)": an organization's)."""
    organizations = doc.spans.get("organizations", ())
    if any(s.start < end and start < s.end for s in organizations):
        return ""
    last = doc[end - 1]
    found = _ACRONYM_DEFINED.match(doc_text(doc), last.idx + len(last))
    return found.group("short") if found and is_acronym_key(found.group("short")) else ""


def apposed_name(noun: Token) -> tuple[int, int] | None:
    """The capitalised name a document noun stands in apposition to, after a comma: "Extended Monaco, the digital
    transition programme that ..." -> the tokens of "Extended Monaco"; None when there is none, or when the name is
    only a country's, a person's or an organization's ("Monaco, the principality's programme")."""
    if noun.dep_ != "appos" or noun.head.i >= noun.i or noun.head.pos_ != "PROPN":
        return None
    doc, name = noun.doc, noun.head
    comma = next((t.i for t in doc[name.i + 1:noun.i] if t.text == ","), None)
    if comma is None:
        return None
    start = name.left_edge.i
    while start < name.i and doc[start].lower_ == "the":
        start += 1
    words = doc[start:comma]
    if not 1 <= len(words) <= _NAME_TOKENS or not words[0].text[:1].isupper() or any(
            not (t.text[:1].isupper() or t.like_num or t.text == "-") for t in words):
        return None
    if any(s.start <= start and comma <= s.end for key in _ENTITY_SPANS for s in doc.spans.get(key, ())):
        return None
    return start, comma


def uses(doc: Doc, name: str, taken: set[int]) -> list[tuple[int, int]]:
    """The token ranges where ``name`` stands as a name of its own: not inside a longer word or name ("the NAP
    Global Network"), not in brackets (where it is defined), and on no token of ``taken``."""
    out = []
    for found in re.finditer(rf"(?<![\w(-]){re.escape(name)}(?![\w)-])", doc_text(doc)):
        span = doc.char_span(found.start(), found.end())
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.is_alpha:
            continue
        out.append((span.start, span.end))
    return out
