"""Stage 2 component pipeline_policy: countries' policy documents and the priorities the text lists for them."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ...annotations import PolicyAnnotation, PriorityAnnotation, register_extensions
from ...doctext import doc_text, paragraphs
from ..rule_component import LexiconComponent
from ..tokens import token_numbers
from .dates import date_documents
from .documents import PolicyDocument, resolve_documents
from .items import Item
from .lexicon import DATA_DIR, PolicyLexicon
from .mentions import find_mentions
from .owners import country_index, headline_capital
from .priorities import find_items

register_extensions()
log = logging.getLogger(__name__)


class Policy(LexiconComponent[PolicyLexicon]):
    """Finds policy documents ("Kazakhstan's Foreign Policy Concept for 2020-2030") and their priorities.

    Reads ``doc.spans[countries_key]`` (kb_id_ = ISO3), ``doc.spans[organizations_key]`` and ``doc._.pipeline_quotes``;
    writes ``doc._.pipeline_policies``. Lexicons come from ``pipeline/data/policy`` (``initialize``) or the copy
    saved with the pipeline (``from_disk``), read once (:mod:`..rule_component`).
    """

    DATA_DIR = DATA_DIR
    KEYS = {"countries_key": "countries", "organizations_key": "organizations"}
    countries_key: str
    organizations_key: str

    def _read(self, folder: Path) -> PolicyLexicon:
        return PolicyLexicon.from_dir(folder)

    def __call__(self, doc: Doc) -> Doc:
        documents, items = self.match(doc)
        self.set_annotations(doc, documents, items)
        return doc

    def match(self, doc: Doc) -> tuple[list[PolicyDocument], list[Item]]:
        """The documents the text names and the priority phrases found for them."""
        countries = country_index(doc, self.countries_key)
        if not countries and not headline_capital(doc):  # every document needs a country as its owner
            return [], []
        mentions = find_mentions(doc, self.lexicon)
        if not mentions:
            return [], []
        documents = resolve_documents(doc, mentions, countries)
        if not documents:
            return [], []
        date_documents(doc, documents)
        spans: dict[int, Span] = {}
        for span in doc.spans.get(self.organizations_key, []) if self.organizations_key in doc.spans else []:
            for i in range(span.start, span.end):
                spans[i] = span
        spans.update(countries)
        return documents, find_items(doc, mentions, self.lexicon, spans, flagged=self.flagged_sentences(doc))

    def flagged_sentences(self, doc: Doc) -> frozenset[int]:
        """Start character offsets of the sentences a sentence model flags as stating priorities (none yet)."""
        return frozenset()

    def set_annotations(self, doc: Doc, documents: list[PolicyDocument], items: list[Item]) -> None:
        """Write ``doc._.pipeline_policies``: each document with its ranked priorities, one per partner."""
        policies = []
        for k, d in enumerate(documents):
            mine = _dedupe([i for i in items if i.document == k], d.owner, _lead_end(doc), doc)
            if not mine:
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


def _lead_end(doc: Doc) -> int:
    """Token index where the text's lead ends: after its headline and first paragraph."""
    spans = paragraphs(doc_text(doc))
    end_char = spans[1][1] if len(spans) > 1 else spans[0][1]
    return bisect_left(token_numbers(doc, "idx"), end_char)


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
