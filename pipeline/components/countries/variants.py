"""Stage 2 helper for pipeline_country_ruler: the surface variants of one country name.

Two kinds of variant:

- spellings of the name itself (:meth:`NameRules.variants`): "X, Y" inversions ("Korea, Republic of"
  -> "Republic of Korea"), abbreviations from ``abbreviations.tsv`` ("Dem. Rep."), accent-free and
  mis-decoded spellings, apostrophes;
- derived forms (:meth:`NameRules.derived`): the title of a state (``title_words.txt``) moved after its
  name or shortened ("DR Congo" -> "Congo DR", "Congo, The Democratic Republic of the" -> "Congo,
  Democratic Republic", "Democratic Republic of the Congo" -> "Dem. Congo"). The compiler keeps a derived
  form only where it names no other state (see lexicon.compile_patterns).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ...wordlists import read_rows, read_words

# separators written in other ways; the words' abbreviations are data (abbreviations.tsv)
_SEPARATORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (" and the ", (" & the ", "/")),
    (" and ", (" & ", "/")),
    (", ", (": ",)),
)
_APOSTROPHES = ("'", "’")
_PAREN_TAIL = re.compile(r"^(?P<head>.+?) \((?P<tail>[^)]+)\)$")
_LEADING_THE = re.compile(r"^(?:the|The) ")
_OF_THE = r"of(?: the)?"
_REPUBLIC_INITIALISM = re.compile(r"^(?:[A-Z]\.){1,3}R\.$|^[A-Z]{1,3}R$")  # DR, D.R., DPR, PDR


def _as_word(word: str) -> re.Pattern[str]:
    """``word`` as a whole word (a key that starts or ends with a space or comma is used as is)."""
    left = r"(?<!\w)" if word[:1].isalnum() else ""
    right = r"(?!\w)" if word[-1:].isalnum() or word[-1:] == "'" else ""
    return re.compile(left + re.escape(word) + right)


def _written_key(name: str, word: str, written: tuple[str, ...]) -> str | None:
    """How ``name`` writes ``word``: the word itself or, for a word of a name (not a separator), the longest of its
    written forms found in ``name`` ("St." before "St" in "St. Vincent"); None when it holds none."""
    if _as_word(word).search(name):
        return word
    if not word[:1].isalpha():
        return None
    return next((form for form in sorted(written, key=len, reverse=True) if _as_word(form).search(name)), None)


def _inversions(name: str) -> Iterator[str]:
    """'Korea, Republic of' -> 'Republic of Korea', 'Korea (Republic of)'; and back."""
    if ", " in name:
        head, tail = name.split(", ", 1)
        bare = _LEADING_THE.sub("", tail)
        yield f"{tail} {head}"
        yield f"{head} ({tail})"
        yield f"{head} ({bare})"
    m = _PAREN_TAIL.match(name)
    if m:
        yield f"{m['head']}, {m['tail']}"


def _encodings(base: str) -> set[str]:
    """``base``, accent-free, and read as Latin-1/cp1252 after UTF-8 encoding ("CÃ´te d'Ivoire")."""
    forms = {base}
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", base) if not unicodedata.combining(ch))
    forms.add(folded)
    if folded != base:
        for enc in ("latin-1", "cp1252"):
            try:
                once = base.encode("utf-8").decode(enc)
                forms.update((once, once.encode("utf-8").decode(enc)))
            except UnicodeDecodeError:
                continue
    return forms


@dataclass(frozen=True)
class NameRules:
    """How names are written: ``abbreviations`` (word -> written forms) and the ``title_words`` of states."""

    abbreviations: tuple[tuple[str, tuple[str, ...]], ...] = ()
    title_words: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data_dir: Path | str) -> NameRules:
        """Read ``abbreviations.tsv`` and ``title_words.txt`` from ``data_dir``."""
        data_dir = Path(data_dir)
        written: dict[str, list[str]] = {}
        for word, form in read_rows(data_dir / "abbreviations.tsv", ("word", "written")):
            written.setdefault(word, []).append(form)
        abbreviations = tuple((word, tuple(forms)) for word, forms in written.items()) + _SEPARATORS
        return cls(abbreviations, frozenset(read_words(data_dir / "title_words.txt")))

    def spellings(self, name: str) -> Iterator[str]:
        """Abbreviated, accent-free, mis-decoded and apostrophe variants of one name. A name written with an
        abbreviation varies as the full word does: "St. Vincent" also gives "St Vincent" and "Saint Vincent"."""
        options = [(key, (word, *subs)) for word, subs in self.abbreviations
                   if (key := _written_key(name, word, subs)) is not None]
        bases = {name}
        for choice in itertools.product(*(alts for _, alts in options)):
            variant = name
            for (word, _), alt in zip(options, choice, strict=False):
                variant = _as_word(word).sub(alt, variant)
            bases.add(variant)
        for base in bases:
            for form in _encodings(base):
                yield form
                for quote in _APOSTROPHES:
                    if quote in form:
                        for other in (*_APOSTROPHES, " "):
                            yield form.replace(quote, other)

    def variants(self, name: str) -> set[str]:
        """Every surface variant compiled for one country name."""
        out: set[str] = set()
        for form in (name, *_inversions(name)):
            out.update(self.spellings(form))
        return _without_the(out)

    def derived(self, name: str) -> set[str]:
        """Spellings of the reordered and shortened forms of ``name`` (not of ``name`` itself)."""
        forms: set[str] = set()
        for form in (name, *_inversions(name)):
            form = _LEADING_THE.sub("", form)
            if ", " in form:
                forms.update(self._title_after_comma(form))
            else:
                forms.update(self._title_moved(form))
        forms -= {name, *_inversions(name)}
        out: set[str] = set()
        for form in forms:
            out.update(self.spellings(form))
        return _without_the(out)

    def _title(self, words: list[str]) -> bool:
        """A state's title that may move or shrink: an initialism of a republic ("DR", "DPR"), or two title
        words or more, "Republic" one of them ("Democratic Republic"; not "Republic" alone)."""
        if len(words) == 1:
            return bool(_REPUBLIC_INITIALISM.match(words[0]))
        return "Republic" in words and all(w in self.title_words for w in words)

    def _title_after_comma(self, form: str) -> Iterator[str]:
        """"Congo, Democratic Republic of the" -> "Congo, Democratic Republic", "Congo (Democratic Republic)"."""
        head, tail = form.split(", ", 1)
        tail = re.sub(rf" {_OF_THE}$", "", _LEADING_THE.sub("", tail))
        if self._title(tail.split()):
            yield f"{head}, {tail}"
            yield f"{head} ({tail})"

    def _title_moved(self, form: str) -> Iterator[str]:
        """"<title> [of [the]] <name>": the title after the name ("DR Congo" -> "Congo DR", "Congo, DR"),
        without "of" ("Democratic Republic Congo"), "Democratic Republic of X" as "Democratic X", and the
        same for the title without "People's" ("Democratic People's Republic of Korea" -> "Democratic Korea")."""
        split = self._split_title(form.split())
        if split is None:
            return
        title, name = split
        titles = [title]
        if "People's" in title and len(title) > 2:
            titles.append([w for w in title if w != "People's"])
        for t in titles:
            text = " ".join(t)
            if t is not title:
                yield f"{text} of {name}"
            yield f"{name} {text}"
            yield f"{name}, {text}"
            if len(t) > 1:
                yield f"{text} {name}"
            if t == ["Democratic", "Republic"]:
                yield f"Democratic {name}"

    def _split_title(self, words: list[str]) -> tuple[list[str], str] | None:
        """(title words, name) of "<title> [of [the]] <name>", or None when the form does not start with a title."""
        for k in range(len(words) - 1, 0, -1):
            title, rest = words[:k], words[k:]
            if rest[0] == "of":
                rest = rest[2:] if rest[1:2] == ["the"] else rest[1:]
            if rest and rest[0][:1].isupper() and not self.title_words & set(rest) and self._title(title):
                return title, " ".join(rest)
        return None


def _without_the(forms: set[str]) -> set[str]:
    """The forms without a leading "the" (never part of a pattern), blanks dropped."""
    return {_LEADING_THE.sub("", v) for v in forms if v.strip()}


def plurals(form: str) -> Iterator[str]:
    """Plurals of a demonym ("Kazakhstani" -> "Kazakhstanis", "Frenchman" -> "Frenchmen", "German" -> "Germans")."""
    if form.endswith("man"):  # "-man" is a word in "Frenchman", a syllable in "German": both plurals
        yield form[:-3] + "men"
        yield form + "s"
    elif form.endswith(("ese", "sh", "ch", "s", "x", "z", "que")):
        return
    elif form[-1] in "aeiouyntkrbhl":
        yield form + "s"
