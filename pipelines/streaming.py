"""The scan's detection as a Beam streaming pipeline, for runners that stream (Dataflow,
Flink): an unbounded PCollection of raw records in, windowed Parquet parts out.

::

    RawRecord(source, record, data) ─ Window (fixed, allowed lateness) ─ KeyByChunkSlot
      ─ GroupPerWindow ─ BuildChunks ─┬─ chunks ── DetectAndRedact ─┬─ findings ── WriteFindings
                                      │                             ├─ redacted ── WriteRedacted
                                      ├─ rejects ── WriteRejects    └─ stats ─┐
                                      └─ stats ───────────────────────────────┴─ WindowMetrics
                                                                                  ─ WriteMetrics

Why these steps:

- *One element per record only up to the window.* Records arrive one by one (a Pub/Sub
  message, a Kafka record), but detection runs on chunks, as in the batch scan: records are
  keyed by ``(source, record // chunk_size)`` and grouped per window, so one group is at
  most one chunk's worth of records and different chunk slots spread over workers.
- *The same detection.* :class:`DetectRecordsFn` is the batch scan's
  :class:`~pipelines.transforms.DetectFn` (same engine, same redaction, same tagged outputs)
  fed with :class:`~pipelines.readers.Chunk` s built here instead of read from files.
  JSON is parsed by the batch reader's :func:`~pipelines.readers.parse_json_line`, so a
  record is rejected for the same reason in both. A chunk is a run of *consecutive* record
  indices (the engine numbers a chunk's records from its first index); a gap (a record
  that falls in another window, or a reject) starts a new run.
- *Late data.* The window fires once when the watermark passes its end, then once per late
  element within the allowed lateness (discarding panes: a late pane holds only the late
  records, so nothing is scanned twice); later data is dropped by Beam.
- *Windowed writes.* Every part is named after its window, source, first record and pane
  index (``findings/20240101T000010Z-20240101T000020Z/<source>-<first>-p<pane>.parquet``):
  a retried bundle rewrites its own files, and no two panes share a name. Each window pane
  also writes ``metrics/<window>-p<pane>.json`` (records, rejects, findings by entity,
  PHI records, on time or late), and the counters go to Beam's metrics too.

Sources: :func:`record_from_pubsub` and :func:`record_from_kafka` map messages to
:class:`RawRecord`; they are plain functions, tested with in-memory messages. Reading
from Pub/Sub or Kafka needs those services (and, for Kafka, Beam's Java expansion
service) and has not been run on the development machine; see the README.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

import apache_beam as beam
import pyarrow as pa
from apache_beam import pvalue
from apache_beam.metrics import Metrics
from apache_beam.transforms import trigger, window
from apache_beam.utils.timestamp import Duration
from apache_beam.utils.windowed_value import PaneInfoTiming

from pipelines import writers
from pipelines.inputs import safe_name
from pipelines.options import DEFAULT_CHUNK_SIZE
from pipelines.readers import Chunk, Reject, parse_json_line
from pipelines.streams import strip_bom
from pipelines.summary import ChunkStats
from pipelines.transforms import (
    FINDINGS,
    REDACTED,
    REJECTS,
    SESSIONS,
    STATS,
    DetectFn,
    ScanSettings,
)
from pipelines.writers import OutputLayout

DEFAULT_WINDOW_S = 10.0
DEFAULT_LATENESS_S = 60.0
CHUNKS = "chunks"

_METRICS = "phistream"


class RawRecord(NamedTuple):
    """One record as it arrives on a stream.

    Attributes:
        source: the input it belongs to (a file path, a topic, an export name); the
            ``source`` column of its findings.
        record: its 0-based index in that source, as the contract defines it.
        data: the record as one JSON object (a JSON-lines line), undecoded.
    """

    source: str
    record: int
    data: bytes


@dataclass(frozen=True)
class StreamSettings:
    """What the streaming pipeline needs: plain data, pickled with the DoFns.

    Attributes:
        scan: the batch scan's settings (engine, chunk size, redaction); its layout is
            not used.
        out: where the windowed parts go (any Beam filesystem: a local path, ``gs://``).
        window_s: fixed window length in seconds.
        allowed_lateness_s: how long after a window's end late records are still scanned.
    """

    scan: ScanSettings
    out: str
    window_s: float = DEFAULT_WINDOW_S
    allowed_lateness_s: float = DEFAULT_LATENESS_S

    def __post_init__(self) -> None:
        if self.scan.engine.phi.rule == "session":
            raise ValueError(
                "the session PHI rule joins records across a whole scan and cannot run per "
                "window; use phi rule 'record' or 'authenticated' for streaming"
            )
        if self.window_s <= 0 or self.allowed_lateness_s < 0:
            raise ValueError("the window must be positive and the allowed lateness not negative")


def stream_settings(
    out: str,
    *,
    policy: str = "safe-harbor",
    ner: bool = True,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    window_s: float = DEFAULT_WINDOW_S,
    allowed_lateness_s: float = DEFAULT_LATENESS_S,
) -> StreamSettings:
    """Settings from a policy (a file or a preset), exactly as ``phistream scan`` loads it.

    Raises:
        InputError: the policy cannot be used (the message names file and line).
        ValueError: the session PHI rule, or a window that is not positive.
    """
    from pipelines.scan import scan_policy

    pol = scan_policy(policy, ner=ner)
    scan = ScanSettings(
        engine=pol.engine,
        chunk_size=chunk_size,
        layout=OutputLayout(writers.join(out, ".unused")),
        redaction=pol.redaction,
    )
    return StreamSettings(scan, out, window_s, allowed_lateness_s)


# -- sources -------------------------------------------------------------------------------


def record_from_pubsub(message) -> RawRecord:
    """A Pub/Sub message (read with ``with_attributes=True``) as a :class:`RawRecord`.

    The publisher puts the record in the message data and its place in two attributes,
    ``source`` and ``record``.

    Raises:
        ValueError: an attribute is missing or ``record`` is not a non-negative integer.
    """
    attrs = message.attributes or {}
    return _raw(attrs.get("source"), attrs.get("record"), message.data, "Pub/Sub attribute")


def record_from_kafka(kv: tuple[bytes, bytes]) -> RawRecord:
    """A Kafka ``(key, value)`` pair as a :class:`RawRecord`.

    The producer sends the record as the value and ``{"source": ..., "record": n}`` (JSON)
    as the key.

    Raises:
        ValueError: the key is not such an object.
    """
    key, value = kv
    try:
        meta = json.loads(key)
    except (TypeError, ValueError):
        raise ValueError("Kafka key is not a JSON object with source and record") from None
    if not isinstance(meta, dict):
        raise ValueError("Kafka key is not a JSON object with source and record")
    return _raw(meta.get("source"), meta.get("record"), value, "Kafka key field")


def _raw(source: object, record: object, data: object, where: str) -> RawRecord:
    if not isinstance(source, str) or not source:
        raise ValueError(f"{where} 'source' is missing")
    try:
        index = int(record)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{where} 'record' is not an integer") from None
    if index < 0:
        raise ValueError(f"{where} 'record' is negative")
    if isinstance(data, str):
        data = data.encode("utf-8")
    return RawRecord(source, index, bytes(data or b""))  # type: ignore[arg-type]


# -- chunks ----------------------------------------------------------------------------------


def chunk_slot(item: RawRecord, chunk_size: int) -> tuple[tuple[str, int], RawRecord]:
    """Key a record by its source and chunk slot: one group holds at most one chunk."""
    return (item.source, item.record // chunk_size), item


class BuildChunksFn(beam.DoFn):
    """One window's records of one chunk slot -> chunks of consecutive records.

    Outputs: main ``(source, Chunk)``; ``rejects`` as ``(source, first, [Reject])``;
    ``stats`` as ``ChunkStats`` of the rejects (so that window metrics count them).
    A record index seen twice in one group (a redelivered message) is scanned once.
    """

    def __init__(self) -> None:
        self.records = Metrics.counter(_METRICS, "records")
        self.rejected = Metrics.counter(_METRICS, "rejects")
        self.late = Metrics.counter(_METRICS, "late_records")

    def process(self, item, pane=beam.DoFn.PaneInfoParam):
        (source, _slot), raws = item
        by_index: dict[int, RawRecord] = {}
        for raw in raws:
            by_index.setdefault(raw.record, raw)
        if pane is not None and pane.timing == PaneInfoTiming.LATE:
            self.late.inc(len(by_index))
        rejects: list[Reject] = []
        run: list[dict] = []
        first = prev = -2
        nbytes = 0
        for index in sorted(by_index):
            raw = by_index[index]
            value, reason = parse_json_line(raw.data)
            if reason is not None:
                rejects.append(Reject(source, index, reason))
                continue
            if run and index != prev + 1:
                yield source, Chunk(source, first, run, None, nbytes)
                run, nbytes = [], 0
            if not run:
                first = index
            run.append(value)  # type: ignore[arg-type]
            nbytes += len(raw.data)
            prev = index
        if run:
            yield source, Chunk(source, first, run, None, nbytes)
        self.records.inc(len(by_index))
        if rejects:
            self.rejected.inc(len(rejects))
            yield pvalue.TaggedOutput(REJECTS, (source, rejects[0].record, rejects))
            yield pvalue.TaggedOutput(
                STATS,
                ChunkStats(
                    source=source,
                    name=source,
                    kind="ref",
                    first_record=rejects[0].record,
                    rejects=len(rejects),
                ),
            )


class DetectRecordsFn(DetectFn):
    """The batch scan's :class:`DetectFn`, fed with chunks instead of file references.

    ``setup()`` (the shared engine, the policy's redactor) and the per-chunk work are
    inherited unchanged; only where the chunk comes from differs.
    """

    def __init__(self, settings: ScanSettings) -> None:
        super().__init__(settings)
        self.findings = Metrics.counter(_METRICS, "findings")

    def process(self, item: tuple[str, Chunk]):  # type: ignore[override]
        name, chunk = item
        for out in self.detect_chunk(name, chunk):
            if isinstance(out, ChunkStats):
                self.findings.inc(out.findings)
            yield out


# -- windowed writes ---------------------------------------------------------------------


def window_label(w: window.BoundedWindow) -> str:
    """``20240101T000010Z-20240101T000020Z`` (milliseconds only when not whole seconds)."""
    return f"{_stamp(w.start)}-{_stamp(w.end)}"  # type: ignore[attr-defined]


def _stamp(ts) -> str:
    t = ts.to_utc_datetime()
    ms = t.microsecond // 1000
    return t.strftime("%Y%m%dT%H%M%S") + (f".{ms:03d}" if ms else "") + "Z"


def part_path(out: str, kind: str, w: window.BoundedWindow, name: str, first: int, pane) -> str:
    """Where one pane's part of one source goes; the same on every retry."""
    index = pane.index if pane is not None else 0
    return writers.join(
        out, kind, window_label(w), f"{safe_name(name)}-{first:012d}-p{index}.parquet"
    )


class WriteWindowedFn(beam.DoFn):
    """Write ``(name, first record, table)`` parts of one kind under their window."""

    def __init__(self, out: str, kind: str) -> None:
        self.out = out
        self.kind = kind

    def process(self, item, w=beam.DoFn.WindowParam, pane=beam.DoFn.PaneInfoParam):
        name, first, table = item
        if self.kind == REJECTS:
            table = pa.Table.from_pylist(
                [r._asdict() for r in table], schema=writers.REJECTS_SCHEMA
            )
        path = part_path(self.out, self.kind, w, name, first, pane)
        writers.write_parquet(table, path)
        yield path


class SumStatsFn(beam.CombineFn):
    """Adds up ``ChunkStats`` of one window pane into the metrics written for it."""

    def create_accumulator(self) -> dict:
        return {
            "records": 0,
            "rejects": 0,
            "findings": 0,
            "records_with_findings": 0,
            "phi_records": 0,
            "findings_by_entity": {},
            "sources": [],
        }

    def add_input(self, acc: dict, stats: ChunkStats) -> dict:
        acc["records"] += stats.records
        acc["rejects"] += stats.rejects
        acc["findings"] += stats.findings
        acc["records_with_findings"] += stats.records_with_findings
        acc["phi_records"] += stats.phi_records
        ents = acc["findings_by_entity"]
        for e, n in stats.by_entity.items():
            ents[e] = ents.get(e, 0) + n
        if stats.source not in acc["sources"]:
            acc["sources"].append(stats.source)
        return acc

    def merge_accumulators(self, accs: Iterable[dict]) -> dict:
        out = self.create_accumulator()
        for acc in accs:
            for k in ("records", "rejects", "findings", "records_with_findings", "phi_records"):
                out[k] += acc[k]
            for e, n in acc["findings_by_entity"].items():
                out["findings_by_entity"][e] = out["findings_by_entity"].get(e, 0) + n
            out["sources"] += [s for s in acc["sources"] if s not in out["sources"]]
        return out

    def extract_output(self, acc: dict) -> dict:
        return {**acc, "findings_by_entity": dict(sorted(acc["findings_by_entity"].items()))}


class WriteMetricsFn(beam.DoFn):
    """Write one window pane's metrics as ``metrics/<window>-p<pane>.json``."""

    def __init__(self, out: str) -> None:
        self.out = out

    def process(self, metrics: dict, w=beam.DoFn.WindowParam, pane=beam.DoFn.PaneInfoParam):
        index = pane.index if pane is not None else 0
        timing = "late" if pane is not None and pane.timing == PaneInfoTiming.LATE else ""
        doc = {
            "window_start": w.start.to_utc_datetime().isoformat() + "Z",
            "window_end": w.end.to_utc_datetime().isoformat() + "Z",
            "pane": index,
            "timing": timing or "on_time",
            **metrics,
            "sources": sorted(metrics["sources"]),
        }
        path = writers.join(self.out, "metrics", f"{window_label(w)}-p{index}.json")
        writers.write_json(doc, path)
        yield path


# -- the pipeline ----------------------------------------------------------------------------


class StreamingScan(beam.PTransform):
    """Raw records (timestamped, unbounded or not) -> windowed findings, redacted copies,
    rejects and metrics under ``settings.out``. Returns the written paths per kind."""

    def __init__(self, settings: StreamSettings) -> None:
        super().__init__()
        self.settings = settings

    def expand(self, records):
        s = self.settings
        size = s.scan.chunk_size
        chunks = (
            records
            | "Window"
            >> beam.WindowInto(
                window.FixedWindows(s.window_s),
                trigger=trigger.AfterWatermark(late=trigger.AfterCount(1)),
                accumulation_mode=trigger.AccumulationMode.DISCARDING,
                allowed_lateness=Duration(micros=int(s.allowed_lateness_s * 1e6)),
            )
            | "KeyByChunkSlot" >> beam.Map(chunk_slot, size)
            | "GroupPerWindow" >> beam.GroupByKey()
            | "BuildChunks" >> beam.ParDo(BuildChunksFn()).with_outputs(REJECTS, STATS, main=CHUNKS)
        )
        detected = chunks[CHUNKS] | "DetectAndRedact" >> beam.ParDo(
            DetectRecordsFn(s.scan)
        ).with_outputs(FINDINGS, REDACTED, SESSIONS, main=STATS)
        written = {
            FINDINGS: detected[FINDINGS]
            | "WriteFindings" >> beam.ParDo(WriteWindowedFn(s.out, FINDINGS)),
            REDACTED: detected[REDACTED]
            | "WriteRedacted" >> beam.ParDo(WriteWindowedFn(s.out, REDACTED)),
            REJECTS: chunks[REJECTS]
            | "WriteRejects" >> beam.ParDo(WriteWindowedFn(s.out, REJECTS)),
        }
        written["metrics"] = (
            (detected[STATS], chunks[STATS])
            | "AllStats" >> beam.Flatten()
            | "WindowMetrics" >> beam.CombineGlobally(SumStatsFn()).without_defaults()
            | "WriteMetrics" >> beam.ParDo(WriteMetricsFn(s.out))
        )
        return written


def records_of_lines(
    source: str, lines: Iterable[bytes], first_record: int = 0
) -> Iterator[RawRecord]:
    """The :class:`RawRecord` s of JSON-lines content, indexed as the batch reader indexes
    them (non-blank lines only): for tests, replays and publishers."""
    index = first_record
    for n, line in enumerate(lines):
        if n == 0 and first_record == 0:
            line = strip_bom(line)
        if line.strip():
            yield RawRecord(source, index, line.rstrip(b"\r\n"))
            index += 1


__all__ = [
    "DEFAULT_LATENESS_S",
    "DEFAULT_WINDOW_S",
    "BuildChunksFn",
    "DetectRecordsFn",
    "RawRecord",
    "StreamSettings",
    "StreamingScan",
    "chunk_slot",
    "part_path",
    "record_from_kafka",
    "record_from_pubsub",
    "records_of_lines",
    "stream_settings",
    "window_label",
]
