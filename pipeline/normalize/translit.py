"""Stage 4 helper: transliteration folding of name tokens (Cyrillic/Turkic romanisations).

Different romanisations of one name ("Zhanibek"/"Janibek", "Yevgeniy"/"Evgeni",
"Khodjaev"/"Hodzhayev", "Nursoultan"/"Nursultan") fold to one key so that they
are compared, blocked and grouped as equal.
"""

from __future__ import annotations

import re
import unicodedata

# Ordered rewrite rules, applied left to right on a lower-case ASCII token.
_RULES: tuple[tuple[str, str], ...] = (
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("tz", "ts"),
    ("ph", "f"),
    ("ck", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("q", "k"),
    ("ou", "u"),
    ("yev", "ev"),
    ("ye", "e"),
    ("yo", "io"),
    ("y", "i"),
    ("ij", "i"),
)
_DOUBLE = re.compile(r"(.)\1+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile(r"['’ʼ`ʻ‘]")


def ascii_fold(text: str) -> str:
    """Lower-case ASCII form of ``text`` (accents dropped, apostrophes removed).

    >>> ascii_fold("Ma’ruf Şükürov")
    'maruf sukurov'
    """
    text = _APOSTROPHES.sub("", text)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def token_key(token: str) -> str:
    """Transliteration key of one word: variants of a romanised name get one key.

    >>> [token_key(t) for t in ("Zhanibek", "Janibek", "Yevgeniy", "Evgeni", "Nazarov")]
    ['janibek', 'janibek', 'evgeni', 'evgeni', 'nazarov']
    """
    s = _NON_ALNUM.sub("", ascii_fold(token))
    for old, new in _RULES:
        s = s.replace(old, new)
    s = _DOUBLE.sub(r"\1", s)
    if s.startswith("ie"):  # Yevgeny / Ievgeni / Evgeny
        s = s[1:]
    if s.endswith("ii"):
        s = s[:-1]
    return s


# initial letters as written -> first letters of the transliteration keys they can stand for
_INITIAL_KEYS: dict[str, frozenset[str]] = {
    "z": frozenset("zj"), "d": frozenset("dj"), "k": frozenset("kh"), "y": frozenset("ie"),
    "o": frozenset("ou"), "i": frozenset("ie"), "e": frozenset("ei"), "j": frozenset("j"),
}


def initial_matches(initial: str, key: str) -> bool:
    """Can the initial ``initial`` (as written, lower-case) abbreviate a word with key ``key``?

    >>> initial_matches("z", "janibek"), initial_matches("k", "halid"), initial_matches("b", "janibek")
    (True, True, False)
    """
    if not key:
        return False
    return key[0] == initial[:1] or key[0] in _INITIAL_KEYS.get(initial[:1], ())


def block_letter(key: str) -> str:
    """First letter of a key for blocking; vowels are one class (Evgeni / Ievgeni / Yevgeny)."""
    c = key[:1]
    return "*" if c in "aeiouy" else c


def words(text: str) -> list[str]:
    """ASCII words of ``text``; hyphens and periods separate words, apostrophes do not.

    >>> words("Kassym-Jomart O'Tokayev")
    ['kassym', 'jomart', 'otokayev']
    """
    return [w for w in _NON_ALNUM.split(ascii_fold(text)) if w]
