"""Stage 2 helper for pipeline_attribution: reported (indirect) speech from the dependency parse.

Patterns (each a small function over one token, lexicon-driven):
- a verb of saying/believing with a clausal complement: "X noted that …", "X said the …";
- "X is convinced that …" (belief adjectives);
- topic reports: "X spoke about …", "X drew attention to …", "X turned the conversation to …";
- a cue verb with a direct object: "X underlined the significance of …", "he listed …";
- commitments: "The Cabinet of Ministers pledges to …";
- "According to X, …"; "In her view, …";
- passive topic reports: "The topic of … was then taken up by X".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .attribution_lexicon import Lexicon
from .attribution_headline import headline
from .attribution_marks import paragraphs
from .attribution_speakers import Candidate, SpeakerMention, mention_for
from .attribution_syntax import cue_text, subject_of, subtree_bounds, trim

_LEADING = ("that",)
_OBJECT_PREPS = ("as", "for", "of", "over")  # "called the plan a disaster", "blamed X for Y", "accused X of Y"
_TOPIC_NOUNS = {"topic", "issue", "question", "theme", "subject", "matter", "problem"}
# (statement found, mention) pairs are built by the pattern functions below
Match = tuple[int, int, str, int, int, "SpeakerMention | None", float]


def _span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    start, end = trim(doc.text, start, end, leading=_LEADING)
    start, end = trim(doc.text, start, _before_aside(doc, start, end), leading=_LEADING)
    text = doc.text
    if end < len(text) and text[end] in "\"”" and (text[start:end].count('"') % 2 == 1
                                                  or text[start:end].count("“") > text[start:end].count("”")):
        end += 1  # called it "a historic step": the closing mark of the fragment
    return start, end


def _narrated(verb: Token) -> bool:
    """A past event told by the writer ("which forced her", "which has sparked"), not a prediction
    that belongs to the statement ("which will make it possible")."""
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _before_aside(doc: Doc, start: int, end: int) -> int:
    """Where a closing non-restrictive relative clause about a past event begins ("…, which forced
    her to leave early"): the writer's aside, not the reported content."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return end
    for tok in span:
        if tok.lower_ == "which" and tok.i > span.start + 3 and doc[tok.i - 1].text == "," \
                and tok.head.dep_ == "relcl" and max(t.i for t in tok.head.subtree) >= span.end - 2 \
                and _narrated(tok.head):
            return doc[tok.i - 1].idx
    return end


def _is_document(tok: Token | None, lex: Lexicon) -> bool:
    if tok is None:
        return False
    heads = [tok, *[c for c in tok.children if c.dep_ in ("compound",)]]
    return any(t.lemma_.lower() in lex.document_nouns for t in heads)


def _speaker(verb: Token, lex: Lexicon) -> tuple[bool, SpeakerMention | None]:
    """(usable, mention): not usable when the subject is a document ("the concept states")."""
    subj = subject_of(verb)
    if subj is None and verb.dep_ == "ROOT":
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False, None
    if _is_document(subj, lex) or subj.lower_ in ("it", "this", "which") and subj.dep_ == "nsubj":
        return False, None
    if subj.lower_ in ("i", "we", "you"):
        return False, None
    return True, mention_for(subj, lex)


def _conf(m: SpeakerMention | None) -> float:
    return 0.85 if m is not None and m.kind == "name" else 0.7 if m is not None and m.kind != "group" else 0.6


def _clause(verb: Token) -> Token | None:
    """The clausal complement of ``verb`` in its own paragraph (a sentence the parser ran over a
    blank line may hang the previous paragraph's clause on it)."""
    text = verb.doc.text
    for child in verb.children:
        if child.dep_ == "ccomp":
            lo, hi = sorted((child.idx, verb.idx))
            if "\n\n" not in text[lo:hi]:
                return child
    return None


def _speech(tok: Token, lex: Lexicon) -> Iterator[Match]:
    """"X noted that …", "X said the …", "…, the minister said."."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in lex.speech_verbs:
        return
    comp = _clause(tok)
    if comp is None:
        return
    ok, mention = _speaker(tok, lex)
    if not ok:
        return
    s, e = _span(tok.doc, *subtree_bounds(comp, exclude=_shared_subject_conjuncts(comp, lex)))
    cue, cs, ce = cue_text(tok.doc, tok)
    yield s, e, cue, cs, ce, mention, _conf(mention)


def _is_cue_verb(tok: Token, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    return tok.pos_ == "VERB" and (lemma in lex.speech_verbs or lemma in lex.object_cues
                                   or any(lemma == p[0] for p in lex.topic_patterns()))


def _shared_subject_conjuncts(comp: Token, lex: Lexicon) -> tuple[Token, ...]:
    """Conjoined cue verbs without their own subject ("… and drew attention to …"): not content."""
    out = []
    for c in comp.children:
        if c.dep_ == "conj" and _is_cue_verb(c, lex) and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
            out.append(c)
            out += [x for x in comp.children if x.dep_ in ("cc", "punct") and x.i < c.i and x.i > comp.i]
    return tuple(out)


def _belief(tok: Token, lex: Lexicon) -> Iterator[Match]:
    """"Nazarov is convinced that Kazakhstan …"."""
    if tok.lower_ not in lex.belief_adjectives and tok.lemma_.lower() not in lex.belief_adjectives:
        return
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if tok.dep_ != "acomp" and not passive:
        return
    comp = _clause(tok) or (_clause(tok.head) if tok.dep_ == "acomp" else None)
    if comp is None:
        return
    ok, mention = _speaker(tok.head if tok.dep_ == "acomp" else tok, lex)
    if not ok:
        return
    s, e = _span(tok.doc, *subtree_bounds(comp))
    cue, cs, ce = cue_text(tok.doc, tok)
    yield s, e, cue, cs, ce, mention, _conf(mention)


def _topic(tok: Token, lex: Lexicon) -> Iterator[Match]:
    """"X spoke about …", "X drew (special) attention (of the audience) to …"."""
    if tok.pos_ != "VERB" or _clause(tok) is not None:
        return
    lemma = tok.lemma_.lower()
    for verb, noun, prep in lex.topic_patterns():
        if verb != lemma:
            continue
        holders = [tok]
        if noun:
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == noun]
            if not objs:
                continue
            holders += objs + [g for o in objs for p in o.children if p.dep_ == "prep" for g in p.children]
        preps = [c for h in holders for c in h.children if c.dep_ in ("prep", "prt", "dative") and c.lower_ == prep]
        for p in preps:
            obj = next((c for c in p.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is None or obj.ent_type_ in ("DATE", "TIME"):  # "spoke in Austin on Monday"
                continue
            ok, mention = _speaker(tok, lex)
            if not ok:
                return
            s, e = subtree_bounds(obj)
            for c in tok.children:  # "spoke about X in the context of Y", "called on X to act": the rest
                if c.i > p.i and c.dep_ in ("prep", "npadvmod", "advmod", "xcomp") and c.idx >= e:
                    e = max(e, subtree_bounds(c)[1])
            s, e = _span(tok.doc, s, e)
            cs, ce = tok.idx, p.idx + len(p)
            cue = tok.doc.text[cs:ce]
            if p.i - tok.i > 5:  # "drew particular attention of the participants to": drop the aside
                cue = " ".join([tok.doc.text[tok.idx:holders[1].idx + len(holders[1])] if noun else tok.text, p.text])
            yield s, e, cue, cs, ce, mention, _conf(mention)
            return


def _object(tok: Token, lex: Lexicon) -> Iterator[Match]:
    """"Mansurova underlined the significance of …", "he listed the new tensions …",
    "critics call it a mouthpiece", "he told his advisers to find a way …"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or _clause(tok) is not None:
        return
    if lemma not in lex.object_cues and lemma not in lex.speech_verbs:
        return
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return
    oprd = [c for c in tok.children if c.dep_ == "oprd"]
    infinitive = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.i > obj.i  # "urged X to join"
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if lemma not in lex.object_cues and not infinitive:
        return  # a verb of saying with a plain object ("said a few words") reports nothing
    if obj.pos_ == "PRON" and not oprd:
        return
    extra = oprd + infinitive + [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS
                                 and c.i > obj.i]
    if lemma == "call" and not extra:
        return
    ok, mention = _speaker(tok, lex)
    if not ok:
        return
    s, e = subtree_bounds(obj)
    for x in extra:
        e = max(e, subtree_bounds(x)[1])
    s, e = _span(tok.doc, s, e)
    cue, cs, ce = cue_text(tok.doc, tok)
    yield s, e, cue, cs, ce, mention, _conf(mention)


def _commitment(tok: Token, lex: Lexicon) -> Iterator[Match]:
    """"The Cabinet of Ministers pledges to intensify its diplomatic work …"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.tag_ == "NNS":  # "The Cabinet pledges to …" mis-tagged
        lemma = tok.lower_[:-1]
        deps = ("xcomp", "acl")
    elif tok.pos_ == "VERB":
        deps = ("xcomp",)
    else:
        return
    if lemma not in lex.commitment_verbs or _clause(tok) is not None:
        return
    comp = next((c for c in tok.children if c.dep_ in deps and any(a.lower_ == "to" for a in c.children)), None)
    if comp is None:
        return
    ok, mention = _speaker(tok, lex)
    if not ok:
        return
    s, e = _span(tok.doc, *subtree_bounds(comp))
    cue, cs, ce = cue_text(tok.doc, tok)
    yield s, e, cue, cs, ce, mention, _conf(mention)


def _according(tok: Token, lex: Lexicon) -> Iterator[Match]:
    """"According to Kotyukova, the second option is …" (not for documents: "according to the Program")."""
    doc = tok.doc
    sent = tok.sent
    for phrase in lex.according_to:
        words = phrase.split()
        if tok.lower_ != words[0] or doc[tok.i:tok.i + len(words)].text.lower() != phrase:
            continue
        last = doc[tok.i + len(words) - 1]
        src = next((c for c in last.children if c.dep_ == "pobj"), None)
        if src is None and tok.i + len(words) < len(doc):
            src = doc[tok.i + len(words)]
            while src.head.i > src.i and src.head.i < sent.end and src.head.pos_ in ("PROPN", "NOUN"):
                src = src.head
        if src is None or _is_document(src, lex):
            return
        phrase_lo = tok.i
        phrase_hi = max(t.i for t in src.subtree) + 1 if src.i >= tok.i else tok.i + len(words)
        if phrase_lo == sent.start or doc[sent.start:phrase_lo].text.strip() in ("", "\"", "“"):
            s, e = doc[phrase_hi - 1].idx + len(doc[phrase_hi - 1]), sent.end_char
        elif phrase_hi >= sent.end - 1:
            s, e = sent.start_char, tok.idx
        else:
            s, e = sent.start_char, sent.end_char
        s, e = _span(doc, s, e)
        cs, ce = tok.idx, last.idx + len(last)
        mention = mention_for(src, lex)
        yield s, e, doc.text[cs:ce], cs, ce, mention, _conf(mention)
        return


def _in_view(tok: Token, lex: Lexicon) -> Iterator[Match]:
    """"In her view, the Gulf monarchies are hedging …" -> the rest of the sentence, source "her"."""
    doc, sent = tok.doc, tok.sent
    if tok.lower_ != "in" or tok.i + 2 >= sent.end or doc[tok.i + 2].lower_ not in lex.view_nouns:
        return
    poss = doc[tok.i + 1]
    if poss.tag_ != "PRP$" or poss.lower_ in ("my", "our", "your", "its"):
        return
    if doc[sent.start:tok.i].text.strip(" \"“") or doc[tok.i + 3].text != ",":
        return  # only a sentence-initial "In her view," frames the whole sentence
    s, e = _span(doc, doc[tok.i + 3].idx + 1, sent.end_char)
    cs, ce = tok.idx, doc[tok.i + 2].idx + len(doc[tok.i + 2])
    pronoun = {"his": "he", "her": "she"}.get(poss.lower_, "")
    mention = SpeakerMention("pronoun" if pronoun else "group", poss.idx, poss.idx + len(poss), poss.text)
    yield s, e, doc.text[cs:ce], cs, ce, mention, _conf(mention)


def _passive_topic(tok: Token, lex: Lexicon) -> Iterator[Match]:
    """"The topic of human capital was then taken up by Milana Bazarova"."""
    lemma = tok.lemma_.lower()
    for line in lex.passive_topic_cues:
        verb, _, particle = line.partition(" ")
        if lemma != verb:
            continue
        prt = next((c for c in tok.children if c.dep_ == "prt"), None)
        if particle not in ("", "-") and (prt is None or prt.lower_ != particle):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        src = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if subj is None or src is None or subj.pos_ in ("PRON", "DET"):
            continue
        content = subj
        if subj.lemma_.lower() in _TOPIC_NOUNS:
            of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            content = pobj or subj
        s, e = _span(tok.doc, *subtree_bounds(content))
        cs, ce = tok.idx, agent.idx + len(agent)
        mention = mention_for(src, lex)
        yield s, e, tok.doc.text[cs:ce], cs, ce, mention, _conf(mention)
        return


def _trailing(tok: Token, lex: Lexicon) -> Iterator[Match]:
    """"A commission will coordinate the work, the council secretary, Armen Grigoryan, told a press
    conference on Friday." when the parse gives the cue no clausal complement."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.speech_verbs or _clause(tok) is not None:
        return
    doc, sent = tok.doc, tok.sent
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") for t in doc[tok.i + 1:sent.end]):
        return
    if sum(1 for t in doc[tok.i + 1:sent.end] if not t.is_punct) > 6:
        return
    boundary = None
    for j in range(tok.i - 1, max(sent.start, tok.i - 16) - 1, -1):
        t = doc[j]
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            break
        if t.text == ",":
            boundary = j
    if boundary is None or boundary - sent.start < 4:
        return
    region = list(doc[boundary + 1:tok.i])
    pick = next((t for t in region if t.ent_type_ == "PERSON" or _in_persons(t)), None)
    pick = pick or next((t for t in region if t.pos_ in ("PROPN", "PRON")), None)
    pick = pick or next((t for t in region if t.pos_ == "NOUN"), None)
    if pick is None or _is_document(pick, lex):
        return
    while pick.dep_ == "compound" and pick.head.i < tok.i and pick.head.pos_ == "PROPN":
        pick = pick.head
    mention = mention_for(pick, lex)
    s, e = _span(doc, sent.start_char, doc[boundary].idx)
    cue, cs, ce = cue_text(doc, tok)
    yield s, e, cue, cs, ce, mention, _conf(mention) - 0.1


def _parenthetical(tok: Token, lex: Lexicon) -> Iterator[Match]:
    """"The museum, Mr. Obama said, would make visitors face hard truths." -> the whole sentence
    (with the interrupting attribution, as reported-speech corpora keep it)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.speech_verbs or _clause(tok) is not None:
        return
    doc, sent = tok.doc, tok.sent
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or tok.i - subj.left_edge.i > 5 or subj.left_edge.i - 1 <= sent.start:
        return
    if doc[subj.left_edge.i - 1].text != ",":
        return
    j = tok.i + 1
    while j < sent.end and (doc[j].pos_ in ("ADV", "PART") or doc[j].dep_ in ("npadvmod", "advmod")):
        j += 1
    if j >= sent.end - 1 or doc[j].text != ",":
        return
    ok, mention = _speaker(tok, lex)
    if not ok:
        return
    s, e = _span(doc, sent.start_char, sent.end_char)
    cue, cs, ce = cue_text(doc, tok)
    yield s, e, cue, cs, ce, mention, _conf(mention) - 0.1


def _in_persons(tok: Token) -> bool:
    doc = tok.doc
    return "persons" in doc.spans and any(s.start <= tok.i < s.end for s in doc.spans["persons"])


_PATTERNS = (_speech, _belief, _topic, _object, _commitment, _according, _in_view, _passive_topic, _trailing,
             _parenthetical)


def _headline(sent) -> bool:
    """A title line ("International Experts Have Discussed the Region’s Policy"): no statements."""
    words = [t for t in sent if t.is_alpha]
    caps = sum(1 for t in words if t.text[0].isupper())
    return len(words) >= 4 and caps >= 0.7 * len(words) and not sent.text.rstrip().endswith(".")


def _clip_to_paragraph(text: str, paras: list[tuple[int, int]], s: int, e: int, cue: int) -> tuple[int, int]:
    """The statement stays in the cue's paragraph (the parser's sentences can run over a blank line)."""
    for lo, hi in paras:
        if lo <= cue < hi:
            if s < lo or e > hi:
                return _span_text(text, max(s, lo), min(e, hi))
            break
    return s, e


def _span_text(text: str, s: int, e: int) -> tuple[int, int]:
    s, e = trim(text, s, e, leading=_LEADING)
    while s < e and text[s] in "\"”’'":
        s += 1
    return trim(text, s, e, leading=_LEADING)


def indirect_candidates(doc: Doc, lex: Lexicon, direct: list[tuple[int, int]]) -> list[Candidate]:
    """Every reported statement of ``doc`` (not those already covered by a direct quote)."""
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    paras = list(paragraphs(doc.text))

    def inside_direct(s: int, e: int) -> bool:
        covered = sum(max(0, min(e, de) - max(s, ds)) for ds, de in direct)
        if covered <= 0.85 * (e - s):
            return False
        outside = [i for i in range(s, e) if not any(ds <= i < de for ds, de in direct)]
        return not any(doc.text[i].isalpha() for i in outside)  # called it "a historic step": both rows

    title = headline(doc)
    for tok in doc:
        if _headline(tok.sent) or (title is not None and title.start <= tok.i < title.end):
            continue  # headlines are read by attribution_headline
        if any(ds <= tok.idx < de for ds, de in direct):
            continue  # cues inside a quotation are the speaker's own words
        for pattern in _PATTERNS:
            for s, e, cue, cs, ce, mention, conf in pattern(tok, lex):
                s, e = _clip_to_paragraph(doc.text, paras, s, e, cs)
                if e - s < 2 or (s, e) in seen or inside_direct(s, e):
                    continue
                interrupting = pattern in (_according, _parenthetical, _in_view)
                if not interrupting and ((cs >= s and ce <= e) or (
                        mention is not None and s <= mention.start and mention.end <= e)):
                    continue
                seen.add((s, e))
                out.append(Candidate("indirect", s, e, cue, cs, ce, mention, conf))
    return out
