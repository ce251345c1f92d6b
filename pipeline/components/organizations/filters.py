"""Stage 2 helper for pipeline_org_ruler: which of the NER's ORG entities to trust.

The small English model labels headline fragments ("the New Realities"), persons
("Lavrov"), documents ("UN Charter") and countries as ORG. Names with an
organization head noun are left to the head-noun patterns; of the rest we keep
acronyms, single names that are not a person's name, and names ending in an
organization suffix ("Human Rights Watch", "Amnesty International"), and subjects
the text goes on to call "it" or "which" ("Aire Valley Buses said it was ...").
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from spacy.tokens import Doc, Span

from ...acronyms import is_acronym
from ...doctext import doc_text
from ..tokens import entity_ranges, span_text, token_numbers, token_strings, token_table
from .lexicon import OrgLexicon
from .patterns import NER, OrgCandidate
from .tokens import newline_tokens, words_of

_STRIP_LEFT = frozenset({"the", "The"})
_STRIP_LEFT_LOWER = frozenset({"the"})
_POSSESSIVES = frozenset({"'s", "’s"})
_PREPOSITIONS = frozenset({"of", "for", "on", "under", "in", "at"})
_TITLE_PREPOSITIONS = frozenset({"on", "for", "of", "against"})  # "Treaty on the ...", not "a Plan in the Dewan Rakyat"
_STRIP_RIGHT = frozenset({"'s", "’s", "'", "’", ".", ",", ":", ";"})
_TITLE_LINKS = frozenset({"of", "for"})  # "Minister of ...", "Minister for ..."
_PORTFOLIO_JOINS = frozenset({"the", "and", "&"})
_PORTFOLIO_HOLDERS = frozenset({"Minister", "Secretary"})  # titles a portfolio follows; not "President of Oxfam"
_PORTFOLIO_BEFORE = frozenset({"Minister"})  # the title a portfolio comes before: "Public Works Minister X"
_PORTFOLIO_WORDS = 6  # "for International Development and the Pacific"
_INDEFINITE = frozenset({"a", "an"})
_ROLE_WORDS = 4  # "a senior defence analyst"
_PERSON_POSSESSIVES = frozenset({"his", "her"})


def is_headline(doc: Doc, char: int, *, min_words: int = 3, ratio: float = 0.8) -> bool:
    """The line holding character ``char`` is written in title case (a headline)."""
    text = doc_text(doc)
    lo = text.rfind("\n", 0, char) + 1
    hi = text.find("\n", char)
    return _title_case(text[lo:hi if hi >= 0 else len(text)], min_words=min_words, ratio=ratio)


def _title_case(line: str, *, min_words: int = 3, ratio: float = 0.8) -> bool:
    """``line`` has ``min_words`` words of four letters or more, ``ratio`` of them capitalized."""
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    if len(words) < min_words:
        return False
    return sum(w[0].isupper() for w in words) >= ratio * len(words)


def headline_names(doc: Doc, cands: list[OrgCandidate]) -> list[OrgCandidate]:
    """``cands`` without the names found only inside a title-case line that holds more than the name: there
    every word is capitalized, and a verb or adjective next to a head noun joins the name ("Fire at Eastbrook
    Plastics Plant Forces Hundreds From Their Homes", "First Kenyan Police Land in Haiti"). A name the body
    repeats is kept, and so is one with no capitalized word next to it ("Phnom Penh Policy Forum — Brief No.
    14")."""
    text = doc_text(doc)
    cap = words_of(doc).cap
    keep = []
    for c in cands:
        if not ((c.start > 0 and cap[c.start - 1]) or (c.end < len(doc) and cap[c.end])):
            keep.append(c)
            continue
        lo, hi = doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1])
        line_lo = text.rfind("\n", 0, lo) + 1
        line_hi = text.find("\n", hi)
        line = text[line_lo:line_hi if line_hi >= 0 else len(text)]
        name = text[lo:hi]
        if line.strip() == name or line.rstrip().endswith(".") or not _title_case(line) or text.count(name) > 1:
            keep.append(c)
    return keep


def _trim(text: list[str], start: int, end: int) -> tuple[int, int]:
    """An entity's token range without a leading "the" and trailing possessives and punctuation."""
    while start < end and text[start] in _STRIP_LEFT:
        start += 1
    while end > start and text[end - 1] in _STRIP_RIGHT:
        end -= 1
    return start, end


def _single_name(text: str, ner_counts: Counter) -> bool:
    """A one-word ORG we trust: "WikiLeaks" (inner capital) or named as ORG twice ("Gazprom")."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2 or not text[0].isupper():
        return False
    return any(c.isupper() for c in text[1:]) or ner_counts[text] >= 2


def _acts_as_it(doc: Doc, start: int, end: int, lex: OrgLexicon) -> bool:
    """The name is a subject the text goes on to call "which" or "its" ("Unison, which represents nurses,
    said", "Brennan Axle will close its plant"), or "it" when three words long ("Aire Valley Buses said it
    was disappointed"; "Priyanka Sethi said it was a long wait" is a person the NER misread): a body."""
    if any(not doc[i].is_alpha for i in range(start, end)):
        return False
    if {doc[start].lower_, doc[end - 1].lower_} & lex.place_words:
        return False  # "the River Fergan burst its banks"
    verb = next((doc[i].head for i in range(start, end)
                 if doc[i].dep_ in {"nsubj", "nsubjpass"} and doc[i].head.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "which":
        return True
    near = {doc[i].lower_ for i in range(verb.i + 1, min(verb.i + 4, len(doc)))}  # "said it was", "close its"
    return verb.i > end - 1 and ("its" in near or ("it" in near and end - start >= 3))


def _headed_here(doc: Doc, start: int, end: int, lex: OrgLexicon, *, determined: bool, countries: set[int]) -> bool:
    """An NER name with a head noun that the NER, not the head-noun patterns, delimits: after "the" and ending
    in its head (:func:`_headed_name`), or opening with its head in a role's slot ("told Radio Fórmula")."""
    text = words_of(doc).text
    if text[end - 1] in lex.needs_complement and any(i in countries for i in range(start, end)):
        return False  # "the Kazakh Government"
    if determined and _headed_name(text, start, end, lex):
        return True
    return text[start] in lex.heads and _in_slot(doc, start, lex) and _name_shape(doc, start, end, lex)


def _headed_name(text: list[str], start: int, end: int, lex: OrgLexicon) -> bool:
    """A name the NER found that ends in a head noun the head-noun patterns miss, with no complement and no
    document noun: "the Scottish Government" (a head that needs a complement there, unless a country's adjective
    makes it a description: "the Kazakh Government"), "the People's Party", "the Athlone Magistrate's Court" (a
    possessive inside)."""
    return (text[end - 1] in lex.heads and end - start > 1
            and not any(text[i] in lex.non_org_heads or text[i].lower() in _PREPOSITIONS for i in range(start, end)))


def _name_shape(doc: Doc, start: int, end: int, lex: OrgLexicon) -> bool:
    """``doc[start:end]`` reads as a body's name after "the": capitalized words, joined by connectors ("de",
    "per"), hyphens or a possessive ("the Instituto Andino de Estudios Fiscales", "the Australian Defence Force",
    "the Associated Trio"); its last word is a capitalized word that names no document, treaty or place ("the
    Mutual Defense Treaty", "the Bab el-Mandeb strait", "the Western Balkans")."""
    last = doc[end - 1]
    if not any(doc[i].whitespace_ for i in range(start, end - 1)):
        return False  # one word: "the Indo-Pacific" is a region
    after = doc[end:end + 2]
    if after and (after[0].text[:1].isupper() or (after[0].lower_ in {"and", "&"} and len(after) > 1
                                                   and after[1].text[:1].isupper())):
        return False  # the NER cut a longer name: "the Foreign Affairs and National Security Policy"
    if _tail_of_title(doc, start, lex):
        return False
    if not (last.is_alpha and last.text[0].isupper()) or last.text in lex.non_org_heads \
            or last.text in lex.treaty_heads or {last.lower_, doc[start].lower_} & lex.place_words:
        return False
    for i in range(start, end):
        word = doc[i].text
        if not (word[0].isupper() or word in lex.connectors or word in _POSSESSIVES or word == "-"):
            return False
        if word in lex.non_org_heads or word in lex.treaty_heads:
            return False
    return True


def _tail_of_title(doc: Doc, start: int, lex: OrgLexicon) -> bool:
    """The name at ``start`` ends the title of a treaty, a day or a document the NER cut before it: "the Treaty on
    the Non-Proliferation of Nuclear Weapons", "the International Day for the Total Elimination of ..."."""
    k = start - (start > 0 and doc[start - 1].lower_ == "the")
    return k >= 2 and doc[k - 1].lower_ in _TITLE_PREPOSITIONS \
        and (doc[k - 2].text in lex.treaty_heads or doc[k - 2].text in lex.non_org_heads)


def _shaped_in_context(doc: Doc, start: int, end: int, lex: OrgLexicon, *, determined: bool) -> bool:
    """A name-shaped NER name after "the" (``determined``) or in a person's slot ("chief economist at X")."""
    return (determined or _in_slot(doc, start, lex)) and _name_shape(doc, start, end, lex)


def _in_slot(doc: Doc, start: int, lex: OrgLexicon) -> bool:
    """The name at ``start`` follows a person's role and "at/of/from" ("chief economist at Gulf Meridian Capital")
    or is told something ("told Radio Fórmula that ..."): a body, as the NER calls it."""
    if start >= 2 and doc[start - 1].lower_ in {"at", "of", "from"} and doc[start - 2].lower_ in lex.role_nouns:
        return True
    return start >= 1 and doc[start - 1].lemma_ == "tell" and doc[start - 1].pos_ == "VERB"


def _role_after(doc: Doc, end: int, lex: OrgLexicon) -> bool:
    """A person's role follows the one-word name: "a Huawei executive", "Huawei's chief executive"."""
    k = end + (end < len(doc) and doc[end].text in _POSSESSIVES)
    return k < len(doc) and doc[k].lower_ in lex.role_nouns and doc[k].text.islower()


def _body_subject(doc: Doc, i: int, lex: OrgLexicon) -> bool:
    """The one-word name ``doc[i]`` after "the" is a subject ("The Kremlin has warned that ...") or owns a
    person's role ("the Kremlin's spokesman"): a body, as a person's name takes no article."""
    tok = doc[i]
    if tok.lower_ in lex.place_words or tok.text in lex.person_titles:
        return False
    if i + 2 < len(doc) and doc[i + 1].text in _POSSESSIVES and doc[i + 2].lower_ in lex.role_nouns:
        return True
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"} and tok.head.i > i


def person_words(doc: Doc, ents: tuple[Span, ...] | None = None) -> frozenset[str]:
    """Every word of the NER's PERSON entities ("Sergey", "Lavrov").

    ``ents``: ``doc.ents``, when the caller has them.
    """
    return frozenset(t.text for ent in (doc.ents if ents is None else ents) if ent.label_ == "PERSON" for t in ent)


class _NerView:
    """What the ORG filters read of one Doc, the PERSON words and headline lines computed when first asked."""

    def __init__(self, doc: Doc, lex: OrgLexicon, countries: list[Span]) -> None:
        self.doc, self.lex = doc, lex
        self.text = token_strings(doc, "orth")
        self.orgs = entity_ranges(doc, "ORG")  # doc.ents would make a Span per entity
        self.country_tokens = {i for s in countries for i in range(s.start, s.end)}
        self.ner_counts = Counter(span_text(doc, start, end) for start, end in self.orgs)
        self.spaces = token_numbers(doc, "is_space")
        self._breaks = newline_tokens(doc)
        self._lines: dict[int, bool] = {}  # first token of a line -> is a headline
        self._persons: frozenset[str] | None = None

    def person_word(self, word: str) -> bool:
        """``word`` is a word of a PERSON entity."""
        if self._persons is None:
            self._persons = frozenset(self.text[i] for start, end in entity_ranges(self.doc, "PERSON")
                                      for i in range(start, end))
        return word in self._persons

    def headline(self, i: int) -> bool:
        """is_headline for the line of (non-space) token ``i``."""
        breaks = self._breaks
        k = bisect_left(breaks, i)
        first = breaks[k - 1] + 1 if k else 0
        if first not in self._lines:
            last = breaks[k] if k < len(breaks) else len(self.doc)
            self._lines[first] = _title_case(span_text(self.doc, first, last))
        return self._lines[first]


def ner_candidates(doc: Doc, lex: OrgLexicon, countries: list[Span]) -> list[OrgCandidate]:
    """The NER's ORG entities that pass the filters, as candidates keyed by their text.

    Example: "Interfax reported that Lavrov met the UN envoy." -> "Interfax" and "UN" are
    kept when the NER labels them ORG; "Lavrov" is not when "Sergey Lavrov" is a PERSON.
    """
    view = _NerView(doc, lex, countries)
    out = []
    for ent_start, ent_end in view.orgs:
        start, end = _name_range(view, ent_start, ent_end)
        if start >= end or any(view.spaces[i] or "\n" in view.text[i] for i in range(start, end)):
            continue
        determined = ent_start < start or (start > 0 and view.text[start - 1].lower() in _STRIP_LEFT_LOWER)
        name = span_text(doc, start, end)
        if _trusted(view, start, end, name, determined=determined):
            out += [OrgCandidate(s, e, name, NER) for s, e in _mentions(view, start, end, name)]
    return out + _suffixed_persons(view)


def _suffixed_persons(view: _NerView) -> list[OrgCandidate]:
    """The NER's persons of two capitalized words or more that end in a company's line of business or legal form
    (``org_suffixes.txt``: "Kouilou Textiles will import ...", "The order went to Lubombo Apparel") and whose words
    name no other person of the text alone ("Emily Post ... Post said" is a person's)."""
    text, lex = view.text, view.lex
    persons = entity_ranges(view.doc, "PERSON")
    out = []
    for start, end in persons:
        if end - start < 2 or text[end - 1] not in lex.org_suffixes \
                or not all(text[i][:1].isupper() and i not in view.country_tokens for i in range(start, end)):
            continue
        words = text[start:end]
        if any(text[s:s + len(words)] != words and {text[start], text[end - 1]} & set(text[s:e]) for s, e in persons):
            continue
        out.append(OrgCandidate(start, end, span_text(view.doc, start, end), NER))
    return out


def _name_range(view: _NerView, ent_start: int, ent_end: int) -> tuple[int, int]:
    """The entity's name without "the" and trailing punctuation, with the head noun after a possessive the NER
    left out ("the Athlone Magistrate's" + "Court")."""
    text = view.text
    start, end = _trim(text, ent_start, ent_end)
    if text[ent_end - 1] in _POSSESSIVES and ent_end < len(text) and text[ent_end] in view.lex.heads:
        end = ent_end + 1
    return start, end


def _trusted(view: _NerView, start: int, end: int, name: str, *, determined: bool) -> bool:
    """The NER's ORG ``start:end`` (text ``name``) is an organization these filters keep."""
    doc, lex, text = view.doc, view.lex, view.text
    if any(text[i] in lex.heads or text[i] in lex.non_org_heads for i in range(start, end)) \
            and not _headed_here(doc, start, end, lex, determined=determined, countries=view.country_tokens):
        return False  # the head-noun patterns decide about these
    if name.lower() in lex.non_org_names or lex.names_no_body(name) or text[start] in lex.event_openers \
            or all(i in view.country_tokens for i in range(start, end)) or _title_portfolio(text, start, end, lex):
        return False
    shaped = _one_word_kept(view, start, name, determined=determined) if end - start == 1 \
        else _words_kept(view, start, end, determined=determined)
    if not shaped:
        return False
    if any(view.person_word(text[i]) for i in range(start, end)) and not is_acronym(name):
        return False
    if _names_programme(view, start, end):
        return False
    return not all(doc[i].is_punct for i in range(start, end))  # a word


def _names_programme(view: _NerView, start: int, end: int) -> bool:
    """A mention of the name qualifies a programme's noun (``programme_nouns.txt``), a year or a number between
    them: "the STAR plan", "the BERT 2022 plan", "the HIPC process", "the Falepili Union treaty". A body's name
    the NER finds does not ("Gazprom's plan" is owned, "the IMF programme" is the alias table's)."""
    text, nouns = view.text, view.lex.programme_nouns
    n = len(text)
    for _, e in _occurrences(view.doc, start, end):
        k = e + (e < n and text[e].isdigit())
        if k < n and text[k] in nouns:
            return True
    return False


def _title_portfolio(text: list[str], start: int, end: int, lex: OrgLexicon) -> bool:
    """The entity is a person's title or its portfolio, no organization: it opens with the word closing a title
    ("Secretary of | State for Foreign and Political Affairs"), with a title and "of" / "for" ("the Minister for
    Development and Africa, X"), or it follows a minister's title through the portfolio's capitalized words
    ("Minister of the | Economy Alamine Ousmane Mey", "Minister for International Development and the | Pacific Pat
    Conroy"), or it comes right before a minister's title ("Public Works | Minister X"). A name with an organization
    head noun is the head-noun patterns' to judge."""
    if text[start] in lex.title_objects and start >= 2 and text[start - 1] == "of" \
            and text[start - 2] in lex.person_titles:
        return True
    if any(text[i] in lex.heads for i in range(start, end)):
        return False
    if text[start] in lex.person_titles and start + 1 < end and text[start + 1] in _TITLE_LINKS:
        return True
    if end < len(text) and text[end] in _PORTFOLIO_BEFORE:
        return True  # "Public Works Minister Karim Haddad" (not "Judicial Watch President X", "House Speaker X")
    k = start - 1
    while k > 0 and start - k <= _PORTFOLIO_WORDS and (text[k] in _PORTFOLIO_JOINS or (
            text[k][:1].isupper() and text[k] not in lex.person_titles)):
        k -= 1
    return k > 0 and text[k] in _TITLE_LINKS and text[k - 1] in _PORTFOLIO_HOLDERS


def _one_word_kept(view: _NerView, start: int, name: str, *, determined: bool) -> bool:
    """A one-word ORG: an acronym that is not a country's or a dateline's, or a name that is no person's word nor
    a headline's, and is a single name, acts as "it", is the subject of a body's verb or has a role after it. A word
    in lower case is a common noun, no name ("help the navy fight smuggling")."""
    doc, lex = view.doc, view.lex
    if not name[:1].isupper():
        return False
    if is_acronym(name):
        # "US", datelines ("TASHKENT, 19 June"); not "through BIMSTEC, the Bay of Bengal grouping"
        dateline = name.isupper() and len(name) > 6 and _line_start(view.text, start)
        return not (name in lex.non_org_acronyms or dateline)
    if view.person_word(name) or view.headline(start) or _surname_somewhere(doc, start, lex):
        return False
    return (_single_name(name, view.ner_counts) or _acting_somewhere(doc, start, start + 1, lex)
            or (determined and _body_subject(doc, start, lex)) or _role_after(doc, start + 1, lex))


def _surname_somewhere(doc: Doc, start: int, lex: OrgLexicon) -> bool:
    """The one-word name ``doc[start]`` closes a person's name somewhere in the text, the NER notwithstanding: after
    a capitalized given name and before a role in apposition ("Alexei Voronin, a defence analyst at ...", "Leyla
    Huseynova, a senior economist"), or as the subject of a verb that "his" or "her" follows ("Quispe walked his
    audience through the plan"): a person's surname, no body's name."""
    w = words_of(doc)
    n = len(doc)
    for s, _ in _occurrences(doc, start, start + 1):
        given = s > 0 and w.cap[s - 1] and w.is_alpha[s - 1] and not w.is_stop[s - 1] \
            and w.text[s - 1] not in lex.heads and w.ent_type[s - 1] != "ORG"
        if given and s + 2 < n and w.text[s + 1] == "," and w.lower[s + 2] in _INDEFINITE \
                and any(w.lower[k] in lex.role_nouns and w.is_lower[k]
                        for k in range(s + 3, min(n, s + 3 + _ROLE_WORDS))):
            return True
        verb = doc[s].head
        if doc[s].dep_ == "nsubj" and verb.pos_ == "VERB" and verb.i > s \
                and {w.lower[k] for k in range(verb.i + 1, min(n, verb.i + 3))} & _PERSON_POSSESSIVES:
            return True
    return False


def _words_kept(view: _NerView, start: int, end: int, *, determined: bool) -> bool:
    """A many-word ORG outside a headline: ends in an organization suffix, acts as "it" or is shaped like a
    body's name in its context."""
    doc, lex = view.doc, view.lex
    if view.headline(start):
        return False
    return (view.text[end - 1] in lex.org_suffixes or _acting_somewhere(doc, start, end, lex)
            or _shaped_in_context(doc, start, end, lex, determined=determined))


def _mentions(view: _NerView, start: int, end: int, name: str) -> list[tuple[int, int]]:
    """The ranges a kept ORG gives: itself, or every mention of its words when it was taken because it acts as
    "it" (not an acronym, a single name or a suffixed name)."""
    single = end - start == 1
    if (single and not is_acronym(name) and not _single_name(name, view.ner_counts)) \
            or (not single and view.text[end - 1] not in view.lex.org_suffixes):
        return _occurrences(view.doc, start, end)
    return [(start, end)]


def _line_start(text: list[str], i: int) -> bool:
    """Token ``i`` opens the document or a line."""
    return i == 0 or "\n" in text[i - 1]


def _occurrences(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Every token range of the document with the words of ``start:end`` (the NER may label one of them): the
    tokens written as its first word, from the token table, then the rest compared there."""
    size = end - start
    orth = token_table(doc).column("orth")
    firsts = (orth[:len(orth) - size + 1] == orth[start]).nonzero()[0].tolist()
    if size == 1:
        return [(i, i + 1) for i in firsts]
    words = token_strings(doc, "orth")
    name = words[start:end]
    return [(i, i + size) for i in firsts if words[i:i + size] == name]


def _acting_somewhere(doc: Doc, start: int, end: int, lex: OrgLexicon) -> bool:
    """:func:`_acts_as_it` at any mention of the name ("drivers employed by Aire Valley Buses" ... "Aire Valley
    Buses said it was disappointed")."""
    return any(_acts_as_it(doc, s, e, lex) for s, e in _occurrences(doc, start, end))
