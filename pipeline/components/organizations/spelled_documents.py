"""Stage 2 helper for pipeline_org_ruler: acronyms that spell a document's name written elsewhere in the text.

No parenthesis defines them ("the Myanmar Sustainable Development Plan 2018-2030 ... the MSDP was"), so
:func:`.acronyms.document_acronyms` does not see them; like its acronyms they name no organization.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...acronyms import is_acronym
from .acronyms import MINOR_WORDS, initials_match
from .lexicon import OrgLexicon
from .tokens import acronym_like, positions, word_ids, words_of

_OPEN = word_ids(["("])


def spelled_documents(doc: Doc, lex: OrgLexicon) -> frozenset[str]:
    """Acronyms that no parenthesis defines and that spell, word by word, the initials of a document's capitalized
    name in the text (:func:`_document_names`): "the Myanmar Sustainable Development Plan 2018-2030 ... the MSDP
    was" and "the Barbados Economic Recovery and Transformation plan ... BERT sought" give {"MSDP", "BERT"}."""
    text = words_of(doc).text
    defined = {text[i + 1] for i in positions(doc, _OPEN) if i + 1 < len(text)}
    acronyms = {text[i] for i in acronym_like(doc) if is_acronym(text[i])} - defined
    if not acronyms:
        return frozenset()
    names = _document_names(text, lex)
    return frozenset(a for a in acronyms if any(_spells(words, a) for words in names))


def _spells(words: tuple[str, ...], acronym: str) -> bool:
    """Every word of ``words`` but the minor ones gives the acronym at least its first letter, in order."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    firsts = [w[0].lower() for w in words if w.lower() not in MINOR_WORDS]
    if not firsts or firsts[0] != letters[0] or len(firsts) > len(letters):
        return False
    return initials_match(list(words), acronym, skips=0)


def _document_names(text: list[str], lex: OrgLexicon) -> set[tuple[str, ...]]:
    """The capitalized names of documents in ``text``: runs of capitalized words (minor words may join them) around
    a capitalized document or treaty noun ("Development Plan", "Strategy for Development and Security"), or before
    a lower-case programme noun ("Recovery and Transformation plan"); every stretch of a run from a capitalized
    word to another that holds its noun (:func:`_document_name`)."""
    heads = lex.non_org_heads | lex.treaty_heads
    names: set[tuple[str, ...]] = set()
    n = len(text)
    for h in range(1, n):
        word = text[h]
        if word in heads:
            last = h + 1
        elif word in lex.programme_nouns and text[h - 1][:1].isupper():
            last = h
        else:
            continue
        starts = _run_words(text, h, -1, lex)
        ends = [last] + [k + 1 for k in _run_words(text, last - 1, 1, lex)]
        names.update(name for s in starts for e in ends if s < e and _document_name(name := tuple(text[s:e]), lex))
    return names


def _document_name(words: tuple[str, ...], lex: OrgLexicon) -> bool:
    """Two words or more besides the minor ones, and no organization's head among them: "European Union" before
    "strategy" and "International Monetary Fund" before "programme" name the owner of the document, not it."""
    return sum(w.lower() not in MINOR_WORDS for w in words) >= 2 and not any(w in lex.heads for w in words)


_RUN = 8  # words a document's name may run on either side of its noun


def _run_words(text: list[str], h: int, step: int, lex: OrgLexicon) -> list[int]:
    """Capitalized words of the run through ``text[h]`` on one side of it (``step`` -1 before, 1 after), ``h``
    itself first when it is one; minor words join them."""
    out = [h] if text[h][:1].isupper() else []
    k = h + step
    while 0 <= k < len(text) and abs(k - h) <= _RUN:
        if text[k][:1].isupper() and text[k].isalpha() and text[k] not in lex.left_stop:
            out.append(k)
        elif text[k] not in MINOR_WORDS:
            break
        k += step
    return out
