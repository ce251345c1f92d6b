"""Stage 2 helper for pipeline_attribution: reported speech in a news headline.

Title-case lines defeat the parser, so the headline is read token by token:
"Senator Says Border Deal Is Dead" (a cue verb after a capitalised source) and
"Maria Delgado: ‘We Will Win’" / "Delgado on Trade: Tariffs Hurt Farmers" (a source
before a colon) give one reported statement each: the rest of the line. :func:`title_line` tells a
title line inside the body, which gives no statements.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..tokens import span_text, words_of
from .candidates import QuoteCandidate, SpeakerMention
from .context import Context
from .lexicon import Lexicon
from .mentions import mention_for

_MAX_SOURCE = 5  # words before the cue ("Former DNC Chairman Calls For ...")
_MIN_CONTENT = 2  # words after it
_PARTICLES = ("for", "on", "about", "of")
_MAX_TITLE = 25  # words of a title line "Source: statement."


def headline(doc: Doc) -> Span | None:
    """The first line when it reads as a title (no final period, mostly capitalised words)."""
    w = words_of(doc)
    texts = w.text
    start = next((i for i, space in enumerate(w.is_space) if not space), None)
    if start is None:
        return None
    end = start
    while end < len(doc) and "\n" not in texts[end]:
        end += 1
    words = [texts[i] for i in range(start, end) if w.is_alpha[i]]
    if len(words) < 3 or span_text(doc, start, end).rstrip().endswith("."):
        return None
    caps = sum(1 for t in words if t[0].isupper())
    return doc[start:end] if caps >= 0.6 * len(words) else None


def title_line(ctx: Context, start: int, end: int) -> bool:
    """A title line ("International Experts Have Discussed the Region’s Policy"): no statements. ``start``,
    ``end``: the line's token range (a sentence)."""
    if span_text(ctx.doc, start, end).rstrip().endswith("."):
        return False
    table = ctx.table
    words = table.column("orth")[start:end][table.column("is_alpha")[start:end] != 0].tolist()
    if len(words) < 4:
        return False
    strings = ctx.doc.vocab.strings
    caps = sum(1 for h in words if strings[h][0].isupper())
    return caps >= 0.7 * len(words)


def _cue_lemma(tok: Token) -> str:
    low = tok.lower_
    lemma = tok.lemma_.lower()
    return lemma if lemma != low or not low.endswith("s") else low[:-1]


def _is_cue(tok: Token, lex: Lexicon) -> bool:
    lemma = _cue_lemma(tok)
    return (lemma in lex.speech_verbs or lemma in lex.object_cues or lemma in lex.commitment_verbs) \
        and tok.text[:1].isalpha()


def _source(ctx: Context, toks: list[Token]) -> SpeakerMention | None:
    """The source words: a person span inside them resolves to its name; anything else is no source
    (unnamed sources and event titles in a headline are too often not reports)."""
    if not toks:
        return None
    doc = ctx.doc
    for span in ctx.person_spans:
        if toks[0].i <= span.start and span.end <= toks[-1].i + 1:
            return mention_for(doc[span.start], ctx)
    names = [t for t in toks if t.pos_ == "PROPN" and t.ent_type_ == "PERSON"]
    if len(toks) <= 3 and names:
        return mention_for(names[-1], ctx)  # "Obama Says ...": the name the person ruler left out
    return None  # "Federal Minister Says …", "International Experts Have Discussed …", "Gulf Capital and …: …"


def _conf(m: SpeakerMention | None) -> float:
    return 0.7 if m is not None and m.kind == "name" else 0.5


def headline_candidates(ctx: Context, taken: list[QuoteCandidate] = ()) -> list[QuoteCandidate]:
    """At most one reported statement for the headline.

    Example: "Lindsey Graham Says Trump Could Address Clean Energy" ->
    a QuoteCandidate of kind "indirect", text "Trump Could Address Clean Energy", cue "Says" and speaker
    mention "Lindsey Graham".
    Nothing when ``taken`` (statements found by the parse-based patterns) already covers the line.
    """
    doc, lex = ctx.doc, ctx.lex
    line = headline(doc)
    if line is None:
        return _colon_title(ctx, taken)
    if any(c.start < line.end_char and line.start_char < c.end for c in taken):
        return []
    toks = list(line)
    for k, tok in enumerate(toks):
        if tok.text == ":" and 1 <= k <= _MAX_SOURCE + 3:  # "Name: ‘…’", "Name on Topic: …"
            src = toks[:k]
            if _labelled(src, lex):
                return []  # "Explainer: What Oman Vision 2040 Wants": a genre's label, no source
            on = next((j for j, t in enumerate(src) if t.lower_ == "on" and j > 0), None)
            cue_from = src[on] if on is not None else tok
            mention = _source(ctx, src[:on] if on is not None else src)
            return _candidate(ctx, toks[k + 1:], cue_from, tok, mention)
        if k > _MAX_SOURCE:
            break
        if k >= 1 and _is_cue(tok, lex) and all(t.text[:1].isupper() or t.is_punct for t in toks[:k]):
            cue_end = tok
            if k + 1 < len(toks) and toks[k + 1].lower_ in _PARTICLES:
                cue_end = toks[k + 1]
            return _candidate(ctx, toks[cue_end.i - toks[0].i + 1:], tok, cue_end, _source(ctx, toks[:k]))
    return []


def _colon_title(ctx: Context, taken: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """A sentence-case title line "Source: statement." ("Mayor: The budget will be balanced by May.",
    "Report: Senator weighs a run for governor.") when the source words are a short name or noun phrase,
    not a label of the column (``headline_labels``: "The Latest:", "EXCLUSIVE:", "Wow:")."""
    doc = ctx.doc
    start = next((t.i for t in doc if not t.is_space), None)
    if start is None:
        return []
    end = start
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    toks = list(doc[start:end])
    colon = next((k for k, t in enumerate(toks[:_MAX_SOURCE + 2]) if t.text == ":"), None)
    if end >= len(doc) or colon is None or colon == 0 or sum(t.is_alpha for t in toks) > _MAX_TITLE:
        return []
    if any(c.start < toks[-1].idx + len(toks[-1]) and toks[0].idx < c.end for c in taken):
        return []
    src, rest = toks[:colon], toks[colon + 1:]
    while rest and rest[-1].text in (".", ";", "…"):
        rest = rest[:-1]
    words = [t.lower_ for t in src if t.is_alpha]
    if not words or not src[0].text[:1].isupper() or _labelled(src, ctx.lex) \
            or any(t.pos_ in ("VERB", "AUX") for t in src) or not rest or rest[-1].text == "?" \
            or any(t.is_alpha and not t.text[:1].isupper() and t.lower_ not in _PARTICLES for t in src):
        return []
    return _candidate(ctx, rest, toks[colon], toks[colon], _colon_source(ctx, src))


def _labelled(src: list[Token], lex: Lexicon) -> bool:
    """Whether the words before a title's colon hold a column's or a genre's label (``headline_labels``:
    "The Latest", "Explainer", "Op-ed")."""
    return any(t.lower_ in lex.headline_labels for t in src if t.is_alpha)


def _colon_source(ctx: Context, toks: list[Token]) -> SpeakerMention | None:
    """The source words before a title's colon: a person span, else the last name or noun."""
    mention = _source(ctx, toks)
    if mention is not None:
        return mention
    head = next((t for t in reversed(toks) if t.pos_ in ("PROPN", "NOUN")), None)
    return mention_for(head, ctx) if head is not None else None


def _candidate(ctx: Context, rest: list[Token], cue_start: Token, cue_end: Token,
               mention: SpeakerMention | None) -> list[QuoteCandidate]:
    words = [t for t in rest if t.is_alpha]
    if len(words) < _MIN_CONTENT or (mention is None):
        return []
    s, e = rest[0].idx, rest[-1].idx + len(rest[-1])
    cs, ce = cue_start.idx, cue_end.idx + len(cue_end)
    return [QuoteCandidate(kind="indirect", start=s, end=e, cue=ctx.text[cs:ce], cue_start=cs, cue_end=ce,
                           mention=mention, confidence=_conf(mention))]
