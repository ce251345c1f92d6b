"""Stage 2 helper for pipeline_attribution: a view framed by the person it belongs to.

"For Gabriela Ortiz, a security analyst in Quito, the debate misses the main problem." -> "the debate
misses the main problem", said by Gabriela Ortiz: a sentence that opens with ``perspective_prepositions``
("for", "to") and a person named in full and presented by their organization (in an apposition or a relative
clause), set off by a comma, and goes on with a clause of its own. News introduces an expert's view that way;
a surname alone, a title and surname or a figure of the story ("For Trump, …", "For Mr. Biden, after eight
years …", "For Jeb Bush, the former governor, …") more often opens the writer's own account of that person's
situation.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ...sentences import sentence_range
from .content import Match, statement_of
from .context import Context
from .mentions import mention_for

_OPENING_MARKS = ("\"", "“")
_CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "expl")
_PRESENTING = ("appos", "relcl")
_ORGANIZATION = 1  # Context.grouped: a token an organization span covers


def perspective(tok: Token, ctx: Context) -> Iterator[Match]:
    """"For <full name>, <clause>." -> the clause, said by the person named."""
    if tok.lower_ not in ctx.lex.perspective_prepositions:
        return
    doc = tok.doc
    start, stop = sentence_range(doc, tok.i)
    if not _opens_sentence(doc, start, tok.i):
        return
    name = _named_in_full(tok, ctx)
    if name is None or not _introduced(name, ctx):
        return
    comma = _comma_after(tok)
    verb = tok.head
    if comma >= stop - 1 or doc[comma].text != "," or verb.i <= comma or verb.pos_ not in ("VERB", "AUX") \
            or not any(c.dep_ in _CLAUSE_SUBJECTS and c.i > comma for c in verb.children):
        return  # "For years, …", "For Ortiz, whose …" (no clause of its own after the name)
    if any(t.lower_ == "according" for t in doc[comma:stop]):
        return  # the view has a source of its own
    end = doc[stop - 1]
    yield statement_of(ctx, (doc[comma + 1].idx, end.idx + len(end)), (tok.text, tok.idx, tok.idx + len(tok)),
                       mention_for(name, ctx))


def framing_person(ctx: Context, tok: Token) -> Token | None:
    """The person whose view the sentence of ``tok`` frames ("For Lars Brandt, chief executive of …, the
    calculation is simple: “…”" -> Brandt), when that frame ends before ``tok``: a sentence that opens with
    ``perspective_prepositions`` and a person named in full, set off by a comma. A quotation the frame's sentence
    introduces is that person's words, so the frame needs no organization to present the person."""
    doc = tok.doc
    start, _ = sentence_range(doc, tok.i)
    first = next((t for t in doc[start:tok.i] if not t.is_space), None)
    if first is None or first.lower_ not in ctx.lex.perspective_prepositions:
        return None
    name = _named_in_full(first, ctx)
    return name if name is not None and _comma_after(first) < tok.i else None


def _named_in_full(prep: Token, ctx: Context) -> Token | None:
    """The object of a perspective preposition when a person named in full stands there ("For Gabriela Ortiz, …"),
    else None."""
    name = next((c for c in prep.children if c.dep_ == "pobj"), None)
    person = ctx.persons[name.i] if name is not None else None
    return name if person is not None and _full_name(person, ctx) else None


def _opens_sentence(doc: Doc, start: int, i: int) -> bool:
    """Whether token ``i`` opens its sentence (which starts at token ``start``): nothing before it there but spaces
    and one opening quotation mark. Read from the sentence's start, so a "to" deep in a sentence costs one token."""
    marked = False
    for k in range(start, i):
        token = doc[k]
        if token.is_space:
            continue
        if marked or token.text not in _OPENING_MARKS:
            return False
        marked = True
    return True


def _full_name(person: Span, ctx: Context) -> bool:
    """A first name and a surname at least ("Gabriela Ortiz", "Dr. Erasto Mbwambo"; not "Mr. Trump")."""
    words = [t for t in person if not t.is_punct and t.lower_.rstrip(".") not in ctx.lex.titles]
    return len(words) >= 2


def _introduced(name: Token, ctx: Context) -> bool:
    """Whether an apposition or a relative clause presents the person by the organization they work at ("For
    Gabriela Ortiz, a security analyst at the Andean Institute, …", "For Tserendorj Ganbold, who heads the
    Institute for Northeast Asian Affairs, …"): a source the writer brings in, not a figure of the story ("For
    Jeb Bush, the former governor, the loss is …")."""
    return any(c.dep_ in _PRESENTING and c.i > name.i and any(ctx.grouped[t.i] == _ORGANIZATION for t in c.subtree)
               for c in name.children)


def _comma_after(tok: Token) -> int:
    """The index of the comma that closes the phrase ``tok`` opens (its object with the object's apposition
    or relative clause): the phrase's last token (the parser may hang the comma on the name), else the next."""
    last = max(t.i for t in tok.subtree)
    return last if tok.doc[last].text == "," else last + 1
