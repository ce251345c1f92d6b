"""Component ``pipeline_attribution``: who said what, written to ``doc._.quotes``.

Modules, in the order a document meets them:

- ``marks``: quotation-mark pairing and paragraphs (``quoted_spans``);
- ``direct``, ``direct_subjects``, ``pronouns``: direct quotes and their speakers;
- ``indirect``, ``frames``, ``objects``, ``topics``, ``content``: reported speech
  ("X said that …", "According to X, …") and its content bounds;
- ``headline``: "X: …" headline statements;
- ``speakers``: resolving a speaker mention to a full name across the document;
- ``context``, ``syntax``: per-Doc indexes and dependency helpers shared by the above;
- ``lexicon``, ``direct_lexicon``: the word lists in ``pipeline/data/attribution*``;
- ``component``: the :class:`Attribution` class that runs them.
"""

from .component import Attribution

__all__ = ["Attribution"]
