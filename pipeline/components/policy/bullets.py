"""Stage 2 helper for pipeline_policy: the items of a bulleted or numbered list in the text."""

from __future__ import annotations

import re

_MARK = r"[-•*–·▪]"  # a bullet's mark, not a number
LIST_MARK = rf"(?:{_MARK}|\(?\d{{1,2}}[.)]|\(?[a-z][.)])"  # a bullet, "1." "1)" "(1)" "a)": a list item's mark
_BULLET = re.compile(rf"^[ \t]*(?:{LIST_MARK}|\([ivx]+\))[ \t]+(?P<item>\S.*)$", re.M)
_MARKED_LINE = re.compile(rf"[ \t]*{_MARK}[ \t]+\S")
_INLINE_BULLET = re.compile(r"(?:^|\s)[•▪·*–][ \t]+")
_INLINE_NUMBER = re.compile(r"\(?\b(?:\d{1,2}|[a-z])\)\s*|\b\d{1,2}\.\s+")
_MAX_LINE = 220  # an unmarked line longer than this is prose, not a list item


def opens_with_mark(text: str, start: int) -> bool:
    """Whether the line at ``start`` opens with a bullet's mark ("• Asia. ..."; not a number: "4. Bilateral context"
    is a section of its own)."""
    return _MARKED_LINE.match(text, start) is not None


def bullet_items(text: str, start: int) -> list[tuple[int, int]]:
    """Character ranges of the list items that follow position ``start`` (just after a cue's ":").

    Lines marked "1." "1)" "(1)" "a)" "(iv)" "•" "-" "*" "–" give one item each, with blank lines allowed
    between them; two or more short unmarked lines (each ending in ";" "," or nothing, or starting in lower
    case) are items too. Inline lists ("priorities: 1) ...; 2) ..." or ": • ...; • ...") are split on their
    markers. Markers and a final ";" "," "." are excluded; an empty list means "no list here".

    Example: "priorities:\n1. a strategic partnership with Mongolia;\n2) cooperation with the UN." ->
    ranges of "a strategic partnership with Mongolia" and "cooperation with the UN".
    """
    rest = text[start:]
    nl = rest.find("\n")
    inline = rest[: nl if nl >= 0 else len(rest)]
    if inline.strip():
        return _inline_items(text, start, inline)
    out: list[tuple[int, int]] = []
    unmarked: list[tuple[int, int]] = []
    pos = start + nl + 1
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end]
        m = _BULLET.match(line)
        if m and not unmarked:
            out.append(_trim(text, pos + m.start("item"), line_end))
        elif not out and _plain_item(line, first=not unmarked):
            unmarked.append(_trim(text, pos + len(line) - len(line.lstrip()), line_end))
        elif line.strip() or out or unmarked:
            break
        pos = line_end + 1
    if not out and len(unmarked) >= 2:
        return unmarked
    return out


def _plain_item(line: str, *, first: bool) -> bool:
    """A short unmarked line that reads as a list item ("cooperation with the UN;")."""
    body = line.strip()
    if not body or len(body) > _MAX_LINE or re.search(r"[.!?]\s+[A-Z]", body):
        return False
    return body[-1] in ";," or body[0].islower() or body[-1] not in ".!?:" or len(body) <= 120 or not first


def _inline_items(text: str, start: int, inline: str) -> list[tuple[int, int]]:
    """Items of a list written on the cue's own line (empty unless it has markers)."""
    if re.search(r"\(?\b(?:1|a)[.)]\s", inline):
        parts = list(_INLINE_NUMBER.finditer(inline))
    elif _INLINE_BULLET.match(inline):
        parts = list(_INLINE_BULLET.finditer(inline))
    else:
        return []
    out = []
    for k, m in enumerate(parts):
        end = parts[k + 1].start() if k + 1 < len(parts) else len(inline)
        out.append(_trim(text, start + m.end(), start + end))
    return [r for r in out if r[1] > r[0]]


def marked_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The item of the line ``text[start:end]`` when it opens with a list marker ("- to raise X;", "2. Y, and"):
    its character range without the marker, a final ";" "," "." or a final "and"/"or"; None for another line."""
    m = _BULLET.match(text[start:end])
    if m is None:
        return None
    a, b = _trim(text, start + m.start("item"), end)
    tail = _TRAILING_CONJUNCTION.search(text, a, b)
    return _trim(text, a, tail.start()) if tail else (a, b)


_TRAILING_CONJUNCTION = re.compile(r"[ \t]+(?:and|or)$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n":
        start += 1
    while end > start and text[end - 1] in " \t;,.\n":
        end -= 1
    if text[start:end].lower().startswith("and "):
        start += 4
    return start, end
