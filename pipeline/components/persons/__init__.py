"""Component ``pipeline_person_ruler``: persons, bylines and affiliations.

- ``lexicon``: titles, roles and cue words (``pipeline/data/persons``);
- ``tokens``: token-shape helpers;
- ``names``: person-name mentions found with evidence from the text;
- ``roles``: roles and institutions before and after a name;
- ``after_name``: the role, organization and country stated right after a name;
- ``parties``: party memberships ("a Labour MP", "(D-Ohio)");
- ``referents``, ``possessive``: organizations a role refers back to ("the company's", "Its director, X");
- ``affiliations``: person–role–organization relations;
- ``resolve``: surnames and short forms linked to the document's full names;
- ``component``: the :class:`PersonRuler` class.
"""

from .component import PersonRuler

__all__ = ["PersonRuler"]
