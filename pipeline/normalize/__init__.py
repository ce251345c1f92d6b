"""Stage 4, normalize: corpus-wide canonical names and ids, pure over records.

:func:`normalize` collects every name the extractors produced, clusters
spelling variants (persons, organizations), and returns a :class:`Resolution`
that maps each (label, doc_id, local key) to an entity id.
"""

from __future__ import annotations

from .resolve import Entity, Resolution, normalize

__all__ = ["Entity", "Resolution", "normalize"]
