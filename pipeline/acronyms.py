"""Stages 2 to 4: what looks like an acronym, decided in one place.

Every rule counts capitals one way, :func:`mostly_capitals`: at least two capitals and at most two
other letters ("CSTO", "CoE", "KazISS"; not "Institute", not "Ms"). The rules differ only in the
characters and lengths they allow, and each is named for what it tests:

- :func:`is_acronym`: one token of 2-12 letters and ``& + - / .``, mostly capitals ("CSTO", "CoE",
  "U.N.", "OPEC+"): the organization ruler's acronyms.
- :func:`is_capitals_word`: 2-10 capitals, digits and ``&``, no lower case ("NATO", "G20", "AT&T"; not
  "CoE"): a capitalized word that is not part of a person's name.
- :func:`is_acronym_key`: 2-10 characters without a space, mostly capitals ("KazISS"): which name of an
  organization entity is its acronym.
- :func:`is_acronym_phrase`: every word 2-12 characters and mostly capitals, digits counting as capitals
  ("G20", "IMEMO RAS"): which form of an organization the table shows as its acronym.
"""

from __future__ import annotations

import re

_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z&+\-/.]{2,12}$")
_CAPITALS_WORD = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")


def mostly_capitals(capitals: int, letters: int) -> bool:
    """At least two of ``letters`` are capitals and at most two are not."""
    return capitals >= max(2, letters - 2)


def is_acronym(text: str) -> bool:
    """``CSTO``, ``EAEU``, ``CoE``, ``U.N.``: one token of 2-12 letters and ``&+-/.``, mostly capitals."""
    if not _ACRONYM.match(text):
        return False
    letters = [c for c in text if c.isalpha()]
    return mostly_capitals(sum(c.isupper() for c in letters), len(letters))


def is_capitals_word(text: str) -> bool:
    """``NATO``, ``G20``, ``AT&T``: 2-10 capitals, digits and ``&``, starting with a capital (``CoE`` is not)."""
    return bool(_CAPITALS_WORD.match(text))


def is_acronym_key(text: str) -> bool:
    """``CSTO``, ``KazISS``, ``SCO``: 2-10 characters, no space, mostly capitals (``NATO summit`` is not)."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(text) <= 10 and " " not in text and mostly_capitals(sum(c.isupper() for c in letters), len(letters))


def is_acronym_phrase(text: str) -> bool:
    """``CSTO``, ``CoE``, ``G20``, ``OPEC+``, ``IMEMO RAS``: every word 2-12 characters and mostly capitals.

    Letters and digits count, and a digit counts as a capital.
    """
    words = text.split()
    if not words:
        return False
    for word in words:
        chars = [c for c in word if c.isalnum()]
        if not 2 <= len(word) <= 12 or not mostly_capitals(sum(not c.islower() for c in chars), len(chars)):
            return False
    return True
