"""Stage 2 helper for pipeline_attribution: topic reports ("X spoke about …", "X drew attention to …",
"X turned the conversation to …", "X called for NBC to release …"), read from ``topic_cues``."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .content import Match, clausal_complement, reported_by
from .context import Context
from .syntax import subtree_bounds


def topic_report(tok: Token, ctx: Context) -> Iterator[Match]:
    """"X spoke about …", "X drew (special) attention (of the audience) to …"."""
    if tok.pos_ != "VERB" or clausal_complement(tok, ctx) is not None:
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
            for c in tok.children:  # "spoke about X in the context of Y", "called on X to act": the rest
                if c.i > p.i and c.dep_ in ("prep", "npadvmod", "advmod", "xcomp") and c.idx >= e:
                    e = max(e, subtree_bounds(c)[1])
            cs, ce = tok.idx, p.idx + len(p)
            cue = ctx.text[cs:ce]
            if p.i - tok.i > 5:  # "drew particular attention of the participants to": drop the aside
                cue = " ".join([ctx.text[tok.idx:holders[1].idx + len(holders[1])] if noun else tok.text, p.text])
            match = reported_by(tok, ctx, (s, e), (cue, cs, ce))
            if match is not None:
                yield match
            return
