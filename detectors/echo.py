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

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from itertools import accumulate

import numpy as np

from detectors.cells import Cells
from detectors.spans import Span
from detectors.vocabulary import ENTITIES, IDENTIFIER

MIN_LENGTH = 4
_NO_ALNUM = re.compile(r"[\W_]*")
SCORE = 0.9
DETECTOR = "echo"


def echo_spans(spans: Sequence[Span], cells: Cells) -> list[Span]:
    """Spans for other occurrences of each record's identifier values (see module doc)."""
    values: dict[int, dict[str, str]] = defaultdict(dict)  # record -> value -> entity
    taken = {(s.cell, s.start) for s in spans}  # a value's own place is no echo
    record_of = cells.record.tolist()
    texts_all = cells.text
    for s in spans:
        if s.end - s.start < MIN_LENGTH or ENTITIES[s.entity] != IDENTIFIER:
            continue
        value = texts_all[s.cell][s.start : s.end]
        if value.strip() == value and not _NO_ALNUM.fullmatch(value):
            values[record_of[s.cell]].setdefault(value, s.entity)
    if not values:
        return []
    records = cells.record
    bounds = np.searchsorted(records, np.arange(cells.n_records + 1))
    out: list[Span] = []
    for record, found in values.items():
        lo, hi = int(bounds[record]), int(bounds[record + 1])
        # one joined text per record, so each value costs one search, not one per cell
        texts = cells.text[lo:hi]
        joined = "\x00".join(texts)
        starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        for value, entity in found.items():
            at = joined.find(value)
            while at >= 0:
                end = at + len(value)
                before = joined[at - 1] if at else " "
                after = joined[end] if end < len(joined) else " "
                if not before.isalnum() and not after.isalnum():
                    i = bisect_right(starts, at) - 1
                    base = starts[i]
                    cell = lo + i
                    if end - base <= len(texts[i]) and (cell, at - base) not in taken:
                        out.append(Span(cell, at - base, end - base, entity, SCORE, DETECTOR))
                at = joined.find(value, at + 1)
    return out
