"""The one record type detectors produce, and the ranks that resolve overlaps.

A :class:`Span` points into a cell of a :class:`~detectors.cells.Cells` batch. It never
holds the matched text: findings must not become a PHI store, so nothing downstream can
leak what was never copied.
"""

from __future__ import annotations

from typing import NamedTuple


class Span(NamedTuple):
    """A detected entity inside one cell (offsets are code points of the cell's text)."""

    cell: int
    start: int
    end: int
    entity: str
    score: float
    detector: str


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
}


def rank_of(detector: str) -> int:
    """Rank of a detector kind; unknown kinds (custom detectors) rank with plug-ins."""
    return DETECTOR_RANK.get(detector, DETECTOR_RANK["plugin"])
