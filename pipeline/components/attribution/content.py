"""Stage 2 helper for pipeline_attribution: shared pieces of the reported-speech matchers.

The bounds of a reported statement (trimmed, without a closing aside about a past event,
kept inside the cue's paragraph), the usable source of a cue verb, a match's confidence and the
:class:`Match` every pattern yields.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from spacy.tokens import Doc, Token

from ...docmemo import per_doc
from ...doctext import REGION, doc_text
from ...sentences import sentence_range
from ..tokens import words_of
from .asides import closing_aside
from .candidates import SpeakerMention
from .context import Context
from .lexicon import Lexicon
from .mentions import mention_for, person_word
from .syntax import issuer_of, subject_of, subtree_bounds, trim

LEADING = ("that",)
# a news dateline before the first sentence: "HELSINKI, 29 October 2020 — ", "WASHINGTON (AP) — "
_DATELINE = re.compile(r"(?P<place>[A-Z][A-Z.'’ -]{2,}" + REGION + r"(?:\s*\([^)\n]{1,20}\))?)?"
                       r"(?:,?\s*(?P<date>[^—–\n]{0,30}\d[^—–\n]{0,15}?))?\s*[—–]\s+")
_PERSON_RELATIVES = ("who", "whom", "whose")
_IT_REPORTS = frozenset({"say", "report", "announce", "add", "tell"})  # "…, it said." (not "it states")


class Match(NamedTuple):
    """What every pattern yields: the statement [start, end), its cue as written and where the cue
    stands, the mention of the speaker (None: the pattern names nobody) and the confidence."""

    start: int
    end: int
    cue: str
    cue_start: int
    cue_end: int
    mention: SpeakerMention | None
    confidence: float


def statement_bounds(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """[start, end) trimmed: no leading "that", dateline, edge punctuation or closing aside; a quoted
    fragment at the end keeps its closing mark. Once per [start, end) (kept in ``ctx.bounds``: the patterns of a
    cue, and the cues of one clause, often read the same statement)."""
    found = ctx.bounds.get((start, end))
    if found is None:
        found = ctx.bounds[(start, end)] = _statement_bounds(ctx, start, end)
    return found


def _statement_bounds(ctx: Context, start: int, end: int) -> tuple[int, int]:
    text = ctx.text
    end = _past_abbreviation(ctx, end)
    leading = () if _opens_with_subject_that(ctx, start, end) else LEADING
    start, end = _without_dateline(text, *trim(text, start, end, leading=leading))
    start, end = trim(text, start, _before_aside(ctx, start, end), leading=leading)
    if end < len(text) and text[end] in "\"”" and (text[start:end].count('"') % 2 == 1
                                                  or text[start:end].count("“") > text[start:end].count("”")):
        end += 1  # called it "a historic step": the closing mark of the fragment
    return start, end


def _opens_with_subject_that(ctx: Context, start: int, end: int) -> bool:
    """Whether the statement opens with a demonstrative "that" that is its clause's subject ("the mayor said
    that would be a mistake", "I think that was right"): a word of the statement, not a complementizer."""
    i = bisect_left(ctx.starts, start)
    if i >= len(ctx.doc) or ctx.starts[i] >= end or ctx.text[start:ctx.starts[i]].strip(" \t\n,:;—–"):
        return False
    tok = ctx.doc[i]
    if tok.lower_ != "that" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i <= tok.i:
        return False
    verb = ctx.doc[tok.i + 1]  # its verb, or the verb's auxiliary, right after it (not "that contracts were …")
    return verb.i == tok.head.i or verb.head.i == tok.head.i and verb.dep_ in ("aux", "auxpass")


def _past_abbreviation(ctx: Context, end: int) -> int:
    """``end`` past the sentence's last word when the parser took it for the full stop it absorbed
    ("officers were called to the scene at 2 a.m.": "a.m." hangs on the cue as punctuation, "fly to
    the U.S.": with its determiner)."""
    first = bisect_left(ctx.starts, end)  # the first token of ctx.tokens_from(end, end + 2), if any
    if bisect_left(ctx.starts, end + 2) <= first:
        return end
    doc = ctx.doc
    sent_end = sentence_range(doc, first)[1]
    space = words_of(doc).is_space
    last_i = next((i for i in range(sent_end - 1, first - 1, -1) if not space[i]), None)
    last = None if last_i is None else doc[last_i]
    if last is None or last.dep_ != "punct" or len(last.text) < 3 or not last.text.endswith(".") \
            or not last.text[0].isalpha() or last.i - first > 2:
        return end
    if any(t.head.i != last.i for t in doc[first:last.i]):
        return end  # (only the abbreviation and its own words: "the U.S.")
    return last.idx + len(last.text)


def _without_dateline(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without a leading news dateline ("HELSINKI, 29 October 2020 — …")."""
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None and (dateline["place"] or dateline["date"]):
        return trim(text, dateline.end(), end, leading=LEADING)
    return start, end


def _narrated(verb: Token) -> bool:
    """A past event told by the writer ("which forced her", "which has sparked"), not a prediction
    that belongs to the statement ("which will make it possible")."""
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _before_aside(ctx: Context, start: int, end: int) -> int:
    """Where a closing non-restrictive relative clause about a past event begins ("…, which forced
    her to leave early"): the writer's aside, not the reported content; or a closing "…, according to
    a poll", another source's."""
    doc = ctx.doc
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return end
    for i in ctx.lowered("according", span.start, span.end):  # "…, according to a poll": another source
        if span.start + 3 < i < span.end - 2 and doc[i - 1].text == "," and doc[i + 1].lower_ == "to" \
                and not any(t.text in ",;" for t in doc[i + 2:span.end]):
            return doc[i - 1].idx
    for i in ctx.lowered("which", span.start, span.end):
        tok = doc[i]
        if tok.i > span.start + 3 and doc[tok.i - 1].text == "," \
                and tok.head.dep_ == "relcl" and max(t.i for t in tok.head.subtree) >= span.end - 2 \
                and _narrated(tok.head):
            return doc[tok.i - 1].idx
    aside = closing_aside(span)
    if aside is not None:
        return doc[aside].idx
    for i in ctx.lowered(",", span.start, span.end):  # "…, as was the case with …"; "…, a plan he has modified"
        if span.start + 3 < i < span.end - 2 and _writer_comment(doc[i + 1], span.end):
            return doc[i].idx
    for word in _PERSON_RELATIVES:  # "…, who does not need to prove her staying power": the writer's aside
        for i in ctx.lowered(word, span.start, span.end):
            tok = doc[i]
            clause = tok.head
            if tok.i > span.start + 3 and doc[tok.i - 1].text == "," and clause.dep_ == "relcl" \
                    and max(t.i for t in clause.subtree) >= span.end - 2 \
                    and not any(c.dep_ == "relcl" and c.i < clause.i for c in clause.head.children):
                return doc[tok.i - 1].idx  # (not a second relative clause: "people who think …, who live …")
    return end


def _writer_comment(tok: Token, end: int) -> bool:
    """Whether the phrase that opens at ``tok`` after a comma and runs to ``end`` is the writer's comment:
    a clause of comparison on "be" ("as was the case with …", "as is often true") or an appositive noun
    phrase told by its own past clause ("a plan the billionaire has modified", "a decision that drew fire")."""
    if tok.lower_ == "as" and tok.dep_ == "mark":
        clause = tok.head
        return clause.lemma_ == "be" and clause.dep_ == "advcl" and clause.right_edge.i >= end - 2 \
            and not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in clause.children)
    noun = tok if _apposed(tok) else tok.head if _apposed(tok.head) and tok.head.i > tok.i else None
    if noun is None or noun.left_edge.i != tok.i or max(t.i for t in noun.subtree) < end - 2:
        return False
    return any(c.dep_ in ("relcl", "acl") and c.i > noun.i and _narrated(c) and _has_subject(c) for c in noun.children)


_COMPLEMENTS = frozenset({"dobj", "xcomp", "ccomp", "attr", "acomp"})


def _apposed(noun: Token) -> bool:
    """A noun phrase set after a comma beside what comes before it: an appositive, or one the parser made a second
    object of a verb that already has its complement before the comma ("had to become ready again, a phrase he had
    used before": "phrase" as the object of "had")."""
    if noun.dep_ == "appos":
        return True
    head = noun.head
    return noun.dep_ in ("dobj", "npadvmod") and noun.pos_ == "NOUN" and head.i < noun.i \
        and noun.doc[noun.left_edge.i - 1].text == "," \
        and any(c.dep_ in _COMPLEMENTS and c.i < noun.left_edge.i - 1 for c in head.children)


def _has_subject(clause: Token) -> bool:
    """Whether the clause has a subject of its own ("he had used", "which drew"): a past clause without one is a
    participle the tagger took for a past tense ("a document meant to …"), which describes, not narrates."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def adjunct_clauses(verb: Token, lex: Lexicon) -> tuple[Token, ...]:
    """The adverbial clauses after ``verb`` that tell the circumstances of the act ("refused to comment
    | as she left the hall", "decided to act | because the deadline had passed": ``adjunct_marks``), which
    an infinitive's content leaves out."""
    return tuple(c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                 and any(m.dep_ == "mark" and m.lower_ in lex.adjunct_marks for m in c.children))


def stray_conjunct_end(verb: Token, end: int) -> int:
    """``end`` past a noun phrase the parser hung on the cue verb as a conjunct right after the content
    ("reflecting on lessons from his parents' death and his short-lived campaign": a verb has no noun
    conjunct, so the phrase is the object's, coordinated), else ``end``."""
    doc = verb.doc
    end = _listed_objects_end(verb, end)
    for c in verb.children:
        if c.dep_ != "conj" or c.pos_ not in ("NOUN", "PROPN") or c.idx < end or not _modified_noun(c):
            continue
        between = doc[c.left_edge.i - 1]  # "and" or "or" (after an optional comma) right after the content
        if between.lower_ in ("and", "or") and between.head.i == verb.i \
                and doc_text(doc)[end:between.idx].strip(" ,") == "":
            clauses = [x for x in c.children if x.dep_ in ("advcl", "relcl", "acl") and x.pos_ in ("VERB", "AUX")]
            return subtree_bounds(c, exclude=tuple(t for x in clauses for t in (x, doc[x.left_edge.i - 1])))[1]
    return end


def _listed_objects_end(verb: Token, end: int) -> int:
    """``end`` past the further items of a list the parser hung on the cue verb, or on the verb it depends on, as
    second objects ("challenges reductions in early voting, restrictions on voter registration and the voter ID
    requirement": a verb has one object, so a noun phrase after the content's comma that closes with a
    conjunct is the list's next item), else ``end``."""
    doc = verb.doc
    heads = [verb, verb.head] if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.i < verb.i else [verb]
    for head in heads:
        for c in head.children:
            if c.dep_ != "dobj" or c.idx < end or c.pos_ not in ("NOUN", "PROPN"):
                continue
            if doc_text(doc)[end:doc[c.left_edge.i].idx].strip() != ",":
                continue
            if not any(x.dep_ == "conj" and any(g.dep_ == "cc" for g in x.head.children) for x in c.subtree):
                continue  # (a list closes with "and" or "or")
            end = max(t.idx + len(t) for t in c.subtree)
    return end


def _modified_noun(noun: Token) -> bool:
    """A name, or a noun with a word before it ("his campaign", "the books"): not a verb the tagger took for a
    plural noun ("chides Turkey and praises Russia")."""
    return noun.pos_ == "PROPN" or any(c.i < noun.i and c.dep_ in ("det", "poss", "amod", "compound", "nummod")
                                       for c in noun.children)


_NAME_HOLDERS = frozenset({"for", "on", "of"})


def _titled(doc: Doc, noun: str) -> bool:
    """Whether the text titles a document with ``noun``: two or more capitalised words that end in it, with no
    capitalised word after them and no "for"/"on"/"of" before them ("Kenya Foreign Policy", not "Tax Policy
    Center" nor "Center for Security Policy")."""
    return per_doc(doc, ("attribution", "titled", noun), lambda d: _has_title(d, noun))


def _has_title(doc: Doc, noun: str) -> bool:
    for tok in doc:
        if tok.lower_ != noun or not tok.text[:1].isupper() or tok.i == 0 or not doc[tok.i - 1].text[:1].isupper():
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
            continue
        start = tok.i - 1
        while start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start:
            start -= 1
        if start == 0 or doc[start].is_sent_start or doc[start - 1].lower_ not in _NAME_HOLDERS:
            return True
    return False


def is_document(tok: Token | None, lex: Lexicon, *, heads: bool = True) -> bool:
    """Whether ``tok`` names a document: its lemma or a compound's is a document noun ("the strategy",
    "the strategy paper"), or, with ``heads``, its own lemma is a document head, neither indefinite nor
    owned by a name ("the framework", "this review"; not "a vision statement", "a review", "the IG review"),
    or a titled head where the text titles such a document ("the policy" after "the National Security Policy").
    """
    if tok is None:
        return False
    lemma = tok.lemma_.lower()
    if heads and (lemma in lex.document_heads or lemma in lex.titled_heads and _titled(tok.doc, lemma)) and not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "compound" and c.pos_ == "PROPN"
            for c in tok.children):
        return True
    nouns = [tok, *[c for c in tok.children if c.dep_ in ("compound",)]]
    return any(t.lemma_.lower() in lex.document_nouns for t in nouns)


def speaker_of(verb: Token, ctx: Context, *, sourceless: bool = False) -> tuple[bool, SpeakerMention | None]:
    """(usable, mention): not usable when the subject is a document ("the concept states"), nor, unless
    ``sourceless``, when the verb has none ("voters saying they want …": a report by nobody named)."""
    lex = ctx.lex
    subj = subject_of(verb)
    if subj is None and verb.dep_ == "ROOT":
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        subj = _name_before(verb) or _after_fronted_phrase(verb) or _participle_holder(verb) \
            or _share_before(verb, lex)
    if subj is None:
        return sourceless, None
    if subj.lemma_.lower() in lex.message_nouns:  # "X released a statement saying …": X
        subj = issuer_of(subj) or subj
    if is_document(subj, lex) and subj.ent_type_ != "PERSON" and not in_persons(subj, ctx):
        return False, None  # (a person named like a document noun: "…, Law said.")
    if subj.lower_ in ("this", "which") and subj.dep_ == "nsubj":
        return False, None
    if subj.lower_ == "it" and subj.dep_ == "nsubj" and verb.lemma_.lower() not in _IT_REPORTS \
            and not _body_before(subj, lex):
        return False, None  # "it states": a document; "…, it said." (a company, a newspaper) is a report
    if subj.lower_ == "you":  # the reader; the writer's own report or view stays ("I think the plan will
        return False, None  # fail", "we reported"), as a row with no speaker
    if _asked_unnamed(verb, lex):  # the subject is the one asked
        return True, None
    return True, _coordinated(subj, ctx) or mention_for(subj, ctx)


def _body_before(it: Token, lex: Lexicon) -> bool:
    """Whether the sentence before ``it``'s, in its paragraph, is a report of a body: its main verb takes a clause
    and its subject is a word of ``org_words`` that names no document ("The Committee finds that the plan has no
    targets. It recommends that …": the committee's; "The strategy notes that … It argues …" stays the document's)."""
    sent = it.sent
    if sent.start == 0:
        return False
    before = it.doc[sent.start - 1].sent
    if "\n" in it.doc.text[before.start_char:sent.start_char].strip():
        return False
    root = before.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in lex.org_words and not is_document(subj, lex) \
        and any(c.dep_ == "ccomp" for c in root.children)


def _asked_unnamed(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` puts a question to its subject for someone the text does not name: a verb of
    ``question_verbs`` in the passive ("Clinton was asked about the speeches") or as a participle with no subject
    of its own ("Asked whether he would run, Reid said …"), without a "by" phrase ("Asked by Stephanopoulos to
    respond, Carson said …" is Stephanopoulos's question). Its subject, or the one it takes from its clause, is
    the one asked, not the asker."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in lex.question_verbs \
            or any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" for c in verb.children) \
        or not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)


def _coordinated(subj: Token, ctx: Context) -> SpeakerMention | None:
    """A person's name and other subjects joined by "and" ("Trump and Sanders blame …", "Clinton and the State
    Department have said …", "Sanders and his aides believe …"): one group as written, from the first conjunct to
    the last one's head, else None (not an office or a state with "and" in its name: "Minister of Relations and
    Cooperation Netumbo Nandi-Ndaitwah", "Trinidad and Tobago's representative")."""
    if not _names_someone(subj, ctx) or not any(c.dep_ == "cc" and c.lower_ == "and" for c in subj.children):
        return None
    last = next((c for c in reversed(list(subj.children)) if c.dep_ == "conj" and c.i > subj.i), None)
    if last is None or any("\n" in t.text for t in subj.doc[subj.i:last.i]):
        return None
    start, end = subj.left_edge.idx, last.idx + len(last)
    return SpeakerMention("group", start, end, ctx.text[start:end])


def _names_someone(tok: Token, ctx: Context) -> bool:
    """Whether ``tok`` ends a person's name or is "he"/"she", or is a capitalised word no place's or office's
    that is a proper noun or written in a person's name elsewhere ("Sanders" tagged a plural noun)."""
    name = ctx.persons[tok.i]
    if name is not None:
        return name.end - 1 == tok.i
    if tok.lower_ in ("he", "she"):
        return True
    if not tok.text[:1].isupper() or tok.ent_type_ in ("GPE", "LOC", "NORP") or tok.lower_ in ctx.lex.role_nouns:
        return False
    return tok.pos_ == "PROPN" or person_word(ctx, tok)


def _participle_holder(verb: Token) -> Token | None:
    """The noun a present participle describes ("an outside group backing Rubio", "voters saying they
    want a ban"): the one who acts."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.i < verb.i and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head
    return None


_NOT_SHARES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


def _share_before(verb: Token, lex: Lexicon) -> Token | None:
    """A number or a share of a group right before a verb with no subject, which the parser hung on the verb as a
    modifier ("About 4 in 10 say they want …", "Less than a third agreed with the President that …"): the
    group's members who speak, as written."""
    if verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.head.i != verb.i or prev.dep_ not in ("nummod", "npadvmod") or prev.ent_type_ in _NOT_SHARES:
        return None
    return prev if prev.tag_ == "CD" or prev.lemma_.lower() in lex.share_nouns else None


def _name_before(verb: Token) -> Token | None:
    """A name right before a subjectless verb, which the parser hung elsewhere ("In a meeting with
    the editorial board of the Washington Post Trump said that …")."""
    if verb.i == 0 or verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.pos_ == "PROPN" and (prev.dep_ in ("pobj", "dobj", "appos")
                                 or prev.dep_ == "npadvmod" and prev.ent_type_ == "PERSON"):
        return prev  # (a surname taken for the verb's modifier: "Kiptoo noted that …")
    if prev.dep_ == "compound" and prev.head.i == verb.i and prev.tag_ in ("NNS", "VBZ"):
        return prev  # "…, Federal Election Commission records show." (the noun taken for a verb's compound)
    return None


# a fronted phrase's dependency -> the dependencies of a word in it that can be the verb's subject set off by a comma
_FRONTED = {"prep": ("conj", "appos"), "advcl": ("conj", "appos"), "csubj": ("conj", "appos", "dobj")}


def _after_fronted_phrase(verb: Token) -> Token | None:
    """The subject the parser joined to a fronted phrase as a conjunct ("In its annual report, the
    Institute of International Affairs described … and said …": "Institute" hung on "report"), or to a fronted
    participle it took for the verb's clausal subject, as its object ("Opening the session, the centre's director,
    Sonam Wangmo, recalled that …": "director" the object of "Opening")."""
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    if verb.dep_ != "ROOT":
        return None
    doc = verb.doc
    for phrase in verb.children:
        deps = _FRONTED.get(phrase.dep_) if phrase.i < verb.i else None
        if deps is None or phrase.dep_ == "csubj" and phrase.tag_ != "VBG":
            continue
        for t in phrase.subtree:
            end = t.right_edge.i + 1
            if t.dep_ in deps and t.pos_ in ("PROPN", "NOUN") and t.left_edge.i > 0 \
                    and doc[t.left_edge.i - 1].text == "," \
                    and (end == verb.i or end + 1 == verb.i and doc[end].text == ","):
                if phrase.dep_ == "csubj" and t.dep_ == "appos" and t.head.ent_type_ == "PERSON":
                    return t.head  # a name the tagger took for a participle ("Tshering Lhamo Wangdi, an analyst, said")
                return t  # "Presenting the plan in Lima, Peru's Deputy Minister …, General X, said …"
    return None


def confidence(m: SpeakerMention | None) -> float:
    return 0.85 if m is not None and m.kind == "name" else 0.7 if m is not None and m.kind != "group" else 0.6


def statement_of(ctx: Context, bounds: tuple[int, int], cue: tuple[str, int, int], mention: SpeakerMention | None,
                 *, penalty: float = 0.0) -> Match:
    """The match of a statement: ``bounds`` trimmed by :func:`statement_bounds`, the ``cue`` as (text,
    start, end) and ``mention``'s :func:`confidence`, lowered by ``penalty`` for a weaker reading."""
    start, end = statement_bounds(ctx, *bounds)
    return Match(start, end, *cue, mention, confidence(mention) - penalty)


def reported_by(verb: Token, ctx: Context, bounds: tuple[int, int], cue: tuple[str, int, int],
                *, penalty: float = 0.0, sourceless: bool = False) -> Match | None:
    """:func:`statement_of` said by the subject of ``verb``; None when that subject is no usable
    source (:func:`speaker_of`: a document, "this", the writer; no subject, unless ``sourceless``)."""
    ok, mention = speaker_of(verb, ctx, sourceless=sourceless)
    if not ok or _in_document_content(verb, ctx.lex):
        return None
    return statement_of(ctx, bounds, cue, mention, penalty=penalty)


def _in_document_content(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` stands in what a document states ("the text insists that Russia does not regard
    itself as an enemy": the document's content, not a second statement)."""
    tok = verb
    for _ in range(4):
        if tok.dep_ != "ccomp" or tok.head.i == tok.i:
            return False
        tok = tok.head
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return is_document(subj, lex)
    return False


def clausal_complement(verb: Token, ctx: Context) -> Token | None:
    """The clausal complement of ``verb`` in its own paragraph (a sentence the parser ran over a
    blank line may hang the previous paragraph's clause on it); once per token (kept in ``ctx.complements``:
    most patterns ask first)."""
    found = ctx.complements.get(verb.i, verb)
    if found is verb:
        found = ctx.complements[verb.i] = _clausal_complement(verb, ctx)
    return found


def _clausal_complement(verb: Token, ctx: Context) -> Token | None:
    text = ctx.text

    def usable(child: Token) -> bool:  # (a clause before a semicolon is no complement: "It's unlikely; X says …")
        lo, hi = sorted((child.idx, verb.idx))
        return "\n" not in text[lo:hi] and not (child.i < verb.i and ";" in text[child.idx:verb.idx])

    found = []
    for child in verb.children:
        if child.dep_ != "ccomp":
            continue
        if usable(child):
            found.append(child)
        elif child.i < verb.i and verb.lemma_.lower() in ctx.lex.speech_verbs:
            # a title line the parser ran into the sentence: its own complement may be the statement
            found += [g for g in child.children if g.dep_ == "ccomp" and usable(g)][:1]
    if found:
        return next((c for c in found if c.i > verb.i), found[0])  # "X says B" over a clause before X
    if verb.lemma_.lower() in ctx.lex.speech_verbs:
        return _misparsed_complement(verb)
    return None


def _misparsed_complement(verb: Token) -> Token | None:
    """A complement clause the parser took for an adverbial one ("Trump said after the convention he
    would not …": a finite clause with its own subject and no conjunction), or a "that" clause it hung
    on the verb's object as a relative clause ("he told a meeting of island leaders that few people
    understood …", "said during a news conference that he may wait …": the "that" is a complementizer,
    and the clause has its own subject)."""
    for c in verb.children:  # "Trump said after the convention he would not accept …"
        if c.dep_ == "advcl" and c.i > verb.i and c.tag_ not in ("VBG", "VBN") \
                and (any(x.dep_ == "nsubj" for x in c.children) or object_subject(verb, c) is not None) \
                and not any(x.dep_ == "mark" or x.tag_ == "WRB" for x in c.children) \
                and not any(t.text in ",;:" for t in verb.doc[verb.i + 1:c.left_edge.i]):
            return c
    finite = next((o for o in verb.children if o.dep_ == "dobj" and o.i > verb.i and _finite_inside(o)), None)
    if finite is not None:
        return finite  # "Health Canada said the recall affects products …" parsed as one noun phrase
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # "… during a news conference that he may …"
    objects += [g for c in verb.children if c.dep_ == "prep" and c.i > verb.i for g in c.children if g.dep_ == "pobj"]
    for obj in objects:
        if obj.i < verb.i:
            continue
        for t in obj.subtree:
            if t.dep_ != "relcl" or t.i < obj.i:
                continue
            first = t.left_edge
            if first.lower_ == "that" and first.dep_ in ("mark", "advmod") \
                    and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in t.children):
                return t
    return None


_FINITE = ("VBZ", "VBD", "VBP", "MD")
_ADDRESSING = frozenset({"tell", "ask", "remind", "assure", "warn", "inform", "urge", "advise", "persuade", "convince"})


def object_subject(verb: Token, clause: Token) -> Token | None:
    """The phrase the parser made the cue's object though it is the subject of the finite clause right after
    it, which has none of its own ("felt her projection of anger was over the top", "believe presenting an
    unfiltered Clinton will undo the damage"), else None."""
    if clause.i < verb.i or verb.lemma_.lower() in _ADDRESSING \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return None  # (the object of "told a woman who …" is the addressee)
    if clause.tag_ not in _FINITE and not any(c.dep_ == "aux" and c.tag_ in _FINITE for c in clause.children):
        return None
    doc = verb.doc
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "xcomp") or not verb.i < obj.i < clause.i or obj.pos_ == "PRON":
            continue
        if obj.left_edge.i != verb.i + 1 + (doc[verb.i + 1].dep_ == "advmod"):
            continue  # (the object right after the verb: "do believe presenting X will …")
        gap = doc[obj.right_edge.i + 1:clause.left_edge.i]  # nothing between but punctuation and the verb's adverbial
        if all(t.text == "," or t.dep_ == "punct" and t.head.i == verb.i
               or any(a.dep_ == "advcl" and a.head.i == verb.i for a in (t, *t.ancestors)) for t in gap):
            return obj  # clause ("presenting X, discussing serious issues, will undo …")
    return None


def _finite_inside(obj: Token) -> bool:
    """Whether a finite verb stands inside the object noun phrase, taken for a modifier of its head
    ("the recall affects products": "affects" as a compound of "products"), right after a noun, its subject."""
    doc = obj.doc
    return any(_finite_tag(t) and t.dep_ in ("compound", "amod", "nmod") and obj.left_edge.i < t.i < obj.i
               and doc[t.i - 1].pos_ in ("NOUN", "PROPN") for t in obj.subtree)  # (not "many raised questions")


def _finite_tag(t: Token) -> bool:
    """A finite verb, or a past form tagged as a participle whose subject the parser hung on it ("the report
    vindicated staff": "report" an adverbial noun of "vindicated")."""
    return t.tag_ in ("VBZ", "VBD") or t.tag_ == "VBN" and t.dep_ == "amod" and t.doc[t.i - 1].head.i == t.i


def in_persons(tok: Token, ctx: Context) -> bool:
    return ctx.persons[tok.i] is not None


def clip_to_paragraph(text: str, paras: list[tuple[int, int]], s: int, e: int, cue: int) -> tuple[int, int]:
    """The statement stays in the cue's paragraph (the parser's sentences can run over a blank line). ``paras``: the
    text's paragraphs (:func:`...doctext.paragraphs`, in order and apart), the cue's found by bisection."""
    k = bisect_right(paras, (cue, len(text) + 1)) - 1  # the last paragraph starting at or before the cue
    if k >= 0 and cue < paras[k][1]:
        lo, hi = paras[k]
        if s < lo or e > hi:
            return _span_text(text, max(s, lo), min(e, hi))
    return s, e


def _span_text(text: str, s: int, e: int) -> tuple[int, int]:
    s, e = _without_dateline(text, *trim(text, s, e, leading=LEADING))
    while s < e and text[s] in "\"”’'":
        s += 1
    return trim(text, s, e, leading=LEADING)
