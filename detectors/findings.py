"""Resolved spans as columns, and the findings table built from them.

After resolution a chunk's spans become numpy columns once (record, field, offsets into
the *full* field value, entity, ...); the findings table, the PHI assessment and the
redaction spans all read those columns instead of walking Python tuples again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

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

_ENTITY_NAMES = np.asarray(list(ENTITIES), dtype=object)
_ENTITY_INDEX = {e: i for i, e in enumerate(ENTITIES)}
_CATEGORY_OF_INDEX = np.asarray([ENTITIES[e] for e in ENTITIES], dtype=object)


class SpanColumns(NamedTuple):
    """A chunk's resolved spans as parallel numpy columns (full-value offsets)."""

    record: np.ndarray  # int64, chunk-local
    path_id: np.ndarray  # int32, index into Cells.paths
    start: np.ndarray  # int32
    end: np.ndarray  # int32
    entity: np.ndarray  # int16, index into the vocabulary
    score: np.ndarray  # float32
    detector: list[str]

    @classmethod
    def build(cls, spans: Sequence[Span], cells: Cells) -> SpanColumns:
        n = len(spans)
        cell = np.fromiter((s.cell for s in spans), np.int64, n)
        start = np.fromiter((s.start for s in spans), np.int64, n)
        end = np.fromiter((s.end for s in spans), np.int64, n)
        if cells.offset_maps:
            for i, s in enumerate(spans):
                omap = cells.offset_maps.get(s.cell)
                if omap is not None:
                    start[i], end[i] = omap[s.start], omap[s.end]
        base = cells.base[cell] if n else np.empty(0, np.int32)
        return cls(
            record=cells.record[cell] if n else np.empty(0, np.int64),
            path_id=cells.path_id[cell] if n else np.empty(0, np.int32),
            start=(start + base).astype(np.int32),
            end=(end + base).astype(np.int32),
            entity=np.fromiter((_ENTITY_INDEX[s.entity] for s in spans), np.int16, n),
            score=np.fromiter((s.score for s in spans), np.float32, n),
            detector=[s.detector for s in spans],
        )

    @property
    def entity_names(self) -> np.ndarray:
        return _ENTITY_NAMES[self.entity]

    @property
    def categories(self) -> np.ndarray:
        return _CATEGORY_OF_INDEX[self.entity]


def empty_findings() -> pa.Table:
    """A findings table with no rows."""
    return FINDINGS_SCHEMA.empty_table()


def findings_table(cols: SpanColumns, cells: Cells, *, source: str, first_record: int) -> pa.Table:
    """Build the findings table of a chunk (absolute record indices)."""
    n = len(cols.record)
    if n == 0:
        return empty_findings()
    paths = np.asarray(cells.paths, dtype=object)
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
