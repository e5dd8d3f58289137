"""Detect each distinct cell once: analytics exports repeat most of their values.

A GA4 or Segment export repeats event names, page URLs and titles, referrers, campaign
values, device and geo fields in event after event, and a CRM export repeats owners,
statuses and lead sources. What a detector finds in a cell depends only on the cell's
text and its field paths (the report path and the hint path the field-name classifier
reads), never on the record it sits in, so the engine runs detectors on the distinct
``(path, hint path, text)`` cells of a chunk and copies each resolved span to every
cell it stands for. On the bundled generator's mix a third of the cells are distinct;
on real exports usually fewer.

What *does* depend on the record (echoes of a record's identifiers into its other
fields, the PHI assessment, findings) runs after the copy
(:meth:`detectors.span_arrays.SpanArrays.broadcast`), on the real cells.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detectors.cells import Cells


def distinct_cells(cells: Cells) -> tuple[Cells, np.ndarray | None]:
    """The distinct cells of a chunk, and for every cell the index of its distinct cell.

    Distinct cells keep the order of their first occurrence (so results do not depend on
    hashing). Returns ``(cells, None)`` when every cell is distinct already.
    """
    n = len(cells)
    if n < 2:
        return cells, None
    text_code = pc.dictionary_encode(cells.arrow_text).indices.to_numpy().astype(np.int64)
    n_paths = max(len(cells.paths), 1)
    key = (text_code * n_paths + cells.path_id) * n_paths + cells.hint_id
    # Arrow's hash encoding numbers distinct keys in order of first occurrence, so the
    # codes are the inverse already, and a cell is a first occurrence where its code is
    # above every code before it
    inverse = pc.dictionary_encode(pa.array(key)).indices.to_numpy().astype(np.int64)
    seen = np.maximum.accumulate(inverse)
    first = np.flatnonzero(np.concatenate(([True], inverse[1:] > seen[:-1])))
    if len(first) == n:
        return cells, None
    texts = cells.text
    distinct = cells.rows(first, [texts[i] for i in first.tolist()])
    # the Arrow text column is already built: reuse it instead of converting again
    object.__setattr__(distinct, "arrow_text", cells.arrow_text.take(pa.array(first)))
    return distinct, inverse
