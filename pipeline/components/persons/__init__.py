"""Component ``pipeline_person_ruler``: persons, bylines and affiliations.

- ``lexicon``: titles, roles and cue words (``pipeline/data/persons``);
- ``tokens``: token-shape helpers;
- ``names``: person-name mentions found with evidence from the text;
- ``roles``: roles and institutions before and after a name;
- ``affiliations``: person–role–organization relations;
- ``resolve``: surnames and short forms linked to the document's full names;
- ``component``: the :class:`PersonRuler` class.
"""

from .component import PersonRuler

__all__ = ["PersonRuler"]
