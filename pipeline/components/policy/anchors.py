"""Stage 2 helper for pipeline_policy: a cue pattern's matches, tried only where the pattern can start.

Most cue patterns open with literal words ("\\b(?:foreign[- ]policy|diplomacy|priorities)", "\\bamong "). Python's
``re`` cannot skip ahead to such an opening when the pattern is case-insensitive or opens with ``\\b``: it tries the
pattern at every character of the text, which over a whole document costs far more than the few places where one
of the opening words stands. :func:`opening_words` reads those words from the pattern once (its literal prefixes,
lower case); :func:`anchored_matches` finds them with ``str.find`` and tries the pattern at each, in text order,
giving exactly what ``pattern.finditer(text)`` gives:

    >>> pattern = re.compile(r"\\b(?:foreign[- ]policy|diplomacy)\\b", re.IGNORECASE)
    >>> opening_words(pattern)
    ('diplomacy', 'foreign')
    >>> text = "Its Foreign Policy"
    >>> [m.group() for m in anchored_matches(pattern, ("diplomacy", "foreign"), text, text.lower())]
    ['Foreign Policy']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .sentence_cues import case_folds

try:  # the regex parser and its op codes: private modules of ``re`` since Python 3.11
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10 (requires-python): the same modules under their public names
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})  # "\b", "^", look-arounds: they read no character


def opening_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The literal texts (lower case, sorted) of which every match of ``pattern`` starts with one; None when the
    pattern may start otherwise (an optional or repeated first part, a character class) or with a non-ASCII
    character."""
    words = _openings(list(sre_parse.parse(pattern.pattern, pattern.flags)), "")
    if words is None or any(not w or not w.isascii() for w in words):
        return None
    return tuple(sorted({w.lower() for w in words}))


def _openings(items: list, prefix: str) -> set[str] | None:
    """The literal prefixes every match of the parsed ``items`` starts with, after ``prefix``."""
    for op, av in items:
        if op in _ZERO_WIDTH and not prefix:
            continue
        if op is sre.LITERAL:
            prefix += chr(av)
            continue
        if op is sre.SUBPATTERN:  # a group: its own openings (what follows it is not read)
            return _openings(list(av[3]), prefix)
        if op is sre.BRANCH:
            found: set[str] = set()
            for alternative in av[1]:
                words = _openings(list(alternative), prefix)
                if words is None:
                    return None
                found |= words
            return found
        break
    return {prefix} if prefix else None


def anchored_matches(pattern: re.Pattern[str], words: tuple[str, ...] | None, text: str,
                     lower: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, with the pattern tried only where one of its opening ``words``
    (:func:`opening_words`) stands in ``lower`` (``text.lower()``).

    A lower-case opening found in ``lower`` is where a case-insensitive match can start, unless the text holds a
    letter that such a pattern matches to a different ASCII one (:func:`.sentence_cues.case_folds`) or lower-casing
    changed its length: then every position is tried, as ``finditer`` does.
    """
    if words is None or len(lower) != len(text) or case_folds(text):
        yield from pattern.finditer(text)
        return
    starts: set[int] = set()
    for word in words:
        at = lower.find(word)
        while at >= 0:
            starts.add(at)
            at = lower.find(word, at + 1)
    end = 0
    for start in sorted(starts):
        if start < end:  # inside the match before: finditer goes on after it
            continue
        match = pattern.match(text, start)  # (looks behind ``start`` as a search from ``end`` would)
        if match is not None:
            yield match
            end = match.end()  # > start: every match reads its opening word
