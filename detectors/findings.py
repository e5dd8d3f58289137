"""Resolved spans as columns, and the findings table built from them.

After resolution a chunk's spans become numpy columns once (record, field, offsets into
the *full* field value, entity, ...); the findings table, the PHI assessment and the
redaction spans all read those columns instead of walking Python tuples again.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pyarrow as pa

from detectors.cells import Cells
from detectors.span_arrays import CATEGORY_OF, ENTITY_NAMES, SpanArrays

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


class SpanColumns(NamedTuple):
    """A chunk's resolved spans as parallel numpy columns (full-value offsets)."""

    record: np.ndarray  # int64, chunk-local
    path_id: np.ndarray  # int32, index into Cells.paths
    start: np.ndarray  # int32
    end: np.ndarray  # int32
    entity: np.ndarray  # int16, index into the vocabulary
    score: np.ndarray  # float32
    detector: np.ndarray  # object (str)

    @classmethod
    def build(cls, spans: SpanArrays, cells: Cells) -> SpanColumns:
        """Full-value columns of a chunk's resolved spans: cell offsets shifted by the
        cell's base (URL pieces), decoded query values mapped back first."""
        cell = spans.cell
        start = spans.start.copy()
        end = spans.end.copy()
        if cells.offset_maps and len(cell):
            mapped = np.zeros(len(cells), dtype=bool)
            mapped[list(cells.offset_maps)] = True
            for i in np.flatnonzero(mapped[cell]).tolist():
                omap = cells.offset_maps[int(cell[i])]
                start[i], end[i] = omap.start(start[i]), omap[end[i]]
        base = cells.base[cell]
        return cls(
            record=cells.record[cell],
            path_id=cells.path_id[cell],
            start=(start + base).astype(np.int32),
            end=(end + base).astype(np.int32),
            entity=spans.entity.astype(np.int16),
            score=spans.score.astype(np.float32),
            detector=spans.detector,
        )

    @property
    def entity_names(self) -> np.ndarray:
        return ENTITY_NAMES[self.entity]

    @property
    def categories(self) -> np.ndarray:
        return CATEGORY_OF[self.entity]


def empty_findings() -> pa.Table:
    """A findings table with no rows."""
    return FINDINGS_SCHEMA.empty_table()


def findings_table(cols: SpanColumns, cells: Cells, *, source: str, first_record: int) -> pa.Table:
    """Build the findings table of a chunk (absolute record indices)."""
    n = len(cols.record)
    if n == 0:
        return empty_findings()
    # a key that is someone's identifier never reaches an output (detectors.reported_paths)
    paths = np.asarray(cells.report_paths, dtype=object)
    columns = [
        pa.array([source] * n, pa.string()),
        pa.array(cols.record + first_record, pa.int64()),
        pa.array(paths[cols.path_id], pa.string()),
        pa.array(cols.start, pa.int32()),
        pa.array(cols.end, pa.int32()),
        pa.array(cols.entity_names, pa.string()),
        pa.array(cols.categories, pa.string()),
        pa.array(cols.score, pa.float32()),
        pa.array(cols.detector, pa.string()),
    ]
    return pa.Table.from_arrays(columns, schema=FINDINGS_SCHEMA)
