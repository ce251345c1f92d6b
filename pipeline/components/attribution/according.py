"""Stage 2 helper for pipeline_attribution: a report framed by "according to X" ("According to Kotyukova, the
second option is …", "Clinton leads by 271 delegates, according to X, but …"), and how much of its sentence the
phrase qualifies: the sentence after it, the clause before it, or the clause around it when commas set it off.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ...sentences import sentence_of
from .content import Match, is_document, statement_of
from .context import Context
from .lexicon import Lexicon
from .mentions import mention_for, name_after_phrase


def according(tok: Token, ctx: Context) -> Iterator[Match]:
    """"According to Kotyukova, the second option is …" (not for documents: "according to the Program"; but
    another body's document is a source: "according to the FBI summary", "according to company documents")."""
    doc, lex = tok.doc, ctx.lex
    for phrase in lex.according_to:
        words = phrase.split()
        if tok.lower_ != words[0]:
            continue
        if phrase.isascii() and ctx.text[tok.idx:tok.idx + len(phrase)].lower() != phrase:
            continue  # (an ASCII phrase is as long as the text it matches: a test without a Span)
        if doc[tok.i:tok.i + len(words)].text.lower() != phrase:
            continue
        sent = sentence_of(tok)
        last = doc[tok.i + len(words) - 1]
        src = next((c for c in last.children if c.dep_ == "pobj"), None)
        if src is None and tok.i + len(words) < len(doc):
            src = doc[tok.i + len(words)]
            while src.head.i > src.i and src.head.i < sent.end and src.head.pos_ in ("PROPN", "NOUN"):
                src = src.head
        if src is None or is_document(src, lex) and not _owned_document(src, lex):
            return
        phrase_lo = tok.i
        phrase_hi = max(t.i for t in src.subtree) + 1 if src.i >= tok.i else tok.i + len(words)
        aside = next((c for c in src.children if c.dep_ == "appos" and c.i > src.i and c.pos_ == "PROPN"
                      and doc[c.left_edge.i - 1].text == "," and src.pos_ != "PROPN"), None)
        if aside is not None and src.i >= tok.i:  # "According to the summary, Mills and an aide asked …": the
            phrase_hi = aside.left_edge.i - 1  # subject the parser took for the source's apposition
        named = name_after_phrase(src, ctx) if aside is None and src.i >= tok.i and src.pos_ == "NOUN" \
            and not is_document(src, lex) else None
        if named is not None:  # "According to a union representative at the plant, Farai Chikore, the workers …"
            # (not a document's: "According to an FBI summary, Cheryl Mills, a top aide, sent …")
            phrase_hi = named.end + 1
        clause = _clause_before(tok)
        if phrase_lo == sent.start or all(t.is_punct for t in doc[sent.start:phrase_lo]) \
                or doc[phrase_lo - 1].text in (";", ":"):  # "…; according to X, the goal is …": a clause of its own
            s, e = doc[phrase_hi - 1].idx + len(doc[phrase_hi - 1]), sent.end_char
        elif phrase_hi >= sent.end - 1 or doc[phrase_hi].text in (".", "!", "?"):
            s, e = _after_colon(doc, sent.start, tok.i), tok.idx  # (a sentence the parser ran on)
            if clause is not None and clause.left_edge.i > sent.start:
                s = max(s, clause.left_edge.idx)  # "…, which would slash the rate, according to X."
        elif clause is not None:  # "Clinton leads by 271 delegates, according to X, but …": the clause around
            e = tok.idx
            if clause.dep_ == "ROOT" and doc[phrase_lo - 1].text == "," and doc[phrase_hi].text == ",":
                e = _clause_end(clause, phrase_hi, e)  # (set off by commas on both sides)
            s = max(sent.start_char, clause.left_edge.idx)
        else:
            s, e = sent.start_char, sent.end_char
        cs, ce = tok.idx, last.idx + len(last)
        mention = mention_for(src if named is None else doc[named.end - 1], ctx)
        yield statement_of(ctx, (s, e), (ctx.text[cs:ce], cs, ce), mention)
        return


_OWNERS = ("compound", "nummod", "poss")


def _clause_before(tok: Token) -> Token | None:
    """The verb of the clause before an "according to" that the phrase qualifies: a relative clause ("…,
    which would slash the rate, according to X": "slash"), or the sentence's main verb when the phrase
    follows it ("Clinton leads by 271 delegates, according to X, but …": "leads"); a clause another verb
    reports or governs goes with that verb ("The choice shows that Spain is thinking …, according to X").
    None otherwise (a conjunct: "…, and Clinton broke it, according to X" keeps the sentence)."""
    head = tok.head
    if head.i >= tok.i or head.pos_ not in ("VERB", "AUX"):
        return None
    while head.dep_ in ("ccomp", "xcomp", "advcl", "pcomp") and head.head.i != head.i:
        head = head.head
    return head if head.dep_ in ("relcl", "ROOT") else None


_CLAUSE_ARGUMENTS = ("dobj", "attr", "acomp", "oprd", "ccomp", "xcomp")
_CLAUSE_PARTS = _CLAUSE_ARGUMENTS + ("advcl", "prep", "advmod", "agent", "dative")


def _clause_end(clause: Token, after: int, default: int) -> int:
    """Where the clause around a mid-sentence "according to X" (ending at token ``after``) ends: past its
    complements and adverbials after the phrase ("The Union remained, according to the minister, Sweden's
    most important arena"; "That's bad, according to Rubio, because …"), not into a coordinated clause
    ("…, according to X, but …", "…, and 37 people spent …") nor a second object the parser hung on it
    ("… must prepare its forces …, according to the review, a review carried out by …") nor a participle
    phrase; ``default`` (a character offset) when nothing of it follows the phrase."""
    before = {c.dep_ for c in clause.children if c.i < after}
    end = after
    for c in clause.children:
        if c.i < after or c.dep_ == "punct":
            continue
        if c.dep_ not in _CLAUSE_PARTS or c.dep_ in _CLAUSE_ARGUMENTS and c.dep_ in before or _participial(c):
            break
        end = c.right_edge.i + 1
    doc = clause.doc
    while end > after and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[end - 1].idx + len(doc[end - 1]) if end > after else default


def _participial(part: Token) -> bool:
    """A participle without a conjunction ("…, taking a step toward …", "…, compared with …"): the
    writer's comment on the clause, not part of what the source says."""
    return part.tag_ in ("VBG", "VBN") and not any(c.dep_ == "mark" for c in part.children)


def _owned_document(src: Token, lex: Lexicon) -> bool:
    """A lower-case document noun named by its owner, number or kind ("the FBI summary", "company documents",
    "the 2009 paper", "the agency's report"): another body's document, not the text itself ("the document",
    "the Program", "its strategy", "the strategy document")."""
    if not src.is_lower:
        return False
    return any(c.dep_ in _OWNERS and c.pos_ in ("PROPN", "NOUN", "NUM") and c.lemma_.lower() not in lex.document_nouns
               for c in src.children)


def _after_colon(doc: Doc, start: int, end: int) -> int:
    """Where the statement before a closing "according to" starts: after a colon that introduces it
    ("At the same time, …: London was the financial capital, according to …"), else at ``start``."""
    colon = next((t.i for t in reversed(doc[start:end]) if t.text == ":"), None)
    return doc[colon + 1].idx if colon is not None and colon + 1 < end else doc[start].idx
