"""Stage 2 helper for pipeline_attribution: speaker resolution.

Resolution turns each candidate's :class:`SpeakerMention` into the person's full canonical name
through the document's discourse: the person spans (``kb_id_`` = full name), surname matches, and
the most recent compatible speaker or person before the mention. A role resolves to a person known with
that role, else the last person the text names after the role's words ("Prime Minister X … the Prime Minister
said"), else the last speaker, else a person the next paragraph names with it; never to any person
named before ("Police arrested John Smith. The mayor said …": the mayor is the source), nor to anyone when
it takes up an unnamed subject ("A diplomat, who asked not to be named, said … the diplomat said"), nor when it is a
contest role several persons hold at once ("The candidate said", "the Republican nominee vowed": ``contest_roles``).
"It"/"they" continue the organization or group of the statement before.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...sentences import sentence_index
from .candidates import QuoteCandidate, SpeakerMention
from .context import Context
from .direct_lexicon import DirectLexicon
from .marks import Quoted
from .mentions import mention_for, name_token
from .pronouns import Antecedents, person_genders, reporters, subject_positions
from .sources import GROUP, Bodies, Source, source_of
from .syntax import PLACE_ENTS

# entity types of the parser's NER that a name in subject position cannot be a person with (not ORG: the
# NER often takes an unfamiliar personal name for one)
_NOT_PERSON_ENTS = frozenset({"GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE", "DATE",
                              "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


# what a surname alone the parser tags as a name of another kind cannot be ("Establishment Republicans … Republicans")
_NOT_SURNAME_ENTS = (_NOT_PERSON_ENTS - {"PRODUCT", "WORK_OF_ART"}) | {"NORP"}
_INDEFINITE = frozenset({"a", "an", "another"})  # "a diplomat who asked not to be named": someone unnamed
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_QUALIFIER = re.compile(r"\b[A-Z][\w’'.-]*")  # a capitalised word that qualifies a role ("the Russian leader")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "another"})
_QUALIFIER_WINDOW = 50  # characters around a person's mention where the text may qualify them
_TITLES_BETWEEN, _TITLE_CHARS = 2, 20  # a name's own titles between a role and the name ("Dr.", "Sir")
_TITLED_NAME = 3  # words of a name written after a title at most ("Harald V", "Mohammed bin Zayed")
_TITLE_RUN_CHARS = 120  # characters of an office written before a name at most
_TITLE_RUN_LINKS = frozenset({"of", "for", "and", "the", ",", "-", "&"})  # the words an office's capitalised words take
_STEM = 5  # letters a qualifier and its place's name share ("Russian", "Russia's")


@dataclass
class _Discourse:
    """Persons seen so far: (position, full name), and speakers of earlier statements."""

    persons: list[tuple[int, str]]
    roles: dict[str, str]

    def add(self, pos: int, name: str) -> None:
        insort(self.persons, (pos, name))

    def latest_with_role(self, before: int, role: str) -> str:
        best = ""
        for pos, name in self.persons:
            if pos < before and role in self.roles.get(name, "").lower().split():
                best = name
        return best

    def latest(self, before: int) -> str:
        """The last person named before ``before`` ('' when none)."""
        k = bisect_left(self.persons, (before,))  # persons are kept sorted
        return self.persons[k - 1][1] if k else ""


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
        if first.pos_ == "PROPN" and name_token(first.text) and not first.is_stop \
                and first.ent_type_ in ("", "PERSON") and low not in lex.titles and low not in lex.role_nouns \
                and low not in lex.org_words and not first.text.endswith(("’s", "'s")):
            return f"{first.text} {words[0]}"
    return name


def _named_subjects(ctx: Context, persons: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Capitalised names in subject position that the person spans missed ("Aliya Serikbayeva spoke"), and
    the surname alone, as a main clause's subject, of a person named in full before ("Dona Lucia Ferreira
    mends nets … Ferreira folds the last net": a later "she" may be Ferreira; not "said he never saw Halvorsen
    leave", whose subject is reported on)."""
    taken = {p for p, _ in persons}
    out: list[tuple[int, str]] = []
    by_surname: dict[str, list[tuple[int, str]]] = {}  # the full names (of two words or more) by their last word
    for p, n in persons:
        _add_full_name(by_surname, p, n)
    for i in ctx.proper_subjects():
        tok = ctx.doc[i]
        if tok.idx in taken:
            continue
        full = {n for p, n in by_surname.get(tok.text, ()) if p < tok.idx}
        if len(full) == 1 and tok.tag_ == "NNP" and tok.ent_type_ not in _NOT_SURNAME_ENTS and tok.head.dep_ == "ROOT" \
                and not any(c.dep_ in ("compound", "flat") for c in tok.children):
            out.append((tok.idx, name := full.pop()))  # (the parser's NER may take a surname alone for a product)
            _add_full_name(by_surname, tok.idx, name)
            continue
        if tok.ent_type_ in _NOT_PERSON_ENTS:  # "Central Asia is …", "the Harbour Talks are …"
            continue
        m = mention_for(tok, ctx)
        if m.kind == "name" and m.start not in taken and len(m.name.split()) > 1:
            out.append((m.start, m.name))
            _add_full_name(by_surname, m.start, m.name)
    return out


def _add_full_name(by_surname: dict[str, list[tuple[int, str]]], position: int, name: str) -> None:
    """Keep ``name`` (at character ``position``) under its last word when it has two words or more."""
    words = name.split()
    if len(words) > 1:
        by_surname.setdefault(words[-1], []).append((position, name))


@dataclass(frozen=True, slots=True)
class Resolved:
    """A candidate with its speaker's full name ('' when none) and, for a statement of an
    organization, state or group, its :class:`.Source`."""

    candidate: QuoteCandidate
    speaker: str
    source: Source | None = None


def _persons_not_places(spans: Iterable[Span]) -> list[Span]:
    """The person spans but those of a name the parser's NER reads as a place wherever the text writes it ("On
    the Middle East, the minister said …": no one a later "he" or "the minister" can be)."""
    spans = list(spans)
    placed: dict[str, bool] = {}
    for span in spans:
        name = span.kb_id_ or span.text
        placed[name] = placed.get(name, True) and all(t.ent_type_ in PLACE_ENTS for t in span)
    return [s for s in spans if not placed[s.kb_id_ or s.text]]


def _appositive_roles(spans: list[Span], role_nouns: frozenset[str]) -> list[tuple[str, str]]:
    """(full name, role) for each person the text names in apposition to a role noun before the name
    ("Brazil's new foreign minister, Mauro Vieira, used …"): a role the person holds beside the one their
    affiliation gives ("Vieira, a career diplomat"), so that "the minister" later is that person."""
    out = []
    for span in spans:
        head = span.root.head
        if span.root.dep_ == "appos" and head.i < span.start and head.lemma_.lower() in role_nouns:
            out.append((span.kb_id_ or span.text, head.lemma_.lower()))
    return out


class _Resolver:
    """The discourse a document's candidates are resolved against, in text order."""

    def __init__(self, ctx: Context, quoted: Quoted, direct: DirectLexicon) -> None:
        doc = ctx.doc
        spans = _persons_not_places(ctx.person_spans)
        persons = sorted((s.start_char, s.kb_id_ or s.text) for s in spans)
        persons += _named_subjects(ctx, persons)
        persons.sort()
        self.ctx = ctx
        self.known = [n for _, n in persons if len(n.split()) > 1]
        roles = {a.name: a.role for a in (doc._.pipeline_affiliations or [])}
        for name, role in _appositive_roles(spans, ctx.lex.role_nouns):
            roles[name] = f"{roles.get(name, '')} {role}".strip()
        self.disc = _Discourse(persons=list(persons), roles=roles)
        starts = {s.start_char for s in spans}
        self.subjects = subject_positions(spans) | {pos for pos, _ in persons if pos not in starts}
        self.pronouns = Antecedents(self.disc.persons, self.subjects, person_genders(doc, spans, direct), quoted,
                                    ctx.paragraphs, reporters(spans))  # shares the list that ``disc.add`` grows
        self.previous = ""  # the last person resolved
        self.last: Resolved | None = None  # the last statement with a speaker or a source
        self.last_direct: Resolved | None = None  # the same among direct quotes
        self.bodies = Bodies(ctx)  # organizations named, and the sources of the statements so far

    def speaker(self, cand: QuoteCandidate) -> str:
        """The full name of the person ``cand``'s mention names ('' when none)."""
        m = cand.mention
        if m is None:
            return self.previous if cand.inherit else ""
        if m.kind == "name":
            speaker = _expand_surname(self.ctx, m.name, self.known)
            if len(speaker.split()) > 1:
                self.known.append(speaker)
            return speaker
        if m.kind == "pronoun":
            return "" if self._unnamed_subject_since(m.start) else self.pronouns.latest(m.start, m.text)
        if m.kind == "role":  # (not any person named before: "Police arrested John Smith. The mayor said …")
            if self._unnamed_before(m) or m.role in self.ctx.lex.contest_roles:
                return ""
            found = next((name for name in self._role_holders(m) if name and self._fits(name, m)), "")
            return found or (self.disc.latest(m.start) if m.role in self.ctx.lex.presenter_roles else "")
        return ""

    def _role_holders(self, m: SpeakerMention) -> Iterator[str]:
        """The persons a role may name, most likely first: one known with the role, one the text names right after
        the role's words, the last speaker, one the next paragraph names with it ('' where a step finds none)."""
        yield self.disc.latest_with_role(m.start, m.role)
        yield self._titled_before(m)
        yield self._previous_as(m.role)
        yield self._named_next(m)

    def _fits(self, name: str, m: SpeakerMention) -> bool:
        """Whether the person a role resolved to fits the words that qualify the role ("the Russian leader",
        "the Republican nominee", "the New Jersey governor"): each capitalised qualifier is written near one of
        the person's mentions ("Russian President …", "Tom Reilly, the governor of New Jersey") or in the role the
        text gave them; else the role does not name that person ("“…,” Jane Doe said. … the Russian leader said":
        not Doe, who was only the last speaker)."""
        qualifiers = [w for w in _QUALIFIER.findall(m.text) if w.lower() != m.role and w.lower() not in _DETERMINERS]
        if not name or not qualifiers:
            return True
        text, w = self.ctx.text, _QUALIFIER_WINDOW
        mentions = [pos for pos, n in self.disc.persons if n == name]
        if any(self._in_title_run(pos, _without_determiner(m.text)) for pos in mentions):
            return True  # the role as written is the office before one of their mentions ("Prime Minister and …, X")
        told = [text[max(0, pos - w):pos + w] for pos in mentions]
        told.append(self.disc.roles.get(name, ""))
        stems = [q.lower()[:_STEM] for q in qualifiers]
        return all(any(stem in t.lower() for t in told) for stem in stems)

    def _unnamed_before(self, m: SpeakerMention) -> bool:
        """Whether the role's last mention before, in this paragraph or the one before, is the subject that
        brought in someone the text does not name ("A diplomat involved in the talks, who asked not to be
        named, said … “…,” the diplomat said": the diplomat is that person, not the last speaker)."""
        doc, paragraphs = self.ctx.doc, self.ctx.paragraphs
        k = bisect_left(paragraphs, (m.start + 1,)) - 1
        floor = paragraphs[max(0, k - 1)][0] if paragraphs else 0
        toks = self.ctx.tokens_from(floor, m.start)
        earlier = self.ctx.lowered(m.role, toks.start, toks.end) if len(toks) else []
        if not earlier:
            return False
        return self._unnamed_subject(doc[earlier[-1]], deps=_SUBJECT_DEPS | {"pobj"})

    def _unnamed_subject(self, tok: Token, *, deps: frozenset[str] = _SUBJECT_DEPS) -> bool:
        """Whether ``tok`` is an indefinite subject with no name of its own or beside it ("A diplomat involved in
        the talks said", not "A diplomat, John Doe, said"); with ``deps`` holding "pobj", also the source "according
        to" brings in ("…, according to a trade official who declined to be named. The official said …")."""
        if tok.dep_ == "pobj" and not _according_to(tok.head):
            return False
        return tok.dep_ in deps and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in tok.children) \
            and not any(c.dep_ == "appos" or self.ctx.persons[c.i] is not None for c in tok.children) \
            and self.ctx.persons[tok.i] is None

    def _unnamed_subject_since(self, before: int) -> bool:
        """Whether the last person before a "he"/"she" in its paragraph is a subject the text brings in
        without a name ("A corporal who asked not to be named spoke to reporters … “…,” he said": the
        corporal, not a person named earlier): an indefinite role noun ("a corporal", "another
        resident") as the subject of its sentence's main clause (not of a clause someone reports: "Doe said an
        engineer would look at it"), with no person named after it."""
        paragraphs = self.ctx.paragraphs
        k = bisect_left(paragraphs, (before + 1,)) - 1
        floor = paragraphs[k][0] if k >= 0 else 0
        toks = self.ctx.tokens_from(floor, before)
        roles, quoted = self.ctx.lex.role_nouns, self.pronouns.quoted
        for tok in reversed(toks):
            if quoted.covers(tok.idx):
                continue
            if self.ctx.persons[tok.i] is not None:
                return False
            if tok.head.dep_ == "ROOT" and tok.lemma_.lower() in roles and self._unnamed_subject(tok):
                return True
        return False

    def _titled_before(self, m: SpeakerMention) -> str:
        """The last person before the role whom the text names right after the role's words, or with them
        ("Prime Minister Dean Barrow welcomed it. The Prime Minister said …", "Pope Francis … the Pope
        asked"), else ''."""
        title = _without_determiner(m.text)
        best = ""
        for pos, name in self.disc.persons:
            if pos >= m.start:
                break
            if self._titled_at(pos, title) or name.lower().startswith(title + " ") or self._in_title_run(pos, title):
                best = name
        return best or self._name_after_title(title.split()[-1], m.start)

    def _titled_at(self, pos: int, title: str) -> bool:
        """Whether the text writes ``title`` right before the name at ``pos``, or before the name's own titles
        ("Prime Minister Dr. Mostafa Madbouly")."""
        text, titles = self.ctx.text, self.ctx.lex.titles
        for _ in range(_TITLES_BETWEEN + 1):
            if text[max(0, pos - len(title) - 1):pos].lower().rstrip() == title:
                return True
            before = text[max(0, pos - _TITLE_CHARS):pos].rstrip()
            word = before.rsplit(None, 1)[-1] if before else ""
            if word.lower().rstrip(".") not in titles:
                return False
            pos = len(before) - len(word) + max(0, pos - _TITLE_CHARS)
        return False

    def _in_title_run(self, pos: int, title: str) -> bool:
        """Whether ``title`` is among the capitalised words of the office written right before the name at ``pos``
        ("Minister of Foreign Affairs, Regional Integration and International Trade Dhananjay Ramful" for "the
        minister", "Vice-Minister of Planning Rodrigo Quispe" for "the vice-minister")."""
        toks = self.ctx.tokens_from(max(0, pos - _TITLE_RUN_CHARS), pos)
        k = len(toks)
        while k > 0 and (toks[k - 1].text[:1].isupper() or toks[k - 1].lower_ in _TITLE_RUN_LINKS):
            k -= 1
        if k == len(toks):
            return False
        run = self.ctx.text[toks[k].idx:pos].lower()
        return re.search(rf"(?<![\w-]){re.escape(title)}(?![\w-])", run) is not None

    def _name_after_title(self, word: str, before: int) -> str:
        """The last name the text writes right after the capitalised title ``word`` before ``before``, where
        the person spans have none ("King Harald V opened parliament. … the King said" -> "Harald V"), else ''."""
        doc = self.ctx.doc
        toks = self.ctx.tokens_from(0, before)
        for i in reversed(self.ctx.lowered(word, toks.start, toks.end) if len(toks) else []):
            k = i + 1
            while k < len(doc) and doc[k].pos_ == "PROPN" and name_token(doc[k].text) and self.ctx.persons[k] is None:
                k += 1
            if doc[i].text[:1].isupper() and 1 <= k - i - 1 <= _TITLED_NAME:
                return doc[i + 1:k].text
        return ""

    def _previous_as(self, role: str) -> str:
        """The last speaker, unless the text gave that person another office and ``role`` names one too
        ("Mayor Anne Kowalski said … the minister said": the minister is not the mayor; but "the official",
        "the leader" (``general_roles``) can be anyone), else ''."""
        known = self.disc.roles.get(self.previous, "").lower().split()
        if not known or role in known or role in self.ctx.lex.general_roles:
            return self.previous
        return ""

    def _named_next(self, m: SpeakerMention) -> str:
        """The person with the role a lead names first and the next paragraph names in full ("“…,” the
        health minister said. ¶ Health Minister Michelle Thompson said …"), else ''."""
        para = bisect_left(self.ctx.paragraphs, (m.start + 1,))
        for pos, name in self.disc.persons:
            if pos > m.end and bisect_left(self.ctx.paragraphs, (pos + 1,)) - para <= 1 \
                    and m.role in self.disc.roles.get(name, "").lower().split():
                return name
        return ""

    def _continued(self, cand: QuoteCandidate) -> Resolved | None:
        """The statement a quote without attribution continues: the last one with a speaker or source,
        but for a direct quote not a reported clause inside the previous quote's own attribution
        ("“…,” said Jane Doe, a professor who focuses on ethics. “…”": Doe goes on)."""
        last, direct = self.last, self.last_direct
        if cand.kind == "direct" and last is not None and direct is not None and last.candidate.kind != "direct" \
                and self._sentence(last.candidate.start) == self._sentence(max(direct.candidate.cue_start,
                                                                               direct.candidate.end)):
            return direct
        return last

    def _sentence(self, pos: int) -> tuple[int, int]:
        """The (paragraph, sentence) holding character ``pos`` (the parser may join sentences across
        paragraphs)."""
        toks = self.ctx.tokens_from(pos, pos + 1)
        return (bisect_left(self.ctx.paragraphs, (pos + 1,)),
                sentence_index(self.ctx.doc, toks.start) if len(toks) else -1)

    def resolve(self, cand: QuoteCandidate) -> Resolved:
        last = self._continued(cand) if cand.inherit and cand.mention is None else None
        if last is None and cand.mention is not None:
            last = self._statement_of(cand.mention)
        if last is not None:
            # a quote that continues the previous one: its speaker, or its organization or group
            return self._remember(Resolved(cand, last.speaker, last.source))
        speaker = self.speaker(cand)
        if speaker:
            pos = cand.mention.start if cand.mention is not None else cand.start
            self.disc.add(pos, speaker)
            self.subjects.add(pos)
            self.previous = speaker
            resolved = Resolved(cand, speaker)
        else:
            resolved = Resolved(cand, "", source_of(cand.mention, self.ctx, self.bodies)
                                or self._pronoun_source(cand))
        return self._remember(resolved)

    def _statement_of(self, m: SpeakerMention) -> Resolved | None:
        """The last statement, in this paragraph or the one before, that "the statement" (a noun of
        ``statement_nouns`` with "the" and no name or possessive) refers to ("In a statement, the council
        said … “…,” the statement said."), else None."""
        words = m.text.split()
        last = self.last
        if m.kind != "group" or len(words) < 2 or words[0].lower() != "the" or last is None \
                or words[-1] not in self.ctx.lex.statement_nouns \
                or any(w != w.lower() or w.endswith(("'s", "’s")) for w in words[1:]):
            return None
        if bisect_left(self.ctx.paragraphs, (m.start + 1,)) - bisect_left(self.ctx.paragraphs,
                                                                           (last.candidate.start + 1,)) > 1:
            return None
        return last

    def _pronoun_source(self, cand: QuoteCandidate) -> Source | None:
        """The organization or group an "it"/"they" subject refers to: the source of the last statement,
        in this or the previous paragraph, with no person named since ("Police said … They said …")."""
        m, last = cand.mention, self.last
        if m is None or m.text.lower() not in ("it", "they") or last is None or last.source is None:
            return None
        since = last.candidate.start
        if m.text.lower() == "it" and last.source.label == GROUP and last.source.text.endswith("s"):
            return None  # "it" is no plural group ("officials")
        para = bisect_left(self.ctx.paragraphs, (m.start + 1,))
        if para - bisect_left(self.ctx.paragraphs, (since + 1,)) > 1:
            return None
        if any(since < pos < m.start for pos, _ in self.disc.persons):
            return None
        return last.source

    def _remember(self, resolved: Resolved) -> Resolved:
        if resolved.source is not None:
            self.bodies.add(resolved.source)
        if resolved.speaker or resolved.source is not None:
            self.last = resolved
            if resolved.candidate.kind == "direct":
                self.last_direct = resolved
        return resolved


def _according_to(prep: Token) -> bool:
    """Whether ``prep`` is the "to" of "according to"."""
    return prep.lower_ == "to" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "according"


def _without_determiner(role: str) -> str:
    """A role's words in lower case without their determiner ("the Prime Minister" -> "prime minister")."""
    words = role.lower().split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in _DETERMINERS else words)


def resolve_speakers(ctx: Context, candidates: list[QuoteCandidate], *, quoted: Quoted | None = None,
                     direct: DirectLexicon | None = None) -> list[Resolved]:
    """Resolve each candidate's speaker to a full name ('' when none), or its source, in text order.

    ``quoted`` (the Doc's quotations) and ``direct`` (gendered titles and roles) narrow what a
    "he"/"she" can refer to (see :mod:`.pronouns`). A candidate ``owned`` by no one is left out, and so is a
    ``thing``'s term that no person or body says (its source a document or a thing: :func:`_body`).
    """
    resolver = _Resolver(ctx, quoted or Quoted((), ()), direct or DirectLexicon())
    out = [resolver.resolve(cand) for cand in sorted(candidates, key=lambda c: (c.start, c.end))]
    return [r for r in out if (not r.candidate.owned or r.speaker or r.source is not None)
            and not (r.candidate.thing and not r.speaker and not _body(r.source, ctx.lex.org_words))]


def _body(source: Source | None, org_words: frozenset[str]) -> bool:
    """Whether a source is a body that speaks: an organization or country, or a group whose head is a body's
    noun ("the ministry", "its embassy"), not a document or a thing ("the review", "the text")."""
    if source is None:
        return False
    head = source.text.split()[-1:]
    return source.label != GROUP or bool(head) and head[0].lower() in org_words
