"""``per_doc(doc, key, build)``: an answer computed once per Doc and kept with it.

Rules across the stages ask the same question of one Doc many times (its text, its sentence bounds, the children
of every token). :func:`per_doc` computes the answer on the first call and keeps it in ``doc.user_data`` under a
tuple key, with the Doc's length, so that a retokenized Doc gets a fresh answer. Answers are plain values (ints,
lists, str, numpy arrays), so the Doc still serializes.

    text = per_doc(doc, ("pipeline", "text"), lambda d: d.text)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc

_T = TypeVar("_T")


def per_doc(doc: Doc, key: tuple[str, ...], build: Callable[[Doc], _T]) -> _T:
    """``build(doc)``, computed once per Doc and kept in ``doc.user_data`` under ``key`` with the Doc's length
    (built again when the Doc was retokenized since)."""
    store: dict[object, object] = doc.user_data  # type: ignore[assignment]  # spaCy types it dict[str, Any]
    cached = store.get(key)
    if type(cached) is tuple and len(cached) == 2 and cached[0] == len(doc):
        return cached[1]  # type: ignore[no-any-return]
    found = build(doc)
    store[key] = (len(doc), found)
    return found
