"""Stage 2 helper for pipeline_attribution: the cue and speaker of one quotation.

Where a direct quote's attribution can be: a cue verb after it ("‘…,’ the expert explained."), before
it ("He said: “…”", "X made the following comment: “…”"), at the end of the previous paragraph
("Its spokesman wrote:"), or, for a quoted fragment, the cue verb that governs it (called the plan "a
disaster"); in the next paragraph: :mod:`.direct_next`. Each finder returns a :class:`Found` or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...sentences import sentence_index, sentence_of
from .candidates import SpeakerMention
from .context import Context
from .direct_subjects import colon_subject, name_colon, speaker_mention
from .lexicon import Lexicon
from .marks import Quoted, QuotedSpan
from .mentions import mention_for

_HOW_AFTER = re.compile(r"[\s,]*[–—-]?\s*(?:this|that)(?:\s+was|\s+is|[’']s)\s+how\s", re.IGNORECASE)
SENT_END = {".", "!", "?"}
_CLOSING_PUNCT = frozenset(",.!?;:—–…")  # what ends a quote that an attribution follows
_MAX_AFTER = 7  # tokens between the closing mark and the cue verb ("the document’s authors promise")
_MAX_AFTER_APPOS = 28  # "…,'' Leonard E. Burman, director of the Tax Policy Center, said."
_MAX_BEFORE = 6  # tokens between the cue verb and the opening mark ("told reporters on Friday:")
_MAX_BEFORE_MAIN = 16  # the same for the sentence's main verb when a comma or colon sets the quote off
# "…,” when Clinton blasted him": a clause after the quote that opens with these is not its attribution
_WORD = re.compile(r"[^\W_]+")
_MIN_STATEMENT = 8  # words of a quote long enough to be a statement on its own
_SUBORDINATORS = frozenset({"when", "whenever", "after", "before", "because", "while", "if", "since", "although",
                            "though", "until", "unless", "whereas", "once"})
_INTRODUCES = re.compile(r'[^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s*[,:]\s*[“"‘«\']')  # "writes back, “"
_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PUNCT", "PART"})  # words of a speaker's noun phrase
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
    return lex.speech_verbs | lex.commitment_verbs | lex.object_cues


def is_cue(tok: Token, lemmas: frozenset[str]) -> bool:
    """A verb of saying, or the idiom "as X put it" ("As one analyst put it, “…”")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return tok.lemma_.lower() in lemmas or tok.lemma_.lower() == "put" and _as_put_it(tok)


def _as_put_it(verb: Token) -> bool:
    deps = {(c.dep_, c.lower_) for c in verb.children}
    return ("dobj", "it") in deps and ("mark", "as") in deps


def _colon_right_before(ctx: Context, q: QuotedSpan, floor: int) -> Token | None:
    """The colon right before the opening mark, if any."""
    pos = q.open
    while pos > floor and ctx.text[pos - 1].isspace():
        pos -= 1
    if pos <= floor or ctx.text[pos - 1] != ":":
        return None
    colon = ctx.doc.char_span(pos - 1, pos, alignment_mode="expand")
    return colon[0] if colon is not None else None


def _colon_before(ctx: Context, q: QuotedSpan, floor: int, quoted: Quoted) -> Found | None:
    """The clause that a colon right before the opening mark closes ("X made the following comment:
    “…”"), when its subject is a person -> (verb, mention); None otherwise."""
    colon = _colon_right_before(ctx, q, floor)
    found = colon_subject(ctx, colon, quoted) if colon is not None else None
    return Found(*found) if found is not None else None


def _window_after(ctx: Context, q: QuotedSpan, limit: int) -> list[Token]:
    """The tokens after the closing mark, up to the end of the sentence or the next quotation."""
    window = []
    for t in ctx.tokens_from(q.close + 1, limit):
        if t.text in SENT_END or t.text in "“\"‘«":
            break
        window.append(t)
        if len(window) > _MAX_AFTER_APPOS + 8:
            break
    return window


def _how_after(ctx: Context, window: list[Token], quoted: Quoted) -> Found | None:
    """"“…,” – this is how Deputy Minister X assessed the talks." -> (assessed, mention)."""
    how = next((t for t in window if t.lower_ == "how"), None)
    verb = clause_verb(ctx, how) if how is not None else None
    return Found(verb, *speaker_mention(verb, ctx, quoted)) if verb is not None else None


def _according_to(ctx: Context, words: list[Token]) -> Found | None:
    """"according to Jason Furman, the chairman of …" starting ``words`` -> (according, mention)."""
    if len(words) > 2 and words[0].lower_ == "according" and words[1].lower_ == "to":
        source = next((t for t in words[2:] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if source is not None:
            return Found(words[0], mention_for(source, ctx))
    return None


def _one_phrase(words: list[Token]) -> bool:
    """Words that make one noun phrase naming the speaker, with nothing else: "former George W. Bush
    speechwriter Noam Neusner" (wrote)."""
    return all(t.pos_ in _PHRASE_POS for t in words) and words[-1].pos_ == "PROPN"


def _runs_on(ctx: Context, q: QuotedSpan, words: list[Token], lemmas: frozenset[str]) -> bool:
    """The quotation is a phrase inside its sentence, not a statement an attribution follows: "…,”
    when Clinton blasted him"; "the “crooked press” in Ohio, X said". A cue right after the closing
    mark, or after a name, still attributes it ("…” said Nick Merrill", "…” Smith said"), and so does
    one that ends the sentence after a statement ("“I have made it clear …” and against the law,
    Clinton said.")."""
    if words and words[0].lower_ in _SUBORDINATORS:
        return True
    inner = ctx.text[q.start:q.end].rstrip()
    if not inner[-1:].isalnum() or any(c in _CLOSING_PUNCT for c in ctx.text[q.end:q.close + 3]):
        return False
    k = next((k for k, t in enumerate(words[:4]) if is_cue(t, lemmas)), None)
    if k is not None and all(t.pos_ in ("PROPN", "PRON") for t in words[:k]):
        return False
    return not (len(_WORD.findall(inner)) >= _MIN_STATEMENT and _ends_attributed(ctx, words, lemmas))


def _ends_attributed(ctx: Context, words: list[Token], lemmas: frozenset[str]) -> bool:
    """The sentence after a quote ends in its attribution: "“…” and against the law, Clinton said."."""
    if len(words) < 2:
        return False
    last, before = words[-1], words[-2]
    named = (before.pos_ in ("PROPN", "PRON") or ctx.persons[before.i] is not None) and is_cue(last, lemmas)
    return named or is_cue(before, lemmas) and ctx.persons[last.i] is not None


def _new_sentence(ctx: Context, first: Token, verb: Token) -> bool:
    """After a quote that ends its sentence, the words that follow open a sentence of their own ("….”
    He said the plan …", "….” This sort of opining, CNN claimed, …") unless they name a person (the
    tagger may call "Ortega" a noun) or their main verb has no content of its own ("….” He said. /
    “….” She added, smiling.)."""
    if _INTRODUCES.match(ctx.text, verb.idx + len(verb)):
        return True  # "….” Keane then writes back, “…”": the verb introduces the next quote
    if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return True  # "….” Gov. Jane Doe said she would have fired him.": a report of its own
    if not first.text[:1].isupper() or first.pos_ == "PROPN" or ctx.persons[first.i] is not None:
        return False
    return verb.dep_ != "ROOT" or any(c.dep_ in CONTENT_DEPS for c in verb.children)


def _cue_after(ctx: Context, q: QuotedSpan, lemmas: frozenset[str], window: list[Token],
               quoted: Quoted) -> Found | None:
    """The first cue verb after the quotation, when nothing but its subject stands between."""
    words = [t for t in window if not t.is_punct and not t.is_space]
    ends_sentence = ctx.text[q.start:q.end].rstrip()[-1:] in SENT_END
    for k, tok in enumerate(words[:_MAX_AFTER_APPOS]):
        if is_cue(tok, lemmas):
            if k >= _MAX_AFTER and not any(t.text == "," for t in window if t.i < tok.i and t.i > words[0].i) \
                    and not _one_phrase(words[:k]):
                return None  # far from the quote, with no appositive or long name in between
            if ends_sentence and _new_sentence(ctx, words[0], tok):
                return None  # a new sentence ("…." He said the …), not an attribution
            return Found(tok, *speaker_mention(tok, ctx, quoted, window))
        if tok.pos_ == "VERB" and k > 0 and tok.dep_ not in ("relcl", "acl", "amod", "compound"):
            return None
    return None


def after_quote(ctx: Context, q: QuotedSpan, lemmas: frozenset[str], limit: int, quoted: Quoted) -> Found | None:
    """"‘…,’ the expert explained." -> (explained, mention)."""
    if not q.closed:
        return None
    window = _window_after(ctx, q, limit)
    if not window:
        return None
    if _HOW_AFTER.match(ctx.text, q.close + 1):
        return _how_after(ctx, window, quoted)
    words = [t for t in window if not t.is_punct and not t.is_space]
    if _runs_on(ctx, q, words, lemmas):
        return None
    return _according_to(ctx, words) or _cue_after(ctx, q, lemmas, window, quoted)


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
    open_tok = ctx.doc.char_span(q.open, q.open + 1, alignment_mode="expand")
    if open_tok is None:
        return None
    colon = _colon_right_before(ctx, q, floor)
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
    return _colon_before(ctx, q, floor, quoted)


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
    colon = doc.char_span(end - 1, end, alignment_mode="expand")
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
