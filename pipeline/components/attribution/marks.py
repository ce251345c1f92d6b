"""Stage 2 helper for pipeline_attribution: pair quotation marks into quoted spans.

Works on the raw text, paragraph by paragraph (paragraphs are separated by a
blank line). Handles “…”, "…", ''…'' (NYT style), «…», „…“, ‘…’ and '…' while
telling apostrophes (Russia’s, people's, ’90s, students’ views) from closing
single marks. Marks nested inside an open quotation belong to it. An unclosed
double quotation runs to the end of its paragraph (news style for quotes that
continue in the next paragraph).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from ...doctext import paragraphs

_DOUBLE_OPEN = {"“": "double", "«": "double", "„": "double"}
_DOUBLE_CLOSE = {"”", "»"}
_OPEN_CONTEXT = set(" \t\n([{—–-/\u00a0“\"«„")
_MARK = re.compile("[“”«»„\"‘’'`]")  # the characters the scanner acts on
_WORD = re.compile(r"\w")
_AFTER_CLOSE = frozenset(" \t\n\u00a0,.;:!?)")  # what may follow a closing mark


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A quotation: ``start``/``end`` delimit the text inside the marks (stripped),
    ``open``/``close`` the marks themselves (``close == para_end`` when unclosed)."""

    start: int
    end: int
    open: int
    close: int
    para_start: int
    para_end: int
    closed: bool
    single: bool


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _single_opens(text: str, i: int, lo: int) -> bool:
    """Is the single mark at ``i`` an opening one ('‘' or "'" before a word)?"""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev not in _OPEN_CONTEXT:
        return False
    if text[i] == "’":  # ’90s, ’em: an apostrophe, never an opening mark here
        return False
    return _is_letter(nxt) and not nxt.isdigit() or nxt in "“\"…"


def _single_closes(text: str, i: int, hi: int) -> bool:
    """Could the single mark at ``i`` close a quotation (not an apostrophe inside a word)?"""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if prev.isspace() or _is_letter(nxt):
        return False
    return text[i] in "’'"


def _ascii_opens_only(text: str, i: int, hi: int) -> bool:
    """Is the ASCII mark at ``i`` placed as only an opening mark can be (space before, a letter after)?"""
    return i + 1 < hi and text[i - 1].isspace() and text[i + 1].isalpha()


def _weak_close(text: str, i: int, hi: int) -> bool:
    """A closing candidate that is more likely a plural possessive ("countries’ interests")."""
    if text[i - 1] not in "sS":
        return False
    rest = text[i + 1:hi]
    return bool(re.match(r" [a-z]", rest))


def _misplaced_close(text: str, open_i: int, i: int, hi: int) -> bool:
    """An opening “ typed where the closing one belongs, after a word and before a space or punctuation
    (“… for her here,“ said …): it closes the quotation “ opened."""
    return (text[i] == "“" and text[open_i] == "“" and i > open_i + 1 and not text[i - 1].isspace()
            and (i + 1 == hi or text[i + 1] in _AFTER_CLOSE))


def _emit(text: str, open_i: int, mark_len: int, close_i: int, para: tuple[int, int], closed: bool,
          single: bool) -> QuotedSpan | None:
    s, e = open_i + mark_len, close_i
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and text[e - 1] == ",":
        e -= 1
        while e > s and text[e - 1].isspace():
            e -= 1
    if e <= s or not _WORD.search(text, s, e):  # marks around nothing but spaces and punctuation
        return None
    return QuotedSpan(s, e, open_i, close_i, para[0], para[1], closed, single)


def _scan_paragraph(text: str, lo: int, hi: int) -> Iterator[QuotedSpan]:
    mode = ""  # "", "double", "single"
    open_i = mark_len = depth = 0
    i = lo
    while i < hi:
        nxt = _MARK.search(text, i, hi)  # every other character leaves the state as it is
        if nxt is None:
            break
        i = nxt.start()
        ch = text[i]
        two = text[i:i + 2]
        if mode in ("", "double") and two in ("''", "``"):
            if mode == "" and (two == "``" or i == lo or text[i - 1] in _OPEN_CONTEXT):
                mode, open_i, mark_len = "double", i, 2
            elif mode == "double":
                q = _emit(text, open_i, mark_len, i, (lo, hi), True, False)
                if q:
                    yield q
                mode = ""
            i += 2
            continue
        if mode == "":
            if ch in _DOUBLE_OPEN or (ch == '"' and (i == lo or text[i - 1] in _OPEN_CONTEXT or
                                                       (i + 1 < hi and not text[i + 1].isspace()))):
                mode, open_i, mark_len = "double", i, 1
            elif ch in "‘'" and _single_opens(text, i, lo):
                mode, open_i, mark_len, depth = "single", i, 1, 1
        elif mode == "double":
            if ch == '"' and _ascii_opens_only(text, i, hi):
                pass  # ' "word': an opening mark inside an open quotation, not its end ("ab "ab "ab …)
            elif ch in _DOUBLE_CLOSE or ch == '"' or (ch == "“" and mark_len == 1 and text[open_i] == "„") \
                    or _misplaced_close(text, open_i, i, hi):
                q = _emit(text, open_i, mark_len, i, (lo, hi), True, False)
                if q:
                    yield q
                mode = ""
        else:  # single
            if ch in "‘'" and _single_opens(text, i, lo) and ch == text[open_i]:
                depth += 1
            elif ch in "’'" and _single_closes(text, i, hi):
                if _weak_close(text, i, hi) and any(
                        text[j] in "’'" and _single_closes(text, j, hi) for j in range(i + 1, hi)):
                    i += 1
                    continue
                depth -= 1
                if depth == 0:
                    q = _emit(text, open_i, mark_len, i, (lo, hi), True, True)
                    if q:
                        yield q
                    mode = ""
        i += 1
    if mode == "double":
        q = _emit(text, open_i, mark_len, hi, (lo, hi), False, False)
        if q:
            yield q


def quoted_spans(text: str, paras: list[tuple[int, int]] | None = None) -> list[QuotedSpan]:
    """Every top-level quotation in ``text``, in order (``paras``: its paragraphs, when known).

    Example: ``‘Russia’s people’s ‘historical memory’ matters,’ she said.`` gives one span,
    "Russia’s people’s ‘historical memory’ matters" (the trailing comma belongs to the attribution).
    """
    out: list[QuotedSpan] = []
    for lo, hi in paragraphs(text) if paras is None else paras:
        out.extend(_scan_paragraph(text, lo, hi))
    return out


@dataclass(frozen=True, slots=True)
class Quoted:
    """The quotations of one Doc, for "is this character inside quotation marks?"."""

    opens: tuple[int, ...]
    closes: tuple[int, ...]

    @classmethod
    def of(cls, spans: list[QuotedSpan]) -> Quoted:
        return cls(tuple(q.open for q in spans), tuple(q.close for q in spans))

    def covers(self, pos: int) -> bool:
        k = bisect_right(self.opens, pos) - 1
        return k >= 0 and self.opens[k] < pos < self.closes[k]
