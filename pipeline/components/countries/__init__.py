"""Component ``pipeline_country_ruler``: countries (ISO3) and places, in ``doc.spans``.

- ``lexicon``: names, official names, acronyms, demonyms and capitals from
  ``pipeline/data/countries`` compiled into patterns;
- ``context``: which matches the context allows (a capital standing for its state, …);
- ``component``: the :class:`CountryRuler` class.
"""

from .component import CountryRuler

__all__ = ["CountryRuler"]
