"""Overlapping findings are merged here, once, by one documented rule.

Within a cell, spans are taken greedily in order of (detector rank, length, score,
entity name); a span overlapping one already taken is dropped. Ranks are in
:data:`detectors.spans.DETECTOR_RANK`: a validated whole-value field finding beats a
checksum-validated pattern, which beats a bare pattern, a plug-in, the health dictionary,
then NER. The entity name only breaks exact ties, so the result never depends on the
order detectors ran in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby
from operator import attrgetter

from detectors.spans import Occupied, Span, rank_of

_CELL = attrgetter("cell")


def _priority(s: Span) -> tuple[int, int, float, str]:
    return (-rank_of(s.detector), -(s.end - s.start), -s.score, s.entity)


def resolve(spans: Iterable[Span]) -> list[Span]:
    """Drop overlapped spans; return the survivors sorted by (cell, start).

    Most cells hold a single finding, so they skip the overlap test entirely.
    """
    # Spans are tuples led by (cell, start): the native tuple order is the order wanted.
    ordered = sorted(s for s in spans if s.end > s.start)
    kept: list[Span] = []
    for _cell, group in groupby(ordered, key=_CELL):
        run = list(group)
        if len(run) == 1:
            kept.append(run[0])
            continue
        taken: list[Span] = []
        occupied = Occupied()
        for s in sorted(run, key=_priority):
            if occupied.claim(s.start, s.end):
                taken.append(s)
        kept.extend(sorted(taken, key=lambda t: t.start))
    return kept


def resolve_with(resolved: Sequence[Span], extra: Iterable[Span]) -> list[Span]:
    """Resolve ``extra`` spans against already ``resolved`` ones (sorted by cell, start):
    only the cells that ``extra`` touches are resolved again."""
    extra = list(extra)
    touched = {s.cell for s in extra}
    kept = [s for s in resolved if s.cell not in touched]
    again = resolve([*(s for s in resolved if s.cell in touched), *extra])
    return sorted([*kept, *again])
