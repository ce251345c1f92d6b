"""Stage 2 helper for pipeline_policy: the level a relation is raised to, as the relation of its priority.

"Relations with the EU are to be raised to the level of an enhanced partnership agreement" -> "enhanced partnership
agreement"; "an upgrade of relations with ASEAN to a comprehensive strategic partnership" -> "comprehensive strategic
partnership"; "ties with Brazil should evolve into an alliance" -> "alliance". A word of level_words.txt before the
"to"/"into" that follows the partners; "the level/status of X" gives X.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import PolicyLexicon
from .partners import clean_relation

_TARGET_ADP = {"to", "into"}
_LEVEL_NOUNS = {"level", "status", "rank", "stage", "format"}


def _target(adp: Token) -> Token | None:
    """The noun a "to"/"into" leads to, through "the level of" (a bare "to a new level" names no level: None)."""
    noun = next((c for c in adp.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if noun is not None and noun.lemma_.lower() in _LEVEL_NOUNS:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of else None
    return noun


def _relation_level(noun: Token, lexicon: PolicyLexicon) -> bool:
    """A level of a relation: a relation or partner role, or an agreement ("enhanced partnership and cooperation
    agreement"), with a relation noun in it ("strategic partnership", "partnership agreement")."""
    words = {t.lemma_.lower() for t in noun.subtree} | {t.lower_ for t in noun.subtree}
    return bool(words & (lexicon.relation_nouns | lexicon.role_nouns))


def level_relation(doc: Doc, start: int, w: int, end: int, lexicon: PolicyLexicon) -> str:
    """The level that the relation of tokens [start, end), with its "with" at ``w``, is raised to ("" if none)."""
    for adp in doc[w + 1:end]:
        if adp.lower_ not in _TARGET_ADP or adp.pos_ != "ADP":
            continue
        if not any(t.lemma_.lower() in lexicon.level_words for t in doc[start:adp.i]):
            return ""
        noun = _target(adp)
        if noun is None or noun.right_edge.i >= end or not _relation_level(noun, lexicon):
            return ""  # "to bring the agreement into force": no level of the relation
        return clean_relation(doc[noun.left_edge.i:noun.right_edge.i + 1].text, lexicon)
    return ""
