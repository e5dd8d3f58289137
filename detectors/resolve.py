"""Overlapping findings are merged here, once, by one documented rule.

Within a cell, spans are taken greedily in order of (detector rank, length, score,
entity name); a span overlapping one already taken is dropped. Ranks are in
:data:`detectors.spans.DETECTOR_RANK`: a validated whole-value field finding beats a
checksum-validated pattern, which beats a bare pattern, a plug-in, the health dictionary,
then NER. The entity name only breaks exact ties, so the result never depends on the
order detectors ran in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from detectors.spans import Span, rank_of


def _priority(s: Span) -> tuple[int, int, float, str]:
    return (-rank_of(s.detector), -(s.end - s.start), -s.score, s.entity)


def resolve(spans: Iterable[Span]) -> list[Span]:
    """Drop overlapped spans; return the survivors sorted by (cell, start)."""
    by_cell: dict[int, list[Span]] = defaultdict(list)
    for s in spans:
        if s.end > s.start:
            by_cell[s.cell].append(s)
    kept: list[Span] = []
    for cell in sorted(by_cell):
        taken: list[Span] = []
        for s in sorted(by_cell[cell], key=_priority):
            if all(s.end <= t.start or s.start >= t.end for t in taken):
                taken.append(s)
        kept.extend(sorted(taken, key=lambda t: t.start))
    return kept
