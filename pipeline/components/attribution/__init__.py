"""Component ``pipeline_attribution``: who said what, written to ``doc._.pipeline_quotes``.

Modules, in the order a document meets them:

- ``marks``: quotation-mark pairing and paragraphs (``quoted_spans``);
- ``candidates``: what the matchers find (``QuoteCandidate``, ``SpeakerMention``);
- ``direct`` (which quotations are statements), ``direct_cues`` (where a quotation's cue is),
  ``direct_subjects``, ``pronouns``: direct quotes and their speakers;
- ``indirect``, ``according``, ``frames``, ``objects``, ``topics``, ``content``: reported speech
  ("X said that …", "According to X, …") and its content bounds;
- ``headline``: "X: …" headline statements; ``markup``: no statements read from tags (embedded posts);
- ``mentions``: what an attribution's subject names (a name, he/she, a role, a group);
- ``speakers``: resolving a speaker mention to a full name across the document (``resolve_speakers``);
- ``sources``: organizations, states and groups as the source of a statement;
- ``context``, ``syntax``: per-Doc indexes and dependency helpers shared by the above;
- ``lexicon``, ``direct_lexicon``: the word lists in ``pipeline/data/attribution*``;
- ``component``: the :class:`Attribution` class that runs them.
"""

from .component import Attribution

__all__ = ["Attribution"]
