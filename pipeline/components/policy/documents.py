"""Stage 2 helper for pipeline_policy: find policy documents, their owners, periods and adoption dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ...doctext import doc_text
from .lexicon import PolicyLexicon

_MODIFIERS = {"new", "updated", "newest", "latest", "current", "draft", "revised", "first", "renewed", "national"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_ANAPHORS = {"republic", "country", "state", "nation", "kingdom"}
_OWNER_VERBS = {"have", "adopt", "approve", "publish", "unveil", "sign", "draft", "develop", "update", "present", "release"}
_MONTHS = ("january february march april may june july august september october november december").split()
_MONTH = r"(?P<month>" + "|".join(_MONTHS) + r"|" + "|".join(m[:3] for m in _MONTHS) + r"|sept)\.?"
_DATE = re.compile(
    r"\b(?P<iso>(?:19|20)\d{2})-(?P<mm>0[1-9]|1[0-2])(?:-\d{2})?\b"  # 2025-01-12, 2025-01
    r"|\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?" + _MONTH + r"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:of\s+)?"
    r"(?P<year>(?:19|20)\d{2})\b"  # 12 January 2025, January 12, 2025, January 2025
    r"|\b(?P<dd>[0-3]?\d)[./](?P<m2>[01]?\d)[./](?P<y2>(?:19|20)\d{2})\b"  # 12.01.2025
    r"|(?<![-–—/])\b(?P<bare>(?:19|20)\d{2})\b(?!\s*[-–—/]\s*\d)",  # 2025, not the start of a range
    re.I,
)
_PERIOD_WORD = re.compile(r"\b(?:for|until|till|through|to|up to|by|since|from)\s+(?:the\s+(?:period|years)\s+)?$", re.I)
_ADOPT = re.compile(r"\b(?:adopted|approved|signed|endorsed|enacted|approving|adopting)\b", re.I)
_ADOPT_WEAK = re.compile(r"\b(?:launched|unveiled|issued|promulgated|ratified|released|published|presented|"
                         r"(?:came|entered) into force)\b", re.I)  # used when no adoption verb carries a date
_OLD_VERSION = re.compile(r"\b(?:previous|former|old|older|earlier|preceding|prior|one in force|replaces)\b", re.I)
_RANGE = re.compile(r"\b((?:19|20)\d{2})\s*(?:-|–|—|to|until|through)\s*((?:19|20)\d{2})\b", re.I)
_UNTIL = re.compile(r"\b(?:until|till|through|up to|to)\s+((?:19|20)\d{2})\b", re.I)
_SINCE = re.compile(r"\bsince\s+((?:19|20)\d{2})\b", re.I)
# "the concept of Kyrgyzstan's foreign policy" names a Foreign Policy Concept
_DOMAIN_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+){0,3}(foreign policy|national security|"
                           r"defen[cs]e|national development)\b(?!\s+(?:concept|strategy|doctrine|programme|program))", re.I)
_WINDOW = 90  # characters after a mention searched for its period


@dataclass
class Mention:
    """One mention of a policy document: named ("National Security Strategy") or generic ("the concept")."""

    start: int  # token offsets
    end: int
    name: str  # normalised name for named mentions, '' for generic ones
    owner: str = ""
    document: int = -1  # index into the documents list


@dataclass
class PolicyDocument:
    """A document under construction (the component turns it into a PolicyAnnotation)."""

    owner: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    period_start: int | None = None
    period_end: int | None = None
    adopted: str = ""


def _head_noun(name: str) -> str:
    """"programme" for "Foreign Policy Programme" and for "Programme of Foreign Policy of Neutral Turkmenistan"."""
    low = name.lower()
    last = (low.split(" of ")[0] if " of " in low else low).split()[-1] if name else ""
    return {"programme": "program", "plan": "program"}.get(last, last)


def _same_kind(a: str, b: str) -> bool:
    """Two names of one document: same head ("Development Programme"/"National Development Program") or
    same domain ("Foreign Policy Doctrine"/"Foreign Policy Concept")."""
    wa, wb = a.lower().split(), b.lower().split()
    return _head_noun(a) == _head_noun(b) or (len(wa) > 1 and wa[:-1] == wb[:-1])


def _title(text: str) -> str:
    small = {"of", "and", "for", "the", "on"}
    words = text.split()
    return " ".join(w if (i and w.lower() in small)
                    else "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for i, w in enumerate(words))


def _title_run(doc: Doc, i: int) -> str:
    """The capitalised name that starts at token ``i`` ("of", "the", "and" may join its words)."""
    end = i + 1
    while end + 1 < len(doc) and (doc[end].lower_ in ("of", "the", "and") and doc[end + 1].text[:1].isupper()
                                  or doc[end].text[:1].isupper() and doc[end].is_alpha):
        end += 1
    while end > i + 1 and doc[end - 1].lower_ in ("of", "the", "and"):
        end -= 1
    return doc[i:end].text


def find_mentions(doc: Doc, lexicon: PolicyLexicon) -> list[Mention]:
    """Named and generic document mentions, in text order."""
    text = doc_text(doc)
    named = _named_mentions(doc, text, lexicon)
    taken = {i for m in named for i in range(m.start, m.end)}
    generic = [_generic_mention(doc, text, i) for i in lexicon.generic_tokens(doc)
               if i not in taken and doc[i].pos_ in ("NOUN", "PROPN")]
    return sorted(named + generic, key=lambda m: m.start)


def _named_mentions(doc: Doc, text: str, lexicon: PolicyLexicon) -> list[Mention]:
    """Mentions of the document types of the lexicon ("national security strategy"), longest first, no overlaps."""
    lower = text.lower()
    taken: set[int] = set()
    mentions: list[Mention] = []
    for phrase, pattern in zip(lexicon.document_types, lexicon.document_patterns, strict=False):
        if phrase not in lower:  # cheap test before the word-bounded search
            continue
        for m in pattern.finditer(lower):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            mentions.append(Mention(span.start, span.end, _title(text[m.start():m.end()])))
    return mentions


def _generic_mention(doc: Doc, text: str, i: int) -> Mention:
    """A generic noun at token ``i`` ("the concept"); named when a domain follows ("the concept of foreign policy")."""
    tok = doc[i]
    domain = _DOMAIN_AFTER.match(text, tok.idx + len(tok))
    if not domain:
        return Mention(i, i + 1, "")
    if tok.text[:1].isupper() and not tok.is_sent_start and domain.group(1)[:1].isupper():
        # "Programme of Foreign Policy of Neutral Turkmenistan", as written
        return Mention(i, i + 1, _title_run(doc, i))
    return Mention(i, i + 1, _title(f"{domain.group(1)} {tok.text}"))


def country_index(doc: Doc, key: str = "countries") -> dict[int, Span]:
    """Token index -> country span covering it."""
    out: dict[int, Span] = {}
    for span in doc.spans.get(key, []) if key in doc.spans else []:
        if span.kb_id_:
            for i in range(span.start, span.end):
                out[i] = span
    return out


def _owner_left(doc: Doc, m: Mention, countries: dict[int, Span]) -> str:
    i, skipped = m.start - 1, 0
    while i >= 0 and skipped < 3 and (doc[i].lower_ in _MODIFIERS or doc[i].tag_ in ("JJ", "VBN")) and i not in countries:
        i, skipped = i - 1, skipped + 1
    if i >= 0 and doc[i].text in _POSSESSIVE:
        i -= 1
    return countries[i].kb_id_ if i in countries else ""


def _owner_of(doc: Doc, m: Mention, countries: dict[int, Span]) -> str:
    i = m.end
    if i >= len(doc) or doc[i].lower_ != "of":
        return ""
    window = doc[i + 1: min(len(doc), i + 6)]
    for tok in window:
        if tok.i in countries:
            return countries[tok.i].kb_id_
        if tok.lower_ in _ANAPHORS and tok.i - 1 > i and doc[tok.i - 1].lower_ in ("this", "that", "the") or (
            tok.lower_ in _ANAPHORS and any(t.lower_ in ("this", "that") for t in window[: tok.i - i - 1])
        ):
            before = [s for s in countries.values() if s.end <= m.start]
            return max(before, key=lambda s: s.start).kb_id_ if before else ""
        if tok.is_punct:
            break
    return ""


def _owner_subject(doc: Doc, m: Mention, countries: dict[int, Span]) -> str:
    tok: Token = doc[m.end - 1]
    for _ in range(3):
        if tok.dep_ in ("dobj", "attr", "pobj", "prep", "appos", "nsubjpass", "oprd") and tok.head is not tok:
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                if tok.lemma_.lower() not in _OWNER_VERBS:
                    return ""
                for child in tok.children:
                    if child.dep_ in ("nsubj",) and child.i in countries:
                        return countries[child.i].kb_id_
                return ""
        else:
            return ""
    return ""


def _owner_near(doc: Doc, m: Mention, countries: dict[int, Span]) -> str:
    sent = doc[m.start].sent
    before = [s for s in countries.values() if sent.start <= s.start and s.end <= m.start]
    if before:
        return max(before, key=lambda s: s.start).kb_id_
    after = [s for s in countries.values() if m.end <= s.start < sent.end]
    return min(after, key=lambda s: s.start).kb_id_ if after else ""


def _name_rank(doc: Doc, m: Mention, first_line: int) -> tuple[bool, int]:
    """Prefer names written in the body over the headline (first line ends at ``first_line``), then longer names."""
    return (first_line < 0 or doc[m.start].idx > first_line, len(m.name))


def resolve_documents(doc: Doc, mentions: list[Mention], countries: dict[int, Span]) -> list[PolicyDocument]:
    """Give each mention an owner and a document; named mentions of one owner and kind are one document.

    A generic mention ("the concept") with its own owner ("Kazakhstan has the newest concept") opens a new
    document of the last named kind; without one it refers back to the last document.
    """
    documents: list[PolicyDocument] = []
    last = -1
    first_line = doc_text(doc).find("\n") if mentions else -1
    for m in mentions:
        explicit = _owner_left(doc, m, countries) or _owner_of(doc, m, countries) or _owner_subject(doc, m, countries)
        if m.name:
            owner = explicit or _owner_near(doc, m, countries)
            if not owner:
                continue
            m.owner = owner
            same = [k for k, d in enumerate(documents) if d.owner == owner and _same_kind(d.name, m.name)]
            if same:
                m.document = same[-1]
                rank = _name_rank(doc, m, first_line)
                if rank > max(_name_rank(doc, o, first_line) for o in documents[same[-1]].mentions if o.name):
                    documents[same[-1]].name = m.name
            else:
                documents.append(PolicyDocument(owner, m.name))
                m.document = len(documents) - 1
        elif explicit and (last < 0 or documents[last].owner != explicit):
            kind = documents[last].name if last >= 0 else _title(doc[m.start].text)
            same = [k for k, d in enumerate(documents) if d.owner == explicit and _head_noun(d.name) == _head_noun(kind)]
            if same:
                m.document = same[-1]
            else:
                documents.append(PolicyDocument(explicit, kind))
                m.document = len(documents) - 1
            m.owner = explicit
        elif last >= 0:
            m.document, m.owner = last, documents[last].owner
        else:
            continue
        documents[m.document].mentions.append(m)
        last = m.document
    return documents


def _date_value(m: re.Match[str]) -> str:
    """'YYYY' or 'YYYY-MM' of a _DATE match."""
    if m.group("iso"):
        return f"{m.group('iso')}-{m.group('mm')}"
    if m.group("year"):
        month = m.group("month").lower()[:3]
        return f"{m.group('year')}-{[x[:3] for x in _MONTHS].index(month) + 1:02d}"
    if m.group("y2"):
        return f"{m.group('y2')}-{int(m.group('m2')):02d}" if 1 <= int(m.group("m2")) <= 12 else m.group("y2")
    return m.group("bare")


def _dates(text: str) -> list[tuple[int, str]]:
    """(position, value) of the dates in ``text`` that are not a validity period ("for 2020-2030", "until 2030")."""
    out = []
    for m in _DATE.finditer(text):
        if m.group("bare") and _PERIOD_WORD.search(text[max(0, m.start() - 30): m.start()]):
            continue
        out.append((m.start(), _date_value(m)))
    return out


def _adoption(text: str) -> str:
    """Adoption date of the clause around an adoption verb: "adopted in January 2025" -> "2025-01".

    The date follows the verb ("approved on 12 January 2025", "signed on 2025-01-12") or opens its clause
    ("In January 2025, the government adopted ..."); years of the validity period are skipped.
    """
    return _dated_verb(text, _ADOPT)


def _dated_verb(text: str, verbs: re.Pattern[str], *, before: bool = True) -> str:
    for verb in verbs.finditer(text):
        if _OLD_VERSION.search(text[max(0, verb.start() - 40): verb.start()]):
            continue
        tail = re.split(r";|[.!?](?=\s+[A-Z\n])", text[verb.end(): verb.end() + 80])[0]
        dates = _dates(tail)
        if dates:
            return dates[0][1]
        head = re.split(r";|[.!?](?=\s+[A-Z\n])", text[max(0, verb.start() - 80): verb.start()])[-1]
        dates = _dates(head) if before else []
        if dates:
            return dates[-1][1]
    return ""


def date_documents(doc: Doc, documents: list[PolicyDocument]) -> None:
    """Fill period_start/period_end/adopted from the sentences that mention each document."""
    text = doc_text(doc)
    for d in documents:
        for m in sorted(d.mentions, key=lambda m: (not m.name, m.start)):
            sent = doc[m.start].sent
            after = text[doc[m.start].idx: sent.end_char][: _WINDOW + len(doc[m.start:m.end].text)]
            if d.period_start is None and d.period_end is None:
                rng = _RANGE.search(after)
                if rng:
                    d.period_start, d.period_end = int(rng.group(1)), int(rng.group(2))
                elif until := _UNTIL.search(after):
                    d.period_end = int(until.group(1))
                elif since := _SINCE.search(after):
                    d.period_start = int(since.group(1))
            if not d.adopted:
                d.adopted = _adoption(text[sent.start_char: sent.end_char])
        if not d.adopted:  # "launched in November 2022", "published on 3 May 2024": only a date after the verb
            for m in sorted(d.mentions, key=lambda m: (not m.name, m.start)):
                sent = doc[m.start].sent
                d.adopted = d.adopted or _dated_verb(text[sent.start_char: sent.end_char], _ADOPT_WEAK, before=False)
