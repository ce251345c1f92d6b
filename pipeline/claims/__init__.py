"""Stage 3 helpers for the claims table: which text units are claims, their kind and their hedge.

``units`` cuts the candidate units (quote pieces, the document's own sentences), ``claimants`` says
whose each quote's claims are (its speaker, an organization or state, nobody named, the document), ``exclusions``
says which are no claims (questions, topic-only reports, statements about the event, headlines),
``kind`` and ``hedging`` label them, all from the parse and the word lists of ``lexicon``.
"""

from __future__ import annotations

from .hedging import hedge
from .kind import Kind, kind_of
from .lexicon import ClaimLexicon, load_lexicon

__all__ = ["ClaimLexicon", "Kind", "hedge", "kind_of", "load_lexicon"]
