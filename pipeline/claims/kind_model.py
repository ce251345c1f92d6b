"""Claims: a learned kind for the claims the rules leave a fact (:func:`.kind.kind_of` found no cue).

The rules decide every claim with a cue of its kind ("will", "should", "believes", an evaluative word
predicated of something). What they leave a fact is where the gold writers' conventions are hardest to put in
word lists: a writer's verdict without an evaluative word ("The weakness is money", "China is handled with
caution"), a reported judgement in plain words. A small multinomial logistic regression over the claim's
words (lemmas; proper names and numbers as classes), its root, modals and predicates, whether it is spoken,
and what the rules found, says which of the four kinds such a claim is.

The model is plain data -- feature -> one weight per kind, a bias per kind -- saved as JSON with the
pipeline, scored by dict look-ups:

    kind = argmax_k (bias_k + sum_f weight_fk / sqrt(n))   over the n distinct known features f

:func:`train` fits it from zero weights by full-batch Adam with L2 (deterministic: the same examples give the
same weights); numpy only. The examples come from the gold sets' claims at ``make models``
(components/claim_kinds/training.py).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from spacy.tokens import Span

from ..components.tokens import dep_id, token_strings
from ..components.tokens import words_of as token_words
from ..learning import TrainingOptions, adam
from .kind import Kind
from .lexicon import like_numbers, words_of

KINDS = ("fact", "opinion", "prediction", "recommendation")
FORMAT = 1  # the saved file's format; a file of another format is not read (the rules alone decide)
FILE_NAME = "kind_model.json"
_DIGITS = 6  # significant digits kept of the weights: the saved model decides exactly as the trained one
_PREDICATES = frozenset({dep_id("acomp"), dep_id("attr")})  # as Words.dep holds them


def claim_features(span: Span, ruled: Kind, spoken: str, report: Span | None = None) -> list[str]:
    """The features of a claim: what the rules found, whether it is spoken ("direct", "indirect", "" for the
    writer's own text), the lemma of the verb that reports it (``report``, the reporting cue's tokens: "argued",
    "announced"), its root, first word, words, modals and predicates.

    Example: "The weakness is money" (writer, no cue) -> ["rule=fact", "cue=", "rulecue=fact|", "spoken=",
    "root=be", "roottag=VBZ", "rootpos=AUX", "first=the", "w=the", "w=weakness", "w=be", "pred=money",
    "w=money"]; reported by "argued", the list gains "report=argue".
    """
    cue = ruled.cue.lower()
    root = span.root
    features = [f"rule={ruled.kind}", f"cue={cue}", f"rulecue={ruled.kind}|{cue}", f"spoken={spoken}",
                f"root={root.lemma_.lower()}", f"roottag={root.tag_}", f"rootpos={root.pos_}"]
    if report is not None and len(report):
        features.append(f"report={report.root.lemma_.lower()}")
    doc = span.doc
    lowers, lemmas, _ = words_of(doc)  # read once per Doc, shared with the kind rules
    words, tags, numbers = token_words(doc), token_strings(doc, "tag"), like_numbers(doc)
    features.append(f"first={lowers[span.start]}")
    for i in range(span.start, span.end):
        if words.is_punct[i] or words.is_space[i]:
            continue
        if tags[i] == "MD":
            features.append(f"md={lowers[i]}")
        if words.dep[i] in _PREDICATES:
            features.append(f"pred={lemmas[i]}")
        features.append("w=" + ("<PROPN>" if words.pos[i] == "PROPN" else "<NUM>" if numbers[i] else lemmas[i]))
    return features


DEFAULT_OPTIONS = TrainingOptions(l2=0.3, steps=300)


@dataclass(frozen=True)
class KindModel:
    """A trained claims-kind model: feature -> one weight per kind (in ``KINDS`` order), a bias per kind."""

    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]
    about: dict[str, object] = field(default_factory=dict, compare=False)  # what it was trained on (not used)

    def kind(self, features: Sequence[str]) -> str:
        """The most likely kind of a claim with ``features``."""
        weights = self.weights
        known = [w for f in set(features) if (w := weights.get(f)) is not None]
        scale = 1.0 / math.sqrt(len(known)) if known else 0.0
        # fsum: exactly rounded, so the total does not depend on the set's order (which the hash seed decides);
        # each kind's weights read as one column of the known features' rows
        columns = zip(*known, strict=True) if known else [()] * len(self.bias)
        totals = [b + scale * math.fsum(column) for b, column in zip(self.bias, columns, strict=False)]
        return KINDS[max(range(len(KINDS)), key=totals.__getitem__)]

    def save(self, path: Path) -> None:
        """Write the model as JSON (features sorted: the same model gives the same bytes)."""
        data = {"format": FORMAT, "kinds": list(KINDS), "bias": list(self.bias), "about": self.about,
                "weights": {f: list(self.weights[f]) for f in sorted(self.weights)}}
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> KindModel | None:
        """The model saved at ``path``; None when there is none or it is of another format or kind set."""
        if not path.is_file():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or tuple(data.get("kinds", ())) != KINDS:
            return None
        return cls({f: tuple(w) for f, w in data["weights"].items()}, tuple(data["bias"]), data.get("about", {}))


def train(examples: Sequence[Sequence[str]], labels: Sequence[str],
          options: TrainingOptions = DEFAULT_OPTIONS) -> KindModel:
    """Fit a :class:`KindModel` to claims' features and gold kinds (each one of ``KINDS``)."""
    counts = Counter(f for features in examples for f in set(features))
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= options.min_count))}
    x = np.zeros((len(examples), len(vocabulary)), dtype=np.float64)
    for row, features in enumerate(examples):
        x[row, [vocabulary[f] for f in set(features) if f in vocabulary]] = 1.0
    x /= np.maximum(np.sqrt(x.sum(axis=1, keepdims=True)), 1.0)
    y = np.eye(len(KINDS))[[KINDS.index(label) for label in labels]]
    weights, bias = _fit(x, y, options)
    return KindModel({f: tuple(_round(v) for v in weights[i]) for f, i in vocabulary.items()},
                     tuple(_round(v) for v in bias), {"claims": len(examples), "features": len(vocabulary)})


def _fit(x: np.ndarray, y: np.ndarray, options: TrainingOptions) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression with L2 (not on the biases) by full-batch Adam from zero weights; the weights and the
    biases are one vector to Adam (the rows of the weight matrix, then the biases)."""
    n, size, kinds = len(x), x.shape[1], y.shape[1]

    def gradient(theta: np.ndarray) -> np.ndarray:
        weights, bias = theta[:-kinds].reshape(size, kinds), theta[-kinds:]
        z = x @ weights + bias
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        return np.concatenate([(x.T @ (p - y) / n + options.l2 * weights / n).ravel(), (p - y).mean(axis=0)])

    theta = adam(np.zeros(size * kinds + kinds), gradient, options)
    return theta[:-kinds].reshape(size, kinds), theta[-kinds:]


def _round(value: float) -> float:
    return float(f"{value:.{_DIGITS}g}")
