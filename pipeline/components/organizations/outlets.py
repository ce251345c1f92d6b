"""Stage 2 helper for pipeline_org_ruler: news outlets, named where a text gives its source, and datelines.

"the minister told the Pacific Affairs Review", "KASSALA, Sudan, 6 March 2024 (Horn Dispatch) — ...": a capitalized
name that is told something, or that the parenthesis closing a dateline holds, is the outlet reporting it, even when
its last word elsewhere names a document ("Review", "Report"). The place in capitals that opens the dateline
("KASSALA") is no organization, whatever the NER says.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..tokens import span_text, token_numbers, token_table, word_ids
from .contexts import blocked_tokens, name_ok, run_after
from .lexicon import OrgLexicon
from .patterns import CONTEXT, OrgCandidate
from .tokens import newline_tokens, words_of

_DASHES = frozenset({"\u2014", "\u2013", "-"})
_MAX_WORDS = 5
_DATELINE_WORDS = 8  # "KASSALA, Sudan, 6 March 2024": a dateline's place, country and date
_TELL, _OPENING = word_ids(["tell"]), word_ids(["("])


def outlet_names(doc: Doc, lex: OrgLexicon, blocked: list[tuple[int, int]]) -> list[OrgCandidate]:
    """Names of two words or more right after a form of "tell" ("told the Gulf Maritime Report that ...", not a
    person's: "told Maria Lopez"), and the name in a dateline's closing parenthesis ("6 March 2024 (Horn Dispatch)
    —")."""
    bad = blocked_tokens(doc, blocked)
    w = words_of(doc)
    n = len(doc)
    out: list[OrgCandidate] = []
    table = token_table(doc)  # the forms of "tell" and the brackets, looked up there, not token by token
    for i in sorted({*table.having("lemma", _TELL), *table.having("orth", _OPENING)}):
        tok = doc[i]
        if tok.pos_ == "VERB" and tok.lemma_ == "tell":
            k = i + 1 + (i + 1 < n and w.lower[i + 1] == "the")
            end = run_after(w, k, lex)
            outlet = end > k and w.text[end - 1] in lex.outlet_words  # the NER's "person" in "told Steppe Bulletin"
            if 2 <= end - k <= _MAX_WORDS and name_ok(doc, k, end, lex, bad, person_ok=outlet):
                out.append(OrgCandidate(k, end, span_text(doc, k, end), CONTEXT))
        elif tok.text == "(" and 0 < i and (w.ent_type[i - 1] == "DATE" or _opens_line_in_capitals(doc, i)
                                            or _after_dateline(doc, i)):
            end = run_after(w, i + 1, lex)
            if end + 1 < n and w.text[end] == ")" and w.text[end + 1] in _DASHES and end - i - 1 <= _MAX_WORDS \
                    and name_ok(doc, i + 1, end, lex, bad, person_ok=True):  # the NER's "person" there is none
                out.append(OrgCandidate(i + 1, end, span_text(doc, i + 1, end), CONTEXT))
    return out + _byline_outlets(doc, lex, bad) + _interviewer_labels(doc, lex, bad) + _sender_names(doc, lex, bad) \
        + _label_outlets(doc, lex, bad)


_LABEL_LINES = 3  # the document's first lines, where an interview or a commentary names its outlet
_LABEL_BREAKS = frozenset({",", "|"})


def _label_outlets(doc: Doc, lex: OrgLexicon, bad: set[int]) -> list[OrgCandidate]:
    """The outlet a document's label names: one of its first :data:`_LABEL_LINES` lines made of a name of two words or
    more ending in an outlet's word (``outlet_words.txt``), alone or before a comma ("Irrawaddy Basin Review" over
    "Interview", "Harare Policy Review, Economic Governance Unit"); a heading that goes on ("Strategic Review of the
    Armed Forces") names none."""
    w = words_of(doc)
    n = len(doc)
    breaks = newline_tokens(doc)
    starts = [i for i in [0, *(k + 1 for k in breaks)] if i < n and not w.text[i].isspace()][:_LABEL_LINES]
    out: list[OrgCandidate] = []
    for i in starts:
        end = run_after(w, i, lex)
        closed = end >= n or w.text[end].isspace() or w.text[end] in _LABEL_BREAKS
        if 2 <= end - i <= _MAX_WORDS and closed and w.text[end - 1] in lex.outlet_words \
                and name_ok(doc, i, end, lex, bad, person_ok=True):
            out.append(OrgCandidate(i, end, span_text(doc, i, end), CONTEXT))
    return out


_SENDER_BREAKS = frozenset({",", "|", ";", "by", "\u2014", "\u2013"})
_SENDER_LEAD = frozenset({"the", "members", "of"})  # "Prepared for the members of the X Circle"
_NAME_INNER = frozenset({"the", "&", "'", "\u2019", "'s", "\u2019s", "-"})


def _sender_names(doc: Doc, lex: OrgLexicon, bad: set[int]) -> list[OrgCandidate]:
    """The organizations a brief's or a memo's sender line names (a line opening with one of ``sender_openers``):
    of the names its commas part, the last, the others being its units or its place ("Prepared by: Regional
    Economics Desk, East Africa Trade Monitor", "Prepared by the Indian Ocean Climate Desk, Port Louis"), and so
    after "by" again ("Prepared for the members of the Nordhavn Aid Effectiveness Circle by Halvorsen & Adeyemi
    Consulting, September 2023"). "From: Policy desk" names none."""
    w = words_of(doc)
    n = len(doc)
    breaks = newline_tokens(doc)
    openers = [tuple(o.lower().replace(":", " :").split()) for o in lex.sender_openers]
    out: list[OrgCandidate] = []
    for i, stop in zip([0, *(k + 1 for k in breaks)], [*breaks, n], strict=True):
        k = next((i + len(o) for o in openers if tuple(w.lower[i:i + len(o)]) == o and w.cap[i]), None)
        if k is None:
            continue
        k += k < stop and w.text[k] == ":"
        last: tuple[int, int] | None = None
        start = k
        for j in range(k, stop + 1):
            if j < stop and w.text[j] not in _SENDER_BREAKS:
                continue
            last = _sender_name(doc, start, j, lex, bad) or last
            if (j == stop or w.text[j] == "by") and last is not None:
                out.append(OrgCandidate(*last, span_text(doc, *last), CONTEXT))
                last = None
            start = j + 1
    return out


def _sender_name(doc: Doc, start: int, end: int, lex: OrgLexicon, bad: set[int]) -> tuple[int, int] | None:
    """The name that makes up ``doc[start:end]``: capitalized words, with connectors between them ("Gulf of Guinea
    Risk Analysis"), after an article or "members of the" at most; none where a lower-case word or a number closes
    it ("Policy desk", "3 pages", "September 2023"), other words lead to it ("members of the working group on East
    Asia"), a place closes it, or it is a person's."""
    w = words_of(doc)
    j = end
    while j > start and (w.cap[j - 1] or w.lower[j - 1] in lex.connectors or w.lower[j - 1] in _NAME_INNER):
        j -= 1
    while j < end and not w.cap[j]:
        j += 1
    if any(w.lower[i] not in _SENDER_LEAD for i in range(start, j)):
        return None  # "for clients considering agribusiness in West Africa": a name inside a phrase
    words = [i for i in range(j, end) if w.cap[i]]
    if len(words) < 2 or (end - 1) in bad or w.ent_type[end - 1] == "PERSON" or end - j > _MAX_WORDS + 2:
        return None
    if w.text[j] in lex.person_titles or w.text[j] in lex.left_stop:
        return None
    return j, end


def _opens_line_in_capitals(doc: Doc, k: int) -> bool:
    """The words before token ``k`` are a place in capitals opening a line ("YEREVAN (Caucasus Ledger) \u2014")."""
    start = _capitals_run(doc, k, -1)
    return start < k and (start == 0 or "\n" in words_of(doc).text[start - 1])


def _interviewer_labels(doc: Doc, lex: OrgLexicon, bad: set[int]) -> list[OrgCandidate]:
    """The outlet asking an interview's questions: a name of two words or more ending in an outlet's word
    (``outlet_words.txt``) and a colon that opens a line, on a line that asks a question ("Caspian Review: What does
    the plan ask of the government?"); a heading ("Strategic Review: key points") asks none."""
    w = words_of(doc)
    n = len(doc)
    breaks = newline_tokens(doc)
    out: list[OrgCandidate] = []
    for i, stop in zip([0, *(k + 1 for k in breaks)], [*breaks, n], strict=True):
        end = run_after(w, i, lex) if i < n else i
        if 2 <= end - i <= _MAX_WORDS and end < stop and w.text[end] == ":" and w.text[end - 1] in lex.outlet_words \
                and "?" in w.text[end:stop] and name_ok(doc, i, end, lex, bad, person_ok=True):
            out.append(OrgCandidate(i, end, span_text(doc, i, end), CONTEXT))
    return out


def _byline_outlets(doc: Doc, lex: OrgLexicon, bad: set[int]) -> list[OrgCandidate]:
    """The outlet a byline line names: a line opening with "By" or "Interview by", and on it a name of two words or
    more ending in an outlet's word (``outlet_words.txt``): "By a guest contributor to the Andean Economic Review",
    "Interview by the Sahel Economic Review" ("By the Pacific Policy Desk" names none)."""
    w = words_of(doc)
    n = len(doc)
    out: list[OrgCandidate] = []
    for i in [0, *(k + 1 for k in newline_tokens(doc))]:
        if i >= n or not (w.text[i] == "By" or (w.text[i] == "Interview" and i + 1 < n and w.lower[i + 1] == "by")):
            continue
        k = i + 1
        while k < n and "\n" not in w.text[k]:
            end = run_after(w, k, lex) if k > 0 and not w.cap[k - 1] else k
            if 2 <= end - k <= _MAX_WORDS and w.text[end - 1] in lex.outlet_words and name_ok(doc, k, end, lex, bad):
                out.append(OrgCandidate(k, end, span_text(doc, k, end), CONTEXT))
            k = max(end, k + 1)
    return out


def dateline_place(doc: Doc, start: int, end: int, country_starts: set[int]) -> bool:
    """``doc[start:end]`` is the place in capitals that opens a line's dateline, or a word of it ("BAHRU" of "JOHOR
    BAHRU"): a dash after the place, or a comma and then a country, a place or a date ("TARAWA, Kiribati, 12 March
    2024 \u2014", "TOULON, 9 November 2022 \u2014", "GUNJUR \u2014"), or a region's abbreviation and a dash ("LYTTON,
    B.C. \u2014")."""
    upper = token_numbers(doc, "is_upper")
    if not all(upper[start:end]):
        return False
    start, end = _capitals_run(doc, start, -1), _capitals_run(doc, end, 1)
    if start > 0 and "\n" not in words_of(doc).text[start - 1]:
        return False
    return _dated(doc, end, country_starts)


def dateline_places(doc: Doc, lex: OrgLexicon, country_starts: set[int]) -> set[str]:
    """The places of the document's datelines, lower-cased ("toulon" for "TOULON, 9 November 2022 \u2014"): the same
    words elsewhere ("Macron in Toulon") name the place, not an organization. A line in capitals with an
    organization's head noun names its sender ("GOVERNMENT OF BELIZE \u2014 PRESS OFFICE"), not a place."""
    out = set()
    for i in [0, *(k + 1 for k in newline_tokens(doc))]:
        end = _capitals_run(doc, i, 1)
        if end > i and _dated(doc, end, country_starts) \
                and not any(t.text.capitalize() in lex.heads for t in doc[i:end]):
            out.add(span_text(doc, i, end).lower())
    return out


def _after_dateline(doc: Doc, k: int) -> bool:
    """The words before token ``k`` open a line with a place in capitals, then give only capitalized words, numbers
    and commas (its country and date, whatever the NER calls them: "BLANTYRE, 9 September (Zambezi Business Desk)
    —")."""
    w = words_of(doc)
    j = k
    while j > 0 and k - j < _DATELINE_WORDS and "\n" not in w.text[j - 1] \
            and (w.cap[j - 1] or w.text[j - 1].isdigit() or w.text[j - 1] == ","):
        j -= 1
    opens_line = j == 0 or "\n" in w.text[j - 1]
    return j < k and opens_line and _capitals_run(doc, j, 1) > j and "," in w.text[j + 1:k]


def _capitals_run(doc: Doc, k: int, step: int) -> int:
    """Where the run of words in capitals ("JOHOR BAHRU") next to ``k`` ends: with ``step`` 1 the first index from
    ``k`` on that is no such word, with ``step`` -1 the first index of the run that ends just before ``k``."""
    upper, alpha = token_numbers(doc, "is_upper"), token_numbers(doc, "is_alpha")
    n = len(doc)
    if step > 0:
        while k < n and upper[k] and alpha[k]:
            k += 1
        return k
    while k > 0 and upper[k - 1] and alpha[k - 1]:
        k -= 1
    return k


def _dated(doc: Doc, k: int, country_starts: set[int]) -> bool:
    """What follows a dateline's place at ``k``: a dash, an outlet in parentheses and a dash ("YEREVAN (Caucasus
    Ledger) \u2014"), or a comma and a country, a place, a date (its day may be a number the NER leaves out:
    "9 November 2022") or one word and a dash ("B.C. \u2014")."""
    n = len(doc)
    if k < n and doc[k].text in _DASHES:
        return True
    if k < n and doc[k].text == "(":
        close = next((j for j in range(k + 1, min(n, k + _MAX_WORDS + 2)) if doc[j].text == ")"), None)
        return close is not None and close + 1 < n and doc[close + 1].text in _DASHES
    if not (k + 1 < n and doc[k].text == ","):
        return False
    return k + 1 in country_starts or any(t.ent_type_ == "DATE" for t in doc[k + 1:k + 3]) \
        or (k + 2 < n and doc[k + 2].text in _DASHES)
