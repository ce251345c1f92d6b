"""Stage 2 helper for pipeline_policy: the course a relation with a partner is to take, as its relation.

"Relations with Türkiye are to be developed as a strategic partnership", "Ties with China, he said, remain important
for investment and infrastructure", "Relations with India, the closest neighbour, would be given special weight, and
...": the relation noun (relation_nouns.txt) before the "with" is the subject of a clause whose predicate says what
the document wants of the relation ("as a strategic partnership", "special weight"), so the relation is the clause
from the noun to the end of its predicate, before the next clause (", and cooperation on ... is to grow") or a comma
after the predicate's verb: the words naming the course stay with the noun and its partners ("relations with the
two neighbours, Spain and France, remain the foundation of ..."). A predicate that says where the text treats the
relation (text_nouns.txt: "is a key part of the paper") gives no course.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import PolicyLexicon
from .partners import clean_relation

_SUBJECTS = ("nsubj", "nsubjpass")
_OTHER_CLAUSES = {"conj", "cc", "parataxis", "punct", "nsubj", "nsubjpass", "mark", "advcl", "ccomp", "dep"}
_BREAKS = {",", ";", ":", "(", "—", "–"}


def _predicate_end(verb: Token, after: int, end: int) -> int:
    """One past the last word of ``verb``'s predicate after token ``after`` and before ``end``: its complements, not
    the other clauses and parentheses hung on it, and not past a comma in them; -1 when it has none but auxiliaries."""
    words = sorted((t for c in verb.children if c.i > after and c.dep_ not in _OTHER_CLAUSES for t in c.subtree
                    if t.i < end), key=lambda t: t.i)
    cut = next((k for k, t in enumerate(words) if t.text in _BREAKS), len(words))  # "weight, and cooperation ..."
    words = words[:cut]
    while words and words[-1].dep_ == "cc":
        words.pop()
    if verb.pos_ != "AUX" and after < verb.i < end:
        words.append(verb)  # "Relations with Japan are to be improved": the verb is the predicate
    content = [t for t in words if t.pos_ not in ("AUX", "PART", "PUNCT")]
    return max(t.i for t in content) + 1 if content else -1


def course_relation(doc: Doc, start: int, w: int, end: int, lexicon: PolicyLexicon) -> str:
    """The relation of tokens [start, end) whose relation noun before the "with" at ``w`` is the subject of a clause
    inside them: the clause from its subject to the end of its predicate ("" if there is none)."""
    noun = doc[w].head
    if not (start <= noun.i < w and doc[w].dep_ == "prep") or noun.dep_ not in _SUBJECTS \
            or noun.lower_ not in lexicon.relation_nouns:
        return ""
    verb = noun.head
    if any(c.dep_ == "conj" for c in noun.children) or not (noun.right_edge.i < verb.i < end):
        return ""  # "the partnership with X and the membership of Y remain ...": the clause is no course of one
    stop = _predicate_end(verb, noun.right_edge.i, end)
    if any(t.lower_ in lexicon.text_nouns for t in doc[noun.right_edge.i + 1:stop]):
        return ""  # "Cooperation with X is a key part of the paper": where the text treats it, no course
    first = max(start, noun.left_edge.i)  # "the minister said the alliance with X would ...": from the subject on
    return clean_relation(doc[first:stop].text, lexicon, processes=True) if stop > 0 else ""
