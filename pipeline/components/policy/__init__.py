"""Component ``pipeline_policy``: national policy documents and their priorities.

- ``lexicon``: document types, cues and partner words (``pipeline/data/policy``);
- ``documents``: document mentions, owners, periods and adoption dates;
- ``items``, ``lists``, ``partners``: priority items, list splitting and partners;
- ``component``: the :class:`Policy` class.
"""

from .component import Policy

__all__ = ["Policy"]
