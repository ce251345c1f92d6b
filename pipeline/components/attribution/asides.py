"""Stage 2 helper for pipeline_attribution: where a reported statement's closing aside begins.

News writers close a reported clause with words of their own about a person they have just named, after a
comma: a relative clause ("Roffman, who had covered casino gambling since the '70s") or an appositive ("Bush,
the former Florida governor"). Reported-speech corpora (PolNeAR) end the statement before them. A "which" or
"where" clause about a place or a body usually goes on with the speaker's point in our gold ("the new rail
crossing at X, which is due to open next year"), and so does a clause about a common noun, with a modal verb or
opened by "whose": those stay in the statement."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..tokens import words_of

_RELATIVES = frozenset({"who", "whom"})  # about a person; "which"/"where" clauses about places and bodies stay
_MIN_WORDS = 2  # words of the statement before the aside
_UP = 12  # heads climbed at most from the aside's first word


def closing_aside(span: Span) -> int | None:
    """The index of the comma where a closing aside of ``span`` starts, or None."""
    doc = span.doc
    words = words_of(doc)
    punct, texts = words.is_punct, words.text
    last = span.end - 1
    while last > span.start and punct[last]:
        last -= 1
    for i in range(span.start + _MIN_WORDS, last):
        if texts[i] != ",":
            continue
        head = _constituent(doc[i + 1], last)
        if head is not None and _is_aside(doc[i + 1], head):
            return i
    return None


def _constituent(first: Token, last: int) -> Token | None:
    """The highest token whose subtree starts at ``first`` and reaches token ``last``, or None."""
    tok, found = first, None
    for _ in range(_UP):
        if tok.left_edge.i < first.i:
            break
        if tok.right_edge.i >= last:
            found = tok
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return found


def _is_aside(first: Token, head: Token) -> bool:
    """Whether the clause or phrase ``head`` (starting at ``first``) describes the name before it."""
    name = head.head
    if head.dep_ == "relcl":
        return first.lower_ in _RELATIVES and name.pos_ == "PROPN" \
            and not any(c.tag_ == "MD" for c in head.children)
    if head.dep_ == "appos":  # (not the next item of a list the parser took for one: "his parents, his wife")
        return name.i < first.i and name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and head.pos_ == "NOUN" \
            and not any(t.dep_ == "cc" for t in head.subtree)
    return False
