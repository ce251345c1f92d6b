"""Stage 2 helper for pipeline_attribution: reported (indirect) speech from the dependency parse.

Patterns (each a small function over one token, lexicon-driven):
- a verb of saying/believing with a clausal complement: "X noted that …", "X said the …";
- "X is convinced that …" (belief adjectives);
- topic reports (:mod:`.attribution_topics`): "X spoke about …", "X drew attention to …";
- a cue verb with a direct object and a noun of saying with a "that" clause (:mod:`.attribution_objects`);
- commitments: "The Cabinet of Ministers pledges to …";
- one row per report: a report inside another report's content is not a second row;
and the phrase-framed ones of :mod:`.attribution_frames` ("According to X, …", "In her view, …").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from ...sentences import sentence_index, sentences
from .candidates import QuoteCandidate
from .content import Match, clausal_complement, clip_to_paragraph, reported_by
from .context import Context
from .frames import (
    according,
    appearance,
    as_reported,
    in_view,
    made_clear,
    parenthetical,
    passive_report,
    passive_topic,
    trailing,
)
from .headline import headline
from .lexicon import Lexicon
from .objects import noun_intent, noun_report, noun_topic, object_report, passive_object
from .syntax import cue_text, subtree_bounds
from .topics import about_report, topic_report


def _speech(tok: Token, ctx: Context) -> Iterator[Match]:
    """"X noted that …", "X said the …", "…, the minister said."."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in ctx.lex.speech_verbs:
        return
    comp = clausal_complement(tok, ctx)
    if comp is None:
        return
    bounds = subtree_bounds(comp, exclude=_shared_subject_conjuncts(comp, ctx))
    if comp.left_edge.i < tok.i < comp.i:  # "a wall, which he said Mexico should pay for": after the cue
        bounds = (tok.doc[tok.i + 1].idx, bounds[1])
    match = reported_by(tok, ctx, bounds, cue_text(tok.doc, tok))
    if match is not None:
        yield match


def _is_cue_verb(tok: Token, ctx: Context) -> bool:
    lemma = tok.lemma_.lower()
    lex = ctx.lex
    return tok.pos_ == "VERB" and (lemma in lex.speech_verbs or lemma in lex.object_cues
                                   or lemma in lex.predicate_cues or any(lemma == p[0] for p in ctx.topics))


def _is_act_verb(tok: Token, ctx: Context) -> bool:
    """A verb of saying or evaluating in the past tense (not a private verb: ``private_verbs``), which
    reports the speaker's own act ("said her country was committed to X and praised Y"), not the
    reported clause's."""
    lemma = tok.lemma_.lower()
    lex = ctx.lex
    return tok.pos_ == "VERB" and tok.tag_ == "VBD" and lemma not in lex.private_verbs \
        and (lemma in lex.speech_verbs or lemma in lex.object_cues)


def _shared_subject_conjuncts(comp: Token, ctx: Context) -> tuple[Token, ...]:
    """Conjoined cue verbs without their own subject after a "that" clause ("She argued that A and drew
    attention to B"): not content. Without "that" the conjunct stays in the statement ("said it had
    tested the message and found it effective")."""
    out = []
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children)
    for c in comp.children:
        if c.dep_ == "conj" and (_is_cue_verb(c, ctx) if that else _is_act_verb(c, ctx)) \
                and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
            out.append(c)
            out += [x for x in comp.children if x.dep_ in ("cc", "punct") and x.i < c.i and x.i > comp.i]
    return tuple(out)


def _belief(tok: Token, ctx: Context) -> Iterator[Match]:
    """"Nazarov is convinced that Kazakhstan …"."""
    lex = ctx.lex
    if tok.lower_ not in lex.belief_adjectives and tok.lemma_.lower() not in lex.belief_adjectives:
        return
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if tok.dep_ != "acomp" and not passive:
        return
    comp = clausal_complement(tok, ctx) or (clausal_complement(tok.head, ctx) if tok.dep_ == "acomp" else None)
    if comp is None:
        return
    holder = tok.head if tok.dep_ == "acomp" else tok
    match = reported_by(holder, ctx, subtree_bounds(comp), cue_text(tok.doc, tok))
    if match is not None:
        yield match


def _commitment(tok: Token, ctx: Context) -> Iterator[Match]:
    """"The Cabinet of Ministers pledges to intensify its diplomatic work …"."""
    lemma, lex = tok.lemma_.lower(), ctx.lex
    if tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.tag_ == "NNS":  # "The Cabinet pledges to …" mis-tagged
        lemma = tok.lower_[:-1]
        deps = ("xcomp", "acl")
    elif tok.pos_ == "VERB":
        deps = ("xcomp",)
    else:
        return
    if lemma not in lex.commitment_verbs or clausal_complement(tok, ctx) is not None:
        return
    if any(c.dep_ == "auxpass" for c in tok.children):
        return  # "was intended to", "is expected to": not the subject's commitment (see passive_report)
    comp = next((c for c in tok.children if c.dep_ in deps and any(a.lower_ == "to" for a in c.children)), None)
    if comp is None:
        return
    match = reported_by(tok, ctx, subtree_bounds(comp), cue_text(tok.doc, tok))
    if match is not None:
        yield match


def _headline(sent) -> bool:
    """A title line ("International Experts Have Discussed the Region’s Policy"): no statements."""
    if sent.text.rstrip().endswith("."):
        return False
    words = [t for t in sent if t.is_alpha]
    caps = sum(1 for t in words if t.text[0].isupper())
    return len(words) >= 4 and caps >= 0.7 * len(words)


@dataclass(frozen=True, slots=True)
class Triggers:
    """The words each pattern can start from: lower-cased lemmas (``according``: word forms).

    Built once per lexicon (:meth:`of`, by the component) and read for every Doc.
    """

    speech: frozenset[str]
    belief: frozenset[str]
    topic: frozenset[str]
    objects: frozenset[str]
    commitment: frozenset[str]
    according: frozenset[str]
    passive: frozenset[str]
    nouns: frozenset[str]
    intent_nouns: frozenset[str]
    topic_nouns: frozenset[str]
    passive_reports: frozenset[str]
    make: frozenset[str]
    appearance: frozenset[str]
    any_lemma: frozenset[str]
    any_word: frozenset[str]

    @classmethod
    def of(cls, lex: Lexicon) -> Triggers:
        topic = frozenset(verb for verb, _, _ in lex.topics)
        topic_nouns = frozenset(noun for noun, _ in lex.noun_topic_pairs)
        according = frozenset(p.split()[0] for p in lex.according_to)
        passive = frozenset(line.partition(" ")[0] for line in lex.passive_topic_cues)
        reports = frozenset(lex.passive_report_subjects)
        lemmas = (lex.speech_verbs | lex.belief_adjectives | topic | lex.object_cues | lex.commitment_verbs
                  | passive | lex.speech_nouns | lex.predicate_cues | reports | lex.stance_verbs
                  | lex.appearance_verbs | lex.intent_nouns | topic_nouns)
        return cls(lex.speech_verbs, lex.belief_adjectives, topic,
                   lex.object_cues | lex.predicate_cues | lex.stance_verbs,
                   lex.commitment_verbs, according, passive, lex.speech_nouns,
                   lex.intent_nouns, topic_nouns, reports, lex.make_adjectives,
                   lex.appearance_verbs, lemmas,
                   lex.belief_adjectives | according | lex.make_adjectives | {"in", "about"})

    def tokens(self, ctx: Context) -> list[int]:
        """Indices of the tokens some pattern can start from, found over the Doc's attribute arrays."""
        return ctx.tokens_with(self.any_lemma, self.any_word, self.commitment)  # "pledges" tagged NNS

    def patterns(self, tok: Token) -> list[Callable[[Token, Context], Iterator[Match]]]:
        """The patterns that can match at ``tok`` (each checks these words first), in their order."""
        lemma, lower = tok.lemma_.lower(), tok.lower_
        speech = lemma in self.speech
        out = [_speech] if speech else []
        if lower in self.belief or lemma in self.belief:
            out.append(_belief)
        if lemma in self.topic:
            out.append(topic_report)
        if speech or lemma in self.objects:
            out.append(object_report)
            out.append(passive_object)
        if lemma in self.commitment or lower[:-1] in self.commitment:
            out.append(_commitment)
        if lower in self.according:
            out.append(according)
        if lower == "in":
            out.append(in_view)
        if lower == "about":
            out.append(about_report)
        if lemma in self.passive:
            out.append(passive_topic)
        if lemma in self.passive_reports:
            out.append(passive_report)
        if speech:
            out += [trailing, parenthetical, as_reported]
        if lemma in self.nouns:
            out.append(noun_report)
        if lemma in self.intent_nouns:
            out.append(noun_intent)
        if lemma in self.topic_nouns:
            out.append(noun_topic)
        if lower in self.make:
            out.append(made_clear)
        if lemma in self.appearance:
            out.append(appearance)
        return out


def indirect_candidates(ctx: Context, direct: list[tuple[int, int]], triggers: Triggers) -> list[QuoteCandidate]:
    """Every reported statement of the Doc (not those already covered by a direct quote).

    Patterns (in the order ``_speech, _belief, topic_report, object_report, _commitment, according, in_view,
    passive_topic, passive_report, trailing, parenthetical, as_reported, noun_report, made_clear``) run
    only on tokens whose words can start them.
    """
    doc, text = ctx.doc, ctx.text
    out: list[QuoteCandidate] = []
    seen: set[tuple[int, int]] = set()

    def inside_direct(s: int, e: int) -> bool:
        covered = sum(max(0, min(e, de) - max(s, ds)) for ds, de in direct)
        if covered <= 0.85 * (e - s):
            return False
        pos = s  # no letter outside the quotations: called it "a historic step" gives both rows
        for ds, de in sorted((max(ds, s), min(de, e)) for ds, de in direct if ds < e and de > s):
            if ds > pos and any(c.isalpha() for c in text[pos:ds]):
                return False
            pos = max(pos, de)
        return not any(c.isalpha() for c in text[pos:e])

    title = headline(doc)
    sents = sentences(doc)
    titled: dict[int, bool] = {}  # sentence index -> reads as a title line
    for i in triggers.tokens(ctx):
        tok = doc[i]
        if title is not None and title.start <= i < title.end:
            continue  # headlines are read by attribution_headline
        if any(ds <= tok.idx < de for ds, de in direct):
            continue  # cues inside a quotation are the speaker's own words
        found = [(pattern, match) for pattern in triggers.patterns(tok) for match in pattern(tok, ctx)]
        if not found:
            continue
        k = sentence_index(doc, i)
        if k not in titled:
            titled[k] = _headline(sents[k])
        if titled[k]:
            continue  # title lines give no statements
        for pattern, match in found:
            cs, ce, mention = match.cue_start, match.cue_end, match.mention
            s, e = clip_to_paragraph(text, ctx.paragraphs, match.start, match.end, cs)
            e = _through_quotation(text, direct, s, e)
            if e - s < 2 or (s, e) in seen or inside_direct(s, e):
                continue
            interrupting = pattern in (according, parenthetical, in_view, passive_report, appearance, passive_object)
            if not interrupting and ((cs >= s and ce <= e) or (
                    mention is not None and s <= mention.start and mention.end <= e)):
                continue
            seen.add((s, e))
            out.append(QuoteCandidate(kind="indirect", start=s, end=e, cue=match.cue, cue_start=cs, cue_end=ce,
                                      mention=mention, confidence=match.confidence))
    return _outermost(out)


def _through_quotation(text: str, direct: list[tuple[int, int]], s: int, e: int) -> int:
    """The end of a statement that stops inside a quotation it opened: the quotation's end, with its
    closing mark ('said Cruz "has courage. He is not afraid."' runs over the sentence break)."""
    for ds, de in direct:
        if s < ds < e < de:
            return de + 1 if de < len(text) and text[de] in "\"”’'»" else de
    return e


def _outermost(cands: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Without the statements reported inside another one's content ("Fowler said he expects Clinton
    to recover": the row is what Fowler said, not a second one for "expects"), and without a shorter
    reading of the same cue ("called out the press for being biased": not also "for being biased")."""
    return [c for c in cands if not any(
        o is not c and o.start <= c.start and c.end <= o.end and (o.start, o.end) != (c.start, c.end)
        and (o.start <= c.cue_start < o.end or o.cue_start == c.cue_start) for o in cands)]
