"""One RE2 pass that picks the cells the clinical-wording detectors read.

:mod:`detectors.clinical_abbreviations`, :mod:`detectors.clinical_measures` and the text
labels of :mod:`detectors.clinical_codes` each need a prefilter over every non-machine cell
of a chunk. Arrow's regex kernel costs about the same per cell whatever the pattern, so
three passes cost three times one: each module registers its pattern here at import, the
first caller in a chunk runs the union of them once (cached by the chunk's context), and
each module then narrows the few cells it matched with its own pattern.
"""

from __future__ import annotations

import numpy as np

from detectors.context import ScanContext

_PATTERNS: list[str] = []


def register_prefilter(pattern: str) -> str:
    """Add an RE2 ``pattern`` (case-sensitive; use ``(?i:...)`` inline) to the shared pass;
    returns it, so a module can write ``PREFILTER = register_prefilter(r"...")``."""
    if pattern not in _PATTERNS:
        _PATTERNS.append(pattern)
    return pattern


def clinical_candidates(ctx: ScanContext, pattern: str) -> np.ndarray:
    """Indices of the non-machine cells matching ``pattern``, a registered prefilter.

    The union of every registered pattern runs once per chunk (the context caches passes by
    pattern); ``pattern`` itself then runs only on the union's few hits.
    """
    union = "|".join(f"(?:{p})" for p in _PATTERNS) if pattern in _PATTERNS else pattern
    wide = ctx.candidates(union, skip_system=True)
    if len(wide) == 0 or union == pattern:
        return wide
    mask = np.zeros(len(ctx.cells), dtype=bool)
    mask[wide] = True
    return ctx.candidates(pattern, among=mask)
