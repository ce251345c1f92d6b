"""Component ``pipeline_policy``: national policy documents and their priorities.

- ``lexicon``: document types, cues and partner words (``pipeline/data/policy``);
- ``documents``: document mentions, owners, periods and adoption dates;
- ``sentence_cues``: the cues that may match each sentence, picked once per sentence by their necessary words;
- ``words``: a Doc's token attributes as lists (shared with the other components), for rules that scan ranges;
- ``items``, ``lists``, ``partners``: priority items, list splitting and partners (with ``members``, ``roles``,
  ``topics``, ``predications``, ``copulas``, ``passives``, ``intents``, ``levels``, ``regions`` for the
  constructions that name them);
- ``component``: the :class:`Policy` class.
"""

from .component import Policy

__all__ = ["Policy"]
