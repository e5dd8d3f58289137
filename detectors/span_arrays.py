"""A chunk's resolved spans as numpy columns, in offsets of the cells' texts.

Detectors and resolution work on :class:`~detectors.spans.Span` tuples: they are few per
cell and the rules are easiest to read on them. After resolution on the *distinct* cells
(:mod:`detectors.dedupe`), though, every span is copied to each cell its distinct cell
stands for and then turned into findings and redaction spans. On a dense export that is
hundreds of thousands of rows a chunk, so from there on the spans stay columns: the copy
is one ``take``, not a Python loop building a tuple per row, and the few spans added later
(echoes) are resolved against the rows of the cells they touch only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

import numpy as np

from detectors.resolve import resolve
from detectors.spans import Span, spans_from_columns
from detectors.vocabulary import ENTITIES

#: The vocabulary in order; an entity column holds indices into it.
ENTITY_NAMES = np.asarray(list(ENTITIES), dtype=object)
ENTITY_INDEX = {e: i for i, e in enumerate(ENTITIES)}
#: Category (identifier, health) of each entity index.
CATEGORY_OF = np.asarray(list(ENTITIES.values()), dtype=object)


class SpanArrays(NamedTuple):
    """Resolved spans as parallel columns, sorted by (cell, start).

    ``entity`` holds indices into :data:`ENTITY_NAMES`; ``detector`` is an object array of
    the detectors' own strings (plug-ins name themselves); ``score`` keeps the detectors'
    float64 scores, so a round trip through :meth:`spans` gives back equal spans.
    """

    cell: np.ndarray  # int64
    start: np.ndarray  # int64
    end: np.ndarray  # int64
    entity: np.ndarray  # int16, index into ENTITY_NAMES
    score: np.ndarray  # float64
    detector: np.ndarray  # object (str)

    @classmethod
    def of(cls, spans: Sequence[Span]) -> SpanArrays:
        """Columns of ``spans`` (already sorted by cell and start)."""
        n = len(spans)
        if n == 0:
            return cls.empty()
        cell, start, end, entity, score, detector = zip(*spans, strict=True)
        return cls(
            cell=np.fromiter(cell, np.int64, n),
            start=np.fromiter(start, np.int64, n),
            end=np.fromiter(end, np.int64, n),
            entity=np.fromiter((ENTITY_INDEX[e] for e in entity), np.int16, n),
            score=np.fromiter(score, np.float64, n),
            detector=_objects(detector),
        )

    @classmethod
    def empty(cls) -> SpanArrays:
        none = np.empty(0, np.int64)
        return cls(none, none, none, np.empty(0, np.int16), np.empty(0, np.float64), _objects(()))

    @property
    def size(self) -> int:
        """The number of spans (``len()`` is the tuple's: the number of columns)."""
        return len(self.cell)

    def take(self, rows: np.ndarray) -> SpanArrays:
        """The spans at ``rows`` (indices or a boolean mask), in that order."""
        return SpanArrays(*(col[rows] for col in self))

    def spans(self) -> list[Span]:
        """The rows as :class:`Span` tuples."""
        return spans_from_columns(
            self.cell.tolist(),
            self.start.tolist(),
            self.end.tolist(),
            ENTITY_NAMES[self.entity].tolist(),
            self.score.tolist(),
            self.detector.tolist(),
        )

    def broadcast(self, inverse: np.ndarray) -> SpanArrays:
        """Copy spans found on distinct cells to every cell they stand for (``inverse[c]`` is
        the distinct cell of cell ``c``), still sorted by (cell, start): cells are visited
        in order, and a cell's spans keep their order."""
        if self.size == 0 or len(inverse) == 0:
            return SpanArrays.empty()
        n_distinct = max(int(inverse.max()), int(self.cell[-1])) + 1
        counts = np.bincount(self.cell, minlength=n_distinct)
        first = np.cumsum(counts) - counts  # first row of each distinct cell's spans
        per_cell = counts[inverse]
        total = int(per_cell.sum())
        cells = np.repeat(np.arange(len(inverse), dtype=np.int64), per_cell)
        within = np.arange(total) - np.repeat(np.cumsum(per_cell) - per_cell, per_cell)
        copied = self.take(np.repeat(first[inverse], per_cell) + within)
        return copied._replace(cell=cells)

    def merged_with(self, extra: Iterable[Span]) -> SpanArrays:
        """These resolved spans with ``extra`` resolved against them; only the cells that
        ``extra`` touches are resolved again (the rule is :func:`detectors.resolve.resolve`)."""
        extra = list(extra)
        if not extra:
            return self
        touched = np.isin(self.cell, np.fromiter({s.cell for s in extra}, np.int64))
        again = SpanArrays.of(resolve([*self.take(touched).spans(), *extra]))
        joined = SpanArrays(
            *(np.concatenate(pair) for pair in zip(self.take(~touched), again, strict=True))
        )
        return joined.take(np.lexsort((joined.start, joined.cell)))


def _objects(values: Sequence[str]) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out
