"""Stage 2 helper for pipeline_policy: train the priority-sentence model from the gold sets in the repository.

``pipeline/data/policy/training_sets.txt`` lists the gold folders (paths relative to the repository) of
``<doc_id>.txt`` + ``<doc_id>.json`` files, one a line: ``FOLDER`` or ``FOLDER negatives`` (every sentence is a
negative: news without policy documents). A sentence is a positive
when a gold ``policy_priorities[].text`` starts in it (its first occurrence in the text); the other sentences
of the documents whose gold lists priorities (or says there are none) are negatives. The threshold is the one
of highest F1 over leave-one-folder-out scores (each folder scored by a model trained on the others).

An installed package has no gold sets: :func:`train_from_sets` then returns None and the component flags
nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ...config import ROOT
from ...corpus import gold_documents
from ...fingerprint import file_digest
from ...training_sets import TrainingSet, set_files
from .sentence_features import ContextWords, doc_features
from .sentence_model import DEFAULT_OPTIONS, SentenceModel, TrainingOptions, best_threshold, train

log = logging.getLogger(__name__)

_SENTENCE_PIPES = ("tok2vec", "paragraph_breaks", "parser", "senter")  # what doc.sents needs
_PARSE_BATCH = 16


@dataclass(frozen=True)
class GoldText:
    """A text of a training set and the offsets where its gold priorities start."""

    folder: Path
    text: str
    starts: tuple[int, ...]


def gold_texts(training_set: TrainingSet) -> Iterator[GoldText]:
    """The texts of a training set with their priorities' start offsets (the texts whose gold has none)."""
    for gold, text in gold_documents(training_set.folder):
        annotated = gold.get("annotated")
        if not training_set.negatives and annotated is not None and "policy_priorities" not in annotated:
            continue  # the gold says nothing of its priorities
        priorities = [] if training_set.negatives else gold.get("policy_priorities") or []
        starts = (text.find(p["text"]) for p in priorities if p.get("text"))
        yield GoldText(training_set.folder, text, tuple(sorted({s for s in starts if s >= 0})))


@dataclass
class _Examples:
    features: list[list[str]]
    labels: list[int]


def sentence_docs(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """The texts parsed into tokens and sentences only, as ``pipeline_policy`` sees them (the rest switched off)."""
    disable = [name for name in nlp.pipe_names if name not in _SENTENCE_PIPES]
    return nlp.pipe(texts, disable=disable, batch_size=_PARSE_BATCH)


def labelled_sentences(nlp: Language, texts: Sequence[GoldText], context: ContextWords) -> dict[Path, _Examples]:
    """Each training folder's sentences (features) and labels, the texts parsed once."""
    out: dict[Path, _Examples] = {}
    for gold, doc in zip(texts, sentence_docs(nlp, (t.text for t in texts)), strict=True):
        examples = out.setdefault(gold.folder, _Examples([], []))
        for start, end, feats in doc_features(doc, context):
            examples.features.append(feats)
            examples.labels.append(int(any(start <= s < end for s in gold.starts)))
    return out


def lofo_scores(examples: dict[Path, _Examples], context: ContextWords,
                options: TrainingOptions) -> dict[Path, list[float]]:
    """Each folder's sentence scores by a model trained on the other folders."""
    out = {}
    for held in examples:
        rest = [e for f, e in examples.items() if f != held]
        model = train([x for e in rest for x in e.features], [y for e in rest for y in e.labels], context, options)
        out[held] = [model.score(x) for x in examples[held].features]
    return out


def train_from_sets(nlp: Language, sets: Sequence[TrainingSet], context: ContextWords,
                    options: TrainingOptions = DEFAULT_OPTIONS) -> SentenceModel | None:
    """The model trained on every set, its threshold chosen leave-one-folder-out; None without positives or a
    parser (no sentences).

    Trained once per process for the same gold files, words, options and base model (a test session assembles
    the pipeline several times): kept in memory, never on disk.
    """
    if not any(name in nlp.pipe_names for name in ("parser", "senter")):
        log.warning("no parser in the pipeline: no priority-sentence model")
        return None
    files = tuple((path, file_digest(path)) for path in set_files(sets))
    key = (tuple(sets), files, context, options, nlp.lang, nlp.meta.get("name"), nlp.meta.get("version"))
    if key not in _TRAINED:
        _TRAINED[key] = _train_from_sets(nlp, sets, context, options)
    return _TRAINED[key]


_TRAINED: dict[tuple, SentenceModel | None] = {}


def _train_from_sets(nlp: Language, sets: Sequence[TrainingSet], context: ContextWords,
                     options: TrainingOptions) -> SentenceModel | None:
    texts = [t for s in sets for t in gold_texts(s)]
    examples = labelled_sentences(nlp, texts, context)
    labels = [y for e in examples.values() for y in e.labels]
    if not any(labels) or len(examples) < 2:
        log.warning("too little gold to train the priority-sentence model (%d folders)", len(examples))
        return None
    held_out = lofo_scores(examples, context, options)
    threshold = best_threshold([s for f in examples for s in held_out[f]], [y for f in examples for y in
                                                                          examples[f].labels])
    model = train([x for e in examples.values() for x in e.features], labels, context, options, threshold)
    about = {**model.about, "folders": [_relative(f) for f in examples], "documents": len(texts)}
    return SentenceModel(model.features, model.bias, model.threshold, context, about)


def _relative(path: Path) -> str:
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()
