"""Stage 2 helper for pipeline_attribution: who speaks a direct quote, read from the cue's clause.

The parser's subject of a cue verb is usually the speaker, with three exceptions handled here:
a participle that continues the main clause ("Novak expressed frustration that Brandt was
idle, telling one aide: “…”" -> Novak, not Brandt), a subject that lies inside a quotation
(never the speaker of the next quote: "“It’s over,” adding, “…”"), and a name the parse does not make
the subject (before a parenthesis or words set off by commas, "as X put it"). A colon that introduces a
quote: :mod:`.direct_colon`.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from ...sentences import sentence_of
from .candidates import SpeakerMention
from .context import Context
from .marks import Quoted
from .mentions import mention_for, name_token
from .syntax import issuer_of, phrase_ends, subject_of

_MAX_CLIMB = 6  # heads walked from a participle up to its main clause
_INVERSION_GAP = 3  # "said Sen. John Smith:": the name follows the verb within a few tokens
_PERSON_KINDS = ("name", "pronoun", "role")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_SENT_END = frozenset({".", "!", "?"})
_CLOSING_MARKS = frozenset({"”", "\"", "’", "'", "''", "»"})
_ADDRESSED = frozenset({"ask", "question", "tell"})  # passive: the subject hears, someone unnamed speaks
_WHEN_ENTS = frozenset({"DATE", "TIME"})  # "…,” tweeted Sunday": not who tweeted
_NOT_NOMINAL = frozenset({"ADP", "SCONJ", "CCONJ", "ADV", "PUNCT", "VERB", "AUX", "PART"})  # a misparsed subject
_MODIFIER_DEPS = frozenset({"compound", "npadvmod", "nmod", "dep", "amod", "advmod"})
_MAX_INSERTION = 20  # tokens of a parenthesis or of words set off by commas before a cue verb
_AUX_DEPS = frozenset({"aux", "auxpass", "neg"})
_PLACE_OR_BODY = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})  # what a "who" clause misparsed on may be
_TIME_MARKS = frozenset({"when", "while", "as", "after", "before", "once", "until", "because"})  # a clause of its own
_MAX_AGENT = 4  # tokens between a passive cue (or its quoted complement) and the "by" of its agent


def _main_subject(verb: Token, quoted: Quoted) -> Token | None:
    """The subject of the main clause a sentence-final participle ("…, telling one aide:") hangs on:
    the highest head above it outside quotation marks (a quote before may be parsed as the root)."""
    tok, top = verb.head, None
    for _ in range(_MAX_CLIMB):
        if quoted.covers(tok.idx):
            break
        own = _subordinate_subject(tok, verb, quoted)
        if own is not None:
            return own
        top = tok
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            break
        tok = tok.head
    if top is None or top.i == verb.head.i or top.i > verb.i or top.pos_ not in ("VERB", "AUX"):
        return None
    subj = subject_of(top)
    return subj if subj is not None and not quoted.covers(subj.idx) else None


def _subordinate_subject(head: Token, verb: Token, quoted: Quoted) -> Token | None:
    """The subject of a clause of time or a relative clause a participle ends ("when the protesters
    interrupted her, shouting “…”", "a lawyer who worked the room, praising “…”"): that clause's own
    subject speaks, not the main clause's; a reported clause ("expressed frustration that Brandt was idle,
    telling one aide") is not one."""
    if head.i > verb.i or head.pos_ not in ("VERB", "AUX") or head.dep_ not in ("relcl", "advcl"):
        return None
    subj = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
    if subj is None or quoted.covers(subj.idx):
        return None
    if head.dep_ == "relcl" and subj.lower_ in ("who", "that"):  # a person the clause is on, not a body
        person = head.head
        return person if not quoted.covers(person.idx) and person.ent_type_ not in _PLACE_OR_BODY else None
    timed = any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS and c.i < subj.i for c in head.children)
    return subj if timed and subj.pos_ in ("NOUN", "PROPN", "PRON") else None


def _clause_before(verb: Token, quoted: Quoted) -> Token | None:
    """The subject of the clause of time or relative clause that ends right before the comma of a participle
    the parser hung on the main verb ("…, when the protesters interrupted her, shouting “…”")."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    tok = doc[verb.i - 2]
    for _ in range(_MAX_CLIMB):
        if tok.dep_ in ("relcl", "advcl") and tok.pos_ in ("VERB", "AUX"):
            return _subordinate_subject(tok, verb, quoted) if tok.right_edge.i == verb.i - 2 else None
        if tok.head.i == tok.i or tok.head.i > verb.i:
            return None
        tok = tok.head
    return None


def _misparsed_subject(verb: Token, quoted: Quoted) -> Token | None:
    """The subject of a cue verb that the parser gave to a neighbour: "Clinton, exasperated, responded:"
    ("Clinton" the subject of the parenthetical "exasperated"); "X shared the news, writing “…”" (the
    participle after a comma speaks for the sentence's subject)."""
    for c in verb.children:
        if c.dep_ == "parataxis" and c.i < verb.i:
            subj = next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i), None)
            if subj is not None and not quoted.covers(subj.idx):
                return subj
    if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        root = sentence_of(verb).root
        subj = subject_of(root) if root.i < verb.i and root.pos_ in ("VERB", "AUX") else None
        if subj is not None and not quoted.covers(subj.idx):
            return subj
    return None


def _subject_in_window(verb: Token, ctx: Context, quoted: Quoted, window: list[Token]) -> Token | None:
    """A subject the parse did not attach to a cue after a quote (or found only inside the quote): the
    first person named between the quote and the verb ("“…,” Nate Silver, the guru who founded the
    site, tweeted"), or a capitalised name right after the quote and before a comma."""
    named = next((t for t in window if t.i < verb.i and ctx.persons[t.i] is not None), None)
    if named is None and window and window[0].i < verb.i and window[0].pos_ == "PROPN" and name_token(
            window[0].text) and window[0].i + 1 < len(ctx.doc) and ctx.doc[window[0].i + 1].text == ",":
        named = window[0]  # "“…,” Ramos, 58, told AFP": a name opening the attribution, set off by a comma
    return named


def _phrase_head(tok: Token) -> Token:
    """The head noun of the phrase a modifier opens ("added a South Carolina Democrat": Democrat)."""
    for _ in range(_MAX_CLIMB):
        if tok.dep_ not in ("compound", "amod", "nmod") or tok.head.i <= tok.i:
            break
        tok = tok.head
    return tok


def _nearest_subject(verb: Token, quoted: Quoted) -> Token | None:
    """Of several subjects the parser gave one verb, the one nearest to it outside quotation marks ("An
    argument between those who fear (“…,” Jane Doe wrote …)": Doe; "“…[Roe] can be …,” Doe said")."""
    subjects = phrase_ends([c for c in verb.children if c.dep_ in _SUBJECT_DEPS and not quoted.covers(c.idx)])
    return min(subjects, key=lambda c: abs(verb.i - c.i), default=None)  # ("said its vice-president": president)


def _name_before(verb: Token, ctx: Context, quoted: Quoted) -> Token | None:
    """A name right before a cue verb the parser left without a subject ("… the Washington Post Trump
    said, “…”"), past adverbs, a parenthesis ("Rep. Jane Doe (D-Ohio) said “…”") or words set off by
    commas after a person's name ("Jane Doe, exasperated, responded:", "Jane Doe, in a column on
    Sunday, wrote, “…”")."""
    doc = verb.doc
    k = _before_verb_group(verb)
    if k < 0:
        return None
    if doc[k].text == ")":
        k = _before_opening(doc, k, "(")
    elif doc[k].text == ",":
        k = _before_opening(doc, k, ",")
        return doc[k] if k >= 0 and ctx.persons[k] is not None and not quoted.covers(doc[k].idx) else None
    tok = doc[k] if k >= 0 else None
    if tok is None or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ in _WHEN_ENTS:
        return None
    return tok if not quoted.covers(tok.idx) else None


def _before_verb_group(verb: Token) -> int:
    """The index of the token before ``verb``'s adverbs and auxiliaries ("Mr. Doe, asked about the deaths, had
    said": the comma before "had"); -1 at the start of the Doc."""
    doc, k = verb.doc, verb.i - 1
    while k >= 0 and (doc[k].pos_ == "ADV" or doc[k].dep_ in _AUX_DEPS and doc[k].head.i == verb.i):
        k -= 1
    return k


def _name_before_aside(verb: Token, ctx: Context, quoted: Quoted) -> Token | None:
    """A person's name before words set off by commas right before a cue verb with no subject of its own
    ("… after Mr. Doe, asked about the layoffs, had said, “…”": Doe, not the subject a conjoined verb
    would inherit from the clause before)."""
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    k = _before_verb_group(verb)
    return _name_before(verb, ctx, quoted) if k >= 0 and verb.doc[k].text == "," else None


def _before_opening(doc: Doc, k: int, opening: str) -> int:
    """The index of the token before the ``opening`` mark (a parenthesis, a comma) that the token at
    ``k`` closes, within a few words of the same sentence (-1 when there is none)."""
    for j in range(k - 1, max(-1, k - _MAX_INSERTION), -1):
        if doc[j].text == opening:
            return j - 1
        if doc[j].text in _SENT_END or doc[j].text in _CLOSING_MARKS or "\n" in doc[j].text:
            return -1
    return -1


def _name_on_verb(verb: Token, ctx: Context) -> Token | None:
    """A person's name right before a cue verb, hung on it as a modifier ("…,” Beck joked, …": Beck
    <-compound- joked): the subject, before any the verb would inherit from a clause above."""
    if verb.i == 0 or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    tok = verb.doc[verb.i - 1]
    return tok if tok.head.i == verb.i and tok.dep_ in _MODIFIER_DEPS and ctx.persons[tok.i] is not None else None


def _as_put_it_subject(verb: Token, ctx: Context) -> Token | None:
    """"As Jane Doe, a professor of law, put it, “…”": the person after the "as" that opens the idiom (the
    parser may hang the name on "as")."""
    if verb.lemma_.lower() != "put" or not any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        return None
    sent = sentence_of(verb)
    as_ = next((t for t in sent if t.lower_ == "as" and t.i < verb.i), None)
    if as_ is None or as_.i + 1 >= verb.i:
        return None
    span = ctx.persons[as_.i + 1] or (ctx.persons[as_.i + 2] if as_.i + 2 < verb.i else None)
    return verb.doc[span.end - 1] if span is not None else None


def _statement_subject(verb: Token, quoted: Quoted) -> Token | None:
    """"Jane Doe issued a statement saying, “…”": the subject of the verb whose object the participle
    describes."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.head.head.pos_ != "VERB":
        return None
    subj = issuer_of(verb.head)
    return subj if subj is not None and not quoted.covers(subj.idx) else None


def _known_surname(tok: Token, ctx: Context) -> SpeakerMention | None:
    """A subject the tagger took for a verb or noun ("“…,” Trump shot back.") that is written like the
    last name of a person the document names: that person's name."""
    if tok.pos_ == "PROPN" or ctx.persons[tok.i] is not None or not name_token(tok.text):
        return None
    named = any(span.kb_id_.split()[-1:] == [tok.text] for span in ctx.person_spans if span.kb_id_)
    return SpeakerMention("name", tok.idx, tok.idx + len(tok), tok.text, tok.text) if named else None


def passive_agent(verb: Token, ctx: Context, quoted: Quoted) -> Token | None:
    """The person a passive cue names with "by" ("This feature has been called “strategic ambiguity” by
    Jane Doe, a professor …": Doe; the parser may hang "by" on the quoted complement): the person's
    last word, or None when the verb is not passive or no person follows "by" closely."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    doc = verb.doc
    sent_end = sentence_of(verb).end
    for k in range(verb.i + 1, sent_end):
        tok = doc[k]
        if tok.lower_ == "by" and not quoted.covers(tok.idx):
            span = ctx.persons[k + 1] if k + 1 < len(doc) else None
            if span is None and k + 2 < len(doc) and doc[k + 1].lower_.rstrip(".") in ctx.lex.titles:
                span = ctx.persons[k + 2]  # "by Dr. Jane Doe"
            return doc[span.end - 1] if span is not None else None
        if tok.text in _SENT_END or (tok.pos_ in ("VERB", "AUX") and tok.i > verb.i + _MAX_AGENT
                                     and not quoted.covers(tok.idx)):
            return None
    return None


def speaker_mention(verb: Token, ctx: Context, quoted: Quoted, window: list[Token] | None = None,
                    *, inversion: bool = True) -> tuple[SpeakerMention | None, bool]:
    """The mention naming who speaks through cue ``verb``, and whether none could be read because
    the only subject lies inside a quotation (then the quote continues the previous speaker).

    ``window`` holds the tokens around the verb searched for an inverted subject ("…,” said Smith.")
    when the parse gives none; with ``inversion=False`` only names right after the verb count.
    """
    subj = None
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        subj = _clause_before(verb, quoted) or _main_subject(verb, quoted)
    if subj is None:
        subj = _as_put_it_subject(verb, ctx) or _statement_subject(verb, quoted) or _name_on_verb(verb, ctx) \
            or _name_before_aside(verb, ctx, quoted) or subject_of(verb) or _misparsed_subject(verb, quoted)
    if subj is None or subj.pos_ in _NOT_NOMINAL:  # "Of Carson, Levine, who …, said": "Of" is no subject
        subj = _name_before(verb, ctx, quoted) or subj
    if subj is not None and subj.head.i == verb.i:
        subj = _nearest_subject(verb, quoted) or subj
    if (subj is None or quoted.covers(subj.idx)) and inversion:
        subj = _subject_in_window(verb, ctx, quoted, window or []) or subj
    if subj is None and verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN") \
            and not quoted.covers(verb.head.idx):
        subj = verb.head  # "Mitt Romney, the nominee, tweeted in response: “…”" (tweeted <-acl- Romney)
    agent = passive_agent(verb, ctx, quoted)
    if agent is not None:
        return mention_for(agent, ctx), False  # "was called “…” by Jane Doe"
    if subj is not None and subj.dep_ == "nsubjpass" and verb.lemma_.lower() in _ADDRESSED:
        return None, False  # "Blumenthal was asked, “…?”": the one asked does not speak the question
    if subj is not None:
        if quoted.covers(subj.idx):
            return None, True
        return _known_surname(subj, ctx) or mention_for(subj, ctx), False
    for tok in window or ():
        if tok.i > verb.i and tok.pos_ in ("PROPN", "PRON", "NOUN") and tok.ent_type_ not in _WHEN_ENTS:
            if not inversion and tok.i - verb.i > _INVERSION_GAP:
                break
            return mention_for(_phrase_head(tok), ctx), False
    return None, False


def previous_paragraph_subject(ctx: Context, para_start: int, quoted: Quoted) -> SpeakerMention | None:
    """"Governor Tom Reid disagreed sharply on Tuesday. / “This budget is a fantasy.”": a quotation
    paragraph with no attribution of its own speaks for the person the previous paragraph ends on
    (the subject of its last sentence, outside quotation marks), or None."""
    k = bisect_left(ctx.paragraphs, (para_start,)) - 1
    if k < 0:
        return None
    start, end = ctx.paragraphs[k]
    toks = ctx.tokens_from(start, end)
    if not len(toks):
        return None
    sent = sentence_of(toks[-1])
    if quoted.covers(sent.root.idx):
        return None
    subj = subject_of(sent.root)
    if subj is None or quoted.covers(subj.idx) or subj.idx < start:
        return None
    mention = mention_for(subj, ctx)
    return mention if mention.kind in _PERSON_KINDS else None
