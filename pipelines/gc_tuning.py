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
  still collected, just in larger, rarer batches (memory stays flat: see the soak benchmark).

Only the process running the scan is affected: this is called from the pipeline's
workers and the benchmarks, never on import of the detection library.
"""

from __future__ import annotations

import gc

#: (generation 0 allocations, generation-1 passes per 1, generation-2 passes per 2)
THRESHOLDS = (100_000, 20, 10)


def tune_gc() -> None:
    """Apply the scan worker settings (idempotent)."""
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)
