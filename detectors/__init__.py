"""phistream's detection and redaction library: pure Python over Arrow, no Beam.

Typical use::

    from detectors import Engine
    result = Engine().scan(records, source="ga4.jsonl", first_record=0)
    result.findings   # pyarrow.Table with the contract's findings columns
    result.phi        # numpy bool per record: identifier + health context
"""

from detectors.cells import Cells, flatten
from detectors.config import EngineConfig
from detectors.context import FieldProfile, ScanContext
from detectors.engine import ChunkResult, Engine, RedactSpan
from detectors.findings import FINDINGS_SCHEMA
from detectors.registry import Detector, register
from detectors.spans import Span

__all__ = [
    "FINDINGS_SCHEMA",
    "Cells",
    "ChunkResult",
    "Detector",
    "Engine",
    "EngineConfig",
    "FieldProfile",
    "RedactSpan",
    "ScanContext",
    "Span",
    "flatten",
    "register",
]
