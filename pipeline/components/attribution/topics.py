"""Stage 2 helper for pipeline_attribution: topic reports ("X spoke about …", "X drew attention to …",
"X turned the conversation to …", "X called for NBC to release …"), read from ``topic_cues``, and
attitudes towards a topic ("X was critical of …", "voters worried about …"), from ``attitude_adjectives``."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .content import Match, clausal_complement, is_document, reported_by, speaker_of, statement_of, stray_conjunct_end
from .context import Context
from .mentions import mention_for
from .syntax import cue_text, subtree_bounds


def topic_report(tok: Token, ctx: Context) -> Iterator[Match]:
    """"X spoke about …", "X drew (special) attention (of the audience) to …"."""
    if tok.pos_ != "VERB" or clausal_complement(tok, ctx) is not None or _participial_frame(tok):
        return
    lemma = tok.lemma_.lower()
    for verb, noun, prep in ctx.topics:
        if verb != lemma:
            continue
        holders = [tok]
        if noun:
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == noun]
            if not objs:
                continue
            holders += objs + [g for o in objs for p in o.children if p.dep_ == "prep" for g in p.children]
        preps = [c for h in holders for c in h.children if c.dep_ in ("prep", "prt", "dative") and c.lower_ == prep]
        preps += [m for c in tok.children if c.dep_ == "advcl" and c.i > tok.i  # "called for NBC to release …"
                  for m in c.children if m.dep_ == "mark" and m.lower_ == prep and m.i == c.left_edge.i]
        for p in sorted(preps, key=lambda t: t.i):
            obj = next((c for c in p.children if c.dep_ in ("pobj", "pcomp")), None) if p.dep_ != "mark" else p.head
            if obj is None or obj.ent_type_ in ("DATE", "TIME"):  # "spoke in Austin on Monday"
                continue
            if obj.lemma_.lower() in ctx.lex.topic_stop_nouns:  # "spoke on condition of anonymity"
                continue
            s, e = subtree_bounds(obj)
            if p.dep_ == "mark":
                s = p.doc[p.i + 1].idx
            for c in tok.children:  # "spoke about X with regard to Y", "called on X to act": the rest, up
                if c.i > p.i and (c.dep_ in ("prep", "npadvmod", "advmod", "xcomp") or _infinitive(c)) and c.idx >= e:
                    if c.dep_ == "prep" and c.text in ctx.lex.occasion_prepositions:
                        break  # to the occasion ("spoke about X at a rally")
                    e = max(e, subtree_bounds(c)[1])
            e = stray_conjunct_end(tok, e)
            cs, ce = tok.idx, p.idx + len(p)
            cue = ctx.text[cs:ce]
            if p.i - tok.i > 5:  # "drew particular attention of the participants to": drop the aside
                cue = " ".join([ctx.text[tok.idx:holders[1].idx + len(holders[1])] if noun else tok.text, p.text])
            match = reported_by(tok, ctx, (s, e), (cue, cs, ce))
            if match is not None:
                yield match
            return


def _infinitive(clause: Token) -> bool:
    """An infinitive the parser hung on the verb as an adverbial clause ("called on the government on Monday | to
    publish …")."""
    return clause.dep_ == "advcl" and clause.left_edge.lower_ == "to" and clause.left_edge.dep_ == "aux"


def about_report(tok: Token, ctx: Context) -> Iterator[Match]:
    """The object of "about" after a verb with a subject or after a noun: what was said, asked or felt
    ("She was asked about the deal", "he joked about his age", "questions about her emails",
    "his concerns about the plan")."""
    head = tok.head
    if tok.lower_ != "about" or tok.dep_ != "prep" or head.i > tok.i:
        return
    obj = next((c for c in tok.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None or obj.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return  # "about 10 percent", "about noon"
    if head.pos_ == "VERB" and clausal_complement(head, ctx) is None:
        if _participial_frame(head):
            return
        if tok.i - head.i > 4 and not any(c.dep_ in ("dobj", "prt", "dative") for c in head.children):
            return
        match = reported_by(head, ctx, (obj.left_edge.idx, subtree_bounds(obj)[1]), (
            ctx.text[head.idx:tok.idx + len(tok)], head.idx, tok.idx + len(tok)) if tok.i - head.i <= 2
            else cue_text(tok.doc, head))
        if match is not None:
            yield match
    elif head.pos_ == "NOUN" and not is_document(head, ctx.lex) and head.i == tok.i - 1:
        src = next((c for c in head.children if c.dep_ == "poss"), None)
        if src is not None and src.lower_ in ("my", "our", "your", "its"):
            return
        mention = mention_for(src, ctx) if src is not None else None
        if mention is None and head.dep_ == "dobj":  # "She raised concerns about …"
            ok, mention = speaker_of(head.head, ctx)
            if not ok:
                return
        cs, ce = head.idx, tok.idx + len(tok)
        yield statement_of(ctx, subtree_bounds(obj), (ctx.text[cs:ce], cs, ce), mention, penalty=0.1)


def attitude_report(tok: Token, ctx: Context) -> Iterator[Match]:
    """"Rubio was critical of the deal", "She is not happy with the outcome", "voters worried about
    the economy": the object of the adjective's preposition, held by its verb's subject or the noun
    the adjective follows."""
    if tok.pos_ not in ("ADJ", "VERB") or tok.dep_ not in ("acomp", "oprd", "amod", "ROOT", "conj", "xcomp"):
        return
    prep = next((c for c in tok.children if c.dep_ == "prep" and 0 < c.i - tok.i <= 2
                 and (tok.lower_, c.lower_) in ctx.lex.attitude_pairs), None)
    if prep is None:
        return
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return
    cue = (ctx.text[tok.idx:prep.idx + len(prep)], tok.idx, prep.idx + len(prep))
    if tok.dep_ == "amod":  # "voters worried about …" (not before its noun: "a critical of …" is no phrase)
        holder = tok.head
        if holder.i > tok.i or holder.pos_ not in ("NOUN", "PROPN") or is_document(holder, ctx.lex):
            return
        yield statement_of(ctx, subtree_bounds(obj), cue, mention_for(holder, ctx), penalty=0.1)
        return
    verb = tok.head if tok.dep_ in ("acomp", "oprd") else tok
    if verb is tok and not any(c.dep_ in ("auxpass", "nsubj", "nsubjpass") for c in tok.children) \
            and tok.dep_ != "xcomp":
        return
    match = reported_by(verb, ctx, subtree_bounds(obj), cue)
    if match is not None:
        yield match


def _participial_frame(verb: Token) -> bool:
    """A participle that frames a sentence's statement ("Asked about the deal, the minister called it …",
    "Responding to claims that …, the minister said …"): the occasion, not a statement of its own."""
    return verb.tag_ in ("VBN", "VBG") and verb.dep_ == "advcl" and verb.i < verb.head.i \
        and not any(c.dep_.startswith("aux") or c.dep_.startswith("nsubj") for c in verb.children)
