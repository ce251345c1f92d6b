"""Stage 3 labels: the hedge a claim marks its own uncertainty with ("may", "probably", "it seems", "50/50")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..components.tokens import token_strings
from .lexicon import ClaimLexicon, Match, find_phrases, words_of

MODAL_TAG = "MD"
_MODAL_WORDS = frozenset({"may", "might", "could", "can", "will", "would", "shall", "should", "must", "'ll", "wo"})
_CAN = frozenset({"can"})


def is_modal_use(match: Match, tokens: Span) -> bool:
    """A one-word modal entry ("may", "will") counts only where the parser tags it a modal ("May 2020",
    "political will" are not)."""
    if match.end - match.start > 1:
        return True
    doc, i = tokens.doc, match.start  # the Doc's word lists: no Token made for the many words that are no modal
    return words_of(doc)[0][i] not in _MODAL_WORDS or token_strings(doc, "tag")[i] == MODAL_TAG


def is_negated_ability(match: Match, tokens: Span, lexicon: ClaimLexicon) -> bool:
    """"could not", "could no longer": a past inability, not a possibility; and "could" that a limiting word
    denies (:func:`is_limited_could`)."""
    doc = tokens.doc
    if words_of(doc)[0][match.start] != "could":
        return False
    token = doc[match.start]
    verb = token.head
    return any(c.dep_ == "neg" for c in verb.children) or doc[token.i + 1:token.i + 3].text.lower() == "no longer" \
        or is_limited_could(token, lexicon)


def is_limited_could(could: Token, lexicon: ClaimLexicon) -> bool:
    """"could" denied by a word of ``lexicon.limiting_words``: an adverb of the modal or its verb ("could hardly
    afford", "could only come from", "never could") or a negative subject ("no plan could succeed", "nobody
    could stop it"). What cannot be, or only can be, is a judgement, not a possibility."""
    limiting = lexicon.limiting_words
    verb = could.head
    for head in (could, verb):
        for c in head.children:
            if c.dep_ in ("advmod", "neg", "preconj") and c.lower_ in limiting:
                return True
            if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in limiting or any(
                    d.dep_ == "det" and d.lower_ in limiting for d in c.children)):
                return True
    return False


def epistemic_can(tokens: Span, lexicon: ClaimLexicon) -> Iterator[Match]:
    """"can" before a verb of happening ("developments can unfold"): possibility, not ability."""
    doc = tokens.doc
    for can in find_phrases(tokens, _CAN, infinitive=False):  # the tokens whose form or lemma is "can"
        i = can.start
        if i >= tokens.end - 1 or words_of(doc)[0][i] != "can" or doc[i].tag_ != MODAL_TAG:
            continue
        verb = next((t for t in doc[i + 1:min(i + 3, tokens.end)] if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.lemma_.lower() in lexicon.epistemic_can:
            yield Match("can", i, verb.i + 1, doc[i:verb.i + 1].text)


def hedges(tokens: Span, lexicon: ClaimLexicon) -> list[Match]:
    """The hedges of ``tokens`` in text order: words of ``lexicon.hedges`` and epistemic "can"."""
    found = [m for m in find_phrases(tokens, lexicon.hedges)
             if is_modal_use(m, tokens) and not is_negated_ability(m, tokens, lexicon)]
    return sorted([*found, *epistemic_can(tokens, lexicon)], key=lambda m: m.start)


def hedge(tokens: Span, lexicon: ClaimLexicon) -> str:
    """The first hedge of ``tokens`` as written ('' when the claim does not mark uncertainty).

    Example: "The chances of this option are 50/50" -> "50/50"; "Kazakhstan signed the treaty" -> "".
    """
    found = hedges(tokens, lexicon) if len(tokens) else []
    return found[0].text if found else ""
