"""Stage 3: the speakers of a document (quoted, reported or presented as panellists)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span

from ..annotations import PersonAffiliation, QuoteAnnotation
from ..components.persons.lexicon import PersonLexicon
from ..components.tokens import distinct_strings, token_table
from ..doctext import doc_text
from ..records import Speaker
from ..registry import extractor
from ..sentences import sentence_of
from ._spans import span_group


def _full_names(persons: list[Span]) -> dict[str, str]:
    """Every way the text writes a person (and each of their name words) -> the full name."""
    names: dict[str, str] = {}
    for span in persons:
        full = span.kb_id_ or span.text
        names.setdefault(span.text, full)
        names.setdefault(full, full)
    for full in set(names.values()):
        for word in full.split()[1:]:
            names.setdefault(word, full)
    return names


def _speaker_name(persons: list[Span], quote: QuoteAnnotation, names: dict[str, str]) -> str:
    """The full name behind a quote's speaker ("Nazarov" -> "Ravshan Nazarov"); ``persons`` in text order
    (:func:`._spans.span_group`)."""
    if quote.speaker_start >= 0:
        for span in persons:  # (in text order: none after the first that starts past the speaker holds it)
            if span.start_char > quote.speaker_start:
                break
            if quote.speaker_start < span.end_char:
                return span.kb_id_ or span.text
    return names.get(quote.speaker, quote.speaker)


_PANEL_LINKS = frozenset({"with", "was", "were", "included", "includes", "include", "joined", "featured", ":"})


def _named_on_panel(persons: list[Span]) -> list[str]:
    """Persons named right after "panel" and a linking word: "He shared the panel with Lena Berg",
    "Also on the panel was Omar Haddad", "The panel included Ivan Orlov"."""
    out: list[str] = []
    if not persons or not any(lemma.lower() == "panel" for lemma in distinct_strings(persons[0].doc, "lemma")[0]):
        return out  # no "panel" in the Doc (most Docs): no span need be looked at
    for span in persons:
        doc = span.doc
        before = [t for t in doc[max(sentence_of(span).start, span.start - 3):span.start] if not t.is_space]
        if len(before) >= 2 and before[-1].lower_ in _PANEL_LINKS and before[-2].lemma_.lower() == "panel":
            out.append(span.kb_id_ or span.text)
    return out


def _full_name(name: str) -> bool:
    """Whether a speaker's name reads as a person's full name: two words or more, the first and the last
    capitalised ("Moira Kells", "Ana de la Cruz"; not "Brennford", nor "Hana al-Rashed", whose last word is not)."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in (words[0], words[-1]))


@cache
def _title_words() -> frozenset[str]:
    """The words that, right before a name, say it is a person's: titles, public offices and one-word roles
    of the person ruler's lexicon ("Dr", "King", "Adviser", "Senator")."""
    lex = PersonLexicon.from_dir()
    return frozenset({w for w in lex.titles | lex.public_offices | lex.roles if " " not in w} - {"her", "his"})


def _titled(doc: Doc, name: str) -> bool:
    """Whether the text writes the name after a title or a role word ("National Security Adviser Moeed Yusuf
    told ...", "King Mohammed VI said ...": the tagger may read an unfamiliar name as an organization, so the
    person ruler misses it), or the name opens with one; a name holds no title after its first words."""
    titles = _title_words()
    words = name.split()
    titled = [w.lower().rstrip(".") in titles for w in words]
    while titled and titled[0]:
        titled, words = titled[1:], words[1:]
    if any(titled) or not _full_name(" ".join(words)):
        return False  # (a title is no name: "Deputy Prime Minister")
    if len(words) < len(name.split()):
        return True
    text, starts = doc_text(doc), token_table(doc).column("idx")
    at = text.find(name)
    while at >= 0:
        i = int(starts.searchsorted(at, side="right")) - 1  # the token the name starts in
        if i > 0 and doc[i - 1].lower_.rstrip(".") in titles:
            return True
        at = text.find(name, at + 1)
    return False


def _quoted_full_names(doc: Doc, persons: list[Span], names: dict[str, str]) -> set[str]:
    """The speakers of the direct quotes whose names read as a person's full name (:func:`_full_name`), and
    of any quote whose full name the text writes after a title or role (:func:`_titled`)."""
    out: set[str] = set()
    titled: dict[str, bool] = {}  # a name's answer, found once (one speaker gives many quotes)
    for q in doc._.pipeline_quotes or []:
        if not q.speaker:
            continue
        name = _speaker_name(persons, q, names)
        if name in out or not _full_name(name):
            continue
        if q.kind != "direct" and name not in titled:
            titled[name] = _titled(doc, name)
        if q.kind == "direct" or titled[name]:
            out.add(name)
    return out


def _best(affs: list[PersonAffiliation]) -> tuple[str, str, str]:
    """(role, organization, country) for one person: the most informative affiliation stated,
    its gaps filled from the person's other affiliations ("Professor X" ... "X, Y University")."""
    if not affs:
        return "", "", ""
    best = max(affs, key=lambda a: (bool(a.organization), bool(a.role), bool(a.country), -a.start))
    role = best.role or next((a.role for a in affs if a.role), "")
    country = best.country or next((a.country for a in affs if a.country), "")
    return role, best.organization, country


@extractor("speakers", version="29", requires=("pipeline_person_ruler", "pipeline_attribution"))
def speakers(doc: Doc) -> Iterator[Speaker]:
    """Every person with a quote or introduced as a panellist, once, with role, organization, country.

    Needs: pipeline_person_ruler (persons, bylines, affiliations), pipeline_attribution (quotes).
    The byline author is never a speaker; persons only mentioned are not speakers, nor names the person ruler
    does not take for persons, unless they give a direct quote under a full name ("“…,” said Moira Kells"); a
    person named as on the panel ("shared the panel with X", "Also on the panel was X") is one, and so is an
    interview's subject ("We asked X, ...": the person ruler marks both as panellists).

    Example: "Zamir Karazhanov, Kazakhstani political scientist, said ..." ->
    Speaker(name="Zamir Karazhanov", role="political scientist", organization="", country="KAZ", n_quotes=1).
    """
    persons = span_group(doc, "persons")
    names = _full_names(persons)
    bylines = {s.kb_id_ or s.text for s in span_group(doc, "bylines")}
    n_quotes = Counter(_speaker_name(persons, q, names) for q in (doc._.pipeline_quotes or []) if q.speaker)
    by_name: dict[str, list[PersonAffiliation]] = {}
    for a in doc._.pipeline_affiliations or []:
        by_name.setdefault(a.name, []).append(a)
    panelists = [a.name for a in doc._.pipeline_affiliations or [] if a.panelist] + _named_on_panel(persons)
    quoted = _quoted_full_names(doc, persons, names)
    persons = set(names.values())
    for name in dict.fromkeys([*panelists, *n_quotes]):
        if not name or name in bylines or name not in persons and name not in quoted:
            continue
        role, organization, country = _best([x for x in by_name.get(name, []) if x.role or x.organization or x.country])
        yield Speaker(name=name, role=role, organization=organization, country=country,
                      n_quotes=n_quotes.get(name, 0))
