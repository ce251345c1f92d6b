"""Which BLAS multiplies the base model's matrices, and with how many threads.

thinc's ``NumpyOps`` multiplies matrices with blis. The prebuilt blis wheels from
1.2 on (thinc 8.3.12, which spaCy 3.8 requires, needs 1.3) choose blis's slow
*generic* kernel on CPUs they do not recognise; AMD Zen 3, which many cloud
machines run, is one (``BLIS_ARCH_DEBUG=1`` prints ``selecting
sub-configuration 'generic'``; blis 1.1 still chose its Zen 2 kernel there).
numpy's own BLAS (OpenBLAS, which picks its kernel for the CPU at run time) does
the tok2vec-sized products 2.7 times as fast there, on one thread, and as fast as
blis 1.1's tuned kernel did. So by default (``Settings.blas = "numpy"``) the
model's layers multiply through numpy; ``"blis"`` keeps thinc's default.

The choice is made per loaded ``Language`` (:func:`use_blas`: its layers get
``NumpyOps(use_blis=False)``), not process-wide. spaCy's parser keeps blis for
the small per-step products of its Cython loop, which Python cannot reach.

Floating-point sums in another order can differ in the last bits; on the
233,240 tokens of the annotation check every tag, dependency, entity and lemma
came out the same.

We parallelize with processes, so each one multiplies on one thread
(:func:`one_blas_thread`, around the parse): OpenBLAS would otherwise start a
thread per core in every worker.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.language import Language
from thinc.api import NumpyOps

from .config import BLAS_CHOICES


def use_blas(nlp: Language, blas: str) -> None:
    """Make the layers of ``nlp``'s trainable components multiply with ``blas`` ("numpy" or "blis").

    Only layers on the CPU's ``NumpyOps`` change (a GPU's ops are left alone).
    """
    if blas not in BLAS_CHOICES:
        raise ValueError(f"unknown BLAS {blas!r}: expected one of {', '.join(BLAS_CHOICES)}")
    ops = NumpyOps(use_blis=blas == "blis")
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if isinstance(node.ops, NumpyOps):
                node.ops = ops


def uses_numpy_blas(nlp: Language) -> bool:
    """Whether every CPU layer of ``nlp`` multiplies through numpy's BLAS."""
    nodes = [node for _, component in nlp.pipeline if hasattr(getattr(component, "model", None), "walk")
             for node in component.model.walk() if isinstance(node.ops, NumpyOps)]
    return bool(nodes) and all(not node.ops.use_blis for node in nodes)


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """numpy's BLAS runs on one thread inside the block (restored after it)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        yield
