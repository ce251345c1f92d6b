"""Stage 2 helper for pipeline_attribution: direct quotes and their attribution.

Each quoted span (see :mod:`.marks`) is a statement when a cue verb attributes it
(after: "‘…,’ the expert explained."; before: "He said: “…”"; around a fragment:
called the plan "a disaster"), when it continues the previous quote of its
paragraph ("'A,' she said. 'B.'") or of the previous paragraph, or when it is a
full sentence. Short quoted names, titles and scare quotes are not; a short fragment or term with no cue
of its own is one only inside a reported statement, whose speaker it takes ("Doe said the deal was “a
first step”": ``hosted``).
:func:`direct_candidates` gives one :class:`.QuoteCandidate` per statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span

from ...sentences import sentence_of
from ..tokens import expanded_span
from .candidates import QuoteCandidate
from .context import Context
from .direct_after import after_quote
from .direct_colon import heading_before
from .direct_cues import (
    SENT_END,
    Found,
    before_quote,
    cue_lemmas,
    governing_cue,
    introduced,
    is_cue,
)
from .direct_lexicon import DirectLexicon
from .direct_next import dashed_next, described_next, said_before, signed_next
from .direct_owner import owned_words, parenthetical_words
from .direct_repeats import drop_display_repeats
from .direct_subjects import passive_agent, previous_paragraph_subject
from .marks import Quoted, QuotedSpan
from .mentions import mention_for
from .syntax import cue_text, subject_of

_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
_MAX_TITLE_WORDS = 14
_MAX_SHOW_WORDS = 5
_COMPLEMENT_DEPS = frozenset({"oprd", "dobj", "attr", "xcomp"})  # what a naming cue's quoted fragment is to it
_MAX_CALLED_GAP = 3  # tokens from the cue to the fragment's first word ("called it “…”", "called “…”")
_POSSESSIVE = ("’s", "'s", "s’", "s'")
_TITLE_PREPOSITIONS = frozenset({"on", "of", "with", "in", "from", "about"})  # "on “Morning Joe”"
_NO_LISTS = DirectLexicon()
_CLAUSE_BREAKS = frozenset({":", ";"})  # what ends the search for a fragment's reporting verb
_PERSON_KINDS = frozenset({"name", "pronoun", "role"})
_THING_SUBJECTS = frozenset({"it", "which"})  # a cue's subject that is no person
_TITLE_SMALL_WORDS = frozenset(["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for",
                                "from", "by", "with", "as", "vs", "into", "over"])


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


def _modifier(span: Span) -> bool:
    """A quoted term used as a modifier ("keeps the "open door" policy"): a term, not a quote."""
    root = span.root
    return len(span) <= 3 and root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end


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
    words = _word_count(text, 8)
    return words >= 8 or (words >= 4 and text.rstrip()[-1:] in SENT_END | {",", "…"})


def _word_count(text: str, most: int) -> int:
    """How many words ``text`` has (``len(_WORD.findall(text))``), counted up to ``most`` only: a long quotation is
    not read to its end."""
    count = 0
    for _ in _WORD.finditer(text):
        count += 1
        if count >= most:
            break
    return count


def _bounds(spans: list[QuotedSpan], i: int, prev: QuotedSpan | None) -> tuple[int, int]:
    """Where the attribution of ``spans[i]`` may lie: from the end of the previous quotation of its
    paragraph (or the paragraph's start) to the start of the next one (or the paragraph's end)."""
    q = spans[i]
    floor = prev.close + 1 if prev is not None and prev.para_start == q.para_start else q.para_start
    nxt = spans[i + 1] if i + 1 < len(spans) else None
    limit = nxt.open if nxt is not None and nxt.para_start == q.para_start else q.para_end
    return floor, limit


@dataclass(frozen=True, slots=True)
class _Cues:
    """The cue lemmas of one Doc's direct quotes: ``near`` attribute a quotation they stand next to (the
    verbs of reported speech and the direct-only cues); ``governing`` a quoted fragment in their
    complement (reported speech and ``naming``: "called the plan “a disaster”", "dubbed “Mr. P”"); ``nouns`` a
    quotation their owner introduces ("Her reply was: “…”"); ``chants`` what a crowd does with words, whose
    quotation is speech ("chanting “Dump the Deal”", "chants of “Shame!”")."""

    near: frozenset[str]
    governing: frozenset[str]
    naming: frozenset[str]
    nouns: frozenset[str]
    chants: frozenset[str]

    @classmethod
    def of(cls, ctx: Context, lexicon: DirectLexicon) -> _Cues:
        speech = cue_lemmas(ctx.lex)
        return cls(speech | lexicon.cue_verbs, speech | lexicon.naming_verbs, lexicon.naming_verbs,
                   lexicon.utterance_nouns, lexicon.chant_words)


def _attribution(ctx: Context, q: QuotedSpan, cues: _Cues, bounds: tuple[int, int], quoted: Quoted) -> Found | None:
    """The cue and speaker of a quotation: a cue after it, before it, at the end of the previous
    paragraph or in the next one; else, for a fragment, the cue verb that governs it."""
    floor, limit, lemmas = *bounds, cues.near
    found = _possessed_words(ctx, q) or _chants_of(ctx, q, cues.chants, quoted) \
        or _called_right_before(ctx, q, cues, quoted)
    if found is not None:
        return found
    found = (parenthetical_words(ctx, q, floor, cues.nouns)
             or after_quote(ctx, q, lemmas, limit, quoted) or before_quote(ctx, q, lemmas, floor, quoted)
             or introduced(ctx, q, lemmas, quoted) or described_next(ctx, q, quoted) or dashed_next(ctx, q)
             or signed_next(ctx, q)
             or said_before(ctx, q, lemmas, quoted) or owned_words(ctx, q, floor, cues.nouns))
    if found is not None:
        return found
    span = expanded_span(ctx.doc, q.start, q.end)
    if span is None:
        return None
    text = ctx.text[q.start:q.end]
    verb = governing_cue(span, cues.governing) if not _is_statement(text) else None
    if verb is None:
        mid_sentence = not _is_statement(text) or text[:1].islower()
        return _reporting_cue(ctx, q, span, cues.near, quoted) if mid_sentence else None
    subj = passive_agent(verb, ctx, quoted) or subject_of(verb)
    return Found(verb, mention_for(subj, ctx) if subj is not None else None, fragment=True,
                  naming=verb.lemma_.lower() in cues.naming)


def _reporting_cue(ctx: Context, q: QuotedSpan, span: Span, lemmas: frozenset[str], quoted: Quoted) -> Found | None:
    """The cue verb of a person whose "that" clause, earlier in the sentence, holds a quoted fragment, where
    the parser hung the clause on a noun ("Doe told lawmakers during the debate that Sweden had taken
    “positive steps”", "… before the vote that the concept had been written for a country “that has …”"):
    the nearest such verb before the quote, with no colon or semicolon between."""
    sent = sentence_of(span[0])
    for tok in reversed(ctx.doc[sent.start:span.start]):
        if tok.idx >= q.open:
            continue  # the opening mark
        if tok.text in _CLAUSE_BREAKS or quoted.covers(tok.idx):
            return None
        if not is_cue(tok, lemmas) or tok.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in tok.children):
            continue  # ("the concept had been written for …": no one's report)
        if not any(t.lower_ == "that" for t in ctx.doc[tok.i + 1:span.start]):
            return None
        subj = subject_of(tok)
        mention = mention_for(subj, ctx) if subj is not None and not quoted.covers(subj.idx) else None
        return Found(tok, mention, fragment=True) if mention is not None and mention.kind in _PERSON_KINDS \
            else None
    return None


def _possessed_words(ctx: Context, q: QuotedSpan) -> Found | None:
    """A quotation between a person's possessive and a noun of saying: "Doe's “if you like your plan, you
    can keep it” promise" -> (promise, Doe)."""
    if not q.closed:
        return None
    before = ctx.tokens_from(max(0, q.open - 4), q.open)
    owner = before[-1] if len(before) else None
    if owner is None or owner.text not in _POSSESSIVE or owner.i == 0:
        return None  # (first: most quotations follow no possessive, and the words after them are not read)
    after = ctx.tokens_from(q.close + 1, q.close + 24)
    noun = next((t for t in after if not t.is_space), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.lex.speech_nouns:
        return None
    name = ctx.doc[owner.i - 1]
    if ctx.persons[name.i] is None and not (name.pos_ == "PROPN" and name.ent_type_ == "PERSON"):
        return None
    mention = mention_for(name, ctx)
    return Found(noun, mention, fragment=True) if mention.kind == "name" else None


def _chants_of(ctx: Context, q: QuotedSpan, chants: frozenset[str], quoted: Quoted) -> Found | None:
    """A quotation right after a crowd's noun of chanting and "of" ("their cries of “Shame!”", "the tenants
    answered with chants of “Lower the rents!”"): what the crowd chanted, theirs whose noun it is or who
    answered with it; else no one's ("walked in to chants of “…”": not the one who walked in)."""
    if ctx.text[max(0, q.open - 20):q.open].rstrip()[-2:].lower() != "of":
        return None  # (a test of the text first: the quotation follows no "of", and no Token is made)
    before = [t for t in ctx.tokens_from(max(0, q.open - 20), q.open) if not t.is_space]
    if len(before) < 2 or before[-1].lower_ != "of" or ctx.text[before[-1].idx + 2:q.open].strip():
        return None
    noun = before[-2]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in chants:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ == "VERB":
        owner = subject_of(noun.head.head)
    return Found(noun, mention_for(owner, ctx) if owner is not None and not quoted.covers(owner.idx) else None)


def _called_right_before(ctx: Context, q: QuotedSpan, cues: _Cues, quoted: Quoted) -> Found | None:
    """A quoted fragment that names what the cue right before it names (its object predicate, or the
    complement of a naming verb), when the cue's subject (or agent) is a person:
    "under what Jane Doe called “the prior model,” the club charged …", "has been called “strategic
    ambiguity” by Jane Doe" -> that cue and person, before any cue after the quote (the sentence's own
    verb)."""
    if _is_statement(ctx.text[q.start:q.end]):
        return None
    span = expanded_span(ctx.doc, q.start, q.end)
    if span is None:
        return None
    verb = span.root.head
    naming = verb.lemma_.lower() in cues.naming
    governed = span.root.dep_ == "oprd" and verb.lemma_.lower() in cues.governing
    if verb.i >= span.start or quoted.covers(verb.idx) or span.start - verb.i > _MAX_CALLED_GAP \
            or verb.pos_ not in ("VERB", "AUX") or not (governed or naming and span.root.dep_ in _COMPLEMENT_DEPS):
        return None
    subj = passive_agent(verb, ctx, quoted) or subject_of(verb)
    if subj is None or quoted.covers(subj.idx):
        return None
    mention = mention_for(subj, ctx)
    if mention.kind not in ("name", "pronoun", "role"):
        return None
    return Found(verb, mention, fragment=True, naming=True)  # it names a thing: short, yet words of the person


def _link(text: str, q: QuotedSpan, prev: QuotedSpan | None, out: list[QuoteCandidate]) -> _Link:
    """How ``q`` follows ``prev``, the previous quotation while the run of kept quotes goes on."""
    if prev is None:
        return _Link()
    return _Link(
        same_para=prev.para_start == q.para_start,
        after_found=bool(out) and out[-1].cue_start >= 0 and out[-1].start == prev.start,
        continues=(not prev.closed and q.para_start == prev.para_end
                   or text[prev.para_end:q.open].strip() == "" and q.open == q.para_start))


def _is_spoken(text: str, q: QuotedSpan, found: Found | None, link: _Link, floor: int,
               chants: frozenset[str] = frozenset()) -> bool:
    """A short quotation that is speech, not a title: set off from its cue by a comma or colon
    ("‘Hopefully,’ he said", "Moore said, “Any.”"), an exclamation its cue attributes (chanting “USA!
    USA!”, "“Out!” the crowd yelled": titles do not exclaim), what a crowd chants ("chanting “Dump the
    Deal”"), or a short sentence after a kept quote of the paragraph ("…,” the president added. “We’re
    America.”)."""
    if found is not None and found.verb.lemma_.lower() in chants:
        return True
    if found is not None and not found.fragment and (
            text[q.end:q.close].strip() == "," or text[found.verb.idx + len(found.verb):q.open].strip() in (",", ":")):
        return True
    if found is not None and "!" in text[q.start:q.end]:
        return True
    return (link.same_para and link.after_found and text[q.start:q.end][-1:] in SENT_END
            and text[max(floor, q.open - 3):q.open].rstrip()[-1:] in SENT_END)


def _is_name_case(text: str) -> bool:
    """Every word but small function words capitalised: "State of the Union", "The Art of the Deal."."""
    words = _WORD.findall(text)
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    return bool(content) and words[0][0].isupper() and all(w[0].isupper() or w[0].isdigit() for w in content)


def _owned_title(ctx: Context, q: QuotedSpan, text: str) -> bool:
    """A capitalised name right after a possessive, a preposition or a noun: a show, column or book ("on
    CNN’s “New Day,”", "the hosts of “Morning Joe,”", "his book “The Art of the Deal.”"), even where a
    comma follows it as after speech."""
    if _word_count(text, _MAX_SHOW_WORDS + 1) > _MAX_SHOW_WORDS or not _is_name_case(text):
        return False
    before = ctx.text[max(0, q.open - 4):q.open].rstrip()
    if before.endswith(_POSSESSIVE):
        return True
    prev = ctx.tokens_from(max(0, q.open - 30), q.open)
    last = next((t for t in reversed(prev) if not t.is_space), None)
    return last is not None and not ctx.text[last.idx + len(last):q.open].strip() and (
        last.lower_ in _TITLE_PREPOSITIONS or last.pos_ == "NOUN")


def _is_title(ctx: Context, q: QuotedSpan, spoken: bool, naming: bool) -> bool:
    """A quoted title, name or term rather than a statement ("the ‘Central Asia Plus’ format",
    "Meet the Press", the "open door" policy); short speech and named things are kept."""
    text = ctx.text[q.start:q.end]
    short = _word_count(text, 5) <= 4
    if _owned_title(ctx, q, text):
        return True
    if spoken and short or naming:
        return False
    span = expanded_span(ctx.doc, q.start, q.end)
    return short and _is_title_like(text) or _is_work_title(text) or span is not None and _modifier(span)


def _titled(ctx: Context, q: QuotedSpan, verbs: frozenset[str]) -> bool:
    """A quotation right after a verb that gives a work its title ("the white paper, titled “…”", "a
    report entitled “…”"): the title, however long and whatever its case, not a statement."""
    before = [t for t in ctx.tokens_from(max(0, q.open - 30), q.open) if not t.is_space and t.text != ","]
    if not before or ctx.text[before[-1].idx + len(before[-1]):q.open].strip(" ,"):
        return False
    word = before[-1]  # ("titled" may be tagged an adjective, its lemma the word itself)
    return word.lemma_.lower() in verbs or word.lower_.removesuffix("d") in verbs


def _is_term(ctx: Context, q: QuotedSpan) -> bool:
    """A quoted adjective, not capitalised, that modifies a noun ("an “anti-Russian” outpost", "their “hostile”
    behaviour"): the speaker's own characterization, which inside a person's reported statement are that
    person's words (unlike the name of a thing: "keeps the “open door” policy")."""
    text = ctx.text[q.start:q.end]
    span = expanded_span(ctx.doc, q.start, q.end)
    return span is not None and _modifier(span) and span.root.dep_ == "amod" and not _is_title_like(text) \
        and not _owned_title(ctx, q, text)


def _document_words(ctx: Context, q: QuotedSpan, found: Found) -> bool:
    """A quoted fragment a policy document says ("The white paper describes the Arctic as a “shared frontier of
    science”", "the strategy promises a “regional logistics hub”"): a document's term, not anyone's words
    (statements attributed to a document are not quotes: ``document_nouns``)."""
    m = found.mention
    words = m.text.split() if m is not None and m.kind == "group" else []
    return bool(words) and words[-1].lower() in ctx.lex.document_nouns and not _is_statement(ctx.text[q.start:q.end])


def _thing_words(ctx: Context, q: QuotedSpan, found: Found) -> bool:
    """A quoted term (no sentence, not set off) whose cue's subject is "it" or a relative "which" (the text's words for
    what a document, a plan or an address calls for, declares or wants: "It calls for the force to move from a
    “balanced force” to …", "a strategy, which declares the period a “decisive decade”"): no person says
    it, so it is a term the text quotes, not a quote (a person is "he", "she" or "who"), unless "it" is a body
    that speaks ("It called the attack “a cowardly act”" after "The ministry said …": resolution decides,
    ``QuoteCandidate.thing``)."""
    text = ctx.text[q.start:q.end]
    if found.naming or _is_statement(text) or text.rstrip()[-1:] in SENT_END \
            or ctx.text[max(0, q.open - 3):q.open].rstrip()[-1:] in (",", ":") \
            or ctx.text[q.end:q.close].strip()[:1] in (",", "!", "?"):
        return False  # (set off by a comma or colon, or a sentence: "It added: “We are ready.”", "“All in,” it read")
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _THING_SUBJECTS for c in found.verb.children)


def _self_label(ctx: Context, q: QuotedSpan, found: Found) -> bool:
    """A quoted name a body gives itself ("China, which described itself as a “near-Arctic state”", "calling
    itself a “near-Arctic state”"): a label, like a title, not the body's words."""
    return not _is_statement(ctx.text[q.start:q.end]) and any(c.lower_ == "itself" for c in found.verb.children)


def _hosted(q: QuotedSpan) -> QuoteCandidate:
    """A fragment with no attribution of its own, kept only inside a reported statement (``hosted``)."""
    return QuoteCandidate(kind="direct", start=q.start, end=q.end, cue="", confidence=0.5, hosted=True)


def _attributed(ctx: Context, q: QuotedSpan, found: Found) -> QuoteCandidate:
    """The statement of a quotation with its own cue."""
    doc, verb = ctx.doc, found.verb
    cue, cs, ce = cue_text(doc, verb)
    if verb.lower_ == "according" and verb.i + 1 < len(doc):  # the cue is "according to"
        cs, ce = verb.idx, doc[verb.i + 1].idx + len(doc[verb.i + 1])
        cue = ctx.text[cs:ce]
    elif verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.lower_ == "in" and verb.head.i < verb.i:
        cs = verb.head.idx  # the cue is the phrase "in his words", as reported speech gives it
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
    heading = heading_before(ctx, q.para_start, q.open) if q.open > q.para_start else None
    if heading is not None:
        return QuoteCandidate(kind="direct", start=q.start, end=q.end, cue="", mention=heading, confidence=0.4)
    intro = previous_paragraph_subject(ctx, q.para_start, quoted) if q.open == q.para_start else None
    return QuoteCandidate(kind="direct", start=q.start, end=q.end, cue="", mention=intro,
                          confidence=0.5 if intro else 0.4, inherit=intro is None,
                          owned=intro is None and _mid_sentence(ctx.text, q))


def _mid_sentence(text: str, q: QuotedSpan) -> bool:
    """Whether a quotation goes on a sentence in lower case ("to make the country “a place where …”"): a
    phrase of the sentence, not a sentence of its own."""
    before = text[q.para_start:q.open].rstrip()
    return text[q.start:q.start + 1].islower() and bool(before) and before[-1] not in SENT_END | {":"}


def _second_half(text: str, prev: QuotedSpan, q: QuotedSpan, out: list[QuoteCandidate]) -> bool:
    """Whether ``q`` goes on with the sentence ``prev`` broke off with a comma around its attribution
    ("“We are going to lose customers,” said Reyes, one of the two members who voted no, “and some of
    these shops will not survive it.”": the second half is Reyes's too, not the relative clause's)."""
    if not out or out[-1].start != prev.start or out[-1].cue_start < 0 or prev.para_start != q.para_start:
        return False
    between = text[prev.close + 1:q.open]
    return ("," in text[prev.end:prev.close + 2] and between.rstrip().endswith(",")
            and not any(ch in SENT_END for ch in between) and text[q.start:q.start + 1].islower()
            and prev.close < out[-1].cue_start < q.open)


def direct_candidates(ctx: Context, spans: list[QuotedSpan],
                      lexicon: DirectLexicon = _NO_LISTS) -> list[QuoteCandidate]:
    """Attribute each quoted span, or drop it when it is a title or a scare quote.

    Args:
        ctx: the Doc's lookups.
        spans: the Doc's quotations (:func:`.marks.quoted_spans`), in text order.
        lexicon: the word lists of direct quotes: its ``cue_verbs`` attribute a quotation they stand next
            to, like the verbs of reported speech; its ``naming_verbs`` ("dubbed “Mr. P”") only the quoted
            fragment they govern.

    Returns:
        One direct :class:`.QuoteCandidate` per kept quotation, in text order. A quote without a cue
        of its own that continues the previous one has ``inherit`` set and no mention. A quotation alone on
        its line that repeats a cued quote of the text is none (:mod:`.direct_repeats`). A short fragment
        with no attribution of its own that is no title, or a lower-case term (:func:`_is_term`), has
        ``hosted`` set: it is a quote only inside a reported statement (``component._fragments_of_reports``).
    """
    cues = _Cues.of(ctx, lexicon)
    quoted = Quoted.of(spans)
    out: list[QuoteCandidate] = []
    hosted: list[QuoteCandidate] = []  # fragments with no attribution: kept inside a reported statement
    prev: QuotedSpan | None = None
    going_on = False  # the run of kept quotes goes on through ``prev``
    for i, q in enumerate(spans):
        if going_on and prev is not None and _second_half(ctx.text, prev, q, out):
            out.append(replace(out[-1], start=q.start, end=q.end))
            prev = q
            continue
        bounds = _bounds(spans, i, prev)
        found = _attribution(ctx, q, cues, bounds, quoted)
        if found is not None and _document_words(ctx, q, found):
            found = None
        link = _link(ctx.text, q, prev if going_on else None, out)
        spoken = _is_spoken(ctx.text, q, found, link, bounds[0], cues.chants)
        label = found is not None and _self_label(ctx, q, found)
        if _is_title(ctx, q, spoken, found is not None and found.naming) or label \
                or found is None and _titled(ctx, q, lexicon.title_verbs):
            going_on = link.same_para or link.continues
            if (found is None or found.fragment) and _is_term(ctx, q):
                hosted.append(_hosted(q))
        elif found is not None:
            out.append(replace(_attributed(ctx, q, found), thing=_thing_words(ctx, q, found)))
            going_on = True
        elif _is_statement(ctx.text[q.start:q.end]) or link.same_para:
            out.append(_unattributed(ctx, q, link, out, quoted))
            going_on = True
        else:
            going_on = link.same_para or link.continues
            hosted.append(_hosted(q))
        prev = q
    return sorted(drop_display_repeats(ctx.text, spans, out) + hosted, key=lambda c: (c.start, c.end))
