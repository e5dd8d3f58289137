"""The one record type detectors produce, and the ranks that resolve overlaps.

A :class:`Span` points into a cell of a :class:`~detectors.cells.Cells` batch. It never
holds the matched text: findings must not become a PHI store, so nothing downstream can
leak what was never copied.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import repeat
from typing import NamedTuple


class Span(NamedTuple):
    """A detected entity inside one cell (offsets are code points of the cell's text)."""

    cell: int
    start: int
    end: int
    entity: str
    score: float
    detector: str


def spans_from_columns(*columns: Iterable[object]) -> list[Span]:
    """Spans from parallel columns (cell, start, end, entity, score, detector), built in C:
    ``Span(...)`` runs a Python ``__new__`` per span, which costs as much as the rest of
    making a whole-value finding."""
    return list(map(tuple.__new__, repeat(Span), zip(*columns, strict=True)))


#: Detector kinds, by trust, used when two findings overlap (higher wins). A field-name
#: finding covers a value that a classifier already validated *as a whole* (``dob`` holding
#: a date), so it outranks a narrower pattern inside it: redacting only the ZIP inside an
#: ``address`` field would leave the street. Checksum-validated patterns beat bare
#: patterns; the dictionary beats NER, which mislabels "Parkinson's" as a PERSON.
DETECTOR_RANK: dict[str, int] = {
    "field_name": 60,
    "checksum": 50,
    "regex": 40,
    "plugin": 30,
    "dictionary": 20,
    "ner": 10,
    # an echo of a value found elsewhere in the record only fills gaps
    "echo": 5,
    # so does a whole value taken as health context for its field's name
    "health_field": 3,
    # or a checked option's answer taken as health context for its column's option
    "grid_answer": 3,
}


class Occupied:
    """Non-overlapping half-open intervals of one text, for greedy overlap resolution.

    Taking spans in priority order and keeping those that overlap nothing taken so far is
    done in several places; testing each new span against every taken one is quadratic in
    the spans of a cell (a 1 MB note holds tens of thousands). The taken intervals are
    disjoint, so they stay sorted by start *and* end, and only the two neighbours of a new
    span's position can overlap it: O(log n) per test.
    """

    __slots__ = ("ends", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def claim(self, start: int, end: int) -> bool:
        """Take ``[start, end)`` if it overlaps nothing taken; True when taken. An empty
        interval is never taken (it would break the order the test relies on)."""
        if end <= start:
            return False
        i = bisect_right(self.starts, start)
        if i and self.ends[i - 1] > start:
            return False
        if i < len(self.starts) and self.starts[i] < end:
            return False
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        return True


def rank_of(detector: str) -> int:
    """Rank of a detector kind; unknown kinds (custom detectors) rank with plug-ins."""
    return DETECTOR_RANK.get(detector, DETECTOR_RANK["plugin"])
