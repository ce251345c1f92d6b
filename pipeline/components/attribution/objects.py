"""Stage 2 helper for pipeline_attribution: reports whose content is a noun phrase or a noun's clause.

- a cue verb with a direct object: "X underlined the significance of …", "he listed …",
  "critics call it a mouthpiece", "likened RT to the BBC";
- a noun of saying with a "that" clause: "news that …", "his claim that …".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ..tokens import token_numbers, words_of
from .content import (
    Match,
    adjunct_clauses,
    clausal_complement,
    is_document,
    reported_by,
    speaker_of,
    statement_of,
    stray_conjunct_end,
)
from .context import Context
from .lexicon import Lexicon
from .mentions import mention_for
from .syntax import cue_text, subject_of, subtree_bounds

_OBJECT_PREPS = ("as", "for", "of", "over")  # "called the plan a disaster", "blamed X for Y", "accused X of Y"


def object_report(tok: Token, ctx: Context) -> Iterator[Match]:
    """"Mansurova underlined the significance of …", "he listed the new tensions …",
    "critics call it a mouthpiece", "he told his advisers to find a way …"."""
    lemma, lex = tok.lemma_.lower(), ctx.lex
    if tok.pos_ != "VERB" or clausal_complement(tok, ctx) is not None:
        return
    predicate = lemma in lex.predicate_cues
    if lemma in lex.stance_verbs and tok.tag_ in ("VBG", "VBN") and not any(
            c.dep_ == "aux" for c in tok.children) and not _holder_stance(tok):
        return  # "…, supporting economic development": an aim, not a stance (but "has supported X")
    if lemma not in lex.object_cues and lemma not in lex.speech_verbs and not predicate \
            and lemma not in lex.stance_verbs:
        return
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    oprd = [c for c in tok.children if c.dep_ == "oprd"]
    if obj is None and predicate and oprd and _object_as_predicate(tok, oprd[0]):
        obj, oprd = oprd[0], oprd[1:]  # "called both men “crazy”", "called her “third-rate”"
    if obj is None:
        return
    infinitive = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.i > obj.i  # "urged X to join"
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    infinitive += [c for c in tok.children if c.dep_ == "advcl" and c.left_edge.i == obj.right_edge.i + 1
                   and c.left_edge.lower_ == "to" and c.left_edge.dep_ == "aux"]  # "defended his call to raise …"
    if lemma not in lex.object_cues and not predicate and lemma not in lex.stance_verbs and not infinitive \
            and not _source_subject(tok, lex):
        return  # a verb of saying with a plain object ("said a few words") reports nothing
    extra = oprd + infinitive + [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS
                                 and c.i > obj.i]
    if predicate:  # "see the campaign as most unfair": the parser hung "as …" on an adverbial clause
        extra += [c for c in tok.children if c.dep_ == "advcl" and c.left_edge.i == obj.right_edge.i + 1
                  and c.left_edge.lower_ == "as"]
    if not extra and lemma in lex.event_cues and _definite(obj):
        return  # "The union welcomed the deal": the event, not a statement
    s, e = subtree_bounds(obj)
    bare = predicate and not extra and not any(c.dep_ == "prep" and c.lower_ == "as" for c in obj.children)
    if bare:
        complement_end = _unseen_complement(tok.doc, obj, e)
        if complement_end is None:
            return  # "called the office", "saw the film"
        e = complement_end
    if obj.pos_ == "PRON" and not oprd and not bare and not extra:  # ("accused him of lying")
        return
    for x in extra + _adjacent_modifiers(tok, max(t.i for t in obj.subtree), lex):
        e = max(e, subtree_bounds(x, exclude=adjunct_clauses(x, lex) if x in infinitive else ())[1])
    e = _before_writer_aside(tok.doc, max([obj.i] + [x.i for x in extra]), stray_conjunct_end(tok, e))
    match = reported_by(tok, ctx, (s, e), cue_text(tok.doc, tok), sourceless=tok.tag_ == "VBG")
    if match is not None:
        yield match


def _definite(obj: Token) -> bool:
    """Whether ``obj`` is a definite noun phrase: "the deal", "this order", "its role", "Qatar's role"."""
    return obj.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those")
        or c.dep_ == "poss" and (c.lower_ == "its" or c.pos_ == "PROPN") for c in obj.children)


def _object_as_predicate(verb: Token, first: Token) -> bool:
    """Whether the parser took the object of an active predicate cue for a predicate ("called both
    Trump and Clinton “crazy”": "Trump" and "crazy" both predicates; "called her “third-rate”": "her"
    inside the predicate): the first predicate opens right after the verb, not in a passive ("is called
    X") nor in a participle after its noun ("a group called X", a name)."""
    return first.left_edge.i == verb.i + 1 and verb.dep_ != "acl" \
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _holder_stance(verb: Token) -> bool:
    """A participle of stance right after the noun that holds it ("super PACs supporting Jeb Bush", "a
    California Democrat backing Clinton"): the holder's stance, not an aim."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and head.i == verb.i - 1 \
        and head.pos_ in ("NOUN", "PROPN", "PRON")


def _unseen_complement(doc: Doc, obj: Token, end: int) -> int | None:
    """The end of an object complement the parser did not see, or None: a quotation in or right after
    the object ("called the plan "a disaster"", "dubbed him “the comeback kid”"), an adjective after
    the object's noun ("called the delay unusual") or a second noun phrase ("called her son her hero")."""
    last = obj.right_edge.i
    if doc[last].pos_ == "ADJ" and doc[last].dep_ == "amod" and doc[last].head.i < last and obj.pos_ != "PRON":
        return end
    if any(c.dep_ == "appos" and c.i > obj.i and not doc[c.left_edge.i - 1].is_punct for c in obj.children):
        return end  # "called her son her hero": the second noun phrase, without a comma, is the predicate
    if any(t.is_quote for t in doc[obj.left_edge.i:last + 1]):
        return end
    if last + 1 < len(doc) and doc[last + 1].is_quote and doc[last + 1].is_left_punct:
        close = next((t for t in doc[last + 2:] if t.is_quote or t.is_sent_start), None)
        if close is not None and close.is_quote and not close.is_sent_start:
            return close.idx + len(close)
    return None


def passive_object(tok: Token, ctx: Context) -> Iterator[Match]:
    """The passive of a cue with an object and its agent: "The plan was attacked by the mayor", "Her
    remarks were echoed by the governor" -> the subject, said by the agent."""
    lemma, lex = tok.lemma_.lower(), ctx.lex
    if tok.pos_ != "VERB" or tok.tag_ != "VBN" or lemma not in lex.object_cues and lemma not in lex.stance_verbs:
        return
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or not any(c.dep_ == "auxpass" for c in tok.children) or subj.pos_ == "PRON" \
            or is_document(subj, lex) or clausal_complement(tok, ctx) is not None:
        return
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    src = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if src is None or is_document(src, lex):
        return  # ("A recording was posted": no source, too often an event)
    yield statement_of(ctx, subtree_bounds(subj), cue_text(tok.doc, tok), mention_for(src, ctx), penalty=0.1)


def passive_predicate(tok: Token, ctx: Context) -> Iterator[Match]:
    """The passive of a cue with a predicate: "Kyle has been seen as a conservative icon", "the party,
    which is viewed as close to the president", "she was described by aides as exhausted" -> the clause
    from its subject, said by the agent (or by nobody named)."""
    lemma, lex = tok.lemma_.lower(), ctx.lex
    if tok.pos_ != "VERB" or tok.tag_ != "VBN" or lemma not in lex.predicate_cues and lemma not in lex.object_cues:
        return
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return
    as_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i), None)
    if as_ is None:
        return
    pred = next((c for c in as_.children if c.dep_ in ("pobj", "pcomp", "amod", "acomp")), None)
    if pred is None:
        return
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    src = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if src is not None and is_document(src, lex):
        return
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    if subj is None or subj.pos_ == "PRON" and subj.lower_ in ("it", "this"):
        return
    mention = mention_for(src, ctx) if src is not None else None
    start = subj.idx if subj.lower_ in ("which", "who", "that") else subj.left_edge.idx
    cs, ce = cue_text(tok.doc, tok)[1], as_.idx + len(as_)
    yield statement_of(ctx, (start, subtree_bounds(pred)[1]), (ctx.text[cs:ce], cs, ce), mention, penalty=0.1)


def _source_subject(verb: Token, lex: Lexicon) -> bool:
    """The subject is a source of findings ("The poll shows Clinton with 42 percent", "figures, which
    showed steady job creation")."""
    subj = subject_of(verb)
    return subj is not None and subj.lemma_.lower() in lex.source_nouns


def _adjacent_modifiers(verb: Token, last: int, lex: Lexicon) -> list[Token]:
    """The verb's prepositional phrases that run on from its object ("cited a list of endorsements
    | from 95 retired generals"), not dates ("on Tuesday") nor the occasion ("in an interview", "at a
    rally", "during the debate": ``occasion_prepositions``)."""
    out = []
    for c in verb.children:
        if c.i != last + 1 or c.dep_ != "prep":
            continue
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.text in lex.occasion_prepositions or _time_phrase(c, pobj):
            break
        if c.lower_ == "in" and pobj is not None and any(d.lower_ in ("a", "an") for d in pobj.children):
            break  # where it was said: "praised Clinton in a new video"
        out.append(c)
        last = max(t.i for t in c.subtree)
    return out


def _time_phrase(prep: Token, pobj: Token | None) -> bool:
    """A phrase of time ("on Tuesday", "in 2019", "for two hours"): its noun is a date or time, not a noun a date
    only modifies ("in last week's Iowa caucus", "at the 2016 convention")."""
    if pobj is None:
        return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)
    return pobj.ent_type_ in ("DATE", "TIME")


def _before_writer_aside(doc: Doc, first: int, end: int) -> int:
    """Where the writer's aside after an object begins: ", which …", " - a charge that …"
    ("acknowledged the reality of climate change, which makes him an outlier")."""
    words, idx = words_of(doc), token_numbers(doc, "idx")
    texts, lower = words.text, words.lower
    for i in range(first + 1, len(doc)):
        if idx[i] >= end:
            break
        if texts[i] in ("-", "—", "–", "--") and words.space[i] or (
                texts[i] == "," and i + 1 < len(doc) and lower[i + 1] in ("which", "who")
                and doc[i + 1].head.lemma_ != "be"):  # ", which is his inability to …" names the object
            return idx[i]
    return end


def gerund_report(tok: Token, ctx: Context) -> Iterator[Match]:
    """"The mayor proposed raising property taxes", "the company reported earning $12 million": the gerund
    clause right after a cue verb with no object (not an aim: "…, supporting X")."""
    lemma, lex = tok.lemma_.lower(), ctx.lex
    if tok.pos_ != "VERB" or not (lemma in lex.object_cues or lemma in lex.speech_verbs or lemma in lex.stance_verbs):
        return
    if tok.tag_ in ("VBG", "VBN") and not any(c.dep_ == "aux" for c in tok.children):
        return
    if tok.i + 1 >= len(tok.doc):
        return
    gerund = tok.doc[tok.i + 1]  # (the gerund first: few cues have one)
    if gerund.tag_ != "VBG" or gerund.head.i != tok.i or gerund.dep_ not in ("xcomp", "pcomp", "advcl") \
            or any(c.dep_ in ("nsubj", "aux") for c in gerund.children):
        return
    if any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
        return
    match = reported_by(tok, ctx, subtree_bounds(gerund), cue_text(tok.doc, tok))
    if match is not None:
        yield match


def noun_report(tok: Token, ctx: Context) -> Iterator[Match]:
    """"a New York Times report that Trump had a net loss …", "amid fears that …", "his claim that …"."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ctx.lex.speech_nouns:
        return
    clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > tok.i
                   and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"), None)
    if clause is None or clause.left_edge.i != tok.i + 1:
        return
    yield from _noun_statement(tok, ctx, subtree_bounds(clause), (tok.text, tok.idx, tok.idx + len(tok)))


def noun_intent(tok: Token, ctx: Context) -> Iterator[Match]:
    """"his decision to leave the race", "her pledge to cut taxes", "a bid to win over moderates"."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ctx.lex.intent_nouns:
        return
    clause = next((c for c in tok.children if c.dep_ in ("acl", "relcl") and c.left_edge.i == tok.i + 1
                   and c.left_edge.lower_ == "to" and c.left_edge.dep_ == "aux"), None)
    if clause is not None:
        yield from _noun_statement(tok, ctx, subtree_bounds(clause), (tok.text, tok.idx, tok.idx + len(tok)),
                                   sourced=True)


def noun_topic(tok: Token, ctx: Context) -> Iterator[Match]:
    """"his attack on the press", "her support for the bill", "their criticism of the plan"
    (``noun_topics``: "<noun lemma> <preposition>")."""
    if tok.pos_ != "NOUN" or tok.i + 1 >= len(tok.doc):
        return
    prep = tok.doc[tok.i + 1]
    if prep.head.i != tok.i or prep.dep_ != "prep" or (tok.lemma_.lower(), prep.lower_) not in ctx.lex.noun_topic_pairs:
        return
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None or is_document(obj, ctx.lex):
        return
    cue = (ctx.text[tok.idx:prep.idx + len(prep)], tok.idx, prep.idx + len(prep))
    yield from _noun_statement(tok, ctx, subtree_bounds(obj), cue, sourced=True)


def _noun_statement(tok: Token, ctx: Context, bounds: tuple[int, int],
                    cue: tuple[str, int, int], *, sourced: bool = False) -> Iterator[Match]:
    """The statement of a noun of saying or wanting: its source is the possessive or the name before it
    ("Trump's claim", "a New York Times report"), else, for an object, the verb's subject ("She expressed
    the hope that …"; not a document's: "It expresses the hope …"); none for "my", "our", "its"."""
    src = next((c for c in tok.children if c.dep_ == "poss"), None)
    if src is None:
        src = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if src is not None and src.lower_ in ("my", "our", "your", "its"):
        return
    mention = mention_for(src, ctx) if src is not None else None
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ == "in" else None
    if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in ctx.lex.speech_verbs:
        _, holder = speaker_of(verb, ctx)  # "X, who …, said in a statement that …": X's statement
        mention = mention or holder
    if tok.dep_ == "dobj":
        ok, holder = speaker_of(tok.head, ctx)
        if not ok:
            return
        mention = mention or holder
    if sourced and mention is None:
        return  # ("a decision to …" with nobody named: too often the writer's)
    yield statement_of(ctx, bounds, cue, mention, penalty=0.1)
