"""The findings table: the contract's columns, built from resolved spans."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa

from detectors.cells import Cells
from detectors.spans import Span
from detectors.vocabulary import ENTITIES

FINDINGS_SCHEMA = pa.schema(
    [
        pa.field("source", pa.string(), nullable=False),
        pa.field("record", pa.int64(), nullable=False),
        pa.field("field", pa.string(), nullable=False),
        pa.field("start", pa.int32(), nullable=False),
        pa.field("end", pa.int32(), nullable=False),
        pa.field("entity", pa.string(), nullable=False),
        pa.field("category", pa.string(), nullable=False),
        pa.field("score", pa.float32(), nullable=False),
        pa.field("detector", pa.string(), nullable=False),
    ]
)


def empty_findings() -> pa.Table:
    """A findings table with no rows."""
    return FINDINGS_SCHEMA.empty_table()


def findings_table(
    spans: Sequence[Span], cells: Cells, *, source: str, first_record: int
) -> pa.Table:
    """Build the findings table of a chunk; offsets are mapped back to the full values."""
    if not spans:
        return empty_findings()
    n = len(spans)
    cell_idx = np.fromiter((s.cell for s in spans), dtype=np.int64, count=n)
    starts = np.empty(n, dtype=np.int32)
    ends = np.empty(n, dtype=np.int32)
    for i, s in enumerate(spans):
        starts[i], ends[i] = cells.original_span(s.cell, s.start, s.end)
    paths = np.asarray(cells.paths, dtype=object)
    columns = [
        pa.array([source] * n, pa.string()),
        pa.array(cells.record[cell_idx] + first_record, pa.int64()),
        pa.array(paths[cells.path_id[cell_idx]], pa.string()),
        pa.array(starts, pa.int32()),
        pa.array(ends, pa.int32()),
        pa.array([s.entity for s in spans], pa.string()),
        pa.array([ENTITIES[s.entity] for s in spans], pa.string()),
        pa.array([s.score for s in spans], pa.float32()),
        pa.array([s.detector for s in spans], pa.string()),
    ]
    return pa.Table.from_arrays(columns, schema=FINDINGS_SCHEMA)
