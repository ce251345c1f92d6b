"""Stage 2 helper for pipeline_attribution: direct quotes and their attribution.

Each quoted span (see :mod:`attribution_marks`) is a statement when a cue verb
attributes it (after: "‘…,’ the expert explained."; before: "He said: “…”";
around a fragment: called the plan "a disaster"), when it continues the previous
quote of its paragraph ("'A,' she said. 'B.'") or of the previous paragraph, or
when it is a full sentence. Short quoted names and scare quotes are not.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Span, Token

from ...sentences import sentence_index, sentence_of
from .context import Context
from .direct_subjects import colon_subject, previous_paragraph_subject, speaker_mention
from .lexicon import Lexicon
from .marks import Quoted, QuotedSpan
from .speakers import Candidate, mention_for
from .syntax import cue_text, subject_of

_HOW = re.compile(r"(?:That|This)(?:\s+was|\s+is|[’']s)\s+how\s")  # "That was how X described it"
_HOW_AFTER = re.compile(r"[\s,]*[–—-]?\s*(?:this|that)(?:\s+was|\s+is|[’']s)\s+how\s", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
_SENT_END = {".", "!", "?"}
_CLOSING_PUNCT = frozenset(",.!?;:—–…")  # what ends a quote that an attribution follows
_MAX_TITLE_WORDS = 14
_TITLE_SMALL_WORDS = frozenset(["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "vs", "into", "over"])
_MAX_AFTER = 7  # tokens between the closing mark and the cue verb ("the document’s authors promise")
_MAX_AFTER_APPOS = 28  # "…,'' Leonard E. Burman, director of the Tax Policy Center, said."
_MAX_BEFORE = 6  # tokens between the cue verb and the opening mark ("told reporters on Friday:")
# "…,” when Clinton blasted him": a clause after the quote that opens with these is not its attribution
_SUBORDINATORS = frozenset({"when", "whenever", "after", "before", "because", "while", "if", "since", "although",
                            "though", "until", "unless", "whereas", "once"})


def _cue_lemmas(lex: Lexicon) -> frozenset[str]:
    return lex.speech_verbs | lex.commitment_verbs | lex.object_cues


def _is_cue(tok: Token, lemmas: frozenset[str]) -> bool:
    return tok.lemma_.lower() in lemmas and tok.pos_ in ("VERB", "AUX")


def _colon_before(ctx: Context, q: QuotedSpan, floor: int, quoted: Quoted):
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
    return (found[0], found[1], False) if found is not None else None


def _after(ctx: Context, q: QuotedSpan, lemmas: frozenset[str], limit: int, quoted: Quoted):
    """"‘…,’ the expert explained." -> (verb, mention)."""
    if not q.closed:
        return None
    toks = ctx.tokens_from(q.close + 1, limit)
    window = []
    for t in toks:
        if t.text in _SENT_END or t.text in "“\"‘«":
            break
        window.append(t)
        if len(window) > _MAX_AFTER_APPOS + 8:
            break
    if not window:
        return None
    if _HOW_AFTER.match(ctx.text, q.close + 1):  # "“…,” – this is how Deputy Minister X assessed the talks."
        how = next((t for t in window if t.lower_ == "how"), None)
        verb = _clause_verb(ctx, how) if how is not None else None
        return (verb, *speaker_mention(verb, ctx, quoted)) if verb is not None else None
    inner = ctx.text[q.start:q.end].rstrip()
    words = [t for t in window if not t.is_punct and not t.is_space]
    if words and words[0].lower_ in _SUBORDINATORS:
        return None
    if inner[-1:].isalnum() and not any(c in _CLOSING_PUNCT for c in ctx.text[q.end:q.close + 3]):
        return None  # "the “crooked press” in Ohio, X said": a phrase running on in its sentence
    if len(words) > 2 and words[0].lower_ == "according" and words[1].lower_ == "to":
        source = next((t for t in words[2:] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if source is not None:  # "“…,” according to Jason Furman, the chairman of …"
            return words[0], mention_for(source, ctx), False
    for k, tok in enumerate(words[:_MAX_AFTER_APPOS]):
        if _is_cue(tok, lemmas):
            if k >= _MAX_AFTER and not any(t.text == "," for t in window if t.i < tok.i and t.i > words[0].i):
                return None  # far from the quote, with no appositive in between
            if inner[-1:] in _SENT_END and words[0].text[:1].isupper() and words[0].pos_ != "PROPN":
                return None  # a new sentence ("…." He said the …), not an attribution
            return (tok, *speaker_mention(tok, ctx, quoted, window))
        if tok.pos_ == "VERB" and k > 0 and tok.dep_ not in ("relcl", "acl", "amod", "compound"):
            return None
    return None


def _before(ctx: Context, q: QuotedSpan, lemmas: frozenset[str], floor: int, quoted: Quoted):
    """"He said: “…”" / "Smith told reporters on Friday, “…”" -> (verb, mention)."""
    open_tok = ctx.doc.char_span(q.open, q.open + 1, alignment_mode="expand")
    if open_tok is None:
        return None
    sent = sentence_of(open_tok[0])
    lo = max(sent.start_char, floor)
    toks = list(ctx.tokens_from(lo, q.open))
    words = [t for t in toks if not t.is_punct and not t.is_space]
    set_off = ctx.text[max(floor, q.open - 3):q.open].rstrip()[-1:] in (",", ":")
    for tok in reversed(words[-(_MAX_BEFORE + 1):]):
        if _is_cue(tok, lemmas) and (set_off or tok.dep_ != "acl"):  # not "those supporting Trump as “…”"
            return (tok, *speaker_mention(tok, ctx, quoted, list(toks), inversion=False))
    for k, tok in enumerate(words[:-2]):  # "According to Farhod Tolipov, director of …, «…»"
        if tok.lower_ == "according" and words[k + 1].lower_ == "to" and set_off:
            source = next((t for t in words[k + 2:] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
            if source is not None:
                return tok, mention_for(source, ctx), False
    return _colon_before(ctx, q, floor, quoted)


def _introduced(ctx: Context, q: QuotedSpan, lemmas: frozenset[str], quoted: Quoted):
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
            return (tok, *speaker_mention(tok, ctx, quoted, toks, inversion=False))
    found = colon_subject(ctx, colon[0], quoted)
    return (found[0], found[1], False) if found is not None else None


def _clause_verb(ctx: Context, how: Token) -> Token | None:
    """The verb of the clause "how" opens ("how X once described the merger" -> described)."""
    sent = sentence_of(how)
    return next((t for t in ctx.doc[how.i + 1:sent.end] if t.pos_ == "VERB"
                 and t.dep_ not in ("amod", "acl", "relcl", "compound", "xcomp")), None)


def _described_next(ctx: Context, q: QuotedSpan, quoted: Quoted):
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
    return (verb, mention, False) if mention is not None and mention.kind == "name" else None


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


def direct_candidates(ctx: Context, spans: list[QuotedSpan], *,
                      naming: frozenset[str] = frozenset()) -> list[Candidate]:
    """Attribute each quoted span, or drop it when it is a title or a scare quote.

    ``naming`` holds the lemmas of naming verbs ("dubbed “Mr. P”"): they attribute only the quoted
    fragment they govern.
    """
    doc, text_of = ctx.doc, ctx.text
    lemmas = _cue_lemmas(ctx.lex)
    quoted = Quoted.of(spans)
    out: list[Candidate] = []
    prev: QuotedSpan | None = None
    prev_kept = False
    for i, q in enumerate(spans):
        text = text_of[q.start:q.end]
        nxt = spans[i + 1].open if i + 1 < len(spans) and spans[i + 1].para_start == q.para_start else q.para_end
        floor = prev.close + 1 if prev is not None and prev.para_start == q.para_start else q.para_start
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        short = len(_WORD.findall(text)) <= 4
        found = (_after(ctx, q, lemmas, nxt, quoted) or _before(ctx, q, lemmas, floor, quoted)
                 or _introduced(ctx, q, lemmas, quoted) or _described_next(ctx, q, quoted))
        fragment = naming_act = False
        if found is None and span is not None and not _is_statement(text):
            verb = _governing_cue(span, lemmas | naming)
            if verb is not None:
                subj = subject_of(verb)
                found, fragment = (verb, mention_for(subj, ctx) if subj is not None else None, False), True
                naming_act = verb.lemma_.lower() in naming  # "who she dubbed “Mr. P”": a name, yet her words
        same_para = prev is not None and prev_kept and prev.para_start == q.para_start
        prev_found = bool(out) and out[-1].cue_start >= 0 and prev is not None and out[-1].start == prev.start
        continues = (prev is not None and prev_kept and not prev.closed and q.para_start == prev.para_end
                     or prev is not None and prev_kept and text_of[prev.para_end:q.open].strip() == ""
                     and q.open == q.para_start)
        # "‘Hopefully,’ he said", "Moore said, “Any.”": a short quote set off by a comma or colon is speech
        spoken = found is not None and not fragment and (
            text_of[q.end:q.close].strip() == "," or text_of[found[0].idx + len(found[0]):q.open].strip() in (",", ":"))
        # "…,” the president added. “We’re America.”: a short sentence after a kept quote of the paragraph
        spoken = spoken or (same_para and prev_found and text[-1:] in _SENT_END
                            and text_of[max(floor, q.open - 3):q.open].rstrip()[-1:] in _SENT_END)
        title = not (spoken and short or naming_act) and (
            short and _is_title_like(text) or _is_work_title(text) or span is not None and _modifier(span))
        if title or (found is None and not (_is_statement(text) or same_para)):
            prev = q
            prev_kept = False if not (same_para or continues) else prev_kept
            continue
        if found is not None:
            verb, mention, quoted_subject = found  # a subject inside a quotation: the previous speaker goes on
            cue, cs, ce = cue_text(doc, verb)
            if verb.lower_ == "according" and verb.i + 1 < len(doc):  # the cue is "according to"
                cs, ce = verb.idx, doc[verb.i + 1].idx + len(doc[verb.i + 1])
                cue = text_of[cs:ce]
            named = mention is not None and mention.kind == "name"
            conf = 0.9 if named else 0.8 if mention is not None else 0.6
            out.append(Candidate("direct", q.start, q.end, cue, cs, ce, mention, conf * (0.8 if fragment else 1),
                                 inherit=quoted_subject))
        elif same_para or continues:
            last = out[-1] if out else None
            out.append(Candidate("direct", q.start, q.end, last.cue if last else "", -1, -1, None, 0.7,
                                 inherit=True))
        else:
            intro = previous_paragraph_subject(ctx, q.para_start, quoted) if q.open == q.para_start else None
            out.append(Candidate("direct", q.start, q.end, "", -1, -1, intro, 0.5 if intro else 0.4,
                                 inherit=intro is None))
        prev, prev_kept = q, True
    return out
