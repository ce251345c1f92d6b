"""Component ``pipeline_org_ruler``: organizations with canonical keys, in ``doc.spans``.

- ``lexicon``: known organizations and aliases (``pipeline/data/organizations``);
- ``tokens``, ``patterns``: token helpers and name-shaped candidates;
- ``acronyms``: acronym ↔ full-name definitions and links;
- ``contexts``, ``filters``: appositions, units, and which NER candidates to keep;
- ``component``: the :class:`OrgRuler` class.
"""

from .component import OrgRuler

__all__ = ["OrgRuler"]
