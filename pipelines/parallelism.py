"""How many local worker processes a DirectRunner scan uses (``--workers``).

Detection is CPU-bound Python, so one process uses one core. Beam's DirectRunner can run
the same pipeline in several worker processes (``--direct_running_mode=multi_processing``),
which on this project's 2-core machine scans large inputs ~1.7x faster; but each worker
pays its own start-up (importing Beam, building the engine, loading the spaCy model: a few
seconds), which a small input never earns back. So ``--workers auto`` (the default) uses
one worker per core (at most :data:`MAX_AUTO_WORKERS`) once the input holds at least
:data:`AUTO_MIN_BYTES`, and a single in-process worker below that.

Whatever the user passes to Beam wins: with ``--runner``, ``--direct_running_mode`` or
``--direct_num_workers`` after ``--``, ``--workers auto`` adds nothing (an explicit
``--workers N`` next to those is refused as contradictory).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

#: Input size from which ``auto`` starts more than one worker.
AUTO_MIN_BYTES = 64 * 1024 * 1024
#: ``auto`` never starts more workers than this (memory: each holds a model).
MAX_AUTO_WORKERS = 8
_BEAM_FLAGS = ("--runner", "--direct_running_mode", "--direct_num_workers")


def beam_sets_workers(beam_args: Sequence[str]) -> bool:
    """True when the user's Beam flags already choose the runner or its parallelism."""
    return any(a.split("=", 1)[0] in _BEAM_FLAGS for a in beam_args)


def auto_workers(total_bytes: int, cores: int | None = None) -> int:
    """Workers ``auto`` picks for an input of ``total_bytes``."""
    cores = cores if cores is not None else (os.cpu_count() or 1)
    if total_bytes < AUTO_MIN_BYTES:
        return 1
    return max(1, min(cores, MAX_AUTO_WORKERS))


def worker_args(workers: int) -> list[str]:
    """DirectRunner flags for ``workers`` processes (none for one: in-process is faster)."""
    if workers <= 1:
        return []
    return ["--direct_running_mode=multi_processing", f"--direct_num_workers={workers}"]
