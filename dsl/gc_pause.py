"""Pausing Python's cyclic garbage collector while a large tree is built.

Parsing allocates many small objects and frees few, so the collector runs over and
over, each time across every object built so far: time that grows faster than the
file. The trees built hold no reference cycles to reclaim (reference counting frees
everything they drop), so pausing the collector changes nothing but the time.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the block; the collector's state is restored after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
