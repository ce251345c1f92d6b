"""Stage 2 component pipeline_policy: countries' policy documents and the priorities the text lists for them."""

from __future__ import annotations

import logging
import re
from collections import Counter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...annotations import PolicyAnnotation, PriorityAnnotation, register_extensions
from ...training_sets import LIST_FILE, read_training_sets
from ...wordlists import read_words
from ..rule_component import LexiconComponent
from .dates import date_documents
from .documents import PolicyDocument, lead_end, partner_documents, resolve_documents
from .items import Item
from .lexicon import DATA_DIR, PolicyLexicon
from .mentions import find_mentions
from .owners import country_index, headline_capital
from .priorities import find_items
from .sentence_features import ContextWords
from .sentence_model import FILE_NAME, SentenceModel, sentence_scores
from .sentence_training import train_from_sets
from .titles import full_titles

register_extensions()
log = logging.getLogger(__name__)

PRIORITY_STEMS = "priority_stems.txt"  # word beginnings of priority words for the sentence model's context


class Policy(LexiconComponent[PolicyLexicon]):
    """Finds policy documents ("Kazakhstan's Foreign Policy Concept for 2020-2030") and their priorities.

    Reads ``doc.spans[countries_key]`` (kb_id_ = ISO3), ``doc.spans[organizations_key]`` and ``doc._.pipeline_quotes``;
    writes ``doc._.pipeline_policies``. Lexicons come from ``pipeline/data/policy`` (``initialize``) or the copy
    saved with the pipeline (``from_disk``), read once (:mod:`..rule_component`).

    ``initialize`` with the pipeline (``make models``) also trains the priority-sentence model from the gold sets
    of ``training_sets.txt`` (sentence_training.py); it is saved beside the lexicons and flags the sentences that
    likely state priorities (:meth:`flagged_sentences`). Without gold sets (an installed package) there is no
    model and nothing is flagged.
    """

    DATA_DIR = DATA_DIR
    KEYS = {"countries_key": "countries", "organizations_key": "organizations"}
    countries_key: str
    organizations_key: str

    _sentence_model: SentenceModel | None = None

    def _read(self, folder: Path) -> PolicyLexicon:
        return PolicyLexicon.from_dir(folder)

    def initialize(self, get_examples=None, *, nlp: Language | None = None,
                   data_dir: Path | str | None = None) -> None:
        """Read the lexicons of ``data_dir`` and, given the pipeline ``nlp`` to parse with, train the
        priority-sentence model on the gold sets that ``data_dir/training_sets.txt`` lists."""
        super().initialize(get_examples, nlp=nlp, data_dir=data_dir)
        source = data_dir or self.data_dir
        self._sentence_model = None
        if nlp is None or source is None:
            return
        sets = [s for s in read_training_sets(Path(source) / LIST_FILE.name) if s.priorities]
        if not sets:
            log.warning("no gold sets of %s found: no priority-sentence model (no sentence is flagged)",
                        Path(source) / LIST_FILE.name)
            return
        self._sentence_model = train_from_sets(nlp, sets, self.context_words(Path(source)))
        if self._sentence_model is not None:
            log.info("priority-sentence model: %s, threshold %.3f", self._sentence_model.about,
                     self._sentence_model.threshold)

    def context_words(self, folder: Path) -> ContextWords:
        """The document and priority words of the sentence model: the lexicon's, and the stems in ``folder``."""
        lex = self.lexicon
        return ContextWords(lex.document_nouns, lex.goal_nouns | lex.list_nouns | lex.focus_nouns,
                            read_words(folder / PRIORITY_STEMS, lower=True))

    @property
    def sentence_model(self) -> SentenceModel | None:
        """The trained priority-sentence model; None when none was trained."""
        self.ensure_data()
        return self._sentence_model

    def sentence_scores(self, doc: Doc) -> list[tuple[int, int, float]]:
        """(start, end, score) of each sentence of ``doc`` with a word (characters); empty without a model."""
        model = self.sentence_model
        return sentence_scores(doc, model) if model is not None else []

    def flagged_sentences(self, doc: Doc) -> frozenset[int]:
        """The start offsets (characters) of the sentences whose score reaches the model's threshold."""
        return frozenset(self.sentence_marks(doc))

    def sentence_marks(self, doc: Doc) -> dict[int, bool]:
        """The start offset (characters) of each flagged sentence -> whether the model is sure of it
        (:attr:`.SentenceModel.confident_threshold`: the generic reading reads only those)."""
        model = self.sentence_model
        if model is None:
            return {}
        return {start: score >= model.confident_threshold for start, _, score in self.sentence_scores(doc)
                if score >= model.threshold}

    def _save(self, path: Path) -> None:
        super()._save(path)
        if self._sentence_model is not None:
            self._sentence_model.save(path / FILE_NAME)

    def _restore(self, path: Path) -> bool:
        self._sentence_model = SentenceModel.load(path / FILE_NAME)
        return super()._restore(path)

    def __call__(self, doc: Doc) -> Doc:
        documents, items = self.match(doc)
        self.set_annotations(doc, documents, items)
        return doc

    def match(self, doc: Doc) -> tuple[list[PolicyDocument], list[Item]]:
        """The documents the text names and the priority phrases found for them."""
        countries = country_index(doc, self.countries_key, self.lexicon.unlisted_states)
        if not countries and not headline_capital(doc):  # every document needs a country as its owner
            return [], []
        mentions = find_mentions(doc, self.lexicon)
        if not mentions:
            return [], []
        documents = resolve_documents(doc, mentions, countries, self.lexicon.issuing_verbs, self.lexicon.document_nouns,
                                      self.lexicon.referred_heads)
        if not documents:
            return [], []
        full_titles(doc, documents, countries, self.lexicon)
        date_documents(doc, documents)
        spans: dict[int, Span] = {}
        for span in doc.spans.get(self.organizations_key, []) if self.organizations_key in doc.spans else []:
            for i in range(span.start, span.end):
                spans[i] = span
        spans.update(countries)
        marks = self.sentence_marks(doc)
        return documents, find_items(doc, mentions, self.lexicon, spans, flagged=frozenset(marks),
                                     confident=frozenset(start for start, sure in marks.items() if sure))

    def set_annotations(self, doc: Doc, documents: list[PolicyDocument], items: list[Item]) -> None:
        """Write ``doc._.pipeline_policies``: each document with its ranked priorities, one per partner."""
        policies = []
        lead = lead_end(doc) if documents else 0  # (most texts name no document)
        # a speech's lead is its first statement, not a summary of a document's list: only its headline sums up
        said = lead_end(doc, headline_only=True) if any(not d.name for d in documents) else 0
        kept = {k: _dedupe([i for i in items if i.document == k], d.owner, lead if d.name else said, doc)
                for k, d in enumerate(documents)}
        rows = [[c for i in kept[k] for _, c in i.partners or [("", "")]] for k in range(len(documents))]
        partners = partner_documents([d.owner for d in documents], rows)  # another state's, named in passing
        for k, d in enumerate(documents):
            mine = kept[k]
            if not mine or k in partners:
                continue
            priorities, speakers = [], Counter()
            for rank, item in enumerate(mine, start=1):
                span = doc[item.start:item.end]
                speakers[_speaker(doc, span.start_char)] += 1
                for partner, code in item.partners or [("", "")]:
                    priorities.append(PriorityAnnotation(rank, span.text, span.start_char, span.end_char,
                                                         partner, code, item.relation))
            speaker = next((s for s, _ in speakers.most_common() if s), "")
            first = doc[d.mentions[0].start]
            policies.append(PolicyAnnotation(d.owner, d.name, d.period_start, d.period_end, d.adopted,
                                             first.idx, _end_char(doc[d.mentions[-1].end - 1]),
                                             tuple(priorities), speaker))
        doc._.pipeline_policies = policies


def _partner_key(partner: str, code: str) -> str:
    return code.lower() if code else re.sub(r"\W", "", partner.lower())[:5]


def _dedupe(items: list[Item], owner: str, lead_end: int, doc: Doc) -> list[Item]:
    """Drop the owner as its own partner and, of two mentions of one partner, the one in the headline or lead (a
    summary of what the text lists later), unless both stand in one sentence ("names X as a key partner and calls
    for the partnership to ...")."""
    for item in items:
        item.partners = [(p, c) for p, c in item.partners if c != owner]
    last: dict[str, int] = {}
    for n, item in enumerate(items):
        for p, c in item.partners:
            last[_partner_key(p, c)] = n
    out = []
    for n, item in enumerate(items):
        if item.partners:
            item.partners = [(p, c) for p, c in item.partners
                             if last[_partner_key(p, c)] == n or item.start >= lead_end
                             or doc[items[last[_partner_key(p, c)]].start].sent.start == doc[item.start].sent.start]
            if not item.partners:
                continue
        if any(o.relation.lower() == item.relation.lower() and not o.partners and not item.partners for o in out):
            continue
        out.append(item)
    return out


def _end_char(tok: Token) -> int:
    return tok.idx + len(tok)


def _speaker(doc: Doc, char: int) -> str:
    for q in doc._.pipeline_quotes or []:
        if q.start <= char < q.end and q.speaker:
            return q.speaker
    return ""
