"""Stage 2 helper for pipeline_attribution: reported speech framed by a phrase, not by a verb's complement.

- "In her view, …" (``according`` has its own module: "According to X, …");
- passive topic reports: "The topic of … was then taken up by X";
- passive reports with an infinitive: "The senator is said to have made his peace with it";
- a trailing attribution after a comma: "A commission will coordinate the work, the council secretary told …";
- a parenthetical one: "The museum, Mr. Obama said, would …";
- a sentence-initial "as" clause: "As Politico reported Tuesday night, the PAC will …";
- "made (it) clear that …".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ...sentences import sentence_of
from ..tokens import words_of
from .answers import answer_after
from .candidates import SpeakerMention
from .content import (
    Match,
    clausal_complement,
    in_persons,
    is_document,
    reported_by,
    statement_bounds,
    statement_of,
)
from .context import Context
from .lexicon import Lexicon
from .mentions import mention_for
from .syntax import cue_text, subtree_bounds

_PASSIVE_PRONOUNS = ("he", "she", "they", "who", "which", "that", "we")  # ("it is said to": the weather, a thing)
_TOPIC_NOUNS = {"topic", "issue", "question", "theme", "subject", "matter", "problem"}


def in_view(tok: Token, ctx: Context) -> Iterator[Match]:
    """"In her view, the Gulf monarchies are hedging …" -> the rest of the sentence, source "her";
    "The monarchies are hedging, in her view." -> the sentence before the frame."""
    if tok.lower_ != "in":
        return
    doc = tok.doc
    if tok.i + 3 >= len(doc) or words_of(doc).lower[tok.i + 2] not in ctx.lex.view_nouns:
        return
    sent = sentence_of(tok)
    if tok.i + 2 >= sent.end:
        return
    poss = doc[tok.i + 1]
    if poss.tag_ != "PRP$" or poss.lower_ in ("my", "our", "your", "its"):
        return
    closing = tok.i > sent.start + 3 and doc[tok.i - 1].text == "," and doc[tok.i + 3].text in (".", "!") \
        and tok.i + 4 >= sent.end  # "…, in his view."
    if not closing and (doc[sent.start:tok.i].text.strip(" \"“") or doc[tok.i + 3].text != ","):
        return  # only a sentence-initial "In her view," (or a closing ", in her view.") frames the sentence
    bounds = (sent.start_char, doc[tok.i - 1].idx) if closing else (doc[tok.i + 3].idx + 1, sent.end_char)
    cs, ce = tok.idx, doc[tok.i + 2].idx + len(doc[tok.i + 2])
    pronoun = {"his": "he", "her": "she"}.get(poss.lower_, "")
    mention = SpeakerMention("pronoun" if pronoun else "group", poss.idx, poss.idx + len(poss), poss.text)
    yield statement_of(ctx, bounds, (ctx.text[cs:ce], cs, ce), mention)


def passive_topic(tok: Token, ctx: Context) -> Iterator[Match]:
    """"The topic of human capital was then taken up by Milana Bazarova"."""
    lemma = tok.lemma_.lower()
    for line in ctx.lex.passive_topic_cues:
        verb, _, particle = line.partition(" ")
        if lemma != verb:
            continue
        prt = next((c for c in tok.children if c.dep_ == "prt"), None)
        if particle not in ("", "-") and (prt is None or prt.lower_ != particle):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        src = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if subj is None or src is None or subj.pos_ in ("PRON", "DET"):
            continue
        content = subj
        if subj.lemma_.lower() in _TOPIC_NOUNS:
            of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            content = pobj or subj
        cs, ce = tok.idx, agent.idx + len(agent)
        yield statement_of(ctx, subtree_bounds(content), (ctx.text[cs:ce], cs, ce), mention_for(src, ctx))
        return


def passive_report(tok: Token, ctx: Context) -> Iterator[Match]:
    """"The senator is said to have made his peace with it", "the Fed is not expected to change rates"
    -> the whole clause, no speaker."""
    subjects = ctx.lex.passive_report_subjects.get(tok.lemma_.lower())
    if subjects is None or tok.tag_ != "VBN":
        return
    aux = next((c for c in tok.children if c.dep_ == "auxpass"), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    comp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if aux is None or subj is None or comp is None or subj.pos_ == "PRON" and subj.lower_ not in _PASSIVE_PRONOUNS:
        return
    if subjects == "named" and not (subj.pos_ == "PROPN" or in_persons(subj, ctx) or subj.lower_ in ("he", "she")):
        return
    if is_document(subj, ctx.lex):
        return
    s, e = statement_bounds(ctx, subj.left_edge.idx, subtree_bounds(comp)[1])
    cs, ce = aux.idx, tok.idx + len(tok)
    yield Match(s, e, ctx.text[cs:ce], cs, ce, mention=None, confidence=0.6)


def appearance(tok: Token, ctx: Context) -> Iterator[Match]:
    """"The senator appeared to have gained some ground", "The plan seems unlikely to pass" -> the whole
    clause from its subject, no source (an impression reported by nobody named)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in ctx.lex.appearance_verbs:
        return
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    comp = next((c for c in tok.children if c.dep_ in ("xcomp", "acomp", "oprd") and c.i > tok.i), None)
    if subj is None or comp is None or subj.lower_ in ("it", "there") or is_document(subj, ctx.lex):
        return  # "it seems that …" is the writer's hedge
    start = subj.left_edge.idx
    if subj.lower_ in ("which", "who", "that") and tok.dep_ == "relcl":
        start = subj.idx
    s, e = statement_bounds(ctx, start, subtree_bounds(comp)[1])
    yield Match(s, e, *cue_text(tok.doc, tok), mention=None, confidence=0.6)


def as_reported(tok: Token, ctx: Context) -> Iterator[Match]:
    """"As Politico reported Tuesday night, the PAC will level the playing field." -> the rest of the
    sentence (the "as" clause has no object of its own: "As he said this, …" is a time)."""
    if tok.pos_ != "VERB" or tok.dep_ != "advcl" or tok.lemma_.lower() not in ctx.lex.speech_verbs:
        return
    doc, sent = tok.doc, sentence_of(tok)
    first = tok.left_edge
    if first.lower_ != "as" or first.dep_ != "mark" \
            or any(t.dep_ != "cc" and not t.is_quote for t in doc[sent.start:first.i]):
        return  # (only a conjunction before it: "But as the auditor noted, …")
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in tok.children):
        return
    comma = tok.right_edge.i
    if doc[comma].text != ",":  # (the parser may hang the comma on the cue: "As the director said, …")
        comma += 1
    if comma >= sent.end - 2 or doc[comma].text != ",":
        return
    bounds, cue = (doc[comma].idx + 1, sent.end_char), cue_text(doc, tok)
    agent = _agent_of(tok)  # "As first reported by the Sun, …": the agent reports
    if agent is not None and is_document(agent, ctx.lex):
        return  # "as set out by the strategy": a document's content
    match = statement_of(ctx, bounds, cue, mention_for(agent, ctx)) if agent is not None \
        else reported_by(tok, ctx, bounds, cue)
    if match is not None:
        yield match


def _agent_of(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase ("reported by the Sun": "Sun"), or None."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def made_clear(tok: Token, ctx: Context) -> Iterator[Match]:
    """"Ham made it clear he had major misgivings about …" -> the clause after the adjective."""
    head = tok.head
    if tok.lower_ not in ctx.lex.make_adjectives or head.lemma_.lower() != "make" or head.i > tok.i:
        return
    clause = next((c for c in [*tok.children, *head.children] if c.dep_ in ("ccomp", "advcl") and c.i > tok.i
                   and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)), None)
    if clause is None:
        return
    cs, ce = head.idx, tok.idx + len(tok)
    match = reported_by(head, ctx, subtree_bounds(clause), (ctx.text[cs:ce], cs, ce))
    if match is not None:
        yield match


def trailing(tok: Token, ctx: Context) -> Iterator[Match]:
    """"A commission will coordinate the work, the council secretary, Armen Grigoryan, told a press
    conference on Friday." when the parse gives the cue no clausal complement."""
    lex = ctx.lex
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.speech_verbs or clausal_complement(tok, ctx) is not None:
        return
    if answer_after(tok, ctx) is not None:
        return  # "Asked if he would run again, the mayor said no.": the answer is the statement
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return  # "…, and that the request had not been answered": a second clause of a report, no attribution
    if tok.dep_ in ("relcl", "acl", "amod") or any(c.dep_ in ("attr", "oprd") for c in tok.children):
        return  # "…, a company that had declared bankruptcy", "…, known as Russia Today": not an attribution
    if tok.lemma_.lower() in lex.object_cues and any(c.dep_ == "dobj" for c in tok.children):
        return  # "…, he proclaimed a goal of …": the object is what was said (but "…, she told reporters")
    doc, sent = tok.doc, sentence_of(tok)
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") for t in doc[tok.i + 1:sent.end]):
        return
    if sum(1 for t in doc[tok.i + 1:sent.end] if not t.is_punct) > 6:
        return
    first = _before_title_cut(doc, sent.start, lex)
    boundary = None
    for j in range(tok.i - 1, max(first, tok.i - 16) - 1, -1):
        t = doc[j]
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            break
        if t.text == ",":
            boundary = j
    if boundary is None or boundary - first < 4:
        return
    region = list(doc[boundary + 1:tok.i])
    if region and region[0].dep_ == "cc":
        return  # "…, and he pointed to the budget as proof": a clause of its own, not an attribution of the one before
    pick = next((t for t in region if t.ent_type_ == "PERSON" or in_persons(t, ctx)), None)
    pick = pick or next((t for t in region if t.pos_ in ("PROPN", "PRON")), None)
    pick = pick or next((t for t in region if t.pos_ == "NOUN"), None)
    if pick is None or is_document(pick, lex):
        return
    while pick.dep_ == "compound" and pick.head.i < tok.i and pick.head.pos_ == "PROPN":
        pick = pick.head
    if pick.dep_ == "compound" and pick.head.i < tok.i and pick.head.pos_ == "NOUN":
        pick = pick.head  # "…, as Clinton supporters point out": the supporters, not Clinton
    yield statement_of(ctx, (doc[first].idx, doc[boundary].idx), cue_text(doc, tok), mention_for(pick, ctx),
                       penalty=0.1)


def _before_title_cut(doc: Doc, start: int, lex: Lexicon) -> int:
    """The start of the sentence, or of the one before it when the tokenizer split a title's full stop
    off and ended the sentence there ("…, Const. Amy Lee said.": "Const" "." closes the first part)."""
    if start >= 3 and doc[start - 1].text == "." and doc[start - 2].lower_ in lex.titles \
            and doc[start - 3].text == ",":
        return sentence_of(doc[start - 3]).start
    return start


def parenthetical(tok: Token, ctx: Context) -> Iterator[Match]:
    """"The museum, Mr. Obama said, would make visitors face hard truths." -> the whole sentence
    (with the interrupting attribution, as reported-speech corpora keep it); before the attribution
    when a quotation follows it ("A name change, she said, “would fool nobody.”"). Also where the
    parser took the first part for the cue's complement ("There is no risk, officials insist, because
    …": the part after the attribution is said too)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ctx.lex.speech_verbs:
        return
    comp = clausal_complement(tok, ctx)
    if comp is not None and comp.i > tok.i:
        return
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or tok.i - subj.left_edge.i > 5:
        return
    doc, sent = tok.doc, sentence_of(tok)
    if subj.left_edge.i - 1 <= sent.start:
        return
    if doc[subj.left_edge.i - 1].text != ",":
        return
    j = tok.i + 1
    while j < sent.end and (doc[j].pos_ in ("ADV", "PART") or doc[j].dep_ in ("npadvmod", "advmod")):
        j += 1
    if j >= sent.end - 1 or doc[j].text != ",":
        return
    if comp is not None and (doc[j + 1].tag_ == "VBG" or doc[j + 1].is_quote):
        return  # "…, he said, adding …", "…, he said, “…”": the complement alone is the statement
    end = sent.end_char
    if doc[j + 1].is_quote and doc[j + 1].is_left_punct:  # "No change, he said, “hides the problem.”"
        end = doc[subj.left_edge.i - 1].idx  # (the quotation is the direct quote's)
        if _setting(doc[sent.start:subj.left_edge.i - 1]):
            return  # "In an interview Tuesday, he said, “…”": where it was said, not what
    match = reported_by(tok, ctx, (sent.start_char, end), cue_text(doc, tok), penalty=0.1)
    if match is not None:
        yield match


def _setting(words: Span) -> bool:
    """Whether ``words`` are a phrase of the setting only: a preposition's phrase with no verb ("In an
    interview with the station", "On the morning show Tuesday")."""
    first = next((t for t in words if not t.is_quote), None)
    return first is not None and first.pos_ == "ADP" and not any(t.pos_ in ("VERB", "AUX") for t in words)
