"""Stage 2 helper for pipeline_policy: where a priority item ends (a purpose clause, a closing quotation mark, the
sentence's own attribution)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...sentences import sentence_of
from ..tokens import dep_id, words_of

_SPEECH_LEMMAS = {"say", "tell", "add", "note", "stress", "explain", "announce", "state", "declare"}
_CLOSING_QUOTES = {"’", "”", '"', "»", "’,", "”,"}
_ITEM_END = {"in order", "so as", "at a time", "although", "though", "while", "whereas", "because", "which", "where",
             "now that", "even though"}
_PHRASE_FIRST = {p.split()[0] for p in _ITEM_END if " " in p}  # a phrase of _ITEM_END starts with one of these
_PREP = dep_id("prep")
_QUOTE_FIRST = frozenset("\"'`«»‘’‚‛“”„‟‹›❮❯")  # the first characters of the forms spaCy flags is_quote


def truncate(doc: Doc, start: int, end: int) -> int:
    """End of an item before a purpose or subordinate clause ("... in order to ...", "at a time when", ", to which
    ..."), a closing quotation mark whose quotation opened before the item ('..., the authors promise') or the
    attribution that closes the sentence (", Foreign Minister X said on Monday")."""
    end = min(end, _attribution_start(doc, start, end))
    words = words_of(doc)
    lower, texts, n = words.lower, words.text, len(doc)
    pos, dep = words.pos, words.dep
    opened = 0  # quotations opened inside the item: 'a new era of "human security"' keeps its marks
    skip = -1  # the end of a relative clause set off between two partners
    for i in range(max(start, 0), min(end, n)):  # (callers never pass a negative start)
        low = lower[i]
        if i < skip:
            continue
        if low in ("which", "who") and i > start and (skip := _parenthetical_end(doc, start, i, end)) > 0:
            continue
        if texts[i][:1] in _QUOTE_FIRST and doc[i].is_quote and not _closes(doc[i]):
            opened += 1
            continue
        if i > start and texts[i] in _CLOSING_QUOTES and opened:
            opened -= 1
            continue
        if i > start + 1 and low == "but" and texts[i - 1] == ",":  # "supports A, but stops short of B"
            end = i
            break
        if i > start and (texts[i] in _CLOSING_QUOTES or low in _ITEM_END or _item_end_phrase(lower, i)
                          or _relative_preposition(pos, dep, lower, i)):
            end = i
            break
    is_punct, is_space = words.is_punct, words.is_space
    while end > start and (is_punct[end - 1] or is_space[end - 1] or lower[end - 1] in ("and", "or")
                           or _next_line_mark(texts, is_space, start, end - 1)) \
            and not _closes_bracket(texts, start, end - 1):
        end -= 1
    return end


def _next_line_mark(texts: list[str], is_space: list[int], start: int, i: int) -> bool:
    """Whether token ``i`` is the number that opens the next line of a numbered list ("... the Indian Ocean Tuna
    Commission.\n3. Aquaculture: ...": the parser ends the sentence after the "3"), not a number of the item."""
    return i > start and texts[i].isdigit() and len(texts[i]) <= 2 and bool(is_space[i - 1]) and "\n" in texts[i - 1]


def relative_clause_end(doc: Doc, i: int, end: int) -> int:
    """"with the United States, which has reopened engagement in the region, and with India": the end of the relative
    clause that the "which" or "who" at ``i`` opens after a comma, when ", and" follows it inside ``end`` (what the
    clause interrupts goes on after it), else -1."""
    verb = doc[i].head
    if doc[i].lower_ not in ("which", "who") or i == 0 or doc[i - 1].text != "," or verb.dep_ != "relcl" \
            or verb.i < i:
        return -1
    close = verb.right_edge.i + 1
    return close if close + 1 < end and doc[close].text == "," and doc[close + 1].lower_ == "and" else -1


def _parenthetical_end(doc: Doc, start: int, i: int, end: int) -> int:
    """:func:`relative_clause_end` when a preposition of tokens [start, i) follows its ", and" (the partners go on:
    "..., and with India"), else -1."""
    close = relative_clause_end(doc, i, end)
    return close if (close > 0 and close + 2 < end and doc[close + 2].pos_ == "ADP"
                     and any(t.lower_ == doc[close + 2].lower_ for t in doc[start:i])) else -1


def bracket_end(doc: Doc, start: int, end: int) -> int:
    """``end``, or one token further when a ")" there closes a "(" opened in tokens [start, end) ("cooperation within
    the Bucharest Nine (B9" ends after the bracket)."""
    texts = words_of(doc).text
    return end + 1 if end < len(doc) and _closes_bracket(texts, start, end) else end


def _closes_bracket(texts: list[str], start: int, i: int) -> bool:
    """Whether token ``i`` is a ")" that closes a "(" opened in tokens [start, i): "cooperation within the Bucharest
    Nine (B9)" keeps its bracket."""
    if texts[i] != ")":
        return False
    depth = 0
    for k in range(i - 1, start - 1, -1):
        depth += (texts[k] == ")") - (texts[k] == "(")
        if depth < 0:
            return True
    return False


def _item_end_phrase(lower: list[str], i: int) -> bool:
    """Whether a phrase of two or three words of ``_ITEM_END`` ("in order", "at a time") starts at token ``i``."""
    if lower[i] not in _PHRASE_FIRST:
        return False
    two = f"{lower[i]} {lower[i + 1]}" if i + 1 < len(lower) else lower[i]
    three = f"{two} {lower[i + 2]}" if i + 2 < len(lower) else two
    return two in _ITEM_END or three in _ITEM_END


def quotation_end(doc: Doc, start: int, end: int) -> int:
    """Where a quotation that opened before ``start`` closes inside tokens [start, end) ('we will work on three
    things: A, B and C," Vela told reporters' ends before the mark), else ``end``."""
    opened = 0
    words = words_of(doc)
    texts = words.text
    for t in (doc[i] for i in range(start, min(end, len(doc))) if texts[i][:1] in _QUOTE_FIRST):
        if not t.is_quote:
            continue
        if not _closes(t):
            opened += 1
        elif opened:
            opened -= 1
        else:
            end = t.i
            break
    while end > start and words.is_punct[end - 1]:
        end -= 1
    return end


def _attribution_start(doc: Doc, start: int, end: int) -> int:
    """Where the sentence's own speech verb and its subject begin inside tokens [start, end) ("..., the minister
    said"), else ``end``."""
    if start >= min(end, len(doc)):
        return end
    root = sentence_of(doc[start]).root
    if not (start < root.i < end and root.lemma_.lower() in _SPEECH_LEMMAS):
        return end
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    first = subject.left_edge.i if subject is not None and subject.i < root.i else root.i
    return first if first > start else end


def _closes(quote: Token) -> bool:
    """Whether a quotation mark closes a quotation: a closing mark, or a straight one that leans on the word
    before it ('era of "human security"' opens one at the first mark and closes it at the second)."""
    if quote.text in ("“", "‘", "«"):
        return False
    before = quote.doc[quote.i - 1] if quote.i > 0 else None
    return quote.text not in ('"', "'") or before is None or not before.whitespace_


def _relative_preposition(pos: list[str], dep: list[int], lower: list[str], i: int) -> bool:
    """", to which it has sent troops": a preposition (token ``i``) that opens a relative clause ends the item."""
    return (pos[i] == "ADP" or dep[i] == _PREP) and i + 1 < len(lower) and lower[i + 1] in ("which", "whom", "whose")


def participle_end(doc: Doc, start: int, end: int) -> int:
    """End of a series before a participle clause about the whole ("..., calling this consistent"), or before an
    adverbial phrase of the verb before it (", in his first remarks after taking office"); in a series of gerunds
    only a participle that refers back to it ("this", "it") closes it."""
    gerunds = doc[start].tag_ == "VBG"
    texts = words_of(doc).text
    for i in range(start + 1, min(end, len(doc))):
        if texts[i] != ",":  # (only a comma ends the series here)
            continue
        t = doc[i]
        nxt = doc[t.i + 1] if t.i + 1 < end else None
        if (t.text == "," and nxt is not None and nxt.pos_ == "ADP" and nxt.dep_ == "prep" and nxt.head.i < start
                and start > 0 and nxt.lower_ != doc[start - 1].lower_):
            return t.i
        if (t.text == "," and nxt is not None and nxt.tag_ == "VBG" and nxt.dep_ == "advcl"
                and not start <= nxt.head.i < end
                and (not gerunds or nxt.i + 1 < end and doc[nxt.i + 1].lower_ in ("this", "it", "that"))):
            return t.i
    return end


def contrast(doc: Doc, start: int) -> bool:
    """"a permanent presence, not merely rotational deployments", "rather than a rivalry": what an item is set
    against is no item."""
    first = words_of(doc).lower[start]
    return first == "not" or first in ("rather", "instead") and doc[start:start + 2].text.lower() in ("rather than",
                                                                                                     "instead of")


def means_start(doc: Doc, start: int, end: int) -> int:
    """The token after "through" or "via" that follows a comma (and an adverb) in tokens [start, end): "to raise
    output to 160 billion dollars, mainly through the sale of state banks" -> "the"; else -1."""
    lower = words_of(doc).lower
    for i in range(start + 2, end - 1):
        if lower[i] in ("through", "via") and (doc[i - 1].text == "," or doc[i - 1].pos_ == "ADV"
                                                     and doc[i - 2].text == ","):
            return i + 1
    return -1


def with_end(doc: Doc, start: int, end: int, spans: dict) -> int:
    """End of a noun-phrase series before a ", with" phrase that says what its last item is made of or how it goes
    ("a civil protection system rebuilt from scratch, with shelters, stockpiles and training"), not before a partner
    (", with Ghana and with Togo"); else ``end``."""
    if doc[start].tag_ == "VBG" or doc[start].lower_ == "to":
        return end
    words = words_of(doc)
    for i in range(start + 1, end - 1):
        if words.text[i] == "," and words.lower[i + 1] == "with" and not {i + 2, i + 3} & spans.keys():
            return i
    return end


def specifier_end(doc: Doc, i: int, end: int) -> int:
    """After the comma at ``i``, the end of a phrase that says what the item stresses within itself ("supply chain
    resilience, especially in semiconductors and batteries, and ...") or what its noun is called or was made
    ("illegal mining, known locally as galamsey, ..."): the next comma or ``end``; -1 when no such phrase follows
    the comma. It is no item and names no partner of the item."""
    two = doc[i + 1:i + 3].text.lower()
    described = (i + 1 < end and doc[i + 1].tag_ == "VBN" and doc[i + 1].dep_ == "acl"  # ", known locally as X,"
                 and doc[i + 1].lower_ != "followed")
    if i + 1 >= end or not (described or doc[i + 1].lower_ in ("especially", "particularly")
                            or two in ("in particular", "above all")):
        return -1
    return next((k for k in range(i + 2, end) if doc[k].text in (",", ";")), end)


def participle_start(doc: Doc, start: int, end: int) -> int:
    """Where a participle that describes a noun of tokens [start, end) begins ("new transport corridors linking the
    country to the seaports" -> "linking"): the relation ends there; else ``end``."""
    return next((t.i for t in doc[start + 2:end] if t.dep_ == "acl" and t.tag_ == "VBG"
                 and doc[t.i - 1].pos_ in ("NOUN", "PROPN")), end)
