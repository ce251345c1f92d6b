"""Stage 2 helper for pipeline_policy: the full title of each named policy document.

A mention is found by its type ("National Development Plan", "Strategy", "Vision 2030" read as "Vision"); the
title the text writes may go on around it: capitalised words before the type ("Third National Development Plan",
"Low Carbon Development Strategy"), the horizon year or edition after it ("Kenya Vision 2030", "National Strategic
Development Plan II") and a capitalised phrase after "for", "on" or "to" ("Strategy for a Free, Peaceful and
Prosperous Indo-Pacific Region", "National Plan to Fight Poverty"). A year after the title is its horizon or its
edition ("National Development Strategy 2030", "Defence White Paper 2016"), part of the name only after a head that
takes one as a brand ("Vision 2030", "Kenya Vision 2030": year_title_heads.txt).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...doctext import doc_text
from .continuity import headline_end
from .documents import PolicyDocument
from .lexicon import PolicyLexicon
from .mentions import Mention, title_case

_YEAR = re.compile(r"(?:19|20)\d\d")
_EDITION = re.compile(r"II|III|IV|V|VI|VII|VIII|IX|X|[1-9]")  # "Plan II", "National Development Strategy 1"
_RANGE_MARKS = {"-", "–", "—", "/"}  # a year before one opens a period ("Plan 2021-2025"), no title's horizon
_TITLE_PREPOSITIONS = {"for", "on", "to"}  # "Strategy for the Arctic Region", "White Paper on ...", "Plan to 2030"
_JOINS = {"of", "for", "the", "and", "on", "an", "a", "to", "in", "against"}  # small words inside a title
_MODIFIER_TAGS = {"PROPN", "ADJ", "NOUN", "NUM"}  # the words before a type that belong to its title
_POSSESSIVE = {"'s", "’s"}
_NOT_TITLE = {"PERSON", "DATE", "TIME", "GPE", "NORP"}  # entities no title word is: "Uganda", "on Monday"
_MAX_WORDS = 16  # tokens a title may have
_HEADING_WORDS = 15  # a line with more words is a paragraph


def full_titles(doc: Doc, documents: list[PolicyDocument], countries: dict[int, Span], lexicon: PolicyLexicon) -> None:
    """Give each named document the longest title its mentions spell in the sentences of the text (not in the
    headline or a heading, whose words are all capitalised); a mention by an acronym or by a name given elsewhere
    keeps the name. Words of an organization's name ("United Nations Development Programme") or of a local owner
    ("Lagos State Development Plan": local_owners.txt) open no national title."""
    text = doc_text(doc)
    body = headline_end(text)
    stops = countries | {i: s for s in doc.spans.get("organizations", ()) for i in range(s.start, s.end)}
    for d in documents:
        if not d.name:
            continue
        spans = [_title_span(doc, m.start, m.end, stops, lexicon) for m in d.mentions
                 if doc[m.start].idx >= body and _spells(doc, m, d.name) and not _in_heading(text, doc[m.start].idx)]
        if not spans or " " in d.name:  # "the strategy" throughout: "Strategy for Achieving Carbon Neutrality"; the
            # "Indo-Pacific Strategy" of the "Strategy for a Free, Peaceful and Prosperous Indo-Pacific Region"
            spans += _head_titles(doc, d, documents, stops, lexicon, body)
        if spans:
            start, end = max(spans, key=lambda s: s[1] - s[0])
            d.name = title_case(doc[start:end].text)
    for d in documents:  # "the strategy" of the owner whose "Strategy for Achieving Carbon Neutrality" the text names
        if d.name and " " not in d.name:
            d.name = next((o.name for o in documents if o.owner == d.owner and o.name.split()[0] == d.name
                           and " " in o.name), d.name)


def _head_titles(doc: Doc, d: PolicyDocument, documents: list[PolicyDocument], stops: dict[int, Span],
                 lexicon: PolicyLexicon, body: int) -> list[tuple[int, int]]:
    """The first title in the body that the head of the document's name, written in capitals, opens or closes and
    no other document's mention holds: for a name that is the head alone ("Strategy": the text calls it "the
    strategy"), any ("... adopted the Strategy for Achieving Carbon Neutrality until 2060"); for a longer one, a title
    the head opens that holds the name's other words ("Indo-Pacific Strategy": "the Strategy for a Free, Peaceful
    and Prosperous Indo-Pacific Region"). None when the text writes none."""
    text = doc_text(doc)
    *words, head = d.name.lower().split()
    others = {i for o in documents if o is not d for m in o.mentions for i in range(m.start, m.end)}
    for tok in doc:
        if tok.lower_ != head or not tok.text[:1].isupper() or tok.i in others or tok.idx < body \
                or _in_heading(text, tok.idx):
            continue
        start, end = _title_span(doc, tok.i, tok.i + 1, stops, lexicon)
        title = doc[start:end].text.lower()
        if end - start > 1 and not any(i in others for i in range(start, end)) \
                and (not words or start == tok.i and all(w in title for w in words)):
            return [(start, end)]
    return []


def _spells(doc: Doc, m: Mention, name: str) -> bool:
    """Whether the mention's words write the document's name in capitals ("National Development Plan", "Vision
    2030" for "Vision"), not an acronym ("NDP") nor a generic noun in lower case ("the plan")."""
    text = doc[m.start:m.end].text
    if m.statement or not text[:1].isupper() or not doc[m.end - 1].text[:1].isupper() and not doc[m.end - 1].like_num:
        return False
    return (m.name or text).lower() == name.lower() and name.lower() in " ".join(text.split()).lower()


def _in_heading(text: str, char: int) -> bool:
    """Whether the character stands in a heading: a short line that ends without a sentence's mark."""
    line = text[text.rfind("\n", 0, char) + 1: (text.find("\n", char) + 1 or len(text) + 1) - 1].strip()
    return len(line.split()) <= _HEADING_WORDS and not line.endswith((".", "!", "?", ":", ";", '"', "”", ")"))


def _title_span(doc: Doc, first: int, last: int, stops: dict[int, Span], lexicon: PolicyLexicon) -> tuple[int, int]:
    """The tokens [start, end) of the title around the tokens [first, last) of a mention (``stops``: the tokens of
    countries and organizations, which no title word before the mention is)."""
    start = _title_start(doc, first, stops, lexicon)
    end = _title_end(doc, last, stops)
    if end - start > 2 and _YEAR.fullmatch(doc[end - 1].text) and (
            doc[end - 2].lower_ in lexicon.document_nouns - lexicon.year_title_heads or _range_opens(doc, end)):
        end -= 1  # "National Development Strategy 2030", "Country Vision 2010-2038"; not "We the UAE 2031"
    return (start, end) if end - start <= _MAX_WORDS else (first, last)


def _range_opens(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens the rest of a range ("-2024" after "2019", or "-" then "2024")."""
    return i < len(doc) and doc[i].text[:1] in _RANGE_MARKS


def _title_start(doc: Doc, start: int, stops: dict[int, Span], lexicon: PolicyLexicon) -> int:
    """Where the title opens: the capitalised modifiers right before the mention ("Medium-Term", "Revised",
    "Resilience and Integrated"), not a country ("Kenya's", "Austrian"), a determiner, a possessor or another
    document ("the National Defence Strategy and the Defence White Paper")."""
    sent = doc[start].sent.start
    i = start
    while i > sent:
        tok = doc[i - 1]
        if (tok.text in ("-", "–") and not tok.whitespace_ or tok.lower_ == "and") and i - 2 >= sent \
                and (tok.lower_ == "and" or not doc[i - 2].whitespace_) and _modifier(doc[i - 2], stops, lexicon) \
                and doc[i - 2].lower_ not in lexicon.document_nouns:
            i -= 2  # "Medium-term", "Resilience and Integrated Development Strategy"
            continue
        if not _modifier(tok, stops, lexicon):
            break
        i -= 1
    return i


def _modifier(tok: Token, stops: dict[int, Span], lexicon: PolicyLexicon) -> bool:
    return (tok.text[:1].isupper() and tok.is_alpha and tok.pos_ in _MODIFIER_TAGS and tok.i not in stops
            and tok.ent_type_ not in _NOT_TITLE and tok.lower_ not in lexicon.local_owners)


def _title_end(doc: Doc, end: int, stops: dict[int, Span]) -> int:
    """Where the title closes: after the horizon year or edition right after the mention ("Vision 2030", "Plan
    II"; not a year that opens a period) and after a capitalised phrase that "for", "on" or "to" join to it; not
    after "for" or "on" and a country alone ("Strategy for Ukraine")."""
    if end < len(doc) and (_YEAR.fullmatch(doc[end].text) or _EDITION.fullmatch(doc[end].text)) \
            and not _range_opens(doc, end + 1) and not doc[end].is_sent_start:
        end += 1
    if end + 1 < len(doc) and doc[end].lower_ in _TITLE_PREPOSITIONS and not doc[end + 1].is_sent_start:
        phrase = _capitalised_run(doc, end + 1)
        if doc[end].lower_ == "to" and doc[end + 1].pos_ != "VERB":
            return end  # "presented the Plan to Parliament"; not "National Plan to Fight Poverty"
        if phrase > end + 1 and not all(i in stops for i in range(end + 1, phrase)
                                        if doc[i].lower_ not in _JOINS):
            return phrase
    return end


def _capitalised_run(doc: Doc, i: int) -> int:
    """Where the capitalised phrase from token ``i`` ends: small words, commas between capitalised words, hyphens
    inside a word and a possessive may join its words ("a Free, Peaceful and Prosperous Indo-Pacific Region",
    "Namibia's Foreign Policy and Diplomacy Management"); i when it opens none."""
    end, last = i, i
    while end < len(doc) and end - i < _MAX_WORDS and (end == i or not doc[end].is_sent_start):
        tok = doc[end]
        if tok.ent_type_ in ("DATE", "TIME"):
            break  # "on Monday"
        if tok.text[:1].isupper() and (tok.is_alpha or tok.like_num) or _YEAR.fullmatch(tok.text):
            last = end + 1
        elif tok.lower_ in _JOINS or tok.text in _POSSESSIVE and last == end \
                or tok.text == "," and last == end and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
            pass
        elif tok.text in ("-", "–") and last == end and not doc[end - 1].whitespace_ and not tok.whitespace_:
            pass
        else:
            break
        end += 1
    return last
