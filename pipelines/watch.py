"""``phistream watch DIR --out OUTDIR``: the scan, continuously, on a laptop.

Every ``--window`` seconds (default 10) whatever is new under DIR (files that appeared,
complete lines appended to JSON-lines files: see :mod:`pipelines.watch_files`) is scanned
as one *micro-batch*, and the window's findings, redacted and rejects parts are committed
to OUTDIR together with the state that says what has been scanned
(:mod:`pipelines.watch_state`); then ``summary.json`` is rewritten.

What runs underneath, and why. Each window goes through the batch scan's own
:class:`~pipelines.transforms.DetectFn` (same reader, engine, redaction and outputs):

- by default *in this process*: the DoFn is set up once (the engine is built once) and
  each window's chunk references are handed to it directly, so a window costs its
  detection time and nothing else. Measured with ``benchmarks/bench_watch.py`` on the
  2-core development VM (``--no-ner``, 20 drops of 50 GA4 events each), from a file
  landing to its findings on disk: window 1 s, median 0.76 s / max 0.95 s; window 2 s,
  1.54 / 1.91 s; window 10 s, 7.7 / 9.5 s (a file waits for its window to end, so up to
  one window plus the scan). Appending 2,000 records/s to one JSON-lines file, watch keeps
  up, scanning about 2,200 records/s on one core;
- with Beam options after ``--`` (``--runner``, ``--direct_num_workers``,
  ``--direct_running_mode``, ...), as one Beam *batch* pipeline per window
  (``Create(refs) | DetectChunks``) on that runner: the same transform, but every window
  pays a pipeline start (window 2 s: median 1.77 s / max 2.63 s, and scanning drops to
  about 900 records/s on the in-process DirectRunner). Worth it only for a large backlog
  spread over worker processes.

A Beam *streaming* pipeline on the DirectRunner was not chosen for ``watch``: the
DirectRunner keeps no checkpoints, so a crash would lose or repeat whatever it had
buffered, and exactly-once across ``kill -9`` needs the commit protocol here anyway; it
also pays its per-element cost for every record. The streaming pipeline
(:mod:`pipelines.streaming`) is what runs on Dataflow or Flink, whose checkpoints give
those guarantees.

One watch per OUTDIR: a second one on the same OUTDIR is refused (exit 2) while the first
holds its lock, since both would scan the same records into the same parts and state.

Signals: the first SIGINT or SIGTERM closes the current window at once (it is scanned,
written and committed), then watch exits 0; a second one aborts (exit 130) and the
unfinished window is redone on the next start, as after ``kill -9``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import math
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import apache_beam as beam
import pyarrow as pa
from apache_beam import pvalue
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

from detectors.findings import empty_findings
from pipelines import writers
from pipelines.inputs import InputError, InputFile, is_local, safe_name
from pipelines.options import SCAN_OPTIONS, Option, add_options
from pipelines.readers import ChunkRef
from pipelines.summary import ChunkStats, build_summary
from pipelines.tables import conform, unify
from pipelines.transforms import (
    FINDINGS,
    REDACTED,
    REJECTS,
    STATS,
    DetectChunks,
    DetectFn,
    ScanSettings,
)
from pipelines.watch_files import Tracker, Work
from pipelines.watch_state import (
    RECENT_WINDOWS,
    STATE_DIR,
    WatchState,
    add_stats,
    commit,
    load,
    recover,
    save,
    staged_files,
    staging_dir,
    state_dir,
    write_json_atomic,
)
from pipelines.writers import OUTPUT_NAMES, OutputLayout

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory locks
    fcntl = None  # type: ignore[assignment]

EXIT_OK, EXIT_USAGE, EXIT_INTERNAL, EXIT_ABORTED = 0, 2, 3, 130
DEFAULT_WINDOW_S = 10.0
DEFAULT_SETTLE_S = 1.0
#: Polls of DIR per window at least (and at most every 0.25 s).
POLL_S = 0.25
#: A window that fails this many times in a row stops watch (exit 3).
MAX_FAILURES = 3
PUBLISHED = ("findings", "redacted", "rejects")


def _seconds(text: str, *, zero: bool = False) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not math.isfinite(value) or value < 0 or (value == 0 and not zero):
        raise argparse.ArgumentTypeError(f"must be {'>= 0' if zero else '> 0'}, got {text}")
    return value


def positive_seconds(text: str) -> float:
    """argparse type: seconds > 0."""
    return _seconds(text)


def seconds_or_zero(text: str) -> float:
    """argparse type: seconds >= 0."""
    return _seconds(text, zero=True)


#: ``scan`` options that ``watch`` takes too, then watch's own.
SHARED_FLAGS = (
    "--out",
    "--overwrite",
    "--format",
    "--policy",
    "--no-ner",
    "--quiet",
    "--chunk-size",
    "--debug",
)
WATCH_OPTIONS: tuple[Option, ...] = (
    Option(
        "--window",
        "seconds per window; each window adds findings/ and redacted/ parts "
        f"(default {DEFAULT_WINDOW_S:g})",
        default=DEFAULT_WINDOW_S,
        type=positive_seconds,
        metavar="SECONDS",
    ),
    Option(
        "--idle-exit",
        "exit 0 after this many seconds without new data",
        type=positive_seconds,
        metavar="SECONDS",
    ),
    Option(
        "--settle",
        "a file other than JSON lines is scanned once unchanged for this long "
        f"(default {DEFAULT_SETTLE_S:g})",
        default=DEFAULT_SETTLE_S,
        type=seconds_or_zero,
        metavar="SECONDS",
    ),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``watch``'s arguments to a (sub)parser."""
    parser.add_argument("dir", metavar="DIR", help="directory to watch (recursively)")
    shared = [o for o in SCAN_OPTIONS if o.flag in SHARED_FLAGS]
    add_options(parser, [*shared, *WATCH_OPTIONS])


@dataclass(frozen=True)
class WatchConfig:
    """Everything ``phistream watch`` was asked to do."""

    dir: str
    out: str
    window: float = DEFAULT_WINDOW_S
    idle_exit: float | None = None
    settle: float = DEFAULT_SETTLE_S
    policy: str = "safe-harbor"
    ner: bool = True
    format: str | None = None
    chunk_size: int = 2000
    overwrite: bool = False
    quiet: bool = False
    beam_args: tuple[str, ...] = ()

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> WatchConfig:
        return cls(
            dir=args.dir,
            out=args.out,
            window=args.window,
            idle_exit=args.idle_exit,
            settle=args.settle,
            policy=args.policy,
            ner=not args.no_ner,
            format=args.format,
            chunk_size=args.chunk_size,
            overwrite=args.overwrite,
            quiet=args.quiet,
            beam_args=tuple(getattr(args, "beam_args", ()) or ()),
        )


def run(args: argparse.Namespace, *, stop: threading.Event | None = None) -> int:
    """Run ``phistream watch`` until a signal, ``--idle-exit`` or ``stop`` is set.

    ``args.beam_args`` (optional) holds the Beam options given after ``--``.

    Returns:
        0 after a clean stop.

    Raises:
        InputError: bad usage (DIR or OUTDIR unusable, a policy that cannot be used,
            OUTDIR watching something else): exit 2.
    """
    return Watcher(WatchConfig.from_args(args), stop=stop).run()


# -- staging a window's outputs --------------------------------------------------------------


def _redacted_dir(name: str) -> list[str]:
    parts = name.split("/")
    return ["redacted", *parts[:-1], parts[-1] + ".parquet"]


def stage(value: object, tag: str, root: str, seq: int) -> str | None:
    """Write one output of :class:`DetectFn` under a window's staging folder, laid out as
    it will be in OUTDIR. Returns the path (None when nothing is written).

    Findings parts are named like ``scan``'s (``findings/<name>-<first record>.parquet``:
    a file's record ranges never overlap between windows). A file's redacted copy is a
    folder of parts, ``redacted/<name>.parquet/<first record>-<window>.parquet``, which
    Arrow and Spark read as one dataset in record order.
    """
    if tag == FINDINGS:
        name, first, table = value  # type: ignore[misc]
        path = writers.join(root, "findings", f"{safe_name(name)}-{first:012d}.parquet")
        writers.write_parquet(table, path)
    elif tag == REDACTED:
        name, first, table = value  # type: ignore[misc]
        if table.num_rows == 0 and first != 0:
            return None  # only blank lines or rejects: nothing to add to the copy
        path = writers.join(root, *_redacted_dir(name), f"{first:012d}-{seq:06d}.parquet")
        writers.write_parquet(table, path)
    elif tag == REJECTS:
        name, first, rejects = value  # type: ignore[misc]
        table = pa.Table.from_pylist([r._asdict() for r in rejects], schema=writers.REJECTS_SCHEMA)
        path = writers.join(root, "rejects", f"{safe_name(name)}-{first:012d}.parquet")
        writers.write_parquet(table, path)
    elif tag == STATS:
        st: ChunkStats = value  # type: ignore[assignment]
        path = writers.join(
            root, "stats", f"{safe_name(st.name)}-{st.kind}-{st.first_record:012d}.json"
        )
        writers.write_json(st.to_json(), path)
    else:  # SESSIONS: the session rule is refused before anything runs
        return None
    return path


class InProcessDetector:
    """Windows scanned by the batch scan's DoFn, called directly (set up once)."""

    runner = "in-process (DetectFn)"

    def __init__(self, settings: ScanSettings) -> None:
        self.fn = DetectFn(settings)
        self.fn.setup()

    def run(self, refs: Sequence[ChunkRef], root: str, seq: int) -> None:
        for ref in refs:
            for out in self.fn.process(ref):
                if isinstance(out, pvalue.TaggedOutput):
                    stage(out.value, out.tag, root, seq)
                else:
                    stage(out, STATS, root, seq)


class BeamWindowDetector:
    """Windows scanned by one Beam batch pipeline each, on the runner the options name."""

    def __init__(self, settings: ScanSettings, beam_args: Sequence[str]) -> None:
        self.settings = settings
        self.beam_args = list(beam_args)
        opts = PipelineOptions(self.beam_args)
        self.runner = str(opts.view_as(StandardOptions).runner or "DirectRunner")

    def run(self, refs: Sequence[ChunkRef], root: str, seq: int) -> None:
        pipeline = beam.Pipeline(options=PipelineOptions(self.beam_args))
        outputs = (
            pipeline
            | "Refs" >> beam.Create(list(refs))
            | "SpreadRefs" >> beam.Reshuffle()
            | "DetectChunks" >> DetectChunks(self.settings)
        )
        for tag in (FINDINGS, REDACTED, REJECTS, STATS):
            _ = outputs[tag] | f"Stage_{tag}" >> beam.Map(stage, tag, root, seq)
        pipeline.run().wait_until_finish()


# -- the watcher -----------------------------------------------------------------------------

#: Crash tests: ``PHISTREAM_WATCH_CRASH=staged`` (or ``committed``; ``staged:3`` for window
#: 3 only) kills the process with SIGKILL at that point of a window, as ``kill -9`` would:
#: ``staged`` after the window's parts are written, before its commit point; ``committed``
#: right after the commit point, before the parts are moved into OUTDIR.
CRASH_ENV = "PHISTREAM_WATCH_CRASH"


def _crash_point(where: str, seq: int) -> None:
    spec = os.environ.get(CRASH_ENV, "")
    if spec in (where, f"{where}:{seq}"):
        os.kill(os.getpid(), signal.SIGKILL)


def read_parts(folder: str) -> pa.Table:
    """A watch output folder of Parquet parts (a redacted copy, ``findings/``) as one table
    in part-name order, i.e. record order: the parts' schemas are unified first (JSON
    records of different windows may differ in fields and types)."""
    paths = [p for p in writers.list_files(folder, ".parquet") if "/." not in p]
    tables = [writers.read_parquet(p) for p in paths]
    schema = unify([t.schema for t in tables])
    tables = [conform(t, schema) for t in tables if t.num_rows]
    return pa.concat_tables(tables) if tables else schema.empty_table()


def _lock_outdir(out: str, named: str) -> int | None:
    """Hold an exclusive lock on OUTDIR (created if missing) for this process: two watchers
    on one OUTDIR would each scan the same records and duplicate them in its parts (and
    the second one's start would delete the first one's staged window). The lock is the
    directory's own (``flock``), so no file is added to OUTDIR and a killed watcher's lock
    goes with it. Returns the descriptor to close, or None where locks do not exist."""
    if fcntl is None:
        return None
    os.makedirs(out, exist_ok=True)
    fd = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise InputError(
            named, "another phistream watch is using OUTDIR; stop it first or use another OUTDIR"
        ) from None
    except OSError:  # a filesystem without locks (some network mounts): watch unlocked
        os.close(fd)
        return None
    return fd


def _now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _policy_fingerprint(spec: str, described: dict) -> dict:
    """What must not change between runs on one OUTDIR (file content included)."""
    doc = dict(described)
    if os.path.isfile(spec):
        with open(spec, "rb") as fh:
            doc["sha256"] = hashlib.sha256(fh.read()).hexdigest()
    return doc


class Watcher:
    """One ``phistream watch`` run (see the module docstring)."""

    def __init__(
        self,
        cfg: WatchConfig,
        *,
        stop: threading.Event | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        from pipelines.scan import scan_policy

        self.cfg = cfg
        self.stop = stop or threading.Event()
        self.clock = clock
        self.out = os.path.abspath(cfg.out)
        self.root = os.path.abspath(cfg.dir)
        self._check_paths()
        self.policy = scan_policy(cfg.policy, ner=cfg.ner)
        if self.policy.engine.phi.rule == "session":
            raise InputError(
                cfg.policy,
                "the session PHI rule joins records across a whole scan; watch cannot apply "
                "it per window (use phi rule 'record' or 'authenticated')",
            )
        self.settings = ScanSettings(
            engine=self.policy.engine,
            chunk_size=cfg.chunk_size,
            layout=OutputLayout(os.path.join(state_dir(self.out), "unused")),
            redaction=self.policy.redaction,
        )
        self.fingerprint = {
            "policy": _policy_fingerprint(cfg.policy, self.policy.describe()),
            "format": cfg.format,
        }
        self._lock = _lock_outdir(self.out, cfg.out)
        try:
            self._setup()
        except BaseException:
            self.close()
            raise

    def _setup(self) -> None:
        cfg, clock = self.cfg, self.clock
        self.state = self._open_state()
        self.tracker = Tracker(
            self.root,
            self.state.base,
            dict(self.state.files),
            fmt=cfg.format,
            exclude=self.out,
            settle=cfg.settle,
            chunk_size=cfg.chunk_size,
            warn=self._warn,
            clock=clock,
            wall=time.time,
        )
        self.detector: InProcessDetector | BeamWindowDetector = (
            BeamWindowDetector(self.settings, cfg.beam_args)
            if cfg.beam_args
            else InProcessDetector(self.settings)
        )
        self.failures = 0
        self.waiting: list[tuple[str, str]] = []

    def close(self) -> None:
        """Release OUTDIR's lock (also released when the process ends, however it ends)."""
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    # -- setup ---------------------------------------------------------------------------

    def _check_paths(self) -> None:
        cfg = self.cfg
        for path in (cfg.dir, cfg.out):
            if not is_local(path):
                raise InputError(path, "watch works on local directories only")
        if not os.path.isdir(cfg.dir):
            what = "is not a directory" if os.path.exists(cfg.dir) else "no such directory"
            raise InputError(cfg.dir, what)
        if os.path.exists(cfg.out) and not os.path.isdir(cfg.out):
            raise InputError(cfg.out, "OUTDIR exists and is not a directory")
        if self.root == self.out or self.root.startswith(self.out + os.sep):
            raise InputError(cfg.out, "OUTDIR cannot be DIR or contain it")

    def _open_state(self) -> WatchState:
        cfg = self.cfg
        try:
            state = load(self.out)
        except (ValueError, KeyError, TypeError, OSError):
            if not cfg.overwrite:
                raise InputError(
                    cfg.out, "the watch state in OUTDIR cannot be read; pass --overwrite"
                ) from None
            state = None
        if state is not None and not cfg.overwrite:
            if state.dir != self.root:
                raise InputError(
                    cfg.out,
                    f"OUTDIR holds the state of watching {state.dir}; use another OUTDIR "
                    "or --overwrite",
                )
            if dict(state.settings) != self.fingerprint:
                raise InputError(
                    cfg.out,
                    "OUTDIR was written with another policy, NER or format setting; use "
                    "the same options, another OUTDIR, or --overwrite",
                )
            return recover(self.out, state)
        if state is None and not cfg.overwrite and not writers.outdir_is_empty(cfg.out):
            raise InputError(
                cfg.out,
                "OUTDIR exists and is not empty; pass --overwrite to replace phistream's outputs",
            )
        for name in (*OUTPUT_NAMES, STATE_DIR):
            writers.remove(os.path.join(self.out, name))
        arg = cfg.dir.rstrip("/")
        base = "" if arg in ("", ".") else arg + "/"
        fresh = WatchState(self.root, base, self.fingerprint, _now_iso())
        save(self.out, fresh)
        return fresh

    # -- output ----------------------------------------------------------------------------

    def _warn(self, message: str) -> None:
        print(f"phistream: warning: {message}", file=sys.stderr, flush=True)

    def _summary(self) -> dict:
        st = self.state
        files = [
            InputFile(
                path=os.path.join(self.root, f.name),
                source=f.source,
                name=f.name,
                format=f.format,
                size=f.offset,
                layout=f.layout,
                gzip=f.gzip,
            )
            for f in sorted(st.files.values(), key=lambda f: f.name)
            if f.status in ("tail", "done", "stopped") and f.layout
        ]
        doc = build_summary(
            [ChunkStats.from_json(v) for v in st.stats.values()],
            files,
            wall_time=st.busy_s,
            runner=f"phistream watch: {self.detector.runner}",
            settings={
                "policy": self.policy.describe(),
                "ner": self.policy.engine.ner,
                "chunk_size": self.cfg.chunk_size,
                "format": self.cfg.format,
            },
            # The report reads a redacted copy as one Parquet file; watch's copies are
            # folders of parts, named in each source's ``redacted_parts`` instead.
            redacted={},
            started=dt.datetime.fromisoformat(st.started),
            destinations=self.policy.destinations,
        )
        parts = {f.source: "/".join(_redacted_dir(f.name)) for f in files}
        for entry in doc["sources"]:
            entry["redacted_parts"] = parts.get(entry["source"])
        doc["watch"] = {
            "dir": st.dir,
            "window_s": self.cfg.window,
            "windows": st.seq,
            "scan_time_s": round(st.busy_s, 3),
            "recent_windows": list(st.recent),
            "not_scanned": [
                {"source": f.source, "status": f.status, "cause": f.note}
                for f in sorted(st.files.values(), key=lambda f: f.name)
                if f.status in ("unreadable", "stopped") or f.note
            ]
            + [
                {"source": source, "status": "waiting", "cause": cause}
                for source, cause in self.waiting
            ],
        }
        return doc

    def _write_summary(self) -> None:
        write_json_atomic(os.path.join(self.out, "summary.json"), self._summary())

    def _ensure_findings(self) -> None:
        """Like ``scan``: a readable (empty) findings dataset even before any finding."""
        if not writers.list_files(os.path.join(self.out, "findings"), ".parquet"):
            writers.write_parquet(
                empty_findings(), os.path.join(self.out, "findings", "empty.parquet")
            )

    # -- windows ---------------------------------------------------------------------------

    def _window(self, work: list[Work]) -> bool:
        """Scan and commit one window; False when it failed (it is retried)."""
        seq = self.state.seq + 1
        root = staging_dir(self.out, seq)
        shutil.rmtree(root, ignore_errors=True)
        started = _now_iso()
        t0 = time.perf_counter()
        refs = [r for w in work for r in w.refs]
        try:
            if refs:
                self.detector.run(refs, root, seq)
        except Exception as exc:
            shutil.rmtree(root, ignore_errors=True)
            self.failures += 1
            if self.failures >= MAX_FAILURES:
                raise
            self._warn(f"window {seq} failed ({type(exc).__name__}); it is retried")
            return False
        self.failures = 0
        stats = [
            ChunkStats.from_json(writers.read_json(p))  # type: ignore[arg-type]
            for p in writers.list_files(os.path.join(root, "stats"), ".json")
        ]
        seconds = time.perf_counter() - t0
        metrics = {
            "window": seq,
            "started": started,
            "seconds": round(seconds, 3),
            "files": len({r.file.name for r in refs}),
            "records": sum(s.records for s in stats),
            "rejects": sum(s.rejects for s in stats),
            "findings": sum(s.findings for s in stats),
            "phi_records": sum(s.phi_records for s in stats),
        }
        files = dict(self.state.files)
        files.update({w.after.name: w.after for w in work})
        recent = (*self.state.recent, metrics)[-RECENT_WINDOWS:] if refs else self.state.recent
        after = replace(
            self.state,
            seq=seq,
            busy_s=self.state.busy_s + seconds,
            files=files,
            stats=add_stats(self.state.stats, stats),
            recent=recent,
        )
        _crash_point("staged", seq)
        self.state = commit(
            self.out,
            after,
            staged_files(self.out, seq, PUBLISHED),
            committed=lambda: _crash_point("committed", seq),
        )
        self.tracker.done(work)
        self._write_summary()
        if refs and not self.cfg.quiet:
            print(
                f"phistream: window {seq}: {metrics['records']:,} records from "
                f"{metrics['files']} file(s), {metrics['findings']:,} findings, "
                f"{metrics['phi_records']:,} with PHI ({seconds:.2f} s)",
                flush=True,
            )
        return True

    @contextlib.contextmanager
    def _signals(self):
        """First SIGINT/SIGTERM: finish the window and stop; second: abort."""
        if threading.current_thread() is not threading.main_thread():
            yield
            return

        def handler(signum, frame):
            if self.stop.is_set():
                raise KeyboardInterrupt
            self.stop.set()

        old = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for s, h in old.items():
                signal.signal(s, h)

    def run(self) -> int:
        """Watch until stopped (then the lock on OUTDIR is released)."""
        try:
            return self._run()
        finally:
            self.close()

    def _run(self) -> int:
        cfg = self.cfg
        self._ensure_findings()
        self._write_summary()
        poll = min(POLL_S, cfg.window / 4)
        start = self.clock()
        next_end = start + cfg.window
        last_data = start
        with self._signals():
            try:
                while True:
                    now = self.clock()
                    if now < next_end and not self.stop.is_set():
                        self.stop.wait(min(poll, next_end - now))
                    if self.tracker.poll():
                        last_data = self.clock()
                    now = self.clock()
                    idle = (
                        cfg.idle_exit is not None
                        and now - last_data >= cfg.idle_exit
                        and not self.tracker.settling()
                    )
                    closing = self.stop.is_set() or idle
                    if now < next_end and not closing:
                        continue
                    work = self.tracker.ready()
                    if work and self._window(work) and any(w.refs for w in work):
                        last_data = self.clock()
                    elapsed = self.clock() - start
                    next_end = start + (math.floor(elapsed / cfg.window) + 1) * cfg.window
                    if closing:
                        break
            except KeyboardInterrupt:
                return EXIT_ABORTED
        self._finish()
        return EXIT_OK

    def _finish(self) -> None:
        """Name what is seen but not scanned yet (an unfinished last line, a file still
        being written): nothing is skipped in silence; a restart scans it once ready."""
        from pipelines.report import write_report

        self.waiting = self.tracker.unfinished()
        for source, cause in self.waiting:
            self._warn(f"{source}: {cause} when watch stopped; a restart scans it once complete")
        if self.waiting:
            self._write_summary()
        try:
            write_report(self.out, self._summary())
        except Exception as exc:  # the outputs are complete without it
            self._warn(f"report.html not written ({type(exc).__name__}); run 'phistream report'")


# -- ``python -m pipelines.watch`` -------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """``phistream watch`` as a module (the same arguments, exit codes and messages)."""
    import logging
    import warnings

    argv = list(sys.argv[1:] if argv is None else argv)
    cut = argv.index("--") if "--" in argv else len(argv)
    own, beam_args = argv[:cut], argv[cut + 1 :]
    debug = "--debug" in own or os.environ.get("PHISTREAM_DEBUG", "") not in ("", "0")
    if not debug:  # Beam logs freely; stderr carries phistream's own lines only
        logging.getLogger().setLevel(logging.CRITICAL)
        warnings.filterwarnings("ignore")
    parser = argparse.ArgumentParser(
        prog="phistream watch",
        usage="phistream watch DIR --out OUTDIR [--window SECONDS] [--idle-exit SECONDS] "
        "[options] [-- beam options]",
    )
    add_arguments(parser)
    try:
        args = parser.parse_args(own)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    args.beam_args = beam_args
    try:
        return run(args)
    except InputError as exc:
        print(f"phistream: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_ABORTED
    except Exception as exc:
        if debug:
            raise
        print(
            f"phistream: error: internal error: {type(exc).__name__}; rerun with --debug",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
