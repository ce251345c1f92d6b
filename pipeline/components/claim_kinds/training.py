"""Stage 2 helper for pipeline_claim_kinds: the claims-kind model's examples from the gold sets in the repository.

The sets are those ``pipeline/data/policy/training_sets.txt`` lists (:mod:`pipeline.training_sets`) but those
marked ``no-claims``, each text with gold ``claims``. Each text is run through the pipeline up to attribution;
each gold claim is matched to the first claim of the rules not matched yet whose text shares at least half its
words with it both ways (the scorer's rule for claims, :mod:`pipeline.matching`), and gives an example: the
rules' claim's features and the gold kind.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.language import Language

from ...claims.kind_model import KINDS, KindModel, TrainingOptions, claim_features, train
from ...claims.lexicon import default_lexicon
from ...corpus import gold_documents
from ...extractors.claims import RuledClaim, ruled_claims
from ...fingerprint import file_digest
from ...matching import greedy_pairs, same_text
from ...training_sets import TrainingSet, set_files

log = logging.getLogger(__name__)

_SKIPPED = ("pipeline_policy",)  # what claims do not read (nor the model's own component)
_PARSE_BATCH = 16


@dataclass(frozen=True)
class GoldClaims:
    """A text of a training set and its gold claims' (text, kind)."""

    text: str
    claims: tuple[tuple[str, str], ...]


def gold_claims(training_set: TrainingSet) -> Iterator[GoldClaims]:
    """The texts of a training set that have gold claims (none where the set is listed ``no-claims``)."""
    if not training_set.claims:
        return
    for gold, text in gold_documents(training_set.folder):
        claims = tuple((c["text"], c["kind"]) for c in gold.get("claims") or () if c.get("kind") in KINDS)
        if claims:
            yield GoldClaims(text, claims)


def matched(gold: GoldClaims, ruled: Sequence[RuledClaim]) -> Iterator[tuple[RuledClaim, str]]:
    """Each gold claim's rules' claim as the scorer pairs them (:func:`pipeline.matching.greedy_pairs` by
    :func:`pipeline.matching.same_text`), with the gold kind."""
    pairs = greedy_pairs(gold.claims, ruled, lambda g, r: same_text(g[0], r.span.text))
    return ((ruled[ri], gold.claims[gi][1]) for gi, ri in pairs)


def train_from_sets(nlp: Language, sets: Sequence[TrainingSet], options: TrainingOptions,
                    own: str) -> KindModel | None:
    """The model trained on the gold claims of ``sets`` (texts run through ``nlp`` without ``own``, the model's
    component); None without any.

    Trained once per process for the same gold files, options and base model (a test session assembles the
    pipeline several times): kept in memory, never on disk.
    """
    files = tuple((path, file_digest(path)) for path in set_files(sets))
    key = (tuple(sets), files, options, nlp.lang, nlp.meta.get("name"), nlp.meta.get("version"))
    if key not in _TRAINED:
        _TRAINED[key] = _train(nlp, sets, options, own)
    return _TRAINED[key]


_TRAINED: dict[tuple, KindModel | None] = {}


def _train(nlp: Language, sets: Sequence[TrainingSet], options: TrainingOptions, own: str) -> KindModel | None:
    texts = [g for s in sets for g in gold_claims(s)]
    lexicon = default_lexicon()
    off = [name for name in nlp.pipe_names if name in _SKIPPED or name == own]
    features, kinds = [], []
    for gold, doc in zip(texts, nlp.pipe((g.text for g in texts), disable=off, batch_size=_PARSE_BATCH), strict=True):
        for ruled, kind in matched(gold, list(ruled_claims(doc, lexicon))):
            features.append(claim_features(ruled.span, ruled.kind, ruled.unit.quote_kind or "", ruled.cue))
            kinds.append(kind)
    if len(set(kinds)) < len(KINDS):
        log.warning("too little gold to train the claims-kind model (%d claims)", len(kinds))
        return None
    model = train(features, kinds, options)
    return KindModel(model.weights, model.bias, {**model.about, "documents": len(texts)})
