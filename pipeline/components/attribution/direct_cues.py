"""Stage 2 helper for pipeline_attribution: the cue and speaker of one quotation.

Where a direct quote's attribution can be: a cue verb before it ("He said: “…”", "X made the following
comment: “…”"), at the end of the previous paragraph ("Its spokesman wrote:"), or, for a quoted fragment,
the cue verb that governs it (called the plan "a disaster"); after it: :mod:`.direct_after`; in the next
paragraph: :mod:`.direct_next`. Each finder returns a :class:`Found` or None. A cue is a verb of saying
or a direct-only cue with its particle ("shot back").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...sentences import sentence_index, sentence_of
from ..tokens import expanded_span
from .candidates import SpeakerMention
from .context import Context
from .direct_colon import clause_subject, colon_subject, name_colon
from .direct_subjects import speaker_mention
from .lexicon import Lexicon
from .marks import Quoted, QuotedSpan
from .mentions import mention_for

SENT_END = {".", "!", "?"}
_MAX_BEFORE = 6  # tokens between the cue verb and the opening mark ("told reporters on Friday:")
_MIN_COMMA_STATEMENT = 6  # words of a statement a comma sets off after a clause without a cue
_MAX_BEFORE_MAIN = 16  # the same for the sentence's main verb when a comma or colon sets the quote off
_PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})  # "shot back", "chimed in" (the parser's labels vary)
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "dative", "obj", "attr"})  # what a verb says or tells


@dataclass(frozen=True, slots=True)
class Found:
    """The attribution of one quoted span: its cue ``verb`` and the ``mention`` of its speaker.

    ``quoted_subject``: the only subject lies inside a quotation, so the previous speaker goes on;
    ``fragment``: the verb governs a quoted fragment (called the plan "a disaster");
    ``naming``: that verb names something ("who she dubbed “Mr. P”": a name, yet her words).
    """

    verb: Token
    mention: SpeakerMention | None
    quoted_subject: bool = False
    fragment: bool = False
    naming: bool = False


def cue_lemmas(lex: Lexicon) -> frozenset[str]:
    """The verbs of reported speech that attribute a direct quote too."""
    return lex.speech_verbs | lex.commitment_verbs | lex.object_cues


def is_cue(tok: Token, lemmas: frozenset[str]) -> bool:
    """A verb of saying, with its particle where the cue has one ("“…,” she shot back."), or the idiom
    "as X put it" ("As one analyst put it, “…”")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = tok.lemma_.lower()
    if lemma in lemmas or lemma == "put" and _as_put_it(tok):
        return True
    return any(f"{lemma} {c.lower_}" in lemmas for c in tok.children if c.dep_ in _PARTICLE_DEPS and c.i > tok.i) \
        and not _goes_on_to(tok)


def _goes_on_to(verb: Token) -> bool:
    """A verb with its particle followed by an infinitive ("went on to win", "hit back at critics by
    pledging to"): an action, not a cue."""
    return any(c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in verb.children)


def _as_put_it(verb: Token) -> bool:
    deps = {(c.dep_, c.lower_) for c in verb.children}
    return ("dobj", "it") in deps and ("mark", "as") in deps


def _mark_right_before(ctx: Context, q: QuotedSpan, floor: int, mark: str) -> Token | None:
    """The ``mark`` (a colon, a comma) right before the opening quotation mark, if any."""
    pos = q.open
    while pos > floor and ctx.text[pos - 1].isspace():
        pos -= 1
    if pos <= floor or ctx.text[pos - 1] != mark:
        return None
    found = expanded_span(ctx.doc, pos - 1, pos)
    return found[0] if found is not None else None


def _colon_before(ctx: Context, q: QuotedSpan, floor: int, quoted: Quoted) -> Found | None:
    """The clause that a colon right before the opening mark closes ("X made the following comment:
    “…”"), when its subject is a person -> (verb, mention); None otherwise."""
    colon = _mark_right_before(ctx, q, floor, ":")
    found = colon_subject(ctx, colon, quoted) if colon is not None else None
    return Found(*found) if found is not None else None


def _introduces(verb: Token, q: QuotedSpan, set_off: bool, toks: list[Token]) -> bool:
    """A cue verb before a quotation introduces it, unless it modifies a noun ("those supporting Trump
    as “…”", "in a written statement, “…”"), already has its content ("Jones assured Trump that his
    listeners agreed. “…”"), or, in the sentence before (the parser may join the two), sits in a
    relative clause ("…,” said Jane Doe, who has advised the senator. “…”": Doe goes on)."""
    if verb.dep_ in ("amod", "compound") or verb.dep_ == "acl" and not set_off:
        return False
    if verb.dep_ in ("relcl", "acl") and any(t.text in SENT_END for t in toks if t.i > verb.i):
        return False
    return not any(c.dep_ == "ccomp" and c.i > verb.i and c.idx < q.open for c in verb.children)


def before_quote(ctx: Context, q: QuotedSpan, lemmas: frozenset[str], floor: int, quoted: Quoted) -> Found | None:
    """"He said: “…”" / "Smith told reporters on Friday, “…”" -> (verb, mention)."""
    open_tok = expanded_span(ctx.doc, q.open, q.open + 1)
    if open_tok is None:
        return None
    colon = _mark_right_before(ctx, q, floor, ":")
    named = name_colon(ctx, colon) if colon is not None else None
    if named is not None:  # "VOTERS WANT A FIGHTER – Jane Doe: “…”"
        return Found(*named)
    sent = sentence_of(open_tok[0])
    lo = max(sent.start_char, floor)
    toks = list(ctx.tokens_from(lo, q.open))
    words = [t for t in toks if not t.is_punct and not t.is_space]
    set_off = ctx.text[max(floor, q.open - 3):q.open].rstrip()[-1:] in (",", ":")
    for k, tok in enumerate(reversed(words[-(_MAX_BEFORE + 1):])):
        if k > 1 and words[-k].lemma_.lower() in ctx.lex.speech_nouns and words[-k + 1].lower_ == "that":
            # "Responding to claims that the fund is ‘anti-farmer’": the claims' words, not the responder's
            return Found(words[-k], None)
        if is_cue(tok, lemmas) and _introduces(tok, q, set_off, toks):
            return Found(tok, *speaker_mention(tok, ctx, quoted, list(toks), inversion=False))
    main = next((t for t in reversed(words[-(_MAX_BEFORE_MAIN + 1):]) if is_cue(t, lemmas) and t.dep_ == "ROOT"
                 and _introduces(t, q, set_off, toks)), None) if set_off else None
    if main is not None:  # "Beck joked, again using an exaggerated accent, “…”"
        return Found(main, *speaker_mention(main, ctx, quoted, list(toks), inversion=False))
    for k, tok in enumerate(words[:-2]):  # "According to Farhod Tolipov, director of …, «…»"
        if tok.lower_ == "according" and words[k + 1].lower_ == "to" and set_off:
            source = next((t for t in words[k + 2:] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
            if source is not None:
                return Found(tok, mention_for(source, ctx))
    return _colon_before(ctx, q, floor, quoted) or _comma_before(ctx, q, floor, quoted)


def _comma_before(ctx: Context, q: QuotedSpan, floor: int, quoted: Quoted) -> Found | None:
    """A statement set off by a comma that ends the sentence of a clause with a person as its subject and
    no cue of its own: "Earlier this week, Doe shared her worry with an audience, “I do not know which
    rival will show up.”" -> (shared, Doe)."""
    inner = ctx.text[q.start:q.end].rstrip()
    rest = ctx.text[q.close + 1:q.para_end].lstrip()
    if not q.closed or inner[-1:] not in SENT_END or len(inner.split()) < _MIN_COMMA_STATEMENT \
            or rest[:1].islower() or rest[:1].isdigit():
        return None
    comma = _mark_right_before(ctx, q, floor, ",")
    found = clause_subject(ctx, comma, quoted) if comma is not None else None
    if found is None or found[1].kind not in ("name", "pronoun"):
        return None
    subj = ctx.tokens_from(found[1].start, found[1].end)
    return Found(*found) if any(ctx.persons[t.i] is not None for t in subj) or found[1].kind == "pronoun" else None


def introduced(ctx: Context, q: QuotedSpan, lemmas: frozenset[str], quoted: Quoted) -> Found | None:
    """"Its spokesman, Dane Lisser, wrote:" closing the previous paragraph -> (verb, mention)
    for a quotation that opens the next one."""
    if q.open != q.para_start:
        return None
    doc, text = ctx.doc, ctx.text
    end = q.para_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text[end - 1] != ":":
        return None
    colon = expanded_span(doc, end - 1, end)
    if colon is None:
        return None
    sent = sentence_of(colon[0])
    toks = [t for t in doc[sent.start:colon[0].i]]
    words = [t for t in toks if not t.is_punct and not t.is_space]
    for tok in reversed(words[-(_MAX_BEFORE + 1):]):
        if is_cue(tok, lemmas):
            return Found(tok, *speaker_mention(tok, ctx, quoted, toks, inversion=False))
    found = colon_subject(ctx, colon[0], quoted)
    return Found(*found) if found is not None else None


def clause_verb(ctx: Context, how: Token) -> Token | None:
    """The verb of the clause "how" opens ("how X once described the merger" -> described)."""
    sent = sentence_of(how)
    return next((t for t in ctx.doc[how.i + 1:sent.end] if t.pos_ == "VERB"
                 and t.dep_ not in ("amod", "acl", "relcl", "compound", "xcomp")), None)


def governing_cue(span: Span, lemmas: frozenset[str]) -> Token | None:
    """The cue verb whose complement holds this quoted fragment: called the plan "a disaster".
    A participle that modifies a noun ("referring to those supporting Trump as “…”") gives way to a
    cue above it."""
    root = span.root
    tok, modifier = root, None
    for _ in range(6):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if span.start <= tok.i < span.end:  # the quote's own words ("The numbers do not add up")
            continue
        if tok.pos_ in ("NOUN", "PROPN"):  # "a takedown of the “dishonest media”": a noun's own words
            break
        if is_cue(tok, lemmas) and sentence_index(tok.doc, tok.i) == sentence_index(tok.doc, root.i):
            if tok.dep_ != "acl":
                return tok
            modifier = modifier or tok
    return modifier
