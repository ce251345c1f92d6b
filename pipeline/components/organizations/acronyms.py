"""Stage 2 helper for pipeline_org_ruler: acronyms and alternative names defined in the text.

"The Collective Security Treaty Organization (CSTO)" and "CSTO (Collective Security
Treaty Organization)" define CSTO; "National Research University Higher School of
Economics (HSE University)" defines an alternative name. Later mentions of a defined
form share the key of the organization it was defined for.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...acronyms import is_acronym
from ..tokens import span_text
from .lexicon import OrgLexicon
from .patterns import DEFINED, NER, OrgCandidate, complement_end, is_cap
from .tokens import positions, word_ids, words_of

_OPEN = word_ids(["("])
MINOR_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "under", "at", "to", "de", "&"})
_HEAD_PREPOSITIONS = frozenset({"for"})  # "Strategy for Accelerated Growth": the head before it ("Conference on
# Interaction and Confidence Building Measures in Asia" stays a body: a conference is an event or a body)
_NUMBER = re.compile(r"^(?:[0-9]{1,4}|[0-9]{4}[-\u2013/][0-9]{2,4}|I{1,3}|IV|V|VI{1,3})$")
_DASHES = frozenset({"-", "\u2013"})


_LETTERS_AND_DIGITS = re.compile(r"^(?=.*[A-Z])(?=.*[0-9])[A-Z0-9]{2,6}$")


def _defined_acronym(text: str) -> bool:
    """A form a parenthesis may define: an acronym (:func:`is_acronym`) or capitals with digits ("B9", "3SI")."""
    return is_acronym(text) or bool(_LETTERS_AND_DIGITS.match(text))


def initials_match(words: list[str], acronym: str, *, skips: int = 1) -> bool:
    """The acronym's letters spell the initials of ``words`` (minor words aside), in order.

    A letter may also come from inside a word ("EAEU": Eurasian Economic Union) and
    ``skips`` words may be skipped ("OSCE": Organization for Security and Co-operation in Europe).

    >>> initials_match("Collective Security Treaty Organization".split(), "CSTO")
    True
    """
    letters = [c.lower() for c in acronym if c.isalpha()]
    parts = [p.lower() for w in words for p in re.split(r"[-/]", w) if p and p.lower() not in MINOR_WORDS]

    def match(li: int, pi: int, skips: int) -> bool:
        if li == len(letters):
            return len(parts) - pi <= skips
        if pi == len(parts):
            return False
        word = parts[pi]
        if word[0] == letters[li]:
            pos, nxt = 1, li + 1
            if match(nxt, pi + 1, skips):
                return True
            while nxt < len(letters):
                idx = word.find(letters[nxt], pos)
                if idx < 0:
                    break
                pos, nxt = idx + 1, nxt + 1
                if match(nxt, pi + 1, skips):
                    return True
        return pi > 0 and skips > 0 and match(li, pi + 1, skips - 1)

    return bool(letters) and bool(parts) and match(0, 0, skips)


def _chain_back(doc: Doc, end: int, lex: OrgLexicon) -> list[int]:
    """Possible starts of a capitalized name ending at ``end`` (nearest first)."""
    starts = []
    j = end
    while j > 0:
        prev = doc[j - 1]
        if is_cap(doc, j - 1) and prev.text not in lex.left_stop and prev.text not in lex.person_titles:
            j -= 1
            starts.append(j)
        elif prev.lower_ in MINOR_WORDS and j > 1 and (is_cap(doc, j - 2) or doc[j - 2].lower_ in MINOR_WORDS):
            j -= 1
        elif prev.text == "-" and j > 1 and not prev.whitespace_:
            j -= 1
        else:
            break
    return starts


def definitions(doc: Doc, cands: list[OrgCandidate], lex: OrgLexicon) -> tuple[list[OrgCandidate], dict[str, str]]:
    """Names defined with a parenthesis, and the key each defined form stands for.

    Returns new candidates (names found only through their definition) and a map
    form -> key, where form is a defined acronym or alternative name.

    Example: "The International Institute for Central Asia (IICA) hosted ..." ->
    ([], {"IICA": "IICA", "International Institute for Central Asia": "IICA"}) when the
    head-noun pattern already found the name.
    """
    by_end = {}
    for c in sorted(cands, key=lambda c: (c.end, c.start)):
        by_end.setdefault(c.end, c)  # the longest name ending there
    new: list[OrgCandidate] = []
    forms: dict[str, str] = {}
    n = len(doc)
    text = words_of(doc).text
    for i in positions(doc, _OPEN):
        close = next((k for k in range(i + 1, min(n, i + 16)) if text[k] == ")"), None)
        if close is None or close == i + 1:
            continue
        inner = doc[i + 1:close]
        before = by_end.get(i)
        if all(_defined_acronym(t.text) for t in inner) and inner.text not in lex.non_org_acronyms:
            acr = inner.text
            if before is not None:
                full = doc[before.start:before.end].text
                if before.key == full or before.source != 0:
                    forms[full] = acr
                    forms.setdefault(acr, acr)
                else:  # an alias-table name: its key wins ("Eurasian Economic Union (EEU)")
                    forms.setdefault(acr, before.key)
                continue
            if _names_document(text, i, lex):
                continue  # "the National Security Policy (NSP)" defines a document
            for start in reversed(_chain_back(doc, i, lex)):
                words = [t.text for t in doc[start:i]]
                if initials_match(words, acr.replace(" ", "")):
                    new.append(OrgCandidate(start, i, acr, DEFINED))
                    forms[doc[start:i].text] = acr
                    forms.setdefault(acr, acr)
                    break
        elif len(inner) > 1 and is_cap(doc, i + 1):
            inner_end = complement_end(doc, i + 1, close, lex)
            if inner_end != close:
                continue
            if before is not None:  # "Full Name (Other Name)"
                forms.setdefault(inner.text, forms.get(doc[before.start:before.end].text, before.key))
                new.append(OrgCandidate(i + 1, close, before.key, DEFINED))
            elif i > 0 and is_acronym(doc[i - 1].text) and initials_match([t.text for t in inner], doc[i - 1].text):
                acr = doc[i - 1].text  # "CSTO (Collective Security Treaty Organization)"
                forms[inner.text] = acr
                forms.setdefault(acr, acr)
                new.append(OrgCandidate(i + 1, close, acr, DEFINED))
                new.append(OrgCandidate(i - 1, i, acr, DEFINED))
    return new, forms


def _names_document(text: list[str], i: int, lex: OrgLexicon) -> bool:
    """The name ending before token ``i`` is a document's or a treaty's: its head noun, the word before its first
    "for" (else its last word, numbers and years after it aside), is a document or treaty noun ("National
    Security Policy", "National Sustainable Development Plan 2020-2035", "Strategy for Accelerated Growth and Shared
    Prosperity"; not "Centre for Security Policy")."""
    end = i
    while end > 0 and (_NUMBER.match(text[end - 1]) or text[end - 1] in _DASHES):
        end -= 1  # "Plan 2020-2035", "Strategy 1"
    start = end
    while start > 0 and (text[start - 1][:1].isupper() or text[start - 1] in MINOR_WORDS):
        start -= 1
    while start < end and text[start] in MINOR_WORDS:
        start += 1
    if start == end:
        return False
    head = next((text[k - 1] for k in range(start + 1, end) if text[k] in _HEAD_PREPOSITIONS), text[end - 1])
    return head in lex.non_org_heads or head in lex.treaty_heads


_KNOWN_AS = (("known", "as"), ("called",), ("dubbed",))
_NAMING = word_ids([cue[-1] for cue in _KNOWN_AS])  # the word right before the acronym
_ACRONYM_NOUNS = word_ids(["acronym", "initials", "abbreviation"])  # "known by its French acronym RCPCA"
_KNOWN_BY = frozenset({"by", "under", "as"})
_SERIES = re.compile(r"^([A-Z]{2,})([0-9]{1,2})$")
_NUMBERED = re.compile(r"^[A-Z]{2,}-[0-9]{1,2}$")


def document_acronyms(doc: Doc, lex: OrgLexicon) -> frozenset[str]:
    """Acronyms the text gives a document, not an organization: "the National Security Policy (NSP)" and "the
    Third National Development Strategy (NDS3)" define {"NSP", "NDS3"}; so does "the Second National Strategy
    for Transformation, known as NST2", and so does "the plan, known by its French acronym PNR". Later mentions of
    them name no organization either, and nor do the other numbers of a numbered one ("NST1", the strategy before
    "NST2")."""
    text = words_of(doc).text
    out = set()
    for i in positions(doc, _OPEN):
        if i + 2 < len(text) and _document_acronym(text[i + 1]) and _closes_with_number(text, i + 2) \
                and _names_document(text, i, lex):
            out.add(text[i + 1])
    for k in positions(doc, _NAMING):
        j = k + 1
        if j < len(text) and _document_acronym(text[j]) and _known_as_document(text, j, lex):
            out.add(text[j])
    for k in positions(doc, _ACRONYM_NOUNS):
        j = k + 1
        if j < len(text) and _document_acronym(text[j]) and _known_by_its_acronym(text, k, lex):
            out.add(text[j])
    series = {m.group(1) for m in map(_SERIES.match, out) if m}
    if series:
        out.update(w for w in text if (m := _SERIES.match(w)) and m.group(1) in series)
    return frozenset(out)


def _closes_with_number(text: list[str], k: int) -> bool:
    """``text[k]`` closes the parenthesis, or the numbers of a series do first: "(NSP)", "(MTP IV)"."""
    while k < len(text) and _NUMBER.match(text[k]):
        k += 1
    return k < len(text) and text[k] == ")"


def _document_acronym(text: str) -> bool:
    """A form a document's parenthesis may define: :func:`_defined_acronym`, or one numbered after a hyphen
    ("NDP-9", "MIP-1")."""
    return _defined_acronym(text) or bool(_NUMBERED.match(text))


def document_mention(doc: Doc, start: int, end: int, documents: frozenset[str]) -> bool:
    """``doc[start:end]`` is one of the ``documents`` (:func:`document_acronyms`), alone or with its number
    ("NDS1", "TSDF II")."""
    if not documents:
        return False
    text = words_of(doc).text
    return text[start] in documents and all(_NUMBER.match(word) for word in text[start + 1:end])


def _known_as_document(text: list[str], j: int, lex: OrgLexicon) -> bool:
    """``text[j]`` follows "known as", "called" or "dubbed" after a comma that closes a document's capitalized
    name: "the National Strategy for Transformation, known as NST2"."""
    for cue in _KNOWN_AS:
        k = j - len(cue)
        if k >= 2 and tuple(text[k:j]) == cue and text[k - 1] == ",":
            return _name_with_document_head(text, k - 1, lex) or _names_document(text, k - 1, lex)
    return False


def _known_by_its_acronym(text: list[str], k: int, lex: OrgLexicon) -> bool:
    """``text[k]`` ("acronym", "initials") closes "known by its [language] acronym" after a plan's noun or a
    document's name: "The plan, known by its French initials RCPCA", "the programme known by its acronym PNDES"."""
    i = k - 1
    if i >= 0 and text[i] != "its" and text[i][:1].isupper():
        i -= 1  # the language the acronym is of ("French")
    if not (i >= 2 and text[i] == "its" and text[i - 1] in _KNOWN_BY and text[i - 2] == "known"):
        return False
    end = i - 2 - (i >= 3 and text[i - 3] == ",")
    return end > 0 and (text[end - 1].lower() in lex.programme_nouns or _name_with_document_head(text, end, lex))


def _name_with_document_head(text: list[str], end: int, lex: OrgLexicon) -> bool:
    """The capitalized name that ends at ``end`` (minor words may join its words) holds a document or treaty
    noun ("Strategy for Transformation")."""
    k = end - 1
    while k >= 0 and (text[k][:1].isupper() or text[k] in MINOR_WORDS):
        if text[k] in lex.non_org_heads or text[k] in lex.treaty_heads:
            return True
        k -= 1
    return False


def linked_keys(doc: Doc, cands: list[OrgCandidate]) -> dict[str, str]:
    """Keys to merge: a full name and its undefined acronym, a name and its short form.

    "the Environmental Protection Agency ... the EPA said" -> {"Environmental Protection
    Agency": "EPA"}; "The New York Post reported ... The Post said" -> {"Post": "New York Post"}. An acronym
    the text spelled out for another name takes no second one: "the Party of Action and Solidarity (PAS) ...
    the Party of Socialists" keeps two parties.
    """
    written = [span_text(doc, c.start, c.end) for c in cands]
    texts = {c.key: form for c, form in zip(cands, written, strict=True) if c.key == form}
    spelled = {c.key for c, form in zip(cands, written, strict=True) if c.key != form and not is_acronym(form)}
    acronyms = sorted({k for k in texts if is_acronym(k) and sum(ch.isalpha() for ch in k) >= 3} - spelled)
    names = sorted({k for k in texts if " " in k and not is_acronym(k)})
    links: dict[str, str] = {}
    for name in names:
        hits = [a for a in acronyms if initials_match(name.split(), a, skips=0)]
        if len(hits) == 1:
            links[name] = hits[0]
    for c in cands:
        if c.source != NER or len(c) != 1 or c.key != words_of(doc).text[c.start] or is_acronym(c.key):
            continue
        longer = {n for n in names if n.split()[-1] == c.key}
        if len(longer) == 1:
            links[c.key] = links.get(next(iter(longer)), next(iter(longer)))
    return links
