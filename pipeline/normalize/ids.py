"""Stable ids derived from canonical forms (same corpus -> same ids)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

PREFIX = {"PERSON": "person", "ORG": "org", "COUNTRY": "country"}


def slug(text: str) -> str:
    """ASCII, lower-case, hyphen-separated form of ``text``."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return s or hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def entity_id(label: str, canonical: str) -> str:
    """``person:ravshan-nazarov``, ``org:csto``, ``country:KAZ``."""
    prefix = PREFIX.get(label, label.lower())
    if label == "COUNTRY":
        return f"{prefix}:{canonical.upper()}"
    return f"{prefix}:{slug(canonical)}"


def local_id(doc_id: str, kind: str, index: int) -> str:
    """Document-scoped row id: ``kz/panel#q3``."""
    return f"{doc_id}#{kind}{index}"
