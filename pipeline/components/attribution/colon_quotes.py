"""Stage 2 helper for pipeline_attribution: a paraphrase that a colon hands over to the speaker's own words.

"Kodjo Amegavi said the gain might not last: "Once the politics calm down, the road will win again."" reports
two statements: the paraphrase before the colon (an indirect quote) and the quotation after it (a direct
one), so the indirect quote stops at the colon. A colon after a word of saying introduces the quotation as
the content itself ("Trump said he responded: "…"", "his parents told him: "…""), and the paraphrase then
runs through it, and so it does after a noun phrase that announces what follows ("he adds that American
Muslims have two choices: "…"", "she offered up this sound bite: "…"").
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context

_OPENING_MARKS = "\"“‘'«"
_ANNOUNCING = frozenset({"this", "these", "that", "those", "following"})


def before_colon_quotation(ctx: Context, direct: list[tuple[int, int]], start: int, end: int) -> int:
    """``end``, or the colon's offset when a direct quotation that closes the statement [start, end) follows a
    colon and the words before the colon hold no verb or noun of saying (``speech_verbs``, ``speech_nouns``,
    ``statement_nouns``) and do not close on a noun phrase that announces it ("two choices", "this sound bite")."""
    text = ctx.text
    for ds, de in direct:
        if not start < ds < end <= de + 2:
            continue
        colon = len(text[start:ds].rstrip().rstrip(_OPENING_MARKS).rstrip()) + start - 1
        if colon <= start or text[colon] != ":":
            return end
        lex = ctx.lex
        words = [t for t in ctx.tokens_from(start, colon) if t.is_alpha]
        if len(words) < 3 or any(t.lemma_.lower() in lex.speech_verbs or t.lemma_.lower() in lex.speech_nouns
                                 or t.lemma_.lower() in lex.statement_nouns for t in words):
            return end
        return end if _announces(words) else colon
    return end


def _announces(words: list[Token]) -> bool:
    """Whether the words before the colon close on a noun phrase that is counted or pointed at ("two choices",
    "this sound bite for which she apologized", "the following terms"): the colon gives its content. Read up
    from the last word through the heads inside the words."""
    first, last, tok = words[0].i, words[-1].i, words[-1]
    while True:
        if tok.pos_ in ("NOUN", "PROPN") and any(
                c.i < tok.i and (c.dep_ == "nummod" or c.dep_ in ("det", "amod") and c.lower_ in _ANNOUNCING)
                for c in tok.children):
            return True
        if tok.head.i == tok.i or not first <= tok.head.i <= last:  # (a new Token each time: compare indices)
            return False
        tok = tok.head
