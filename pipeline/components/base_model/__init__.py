"""The base model as our runs load it: two faster stand-ins and the BLAS switch.

- ``attribute_ruler``: :class:`IndexedAttributeRuler`, spaCy's attribute ruler
  with indexed matching (same annotations);
- ``lemmatizer``: :class:`MemoLemmatizer`, spaCy's English rule lemmatizer with
  every answer remembered (same lemmas);
- ``blas``: the model's layers multiply through numpy's BLAS, one thread per process;
- ``paragraphs``: ``paragraph_breaks``, a blank line ends a sentence before the parser runs.
"""

from .attribute_ruler import IndexedAttributeRuler, use_indexed_attribute_ruler
from .lemmatizer import MemoLemmatizer, use_memo_lemmatizer
from .paragraphs import use_paragraph_starts

__all__ = ["IndexedAttributeRuler", "MemoLemmatizer", "use_indexed_attribute_ruler", "use_memo_lemmatizer",
           "use_paragraph_starts"]
