"""Helpers shared by the detector test tables."""

from __future__ import annotations

from detectors import Engine


def found(engine: Engine, record: dict[str, object]) -> list[tuple[str, str]]:
    """``(entity, matched text)`` of every finding in a flat one-record scan."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    return sorted((r["entity"], str(record[r["field"]])[r["start"] : r["end"]]) for r in rows)
