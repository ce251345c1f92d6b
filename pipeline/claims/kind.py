"""Stage 3 labels: a claim's kind (recommendation > prediction > opinion > fact) and the cue that decided it.

Each kind has its own cues, tried in the order of precedence over every token of the claim, relative
clauses included (benchmarks/CLAIMS.md): deontic modals and calls; future, intention and possibility
markers; stance verbs, connectives, non-modal hedges and evaluative words in predicative use. A claim
with none of them is a fact. Where the claim itself has no cue, the reporting cue decides: a call
("urged", "called for") makes a recommendation, a pledge a prediction, an evaluating or believing verb
("praised", "called X Y", "believe") an opinion; and a direct quote stating in the present how things are,
with no figure, is the speaker's judgement (an opinion).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice

from spacy.tokens import Doc, Span, Token

from ..components.tokens import per_doc, token_table, word_ids
from .hedging import MODAL_TAG, epistemic_can, is_limited_could, is_modal_use, is_negated_ability
from .lexicon import ClaimLexicon, Match, find_phrases, like_numbers

KINDS = ("recommendation", "prediction", "opinion", "fact")

# where an evaluative word is predicated rather than attributed ("is vital", "ended in failure", "as a threat")
_PREDICATIVE_DEPS = frozenset({"acomp", "attr", "oprd", "xcomp", "ccomp"})
_PREDICATE_PREPS = frozenset({"in", "into", "as"})
_NOUN_ONLY_WHEN_BEFORE = frozenset({"to", "for", "that"})  # "a proposal to", "the demand for"
_EMBEDDED_CLAUSES = frozenset({"ccomp", "relcl", "advcl", "csubj", "acl", "xcomp", "pcomp"})
_AUXILIARIES = frozenset({"aux", "auxpass"})
_PAST_TAGS = frozenset({"VBD", "VBN"})  # "heard", "have signed", "was told"
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_BACKSHIFTED_TAGS = frozenset({"VBD", "MD", "VB"})  # "was", "could (not) carry"
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})  # not a participle ("was closed")


@dataclass(frozen=True, slots=True)
class Kind:
    """A claim's kind and the words that decided it ('' for a fact)."""

    kind: str
    cue: str = ""


def _verbal(matches: Iterator[Match], tokens: Span, *, acts: frozenset[str] | None = frozenset()) -> Iterator[Match]:
    """One-word entries used as verbs or modals (a noun only before "to"/"for"/"that": "a call for"). A participle
    with no auxiliary has no clause of its own ("a signal aimed at", "..., seeking membership") unless it is
    the "-ing" form of a speech act (``acts``; None: every entry), which performs the act in its own clause
    ("..., urging dealers to report", "with the document pledging to widen ...")."""
    doc = tokens.doc
    for m in matches:
        if not is_modal_use(m, tokens):
            continue
        token = doc[m.start]
        if token.dep_ == "amod":  # "pledged delegates", "proposed changes"
            continue
        if token.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("aux", "auxpass") for c in token.children) \
                and not (token.tag_ == "VBG" and (acts is None or m.entry in acts)):
            continue
        if m.end - m.start > 1 or token.pos_ in ("VERB", "AUX"):
            yield m
        elif token.pos_ == "NOUN" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _NOUN_ONLY_WHEN_BEFORE:
            yield m


def _finite_or_nominal(match: Match, doc: Doc) -> bool:
    """"needs to", "has to", "the need to", not a participle ("more than needed to win")."""
    return doc[match.start].tag_ not in ("VBN", "VBG")


def recommendation_cues(tokens: Span, lexicon: ClaimLexicon) -> Iterator[Match]:
    """Deontic modals and constructions ("should", "needs to", "the task is to") and calls ("calls for")."""
    doc = tokens.doc
    yield from (m for m in find_phrases(tokens, lexicon.deontic)
                if is_modal_use(m, tokens) and _finite_or_nominal(m, doc))
    yield from _verbal(find_phrases(tokens, lexicon.calls), tokens, acts=None)


def _under_wish(token: Token, lexicon: ClaimLexicon) -> bool:
    """Whether ``token`` lies in what a hope or wish governs ("the hope that X will …", "hoped X would …": the
    list holds the forms the base lemmatizer misreads)."""
    wishes = lexicon.wish_words
    return any(a.lemma_.lower() in wishes or a.lower_ in wishes for a in islice(token.ancestors, 4))


def _modal_perfect(token: Token) -> bool:
    """A modal before a perfect ("would have preferred", "could have stopped", "might have been"): what would
    or could have been, a judgement of the past, not a forecast."""
    return _perfect_participle(token) > 0


def _perfect_participle(token: Token) -> int:
    """The index of the participle of the perfect after the modal ``token`` (:func:`_modal_perfect`), else -1."""
    doc = token.doc
    if token.tag_ != MODAL_TAG or token.i + 2 >= len(doc):
        return -1
    have = next((t for t in doc[token.i + 1:token.i + 4] if t.lower_ in ("have", "'ve")), None)
    return have.i + 1 if have is not None and have.i + 1 < len(doc) and doc[have.i + 1].tag_ == "VBN" else -1


def _past_or_denied(token: Token) -> bool:
    """An intention told as past or denied ("had promised", "wanted to", "has not committed"): a fact about
    what was intended, not a forecast."""
    aux = [c for c in token.children if c.dep_ in _AUXILIARIES]
    if any(c.dep_ == "neg" for c in token.children):
        return True
    return token.tag_ == "VBD" or token.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux)


def _characterizes(token: Token) -> bool:
    """An intention verb that predicates what its object is ("envisages the Pacific as a zone free from
    confrontation"): a characterization, not a plan."""
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)


_WH_TAGS = frozenset({"WP", "WRB", "WDT"})


def _described_intention(match: Match, token: Token, lexicon: ClaimLexicon) -> bool:
    """An intention that describes rather than announces: one in an embedded question ("sets out how Seoul plans
    to expand", "what the government wants to achieve"), in a clause of reason ("because they want to leave") or
    of a generic or negated agent ("Nobody wants to stay dependent", "Every government wants to show"), and a wish
    (``lexicon.desires``: want, seek, aim) in a relative clause ("the budgets the strategy wants to protect"; a
    pledge there still is a plan: "a blueprint that commits 2.3 billion dollars"). What such an agent wants
    characterizes a situation or a text; it is no plan."""
    if any(c.dep_ == "mark" and c.lower_ == "because" for c in token.children):
        return True
    generic = lexicon.generic_subjects
    if any(c.dep_ == "nsubj" and (c.lower_ in generic or any(d.dep_ == "det" and d.lower_ in generic
                                                              for d in c.children)) for c in token.children):
        return True
    if token.dep_ == "relcl":
        return match.entry in lexicon.desires
    objects = (t for c in token.children for t in (c.subtree if c.dep_ == "xcomp" else (c,)))
    return any(t.tag_ in _WH_TAGS and t.i < token.i for t in objects)


def prediction_cues(tokens: Span, lexicon: ClaimLexicon) -> Iterator[Match]:
    """Future ("will", "is to", "expected to"), intentions and plans ("intends", "pledges to", "provides
    for"), and possibility ("may", "might", epistemic "can"); not inside a hope ("hopes that X will")."""
    doc = tokens.doc
    found = [
        *(m for m in find_phrases(tokens, lexicon.future) if is_modal_use(m, tokens)),
        *(m for m in _verbal(find_phrases(tokens, lexicon.intention), tokens, acts=lexicon.commissives)
          if not _past_or_denied(doc[m.start]) and not _characterizes(doc[m.start])
          and not _described_intention(m, doc[m.start], lexicon)),
        *(m for m in find_phrases(tokens, lexicon.epistemic_modals)
          if doc[m.start].tag_ == MODAL_TAG and not is_negated_ability(m, tokens, lexicon)),
        *epistemic_can(tokens, lexicon),
    ]
    yield from (m for m in found if not _under_wish(doc[m.start], lexicon) and not _modal_perfect(doc[m.start]))


_EMBEDDED_QUESTION = frozenset({"how", "whether", "what"})


def _in_relative_clause(token: Token, root: Token) -> bool:
    """Whether ``token`` lies in a relative clause below ``root`` ("a place where children could study")."""
    while token.i != root.i and token.head.i != token.i:
        if token.dep_ == "relcl":
            return True
        token = token.head
    return False


def _decides_prediction(match: Match, tokens: Span, lexicon: ClaimLexicon, *, own: bool) -> bool:
    """Whether a prediction cue (:func:`prediction_cues`) makes the claim a prediction: not a modal inside an
    embedded question, which the claim does not assert ("gave few details on how the targets would be
    financed", "the risk lies in whether the partners will keep their promises"), not a modal of possibility
    or a conditional in a relative clause, which describes a noun ("one of the few places where children could
    study", "land that might collapse", "a draft that would allow ships to dock"; "problems that will stay" is a
    prediction), and not "is to" after a role, a past goal
    or, in the writer's own text (``own``), a goal or an ordinal ("The plan's overall goal is to transform the
    economy": what the text sets out, a fact; :func:`_aim_subject`)."""
    doc = tokens.doc
    token = doc[match.start]
    verb = token.head
    if verb.i != tokens.root.i and doc[verb.left_edge.i].lower_ in _EMBEDDED_QUESTION:
        return False
    if match.entry in lexicon.relative_modals and _in_relative_clause(verb, tokens.root):
        return False
    if token.lemma_ == "be" and match.end - match.start > 1:
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        return subject is None or not _aim_subject(subject, token, lexicon, own=own)
    return True


def _aim_subject(subject: Token, be: Token, lexicon: ClaimLexicon, *, own: bool) -> bool:
    """Whether "<subject> is to" says what the subject is for rather than what will happen: a role ("Our job is to
    be seen"), a goal told in the past ("the aim was to put every form online"), and in the writer's own text a
    goal ("The plan's overall goal is to transform the economy") or an ordinal item ("The first (pillar) is to
    reform institutions"; :func:`_decides_prediction`)."""
    lemma = subject.lemma_.lower()
    if lemma in lexicon.role_nouns or lemma in lexicon.goal_nouns and be.tag_ == "VBD":
        return True
    if not own:
        return False
    return lemma in lexicon.goal_nouns or subject.lower_ in lexicon.ordinals or any(
        c.dep_ == "amod" and c.lower_ in lexicon.ordinals for c in subject.children)


def _is_predicative(token: Token) -> bool:
    """Predicated, not attributed: a predicate adjective or noun, an adverb of the verb, the object of "in"/"as"
    after a verb, or the modifier of a predicate noun ("is a good opportunity")."""
    if token.dep_ == "conj":
        return _is_predicative(token.head)
    if token.dep_ in _PREDICATIVE_DEPS or token.dep_ == "advmod" and token.head.pos_ in ("VERB", "AUX", "ADJ"):
        return True
    if token.dep_ == "ROOT":  # an adjective or adverb heading a clause; a noun heading a fragment is a name
        return token.pos_ in ("ADJ", "ADV")
    if token.dep_ == "pobj" and token.head.lower_ in _PREDICATE_PREPS:
        return token.head.head.pos_ in ("VERB", "AUX", "NOUN")
    if token.dep_ in ("amod", "compound"):
        return _is_predicative(token.head) and token.head.dep_ != "ROOT"
    return False


def _is_evaluative(token: Token, *, phrase: bool) -> bool:
    """An evaluative word in use: not a verb ("concerns"), not the first part of a compound ("good-neighbourly"),
    and predicated, unless the claim is a reported phrase ("the flexible approach …"), where it counts anyway."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text == "-":
        return False
    if _stative_passive(token):  # "not everyone is convinced", "was not persuaded"
        return True
    return token.pos_ in ("ADJ", "NOUN", "ADV") and (phrase or _is_predicative(token))


def _stative_passive(token: Token) -> bool:
    """A participle heading its clause after "be" ("is convinced"), which the tagger reads as a passive verb."""
    return token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children)


def _connective(token: Token) -> bool:
    """"since" and "so" count as stance only where they join clauses (not "since 2015")."""
    return token.lower_ not in ("since", "so") or token.dep_ == "mark"


def _stance_use(match: Match, doc: Doc) -> bool:
    """A stance entry in use: a phrase, a verb (not a bare "is"), or a connective that joins clauses."""
    first = doc[match.start]
    if match.end - match.start > 1:
        return True
    if first.pos_ in ("VERB", "AUX") or first.tag_.startswith("VB"):
        return first.lower_ not in ("is", "are")
    if first.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in first.children):
        return True  # a verb the tagger took for a noun ("progress now hinges on")
    return first.pos_ != "NOUN" and _connective(first)


_COMPLEMENTS = frozenset({"acomp", "attr", "oprd", "xcomp", "ccomp"})


def _stance_verb(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A stance verb used for a stance: a linking verb with what it predicates ("appears fragile", "seems to",
    not "appears in the text", "does not appear among the partners"); "mean" of meaning, not of purpose
    ("a plan meant to carry the country to 2030"); a verb of evidence with a clause ("showed how stretched the
    hospital had become"), not with a noun phrase ("readings showed elevated levels") nor as an infinitive of
    purpose ("is supposed to show how")."""
    lemma = verb.lemma_.lower()
    deps = {c.dep_ for c in verb.children}
    if lemma in lexicon.copulas:
        return bool(deps & _COMPLEMENTS)
    if lemma == "mean":
        return not any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children)
    if lemma in lexicon.evidence_verbs:
        infinitive = verb.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
        return not infinitive and ("ccomp" in deps or not deps & {"dobj", "attr"})
    return True


def _temporal_since(since: Token) -> bool:
    """"since" opening a clause of time, not of reason: the clause it opens tells from when ("has doubled since the
    vehicles were legalised", "the first since Russia's invasion", "since records began in 1968")."""
    clause = since.head
    governor = clause.head
    perfect = any(c.dep_ in _AUXILIARIES and c.lemma_ == "have" for c in governor.children)
    return perfect or governor.pos_ in ("NOUN", "ADJ", "NUM") or any(t.like_num for t in clause.subtree)


def _predicate_as(tokens: Span) -> Iterator[Match]:
    """"as" predicating a characterization in a reported phrase ("described X as a vital contributor")."""
    for token in tokens:
        if token.lower_ == "as" and token.dep_ == "prep" and any(c.dep_ == "pobj" for c in token.children):
            yield Match("as", token.i, token.i + 1, token.text)


def _modal_perfects(tokens: Span) -> Iterator[Match]:
    """The modal perfects of ``tokens`` (:func:`_modal_perfect`), each from the modal to the participle (only the
    modals are looked at: :func:`_modals`)."""
    doc = tokens.doc
    modals = _modals(doc)
    for i in modals[bisect_left(modals, tokens.start):bisect_left(modals, tokens.end)]:
        participle = _perfect_participle(doc[i])
        if participle > 0:
            yield Match(doc[i].lower_, i, participle + 1, doc[i:participle + 1].text)


_MODALS_KEY = ("pipeline", "claims", "modals")
_MODAL_IDS = word_ids({MODAL_TAG})


def _modals(doc: Doc) -> list[int]:
    """The indices of the Doc's modals (tag "MD"), found once per Doc in its token table and kept with it."""
    return per_doc(doc, _MODALS_KEY, lambda d: token_table(d).having("tag", _MODAL_IDS))


def _excess(tokens: Span, lexicon: ClaimLexicon) -> Iterator[Match]:
    """A degree word grading an adjective or adverb ("is too broad", "did too little", "gave too much weight"): a
    measure against what should be, a judgement (not "too" meaning "also": "Ankara, too, objected")."""
    doc = tokens.doc
    for m in find_phrases(tokens, lexicon.degree_words):
        token = doc[m.start]
        if token.dep_ == "advmod" and token.head.pos_ in ("ADJ", "ADV") and token.head.i > token.i:
            yield Match(m.entry, token.i, token.head.i + 1, doc[token.i:token.head.i + 1].text)


def _denied_possibilities(tokens: Span, lexicon: ClaimLexicon) -> Iterator[Match]:
    """"could" denied by a limiting word ("could hardly afford", "no plan could succeed":
    :func:`.hedging.is_limited_could`): a judgement of what cannot be (only the modals are
    looked at: :func:`_modals`)."""
    doc = tokens.doc
    modals = _modals(doc)
    for i in modals[bisect_left(modals, tokens.start):bisect_left(modals, tokens.end)]:
        if doc[i].lower_ == "could" and is_limited_could(doc[i], lexicon):
            yield Match("could", i, i + 1, doc[i].text)


def _in_frame(token: Token, root: Token) -> bool:
    """Whether ``token`` belongs to the clause of ``root`` itself, not to a clause embedded in it."""
    while token.i != root.i and token.head.i != token.i:
        if token.dep_ in _EMBEDDED_CLAUSES:
            return False
        token = token.head
    return True


def document_frame(tokens: Span, lexicon: ClaimLexicon) -> Token | None:
    """The main verb of a sentence whose subject is a document ("The draft describes X as …", "It lists …"),
    or None. What a policy document declares is a fact (benchmarks/CLAIMS.md, convention 9)."""
    if not len(tokens):
        return None
    root = tokens.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lemma_.lower() in lexicon.document_nouns:
        return root
    # "it is …", "it's an important …", "it seems that …"
    impersonal = root.lemma_ == "be" or any(c.dep_ in ("ccomp", "attr", "acomp") for c in root.children)
    return root if subject.lower_ == "it" and not impersonal else None


def opinion_cues(tokens: Span, lexicon: ClaimLexicon, *, phrase: bool = False) -> Iterator[Match]:
    """Stance verbs and connectives ("believe", "led to", "because", "in fact"), hopes, hedges that are not modals
    ("50/50", "appears to"), evaluative words predicated of something ("is in crisis", "ended in complete
    failure", "regards X as a threat") and modal perfects ("would have preferred", "could have stopped"); in a
    reported phrase, any evaluative word ("the significance of X") and a predicating "as". Where a document is the
    subject, its own clause is its declared provision: only what is embedded in it counts ("the concept states
    that the crisis has led to …").

    These are the hints of a judgement (a statement about the event that has one is still a claim:
    exclusions.py); :func:`_decides_opinion` says which of them make the claim an opinion."""
    doc = tokens.doc
    found = [
        *(m for m in find_phrases(tokens, lexicon.stance, infinitive=False) if _stance_use(m, doc)),
        *(m for m in find_phrases(tokens, lexicon.evaluative) if _is_evaluative(doc[m.start], phrase=phrase)),
        *(_predicate_as(tokens) if phrase else ()),
        *_excess(tokens, lexicon),
        *_modal_perfects(tokens),
        *_denied_possibilities(tokens, lexicon),
    ]
    frame = document_frame(tokens, lexicon) if found else None  # (it only sets aside some of ``found``)
    yield from (m for m in find_phrases(tokens, lexicon.wish_words) if doc[m.start].tag_ != "NNS")  # not "hopefuls"
    yield from (m for m in find_phrases(tokens, lexicon.hedges) if m.entry not in lexicon.epistemic_modals)
    yield from (m for m in found if frame is None or not _in_frame(doc[m.start], frame))


def _decides_opinion(match: Match, doc: Doc, lexicon: ClaimLexicon, *, own: bool) -> bool:
    """Whether an opinion cue (:func:`opinion_cues`) makes the claim an opinion: not a phrase begun by a name ("the
    Science Act as the core"), not "since" of time (:func:`_temporal_since`), a stance verb used for a stance
    (:func:`_stance_verb`), and in the writer's own text (``own``) not a word that ranks ("is listed as another key
    task", "remains the cornerstone of its security", "are treated as cross-cutting concerns"; a phrase too): there it
    reports priorities, not a judgement."""
    first = doc[match.start]
    if own and match.entry in lexicon.salience:
        return False
    if match.end - match.start > 1:
        return first.pos_ != "PROPN"
    if first.lower_ == "since" and first.dep_ == "mark":
        return not _temporal_since(first)
    if match.entry in lexicon.stance and (first.pos_ in ("VERB", "AUX") or first.tag_.startswith("VB")):
        return _stance_verb(first, lexicon)
    return True


def _reporting_kind(cue: Span | None, lexicon: ClaimLexicon) -> Kind | None:
    """The kind a reporting cue gives a claim with no cue of its own: a call ("urged") a recommendation, a
    pledge ("pledges") a prediction, an evaluating or believing verb ("praised", "believe") an opinion."""
    if cue is None or not len(cue):
        return None
    for kind, entries in (("recommendation", lexicon.calls), ("prediction", lexicon.intention),
                          ("opinion", lexicon.evaluating_cues), ("opinion", lexicon.stance)):
        found = next(_verbal(find_phrases(cue, entries), cue), None)
        if found is not None:
            return Kind(kind, found.text)
    return None


def _first(matches: Iterator[Match]) -> Match | None:
    return min(matches, key=lambda m: m.start, default=None)


def _no_figure_stative(tokens: Span, lexicon: ClaimLexicon) -> Token | None:
    """The claim's main verb when the claim states how things are rather than what happened or what a document
    holds: no figure to check, not an event verb, no document (or a part of one: "the purpose of the concept")
    or goal ("the aim was to put every form online") as subject. None otherwise."""
    if _has_number(tokens):
        return None
    root = tokens.root
    if root.lemma_.lower() in lexicon.event_verbs or _states(root, lexicon) or any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in lexicon.goal_nouns or any(
                t.lemma_.lower() in lexicon.document_nouns for t in c.subtree))
            for c in root.children):
        return None
    return root


def _has_number(tokens: Span) -> bool:
    """Whether a token of ``tokens`` is like a number ("12", "twelve", "1.5"): read from the Doc's flags
    (:func:`.lexicon.like_numbers`), not token by token."""
    return any(like_numbers(tokens.doc)[tokens.start:tokens.end])


def _states(root: Token, lexicon: ClaimLexicon) -> bool:
    """Whether a copula predicates a checkable state ("was unable to deliver", "is responsible for")."""
    return any(c.dep_ == "acomp" and c.lower_ in lexicon.state_adjectives for c in root.children)


def _spoken_judgement(tokens: Span, lexicon: ClaimLexicon, *, reported: bool) -> Kind | None:
    """A speaker's own words stating in the present how things are, with no figure to check ("This school is
    the heart of our neighbourhood", "We are not naive"): an opinion. Narration of what happened ("We heard
    three loud bangs", "I have signed the decree"), what an event or a document holds ("the areas include ...",
    "the purpose of the concept is ...") and figures stay facts. In reported speech (``reported``) the present
    is often shifted back: "the region could no longer carry the burden", "the logic was sound" count too
    (a copula or a modal in the past, nothing else)."""
    root = _no_figure_stative(tokens, lexicon)
    if root is None:
        return None
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    tags = {t.tag_ for verb in verbs for t in (verb, *verb.children) if t is verb or t.dep_ in _AUXILIARIES}
    if reported and root.lemma_.lower() in lexicon.copulas and tags <= _BACKSHIFTED_TAGS:
        return Kind("opinion", root.text)
    if tags & _PAST_TAGS or not tags & _PRESENT_TAGS:
        return None
    return Kind("opinion", root.text)


def _copular_judgement(tokens: Span, lexicon: ClaimLexicon) -> Kind | None:
    """The writer's own sentence predicating a quality of its subject ("Progress has been uneven", "The external
    chapter is shorter but more concrete"): an assessment, an opinion. Figures ("were worth 1.1 billion") and
    classifying adjectives ("The headline goal is fiscal") stay facts."""
    root = tokens.root
    if root.lemma_.lower() not in lexicon.copulas or _has_number(tokens):
        return None
    endings = _endings(lexicon.classifying_endings)
    for c in root.children:
        if c.dep_ == "acomp" and c.tag_ in _ADJECTIVE_TAGS and not c.lower_.endswith(endings) \
                and c.lower_ not in lexicon.state_adjectives and c.lower_ not in lexicon.salience:
            return Kind("opinion", c.text)
    return None


@cache
def _endings(entries: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(entries))


def kind_of(tokens: Span, lexicon: ClaimLexicon, *, reporting_cue: Span | None = None,
            phrase: bool = False, spoken: str = "") -> Kind:
    """The kind of the claim made of ``tokens``, by precedence, with the cue that decided it.

    Args:
        tokens: the claim's tokens (a Span).
        lexicon: the claims word lists.
        reporting_cue: the tokens of the cue that reports the claim ("urged", "said"); where the claim has
            no cue of its own, a call makes it a recommendation, a pledge a prediction, and an evaluating
            or believing verb ("praised", "called X Y", "believe") an opinion.
        phrase: the claim is a reported noun phrase ("underlined the significance of X"): an evaluative
            word in it makes an opinion even where it is attributive.
        spoken: the kind of quote the claim is in ("direct", "indirect"; "" for the writer's own text). With no
            cue, a speaker's present-tense statement without figures is their judgement (an opinion;
            :func:`_spoken_judgement`); the writer's own sentence is one where it predicates a quality of its
            subject (:func:`_copular_judgement`).

    Example: "the region should coordinate water policy" -> Kind("recommendation", "should").
    """
    if len(tokens):  # by precedence: a later kind's cues are looked for only when no earlier kind has one
        for kind, cues in (("recommendation", lambda: recommendation_cues(tokens, lexicon)),
                           ("prediction", lambda: (m for m in prediction_cues(tokens, lexicon)
                                                   if _decides_prediction(m, tokens, lexicon, own=not spoken))),
                           ("opinion", lambda: (m for m in opinion_cues(tokens, lexicon, phrase=phrase)
                                                if _decides_opinion(m, tokens.doc, lexicon, own=not spoken)))):
            found = _first(cues())
            if found is not None:
                return Kind(kind, found.text)
    if not len(tokens):
        return _reporting_kind(reporting_cue, lexicon) or Kind("fact")
    judged = (_spoken_judgement(tokens, lexicon, reported=spoken == "indirect") if spoken
              else _copular_judgement(tokens, lexicon))
    own = _own_report(tokens, lexicon) if not spoken and (reporting_cue is None or not len(reporting_cue)) else None
    return _necessity(tokens, lexicon) or _reporting_kind(reporting_cue, lexicon) or own or judged or Kind("fact")


def _necessity(tokens: Span, lexicon: ClaimLexicon) -> Kind | None:
    """A claim whose main verb says what someone or something needs ("We need partners, not lectures", "The
    lagoon needs room", "What we need is investment"): what should be provided, a recommendation. Not under a
    modal ("would need more officers": the modal's kind), not negated, not a participle."""
    root = tokens.root
    verb = root
    if root.lemma_.lower() in lexicon.copulas:  # "What we need is X"
        verb = next((c for c in root.children if c.dep_ == "csubj"), root)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.necessity_verbs or verb.tag_ in ("VBN", "VBG"):
        return None
    if any(c.dep_ == "neg" or c.tag_ == MODAL_TAG for c in verb.children):
        return None
    if verb is root and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    return Kind("recommendation", verb.text)


def _own_report(tokens: Span, lexicon: ClaimLexicon) -> Kind | None:
    """The verb of the writer's sentence that reports someone's stance towards its object ("Critics dismissed
    the plan as transactional", "Opposition politicians criticised the government for failing to ..."): the
    sentence's root verb with a subject of its own that is no document ("The draft describes X as ..." states
    what the text says, a fact)."""
    root = tokens.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.pos_ != "VERB" or subject is None or subject.lower_ == "it" \
            or subject.lemma_.lower() in lexicon.document_nouns:
        return None
    found = next(find_phrases(tokens.doc[root.i:root.i + 1], lexicon.evaluating_cues), None)
    return Kind("opinion", found.text) if found is not None else None
