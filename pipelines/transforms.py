"""The scan as a short story of labelled Beam steps::

    ReadChunks:    ListFiles ─ SpreadFiles ─ PlanChunks ─ SpreadChunks
    DetectChunks:  DetectAndRedact ─┬─ findings ──── WriteFindings
                                    ├─ redacted ──── WriteRedactedParts ─ GroupPartsByFile
                                    │                 ─ MergeRedacted
                                    ├─ rejects ───── WriteRejects
                                    └─ stats ─────── WriteStats

Elements are files, then chunk *references* (a few hundred bytes each), never records:
the DirectRunner pays per element and keeps whole PCollections in memory between stages,
so one element per chunk keeps both the overhead and memory bounded. Records exist only
inside ``DetectAndRedact``, which reads a ref, detects, redacts, and hands Arrow tables to
the writers fused after it.

Nothing here reads launcher state: every DoFn gets plain, picklable settings in its
constructor and builds the engine in ``setup()`` through ``Shared``, once per worker
process, so the pipeline runs unchanged on the DirectRunner (in-process or
multi-processing) and on portable runners (Flink, Spark, Dataflow).
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.utils import shared

from detectors import Engine, EngineConfig
from detectors.redact import redact_record
from detectors.reported_paths import mask_keys
from pipelines import writers
from pipelines.gc_tuning import paused as gc_paused
from pipelines.gc_tuning import tune_gc
from pipelines.inputs import InputFile
from pipelines.readers import Chunk, ChunkRef, Reject, plan_refs, read_ref
from pipelines.summary import ChunkStats, chunk_stats
from pipelines.tables import rows_to_table
from pipelines.writers import OutputLayout

FINDINGS = "findings"
REDACTED = "redacted"
REJECTS = "rejects"
STATS = "stats"
SESSIONS = "sessions"
#: The key under which a chunk reports its PHI records that carry no session key: each is
#: a session of its own, so only their count matters.
NO_SESSION = "-"

#: One engine per worker process, whatever the number of DoFn instances or pipelines;
#: re-built only when the configuration or the registered detectors change.
_ENGINES = shared.Shared()
#: ``Shared`` holds weak references plus one keep-alive slot for the whole process, which
#: Beam's own ``Shared`` users take over during a run; holding the latest engine here lets
#: consecutive pipelines in one process (tests, notebooks, benchmarks) reuse it.
_LATEST: list[object] = []


@dataclass(frozen=True)
class ScanSettings:
    """What every worker needs to know: plain data, pickled with the DoFns.

    Attributes:
        engine: what to detect.
        chunk_size: records per chunk.
        layout: where to write.
        redaction: a policy's ``detectors.redact.RedactionRules``; None keeps the built-in
            default (detected spans replaced by ``<ENTITY>`` tags).
    """

    engine: EngineConfig
    chunk_size: int
    layout: OutputLayout
    redaction: object | None = None


class _EngineHolder:
    """Weak-referenceable holder (``Shared`` keeps weak references)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine


def _engine_tag(config: EngineConfig) -> str:
    """Identifies an engine: its configuration and the detectors registered right now."""
    from detectors.registry import registered

    names = sorted((n, f.__module__, f.__qualname__) for n, f in registered().items())
    return hashlib.sha256(pickle.dumps((config, names))).hexdigest()


class PlanChunksFn(beam.DoFn):
    """Cut one file into chunk references (a cheap pass: no JSON is kept)."""

    def __init__(self, chunk_size: int) -> None:
        self.chunk_size = chunk_size

    def process(self, f: InputFile) -> Iterator[ChunkRef]:
        yield from plan_refs(f, self.chunk_size)


class ReadChunks(beam.PTransform):
    """Files -> chunk references spread over the workers."""

    def __init__(self, files: Sequence[InputFile], chunk_size: int) -> None:
        super().__init__()
        self.files = list(files)
        self.chunk_size = chunk_size

    def expand(self, pbegin):
        return (
            pbegin
            | "ListFiles" >> beam.Create(self.files)
            | "SpreadFiles" >> beam.Reshuffle()
            | "PlanChunks" >> beam.ParDo(PlanChunksFn(self.chunk_size))
            | "SpreadChunks" >> beam.Reshuffle()
        )


class DetectFn(beam.DoFn):
    """Read a ref, detect and redact each chunk; emit Arrow tables as tagged outputs.

    Outputs: ``findings`` and ``redacted`` as ``(name, first record, table)``, ``rejects``
    as ``(name, first record of the ref, [Reject])``, and the main output ``ChunkStats``.
    """

    def __init__(self, settings: ScanSettings) -> None:
        self.settings = settings
        self._holder: _EngineHolder | None = None
        self._redact = redact_record

    def setup(self) -> None:
        if self.settings.redaction is not None:
            from detectors.redact import Redactor

            self._redact = Redactor(self.settings.redaction).record  # type: ignore[arg-type]
        config = self.settings.engine
        self._holder = _ENGINES.acquire(
            lambda: _EngineHolder(Engine(config)), tag=_engine_tag(config)
        )
        _LATEST[:] = [self._holder]
        tune_gc()

    def process(self, ref: ChunkRef):
        name = ref.file.name
        rejects: list[Reject] = []
        nbytes = 0
        for item in read_ref(ref, self.settings.chunk_size):
            if isinstance(item, Reject):
                rejects.append(item)
                continue
            nbytes += item.nbytes
            yield from self.detect_chunk(name, item)
        if rejects:
            yield pvalue.TaggedOutput(REJECTS, (name, ref.first_record, rejects))
        yield ChunkStats(
            source=ref.file.source,
            name=name,
            kind="ref",
            first_record=ref.first_record,
            rejects=len(rejects),
            nbytes=max(ref.nbytes - nbytes, 0),
        )

    def detect_chunk(self, name: str, chunk: Chunk):
        """Detect and redact one chunk; yields the tagged outputs and its stats (also used
        by the streaming pipeline and ``watch``)."""
        engine = self._holder.engine  # type: ignore[union-attr]
        with gc_paused():
            result = engine.scan(
                chunk.records, source=chunk.source, first_record=chunk.first_record
            )
            rows = list(chunk.records)
            for i, spans in result.redactions.items():
                rows[i] = self._redact(rows[i], spans)
            if chunk.schema is None:  # JSON: keys are the record's, not a table's columns
                for i in result.masked_keys:
                    rows[i] = mask_keys(rows[i])
            redacted = rows_to_table(rows, chunk.schema)
        if result.findings.num_rows:
            yield pvalue.TaggedOutput(FINDINGS, (name, chunk.first_record, result.findings))
        if result.sessions:
            yield from _session_parts(result)
        yield pvalue.TaggedOutput(REDACTED, (name, chunk.first_record, redacted))
        yield chunk_stats(
            source=chunk.source,
            name=name,
            first_record=chunk.first_record,
            records=len(chunk.records),
            findings=result.findings,
            phi=result.phi,
            nbytes=chunk.nbytes,
        )


def _session_parts(result) -> Iterator[pvalue.TaggedOutput]:
    """Per session digest in a chunk: (records, has an identifier, has health context)."""
    parts: dict[str, list] = {}
    for i, digest in enumerate(result.sessions):
        if digest is None:
            if result.phi[i]:
                part = parts.setdefault(NO_SESSION, [0, True, True])
                part[0] += 1
            continue
        part = parts.setdefault(digest, [0, False, False])
        part[0] += 1
        part[1] |= bool(result.has_identifier[i])
        part[2] |= bool(result.has_health[i])
    for digest, (n, has_id, has_health) in parts.items():
        yield pvalue.TaggedOutput(SESSIONS, (digest, (n, has_id, has_health)))


def _merge_session(parts) -> tuple[int, bool, bool]:
    n, has_id, has_health = 0, False, False
    for pn, pid, ph in parts:
        n, has_id, has_health = n + pn, has_id or pid, has_health or ph
    return n, has_id, has_health


def _session_counts(row: tuple[str, tuple[int, bool, bool]]) -> tuple[int, int, int]:
    """(records in PHI sessions, sessions, PHI sessions) of one combined session."""
    digest, (n, has_id, has_health) = row
    if digest == NO_SESSION:
        return n, 0, 0
    phi = has_id and has_health
    return (n if phi else 0), 1, int(phi)


def _sum_counts(rows) -> tuple[int, int, int]:
    a = b = c = 0
    for x, y, z in rows:
        a, b, c = a + x, b + y, c + z
    return a, b, c


def _write_session_totals(counts: tuple[int, int, int], layout: OutputLayout) -> str:
    """Write the totals (session digests never leave the workers' memory)."""
    keys = ("phi_records", "sessions", "phi_sessions")
    path = sessions_path(layout)
    writers.write_json(dict(zip(keys, counts, strict=True)), path)
    return path


def sessions_path(layout: OutputLayout) -> str:
    """Where the session PHI totals of a scan with the session rule are written."""
    return writers.join(layout.work, "sessions.json")


class DetectChunks(beam.PTransform):
    """Chunk references -> tagged outputs ``findings``, ``redacted``, ``rejects``, ``stats``."""

    def __init__(self, settings: ScanSettings) -> None:
        super().__init__()
        self.settings = settings

    def expand(self, refs):
        outputs = refs | "DetectAndRedact" >> beam.ParDo(DetectFn(self.settings)).with_outputs(
            FINDINGS, REDACTED, REJECTS, SESSIONS, main=STATS
        )
        return {tag: outputs[tag] for tag in (FINDINGS, REDACTED, REJECTS, SESSIONS, STATS)}


def _write_stats(stats: ChunkStats, layout: OutputLayout) -> str:
    path = layout.stats_part(stats.name, stats.kind, stats.first_record)
    writers.write_json(stats.to_json(), path)
    return path


class WriteOutputs(beam.PTransform):
    """Write every output of :class:`DetectChunks` under the scan's temp folder; merge
    each file's redacted parts into one Parquet file in record order."""

    def __init__(self, layout: OutputLayout) -> None:
        super().__init__()
        self.layout = layout

    def expand(self, outputs):
        layout = self.layout
        outputs[FINDINGS] | "WriteFindings" >> beam.Map(writers.write_findings_part, layout)
        outputs[REJECTS] | "WriteRejects" >> beam.Map(writers.write_rejects_part, layout)
        outputs[STATS] | "WriteStats" >> beam.Map(_write_stats, layout)
        (
            outputs[SESSIONS]
            | "CombineSessions" >> beam.CombinePerKey(_merge_session)
            | "CountSessions" >> beam.Map(_session_counts)
            | "AddUpSessions" >> beam.CombineGlobally(_sum_counts)
            | "WriteSessionTotals" >> beam.Map(_write_session_totals, layout)
        )
        return (
            outputs[REDACTED]
            | "WriteRedactedParts" >> beam.Map(writers.write_redacted_part, layout)
            | "GroupPartsByFile" >> beam.GroupByKey()
            | "MergeRedacted" >> beam.Map(writers.merge_redacted, layout)
        )


def build_scan(pipeline: beam.Pipeline, files: Sequence[InputFile], settings: ScanSettings):
    """Add the scan's steps to ``pipeline``; returns the merged redacted files."""
    refs = pipeline | "ReadChunks" >> ReadChunks(files, settings.chunk_size)
    outputs = refs | "DetectChunks" >> DetectChunks(settings)
    return outputs | "WriteOutputs" >> WriteOutputs(settings.layout)


__all__ = [
    "DetectChunks",
    "DetectFn",
    "PlanChunksFn",
    "ReadChunks",
    "ScanSettings",
    "WriteOutputs",
    "build_scan",
]
