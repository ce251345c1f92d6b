"""Stage 2 helper for pipeline_policy: the validity period and adoption date of each policy document."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...doctext import doc_text
from .continuity import headline_end
from .documents import PolicyDocument

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
_PERIOD_WORD = re.compile(r"\b(?:for|until|till|through|to|up to|by|since|from)\s+(?:the\s+(?:period|years)\s+)?$",
                          re.I)
_ADOPT_VERBS = "adopted|approved|signed|endorsed|enacted|approving|adopting|passed"
_ADOPT = re.compile(rf"\b(?:{_ADOPT_VERBS})\b", re.I)
_ADOPT_WEAK = re.compile(r"\b(?:launched|unveiled|issued|promulgated|ratified|released|published|presented|tabled|"
                         r"announced|submitted|made public|(?:came|entered) into force|adoption|publication|launch)\b",
                         re.I)  # used when no adoption verb carries a date
_REPLACING = re.compile(r"\b(?:replacing|superseding|succeeding|updating)\b", re.I)  # the older one follows
_OLD_VERSION = re.compile(r"\b(?:previous|former|old|older|earlier|preceding|prior|one in force|replaces)\b", re.I)
_RANGE = re.compile(r"\b((?:19|20)\d{2})\s*(?:-|–|—|to|until|through)\s*((?:19|20)\d{2})\b", re.I)
# fiscal years: "from 2020/21 to 2024/25", "2016/17–2019/20": from the first year to the end of the last
_FISCAL = re.compile(r"\b((?:19|20)\d{2})/\d{2}\s*(?:-|–|—|to|until|through)\s*(?:the\s+)?((?:19|20)\d{2})/\d{2}\b",
                     re.I)
# a year right after a capitalised word of a title is its horizon, no date ("approved Vision 2030 in 2016", "the
# Simandou 2040 programme"); not after a preposition that opens a sentence ("In 2019, ...")
_TITLE_WORD = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:In|By|Since|From|Until|On|For|After|Before|Through|Early|Late)\s)"
                         r"[A-Z][\w’'-]*\s+$")
_UNTIL = re.compile(r"\b(?:until|till|through|up to|to)\s+((?:19|20)\d{2})\b", re.I)
_SINCE = re.compile(r"\bsince\s+((?:19|20)\d{2})\b", re.I)
# "replacing the version in force since 2012", "the first such document since 2002": the old one's year
_FIRST_SINCE = re.compile(r"\b(?:first|replacing|superseding|version|update)\b", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Za-z .'’-]{1,40},\s*(?P<date>[^—–\n]{6,40}?)\s*(?:—|–|-{1,2})\s")
_WEEKDAY = re.compile(r"\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday|"
                      r"(?:this|last) week|(?:earlier )?this month)\b", re.I)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?(?:\w+ly\s+)?$", re.I)  # "has (formally) launched"
_LAST = re.compile(r"\blast (?P<unit>month|year)\b", re.I)  # "approved by the cabinet last year"
_DATE_LINE_WORDS = 12  # a line with more words and no dateline's dash is the lead's first sentence
# "on 29 October", "in August", "at the end of August": a month without its year
_DAY_MONTH = re.compile(r"\b(?:on (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?|in (?:early |late |mid-)?"
                        r"|at the (?:end|start|beginning) of )" + _MONTH + r"(?!\s*,?\s*(?:19|20)\d{2})", re.I)
_WINDOW = 90  # characters after a mention searched for its period
_OPENING = 600  # characters of the text that may hold its dateline
_YEAR_WORD = re.compile(r"(?:19|20)\d{2}")


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
        if m.group("bare") and (_PERIOD_WORD.search(text[max(0, m.start() - 30): m.start()])
                                or _TITLE_WORD.search(text[max(0, m.start() - 30): m.start()])):
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
        dates = _dates(_REPLACING.split(tail)[0])  # not "adopted a new Strategy, replacing the version of 2011"
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
        dated = _without_title_years(doc, text, d)
        for m in sorted(d.mentions, key=lambda m: (not m.name, m.start)):
            sent = doc[m.start].sent
            after = text[doc[m.start].idx: sent.end_char][: _WINDOW + len(doc[m.start:m.end].text)]
            if d.period_start is None and d.period_end is None:
                rng = _range(after)
                if rng:
                    d.period_start, d.period_end = rng
                elif until := _UNTIL.search(after):
                    d.period_end = int(until.group(1))
                elif (since := _SINCE.search(after)) and not _FIRST_SINCE.search(after[:since.start()]):
                    d.period_start = int(since.group(1))
            if not d.adopted:
                d.adopted = _adoption(_sentence_text(doc, dated, m.start))
        _date_from_pronoun(doc, dated, d)
        if d.period_end is None:  # "Kuwait Vision 2035", "We the UAE 2031": the horizon its title ends with
            d.period_end = _title_horizon(doc, d)
        if not d.adopted:  # "launched in November 2022", "published on 3 May 2024": only a date after the verb
            for m in sorted(d.mentions, key=lambda m: (not m.name, m.start)):
                d.adopted = d.adopted or _dated_verb(_sentence_text(doc, dated, m.start), _ADOPT_WEAK, before=False)
        if not d.adopted:  # "TOKYO, 16 December 2022 — ... approved on Friday": the dateline's month
            d.adopted = _dateline_adoption(doc, text, d)
    _share_dates(documents)


def _share_dates(documents: list[PolicyDocument]) -> None:
    """Documents of one owner with one name are one document read twice ("When Kazakhstan approved its Strategy for
    Achieving Carbon Neutrality until 2060 in February 2023 ... the strategy looks first to the European Union"):
    each takes the dates the other has and it lacks."""
    for d in documents:
        for o in documents:
            if o is d or not d.name or (o.owner, o.name) != (d.owner, d.name):
                continue
            if d.period_start is None and d.period_end is None:
                d.period_start, d.period_end = o.period_start, o.period_end
            d.adopted = d.adopted or o.adopted


# "The Council of Ministers adopted it in December 2020", "It was approved in 2019", "Approved by the cabinet in August
# 2024 and covering 2024 to 2029, it is ...": the sentence after the document's name dates it through "it"
_PRONOUN_ADOPTED = re.compile(rf"\b(?:{_ADOPT_VERBS})\s+it\b"
                              rf"|\bit\s+(?:was|has been)\s+(?:\w+ly\s+)?(?:{_ADOPT_VERBS})\b"
                              rf"|^(?:{_ADOPT_VERBS})\b", re.I)


_PRONOUN_SUBJECT = re.compile(r"\W*it\b", re.I)  # "It covers five years, from 2022 to 2026."


def _date_from_pronoun(doc: Doc, text: str, d: PolicyDocument) -> None:
    """Fill a missing adoption date (and a missing period) from the sentence right after the document's first named
    mention, when that sentence adopts "it" and names no other document: "The Council of Ministers adopted it in
    December 2020, and it runs from 2021 to 2030"; a missing period when "it" opens that sentence ("It covers the
    period from 2021 to 2030")."""
    named = [m for m in d.mentions if m.name]
    if d.adopted and (d.period_start or d.period_end) or not named:
        return
    sent = doc[named[0].start].sent
    if sent.end >= len(doc):
        return
    after = doc[sent.end].sent
    clause = text[after.start_char:after.end_char]
    adopts = _PRONOUN_ADOPTED.search(clause)
    if not (adopts or _PRONOUN_SUBJECT.match(clause)) or any(after.start <= m.start < after.end for m in d.mentions):
        return
    if adopts:
        d.adopted = d.adopted or _adoption(clause)
    rng = _range(clause)
    if rng and d.period_start is None and d.period_end is None:
        d.period_start, d.period_end = rng


def _range(text: str) -> tuple[int, int] | None:
    """The first period written as a range in ``text``: "2021-2025", "from 2021 to 2025", fiscal years "2020/21 to
    2024/25" (2020 to 2025); None without one."""
    fiscal = _FISCAL.search(text)
    if fiscal:
        return int(fiscal.group(1)), int(fiscal.group(2)) + 1
    rng = _RANGE.search(text)
    return (int(rng.group(1)), int(rng.group(2))) if rng else None


def _without_title_years(doc: Doc, text: str, d: PolicyDocument) -> str:
    """``text`` with the years inside the document's named mentions blanked (same length, so offsets hold): the year a
    title ends with is its horizon, not its adoption ("published its Global Chile 2030 strategy on Monday", "approved
    the National Development Plan 2040 in June 2019"). A year that opens a mention stays ("the 2023 strategy"), and
    so does the start of a range after it (:data:`_DATE` does not read one as a date)."""
    years = [t for m in d.mentions if m.name for t in doc[m.start + 1: min(m.end + 1, len(doc))]  # and right after
             if _YEAR_WORD.fullmatch(t.text)]
    for t in years:
        text = text[:t.idx] + " " * len(t.text) + text[t.idx + len(t.text):]
    return text


def _title_horizon(doc: Doc, d: PolicyDocument) -> int | None:
    """The year a named mention of the document ends with or that follows it right away ("Kuwait Vision 2035", "the
    Green Plan 2030"), when it is after the period's start; else None. Not a year that opens a range ("Plan
    2021-2025": read as the period)."""
    for m in sorted((m for m in d.mentions if m.name), key=lambda m: m.start):
        tok = doc[m.end] if m.end < len(doc) and _YEAR_WORD.fullmatch(doc[m.end].text) else doc[m.end - 1]
        if m.end - m.start < 2 and tok.i < m.end or not _YEAR_WORD.fullmatch(tok.text):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "–", "—", "/"):
            continue
        year = int(tok.text)
        if d.period_start is None or d.period_start < year:
            return year
    return None


def _sentence_text(doc: Doc, text: str, i: int) -> str:
    """The text of token ``i``'s sentence; a headline's goes on through the lead's first sentence, which tells what
    the headline announces ("China Issues White Paper\n\nBEIJING, 24 July — ... issued on Wednesday ...")."""
    sent = doc[i].sent
    end = sent.end_char
    if sent.end < len(doc) and sent.end_char <= headline_end(text) + 2:
        end = doc[sent.end].sent.end_char
    return text[sent.start_char: end]


def dateline(text: str) -> str:
    """'YYYY-MM' of the dateline that opens the text ("TOKYO, 16 December 2022 — ...") or of a line among its first
    ones that holds a place or a source and a date and no sentence ("Tunis, 17 September 2025", "Policy Digest,
    February 2015"), or ''. The lead's first sentence ends the search."""
    lead = False  # whether the lead's first sentence has been read
    for line in text[:_OPENING].splitlines():
        m = _DATELINE.match(line)
        words = len(line.split())
        if m or not lead and 0 < words <= _DATE_LINE_WORDS and not line.rstrip().endswith("."):
            dates = [v for _, v in _dates(m.group("date") if m else line) if len(v) == 7]
            if dates:
                return dates[0]
        lead = lead or words > _DATE_LINE_WORDS and line.rstrip().endswith((".", "!", "?"))
    return ""


def _dateline_adoption(doc: Doc, text: str, d: PolicyDocument) -> str:
    """The dateline's month for a document adopted "on Wednesday" (or "today", "this week", or in the present
    perfect: "has launched"), the month before for "last month", the year before for "last year", or its year with
    the month of "on 29 October"; never for a draft."""
    when = dateline(text)
    if not when:
        return ""
    for m in sorted(d.mentions, key=lambda m: (not m.name, m.start)):
        sent = _sentence_text(doc, text, m.start)
        if re.search(r"\bdraft\b", sent, re.I):
            continue
        for verb in (*_ADOPT.finditer(sent), *_ADOPT_WEAK.finditer(sent)):
            near = sent[max(0, verb.start() - 40): verb.end() + 80]
            if _WEEKDAY.search(near) or _PERFECT.search(sent[max(0, verb.start() - 40): verb.start()]):
                return when
            if last := _LAST.search(near):
                return _before(when, last.group("unit").lower())
            day_month = _DAY_MONTH.search(sent[verb.end(): verb.end() + 40])
            if day_month:
                month = [x[:3] for x in _MONTHS].index(day_month.group("month").lower()[:3]) + 1
                return f"{when[:4]}-{month:02d}"
    return ""


def _before(when: str, unit: str) -> str:
    """The month ('YYYY-MM') or the year ('YYYY') before ``when`` ('YYYY-MM')."""
    year, month = int(when[:4]), int(when[5:7])
    if unit == "year":
        return str(year - 1)
    return f"{year - (month == 1)}-{(month - 2) % 12 + 1:02d}"
