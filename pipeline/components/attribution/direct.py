"""Stage 2 helper for pipeline_attribution: direct quotes and their attribution.

Each quoted span (see :mod:`.marks`) is a statement when a cue verb attributes it
(after: "‘…,’ the expert explained."; before: "He said: “…”"; around a fragment:
called the plan "a disaster"), when it continues the previous quote of its
paragraph ("'A,' she said. 'B.'") or of the previous paragraph, or when it is a
full sentence. Short quoted names, titles and scare quotes are not.
:func:`direct_candidates` gives one :class:`.QuoteCandidate` per statement.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...sentences import sentence_index, sentence_of
from .candidates import QuoteCandidate, SpeakerMention
from .context import Context
from .direct_subjects import colon_subject, previous_paragraph_subject, speaker_mention
from .lexicon import Lexicon
from .marks import Quoted, QuotedSpan
from .mentions import mention_for
from .syntax import cue_text, subject_of

_HOW = re.compile(r"(?:That|This)(?:\s+was|\s+is|[’']s)\s+how\s")  # "That was how X described it"
_HOW_AFTER = re.compile(r"[\s,]*[–—-]?\s*(?:this|that)(?:\s+was|\s+is|[’']s)\s+how\s", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
_SENT_END = {".", "!", "?"}
_CLOSING_PUNCT = frozenset(",.!?;:—–…")  # what ends a quote that an attribution follows
_MAX_TITLE_WORDS = 14
_TITLE_SMALL_WORDS = frozenset(["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for",
                                "from", "by", "with", "as", "vs", "into", "over"])
_MAX_AFTER = 7  # tokens between the closing mark and the cue verb ("the document’s authors promise")
_MAX_AFTER_APPOS = 28  # "…,'' Leonard E. Burman, director of the Tax Policy Center, said."
_MAX_BEFORE = 6  # tokens between the cue verb and the opening mark ("told reporters on Friday:")
# "…,” when Clinton blasted him": a clause after the quote that opens with these is not its attribution
_SUBORDINATORS = frozenset({"when", "whenever", "after", "before", "because", "while", "if", "since", "although",
                            "though", "until", "unless", "whereas", "once"})


@dataclass(frozen=True, slots=True)
class _Found:
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


@dataclass(frozen=True, slots=True)
class _Link:
    """How a quoted span follows the previous one while a run of kept quotes goes on.

    ``same_para``: they share a paragraph; ``after_found``: the previous one has its own cue;
    ``continues``: it goes on across a paragraph break (an unclosed quote, or a quote that opens the
    next paragraph).
    """

    same_para: bool = False
    after_found: bool = False
    continues: bool = False


def _cue_lemmas(lex: Lexicon) -> frozenset[str]:
    return lex.speech_verbs | lex.commitment_verbs | lex.object_cues


def _is_cue(tok: Token, lemmas: frozenset[str]) -> bool:
    return tok.lemma_.lower() in lemmas and tok.pos_ in ("VERB", "AUX")


def _colon_before(ctx: Context, q: QuotedSpan, floor: int, quoted: Quoted) -> _Found | None:
    """The clause that a colon right before the opening mark closes ("X made the following comment:
    “…”"), when its subject is a person -> (verb, mention); None otherwise."""
    pos = q.open
    while pos > floor and ctx.text[pos - 1].isspace():
        pos -= 1
    if pos <= floor or ctx.text[pos - 1] != ":":
        return None
    colon = ctx.doc.char_span(pos - 1, pos, alignment_mode="expand")
    if colon is None:
        return None
    found = colon_subject(ctx, colon[0], quoted)
    return _Found(*found) if found is not None else None


def _window_after(ctx: Context, q: QuotedSpan, limit: int) -> list[Token]:
    """The tokens after the closing mark, up to the end of the sentence or the next quotation."""
    window = []
    for t in ctx.tokens_from(q.close + 1, limit):
        if t.text in _SENT_END or t.text in "“\"‘«":
            break
        window.append(t)
        if len(window) > _MAX_AFTER_APPOS + 8:
            break
    return window


def _how_after(ctx: Context, window: list[Token], quoted: Quoted) -> _Found | None:
    """"“…,” – this is how Deputy Minister X assessed the talks." -> (assessed, mention)."""
    how = next((t for t in window if t.lower_ == "how"), None)
    verb = _clause_verb(ctx, how) if how is not None else None
    return _Found(verb, *speaker_mention(verb, ctx, quoted)) if verb is not None else None


def _according_to(ctx: Context, words: list[Token]) -> _Found | None:
    """"according to Jason Furman, the chairman of …" starting ``words`` -> (according, mention)."""
    if len(words) > 2 and words[0].lower_ == "according" and words[1].lower_ == "to":
        source = next((t for t in words[2:] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if source is not None:
            return _Found(words[0], mention_for(source, ctx))
    return None


def _runs_on(ctx: Context, q: QuotedSpan, words: list[Token]) -> bool:
    """The quotation is a phrase inside its sentence, not a statement an attribution follows: "…,”
    when Clinton blasted him"; "the “crooked press” in Ohio, X said"."""
    if words and words[0].lower_ in _SUBORDINATORS:
        return True
    inner = ctx.text[q.start:q.end].rstrip()
    return inner[-1:].isalnum() and not any(c in _CLOSING_PUNCT for c in ctx.text[q.end:q.close + 3])


def _cue_after(ctx: Context, q: QuotedSpan, lemmas: frozenset[str], window: list[Token],
               quoted: Quoted) -> _Found | None:
    """The first cue verb after the quotation, when nothing but its subject stands between."""
    words = [t for t in window if not t.is_punct and not t.is_space]
    ends_sentence = ctx.text[q.start:q.end].rstrip()[-1:] in _SENT_END
    for k, tok in enumerate(words[:_MAX_AFTER_APPOS]):
        if _is_cue(tok, lemmas):
            if k >= _MAX_AFTER and not any(t.text == "," for t in window if t.i < tok.i and t.i > words[0].i):
                return None  # far from the quote, with no appositive in between
            if ends_sentence and words[0].text[:1].isupper() and words[0].pos_ != "PROPN":
                return None  # a new sentence ("…." He said the …), not an attribution
            return _Found(tok, *speaker_mention(tok, ctx, quoted, window))
        if tok.pos_ == "VERB" and k > 0 and tok.dep_ not in ("relcl", "acl", "amod", "compound"):
            return None
    return None


def _after(ctx: Context, q: QuotedSpan, lemmas: frozenset[str], limit: int, quoted: Quoted) -> _Found | None:
    """"‘…,’ the expert explained." -> (explained, mention)."""
    if not q.closed:
        return None
    window = _window_after(ctx, q, limit)
    if not window:
        return None
    if _HOW_AFTER.match(ctx.text, q.close + 1):
        return _how_after(ctx, window, quoted)
    words = [t for t in window if not t.is_punct and not t.is_space]
    if _runs_on(ctx, q, words):
        return None
    return _according_to(ctx, words) or _cue_after(ctx, q, lemmas, window, quoted)


def _before(ctx: Context, q: QuotedSpan, lemmas: frozenset[str], floor: int, quoted: Quoted) -> _Found | None:
    """"He said: “…”" / "Smith told reporters on Friday, “…”" -> (verb, mention)."""
    open_tok = ctx.doc.char_span(q.open, q.open + 1, alignment_mode="expand")
    if open_tok is None:
        return None
    sent = sentence_of(open_tok[0])
    lo = max(sent.start_char, floor)
    toks = list(ctx.tokens_from(lo, q.open))
    words = [t for t in toks if not t.is_punct and not t.is_space]
    set_off = ctx.text[max(floor, q.open - 3):q.open].rstrip()[-1:] in (",", ":")
    for k, tok in enumerate(reversed(words[-(_MAX_BEFORE + 1):])):
        if k > 1 and words[-k].lemma_.lower() in ctx.lex.speech_nouns and words[-k + 1].lower_ == "that":
            # "Responding to claims that the EU is ‘anti-Serb’": the claims' words, not the responder's
            return _Found(words[-k], None)
        if _is_cue(tok, lemmas) and (set_off or tok.dep_ != "acl"):  # not "those supporting Trump as “…”"
            return _Found(tok, *speaker_mention(tok, ctx, quoted, list(toks), inversion=False))
    for k, tok in enumerate(words[:-2]):  # "According to Farhod Tolipov, director of …, «…»"
        if tok.lower_ == "according" and words[k + 1].lower_ == "to" and set_off:
            source = next((t for t in words[k + 2:] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
            if source is not None:
                return _Found(tok, mention_for(source, ctx))
    return _colon_before(ctx, q, floor, quoted)


def _introduced(ctx: Context, q: QuotedSpan, lemmas: frozenset[str], quoted: Quoted) -> _Found | None:
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
        if _is_cue(tok, lemmas):
            return _Found(tok, *speaker_mention(tok, ctx, quoted, toks, inversion=False))
    found = colon_subject(ctx, colon[0], quoted)
    return _Found(*found) if found is not None else None


def _clause_verb(ctx: Context, how: Token) -> Token | None:
    """The verb of the clause "how" opens ("how X once described the merger" -> described)."""
    sent = sentence_of(how)
    return next((t for t in ctx.doc[how.i + 1:sent.end] if t.pos_ == "VERB"
                 and t.dep_ not in ("amod", "acl", "relcl", "compound", "xcomp")), None)


def _described_next(ctx: Context, q: QuotedSpan, quoted: Quoted) -> _Found | None:
    """A quotation that fills its paragraph, named by the next one: "“…” / That was how Jeffrey Bewkes
    once described the merger." -> (described, mention)."""
    text = ctx.text
    if q.open != q.para_start or not q.closed or text[q.close + 1:q.para_end].strip():
        return None
    k = bisect_left(ctx.paragraphs, (q.para_end,))
    if k >= len(ctx.paragraphs) or not _HOW.match(text, ctx.paragraphs[k][0]):
        return None
    start = ctx.paragraphs[k][0]
    how = next((t for t in ctx.tokens_from(start, start + 20) if t.lower_ == "how"), None)
    verb = _clause_verb(ctx, how) if how is not None else None
    if verb is None:
        return None
    mention, _ = speaker_mention(verb, ctx, quoted)
    return _Found(verb, mention) if mention is not None and mention.kind == "name" else None


def _modifier(span: Span) -> bool:
    """A quoted term used as a modifier ("keeps the "open door" policy"): a term, not a quote."""
    root = span.root
    return len(span) <= 3 and root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end


def _governing_cue(span: Span, lemmas: frozenset[str]) -> Token | None:
    """The cue verb whose complement holds this quoted fragment: called the plan "a disaster".
    A participle that modifies a noun ("referring to those supporting Trump as “…”") gives way to a
    cue above it."""
    root = span.root
    tok, modifier = root, None
    for _ in range(6):
        if tok.head is tok:
            break
        tok = tok.head
        if span.start <= tok.i < span.end:  # the quote's own words ("The numbers do not add up")
            continue
        if tok.pos_ in ("NOUN", "PROPN"):  # "a takedown of the “dishonest media”": a noun's own words
            break
        if _is_cue(tok, lemmas) and sentence_index(tok.doc, tok.i) == sentence_index(tok.doc, root.i):
            if tok.dep_ != "acl":
                return tok
            modifier = modifier or tok
    return modifier


def _is_title_like(text: str) -> bool:
    """"Central Asia Plus", "The Dealmaker": every word capitalised (or a number)."""
    words = _WORD.findall(text)
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


def _is_work_title(text: str) -> bool:
    """"Meet the Press", "Legend in the Coal Fields.", "Failure to Adjust: How Americans Got Left Behind":
    a title-case name of a show, book or event (small function words stay lower case)."""
    words = _WORD.findall(text)
    if not 2 <= len(words) <= _MAX_TITLE_WORDS or text.rstrip()[-1:] in ("?", "!", ","):
        return False
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    caps = [w for w in content if w[0].isupper() or w[0].isdigit()]
    # two capitalised words make a title only around a small word ("Meet the Press", "Contract with America")
    return len(content) >= 2 and len(caps) == len(content) and (len(caps) >= 3 or len(words) <= 3)


def _is_statement(text: str) -> bool:
    words = _WORD.findall(text)
    return len(words) >= 8 or (len(words) >= 4 and text.rstrip()[-1:] in _SENT_END | {",", "…"})


def _bounds(spans: list[QuotedSpan], i: int, prev: QuotedSpan | None) -> tuple[int, int]:
    """Where the attribution of ``spans[i]`` may lie: from the end of the previous quotation of its
    paragraph (or the paragraph's start) to the start of the next one (or the paragraph's end)."""
    q = spans[i]
    floor = prev.close + 1 if prev is not None and prev.para_start == q.para_start else q.para_start
    nxt = spans[i + 1] if i + 1 < len(spans) else None
    limit = nxt.open if nxt is not None and nxt.para_start == q.para_start else q.para_end
    return floor, limit


def _attribution(ctx: Context, q: QuotedSpan, lemmas: frozenset[str], naming: frozenset[str],
                 bounds: tuple[int, int], quoted: Quoted) -> _Found | None:
    """The cue and speaker of a quotation: a cue after it, before it, at the end of the previous
    paragraph or in the next one; else, for a fragment, the cue verb that governs it."""
    floor, limit = bounds
    found = (_after(ctx, q, lemmas, limit, quoted) or _before(ctx, q, lemmas, floor, quoted)
             or _introduced(ctx, q, lemmas, quoted) or _described_next(ctx, q, quoted))
    if found is not None:
        return found
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or _is_statement(ctx.text[q.start:q.end]):
        return None
    verb = _governing_cue(span, lemmas | naming)
    if verb is None:
        return None
    subj = subject_of(verb)
    return _Found(verb, mention_for(subj, ctx) if subj is not None else None, fragment=True,
                  naming=verb.lemma_.lower() in naming)


def _link(text: str, q: QuotedSpan, prev: QuotedSpan | None, out: list[QuoteCandidate]) -> _Link:
    """How ``q`` follows ``prev``, the previous quotation while the run of kept quotes goes on."""
    if prev is None:
        return _Link()
    return _Link(
        same_para=prev.para_start == q.para_start,
        after_found=bool(out) and out[-1].cue_start >= 0 and out[-1].start == prev.start,
        continues=(not prev.closed and q.para_start == prev.para_end
                   or text[prev.para_end:q.open].strip() == "" and q.open == q.para_start))


def _is_spoken(text: str, q: QuotedSpan, found: _Found | None, link: _Link, floor: int) -> bool:
    """A short quotation that is speech, not a title: set off from its cue by a comma or colon
    ("‘Hopefully,’ he said", "Moore said, “Any.”"), or a short sentence after a kept quote of the
    paragraph ("…,” the president added. “We’re America.”)."""
    if found is not None and not found.fragment and (
            text[q.end:q.close].strip() == "," or text[found.verb.idx + len(found.verb):q.open].strip() in (",", ":")):
        return True
    return (link.same_para and link.after_found and text[q.start:q.end][-1:] in _SENT_END
            and text[max(floor, q.open - 3):q.open].rstrip()[-1:] in _SENT_END)


def _is_title(ctx: Context, q: QuotedSpan, spoken: bool, naming: bool) -> bool:
    """A quoted title, name or term rather than a statement ("the ‘Central Asia Plus’ format",
    "Meet the Press", the "open door" policy); short speech and named things are kept."""
    text = ctx.text[q.start:q.end]
    short = len(_WORD.findall(text)) <= 4
    if spoken and short or naming:
        return False
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    return short and _is_title_like(text) or _is_work_title(text) or span is not None and _modifier(span)


def _attributed(ctx: Context, q: QuotedSpan, found: _Found) -> QuoteCandidate:
    """The statement of a quotation with its own cue."""
    doc, verb = ctx.doc, found.verb
    cue, cs, ce = cue_text(doc, verb)
    if verb.lower_ == "according" and verb.i + 1 < len(doc):  # the cue is "according to"
        cs, ce = verb.idx, doc[verb.i + 1].idx + len(doc[verb.i + 1])
        cue = ctx.text[cs:ce]
    mention = found.mention
    conf = 0.9 if mention is not None and mention.kind == "name" else 0.8 if mention is not None else 0.6
    return QuoteCandidate(kind="direct", start=q.start, end=q.end, cue=cue, cue_start=cs, cue_end=ce,
                          mention=mention, confidence=conf * (0.8 if found.fragment else 1),
                          inherit=found.quoted_subject)


def _unattributed(ctx: Context, q: QuotedSpan, link: _Link, out: list[QuoteCandidate],
                  quoted: Quoted) -> QuoteCandidate:
    """The statement of a quotation without a cue: it continues the previous quote (same speaker and
    cue), or it opens a paragraph introduced by the previous one, or it stands alone."""
    if link.same_para or link.continues:
        return QuoteCandidate(kind="direct", start=q.start, end=q.end, cue=out[-1].cue if out else "",
                              confidence=0.7, inherit=True)
    intro = previous_paragraph_subject(ctx, q.para_start, quoted) if q.open == q.para_start else None
    return QuoteCandidate(kind="direct", start=q.start, end=q.end, cue="", mention=intro,
                          confidence=0.5 if intro else 0.4, inherit=intro is None)


def direct_candidates(ctx: Context, spans: list[QuotedSpan], *,
                      naming: frozenset[str] = frozenset()) -> list[QuoteCandidate]:
    """Attribute each quoted span, or drop it when it is a title or a scare quote.

    Args:
        ctx: the Doc's lookups.
        spans: the Doc's quotations (:func:`.marks.quoted_spans`), in text order.
        naming: the lemmas of naming verbs ("dubbed “Mr. P”"): they attribute only the quoted
            fragment they govern.

    Returns:
        One direct :class:`.QuoteCandidate` per kept quotation, in text order. A quote without a cue
        of its own that continues the previous one has ``inherit`` set and no mention.
    """
    lemmas = _cue_lemmas(ctx.lex)
    quoted = Quoted.of(spans)
    out: list[QuoteCandidate] = []
    prev: QuotedSpan | None = None
    going_on = False  # the run of kept quotes goes on through ``prev``
    for i, q in enumerate(spans):
        bounds = _bounds(spans, i, prev)
        found = _attribution(ctx, q, lemmas, naming, bounds, quoted)
        link = _link(ctx.text, q, prev if going_on else None, out)
        spoken = _is_spoken(ctx.text, q, found, link, bounds[0])
        if _is_title(ctx, q, spoken, found is not None and found.naming):
            going_on = link.same_para or link.continues
        elif found is not None:
            out.append(_attributed(ctx, q, found))
            going_on = True
        elif _is_statement(ctx.text[q.start:q.end]) or link.same_para:
            out.append(_unattributed(ctx, q, link, out, quoted))
            going_on = True
        else:
            going_on = link.same_para or link.continues
        prev = q
    return out
