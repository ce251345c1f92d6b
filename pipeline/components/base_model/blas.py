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
from thinc.api import Model, NumpyOps

from ...config import BLAS_CHOICES


def cpu_layers(nlp: Language) -> Iterator[Model]:
    """Every layer of ``nlp``'s trainable components that runs on the CPU's ``NumpyOps``."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            yield from (node for node in model.walk() if isinstance(node.ops, NumpyOps))


def use_blas(nlp: Language, blas: str) -> None:
    """Make the CPU layers of ``nlp`` multiply with ``blas`` ("numpy" or "blis"); a GPU's are left alone."""
    if blas not in BLAS_CHOICES:
        raise ValueError(f"unknown BLAS {blas!r}: expected one of {', '.join(BLAS_CHOICES)}")
    ops = NumpyOps(use_blis=blas == "blis")
    for node in list(cpu_layers(nlp)):
        node.ops = ops


def uses_numpy_blas(nlp: Language) -> bool:
    """Whether every CPU layer of ``nlp`` multiplies through numpy's BLAS."""
    layers = list(cpu_layers(nlp))
    return bool(layers) and all(isinstance(node.ops, NumpyOps) and not node.ops.use_blis for node in layers)


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """numpy's BLAS runs on one thread inside the block (restored after it)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        yield
