"""Component pipeline_claim_kinds: holds the claims-kind model and hands it to the claims extractor.

``initialize`` with the pipeline (``make models``) trains the model (pipeline/claims/kind_model.py) on the gold
claims of the sets ``training_sets.txt`` lists (training.py); ``to_disk`` saves it beside the pipeline and
``from_disk`` reads it back. Each Doc gets a reference to it in ``doc._.pipeline_kind_model`` (nothing is
copied): the claims extractor asks it the kind of the claims its rules leave a fact. Without gold sets (an
installed package) there is no model and the rules alone decide.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ...annotations import register_extensions
from ...claims.kind_model import DEFAULT_OPTIONS, FILE_NAME, KindModel, TrainingOptions
from ...training_sets import LIST_FILE, read_training_sets
from .training import train_from_sets

log = logging.getLogger(__name__)

register_extensions()


class ClaimKinds:
    """The claims-kind model of the pipeline (None: none trained)."""

    def __init__(self, name: str, *, list_file: Path = LIST_FILE, options: TrainingOptions = DEFAULT_OPTIONS):
        self.name = name
        self.list_file = list_file
        self.options = options
        self.model: KindModel | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Train the model on the gold sets of ``list_file``, given the pipeline ``nlp`` to run them through."""
        self.model = None
        if nlp is None:
            return
        sets = read_training_sets(self.list_file)
        if not sets:
            log.warning("no gold sets of %s found: no claims-kind model (the rules alone decide)", self.list_file)
            return
        self.model = train_from_sets(nlp, sets, self.options, self.name)
        if self.model is not None:
            log.info("claims-kind model: %s", self.model.about)

    def __call__(self, doc: Doc) -> Doc:
        doc._.pipeline_kind_model = self.model
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the model (if any) under ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.model is not None:
            self.model.save(path / FILE_NAME)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ClaimKinds:
        """Read the model saved by :meth:`to_disk` (none saved: no model)."""
        self.model = KindModel.load(Path(path) / FILE_NAME)
        return self
