"""Stage 2 helper for pipeline_policy: the lexicons it reads from pipeline/data/policy/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
import srsly
from spacy.tokens import Doc

from ...config import DATA
from ...wordlists import load_fields, read_rows, save_fields, write_rows
from ..tokens import token_table, word_ids
from .anchors import anchored_matches, opening_words
from .sentence_cues import SentenceCues, case_folds

DATA_DIR = DATA / "policy"

# the word lists of PolicyLexicon, one ``<field>.txt`` each (lower-cased); the cues are a table
_WORD_FIELDS = ("document_types", "generic_nouns", "relation_nouns", "group_nouns", "continuation_markers",
                "strip_prefixes", "process_nouns", "title_heads", "reference_nouns", "list_nouns", "importance_words",
                "threat_nouns", "evaluation_verbs", "agenda_verbs", "agenda_nouns", "person_nouns",
                "not_partners", "series_openers", "self_nouns", "intent_verbs", "state_verbs", "event_verbs",
                "presence_nouns", "goal_nouns", "flow_nouns", "text_nouns", "comment_nouns", "naming_verbs",
                "reliance_verbs", "focus_nouns", "role_nouns", "function_nouns", "worry_nouns", "level_words",
                "downgrade_words", "people_nouns", "agreement_nouns", "institution_heads",
                "anaphor_nouns", "issuing_verbs", "ownership_words", "government_nouns", "description_verbs",
                "concept_nouns", "activity_words", "statement_words", "frame_words",
                "issued_heads", "titled_references", "local_owners", "titling_words", "predecessor_words",
                "anchor_nouns", "enlargement_nouns", "year_title_heads", "open_naming_verbs", "part_nouns",
                "opinion_verbs", "request_verbs", "own_text_nouns", "finance_words", "referred_heads")
CUES_FILE = "priority_cues.tsv"
STATES_FILE = "unlisted_states.tsv"  # states the country ruler leaves out that own policy documents
_STATE_COLUMNS = ("name", "code")
NOMINALS_FILE = "nominals.tsv"  # verbs and the nouns of their action ("expand" -> "expansion")
_NOMINAL_COLUMNS = ("verb", "noun")
_CUE_COLUMNS = ("mode", "strength", "pattern")
# what the cue patterns are read for (gate, words, needs, anchors): worked out when the pipeline is saved and saved
# beside the cues, so that a worker's load neither parses nor compiles a pattern (each compiles on first use)
CUES_READ_FILE = "priority_cues.json"


@dataclass(frozen=True)
class Cue:
    """A priority cue: ``mode`` is list/subject/relation/partners/among/statement (see priority_cues.tsv),
    ``strong`` cues need no document in their sentence."""

    mode: str
    strong: bool
    regex: str  # the pattern's text (case-insensitive): compiled on first use, :attr:`pattern`
    source: str
    # cheap necessary conditions for ``pattern``: what follows a leading lazy group (see _gate; compiled on first
    # use, :attr:`gate`), and words of which the text must hold one from each tuple (see required_words)
    gate_regex: str | None = field(default=None, compare=False, repr=False)
    words: tuple[tuple[str, ...], ...] = field(default=(), compare=False, repr=False)
    # a "chain" cue is weak and also carries the document on: a goal sentence ("The navy is to be modernised")
    # after a sentence about the document is about it too, in the same paragraph or the next
    chains: bool = False
    # an "owned" statement cue opens a statement only where a country owns the phrase ("Turkey's priorities",
    # "Turkish foreign policy", "India's diplomacy")
    owned: bool = False
    # the literal words every match opens with (lower case; see anchors.py), None when it may open otherwise
    anchors: tuple[str, ...] | None = field(default=None, compare=False, repr=False)
    # the words a match needs, one of each group (:func:`necessary_words`: for picking a sentence's cues)
    needs: tuple[tuple[str, ...], ...] = field(default=(), compare=False, repr=False)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern (compiled when first asked: a worker's load compiles none)."""
        return re.compile(self.regex, re.IGNORECASE)

    @cached_property
    def gate(self) -> re.Pattern[str] | None:
        """:attr:`gate_regex` compiled (on first use), None when there is none."""
        return re.compile(self.gate_regex, re.IGNORECASE) if self.gate_regex is not None else None

    def as_read(self) -> dict[str, object]:
        """What :func:`_cue` reads from the pattern, as saved in :data:`CUES_READ_FILE`."""
        return {"pattern": self.regex, "gate": self.gate_regex, "words": self.words, "needs": self.needs,
                "anchors": self.anchors}

    def finditer(self, text: str, lower: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, the pattern tried only where it can start (``lower`` = ``text.lower()``)."""
        return anchored_matches(self.pattern, self.anchors, text, lower)

    def may_occur(self, text: str, lower: str) -> bool:
        """False when no part of ``text`` holds the words ``pattern`` needs (``lower`` = ``text.lower()``)."""
        return case_folds(text) or self.holds_words(lower) if self.words else True

    def holds_words(self, lower: str) -> bool:
        """Whether the lower-case ``lower`` holds a word of each group of :attr:`words`."""
        return all(any(w in lower for w in alts) for alts in self.words)

    def may_match(self, text: str, lower: str) -> bool:
        """False when ``pattern`` cannot match ``text`` (``lower`` = ``text.lower()``); cheap."""
        return self.may_occur(text, lower) and (self.gate is None or self.gate.search(text) is not None)


@dataclass(frozen=True)
class PolicyLexicon:
    document_types: tuple[str, ...] = ()
    generic_nouns: frozenset[str] = frozenset()
    relation_nouns: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    continuation_markers: tuple[str, ...] = ()
    strip_prefixes: tuple[str, ...] = ()
    process_nouns: frozenset[str] = frozenset()
    title_heads: frozenset[str] = frozenset()  # "Link South America Policy", "Government Report on ..."
    reference_nouns: frozenset[str] = frozenset()  # "the paper", "this report": refer back after a determiner
    list_nouns: frozenset[str] = frozenset()  # "sets out the government's priorities": names a list, no item
    importance_words: frozenset[str] = frozenset()  # "regards X as key", "calls X important"
    threat_nouns: frozenset[str] = frozenset()  # "calls X a key challenge": no priority
    evaluation_verbs: frozenset[str] = frozenset()  # regard, consider, call ...
    agenda_verbs: frozenset[str] = frozenset()  # "brings X into the agenda"
    agenda_nouns: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()  # "The ambassador recalled ...": a person's sentence
    not_partners: frozenset[str] = frozenset()  # bare abbreviations that name no partner ("GDP")
    series_openers: tuple[str, ...] = ()  # "stresses the need to A and to B": the items follow
    self_nouns: frozenset[str] = frozenset()  # "the government will ...": the owner by the noun it calls itself
    issuing_verbs: frozenset[str] = frozenset()  # "Japan adopted the strategy": the subject issues the document
    government_nouns: frozenset[str] = frozenset()  # "the programme the government launched": self nouns naming
    # the government, not the country ("the country's insurance program" is no document)
    intent_verbs: frozenset[str] = frozenset()  # "would seek to deepen X": what is intended follows
    state_verbs: frozenset[str] = frozenset()  # "will remain defence-oriented": a stance, no priority
    event_verbs: frozenset[str] = frozenset()  # "would chair the CSTO in 2024": an event, no priority
    presence_nouns: frozenset[str] = frozenset()  # "new embassies in West Africa": the region is the partner
    goal_nouns: frozenset[str] = frozenset()  # "its first priority would be X", "X remains a priority"
    request_verbs: frozenset[str] = frozenset()  # "Partners are asked to align ...": what the document asks of them
    anchor_nouns: frozenset[str] = frozenset()  # "NATO stays the anchor", "X remains the foundation of Y's security"
    flow_nouns: frozenset[str] = frozenset()  # "regional support will be channelled through X": like a relation
    text_nouns: frozenset[str] = frozenset()  # "relations with X are dealt with in a short chapter": no priority
    naming_verbs: frozenset[str] = frozenset()  # "names X as its closest ally": a description of partner X
    open_naming_verbs: frozenset[str] = frozenset()  # "treats X as the frame for ...": any description rates X
    part_nouns: frozenset[str] = frozenset()  # "rests on four pillars": a count of a document's parts, no item
    opinion_verbs: frozenset[str] = frozenset()  # "she argued that the plan should ...": a person's view, no item
    reliance_verbs: frozenset[str] = frozenset()  # "count on", "look to": the partners a document leans on
    finance_words: frozenset[str] = frozenset()  # "For money, it counts on X": X is relied on for finance
    focus_nouns: frozenset[str] = frozenset()  # "with a particular emphasis on A and B": the partners stressed
    role_nouns: frozenset[str] = frozenset()  # "names X as its closest partner": a description that is a priority
    function_nouns: frozenset[str] = frozenset()  # "names X as a key source of finance": only after a naming verb
    worry_nouns: frozenset[str] = frozenset()  # "names X as a source of concern": a function that is no priority
    level_words: frozenset[str] = frozenset()  # "raised to the level of X": the relation is the level X
    downgrade_words: frozenset[str] = frozenset()  # "cooperation with X is limited to ...": no priority
    people_nouns: frozenset[str] = frozenset()  # "migrant workers in Malaysia": a place, no partner
    agreement_nouns: frozenset[str] = frozenset()  # "the ... Trade Agreement": a means, no partner
    enlargement_nouns: frozenset[str] = frozenset()  # "the enlargement of the EU to X": X is the partner, not the EU
    institution_heads: frozenset[str] = frozenset()  # "the Philippine Navy": the owner's own body, no partner
    comment_nouns: frozenset[str] = frozenset()  # "X, a goal the strategy links to ...": a comment on the item before
    anaphor_nouns: frozenset[str] = frozenset()  # "a partnership with the bloc": the organization named before
    ownership_words: frozenset[str] = frozenset()  # "the state oil company X": the owner's own body, no partner
    description_verbs: frozenset[str] = frozenset()  # "the paper notes X": describes, states no priority (generic.py)
    concept_nouns: frozenset[str] = frozenset()  # "built around two ideas - A and B": no priorities (generic.py)
    activity_words: frozenset[str] = frozenset()  # "Iran's nuclear programme": an activity, no document
    statement_words: frozenset[str] = frozenset()  # "priorities", "goals": a minister's words may state priorities
    frame_words: frozenset[str] = frozenset()  # "A and B complete the list", "gives weight to": frames (generic.py)
    issued_heads: frozenset[str] = frozenset()  # "the government launched the X Initiative": a title head only there
    titled_references: frozenset[str] = frozenset()  # "the agenda": refers back only to a name it heads
    own_text_nouns: frozenset[str] = frozenset()  # "This report sets out ...": the text itself, unless a name it heads
    referred_heads: frozenset[str] = frozenset()  # "the plan" (three times, none named): the document the text is about
    local_owners: frozenset[str] = frozenset()  # "the city's strategy", "the company's plan": no national document
    titling_words: frozenset[str] = frozenset()  # "a strategy dubbed X", "a plan he calls X": the words that name
    predecessor_words: frozenset[str] = frozenset()  # "succeeds the X Plan", "the successor to X": an earlier one
    year_title_heads: frozenset[str] = frozenset()  # "Vision 2030": a title head whose year is part of the name
    cues: tuple[Cue, ...] = field(default_factory=tuple)
    unlisted_states: tuple[tuple[str, str], ...] = ()  # ("Kosovo", "XKX"): an owner the country spans never hold
    nominals: tuple[tuple[str, str], ...] = ()  # ("expand", "expansion"): the relation of a goal sentence (nominals.py)
    # derived from the lists above (not data): compiled once, not per document
    document_patterns: tuple[re.Pattern[str], ...] = field(default=(), init=False, repr=False, compare=False)
    generic_ids: np.ndarray = field(init=False, repr=False, compare=False)
    title_head_ids: np.ndarray = field(init=False, repr=False, compare=False)
    reference_ids: np.ndarray = field(init=False, repr=False, compare=False)
    document_nouns: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)
    priority_cues: SentenceCues = field(init=False, repr=False, compare=False)  # the cues but statements, indexed
    action_nouns: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)  # nominals

    def __post_init__(self) -> None:
        patterns = tuple(re.compile(r"\b" + re.escape(p) + r"\b") for p in self.document_types)
        object.__setattr__(self, "document_patterns", patterns)
        object.__setattr__(self, "generic_ids", word_ids(self.generic_nouns))
        object.__setattr__(self, "title_head_ids", word_ids(self.title_heads))
        object.__setattr__(self, "reference_ids", word_ids(self.reference_nouns))
        object.__setattr__(self, "document_nouns", self.generic_nouns | self.title_heads | self.reference_nouns)
        entries = [(c, c.needs) for c in self.cues if c.mode != "statement"]
        object.__setattr__(self, "priority_cues", SentenceCues(entries))
        object.__setattr__(self, "action_nouns", dict(self.nominals))

    def generic_tokens(self, doc: Doc) -> list[int]:
        """Indices of the tokens whose lower-case form is a generic noun ("the concept"), found in C."""
        return token_table(doc).having("lower", self.generic_ids)

    @classmethod
    def from_dir(cls, path: Path | str = DATA_DIR) -> PolicyLexicon:
        """Read every lexicon file of ``path`` (a missing file raises E015), and what the cue patterns were read
        for where :meth:`to_dir` saved it (:data:`CUES_READ_FILE`; a pattern not found there is read again)."""
        path = Path(path)
        values: dict[str, object] = dict(load_fields(cls, path, lower=True, names=_WORD_FIELDS))
        for attr, words in values.items():
            if isinstance(words, tuple):  # longest first, so that "further development of" wins over "further"
                values[attr] = tuple(sorted(words, key=lambda s: (-len(s), s)))
        read = srsly.read_json(path / CUES_READ_FILE) if (path / CUES_READ_FILE).is_file() else []
        saved = {entry["pattern"]: entry for entry in read}
        values["cues"] = tuple(_cue(mode, strength, regex, saved.get(regex))
                               for mode, strength, regex in read_rows(path / CUES_FILE, _CUE_COLUMNS))
        values["unlisted_states"] = tuple((name, code.upper()) for name, code in read_rows(path / STATES_FILE,
                                                                                            _STATE_COLUMNS))
        values["nominals"] = tuple((verb.lower(), noun.lower()) for verb, noun in read_rows(path / NOMINALS_FILE,
                                                                                          _NOMINAL_COLUMNS))
        return cls(**values)  # type: ignore[arg-type]

    def to_dir(self, path: Path | str) -> None:
        """Write the lexicon files to ``path`` (the inverse of :meth:`from_dir`), and what the cue patterns are
        read for (:data:`CUES_READ_FILE`)."""
        save_fields(self, path, names=_WORD_FIELDS)
        write_rows(Path(path) / CUES_FILE, (c.source.split("\t", 2) for c in self.cues), _CUE_COLUMNS)
        srsly.write_json(Path(path) / CUES_READ_FILE, [c.as_read() for c in self.cues])
        write_rows(Path(path) / STATES_FILE, self.unlisted_states, _STATE_COLUMNS)
        write_rows(Path(path) / NOMINALS_FILE, self.nominals, _NOMINAL_COLUMNS)


def _cue(mode: str, strength: str, regex: str, read: dict | None = None) -> Cue:
    """One row of ``priority_cues.tsv`` as a :class:`Cue`, with what its pattern is read for: ``read``
    (:meth:`Cue.as_read`, as saved with the pipeline) or, without it, read from the pattern now."""
    if read is None:
        gate = _gate(regex)
        read = {"gate": gate.pattern if gate is not None else None, "words": required_words(regex),
                "needs": necessary_words(regex), "anchors": opening_words(re.compile(regex, re.IGNORECASE))}
    anchors = read["anchors"]
    return Cue(mode, strength == "strong", regex, "\t".join((mode, strength, regex)), read["gate"],
               _groups(read["words"]), chains=strength == "chain", owned=strength == "owned",
               anchors=tuple(anchors) if anchors is not None else None, needs=_groups(read["needs"]))


def _groups(words: list | tuple) -> tuple[tuple[str, ...], ...]:
    """Groups of words as tuples (JSON gives lists)."""
    return tuple(tuple(group) for group in words)


_QUANTIFIERS = frozenset("?*+{")


def _skip_class(regex: str, i: int) -> int:
    """Index after the character class that opens at ``regex[i] == "["`` ("[^]x]" and "[\\]]" hold a bracket)."""
    i += 2 if regex[i + 1: i + 2] == "^" else 1
    i += regex[i: i + 1] == "]"
    while i < len(regex) and regex[i] != "]":
        i += 2 if regex[i] == "\\" else 1
    return i + 1


def _group_end(regex: str, i: int) -> int:
    """Index after the group that opens at ``regex[i] == "("`` (skips classes and escapes)."""
    depth = 0
    while i < len(regex):
        c = regex[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _skip_class(regex, i)
            continue
        depth += {"(": 1, ")": -1}.get(c, 0)
        i += 1
        if depth == 0:
            return i
    return len(regex)


def required_words(regex: str) -> tuple[tuple[str, ...], ...]:
    """Literal words a match of ``regex`` must contain, one of each tuple (lower case), read at its top level.

    ``\\b(?:is|are) of (?:particular|special) importance\\b`` -> ``((" of ",), ("particular", "special"),
    (" importance",))``: plain runs of three characters or more, and required groups of plain alternatives.
    Optional or repeated parts, classes, escapes and other groups are skipped; a top-level ``|`` gives ``()``.
    """
    return _words(regex, nested=False)


def necessary_words(regex: str) -> tuple[tuple[str, ...], ...]:
    """:func:`required_words`, and also from required groups whose alternatives are not all plain: a plain
    alternative is its own word, any other gives the words of its own rarest group (:func:`rarest`), so
    ``\\b(?:envisages|prioriti[sz]es)\\b`` -> ``(("envisages", "prioriti"),)``; a group with an alternative that
    requires no word gives none. For picking the cues a sentence may match (:mod:`.sentence_cues`)."""
    return _words(regex, nested=True)


def rarest(groups: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """The group whose shortest word is longest (the rarest in text, as a rule)."""
    return max(groups, key=lambda g: min(len(w.strip()) for w in g))


def _words(regex: str, *, nested: bool) -> tuple[tuple[str, ...], ...]:
    if re.search(r"(?<!\\)\(\?[aiLmsux]+\)", regex):
        return ()  # global inline flags ("(?x)") change what a plain character means; a scoped group ("(?-i:[A-Z])")
        # is skipped as any other group that is no plain alternative
    out: list[tuple[str, ...]] = []
    run, i = "", 0
    while i < len(regex):
        c = regex[i]
        if c == "|":
            return ()
        if c == "\\" and regex[i + 1: i + 2] in ("b", "B"):  # zero-width: the run goes on
            i += 2
            continue
        if c in "?*+{":  # the last character of the run may be missing ("remains?"): drop it
            run = run if c == "+" else run[:-1]
            i = regex.index("}", i) + 1 if c == "{" else i + 1
        elif c == "(":
            end = _group_end(regex, i)
            body = regex[i + 3: end - 1] if regex.startswith("(?:", i) else None
            optional = regex[end: end + 1] in ("?", "*") or regex.startswith("{0", end)
            if body is not None and not optional and re.fullmatch(r"[a-z' |]+", body, re.I):
                out.append(tuple(a.lower() for a in body.split("|")))
            elif body is not None and not optional and nested:
                words = _group_words(body)
                out += [words] if words else []
            i = end
        elif c in "\\[.^$":
            i = _skip_class(regex, i) if c == "[" else i + (2 if c == "\\" else 1)
        else:
            run += c
            i += 1
            continue
        if len(run.strip()) >= 3:  # the run ended
            out.append((run.lower(),))
        run = ""
    if len(run.strip()) >= 3:
        out.append((run.lower(),))
    return tuple(out)


def _group_words(body: str) -> tuple[str, ...]:
    """One word of which a match of the group ``(?:body)`` holds one (lower case), or ``()`` when there is none."""
    words: list[str] = []
    for alternative in _alternatives(body):
        if re.fullmatch(r"[a-z' ]+", alternative, re.I):
            words.append(alternative.lower())
            continue
        own = necessary_words(alternative)
        if not own:
            return ()
        words += rarest(own)
    return tuple(dict.fromkeys(words))


def _alternatives(body: str) -> list[str]:
    """The top-level alternatives of a group's body (``a|b(?:c|d)|[|]`` -> ``a``, ``b(?:c|d)``, ``[|]``)."""
    out, start, i = [], 0, 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _skip_class(body, i)
        elif c == "(":
            i = _group_end(body, i)
        elif c == "|":
            out.append(body[start:i])
            i += 1
            start = i
        else:
            i += 1
    out.append(body[start:])
    return out


def _gate(regex: str) -> re.Pattern[str] | None:
    """What must follow a leading lazy group: for ``(?P<names>[^,;]{3,120}?),? (?:is|are) named as ...`` it is
    ``,? (?:is|are) named as ...``. A text without it has no match, so the costly pattern (it retries the group
    at every character) need not run."""
    if not regex.startswith("(?P<"):
        return None
    i = _group_end(regex, 0)
    rest = regex[i:]
    if rest[:1] in ("?", "*", "+", "{") or not rest:  # the group itself is optional or repeated: no condition
        return None
    if "(?P=" in rest or re.search(r"\\[1-9]", rest):  # refers back to the group
        return None
    try:
        return re.compile(rest, re.IGNORECASE)
    except re.error:
        return None
