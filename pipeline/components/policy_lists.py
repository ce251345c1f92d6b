"""Stage 2 helper for pipeline_policy: split a list of priorities into items (series, bullets, numbers)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .policy_partners import named_spans

_BULLET = re.compile(r"^[ \t]*(?:[-•*–·▪]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]+\))[ \t]+(?P<item>\S.*)$", re.M)
_APPOSITION = {"–", "—", "including", "notably", "namely", ":"}
_CLOSING_QUOTES = {"’", "”", '"', "»", "’,", "”,"}
_ITEM_END = {"in order", "so as", "at a time", "although", "while", "whereas", "because", "which"}


def bullet_items(text: str, start: int) -> list[tuple[int, int]]:
    """Character ranges of the bullet/numbered lines that follow position ``start`` (a cue ending in ":").

    "priorities:\\n1. a strategic partnership with Mongolia;\\n2) ..." -> one range per line, marker and
    final ";" "," "." excluded. Inline lists ("priorities: 1) ...; 2) ...") are split on their markers.
    """
    rest = text[start:]
    nl = rest.find("\n")
    inline = rest[: nl if nl >= 0 else len(rest)]
    if re.search(r"\(?\b(?:1|a)[.)]\s", inline):
        out = []
        parts = list(re.finditer(r"\(?\b(?:\d{1,2}|[a-z])\)\s*|\b\d{1,2}\.\s+", inline))
        for k, m in enumerate(parts):
            end = parts[k + 1].start() if k + 1 < len(parts) else len(inline)
            out.append(_trim(text, start + m.end(), start + end))
        return [r for r in out if r[1] > r[0]]
    if nl < 0 or inline.strip():
        return []
    out, pos = [], start + nl + 1
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        m = _BULLET.match(text[pos:line_end])
        if m:
            out.append(_trim(text, pos + m.start("item"), line_end))
        elif text[pos:line_end].strip() or out:
            break
        pos = line_end + 1
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t;,.\n":
        end -= 1
    if text[start:end].lower().startswith("and "):
        start += 4
    return start, end


def truncate(doc: Doc, start: int, end: int) -> int:
    """End of an item before a purpose or subordinate clause ("... in order to ...", "at a time when")."""
    for t in doc[start:end]:
        two = f"{t.lower_} {t.nbor().lower_}" if t.i + 1 < len(doc) else t.lower_
        three = f"{two} {doc[t.i + 2].lower_}" if t.i + 2 < len(doc) else two
        if t.i > start and (t.text in _CLOSING_QUOTES or t.lower_ in _ITEM_END or two in _ITEM_END or three in _ITEM_END):
            end = t.i
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in ("and", "or")):
        end -= 1
    return end


def _style(tok) -> str:
    if tok.tag_ == "VBG":
        return "ing"
    if tok.lower_ == "to" or tok.tag_ == "VB":
        return "inf"
    return "np"


def _starts_item(tok, style: str) -> bool:
    if style == "ing":
        return tok.tag_ == "VBG"
    if style == "inf":
        return tok.lower_ == "to" or tok.tag_ == "VB"
    return True


def split_series(doc: Doc, start: int, end: int, spans: dict[int, Span]) -> list[tuple[int, int]]:
    """Token ranges of the items of a series: "A, B; C, as well as D and E".

    Commas between adjectives, and the names after a dash or "including", stay inside their item;
    "and" splits only between items of the same form ("strengthening X and protecting Y").
    """
    while start < end and (doc[start].is_punct or doc[start].lower_ in ("there", "is", "are", "and")):
        start += 1
    end = truncate(doc, start, end)
    if start >= end:
        return []
    style = _style(doc[start])
    cuts: list[tuple[int, int]] = []  # (end of previous item, start of next)
    protected = False
    i = start
    while i < end:
        t = doc[i]
        if t.text in ("–", "—") or t.lower_ in _APPOSITION or (t.lower_ == "such" and i + 1 < end and doc[i + 1].lower_ == "as"):
            protected = not protected if t.text in ("–", "—") else True
        elif t.text == ";":
            protected = False
            cuts.append((i, i + 1))
        elif not protected and t.text == ",":
            nxt = i + 1
            if nxt < end and doc[nxt].lower_ == "as" and doc[nxt: nxt + 3].text.lower() == "as well as":
                cuts.append((i, nxt + 3))
                i = nxt + 3
                continue
            prev_adj = i > start and doc[i - 1].pos_ == "ADJ"
            if nxt < end and not (prev_adj and doc[nxt].pos_ in ("ADJ", "ADV")) and _starts_item(doc[nxt], style):
                cuts.append((i, nxt))
        elif not protected and t.lower_ == "as" and doc[i: i + 3].text.lower() == "as well as":
            cuts.append((i, i + 3))
            i += 3
            continue
        elif not protected and t.lower_ == "and" and i + 1 < end and style != "np" and _starts_item(doc[i + 1], style):
            cuts.append((i, i + 1))
        i += 1
    items, s = [], start
    for e, nxt in cuts:
        items.append((s, e))
        s = nxt
    items.append((s, end))
    merged: list[tuple[int, int]] = []
    for s, e in items:
        while s < e and doc[s].lower_ in ("and", "or"):
            s += 1
        if s >= e:
            continue
        if merged and _names_only(doc, spans, s, e):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return [(s, truncate(doc, s, e)) for s, e in merged if truncate(doc, s, e) > s]


def _names_only(doc: Doc, spans: dict[int, Span], start: int, end: int) -> bool:
    named = {i for s in named_spans(doc, spans, start, end) for i in range(s.start, s.end)}
    return bool(named) and all(i in named or doc[i].pos_ in ("DET", "CCONJ", "PUNCT") for i in range(start, end))
