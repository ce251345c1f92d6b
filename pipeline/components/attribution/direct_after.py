"""Stage 2 helper for pipeline_attribution: the cue after a quotation.

"‘…,’ the expert explained.", "…,” said Jane Doe, a professor at …", "…,” Jane Doe, who has advised
the senator, said.": the first cue verb after the closing mark, when only its subject and a description of
the speaker stand between; "…,” – this is how X assessed the talks."; "…,” according to X.".
:func:`after_quote` returns a :class:`.direct_cues.Found` or None.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left

from spacy.tokens import Token

from .context import Context
from .direct_cues import CONTENT_DEPS, SENT_END, Found, clause_verb, is_cue
from .direct_subjects import speaker_mention
from .marks import Quoted, QuotedSpan
from .mentions import mention_for

_HOW_AFTER = re.compile(r"[\s,]*[–—-]?\s*(?:this|that)(?:\s+was|\s+is|[’']s)\s+how\s", re.IGNORECASE)
_CLOSING_PUNCT = frozenset(",.!?;:—–…")  # what ends a quote that an attribution follows
_MAX_AFTER = 7  # tokens between the closing mark and the cue verb ("the document’s authors promise")
_MAX_AFTER_APPOS = 28  # "…,'' Leonard E. Burman, director of the Tax Policy Center, said."
_WORD = re.compile(r"[^\W_]+")
_MIN_STATEMENT = 8  # words of a quote long enough to be a statement on its own
# "…,” when Clinton blasted him": a clause after the quote that opens with these is not its attribution
_SUBORDINATORS = frozenset({"when", "whenever", "after", "before", "because", "while", "if", "since", "although",
                            "though", "until", "unless", "whereas", "once"})
_INTRODUCES = re.compile(r'[^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s*[,:]\s*[“"‘«\']')  # "writes back, “"
_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PUNCT", "PART"})  # words of a speaker's noun phrase
_TITLE_LINKS = frozenset({"ADP", "CCONJ"})  # "Minister for Foreign Affairs", "Tánaiste and Minister"
_RELATIVES = frozenset({"who", "which", "that"})
_NAMED_BY = frozenset({"oprd", "agent"})  # "called the X", "signed by X"
_FRONTING_POS = frozenset({"ADP", "ADV", "SCONJ"})  # "In her view, …", "Still, …", "If …, …"


def _window_after(ctx: Context, q: QuotedSpan, limit: int) -> list[Token]:
    """The tokens after the closing mark, up to the end of the sentence or its line, or the next quotation."""
    window: list[Token] = []
    k = bisect_left(ctx.starts, q.close + 1)
    if k == len(ctx.starts) or ctx.starts[k] >= limit:
        return window  # no token after the quotation (no empty Span: at the Doc's end spaCy joins its text)
    for t in ctx.tokens_from(q.close + 1, limit):
        if t.text == "." and window and window[-1].lower_ in ctx.lex.titles:
            pass  # "…,” Cpl. Alexa Hodgins said": a title's period the tokenizer split off
        elif t.text in SENT_END or t.text in "“\"‘«" or "\n" in t.text:
            break  # (a line break ends it too: a numbered point opens the next line, "3.3 The operator said")
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


def _one_phrase(ctx: Context, words: list[Token]) -> bool:
    """Words that make one noun phrase naming the speaker, with nothing else: "former George W. Bush
    speechwriter Noam Neusner" (wrote); a title joined by a preposition or conjunction before a person's
    name ("Tánaiste and Minister for Foreign Affairs Simon Coveney", :func:`_title_link`)."""
    return bool(words) and words[-1].pos_ == "PROPN" and all(
        t.pos_ in _PHRASE_POS or _title_link(ctx, words, j) for j, t in enumerate(words))


def _title_link(ctx: Context, words: list[Token], j: int) -> bool:
    """Whether ``words[j]`` is a preposition or conjunction inside a capitalised title that ends in a person's
    name ("Minister for Foreign Affairs", "Tánaiste and Minister")."""
    return words[j].pos_ in _TITLE_LINKS and 0 < j < len(words) - 1 and words[j - 1].text[:1].isupper() \
        and words[j + 1].text[:1].isupper() and ctx.persons[words[-1].i] is not None


def _runs_on(ctx: Context, q: QuotedSpan, words: list[Token], lemmas: frozenset[str]) -> bool:
    """The quotation is a phrase inside its sentence, not a statement an attribution follows: "…,”
    when Clinton blasted him", "…”, and Jane Doe said the two would meet" (a clause of its own); "the
    “crooked press” in Ohio, X said". A cue right after the closing
    mark, or after a name, still attributes it ("…” said Nick Merrill", "…” Smith said"), and so does
    one that ends the sentence after a statement ("“I have made it clear …” and against the law,
    Clinton said.")."""
    if words and (words[0].lower_ in _SUBORDINATORS or _joined_clause(ctx, q, words)):
        return True
    inner = ctx.text[q.start:q.end].rstrip()
    if not inner[-1:].isalnum() or any(c in _CLOSING_PUNCT for c in ctx.text[q.end:q.close + 3]):
        return False
    k = next((k for k, t in enumerate(words[:4]) if is_cue(t, lemmas)), None)
    if k is not None and all(t.pos_ in ("PROPN", "PRON") for t in words[:k]):
        return False
    return not (len(_WORD.findall(inner)) >= _MIN_STATEMENT and _ends_attributed(ctx, words, lemmas))


def _joined_clause(ctx: Context, q: QuotedSpan, words: list[Token]) -> bool:
    """A comma and a conjunction after the quote open a clause of its own ("…”, and Foreign Secretary Jane Doe
    said the two would meet"; not "“…” and against the law, Clinton said", nor "…,” and added")."""
    return len(words) > 1 and words[0].pos_ == "CCONJ" and words[1].pos_ != "VERB" \
        and "," in ctx.text[q.end:words[0].idx]


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
    return verb.dep_ != "ROOT" or any(c.dep_ in CONTENT_DEPS for c in verb.children) or _fronted(first, verb)


def _fronted(first: Token, verb: Token) -> bool:
    """A sentence that opens with a phrase set off by a comma and goes on after its verb ("….” In his opinion,
    the regional bloc should publish every agreement."): a statement of its own, not "In a statement, the
    ministry said."."""
    doc = first.doc
    return first.pos_ in _FRONTING_POS and any(t.text == "," for t in doc[first.i:verb.i]) \
        and verb.i + 1 < len(doc) and not doc[verb.i + 1].is_punct


def _cue_after(ctx: Context, q: QuotedSpan, lemmas: frozenset[str], window: list[Token],
               quoted: Quoted) -> Found | None:
    """The first cue verb after the quotation, when nothing but its subject stands between."""
    words = [t for t in window if not t.is_punct and not t.is_space]
    ends_sentence = ctx.text[q.start:q.end].rstrip()[-1:] in SENT_END
    inserted = _relative_clauses(ctx, window)
    for k, tok in enumerate(words[:_MAX_AFTER_APPOS]):
        if tok.i in inserted or _names_a_noun(tok):
            continue
        if is_cue(tok, lemmas):
            if k >= _MAX_AFTER and not any(t.text == "," for t in window if t.i < tok.i and t.i > words[0].i) \
                    and not _one_phrase(ctx, words[:k]):
                return None  # far from the quote, with no appositive or long name in between
            if ends_sentence and _new_sentence(ctx, words[0], tok):
                return None  # a new sentence ("…." He said the …), not an attribution
            return Found(tok, *speaker_mention(tok, ctx, quoted, window))
        if tok.pos_ == "VERB" and k > 0 and tok.dep_ not in ("relcl", "acl", "amod", "compound") \
                and not _describes_speaker(ctx, tok, window):
            return None
    return None


def _names_a_noun(tok: Token) -> bool:
    """A past participle right after the noun it modifies, with the name it gives or its agent ("…,” a
    website linked to a group called the …", "a letter signed by …"): it names or describes the thing, it
    attributes nothing (unlike "…,” the nominee, Jane Doe, tweeted", "…,” X, the analyst who founded the
    newsletter tweeted")."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") \
        and tok.head.i == tok.i - 1 and any(c.dep_ in _NAMED_BY for c in tok.children)


def _relative_clauses(ctx: Context, window: list[Token]) -> set[int]:
    """The tokens of the relative clauses on a person in ``window`` ("…,” Jane Doe, who has proposed
    repealing the tax, said"): what they say the person did is not the attribution."""
    out: set[int] = set()
    for tok in window:
        if tok.dep_ == "relcl" and ctx.persons[tok.head.i] is not None and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVES for c in tok.children):
            out.update(t.i for t in tok.subtree)
    return out


def _describes_speaker(ctx: Context, verb: Token, window: list[Token]) -> bool:
    """A verb set off by commas after a person's name, in a description of the speaker ("…,” Mr. Doe,
    now 81 and retired in Ohio, said"): it does not end the search for the cue."""
    commas = [t.i for t in window if t.text == ","]
    return any(a < verb.i < b and ctx.persons[a - 1] is not None for a, b in itertools.pairwise(commas))


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
