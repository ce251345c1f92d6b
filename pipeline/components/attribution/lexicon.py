"""Stage 2 helper for pipeline_attribution: the cue lexicon, kept as data files.

Each file in ``pipeline/data/attribution/`` holds one entry a line (read by ``pipeline/wordlists.py``).
The component loads them with :meth:`Lexicon.from_dir` and saves them with :meth:`Lexicon.to_dir`
(its ``to_disk``/``from_disk``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ...config import DATA
from ...wordlists import load_fields, save_fields

DATA_DIR = DATA / "attribution"


@dataclass(frozen=True)
class Lexicon:
    """Word lists that drive attribution (field name = file stem).

    ``speech_verbs``: lemmas whose clausal complement is reported speech ("say", "note").
    ``belief_adjectives``: "is convinced that"; ``object_cues``: "underlined the significance of";
    ``topic_cues``: "spoke about", "drew attention to"; ``passive_topic_cues``: "was taken up by";
    ``according_to``: "according to X"; ``commitment_verbs``: "pledges to";
    ``role_nouns``: "the expert"; ``document_nouns``: "the document states" (not a quote);
    ``document_heads``: "the framework calls for" (a document only as the subject's head, not "a vision statement");
    ``titled_heads``: "the policy calls for" (a document head only where the text titles one: "… Foreign Policy");
    ``titles``: honorifics stripped from names; ``org_words``: "Council", "Ministry" (a subject that is
    an organisation, not a person); ``view_nouns``: "In her view, …" (the possessive is the source);
    ``speech_nouns``: "his claim that …", "a New York Times report that …"; ``predicate_cues``: "views Trump
    as a great unknown", "called it a disaster" (a view only with a predicate after the object);
    ``passive_reports``: "is said to …" ("<verb> any|named": which subjects); ``stance_verbs``: "supports
    Trump" (finite clauses only); ``topic_stop_nouns``: "spoke on condition of anonymity" (no topic);
    ``private_verbs``: think, find, ask …: a conjunct that stays in the reported clause;
    ``appearance_verbs``: "The plan seems unlikely to pass" (the whole clause, no source);
    ``intent_nouns``: "his decision to leave the race"; ``noun_topics``: "her attack on the press"
    ("<noun> <preposition>"); ``headline_labels``: "The Latest: …" (a column's label, not a source);
    ``attitude_adjectives``: "was critical of the plan" ("<adjective> <preposition>");
    ``presenter_roles``: "the speaker", "the expert": a role any person presented takes, so it refers to
    the last person named even when no role was given to that person; ``answer_words``: "the mayor said
    no", "40 percent said so" (a short answer as the whole statement); ``voice_nouns``: "a council
    spokesman", "Russia's Foreign Ministry spokeswoman" (the body named before the noun is the source);
    ``statement_nouns``: "the statement said" (the words of the last speaker or body); ``general_roles``:
    "the official", "the leader": role nouns any office holder goes by, so they may refer to the last
    speaker whatever office the text gave that person; ``document_verbs``: "the plan targets cheaper fares", "the
    text gives weight to" (what a document does in a report on it: :mod:`.voice`); ``naming_verbs``: "asked not
    to be named" (a source's request about its own naming, not a statement); ``occasion_prepositions``: "endorsed
    X at a rally" (a phrase of the occasion after the content); ``adjunct_marks``: "refused to comment as she
    left" (a clause of the circumstances after an infinitive's content); ``aim_verbs``: "Malta wants the
    Council to …", "the government aims to …" (a state's aim, not a statement: :mod:`.aims`), with
    ``aim_subjects``: the nouns of a state, its government or its policy; ``poll_nouns``: "In the latest
    Fox News poll, Trump leads …" (a poll that frames a finding is its source: :mod:`.polls`); ``idioms``: "That
    said, …", "All told, …" (set phrases whose verb of saying reports nothing); ``perspective_prepositions``: "For
    Gabriela Ortiz, an analyst in Quito, the debate …" (a view framed by the person named: :mod:`.perspective`);
    ``message_nouns``: "X released a statement saying …", "wrote a letter asking …" (a message someone issues:
    as a verb's object, that verb's subject speaks); ``question_verbs``: "Clinton was asked about …", "Asked
    whether …, Reid said" (agentless, the one asked is the subject: the asker, who is not named, owns the question);
    ``contest_roles``: "the candidate", "the Republican nominee" (a role several persons hold at once: the
    source as written, never resolved to a person); ``share_nouns``: "Less than a third agreed …" (a share of a
    group the parser hung on a verb with no subject: the verb's subject); ``event_cues``: "welcomed the deal",
    "confirmed the contract" (a definite object with nothing after it is the reported event, not a statement).
    """

    speech_verbs: frozenset[str] = frozenset()
    belief_adjectives: frozenset[str] = frozenset()
    object_cues: frozenset[str] = frozenset()
    topic_cues: tuple[str, ...] = ()
    passive_topic_cues: tuple[str, ...] = ()
    according_to: tuple[str, ...] = ()
    commitment_verbs: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    document_heads: frozenset[str] = frozenset()
    titled_heads: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    org_words: frozenset[str] = frozenset()
    view_nouns: frozenset[str] = frozenset()
    speech_nouns: frozenset[str] = frozenset()
    predicate_cues: frozenset[str] = frozenset()
    passive_reports: tuple[str, ...] = ()
    stance_verbs: frozenset[str] = frozenset()
    topic_stop_nouns: frozenset[str] = frozenset()
    source_nouns: frozenset[str] = frozenset()
    make_adjectives: frozenset[str] = frozenset()
    private_verbs: frozenset[str] = frozenset()
    appearance_verbs: frozenset[str] = frozenset()
    intent_nouns: frozenset[str] = frozenset()
    noun_topics: tuple[str, ...] = ()
    headline_labels: frozenset[str] = frozenset()
    attitude_adjectives: tuple[str, ...] = ()
    presenter_roles: frozenset[str] = frozenset()
    answer_words: tuple[str, ...] = ()
    voice_nouns: frozenset[str] = frozenset()
    statement_nouns: frozenset[str] = frozenset()
    general_roles: frozenset[str] = frozenset()
    document_verbs: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    occasion_prepositions: frozenset[str] = frozenset()
    adjunct_marks: frozenset[str] = frozenset()
    aim_verbs: frozenset[str] = frozenset()
    aim_subjects: frozenset[str] = frozenset()
    poll_nouns: frozenset[str] = frozenset()
    idioms: tuple[str, ...] = ()
    perspective_prepositions: frozenset[str] = frozenset()
    message_nouns: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()
    contest_roles: frozenset[str] = frozenset()
    share_nouns: frozenset[str] = frozenset()
    event_cues: frozenset[str] = frozenset()

    @classmethod
    def from_dir(cls, path: Path | str = DATA_DIR) -> Lexicon:
        """Load every ``<field>.txt`` under ``path``, lower-cased (a missing file raises E015)."""
        return cls(**load_fields(cls, path, lower=True))

    def to_dir(self, path: Path | str) -> None:
        """Write one ``<field>.txt`` per list under ``path``."""
        save_fields(self, path)

    @cached_property
    def passive_report_subjects(self) -> dict[str, str]:
        """``passive_reports`` as {verb lemma: 'any' or 'named'} (the subjects the verb accepts)."""
        out = {}
        for line in self.passive_reports:
            verb, _, subjects = line.partition(" ")
            out[verb] = subjects.strip() or "any"
        return out

    @cached_property
    def noun_topic_pairs(self) -> frozenset[tuple[str, str]]:
        """``noun_topics`` as (noun lemma, preposition) pairs."""
        return frozenset((n, p) for n, _, p in (line.partition(" ") for line in self.noun_topics) if p)

    @cached_property
    def attitude_pairs(self) -> frozenset[tuple[str, str]]:
        """``attitude_adjectives`` as (adjective, preposition) pairs."""
        return frozenset((a, p) for a, _, p in (line.partition(" ") for line in self.attitude_adjectives) if p)

    @cached_property
    def topics(self) -> tuple[tuple[str, str, str], ...]:
        """``topic_cues`` as (verb lemma, object noun or '', preposition), parsed once per lexicon (the
        matchers read them for every cue)."""
        out = []
        for line in self.topic_cues:
            words = line.split()
            if len(words) == 2:
                out.append((words[0], "", words[1]))
            elif len(words) >= 3:
                out.append((words[0], words[-2], words[-1]))
        return tuple(out)
