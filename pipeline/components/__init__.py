"""spaCy components that ANNOTATE a Doc (extractors read what they write).

One subpackage per component (``countries/``, ``organizations/``, ``persons/``,
``attribution/``, ``policy/``; ``base_model/`` for the base model's stand-ins and
the BLAS switch): its ``component.py`` holds the class (+ ``to_disk``/``from_disk``
for its data), the other modules its steps. Every factory is registered in
``factories.py``. Types: pipeline/annotations.py. What each writes, for
extractors to read:

- ``pipeline_country_ruler``: ``doc.spans["countries"]`` (label COUNTRY, ``kb_id_`` = ISO3) and
  ``doc.spans["places"]`` (PLACE: cities, capitals not standing for their state);
- ``pipeline_org_ruler``: ``doc.spans["organizations"]`` (label ORG, ``kb_id_`` = canonical key);
- ``pipeline_person_ruler``: ``doc.spans["persons"]`` (``kb_id_`` = full name), ``doc.spans["bylines"]``,
  ``doc._.pipeline_affiliations``;
- ``pipeline_attribution``: ``doc._.pipeline_quotes``, direct and reported quotes with resolved speakers
  or their organization/group source;
- ``pipeline_policy``: ``doc._.pipeline_policies``, policy documents and their ranked priorities.

``pipeline_attribute_ruler`` (base_model/attribute_ruler.py) and ``pipeline_lemmatizer``
(base_model/lemmatizer.py) write nothing new: they stand in for the base model's
``attribute_ruler`` and rule ``lemmatizer`` with the same data and the same
annotations (POS, morphology, lemmas), in a fraction of the time.

Shared by the rule components: ``rule_component.py`` (span-group keys from the factory's config, data
loaded once by ``initialize`` or ``from_disk``) and ``tokens.py`` (a Doc's token attributes read once,
one ``Doc.to_array``, from which each component picks its candidate tokens).

Importing ``factories`` registers the factories (``nlp.register_components`` does it).
"""
