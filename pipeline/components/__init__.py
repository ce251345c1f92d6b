"""spaCy components that ANNOTATE a Doc (extractors read what they write).

One module per component: factory + class (+ to_disk/from_disk for data);
helpers of a component live beside it as ``<area>_*.py``. Types: pipeline/annotations.py.
What each writes, for extractors to read:

| component               | writes                                                                   |
|-------------------------|--------------------------------------------------------------------------|
| pipeline_country_ruler  | ``doc.spans["countries"]``: label COUNTRY, ``kb_id_`` = ISO3; ``doc.spans["places"]``: PLACE (cities, capitals not standing for their state) |
| pipeline_org_ruler      | ``doc.spans["organizations"]``: label ORG, ``kb_id_`` = canonical key     |
| pipeline_person_ruler   | ``doc.spans["persons"]`` (``kb_id_`` = full name), ``doc.spans["bylines"]``, ``doc._.affiliations`` |
| pipeline_attribution    | ``doc._.quotes``: direct and reported quotes with resolved speakers      |
| pipeline_policy         | ``doc._.policies``: policy documents and their listed priorities         |

``pipeline_attribute_ruler`` (attribute_rules.py) and ``pipeline_lemmatizer``
(lemma_rules.py) write nothing new: they stand in for the base model's
``attribute_ruler`` and rule ``lemmatizer`` with the same data and the same
annotations (POS, morphology, lemmas), in a fraction of the time.

Importing this package registers the factories (``nlp.assemble`` does it).
"""

from . import attribute_rules, attribution, country_ruler, lemma_rules, org_ruler, person_ruler, policy  # noqa: F401
