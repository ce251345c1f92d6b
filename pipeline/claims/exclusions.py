"""Stage 3 filters: units that are no claims (benchmarks/CLAIMS.md "Not claims").

Questions (direct or reported), topic-only reports ("spoke about regional security"), statements
about the event itself ("The key experts included …", "This was discussed at a panel hosted by …"),
headings and datelines. Each test reads the parse of the unit and the claims word lists.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import islice

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..components.tokens import children_of, dep_id
from ..components.tokens import words_of as token_words
from .kind import opinion_cues, prediction_cues, recommendation_cues
from .lexicon import ClaimLexicon, find_phrases, words_of
from .verbs import verb_facts

_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "csubj", "parataxis"})  # a clause of its own: not the frame's
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "prep", "agent", "dative", "npadvmod", "prt"})
_ASKING = frozenset({"ask", "wonder", "inquire", "question"})
_QUESTION_DEPS = frozenset({"ccomp", "appos", "acl", "relcl"})  # how the parser attaches an asked question
_ABOUT = frozenset({"about", "on"})
_SUBJECT_DEPS = frozenset(dep_id(d) for d in ("nsubj", "nsubjpass", "csubj"))  # as Words.dep holds them
_NSUBJ, _ATTR, _ACOMP, _AUXPASS = dep_id("nsubj"), dep_id("attr"), dep_id("acomp"), dep_id("auxpass")
_THEME_DEPS = frozenset({_NSUBJ, _ATTR})
_BE = get_string_id("be")


def is_question(span: Span, lexicon: ClaimLexicon, *, cue: Span | None = None, text: str | None = None) -> bool:
    """A direct question ("What are the implications …?") or a reported one ("asked whether …", "explained
    why …"): the unit ends with "?", or a reported unit is a clause opened by a question word (not a
    free relative that is the subject of a clause: "What is happening there is still the main challenge").
    ``text`` is the span's text when the caller has it."""
    text = (span.text if text is None else text).rstrip()
    if text.endswith("?") or _asks(span, lexicon):
        return True
    if cue is None or not len(span):
        return False
    first = span[0]
    if first.lower_ not in lexicon.question_words or any(t.dep_ in ("csubj", "csubjpass") for t in span):
        return False
    return first.lower_ not in ("if", "when") or any(t.lemma_.lower() in _ASKING for t in cue)


def _asks(span: Span, lexicon: ClaimLexicon) -> bool:
    """A sentence that reports a question ("X asked whether …", "wondered how …", "We asked Jane Roe, an
    economist, what the plan changes", where the parser hangs the question on the person asked)."""
    root = span.root
    if root.lemma_.lower() not in _ASKING:
        return False
    asked = [root, *(c for c in root.children if c.dep_ in ("dobj", "dative"))]
    return any(c.dep_ in _QUESTION_DEPS and c.i > root.i and next(c.subtree).lower_ in lexicon.question_words
               for head in asked for c in head.children)


def is_fragment(span: Span, *, max_words: int = 5) -> bool:
    """A quoted fragment ("gifted hands, enhanced imagination", "to unseat"): a few words, no finite verb."""
    facts = verb_facts(span.doc)
    return facts.words(span.start, span.end) <= max_words and not facts.has_finite(span.start, span.end)


def has_predicate(span: Span) -> bool:
    """Whether the unit has a verb of its own: a finite verb (a clause, or a noun phrase with a relative
    clause) or an infinitive ("to intensify its diplomatic work")."""
    return verb_facts(span.doc).has_predicate(span.start, span.end)


def is_topic_only(span: Span, lexicon: ClaimLexicon, *, cue: Span) -> bool:
    """A reported noun phrase that names a subject and asserts nothing ("spoke about regional security",
    "turned the conversation to economic integration").

    A topic cue ("spoke about", "discussed") never reports a claim; under another cue a noun phrase is
    a claim when it has a predicate of its own ("the approach Tashkent has taken"), is predicated with
    "as" ("described X as a vital contributor") or by the cue ("called the plan a disaster", "praised X"),
    or is an evaluation ("the significance of X").
    """
    if next(find_phrases(cue, lexicon.topic_cues), None) is not None:
        return True
    if has_predicate(span):
        return False
    if span.root.pos_ == "PRON":  # "called them on it"
        return True
    if next(find_phrases(cue, lexicon.evaluating_cues), None) is not None:
        return False
    if any(t.lower_ == "as" and t.dep_ == "prep" for t in span):
        return False
    return span.root.lemma_.lower() not in lexicon.evaluative


def reports_speech(cue: Span, lexicon: ClaimLexicon) -> bool:
    """A cue that reports speech, a question, a topic or attention ("said", "asked", "spoke about", "listed"), not
    an act ("rejected", "announced"): its verbs' lemmas in ``lexicon.reporting_verbs`` or ``lexicon.speech_cues``,
    or a phrase of ``lexicon.topic_cues``."""
    if not len(cue):
        return True
    speech = lexicon.reporting_verbs | lexicon.speech_cues | _ASKING
    if any(t.lemma_.lower() in speech for t in cue):
        return True
    return next(find_phrases(cue, lexicon.topic_cues, infinitive=False), None) is not None


def _main_verb(span: Span) -> Token:
    return span.root


def _arguments(verb: Token) -> Iterator[Token]:
    """The tokens of the verb's own arguments (subject, objects, prepositional phrases), not of its clauses."""
    for child in verb.children:
        if child.dep_ in _ARGUMENT_DEPS:
            yield from child.subtree


def _event_word(words: tuple[list[str], list[str], list[bool]], i: int, nouns: frozenset[str]) -> bool:
    """Whether token ``i`` (its lemma or lower-case form, from :func:`.lexicon.words_of`) is one of ``nouns``."""
    lowers, lemmas, _ = words
    return lemmas[i] in nouns or lowers[i] in nouns


def _names_event(tokens: Iterator[Token], lexicon: ClaimLexicon) -> bool:
    """Whether one of ``tokens`` is an event noun (:func:`_event_word`; the Doc's words fetched once)."""
    words = None
    for t in tokens:
        words = words or words_of(t.doc)
        if _event_word(words, t.i, lexicon.event_nouns):
            return True
    return False


def _subject_at(doc: Doc, i: int) -> int | None:
    """The first child of token ``i`` that is its subject (nsubj, nsubjpass, csubj), read from the Doc's children
    lists and dependency ids (:func:`..components.tokens.children_of`: no Token per child)."""
    deps = token_words(doc).dep
    return next((c for c in children_of(doc, i) if deps[c] in _SUBJECT_DEPS), None)


@cache
def _first_words(entries: frozenset[str]) -> frozenset[str]:
    """What the entries of several words start with, up to each space ("take" of "take part"): only a verb of these
    can make an entry with its particle (its children are read for no other verb)."""
    return frozenset(e[:k] for e in entries for k, ch in enumerate(e) if ch == " ")


def _particle(verb: Token) -> str:
    """The particle or object that makes an event verb of ``verb`` ("took part", "took place", "came together")."""
    return next((c.lower_ for c in verb.children if c.dep_ in ("prt", "dobj") and c.lower_ in ("part", "place",
                                                                                              "together")), "")


def _event_predicate(verb: Token, lexicon: ClaimLexicon) -> bool:
    """The main verb says what an event or its participants did ("hosted", "took part", "met … to discuss"), the
    event is the subject ("The second round was open to the press"), or the sentence places someone at
    the event or names its purpose or theme ("Also on the panel was …", "The purpose of the discussion was …")."""
    doc, v = verb.doc, verb.i
    _, lemmas, _ = doc_words = words_of(doc)
    lemma = lemmas[v]  # (the lemma lower-cased)
    if lemma in lexicon.event_verbs or lemma in _first_words(lexicon.event_verbs) \
            and f"{lemma} {_particle(verb)}" in lexicon.event_verbs:
        purpose = any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in lexicon.event_verbs for c in verb.children)
        return purpose or _names_event(_arguments(verb), lexicon) or _about_question(verb, lexicon)
    subject = _subject_at(doc, v)
    if subject is not None and _event_word(doc_words, subject, lexicon.event_nouns):
        return True
    if lemma != "be":
        return False
    w = token_words(doc)
    children = children_of(doc, v)
    if any(w.dep[c] in _THEME_DEPS and lemmas[c] in lexicon.theme_nouns for c in children):
        return _names_event(_arguments(verb), lexicon)
    if not any(w.dep[c] == _ACOMP or w.dep[c] == _ATTR and w.pos[c] != "PROPN" for c in children):  # "… was X"
        return _names_event((t for c in verb.children if c.dep_ == "prep" for t in c.subtree), lexicon)
    return False


def _about_question(verb: Token, lexicon: ClaimLexicon) -> bool:
    """What participants did names its topic by a question only ("We spoke with the minister about what the
    strategy means", "talked about how the funds would be spent"): a topic, no assertion."""
    return any(p.dep_ == "prep" and p.lower_ in _ABOUT and any(
        c.dep_ == "pcomp" and next(c.subtree).lower_ in lexicon.question_words for c in p.children)
        for p in _arguments(verb))  # its own "about" or its object's ("spoke with the minister, X, about …")


def _asserts_more(span: Span, lexicon: ClaimLexicon) -> bool:
    """A statement about the event that also predicts, recommends or evaluates something is still a claim
    ("the forum came at a useful moment, since Chile will …")."""
    root = _main_verb(span)
    finders = (recommendation_cues, prediction_cues, opinion_cues)
    doc = span.doc
    return any(m.start != root.i and doc[m.start].pos_ != "NOUN" for finder in finders for m in finder(span, lexicon))


def _introduces_person(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A sentence that introduces a participant by post ("Martina Eder is a researcher at the Danube Institute"):
    a named person, "be", and a common noun placed at or with an institution; or the byline's note on the
    writer ("The author is an economist and a former adviser to …": ``lexicon.byline_nouns``), whatever post."""
    doc = verb.doc
    if token_words(doc).lemma[verb.i] != _BE:
        return False
    at = _subject_at(doc, verb.i)
    if at is None:
        return False
    subject = doc[at]
    if subject.lemma_.lower() in lexicon.byline_nouns:  # "the author", not "the author of the report"
        bare = [c.lower_ for c in subject.children] == ["the"]
        return bare and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children)
    if subject.ent_type_ != "PERSON":
        return False
    return any(c.dep_ == "attr" and c.pos_ == "NOUN" and any(p.dep_ == "prep" and p.lower_ in ("at", "with")
                                                               for p in c.children) for c in verb.children)


def is_about_event(span: Span, lexicon: ClaimLexicon) -> bool:
    """A statement about the event or the document itself: who took part, who hosted, what was discussed, who a
    participant is."""
    if not len(span):
        return False
    verb = _main_verb(span)
    if _introduces_voice(verb, lexicon):
        return True
    return (_event_predicate(verb, lexicon) or _introduces_person(verb, lexicon) or _editorial_note(verb, lexicon)
            or _opens_list(span, verb, lexicon) or _shifts_topic(span, verb, lexicon)) \
        and not _asserts_more(span, lexicon)


_SPEAKING_PRONOUNS = frozenset({"he", "she"})


def _last_word(span: Span) -> int | None:
    """The index of the span's last token that is no punctuation or space (read from the Doc's word lists)."""
    w = token_words(span.doc)
    return next((i for i in range(span.end - 1, span.start - 1, -1) if not (w.is_punct[i] or w.is_space[i])), None)


def _opens_list(span: Span, verb: Token, lexicon: ClaimLexicon) -> bool:
    """A sentence that ends on "the following …" ("The committee records the following points", "The Minister
    identified the following additional priorities:"), or whose subject is such a phrase ("The following
    directions are set out in it"): it opens a list and asserts nothing itself (``verb``: the span's root)."""
    last = _last_word(span)
    if last is None:
        return False
    doc = span.doc
    subject = _subject_at(doc, verb.i)
    return any(_is_list_phrase(doc, head, lexicon) for head in (last, subject) if head is not None)


def _is_list_phrase(doc: Doc, head: int, lexicon: ClaimLexicon) -> bool:
    """Token ``head`` is a noun that "the" and a list word modify ("the following (additional) points")."""
    w = token_words(doc)
    if w.pos[head] not in ("NOUN", "PROPN"):
        return False
    lefts = [c for c in children_of(doc, head) if c < head]  # (Token.lefts)
    return bool(lefts) and w.lower[lefts[0]] == "the" and any(w.lower[c] in lexicon.list_words for c in lefts[1:])


def _shifts_topic(span: Span, verb: Token, lexicon: ClaimLexicon) -> bool:
    """A speaker moving to a speech's next topic and nothing more ("The minister then turned to the wider world",
    "She began with the Mediterranean"): the verb and its preposition are a topic shift (``lexicon.topic_shifts``),
    its subject a speaker (a person's name, he or she, ``lexicon.speaker_nouns``), and the topic ends the sentence."""
    doc = span.doc
    subject = _subject_at(doc, verb.i)
    lowers = token_words(doc).lower
    if subject is None or not _is_speaker(doc, subject, lexicon) \
            or any(low in (":", ";") for low in lowers[span.start:span.end]):
        return False
    last = _last_word(span)
    lemma = verb.lemma_.lower()
    for prep in verb.children:
        if prep.dep_ == "prep" and f"{lemma} {_particles(verb)}{prep.lower_}" in lexicon.topic_shifts:
            return last is not None and prep.left_edge.i <= last <= prep.right_edge.i
    return False


def _particles(verb: Token) -> str:
    """The verb's particles, each followed by a space ("on " of "moved on to")."""
    return "".join(f"{c.lower_} " for c in verb.children if c.dep_ == "prt")


def _is_speaker(doc: Doc, subject: int, lexicon: ClaimLexicon) -> bool:
    """Token ``subject`` names a speaker: a person's name, he or she, or a speaker noun ("the minister")."""
    w = token_words(doc)
    if w.ent_type[subject] == "PERSON" or w.lower[subject] in _SPEAKING_PRONOUNS:
        return True
    return words_of(doc)[1][subject] in lexicon.speaker_nouns  # (the lemma lower-cased)


_INTRODUCING_DEPS = frozenset(dep_id(d) for d in ("appos", "relcl", "acl"))  # "X, an economist at Y,", "X, who …,"
_VOICE_DEPS = frozenset(dep_id(d) for d in ("nsubj", "acomp", "dobj", "advmod", "punct", "cc"))  # all it may hold


def _introduces_voice(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A sentence that brings in a new voice by who they are and how their view compares, before quoting them
    ("Jane Roe, an economist at the Delta Institute, was more cautious", "X, who teaches at Y, took a different
    view", "sees it differently"): a subject introduced by an apposition or a relative clause, naming a person,
    and a predicate that only compares (a comparative after "be", or ``lexicon.view_words`` taken or seen)."""
    doc = verb.doc
    deps = token_words(doc).dep
    children = children_of(doc, verb.i)
    subject = next((c for c in children if deps[c] == _NSUBJ), None)
    if subject is None or not any(deps[c] in _INTRODUCING_DEPS for c in children_of(doc, subject)) \
            or not any(t.ent_type_ == "PERSON" for t in doc[subject].subtree):
        return False
    if any(deps[c] not in _VOICE_DEPS for c in children):
        return False
    if token_words(doc).lemma[verb.i] == _BE:
        return any(c.dep_ == "acomp" and _compares(c) for c in verb.children)
    return any(c.dep_ in ("dobj", "advmod") and c.lemma_.lower() in lexicon.view_words for c in verb.children)


def _compares(adjective: Token) -> bool:
    """A comparative adjective with nothing after it ("more cautious", "less charitable", "warier")."""
    if any(c.dep_ not in ("advmod", "punct") for c in adjective.children):
        return False
    return adjective.tag_ == "JJR" or any(c.lower_ in ("more", "less") for c in adjective.children)


def _editorial_note(verb: Token, lexicon: ClaimLexicon) -> bool:
    """An editor's note on the text printed ("The conversation has been edited for length and clarity"): a verb of
    editing in the passive."""
    doc = verb.doc
    if words_of(doc)[1][verb.i] not in lexicon.editorial_verbs:  # (the lemma lower-cased)
        return False
    deps = token_words(doc).dep
    return any(deps[c] == _AUXPASS for c in children_of(doc, verb.i))


_BARE_WORDS = 3  # "the agreement", "the new treaty"
_PREDICATING_DEPS = frozenset({"oprd", "ccomp", "xcomp", "dative"})  # "called the move cynical"
_PREDICATING_PREPS = frozenset({"as", "for", "of", "at", "to", "into"})  # "praised X as", "estimated X at"


def is_bare_object(span: Span, cue: Span, lexicon: ClaimLexicon) -> bool:
    """A noun phrase reported under a verb of reaction (``lexicon.evaluating_cues``) that only names a thing by a
    determiner and a noun ("welcomed the agreement", "denounced the closure"): the reaction is what the writer
    reports, and the writer's sentence is the claim. Not a phrase with an evaluative word or a name ("welcomed
    the bold decision"), nor one the verb predicates something of ("called the move cynical", "praised the plan
    as bold")."""
    words = list(islice((t for t in span if not t.is_punct), _BARE_WORDS + 1))  # (one more tells a longer span)
    if not 2 <= len(words) <= _BARE_WORDS or words[0].dep_ not in ("det", "poss") or words[-1].i != span.root.i \
            or span.root.pos_ != "NOUN" or next(find_phrases(cue, lexicon.evaluating_cues), None) is None:
        return False
    verb = span.root.head
    if any(c.dep_ in _PREDICATING_DEPS or c.dep_ == "prep" and c.lower_ in _PREDICATING_PREPS for c in verb.children):
        return False
    lowers, lemmas, _ = words_of(span.doc)
    return not any(lemmas[t.i] in lexicon.evaluative or lowers[t.i] in lexicon.evaluative or t.pos_ == "PROPN"
                   for t in words)
