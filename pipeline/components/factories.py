"""Stage 2: every spaCy factory of ours, registered in this one module.

spaCy finds a factory by its name: ``nlp.add_pipe("pipeline_attribution")``
and a saved pipeline's ``config.cfg`` name it, and spaCy looks the name up in
its registry. Importing this module registers them all (``nlp.register_components``
does it; the ``spacy_factories`` entry points in ``pyproject.toml`` point here
too, so ``spacy.load`` of a saved pipeline finds them without our import).

A new component is one subpackage (class + ``to_disk``/``from_disk``) plus one
factory here and one entry point line; README "Adding a component" lists them.
A factory creates its component empty and cheaply (spaCy's convention): the data comes from the
component's ``initialize`` (``pipeline.nlp.assemble`` calls it) or from ``from_disk`` when a saved
pipeline loads, never both (the country, organization and person rulers so far).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.lang.en import English
from spacy.language import Language

from .attribution import Attribution
from .base_model import IndexedAttributeRuler, MemoLemmatizer
from .claim_kinds import ClaimKinds
from .countries import CountryRuler
from .organizations import OrgRuler
from .persons import PersonRuler
from .policy import Policy


@Language.factory(
    "pipeline_country_ruler",
    default_config=dict(CountryRuler.KEYS),
    assigns=["doc.spans"],
    requires=["token.dep", "token.ent_type"],
)
def make_country_ruler(nlp: Language, name: str, spans_key: str, places_key: str) -> CountryRuler:
    return CountryRuler(nlp, name, spans_key=spans_key, places_key=places_key)


@Language.factory(
    "pipeline_org_ruler",
    assigns=["doc.spans"],
    requires=["doc.ents", "token.pos"],
    default_config=dict(OrgRuler.KEYS),
)
def make_org_ruler(nlp: Language, name: str, spans_key: str, countries_key: str, places_key: str) -> OrgRuler:
    return OrgRuler(nlp, name, spans_key=spans_key, countries_key=countries_key, places_key=places_key)


@Language.factory(
    "pipeline_person_ruler",
    assigns=["doc.spans", "doc._.pipeline_affiliations"],
    requires=["doc.ents", "token.dep", "token.pos"],
    default_config=dict(PersonRuler.KEYS),
)
def make_person_ruler(nlp: Language, name: str, spans_key: str, bylines_key: str) -> PersonRuler:
    return PersonRuler(name, spans_key=spans_key, bylines_key=bylines_key)


@Language.factory(
    "pipeline_attribution",
    assigns=["doc._.pipeline_quotes"],
    requires=["token.dep", "token.lemma", "doc.sents", "doc.spans"],
    default_config={"persons_key": "persons", "countries_key": "countries", "organizations_key": "organizations"},
)
def make_attribution(nlp: Language, name: str, persons_key: str, countries_key: str,
                     organizations_key: str) -> Attribution:
    return Attribution(name, persons_key=persons_key, countries_key=countries_key,
                       organizations_key=organizations_key)


@Language.factory(
    "pipeline_policy",
    assigns=["doc._.pipeline_policies"],
    requires=["doc.sents", "token.pos", "token.dep", "doc._.pipeline_quotes"],
    default_config=dict(Policy.KEYS),
)
def make_policy(nlp: Language, name: str, countries_key: str, organizations_key: str) -> Policy:
    return Policy(name, countries_key=countries_key, organizations_key=organizations_key)


@Language.factory(
    "pipeline_claim_kinds",
    assigns=["doc._.pipeline_kind_model"],
    requires=["doc._.pipeline_quotes"],
)
def make_claim_kinds(nlp: Language, name: str) -> ClaimKinds:
    return ClaimKinds(name)


@Language.factory(
    "pipeline_attribute_ruler",
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_indexed_attribute_ruler(
    nlp: Language, name: str, validate: bool, scorer: Callable | None
) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


@English.factory(
    "pipeline_lemmatizer",
    assigns=["token.lemma"],
    default_config={
        "model": None,
        "mode": "rule",
        "overwrite": False,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
    default_score_weights={"lemma_acc": 1.0},
)
def make_memo_lemmatizer(
    nlp: Language, model, name: str, mode: str, overwrite: bool, scorer: Callable | None
) -> MemoLemmatizer:
    return MemoLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
