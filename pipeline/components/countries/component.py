"""Stage 2 component ``pipeline_country_ruler``: country mentions with their ISO 3166-1 alpha-3 code.

Writes ``doc.spans[spans_key]``: one span per mention, label COUNTRY, ``kb_id_``
= ISO3. Mentions are names and official names ("the Russian Federation",
"Republic of Armenia"), short forms and acronyms ("US", "PRC", case-sensitive),
adjectives and demonyms ("Kazakhstani", "Kyrgyzstanis"), historical and
alternative names ("Kirghizia", "Burma"), reordered and shortened titles ("Congo DR",
"Dem. Congo"), capitals used for their state ("Moscow insists"), and a proper noun misspelling
the name of exactly one country ("Botsuana", fuzzy.py). Cities, regions and historical states give nothing.

Also writes ``doc.spans[places_key]`` (label PLACE, ``kb_id_`` = ISO3 of the state
the place is in): capitals that do not stand for their state ("talks in
Ulaanbaatar") and large cities (``cities.tsv``), so that later components know a
place name when they see one (the organization ruler never takes one for an
organization).

Data is loaded once, spaCy's way: the component is created empty (cheap); ``initialize`` compiles
the lexicon (pycountry + ``pipeline/data/countries``) into two phrase tables (phrases.py: matched over
the Doc's token table like a PhraseMatcher, without a Doc per pattern); ``to_disk`` saves the compiled
patterns (with the tokens the tokenizer split them into) and word lists, and ``from_disk`` builds the
tables from them without compiling or tokenizing again (so a worker loading the saved pipeline never
reads the raw lexicon). A component created directly and never initialized compiles on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..phrases import Phrases
from ..rule_component import RuleComponent
from ..tokens import span_text, with_words
from .context import CountryMatch, split_candidates
from .fuzzy import Misspellings, misspelled
from .lexicon import DATA_DIR, KINDS, PATTERN_COLUMNS, ContextLexicon, CountryPattern, compile_patterns, read_patterns

LABEL = "COUNTRY"
PLACE_LABEL = "PLACE"
_PATTERNS = "patterns.json"  # to_disk: the compiled patterns with their tokens (no tokenizing on load)
_OLD_PATTERNS = "patterns.tsv"  # the same without tokens, saved by earlier versions
_LEXICON = "lexicon"  # to_disk: the context word lists, one <field>.txt each
_GLUE = re.compile(r"[-–—/(+)]")
_GLUE_CHARS = frozenset("-–—/(+)")


class CountryMatches(NamedTuple):
    """What :meth:`CountryRuler.match` found: country mentions and place names, in text order."""

    countries: list[CountryMatch]
    places: list[CountryMatch]


class CountryRuler(RuleComponent):
    """Match country names, acronyms, demonyms and capitals; keep those the context allows."""

    KEYS = {"spans_key": "countries", "places_key": "places"}
    spans_key: str
    places_key: str

    def __init__(self, nlp: Language, name: str = "pipeline_country_ruler", *,
                 data_dir: Path | None = DATA_DIR, **keys: str) -> None:
        super().__init__(name, data_dir=data_dir, **keys)
        self.nlp = nlp
        self.patterns: list[CountryPattern] = []
        self.lexicon = ContextLexicon()
        self._misspellings = Misspellings()
        self._build([], {})

    # ------------------------------------------------------------------ data
    def _load(self, data_dir: Path) -> None:
        self.set_patterns(compile_patterns(data_dir), ContextLexicon.from_data(data_dir))

    def set_patterns(self, patterns: Iterable[CountryPattern], lexicon: ContextLexicon,
                     words: Mapping[str, list[str]] | None = None) -> None:
        """Replace the patterns and word lists, and recompile the matchers.

        ``words``: each pattern text's tokens, as the tokenizer split them when the patterns were saved
        (then the patterns are not tokenized again); missing texts are tokenized.
        """
        self._loaded = True
        self.patterns = sorted(set(patterns))
        self.lexicon = lexicon
        self._build(self.patterns, words or {})
        names = ((p.text, p.label) for p in self.patterns if p.kind == "name")
        self._misspellings = Misspellings.of(names, lexicon.personal_names)

    def _build(self, patterns: list[CountryPattern], words: Mapping[str, list[str]]) -> None:
        self._phrases: dict[str, Phrases[tuple[str, str]]] = {"LOWER": Phrases("lower"), "ORTH": Phrases("orth")}
        self._single: dict[tuple[str, str], tuple[str, str]] = {}  # (attr, text) -> (kind, label)
        self._words: dict[str, list[str]] = {}  # pattern text -> its tokens, saved by to_disk
        for p in patterns:
            tokens = words.get(p.text) or [t.text for t in self.nlp.make_doc(p.text)]
            self._words[p.text] = tokens
            self._phrases[p.attr].add((p.kind, p.label), tokens)
            if len(tokens) == 1 and p.kind in ("name", "acronym", "demonym"):
                key = (p.attr, p.text.lower() if p.attr == "LOWER" else p.text)
                self._single.setdefault(key, (p.kind, p.label))

    # ------------------------------------------------------------------ run
    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    def match(self, doc: Doc) -> CountryMatches:
        """Country candidates kept by the context rules, and the place names, in text order."""
        self.ensure_data()
        raw = [CountryMatch(start, end, *key) for phrases in self._phrases.values() for key, start, end in phrases(doc)]
        resolved = [c for c in _longest_first(raw) if c.kind != "block"]
        kept, places = split_candidates(doc, resolved, self.lexicon)
        covered = {i for c in raw for i in range(c.start, c.end)}
        glued = self._glued(doc, covered)
        kept.extend(glued)
        covered.update(c.start for c in glued)
        found = [i for c in kept for i in range(c.start, c.end)]
        kept.extend(CountryMatch(i, i + 1, "name", code)
                    for i, code in misspelled(doc, covered, self._misspellings, found))
        kept = shared_names_resolved(doc, kept, self.lexicon.shared)
        return CountryMatches(sorted(kept, key=lambda c: (c.start, c.end)), places)

    def _glued(self, doc: Doc, covered: set[int]) -> list[CountryMatch]:
        """Countries glued into one token by a hyphen, slash or bracket ("U.S.-China" -> USA, CHN)."""
        out = []
        for i in _glue_shaped(doc):
            tok = doc[i]
            if tok.i in covered or len(tok.text) < 4 or not _GLUE.search(tok.text):
                continue
            for piece in _GLUE.split(tok.text):
                hit = self._single.get(("ORTH", piece)) or self._single.get(("LOWER", piece.lower()))
                if hit is not None and (hit[0] != "name" or piece[:1].isupper()):
                    out.append(CountryMatch(tok.i, tok.i + 1, hit[0], hit[1]))
        return out

    def set_annotations(self, doc: Doc, matches: CountryMatches) -> None:
        """Write one COUNTRY span per country to ``doc.spans[spans_key]``, one PLACE span per place."""
        doc.spans[self.spans_key] = [
            Span(doc, c.start, c.end, label=LABEL, kb_id=c.label) for c in matches.countries
        ]
        doc.spans[self.places_key] = [
            Span(doc, c.start, c.end, label=PLACE_LABEL, kb_id=c.label) for c in matches.places
        ]

    # ------------------------------------------------------------------ serialization
    def _save(self, path: Path) -> None:
        patterns = [[p.kind, p.label, p.text, self._words[p.text]] for p in self.patterns]
        srsly.write_json(path / _PATTERNS, {"columns": [*PATTERN_COLUMNS, "words"], "patterns": patterns})
        self.lexicon.to_dir(path / _LEXICON)

    def _restore(self, path: Path) -> bool:
        lexicon = ContextLexicon.from_dir(path / _LEXICON)
        if not (path / _PATTERNS).exists():  # saved before the tokens were: patterns.tsv, tokenized here
            self.set_patterns(read_patterns(path / _OLD_PATTERNS), lexicon)
            return True
        rows = srsly.read_json(path / _PATTERNS)["patterns"]
        self.set_patterns((CountryPattern(kind, label, text) for kind, label, text, _ in rows), lexicon,
                          {text: words for _, _, text, words in rows})
        return True

    def __repr__(self) -> str:
        return f"CountryRuler(name={self.name!r}, n_patterns={len(self.patterns)})"


def shared_names_resolved(doc: Doc, kept: list[CountryMatch], shared: dict[str, tuple[str, str]]) -> list[CountryMatch]:
    """The matches with each short name two states share given to the other state when the text names that one
    in full and the default one never ("the Democratic Republic of the Congo ... eastern Congo" -> COD)."""
    texts = [span_text(doc, c.start, c.end).lower() for c in kept]
    named = {c.label for c, text in zip(kept, texts, strict=True) if text not in shared}
    out = []
    for c, text in zip(kept, texts, strict=True):
        default, other = shared.get(text, ("", ""))
        out.append(CountryMatch(c.start, c.end, c.kind, other) if c.label == default and other in named
                   and default not in named else c)
    return out


def _glue_shaped(doc: Doc) -> list[int]:
    """Tokens whose shape holds a glue character ("U.S.-China": "X.X.-Xxxxx"), or is too long to show it.

    A token's shape keeps its punctuation, so this finds every token :data:`_GLUE` can match while
    looking at each distinct shape only once (the Doc's token table, no loop over every token).
    """
    return with_words(doc, "shape", lambda shape: shape == "LONG" or not _GLUE_CHARS.isdisjoint(shape))


def _longest_first(cands: list[CountryMatch]) -> list[CountryMatch]:
    """Non-overlapping candidates: longer first, then by kind preference (block > name > ...)."""
    rank = {k: i for i, k in enumerate(KINDS)}
    order = sorted(cands, key=lambda c: (-(c.end - c.start), rank.get(c.kind, 9), c.start, c.label))
    taken: set[int] = set()
    out = []
    for c in order:
        if taken.isdisjoint(range(c.start, c.end)):
            out.append(c)
            taken.update(range(c.start, c.end))
    return sorted(out, key=lambda c: c.start)


