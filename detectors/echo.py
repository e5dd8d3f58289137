"""Echoes: an identifier found in one field of a record, repeated in another field.

CRM exports copy values around: the contact's last name and city reappear in the free-text
``Notes``, a member ID is pasted into ``Description``. Detectors judge each cell on its own,
and a bare surname or a number without a label in a note has little to go on — yet the
same record already says what it is. So, once per chunk and after resolution, every
identifier value found in a record (4+ characters) is searched for in that record's other
cells; whole-word occurrences become findings of the same entity (detector ``echo``).

The search stays inside one record, so it never links people across records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from detectors.cells import Cells
from detectors.spans import Span
from detectors.vocabulary import ENTITIES, IDENTIFIER

MIN_LENGTH = 4
SCORE = 0.9
DETECTOR = "echo"


def echo_spans(spans: Sequence[Span], cells: Cells) -> list[Span]:
    """Spans for other occurrences of each record's identifier values (see module doc)."""
    values: dict[int, dict[str, str]] = defaultdict(dict)  # record -> value -> entity
    for s in spans:
        if ENTITIES[s.entity] != IDENTIFIER or s.end - s.start < MIN_LENGTH:
            continue
        value = cells.text[s.cell][s.start : s.end]
        if value.strip() == value and any(c.isalnum() for c in value):
            values[int(cells.record[s.cell])].setdefault(value, s.entity)
    if not values:
        return []
    records = cells.record
    bounds = np.searchsorted(records, np.arange(cells.n_records + 1))
    out: list[Span] = []
    for record, found in values.items():
        for cell in range(int(bounds[record]), int(bounds[record + 1])):
            text = cells.text[cell]
            if len(text) < MIN_LENGTH:
                continue
            for value, entity in found.items():
                out.extend(_occurrences(text, value, cell, entity))
    return out


def _occurrences(text: str, value: str, cell: int, entity: str) -> list[Span]:
    hits = []
    start = text.find(value)
    while start >= 0:
        end = start + len(value)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            hits.append(Span(cell, start, end, entity, SCORE, DETECTOR))
        start = text.find(value, start + 1)
    return hits
