"""Stage 2 helper for pipeline_policy: find the priority phrases of each document in the paragraphs about it."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from ...doctext import doc_text, paragraphs
from ..tokens import dep_id, words_of
from .answers import asks_priority, fragment_items
from .bullets import marked_line, opens_with_mark
from .clauses import evaluated_objects, predicate_ranges
from .continuity import (
    headline_end,
    interview_turns,
    local_document,
    old_version,
    ordinal_opener,
    paragraph_index,
    pronoun_speaker,
    role_holder,
    same_speaker,
    speaker_of,
    statement_speaker,
)
from .copulas import copula_items
from .cues import cue_items
from .generic import generic_items
from .intents import intent_items, is_owner, owner_intends
from .items import Context, Item, document_at, labelled, quote_items, relation_items, with_item
from .lexicon import Cue, PolicyLexicon
from .lists import split_series
from .loose import loose_items, other_actor
from .members import with_members
from .mentions import Mention
from .passives import passive_items
from .predications import focus_items, predicate_items, with_predications
from .ranks import anaphoric_relation, named_term
from .regions import is_region
from .sentence_cues import SentenceCues
from .wishes import wish_items

# an item that opens with one of these is an indirect question or a relative clause, no priority
_CLAUSE_WORDS = {"what", "how", "why", "whether", "who", "whom", "whose", "which", "when", "where"}
_QUESTION_WORDS = {"how", "what", "where", "why", "whether"}  # open an indirect question (_asked)
_NAMING = {"call", "dub", "term", "label", "name"}  # "what she called 'orderly migration'": a free relative names it
_PLACE_TYPES = {"LOC", "GPE"}  # named-entity types of a place
_NSUBJ = dep_id("nsubj")
_SUBJECTS = (_NSUBJ, dep_id("nsubjpass"))
# "It also seeks to ...", "Its first priority is ...", "Second, it calls for ...": the sentence continues the
# previous one's document, so weak cues count as if the document were named.
_PRONOUN_OPENER = re.compile(
    r"^\W*(?:(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|lastly|next|then|also|"
    r"in addition|moreover|furthermore|besides|at the same time)\b,?\s*)?(?:it|its|they|their)\b", re.I)


def in_scope(ctx: Context) -> list[tuple[int, int]]:
    """Paragraphs that mention a document, and the paragraphs that continue them ("Apart from it, ...", after a
    section heading, or a bulleted list: "• Gulf first. The Gulf Cooperation Council, the minister told members,
    remains ...", or a list under a heading of its own: "Numbered targets\n1. Solar: ..."); a fact sheet's answer
    to a question about the document ("What does it promise?\nThe main pledge: ...") goes on about it too."""
    text, out, prev, headed = ctx.text, [], False, False
    starts = [ctx.doc[m.start].idx for m in ctx.mentions]
    first = min(starts, default=len(text))
    answers = [a for a, _ in interview_turns(text)[1] if a > first]  # after a question about the document
    for start, end in paragraphs(text):
        has = any(start <= s < end for s in starts)
        opener = text[start:end].lstrip(" \t\n\u00a0\"“‘'«").lower()
        cont = prev and (headed or opens_with_mark(text, start)
                         or any(opener.startswith(c + " ") or opener.startswith(c + ",")
                                for c in ctx.lexicon.continuation_markers)
                         or _titled_list(text, start, end))
        headed = not has and _heading(text[start:end])
        if headed:  # "1. Aims": the paragraph after a section heading goes on as before it
            continue
        if has or cont:
            out.append((start, end))
        prev = has or cont or any(start <= a < end for a in answers)  # a fact sheet's answer goes on about it
    return out


_LINE = re.compile(r"[^\n]*\S[^\n]*")  # a line with text


def _titled_list(text: str, start: int, end: int) -> bool:
    """A paragraph that is a list under a heading of its own line ("Numbered targets\n1. Solar: ...\n2. Transport:
    ..."): two or more marked lines (:func:`.bullets.marked_line`) after a heading."""
    lines = list(_LINE.finditer(text, start, end))
    return (len(lines) >= 3 and _heading(lines[0].group())
            and all(marked_line(text, line.start(), line.end()) is not None for line in lines[1:]))


def _heading(paragraph: str) -> bool:
    """A section heading: one short line without a sentence's final punctuation ("2. Allies and partners")."""
    line = paragraph.strip()
    return "\n" not in line and len(line.split()) <= 6 and not line.endswith((".", ":", "?", "!", '"', "”"))




def _continues(ctx: Context, sent: _Sentence, owners: set[str], *, across: bool = False) -> bool:
    """Whether the sentence goes on about the previous sentence's document: "It also calls for ...", "Its first
    priority is ...", "The second is to ...", a goal sentence ("The navy is to be modernised"), what the owner will
    do ("A spokesman said the government would ..."), or (not ``across`` a paragraph break) a subject is the owner
    ("Nigeria intends to ...")."""
    span, text = sent.span, sent.text
    if _PRONOUN_OPENER.match(text) or ordinal_opener(text):
        return True
    if sent.chained():
        return True
    if owner_intends(ctx, span, owners):  # "According to the adviser, the government will ...", "we will ..."
        return True
    if sent.copulas(ctx, owners) or sent.passives(ctx) or predicate_items(ctx, span, owners):
        return True  # "X is identified as the most pressing task", "... will be concentrated on A", "X is described as"
    if any(c.strong and sent.matches(c) for c in sent.cues):
        return True  # '"Our priorities are clear: ...," the minister said.'
    if across:
        return False
    doc = ctx.doc
    lower, dep = words_of(doc).lower, words_of(doc).dep
    if any(lower[i] in ("its", "their") and doc[i].head.lower_ in ctx.lexicon.list_nouns
           for i in range(span.start, span.end)):
        return True  # "Among its key goals are ..."
    for subject in (doc[i] for i in range(span.start, span.end)
                    if dep[i] in _SUBJECTS):  # "He said the country would ..."
        if subject.lower_ in ("it", "they") or is_owner(ctx, subject, owners):  # "Nur-Sultan intends to ..."
            return True
        if subject.lower_ in ctx.lexicon.self_nouns and any(c.lower_ == "the" for c in subject.children):
            return True
    return False


@dataclass
class _Sentence:
    """One sentence as the rules read it: its span and text; the cues that may match it (:mod:`.sentence_cues`) and
    its copula and passive items are found once, when a rule first asks (all are pure)."""

    span: Span
    text: str
    index: SentenceCues  # the lexicon's priority cues
    _cues: list[Cue] | None = None
    _copulas: list[Item] | None = None
    _passives: list[Item] | None = None
    _lower: str | None = None

    @property
    def lower(self) -> str:
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    @property
    def cues(self) -> list[Cue]:
        if self._cues is None:
            self._cues = self.index.of(self.text, self.lower)
        return self._cues

    def chained(self) -> bool:
        """Whether a chain cue matches: the sentence states an item of a list that goes on ("The navy is to be
        modernised", "Cyber resilience follows as the fourth objective")."""
        return any(c.chains and self.matches(c) for c in self.cues)

    def matches(self, cue: Cue) -> bool:
        """``cue.pattern.search(text)``: the pattern tried only where it can start (:meth:`.lexicon.Cue.finditer`)."""
        return next(cue.finditer(self.text, self.lower), None) is not None

    def copulas(self, ctx: Context, owners: set[str]) -> list[Item]:
        if self._copulas is None:
            self._copulas = copula_items(ctx, self.span, owners)
        return self._copulas

    def passives(self, ctx: Context) -> list[Item]:
        if self._passives is None:
            self._passives = passive_items(ctx, self.span)
        return self._passives


def _refers_to_statement(ctx: Context, own: list[Mention], document: int) -> bool:
    """Whether the sentence's mentions only refer back to ``document``, a statement of priorities that names no
    document ("Relations with Italy and France, she said, are the second pillar"): its speaker goes on speaking."""
    return all(not m.name and not m.statement and m.document == document for m in own) and not any(
        m.name for m in ctx.mentions if m.document == document)


def _named(ctx: Context, document: int) -> bool:
    """Whether the text names the document (or refers to it: "the plan"), not only a statement of priorities."""
    return document >= 0 and any(m.document == document and not m.statement for m in ctx.mentions)


def _it_acts(sent: Span) -> bool:
    """"it" is the subject of a verb of the sentence (not of "is": "It is worth recalling ..."): in a paragraph that
    named a document, the document acts ("More striking is the detail: it calls for ...")."""
    lower, dep = words_of(sent.doc).lower, words_of(sent.doc).dep
    return any(lower[i] == "it" and dep[i] == _NSUBJ and sent.doc[i].head.pos_ == "VERB"
               for i in range(sent.start, sent.end))


def _holds_mention(ctx: Context, start: int, end: int) -> bool:
    return any(start <= m.start < end for m in ctx.mentions)


def _overlaps(item: Item, others: list[Item]) -> bool:
    return any(item.start < o.end and o.start < item.end for o in others)


def _refined(found: list[Item], finer: list[Item]) -> list[Item]:
    """The items, each of which two or more of the ``finer`` items lie inside gives way to them: a cue read "wants the
    exchange rate unified and the central bank made independent" as one phrase, the wish rule reads two clauses."""
    out: list[Item] = []
    for item in found:
        inside = [f for f in finer if item.start <= f.start and f.end <= item.end and not item.partners]
        out += inside if len(inside) >= 2 else [item]
    return out


def _sentence_items(ctx: Context, sentence: _Sentence, has_mention: bool, clause_list: bool, *,
                    intents: bool = True, speaking: bool = False) -> list[Item]:
    """The items the cues of one sentence introduce; in a sentence about the document, also the objects it rates
    ("regards X as key") and, after a list of clauses, the sentence's own clauses ("It will use ... and it does not
    allow ..."); ``speaking``: an interviewee's answer (:func:`.intents.intent_items`)."""
    sent = sentence.span
    found: list[Item] = []
    for cue in sentence.cues:
        found += [i for i in cue_items(ctx, sent, sentence.text, cue, has_mention) if not _overlaps(i, found)]
    if not has_mention and not speaking:
        return found
    document = document_at(ctx, sent, sent.start)
    if document < 0:
        return found
    owners = {m.owner for m in ctx.mentions}
    if not has_mention:  # an answer that names no document: only what the owner ("we") wants and will do
        return found + [i for i in intent_items(ctx, sent, document, owners, speaking=True) if not _overlaps(i, found)]
    found = with_predications(ctx, sent, owners, found)  # "names X as ...", "X is described as ..."
    found += [i for i in sentence.copulas(ctx, owners) + sentence.passives(ctx) if not _overlaps(i, found)]
    wished = wish_items(ctx, sent, owners)  # "wants X deepened"
    found = _refined(found, wished)
    found += [i for i in wished if not _overlaps(i, found)]
    rated = [with_item(ctx, s, e, document) for start, end in evaluated_objects(sent, ctx.lexicon)
             if not _holds_mention(ctx, start, end)  # "saw the document as a signal": the document itself
             and not _overlaps(Item(start, end, document), found)  # a copula read the rated phrase already
             for s, e in split_series(ctx.doc, start, end, ctx.spans, relation_nouns=ctx.lexicon.relation_nouns)]
    found += [i for i in rated if not _overlaps(i, found)]
    if not found and clause_list:  # "It will use A, and it does not allow B": the clauses of a list of clauses
        clauses = predicate_ranges(ctx.doc, sent.start, sent.end)
        if clauses:
            return [with_item(ctx, s, e, document, clause=True) for s, e in clauses]
    if not intents:
        return found
    return found + [i for i in intent_items(ctx, sent, document, owners, speaking=speaking)
                    if not _overlaps(i, found)]


def _flagged_items(ctx: Context, sentence: _Sentence, covered: set[int], confident: bool) -> list[Item]:
    """The items of a sentence that the sentence model flags and the rules read nothing in: the rules' cues and
    readings as if the sentence were about the document before it, else the loose reading of :mod:`.loose`, else
    the generic reading of its main predicate's arguments (:mod:`.generic`) when the model is ``confident`` of it;
    none when the sentence tells what
    another state or organization does."""
    sent = sentence.span
    if other_actor(ctx, sent):
        return []
    found = [i for i in _sentence_items(ctx, sentence, True, False, intents=False)
             if not any(k in covered for k in range(i.start, i.end))] or loose_items(ctx, sent, covered) \
        or (generic_items(ctx, sent, covered) if confident else [])
    covered.update(k for i in found for k in range(i.start, i.end))
    return found


def find_items(doc: Doc, mentions: list[Mention], lexicon: PolicyLexicon, spans: dict[int, Span], *,
               flagged: frozenset[int] = frozenset(), confident: frozenset[int] = frozenset()) -> list[Item]:
    """Every priority phrase of the documents mentioned in ``doc``, in text order.

    A sentence is about a document when it mentions one, or continues a sentence that is (see :func:`_continues`);
    strong cues count in every sentence of a paragraph about a document, weak ones only in sentences about one.
    ``flagged``: start offsets of the sentences a sentence model flags as stating priorities; where the rules read
    nothing in one, :func:`_flagged_items` reads it; the generic reading only those of ``confident`` too.
    """
    ctx = Context(doc, lexicon, spans, [m for m in mentions if m.document >= 0])
    if not ctx.mentions:
        return []
    ctx.text = doc_text(doc)
    ctx.starts = doc.to_array(IDX).tolist()
    owners = {m.owner for m in ctx.mentions}
    scope = in_scope(ctx)
    cues = lexicon.priority_cues
    items: list[Item] = []
    covered: set[int] = set()
    linked = clause_list = False  # the previous sentence is about a document; it ended a list of clauses
    starts = [s for s, _ in paragraphs(ctx.text)]
    speaker, spoken = "", -2  # who stated the last statement of priorities (no document named), in which paragraph
    spoken_of = -1  # the document of that statement
    mention_par = -1  # the paragraph of the last sentence that names a document
    loose: list[Item] = []  # the items of flagged sentences the rules read nothing in
    marks, sure = sorted(flagged), sorted(confident)
    questions, answers = interview_turns(ctx.text)
    first_mention = ctx.starts[ctx.mentions[0].start]
    asking = lexicon.importance_words | lexicon.list_nouns | lexicon.goal_nouns
    for sent in doc.sents:
        if any(s <= sent.start_char and sent.end_char <= e + 1 for s, e in questions):
            continue  # an interviewer's question: the answer after it goes on as before it
        sent_text = ctx.text[sent.start_char: sent.end_char]
        par = paragraph_index(starts, sent.start_char)
        turn = next((k for k, (s, e) in enumerate(answers) if s < sent.end_char and sent.start_char < e), -1)
        answer = sent.start_char > first_mention and turn >= 0
        in_scope_par = answer or any(s < sent.end_char and sent.start_char < e for s, e in scope)
        said_by = speaker_of(doc, sent) or pronoun_speaker(sent, speaker, lexicon.person_nouns) \
            if speaker and par <= spoken + 1 else ""
        sentence = _Sentence(sent, sent_text, cues)
        continued = (linked and _continues(ctx, sentence, owners, across=not in_scope_par)) or (
            in_scope_par and sentence.chained()) or (  # "Cyber resilience follows as the fourth objective"
            bool(said_by) and same_speaker(said_by, speaker)) or (  # "She said the ministry would also seek to ..."
            par == mention_par and _it_acts(sent))  # "More striking is the detail: it calls for A and for B"
        if not continued and not in_scope_par:  # a headline may open a paragraph in scope; a line of the
            if _flagged(marks, sent):
                loose += _flagged_items(ctx, sentence, covered, _flagged(sure, sent))
            linked = any(k in covered for k in range(sent.start, sent.end))  # document's bulleted list goes on
            clause_list = False  # about it
            continue
        own = [m for m in ctx.mentions if sent.start <= m.start < sent.end]
        if own and all(old_version(doc, m.start) for m in own) or not own and local_document(mentions, sent):
            linked = clause_list = False  # "The previous policy had focused on ...", "The city's strategy lists"
            continue
        # an answer about a named document ("What comes first?\n1. Universal access to energy") is the document's
        has_mention = continued or bool(own) or answer and _named(ctx, document_at(ctx, sent, sent.start))
        mention_par = par if own else mention_par
        if own and not (speaker and _refers_to_statement(ctx, own, spoken_of)):
            speaker = statement_speaker(doc, sent, lexicon.person_nouns) or role_holder(doc, own[-1].start) \
                if own[-1].statement else ""
            spoken_of = own[-1].document
        if speaker and has_mention:
            spoken = paragraph_index(starts, sent.end_char - 1)  # a headline the parser joined to the lead
        found = _sentence_items(ctx, sentence, has_mention, clause_list, speaking=answer)
        if not found and answer and sent.start_char <= answers[turn][0] < sent.end_char \
                and asks_priority(ctx.text[questions[turn][0]:sent.end_char], asking):  # "Q: Who are the partners?"
            found = fragment_items(ctx, sent, answers[turn], ctx.text[slice(*questions[turn])])
        found = [i for i in found if not any(k in covered for k in range(i.start, i.end))]
        found += focus_items(ctx, found)  # "A, with a particular emphasis on B and C": B and C too
        covered.update(k for i in found for k in range(i.start, i.end))
        found += relation_items(ctx, sent, covered, about=has_mention)
        if not found and _flagged(marks, sent):
            loose += _flagged_items(ctx, sentence, covered, _flagged(sure, sent))
        items += found
        # a sentence that gives items goes on as the document's ("X comes next. Poland is also named among ...")
        linked, clause_list = has_mention or bool(found), any(i.clause for i in found)
    body = headline_end(ctx.text)
    if loose:  # only for a document the rules read priorities of, or that many flagged sentences read; a flagged
        read = {i.document for i in items} | _loosely_read(loose)  # sentence may restate one of them (not one of
        # the headline, whose items are dropped below)
        kept = [o for o in items if ctx.starts[o.start] >= body]
        loose = [i for i in loose if i.document in read and not any(_same_item(i, o) for o in kept)]
        items = sorted(items + loose, key=lambda i: i.start)
    items = with_members(ctx, items)  # "partnerships with G countries, among which A and B are named"
    quoted = [i for i in quote_items(ctx, scope)  # a quoted title is no quotation ("“X”, the programme ...")
              if not _overlaps(i, items) and not any(m.titled and i.start <= m.start < i.end for m in ctx.mentions)]
    ends = {i.end for i in items + quoted}
    items = sorted((labelled(ctx, _term_item(ctx, i)) for i in items), key=lambda i: i.start)
    for k, item in enumerate(items):
        if k and not item.partners and _refers_back(doc, items[k - 1], item, lexicon):
            item.partners = list(items[k - 1].partners)  # "names X as its key ally and calls for the alliance to"
    return sorted((i for i in items + quoted if ctx.starts[i.start] >= body and not _indirect_question(doc, i)
                   and not _comment(doc, i, ends, lexicon) and not _fragment(doc, i, spans)
                   and not _count(doc, i, lexicon) and not _announcing(doc, i) and not _denied(doc, i)
                   and not _opinion(doc, i, lexicon) and not _prepositional(doc, i)),
                  key=lambda i: i.start)


_LOOSE_READ = 3  # flagged sentences' items that make a document read without the rules' own items


def _loosely_read(loose: list[Item]) -> set[int]:
    """The documents that the flagged sentences the rules read nothing in give :data:`_LOOSE_READ` items or more:
    read through the model alone (an interview or a hearing whose answers use no cue the rules know)."""
    counts = Counter(i.document for i in loose)
    return {d for d, n in counts.items() if n >= _LOOSE_READ}


def _fragment(doc: Doc, item: Item, spans: dict[int, Span]) -> bool:
    """An item that names no priority by itself: it ends in a preposition whose object lies outside it ("Contributing
    to, and where necessary leading, operations ..."; not one a relative clause strands: "the groupings it belongs
    to"), or it is only the name of a place, with no partner ("Southeast Asia is the second focus")."""
    last = doc[item.end - 1]
    if last.pos_ == "ADP" and last.dep_ == "prep" and last.head.dep_ != "relcl" \
            and not any(c.dep_ == "pobj" and c.i < item.end for c in last.children):
        return True
    words = [t for t in doc[item.start:item.end] if t.lower_ != "the"]
    return (not item.partners and is_region(doc, item.start, item.end, spans)
            and all(t.ent_type_ in _PLACE_TYPES for t in words))


def _count(doc: Doc, item: Item, lexicon: PolicyLexicon) -> bool:
    """A number of a document's parts ("Four pillars.", "rests on five national strategies", "bets on four drivers that
    civil servants abbreviate as ATMS", "Four transitions and two foundations"): it announces the list that follows
    and is no priority. Its head and every conjunct of it are counted parts (``part_nouns``, ``list_nouns``)."""
    if item.partners:
        return False
    head = _item_head(doc, item)
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return False
    parts = lexicon.part_nouns | lexicon.list_nouns
    nouns = [head] + [c for c in head.conjuncts if item.start <= c.i < item.end]
    clause = {t.i for c in head.children if c.dep_ == "relcl" for t in c.subtree}  # "that civil servants abbreviate"
    return all(n.lower_ in parts and any(c.dep_ == "nummod" and c.like_num for c in n.children) for n in nouns) \
        and all(t in nouns or t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound" or t.i in clause
                for t in doc[item.start:item.end])


def _announcing(doc: Doc, item: Item) -> bool:
    """An item in the words that announce a list ("The network's review reads the document as follows.", "The main
    points were as follows: ..."): "as follows" comes after it in its sentence."""
    sent = doc[item.start].sent
    return any(doc[k].lower_ == "as" and doc[k + 1].lower_ == "follows" for k in range(item.start, sent.end - 1))


_NEGATIONS = {"nor", "neither", "never"}  # besides a "neg" dependent: "Nor does it name China or Russia as investors"


def _denied(doc: Doc, item: Item) -> bool:
    """Whether a negation on the item's line and outside it denies it: a verb above the item's head is negated ("It
    does not put oil among its priorities at all"), up to a relative clause or a clause coordinated with the negated
    one ("will never give up its claim but wants to restore a working relationship"). A negation inside the item is
    its own ("will not seek to join any military alliance"), and one after it a contrast ("seeks permanent patrols,
    not occasional visits")."""
    tok = _item_head(doc, item)
    line_start = _line_start(doc, item)
    while tok is not None:
        if any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in tok.children
               if line_start <= c.i < item.start):
            return True
        if tok.dep_ == "relcl" or tok.head == tok or tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return False


_PERSON_PRONOUNS = {"he", "she", "i", "we"}


def _opinion(doc: Doc, item: Item, lexicon: PolicyLexicon) -> bool:
    """Whether the item stands in what a person argues, thinks, believes, warns or suggests (``opinion_verbs``; its
    subject a name, "he", "she", "I" or "we"): "She argued that the government should focus on judicial
    appointments", "I believe Cotonou should spend as much energy on dialogue". A person's view, no priority."""
    tok = _item_head(doc, item)
    while tok is not None and tok.head != tok:
        tok = tok.head
        if tok.lemma_.lower() in lexicon.opinion_verbs and any(
                c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in _PERSON_PRONOUNS) for c in tok.children):
            return True
    return False


def _item_head(doc: Doc, item: Item) -> Token | None:
    """The item's first word whose head lies outside it (or is itself)."""
    return next((t for t in doc[item.start:item.end] if not item.start <= t.head.i < item.end or t.head == t), None)


def _line_start(doc: Doc, item: Item) -> int:
    """Token index where the item's line starts in its sentence (a heading the parser joined to it stays out)."""
    sent_start = doc[item.start].sent.start
    return next((k + 1 for k in range(item.start - 1, sent_start - 1, -1) if "\n" in doc[k].text_with_ws), sent_start)


def _prepositional(doc: Doc, item: Item) -> bool:
    """An item that is a prepositional phrase without a verb: what a cue's object is for or where it is ("singled out
    for process change", "singled out as the weakest link", "aid from the United States and the European Union", "in
    the coming year"), not a priority by itself; a clause stays ("In November X is to take over ...")."""
    words = doc[item.start:item.end]
    first = words[0]  # "to triple income per head": a goal the tagger read without its verb
    return first.pos_ == "ADP" and first.dep_ == "prep" and first.lower_ != "to" \
        and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _flagged(marks: list[int], sent: Span) -> bool:
    """Whether a flagged sentence starts inside ``sent`` (the model may split the text a little differently)."""
    k = bisect_left(marks, sent.start_char)
    return k < len(marks) and marks[k] < sent.end_char


def _same_item(item: Item, other: Item) -> bool:
    """Whether two items name one priority: the same partners, and the words of one relation hold the other's."""
    if sorted(c or p.lower() for p, c in item.partners) != sorted(c or p.lower() for p, c in other.partners):
        return False
    a, b = set(re.findall(r"\w+", item.relation.lower())), set(re.findall(r"\w+", other.relation.lower()))
    return bool(a and b) and (a <= b or b <= a)


def _indirect_question(doc: Doc, item: Item) -> bool:
    """"sets out what the text says, how it differs ...": an indirect question names no priority, nor does a relative
    clause after a list's last item ("renewable energies, whose share is to reach 35 percent"), nor an item inside an
    indirect question ("sets out how Seychelles intends to draw wealth from its ocean", "How Tokyo wants to work")."""
    return doc[item.start].lower_ in _CLAUSE_WORDS or _asked(doc, item)


def _asked(doc: Doc, item: Item) -> bool:
    """Whether a question word before the item, on its line, opens a clause the item stands in ("what it sets out to
    do", "where papal diplomacy intends to concentrate its efforts", a heading "How Tokyo wants to work"; not a
    "how" below the root: "sets out how the country intends to reach net-zero emissions" states the goal): the verbs
    above the item's head up to a relative clause (whose "where" relates: "the place where Samoa should argue its
    case") or a naming verb ("what she called 'orderly migration'") or the sentence's root."""
    tok = _item_head(doc, item)
    line_start = _line_start(doc, item)  # the question stands on the item's line, not in a heading above it
    if "\n" in doc[item.start:item.end].text:
        return False  # a heading the parser joined to the item's sentence ("What it put first\nThe programme ...")
    while tok is not None and tok.dep_ != "relcl" and tok.lemma_.lower() not in _NAMING:
        if any(c.lower_ in _QUESTION_WORDS and line_start <= c.i < item.start
               and (c.lower_ != "how" or tok.dep_ == "ROOT") for c in tok.children):
            return True
        if tok.head == tok:
            return False
        tok = tok.head
    return False


def _comment(doc: Doc, item: Item, ends: set[int], lexicon: PolicyLexicon) -> bool:
    """"the expansion of the army, a goal the strategy links to ...": an indefinite phrase right after another item
    and its comma, headed by a comment noun, says what that item is; it is no priority."""
    first = doc[item.start]
    noun = next((t for t in doc[item.start + 1:item.end] if t.pos_ == "NOUN"), None)
    return (first.lower_ in ("a", "an") and item.start > 0 and doc[item.start - 1].text == ","
            and item.start - 1 in ends and noun is not None and noun.lemma_.lower() in lexicon.comment_nouns)


def _term_item(ctx: Context, item: Item) -> Item:
    """"focuses on trade, jobs and what she called 'orderly migration'": the item is the term the speaker names."""
    term = named_term(ctx.doc, item.start, item.end)
    return with_item(ctx, term[0], term[1], item.document) if term else item


def _refers_back(doc: Doc, before: Item, item: Item, lexicon: PolicyLexicon) -> bool:
    """Whether ``item`` ("the alliance to evolve into ...") is a definite relation without partner in the sentence
    of ``before``, which names one."""
    return (bool(before.partners) and doc[before.start].sent == doc[item.start].sent
            and anaphoric_relation(doc, item.start, item.end, lexicon.relation_nouns))
