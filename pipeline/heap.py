"""Memory-manager settings for a process that has loaded its model and now only processes documents."""

from __future__ import annotations

import ctypes
import gc

# Young objects of one document die with it; at the default gen-0 threshold (700) the
# collector runs hundreds of times per hundred documents (~2% of the run).
_GEN0_THRESHOLD = 50_000

# glibc's mallopt parameters (malloc.h) and the values set: a parse allocates and frees the same
# arrays batch after batch; with glibc's dynamic thresholds a pool worker gave freed memory back to the
# system between its chunks and faulted it in again (~1,000 page faults per document, against ~60 once
# the heap has grown to its working size). Arrays over 32 MB (glibc's own dynamic maximum) are still
# mapped and returned apart; what the heap keeps is bounded by the trim threshold.
_M_TRIM_THRESHOLD, _M_TOP_PAD, _M_MMAP_THRESHOLD = -1, -2, -3
_HEAP_OPTIONS = ((_M_MMAP_THRESHOLD, 32 << 20), (_M_TRIM_THRESHOLD, 128 << 20), (_M_TOP_PAD, 16 << 20))


def settle_heap() -> None:
    """The collector stops re-scanning the loaded objects (``gc.freeze``) and runs less often; the C heap
    keeps the memory a parse frees for the next one (:func:`keep_freed_memory`)."""
    gc.freeze()
    _, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(_GEN0_THRESHOLD, gen1, gen2)
    keep_freed_memory()


def keep_freed_memory() -> bool:
    """Fixed glibc heap thresholds (``mallopt``) instead of the dynamic ones; False where there is no
    glibc ``mallopt`` (macOS, Windows), and nothing is changed."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):  # no C library by that name, or no mallopt in it
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return all(mallopt(param, value) == 1 for param, value in _HEAP_OPTIONS)
