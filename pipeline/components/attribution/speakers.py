"""Stage 2 helper for pipeline_attribution: speaker mentions and their resolution.

A speaker mention is what the attribution names ("Ravshan Nazarov", "Nazarov",
"he", "the expert", "the specialists", "the Cabinet of Ministers"). Resolution
turns it into the person's full canonical name through the document's discourse:
``doc.spans["persons"]`` (``kb_id_`` = full name), surname matches, and the most
recent compatible speaker or person before the mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, replace

from spacy.tokens import Token

from .context import Context
from .direct_lexicon import DirectLexicon
from .lexicon import Lexicon
from .marks import Quoted
from .pronouns import Antecedents, person_genders, subject_positions

_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person"}
_SKIP_PRONOUNS = {"i", "we", "you", "they", "it", "who", "which", "that", "this", "one", "us", "me"}
_NAME_TOKEN = re.compile(r"^[A-Z][\w’'.-]*$")


@dataclass(frozen=True, slots=True)
class SpeakerMention:
    """Who an attribution names. ``kind`` is one of ``name`` (a person's name, ``name`` holds it
    without titles), ``pronoun`` (he/she), ``role`` ("the expert": ``role`` = the noun),
    ``group`` (organisations, plural or unnamed sources: resolves to '')."""

    kind: str
    start: int
    end: int
    text: str
    name: str = ""
    role: str = ""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A statement found by the matchers, before speaker resolution.

    ``inherit`` marks a quote that continues the previous quote (same speaker and cue).
    """

    kind: str
    start: int
    end: int
    cue: str
    cue_start: int
    cue_end: int
    mention: SpeakerMention | None
    confidence: float
    inherit: bool = False


def _name_tokens(token: Token) -> list[Token]:
    """The capitalised name ending at (or around) ``token``: "Ravshan Nazarov", "Leonard E. Burman"."""
    doc = token.doc
    lo = hi = token.i
    while lo > 0 and doc[lo - 1].pos_ == "PROPN" and _NAME_TOKEN.match(doc[lo - 1].text) \
            and doc[lo - 1].dep_ in ("compound", "flat", "nmod") and doc[lo - 1].head.i in range(lo, token.i + 1):
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN" and _NAME_TOKEN.match(doc[hi + 1].text) \
            and doc[hi + 1].dep_ in ("flat",):
        hi += 1
    return list(doc[lo:hi + 1])


def _role_person(token: Token, ctx: Context) -> Token | None:
    """The named person a capitalised role word stands for: in its phrase ("the Minister of Foreign
    Affairs Bakhtiyor Saidov"), or the name it is in apposition with ("X, Chairman of …")."""
    for t in token.subtree:
        if ctx.persons[t.i] is not None and t.i > token.i and not any(
                w.pos_ == "ADP" and w.lower_ != "of" for w in ctx.doc[max(token.i, t.i - 3):t.i]):
            return t  # not "Spokesman for Senator X"
    if token.dep_ == "appos" and ctx.persons[token.head.i] is not None:
        return token.head
    k = token.i - 1
    if k > 0 and ctx.doc[k].text == "," and ctx.persons[k - 1] is not None:
        return ctx.doc[k - 1]
    return None


def _known_surname(ctx: Context, tokens: list[Token]) -> list[Token]:
    """"the Washington Post Trump said": a capitalised run that ends in the surname of a person the
    document names, after words that are not part of that person's name -> just the surname."""
    last, before = tokens[-1].text, tokens[-2].text
    for i in ctx.occurrences(last):
        span = ctx.persons[i]
        full = span.kb_id_.split() if span is not None else []
        if len(full) > 1 and full[-1] == last and before not in full:
            return tokens[-1:]
    return tokens


def _strip_titles(words: list[str], lex: Lexicon) -> list[str]:
    roles = [k for k, w in enumerate(words[:-1]) if w.lower().strip(".") in lex.titles or w.lower() in lex.role_nouns]
    if roles:  # "Press Spokesman Jordan Pell": the role's modifiers go with it
        words = words[roles[-1] + 1:]
    while len(words) > 1 and (words[0].lower().strip(".") in lex.titles or words[0].lower() in lex.role_nouns
                              or words[0].endswith("’s") or words[0].endswith("'s")):
        words = words[1:]
    return words


def _is_org(ctx: Context, tokens: list[Token]) -> bool:
    lex = ctx.lex
    if any(ctx.grouped[t.i] == 1 for t in tokens) or ctx.grouped[tokens[-1].i] == 2:
        return True  # a country word before a surname is a first name ("Jordan Peterson")
    words = [t.text.lower() for t in tokens]
    if any(w in lex.org_words for w in words):
        return True
    head = tokens[-1]
    if head.ent_type_ in ("ORG", "GPE", "NORP") and (len(tokens) == 1 and head.text.isupper()):
        return True
    if len(tokens) == 1 and (head.ent_type_ == "NORP" or head.tag_ == "NNPS"):  # "Republicans fear …"
        return True
    return False


def mention_for(token: Token, ctx: Context) -> SpeakerMention:
    """Classify the subject ``token`` of an attribution into a :class:`SpeakerMention`."""
    lex = ctx.lex
    span = ctx.persons[token.i]
    if span is None:
        for child in token.children:  # "the secretary of the Council, Armen Grigoryan, told ..."
            if child.dep_ == "appos":
                span = ctx.persons[child.i] or (child if child.pos_ == "PROPN" else None)
                if span is not None:
                    if isinstance(span, Token):
                        return mention_for(span, ctx)
                    break
    if span is not None:
        if not span.kb_id_ or span.kb_id_ == span.text:  # trim what the NER glued on: "When X", "X Has"
            toks = [t for t in span if t.pos_ == "PROPN" or t.text[:1].isupper() and t.pos_ not in
                    ("VERB", "AUX", "SCONJ", "ADV", "ADJ", "DET", "PRON")]
            if toks:
                words = _strip_titles([t.text for t in toks], lex)
                return SpeakerMention("name", span.start_char, span.end_char, span.text, " ".join(words))
        words = _strip_titles(span.kb_id_.split() or span.text.split(), lex)
        return SpeakerMention("name", span.start_char, span.end_char, span.text, " ".join(words))
    low = token.lower_
    if token.pos_ == "PRON" or low in _SKIP_PRONOUNS:
        kind = "pronoun" if low in _PRONOUNS else "group"
        return SpeakerMention(kind, token.idx, token.idx + len(token), token.text)
    if token.pos_ == "PROPN" and (low in lex.role_nouns or low.rstrip(".") in lex.titles):
        named = _role_person(token, ctx)  # "Akylbek Japarov, Chairman of the Cabinet, said"
        if named is not None:
            return mention_for(named, ctx)
    if token.pos_ == "PROPN" and _NAME_TOKEN.match(token.text):
        tokens = _name_tokens(token)
        if len(tokens) > 1:
            tokens = _known_surname(ctx, tokens)
        text = ctx.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
        if _is_org(ctx, tokens):
            return SpeakerMention("group", tokens[0].idx, tokens[-1].idx + len(tokens[-1]), text)
        while len(tokens) > 2 and ctx.grouped[tokens[0].i] == 2:  # "Russian Vladimir Putin"
            tokens = tokens[1:]
        words = _strip_titles([t.text for t in tokens], lex)
        return SpeakerMention("name", tokens[0].idx, tokens[-1].idx + len(tokens[-1]), text, " ".join(words))
    # a common noun phrase: "the expert", "the specialists", "the document's authors"
    left = token.left_edge
    text = ctx.text[left.idx:token.idx + len(token)]
    lemma = token.lemma_.lower()
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "some") for c in token.children)
    if token.tag_ in ("NN",) and lemma in lex.role_nouns and not indefinite:
        return SpeakerMention("role", left.idx, token.idx + len(token), text, role=lemma)
    return SpeakerMention("group", left.idx, token.idx + len(token), text)


# --------------------------------------------------------------------------- resolution
@dataclass
class _Discourse:
    """Persons seen so far: (position, full name), and speakers of earlier statements."""

    persons: list[tuple[int, str]]
    roles: dict[str, str]

    def latest(self, before: int) -> str:
        k = bisect_left(self.persons, (before,))  # persons are kept sorted
        return self.persons[k - 1][1] if k else ""

    def add(self, pos: int, name: str) -> None:
        insort(self.persons, (pos, name))

    def latest_with_role(self, before: int, role: str) -> str:
        best = ""
        for pos, name in self.persons:
            if pos < before and role in self.roles.get(name, "").lower().split():
                best = name
        return best


def _expand_surname(ctx: Context, name: str, known: list[str]) -> str:
    """"Nazarov" -> "Ravshan Nazarov" when the document names the person in full."""
    words = name.split()
    if len(words) != 1:
        return name
    for full in reversed(known):
        parts = full.split()
        if len(parts) > 1 and parts[-1] == words[0]:
            return full
    doc, lex = ctx.doc, ctx.lex
    for i in ctx.occurrences(words[0]):  # "… Peter Morgan …" where the person ruler missed the full name
        if i == 0:
            continue
        first = doc[i - 1]
        low = first.lower_.rstrip(".")
        if first.pos_ == "PROPN" and _NAME_TOKEN.match(first.text) and not first.is_stop \
                and first.ent_type_ in ("", "PERSON") and low not in lex.titles and low not in lex.role_nouns \
                and low not in lex.org_words and not first.text.endswith(("’s", "'s")):
            return f"{first.text} {words[0]}"
    return name


def _named_subjects(ctx: Context, taken: set[int]) -> list[tuple[int, str]]:
    """Capitalised names in subject position that the person spans missed ("Aliya Serikbayeva spoke")."""
    out = []
    for i in ctx.proper_subjects():
        m = mention_for(ctx.doc[i], ctx)
        if m.kind == "name" and m.start not in taken and len(m.name.split()) > 1:
            out.append((m.start, m.name))
    return out


def resolve(ctx: Context, candidates: list[Candidate], *, quoted: Quoted | None = None,
            direct: DirectLexicon | None = None) -> list[tuple[Candidate, str]]:
    """Resolve each candidate's speaker to a full name ('' when none), in text order.

    ``quoted`` (the Doc's quotations) and ``direct`` (gendered titles and roles) narrow what a
    "he"/"she" can refer to (see :mod:`.attribution_pronouns`).
    """
    doc = ctx.doc
    roles = {a.name: a.role for a in (doc._.affiliations or [])}
    spans = list(doc.spans["persons"]) if "persons" in doc.spans else []
    persons = sorted((s.start_char, s.kb_id_ or s.text) for s in spans)
    persons += _named_subjects(ctx, {p for p, _ in persons})
    persons.sort()
    known = [n for _, n in persons if len(n.split()) > 1]
    disc = _Discourse(persons=list(persons), roles=roles)
    subjects = subject_positions(spans) | {pos for pos, _ in persons if pos not in {s.start_char for s in spans}}
    pronouns = Antecedents(disc.persons, subjects, person_genders(doc, spans, direct or DirectLexicon()),
                           quoted or Quoted((), ()), ctx.paragraphs)  # shares the list that ``disc.add`` grows
    out: list[tuple[Candidate, str]] = []
    previous = ""
    for cand in sorted(candidates, key=lambda c: (c.start, c.end)):
        m = cand.mention
        if cand.inherit and m is None:
            speaker = previous
        elif m is None:
            speaker = ""
        elif m.kind == "name":
            speaker = _expand_surname(ctx, m.name, known)
            if len(speaker.split()) > 1:
                known.append(speaker)
        elif m.kind == "pronoun":
            speaker = pronouns.latest(m.start, m.text)
        elif m.kind == "role":
            speaker = disc.latest_with_role(m.start, m.role) or previous or disc.latest(m.start)
        else:
            speaker = ""
        if speaker:
            pos = m.start if m is not None else cand.start
            disc.add(pos, speaker)
            subjects.add(pos)
        out.append((cand, speaker))
        if speaker:
            previous = speaker
    return out


def with_mention(cand: Candidate, mention: SpeakerMention | None) -> Candidate:
    return replace(cand, mention=mention)
