"""Stage 2 set-up: build the spaCy Language (base English model + our components).

``make models`` calls :func:`save_pipeline`, which assembles the base model and
our rule components (with their pattern/alias data) and saves it with
``nlp.to_disk`` under ``models/pipeline``; :func:`build_nlp` loads that when it
is there and assembles in memory otherwise. Assembling also trains pipeline_policy's
priority-sentence model on the gold sets in the repository (its ``initialize`` gets
the pipeline to parse them with: components/policy/sentence_training.py).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import shutil
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy
from spacy.language import Language

from .components.base_model.blas import use_blas
from .config import BASE_MODELS, Settings
from .errors import Errors, PipelineError
from .fingerprint import source_fingerprint  # computed from files: pipeline/fingerprint.py

log = logging.getLogger(__name__)

# Our components, in pipeline order (factories: pipeline/components/factories.py).
COMPONENTS: tuple[str, ...] = (
    "pipeline_country_ruler",
    "pipeline_org_ruler",
    "pipeline_person_ruler",
    "pipeline_attribution",
    "pipeline_claim_kinds",
    "pipeline_policy",
)


# Which base-model component provides an attribute that a component `requires`.
_PROVIDERS: dict[str, tuple[str, ...]] = {
    "token.lemma": ("lemmatizer", "tagger", "attribute_ruler"),
    "token.pos": ("tagger", "attribute_ruler"),
    "token.tag": ("tagger",),
    "token.morph": ("tagger", "attribute_ruler"),
    "token.dep": ("parser",),
    "token.head": ("parser",),
    "token.is_sent_start": ("parser",),
    "doc.sents": ("parser",),
    "doc.ents": ("ner",),
    "token.ent_iob": ("ner",),
    "token.ent_type": ("ner",),
}
BASE_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter")


def needed_components(extractors: Iterable) -> set[str]:
    """Base and own components the given extractors need, from their ``requires``
    and our component factories' declared ``requires`` (spaCy factory meta)."""
    register_components()
    wanted = {r for ext in extractors for r in ext.requires}
    ours = [c for c in COMPONENTS if c in wanted]
    if ours:  # our components build on each other: keep every one up to the last needed
        ours = list(COMPONENTS[: max(COMPONENTS.index(c) for c in ours) + 1])
    needed = {w for w in wanted if w in BASE_COMPONENTS} | set(ours)
    for name in ours:
        for attr in Language.get_factory_meta(name).requires:
            needed.update(_PROVIDERS.get(attr, ()))
    if needed & {"tagger", "parser", "ner"}:
        needed.add("tok2vec")
    return needed


def unneeded_components(extractors: Iterable) -> list[str]:
    """Components (base and ours) that none of ``extractors`` needs: switched off for speed."""
    needed = needed_components(extractors)
    return [c for c in (*BASE_COMPONENTS, *COMPONENTS) if c not in needed]


def register_components() -> None:
    """Import our component modules so that spaCy knows their factories."""
    from .components import factories  # noqa: F401  (registers every factory of ours)


def base_model_name(settings: Settings) -> str:
    """The base pipeline to use: the setting, else the first installed of BASE_MODELS."""
    if settings.model:
        return settings.model
    for name in BASE_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise PipelineError(Errors.E011.format(tried=", ".join(BASE_MODELS)))


def assemble(settings: Settings) -> Language:
    """Base model + our components, built from the versioned data in pipeline/data.

    The base model's attribute ruler and rule lemmatizer are swapped for ours
    (same annotations, a fraction of their time: components/base_model/attribute_ruler.py,
    components/base_model/lemmatizer.py). The BLAS is chosen when a run loads the pipeline
    (:func:`build_nlp`, components/base_model/blas.py).
    """
    register_components()
    from .components.base_model import use_indexed_attribute_ruler, use_memo_lemmatizer, use_paragraph_starts
    name = base_model_name(settings)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise PipelineError(Errors.E011.format(tried=name) + f" ({exc})") from exc
    use_indexed_attribute_ruler(nlp)
    use_memo_lemmatizer(nlp)
    use_paragraph_starts(nlp)  # a blank line ends a sentence (components/base_model/paragraphs.py)
    for component in COMPONENTS:
        nlp.add_pipe(component)
    initialize_components(nlp)
    nlp.meta["pipeline_base_model"] = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
    nlp.meta["pipeline_source_fingerprint"] = source_fingerprint()
    return nlp


def initialize_components(nlp: Language) -> None:
    """Load our components' data (their ``initialize``: components are created empty, spaCy's convention).

    Not ``nlp.initialize()``: that would also reset the base model's trained weights.
    """
    for name in COMPONENTS:
        initialize = getattr(nlp.get_pipe(name), "initialize", None) if name in nlp.pipe_names else None
        if initialize is not None:
            initialize(lambda: [], nlp=nlp)


def save_pipeline(settings: Settings, path: Path | None = None) -> Path:
    """Assemble the pipeline and save it with ``nlp.to_disk`` (``make models``).

    The pipeline is written into a new folder beside ``path`` and swapped in once it is complete
    (:func:`_swap_in`): no file of an earlier save stays beside the new ones, and a save that fails or is
    interrupted leaves the previous pipeline as it was.
    """
    path = Path(path or settings.model_dir)
    nlp = assemble(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    _swap_in(path, nlp.to_disk)
    log.info("saved pipeline %s to %s", nlp.pipe_names, path)
    return path


def _swap_in(path: Path, write: Callable[[Path], object]) -> None:
    """``write`` a folder into a new hidden sibling of ``path``, then rename it to ``path``; the folder that was
    there is renamed aside first and removed. Between the two renames ``path`` is missing for a moment: a run
    that starts then assembles its pipeline in memory, it never loads half of one. What a killed save left
    beside ``path`` (``.NAME.new-*``, ``.NAME.old-*``) is removed first: one save per folder at a time."""
    for leftover in [*path.parent.glob(f".{path.name}.new-*"), *path.parent.glob(f".{path.name}.old-*")]:
        shutil.rmtree(leftover, ignore_errors=True)
    token = uuid.uuid4().hex[:12]
    new, old = path.with_name(f".{path.name}.new-{token}"), path.with_name(f".{path.name}.old-{token}")
    new.mkdir()  # with the umask's permissions, as nlp.to_disk would make ``path`` (not mkdtemp's 0o700)
    try:
        write(new)
    except BaseException:
        shutil.rmtree(new, ignore_errors=True)
        raise
    if path.exists():
        os.replace(path, old)
    os.replace(new, path)
    shutil.rmtree(old, ignore_errors=True)


def _is_current_pipeline(path: Path, source: str | None = None) -> bool:
    """A saved pipeline built from the current component code and data (``source``: their fingerprint,
    :func:`~pipeline.fingerprint.source_fingerprint`, when the caller has it; else computed here)."""
    meta = path / "meta.json"
    if not ((path / "config.cfg").is_file() and meta.is_file()):
        return False
    saved = json.loads(meta.read_text(encoding="utf-8")).get("pipeline_source_fingerprint")
    if saved != (source or source_fingerprint()):
        log.warning("%s was built from other component code or data; assembling in memory (run `make models`)", path)
        return False
    return True


def build_nlp(settings: Settings | None = None, *, disable: Iterable[str] = (),
              source: str | None = None) -> Language:
    """The Language to run: ``models/pipeline`` when saved there from the current code and data, else assembled.

    Args:
        settings: run settings (model name, model_dir, blas).
        disable: component names not to run (e.g. ``lemmatizer``).
        source: the fingerprint of our component code and data (:func:`~pipeline.fingerprint.source_fingerprint`)
            when the caller has computed it: a run does for its cache keys and hands it to its workers, which
            then compare the saved pipeline's meta with it instead of hashing the files again. None: computed
            here.
    """
    settings = settings or Settings()
    register_components()
    if settings.model is None and _is_current_pipeline(settings.model_dir, source):
        nlp = spacy.load(settings.model_dir, exclude=list(disable))
    else:
        if settings.model is None:
            log.info("no saved pipeline in %s (run `make models`); assembling in memory", settings.model_dir)
        nlp = assemble(settings)
        for name in disable:
            if name in nlp.pipe_names:
                nlp.remove_pipe(name)
    missing = [c for c in COMPONENTS if c not in nlp.pipe_names and c not in disable]
    if missing:  # an old saved pipeline: rebuild instead of running without them
        log.warning("saved pipeline lacks %s; assembling in memory (rerun `make models`)", missing)
        nlp = assemble(settings)
    use_blas(nlp, settings.blas)
    return nlp
