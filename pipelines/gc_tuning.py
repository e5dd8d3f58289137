"""Garbage-collector settings for scan workers.

A scan allocates millions of short-lived, acyclic objects (cells, spans, redacted rows)
while a large, long-lived heap sits still (the spaCy model, the health vocabulary's
automaton, the chunk being scanned). CPython's default collector starts a young-generation
pass every 700 net allocations and, every so often, walks the whole heap — about a fifth
of a scan's CPU time measured on the generated exports, for almost nothing collected
(reference counting frees these objects; there are few cycles). So a worker, once its
engine is built:

* freezes what exists then (``gc.freeze``): the model and automaton are never walked again;
* starts young-generation passes every 100,000 allocations instead of 700, so cycles are
  still collected, just in larger, rarer batches (memory stays flat: see the soak benchmark);
* pauses the collector while it detects and redacts one chunk (:func:`paused`): the
  chunk's records are young objects that every pass would walk again, and a chunk makes
  few cycles. Those are collected as soon as the chunk is done. On the generated exports
  this is another ~10% of a worker's CPU.

Only the process running the scan is affected: this is called from the pipeline's
workers and the benchmarks, never on import of the detection library.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: (generation 0 allocations, generation-1 passes per 1, generation-2 passes per 2)
THRESHOLDS = (100_000, 20, 10)


def tune_gc() -> None:
    """Apply the scan worker settings (idempotent)."""
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)


class _Pauses:
    """Overlapping pauses (threads of one worker share the collector): the first turns it
    off, the last turns it back on, if it was on before the first."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.was_enabled = False

    def enter(self) -> None:
        with self.lock:
            if self.depth == 0:
                self.was_enabled = gc.isenabled()
                gc.disable()
            self.depth += 1

    def exit(self) -> None:
        with self.lock:
            self.depth -= 1
            if self.depth == 0 and self.was_enabled:
                gc.enable()


_PAUSES = _Pauses()


@contextmanager
def paused() -> Iterator[None]:
    """Run the block with the collector off (see the module doc)."""
    _PAUSES.enter()
    try:
        yield
    finally:
        _PAUSES.exit()
