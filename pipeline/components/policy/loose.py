"""Stage 2 helper for pipeline_policy: the priority items of a sentence that a sentence model flags as stating
priorities and the rules read nothing in, read loosely from its form: the lines of a bulleted or numbered list it
holds ("By 2030 the kingdom aims\\n- to raise X;\\n- to lift Y."), or the series a list's own subject is or covers
("These are A; B; and C", "The first five are A, B and C"). A sentence whose main clause tells what another state or
organization does ("China insists that ...") gives none (:func:`other_actor`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .bullets import marked_line
from .clauses import conjunct_stop
from .item_ends import truncate
from .items import Context, Item, document_at, tok, with_item
from .lists import semicolon_series
from .partners import code_of

_LIST_PRONOUNS = {"these", "those"}  # "These are A, B and C"
_SUBJECTS = ("nsubj", "nsubjpass")
_COMPLEMENTS = ("attr", "dobj", "acomp", "xcomp", "oprd")


def loose_items(ctx: Context, sent: Span, covered: set[int]) -> list[Item]:
    """The items of the flagged sentence ``sent`` (see the module's docstring), none over ``covered`` tokens."""
    document = document_at(ctx, sent, sent.start)
    if document < 0:
        return []
    items = _line_items(ctx, sent, document) or _list_subject_items(ctx, sent, document)
    return [i for i in items if i.end > i.start and not any(k in covered for k in range(i.start, i.end))]


def other_actor(ctx: Context, sent: Span) -> bool:
    """Whether a main clause of ``sent``, or a clause it reports, tells what a state or organization other than the
    owner of the document before it does or is ("China insists that ...", "Paris says ...", "it is worth noting
    that Central Asian countries are ..."): the sentence is about those actors, not the owner's priorities."""
    document = document_at(ctx, sent, sent.start)
    owners = {m.owner for m in ctx.mentions if m.document == document}
    for subject in _clause_subjects(sent):
        if any(m.start <= subject.i < m.end for m in ctx.mentions):
            continue
        span = ctx.spans.get(subject.i)
        if span is not None and code_of(span) not in owners:
            return True
        if span is None and subject.tag_ == "NNS" and subject.lower_ in ctx.lexicon.group_nouns:
            return True  # "Central Asian countries are establishing ...": states the text does not name
    return False


def _clause_subjects(sent: Span) -> list[Token]:
    """The subjects of the root, of the verbs coordinated with it and of the clauses they report or take as their
    complement ("it is worth noting that X is ...": X)."""
    root = sent.root
    verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    out = []
    while verbs:
        verb = verbs.pop()
        out += [c for c in verb.children if c.dep_ in _SUBJECTS]
        verbs += [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "acomp") and c.i > verb.i]
    return out


def _line_items(ctx: Context, sent: Span, document: int) -> list[Item]:
    """Each line of the sentence that opens with a list marker, or the first line when it ends with a semicolon (its
    marker ended the sentence before), is an item; a sentence of one such line is none."""
    lines, offset = [], sent.start_char
    for line in ctx.text[sent.start_char:sent.end_char].split("\n"):
        lines.append((offset, line, marked_line(ctx.text, offset, offset + len(line))))
        offset += len(line) + 1
    first = len(lines) > 1 and lines[0][1].rstrip().endswith(";")
    if sum(m is not None for _, _, m in lines) + first < 2:
        return []
    items = []
    for k, (at, line, m) in enumerate(lines):
        if m is not None:
            a, b = m
        elif k == 0 and first:
            a, b = at + len(line) - len(line.lstrip()), at + len(line.rstrip().rstrip(";"))
        else:
            continue
        start = tok(ctx, a)
        end = truncate(ctx.doc, start, tok(ctx, b))
        if end > start:
            items.append(with_item(ctx, start, end, document))
    return items


def _list_subject_items(ctx: Context, sent: Span, document: int) -> list[Item]:
    """"The first five are A, B and C", "These are A; B; and C": the series after the verb of a main clause whose
    subject stands for items of a list."""
    items: list[Item] = []
    for verb, subject in main_clauses(sent):
        if not _list_subject(ctx, subject) or any(c.dep_ == "neg" for c in verb.children):
            continue
        comp = next((c for c in verb.children if c.i > verb.i and c.dep_ in _COMPLEMENTS), None)
        if comp is not None:
            items += _series(ctx, sent, verb, comp.left_edge.i, document)
    return items


def main_clauses(sent: Span) -> list[tuple[Token, Token]]:
    """(verb, subject) of the root and of the verbs coordinated with it (one without a subject shares the root's);
    a verb of speech gives way to the clause it reports ("He said the country wanted ...")."""
    out = []
    root = sent.root
    for verb in [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]:
        said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        subject = _subject(said) if said is not None else _subject(verb) or _subject(root)
        if subject is not None:
            out.append((said if said is not None else verb, subject))
    return out


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _list_subject(ctx: Context, subject: Token) -> bool:
    """A subject that stands for items of a list named before: "These", "The first five", "The other four"."""
    if subject.lower_ in _LIST_PRONOUNS:
        return True
    phrase = ctx.doc[subject.left_edge.i: subject.i + 1]
    if len(phrase) > 4 or any(i in ctx.spans for i in range(phrase.start, phrase.end)):
        return False
    return (subject.pos_ == "NUM" or subject.tag_ == "JJ") and phrase[0].lower_ == "the"


def _series(ctx: Context, sent: Span, verb: Token, start: int, document: int) -> list[Item]:
    """The items of the verb's complement from token ``start``: split at its semicolons when it has some ("A; B and C;
    and D"), else as a series (:func:`.lists.split_series`)."""
    end = conjunct_stop(ctx.doc, verb.i, start, min(verb.right_edge.i + 1, sent.end))
    end = truncate(ctx.doc, start, end)
    while end > start and ctx.doc[end - 1].is_punct:
        end -= 1
    ranges = semicolon_series(ctx.doc, start, end, ctx.spans, relation_nouns=ctx.lexicon.relation_nouns)
    return [with_item(ctx, s, e, document) for s, e in ranges if e > s]
