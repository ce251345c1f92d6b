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

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache
from itertools import accumulate
from operator import attrgetter

from spacy.tokens import Token

from ...sentences import sentence_index, sentence_range
from ..tokens import dep_id, words_of
from .according import according
from .aims import institution_aim
from .answers import answer_report
from .candidates import QuoteCandidate, SpeakerMention
from .colon_quotes import before_colon_quotation
from .complements import second_complement
from .content import Match, adjunct_clauses, clausal_complement, clip_to_paragraph, object_subject, reported_by
from .context import Context
from .frames import (
    appearance,
    as_reported,
    in_view,
    made_clear,
    parenthetical,
    passive_report,
    passive_topic,
    trailing,
)
from .headline import headline, title_line
from .labels import interview_answers, speaker_label
from .lexicon import Lexicon
from .objects import (
    gerund_report,
    noun_intent,
    noun_report,
    noun_topic,
    object_report,
    passive_object,
    passive_predicate,
)
from .perspective import perspective
from .polls import poll_finding
from .syntax import cue_text, subject_of, subtree_bounds
from .topics import about_report, attitude_report, topic_report
from .triggers import Pattern, Triggers
from .voice import CARRIERS, document_voiced


def _speech(tok: Token, ctx: Context) -> Iterator[Match]:
    """"X noted that …", "X said the …", "…, the minister said."."""
    yield from _speech_reports(tok, ctx, relative=False)


def _relative_speech(tok: Token, ctx: Context) -> Iterator[Match]:
    """"…, which she said represented all her emails", "a finish that he said defied expectations": the
    statement opens with the relative pronoun its clause begins with, and holds its cue."""
    yield from _speech_reports(tok, ctx, relative=True)


_RELATIVES = frozenset({"which", "that", "who", "what"})


def _speech_reports(tok: Token, ctx: Context, *, relative: bool) -> Iterator[Match]:
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in ctx.lex.speech_verbs:
        return
    comp = clausal_complement(tok, ctx)
    if comp is None:
        return
    opener = comp.left_edge
    if relative != (opener.i < tok.i < comp.i and opener.lower_ in _RELATIVES and opener.dep_ != "mark"):
        return
    bounds = subtree_bounds(comp, exclude=_shared_subject_conjuncts(comp, ctx) + _contrasted_reports(comp, ctx)
                            + _trailing_acts(comp, ctx) + _next_reports(comp, ctx))
    subj = subject_of(tok)
    second = second_complement(tok, comp, ctx.lex.speech_verbs | ctx.lex.object_cues,
                               contrast=subj is None or subj.lemma_.lower() not in ctx.lex.source_nouns)
    if second is not None:  # "said that A, and that B": both clauses are the statement
        bounds = (bounds[0], subtree_bounds(second)[1])
    fronted = None if relative or comp.i < tok.i else object_subject(tok, comp)
    if fronted is not None:  # "felt her projection of anger was over the top": the object is the subject
        bounds = (fronted.left_edge.idx, bounds[1])
    if relative:
        bounds = (opener.idx, bounds[1])
    elif comp.left_edge.i < tok.i < comp.i:  # "a wall, Mexico, he said, should pay for": after the cue
        bounds = (tok.doc[tok.i + 1].idx, bounds[1])
    match = reported_by(tok, ctx, bounds, cue_text(tok.doc, tok), sourceless=_sourceless(tok, comp))
    if match is not None:
        yield match


def _sourceless(verb: Token, comp: Token) -> bool:
    """Whether a cue with no subject still reports its clause ("voters saying they want a ban", "went
    out of his way to say that …", "knowing who the nominee will be"): a finite clause after the cue,
    not a name the parser took for one ("…,” said Robert Reich, who …") nor a quotation."""
    return comp.i > verb.i and comp.pos_ in ("VERB", "AUX") and not comp.left_edge.is_quote


def _is_cue_verb(tok: Token, ctx: Context) -> bool:
    lemma = tok.lemma_.lower()
    lex = ctx.lex
    return tok.pos_ == "VERB" and (lemma in lex.speech_verbs or lemma in lex.object_cues
                                   or lemma in lex.predicate_cues or any(lemma == p[0] for p in ctx.topics))


def _is_act_verb(tok: Token, ctx: Context) -> bool:
    """A verb of saying or evaluating in the past or in the narrating present (not a private verb:
    ``private_verbs``), which reports the speaker's own act ("said her country was committed to X and
    praised Y", "says he would act and tells the crowd …"), not the reported clause's."""
    lemma = tok.lemma_.lower()
    lex = ctx.lex
    return tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ") and lemma not in lex.private_verbs \
        and (lemma in lex.speech_verbs or lemma in lex.object_cues)


def _trailing_acts(comp: Token, ctx: Context) -> tuple[Token, ...]:
    """A participle of saying or citing after a comma at the clause's end ("said the plan was reckless,
    citing its cost", "said both countries faced the same threats, pointing to the missile tests"): the
    speaker's own act, not the statement (with its comma)."""
    doc = comp.doc
    return tuple(t for c in comp.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > comp.i
                 and doc[c.left_edge.i - 1].text == "," and _is_cue_verb(c, ctx)
                 for t in (doc[c.left_edge.i - 1], c))


def _shared_subject_conjuncts(comp: Token, ctx: Context) -> tuple[Token, ...]:
    """Conjoined cue verbs without their own subject after a "that" clause ("She argued that A and drew
    attention to B"): not content. Without "that" the conjunct stays in the statement ("said it had
    tested the message and found it effective")."""
    out = []
    children = list(comp.children)  # (read once)
    if not any(c.dep_ == "conj" for c in children):
        return ()
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
    for c in children:
        if c.dep_ == "conj" and (_is_cue_verb(c, ctx) if that else _is_act_verb(c, ctx)) \
                and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
            out.append(c)
            out += [x for x in children if x.dep_ in ("cc", "punct") and x.i < c.i and x.i > comp.i]
    return tuple(out)


def _next_reports(comp: Token, ctx: Context) -> tuple[Token, ...]:
    """A clause joined by a comma and a conjunction at the statement's end that opens on its own subject, which says
    something ("said it had sent no weapons, and the ministry said on Wednesday that …", "…, and it has warned
    that …"): the next report, not this one's content (with its comma and conjunction)."""
    doc = comp.doc
    out: list[Token] = []
    for c in comp.children:
        subject = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if c.dep_ != "conj" or c.i < comp.i or subject is None or subject.left_edge.i != c.left_edge.i:
            continue  # (a clause that opens on a time phrase, "…, and the following day the committee requested
            # …", goes on with the story)
        cc = doc[c.left_edge.i - 1]
        if cc.dep_ != "cc" or doc[cc.i - 1].text != "," or not _reporting_act(c, ctx):
            continue
        out += [doc[cc.i - 1], cc, c]
    return tuple(out)


def _reporting_act(verb: Token, ctx: Context) -> bool:
    """A verb of saying in a finite past or present form, or a perfect ("said", "says", "has warned")."""
    return _is_act_verb(verb, ctx) or verb.tag_ == "VBN" and verb.lemma_.lower() in ctx.lex.speech_verbs \
        and any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children)


_CONTRASTS = ("while", "whereas", "though", "although")  # the conjunctions of a contrasted report
_ADVCL = dep_id("advcl")


def _contrasted_reports(comp: Token, ctx: Context) -> tuple[Token, ...]:
    """A closing "…, while Jones said that …" or "…, though some feared …" inside the clause: another
    speaker's report, not content."""
    doc = comp.doc
    if _ADVCL not in words_of(doc).dep[comp.left_edge.i:comp.right_edge.i + 1]:
        return ()  # (no adverbial clause in the subtree: most clauses)
    return tuple(t for t in comp.subtree if t.dep_ == "advcl" and t.lemma_.lower() in ctx.lex.speech_verbs
                 and any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in t.children)
                 and any(c.dep_ == "nsubj" for c in t.children) and doc[t.left_edge.i - 1].text == ",")


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
    match = reported_by(tok, ctx, subtree_bounds(comp, exclude=adjunct_clauses(comp, lex)), cue_text(tok.doc, tok))
    if match is not None:
        yield match


def _object_verbs(lex: Lexicon) -> frozenset[str]:
    return lex.speech_verbs | lex.object_cues | lex.predicate_cues | lex.stance_verbs


def _topic_verbs(lex: Lexicon) -> set[str]:
    return {verb for verb, _, _ in lex.topics}


def _topic_nouns(lex: Lexicon) -> set[str]:
    return {noun for noun, _ in lex.noun_topic_pairs}


def _according_words(lex: Lexicon) -> set[str]:
    return {phrase.split()[0] for phrase in lex.according_to}


def _attitude_words(lex: Lexicon) -> set[str]:
    return {adjective for adjective, _ in lex.attitude_pairs}


def _passive_topic_verbs(lex: Lexicon) -> set[str]:
    return {line.partition(" ")[0] for line in lex.passive_topic_cues}


_SPEECH = attrgetter("speech_verbs")
_SPOKEN_WORDS = 4  # a quotation this long before "said X" is speech, not a name ("The Apprentice")

# The reported-speech patterns, in the order they run at a token (a new pattern is one line). Each names
# the words it can start from (``lemmas``: lower-cased lemmas, ``words``: lower-case forms, ``stems``: forms
# without their last letter), as a set or a function of the Lexicon (named, not a lambda: the component
# pickles), and runs only where they occur (a pattern naming none runs on every token); ``interrupting``:
# its cue may stand inside its statement.
PATTERNS: tuple[Pattern, ...] = (
    Pattern(_speech, lemmas=_SPEECH),
    Pattern(_relative_speech, lemmas=_SPEECH, interrupting=True),
    Pattern(_belief, lemmas=attrgetter("belief_adjectives"), words=attrgetter("belief_adjectives")),
    Pattern(topic_report, lemmas=_topic_verbs),
    Pattern(object_report, lemmas=_object_verbs),
    Pattern(gerund_report, lemmas=_object_verbs),
    Pattern(passive_object, lemmas=_object_verbs, interrupting=True),
    Pattern(passive_predicate, lemmas=_object_verbs, interrupting=True),
    Pattern(_commitment, lemmas=attrgetter("commitment_verbs"), stems=attrgetter("commitment_verbs")),
    Pattern(according, words=_according_words, interrupting=True),
    Pattern(in_view, words=frozenset({"in"}), interrupting=True),
    Pattern(perspective, words=attrgetter("perspective_prepositions")),
    Pattern(poll_finding, words=frozenset({"in"}), interrupting=True),
    Pattern(about_report, words=frozenset({"about"})),
    Pattern(attitude_report, words=_attitude_words),
    Pattern(passive_topic, lemmas=_passive_topic_verbs),
    Pattern(passive_report, lemmas=attrgetter("passive_report_subjects"), interrupting=True),
    Pattern(answer_report, lemmas=_SPEECH),
    Pattern(trailing, lemmas=_SPEECH),
    Pattern(parenthetical, lemmas=_SPEECH, interrupting=True),
    Pattern(as_reported, lemmas=_SPEECH),
    Pattern(noun_report, lemmas=attrgetter("speech_nouns")),
    Pattern(noun_intent, lemmas=attrgetter("intent_nouns")),
    Pattern(noun_topic, lemmas=_topic_nouns),
    Pattern(made_clear, words=attrgetter("make_adjectives")),
    Pattern(appearance, lemmas=attrgetter("appearance_verbs"), interrupting=True),
    Pattern(speaker_label, words=frozenset({":"})),
)


# readings that name no source when the clause has no agent ("Iceland is described as a key partner",
# "small firms are expected to add jobs"): in a document's voice (:mod:`.voice`) the document is the source
_AGENTLESS = frozenset({passive_predicate, passive_report})
# readings of an aim or a stance ("the government wants the union to …", "the country aims to …", "its
# support for the rail union"): with no person as their source, in a document's voice they restate the document's aims
_INTENTS = frozenset({_commitment, noun_intent, noun_topic})


def _document_restated(pattern: Pattern, tok: Token, mention: SpeakerMention | None, ctx: Context) -> bool:
    """Whether a match in a document's voice (:mod:`.voice`) restates the document: an agentless reading,
    an aim or stance of a state or body (no person named), or "…, it says, …"."""
    if pattern.find in _AGENTLESS:
        return mention is None
    person = mention is not None and mention.kind != "group"
    if pattern.find in _INTENTS or _intent_word(tok, ctx.lex):  # (any reading: "wants" also takes a clause)
        return not person
    subj = subject_of(tok) if pattern.find in (_speech, _relative_speech, parenthetical) else None
    return subj is not None and subj.lower_ in CARRIERS


def _first_person(tok: Token) -> bool:
    """Whether the cue's subject is "I" or "we" ("I think …", "we want …")."""
    subj = subject_of(tok)
    return subj is not None and subj.lower_ in ("i", "we")


def _intent_word(tok: Token, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in lex.commitment_verbs or lemma in lex.stance_verbs


def pattern_triggers(lex: Lexicon) -> Triggers:
    """:data:`PATTERNS` with the words of ``lex`` they start from (built once per lexicon)."""
    return Triggers(PATTERNS, lex)


def indirect_candidates(ctx: Context, direct: list[tuple[int, int]], triggers: Triggers) -> list[QuoteCandidate]:
    """Every reported statement of the Doc (not those already covered by a direct quote).

    The patterns (:data:`PATTERNS`, in their order) run only on tokens whose words can start them.
    """
    doc, text = ctx.doc, ctx.text
    out: list[QuoteCandidate] = []
    seen: set[tuple[int, int]] = set()
    quotations = _Quotations(direct)

    def inside_direct(s: int, e: int) -> bool:
        if e > s and not quotations.touching(s, e) or _that_before(text, s):
            return False
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
    titled: dict[int, bool] = {}  # sentence index -> reads as a title line
    voiced: frozenset[int] | None = None  # the sentences in a document's voice (once asked)
    aims: list[tuple[int, int]] = []  # the content of an institution's aim (:mod:`.aims`)
    answers: list[tuple[int, int]] | None = None  # an interview's answers (:func:`.labels.interview_answers`)
    for i, patterns in triggers.starts(ctx):
        if title is not None and title.start <= i < title.end:
            continue  # headlines are read by attribution_headline
        if quotations.holding(ctx.starts[i]):
            continue  # cues inside a quotation are the speaker's own words
        tok = doc[i]
        if _in_idiom(tok, ctx.lex):
            continue
        found = [(pattern, match) for pattern in patterns for match in pattern.find(tok, ctx)]
        if not found:
            continue
        k = sentence_index(doc, i)
        if k not in titled:
            titled[k] = title_line(ctx, *sentence_range(doc, i))
        if titled[k]:
            continue  # title lines give no statements
        if _first_person(tok):
            answers = interview_answers(ctx) if answers is None else answers
            if any(lo <= ctx.starts[i] < hi for lo, hi in answers):
                continue  # "Mitchell: … I think people have started to notice": the interviewee's own text
        for pattern, match in found:
            cs, ce, mention = match.cue_start, match.cue_end, match.mention
            if institution_aim(tok, mention, ctx):
                aims.append((match.start, match.end))  # "Malta wants the Council to …": an aim, not a statement,
                continue  # nor are the cues inside it ("aims to draw attention to …")
            if _document_restated(pattern, tok, mention, ctx):
                voiced = document_voiced(doc, ctx.lex) if voiced is None else voiced
                if k in voiced:
                    continue  # the document's content, restated
            s, e = clip_to_paragraph(text, ctx.paragraphs, match.start, match.end, cs)
            e = before_colon_quotation(ctx, direct, s, _through_quotation(text, direct, s, e))
            if e - s < 2 or (s, e) in seen or inside_direct(s, e) or _own_naming(ctx, s, e) or (
                    tok.tag_ != "VBG" and _inverted_after_quote(text, direct, cs, s)):
                continue
            if not pattern.interrupting and ((cs >= s and ce <= e) or (
                    mention is not None and s <= mention.start and mention.end <= e)):
                continue
            seen.add((s, e))
            out.append(QuoteCandidate(kind="indirect", start=s, end=e, cue=match.cue, cue_start=cs, cue_end=ce,
                                      mention=mention, confidence=match.confidence))
    return _outermost([c for c in out if not any(s <= c.cue_start < e for s, e in aims)])


class _Quotations:
    """The direct quotations' [start, end) character spans, for quick "inside or touching" tests."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # the furthest end of the first k

    def holding(self, pos: int) -> bool:
        """Whether a quotation holds the character ``pos``."""
        k = bisect_right(self.starts, pos)
        return k > 0 and self.reach[k - 1] > pos

    def touching(self, start: int, end: int) -> bool:
        """Whether a quotation overlaps [start, end)."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start


def _inverted_after_quote(text: str, direct: list[tuple[int, int]], cue_start: int, start: int) -> bool:
    """A cue right after a spoken quotation that a comma closes, with its statement after it ("“We will
    lose customers,” said Reyes, one of the two members who voted no, “and …”"): the quotation is what the
    cue reports; what follows is its speaker's description and the quotation's second half. (Not after a
    quoted name: 'the host of “The Apprentice,” listed …'; the caller leaves out a participle, which goes
    on with the quotation's subject: '“…,” adding that …'.)"""
    if start <= cue_start or not _after_comma_close(text, cue_start):
        return False
    return any(de < cue_start and text[de:cue_start].strip() in _COMMA_CLOSES
               and len(text[ds:de].split()) >= _SPOKEN_WORDS and _opens_sentence(text, ds) for ds, de in direct)


_COMMA_CLOSES = (",”", ",\"", ",’", ",'", ",»")  # a comma and the mark closing a quotation


def _after_comma_close(text: str, end: int) -> bool:
    """Whether the text before ``end``, without the spaces there, ends with a comma closing a quotation: the test
    every quotation :func:`_inverted_after_quote` looks at needs, made once."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[max(0, end - 2):end] in _COMMA_CLOSES


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the quotation starting at ``start`` (inside its mark) opens a sentence or paragraph."""
    before = text[max(0, start - 6):start].rstrip("“\"‘'« \t")
    return not before or before[-1] in ".!?:\n”\"’'»"


def _in_idiom(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` ends a set phrase whose verb reports nothing (``idioms``: "That said, …", "All told,
    …", "Needless to say, …")."""
    lower = words_of(tok.doc).lower
    for words in _idioms_ending(lex.idioms).get(lower[tok.i], ()):
        if tok.i >= len(words) - 1 and lower[tok.i - len(words) + 1:tok.i + 1] == words:
            return True
    return False


@cache
def _idioms_ending(idioms: tuple[str, ...]) -> dict[str, list[list[str]]]:
    """The words of each idiom, by its last word (once per lexicon)."""
    out: dict[str, list[list[str]]] = {}
    for phrase in idioms:
        words = phrase.split()
        out.setdefault(words[-1], []).append(words)
    return out


def _own_naming(ctx: Context, start: int, end: int) -> bool:
    """A source's request about its own naming ("asked not to be named", "did not want her name
    published"; ``naming_verbs``): how the writer may cite the source, not what it said."""
    lo = bisect_left(ctx.starts, start)  # (the tokens ctx.tokens_from gives, read from the shared lists)
    hi = max(lo, bisect_left(ctx.starts, end))
    w = words_of(ctx.doc)
    found: list[int] = []  # the first four words (a leading "not" and three more)
    for i in range(lo, hi):
        if not w.is_punct[i]:
            found.append(i)
            if len(found) == 4:
                break
    if found and w.lower[found[0]] == "not":
        found = found[1:]
    if len(found) < 3:
        return False
    first, second, third = found[:3]
    doc, lemma = ctx.doc, w.lemma  # (lemma: string-store hashes)
    naming = doc.vocab.strings[lemma[third]].lower() in ctx.lex.naming_verbs or w.lower[third] in ctx.lex.naming_verbs
    if w.lower[first] == "to" and doc.vocab.strings[lemma[second]] == "be":
        return naming  # "to be named", "to be identified because …"
    return doc.vocab.strings[lemma[second]].lower() == "name" and doc[first].tag_ == "PRP$" \
        and doc[third].tag_ == "VBN"  # "her name published"


def _that_before(text: str, start: int) -> bool:
    """A statement opened by "that" ('Cruz says that “when you live by the pen …”'): reported speech in
    verbatim words, a row of its own beside the quotation's (the conjunction, in lower case: a quotation's
    own sentence may open with "That": '“… That is true all over the globe,” he said.')."""
    return text[max(0, start - 8):start].rstrip(" \"“‘'").endswith(" that")


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
