"""The launcher side of ``phistream scan``: check, run the pipeline, finish the outputs.

1. Refuse a non-empty OUTDIR without ``--overwrite``; expand and probe the inputs (any
   whole-file problem is an :class:`~pipelines.inputs.InputError`, exit 2).
2. Run the Beam pipeline (:func:`pipelines.transforms.build_scan`) on whatever runner the
   Beam options name; it writes everything under ``OUTDIR/.phistream-tmp``.
3. After ``wait_until_finish()``: combine the reject parts, add up the per-chunk stats
   into ``summary.json``, write ``report.html``, then move the outputs into OUTDIR and
   drop the temp folder. A scan that fails before that leaves no partial outputs behind
   (only the temp folder, and only with ``--debug``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

from detectors.findings import empty_findings
from detectors.policy import Policy, PolicyError, load_policy
from pipelines import writers
from pipelines.inputs import (
    InputError,
    InputFile,
    expand_inputs,
    file_notes,
    is_local,
    probe_all,
)
from pipelines.options import DEFAULT_CHUNK_SIZE, PhistreamOptions
from pipelines.parallelism import auto_workers, beam_sets_workers, worker_args
from pipelines.progress import ScanProgress
from pipelines.report import write_report
from pipelines.summary import ChunkStats, build_summary
from pipelines.transforms import ScanSettings, build_scan, sessions_path
from pipelines.writers import TMP_DIR, OutputLayout


@dataclass(frozen=True)
class ScanRequest:
    """Everything ``phistream scan`` was asked to do."""

    inputs: tuple[str, ...]
    out: str
    overwrite: bool = False
    format: str | None = None
    policy: str = "safe-harbor"
    ner: bool = True
    chunk_size: int = DEFAULT_CHUNK_SIZE
    quiet: bool = True
    beam_args: tuple[str, ...] = ()
    debug: bool = False
    follow_symlinks: bool = False
    workers: int | None = None  # None: auto (see pipelines.parallelism)


@dataclass(frozen=True)
class ScanOutcome:
    """What a finished scan reports back to the CLI."""

    outdir: str
    summary: dict = field(repr=False)

    @property
    def rejects(self) -> int:
        return int(self.summary["totals"]["rejects"])

    @property
    def phi_records(self) -> int:
        return int(self.summary["totals"]["phi_records"])


def scan_policy(spec: str, *, ner: bool) -> Policy:
    """Load the policy a scan runs with (``--no-ner`` overrides the policy's NER setting).

    Raises:
        InputError: the policy cannot be used; the message names file and line.
    """
    try:
        return load_policy(spec, ner=False if not ner else None)
    except PolicyError as exc:
        raise InputError(*_split_policy_error(str(exc))) from None


def _split_policy_error(message: str) -> tuple[str, str]:
    where, _, cause = message.partition(": ")
    return where, cause or "invalid policy"


def check_outdir(out: str, overwrite: bool) -> None:
    """Refuse an OUTDIR that is a file, or non-empty without ``--overwrite``."""
    if is_local(out) and os.path.exists(out) and not os.path.isdir(out):
        raise InputError(out, "OUTDIR exists and is not a directory")
    if not overwrite and not writers.outdir_is_empty(out):
        raise InputError(
            out, "OUTDIR exists and is not empty; pass --overwrite to replace phistream's outputs"
        )


def runner_args(req: ScanRequest, files: Sequence[InputFile]) -> list[str]:
    """The Beam flags to run with: the user's, plus the worker processes ``--workers``
    asks for when the user's flags leave the runner and its parallelism open.

    Raises:
        InputError: ``--workers N`` contradicts Beam flags that set the same thing.
    """
    args = list(req.beam_args)
    if beam_sets_workers(args):
        if req.workers is not None:
            raise InputError(
                "--workers",
                "the Beam options after -- already choose the runner or its workers; "
                "drop one of them",
            )
        return args
    workers = req.workers or auto_workers(sum(f.size for f in files))
    return [*args, *worker_args(workers)]


def pipeline_options(req: ScanRequest, beam_args: Sequence[str] | None = None) -> PipelineOptions:
    """Beam options: the user's pass-through flags (or ``beam_args``) plus phistream's own."""
    return PipelineOptions(
        list(req.beam_args if beam_args is None else beam_args),
        phistream_policy=req.policy,
        phistream_no_ner=not req.ner,
        phistream_chunk_size=req.chunk_size,
    )


def _read_stats(layout: OutputLayout) -> list[ChunkStats]:
    return [
        ChunkStats.from_json(writers.read_json(p))  # type: ignore[arg-type]
        for p in writers.list_files(layout.stats_dir, ".json")
    ]


def _read_sessions(layout: OutputLayout) -> dict[str, int]:
    path = sessions_path(layout)
    return writers.read_json(path) if writers.exists(path) else {}  # type: ignore[return-value]


def _redacted_paths(files: Sequence[InputFile], layout: OutputLayout) -> dict[str, str]:
    prefix = layout.final.rstrip("/") + "/"
    out = {}
    for f in files:
        path = layout.redacted_file(f.name)
        out[f.name] = path[len(prefix) :] if path.startswith(prefix) else path
    return out


@contextlib.contextmanager
def _stderr_silenced(enabled: bool):
    """Point file descriptor 2 at /dev/null while the pipeline runs.

    Beam's worker processes (``multi_processing``, local job services) inherit the fd and
    log to it directly; Python-level logging settings cannot reach them. Yields a
    ``rich`` console on the *original* stderr for the progress display.
    """
    from rich.console import Console

    if not enabled:
        yield None
        return
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
        with os.fdopen(os.dup(saved), "w", encoding="utf-8") as term:
            yield Console(file=term, force_terminal=os.isatty(saved) or None)
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)


def run_scan(
    req: ScanRequest, *, console_factory: Callable[[], object] | None = None
) -> ScanOutcome:
    """Scan ``req.inputs`` into ``req.out``.

    Raises:
        InputError: bad usage or an input that cannot be opened (exit 2).
        Exception: anything else is an internal error (exit 3).
    """
    started = dt.datetime.now(dt.timezone.utc)
    t0 = time.perf_counter()
    check_outdir(req.out, req.overwrite)
    policy = scan_policy(req.policy, ner=req.ner)
    config = policy.engine
    not_scanned: list[str] = []
    outside_links: list[str] = []
    files = probe_all(
        expand_inputs(
            req.inputs,
            fmt=req.format,
            exclude=req.out,
            follow_symlinks=req.follow_symlinks,
            not_scanned=not_scanned,
            outside_links=outside_links,
        )
    )
    if not_scanned:
        print(not_scanned_note(not_scanned), file=sys.stderr)
    if outside_links:
        print(outside_links_note(outside_links), file=sys.stderr)

    for note in (n for f in files for n in file_notes(f)):  # a choice the user should know of
        print(f"phistream: note: {note}", file=sys.stderr)
    options = pipeline_options(req, runner_args(req, files))
    own = options.view_as(PhistreamOptions)
    layout = OutputLayout(writers.join(req.out, TMP_DIR))
    settings = ScanSettings(
        engine=config,
        chunk_size=own.phistream_chunk_size,
        layout=layout,
        redaction=policy.redaction,
    )
    runner = options.view_as(StandardOptions).runner or "DirectRunner"
    created = not writers.exists(req.out)
    writers.remove(layout.root)  # a crashed scan's leftovers

    try:
        with _stderr_silenced(not req.debug) as term:
            console = console_factory() if console_factory else term
            with ScanProgress(layout.stats_dir, files, enabled=not req.quiet, console=console):
                pipeline = beam.Pipeline(options=options)
                build_scan(pipeline, files, settings)
                pipeline.run().wait_until_finish()

        rejects = writers.combine_rejects(layout)
        writers.ensure_findings(layout, empty_findings())
        stats = _read_stats(layout)
        wall = time.perf_counter() - t0
        summary = build_summary(
            stats,
            files,
            wall_time=wall,
            runner=str(runner),
            settings={
                "policy": policy.describe(),
                "ner": config.ner,
                "chunk_size": settings.chunk_size,
                "format": req.format,
            },
            redacted=_redacted_paths(files, layout),
            started=started,
            destinations=policy.destinations,
            sessions=_read_sessions(layout) if config.phi.rule == "session" else None,
        )
        if summary["totals"]["rejects"] != rejects.num_rows:  # pragma: no cover - invariant
            raise RuntimeError("reject counts disagree between stats and rejects parts")
        writers.write_json(summary, writers.join(layout.final, "summary.json"))
        write_report(layout.final, summary)
        writers.publish(layout, req.out)
    except BaseException:
        if not req.debug:
            writers.remove(layout.root)
            if created and is_local(req.out) and os.path.isdir(req.out) and not os.listdir(req.out):
                os.rmdir(req.out)
        raise
    return ScanOutcome(outdir=req.out, summary=summary)


def outside_links_note(paths: list[str]) -> str:
    """One line naming the symlinks left out because they lead out of their input folder,
    and the flag that scans them (the files are the user's, not unreadable records)."""
    return _left_out_note(
        paths, "symlink(s) leading out of the input folder", "pass --follow-symlinks to scan them"
    )


def not_scanned_note(paths: list[str]) -> str:
    """One line naming the files a folder held in no known format (a few by name)."""
    return _left_out_note(
        paths, "file(s) with no known extension", "--format reads every input as one format"
    )


def _left_out_note(paths: list[str], what: str, remedy: str, shown: int = 3) -> str:
    """``phistream: note: N <what> not scanned (a, b, c and N more); <remedy>``."""
    names = ", ".join(os.path.basename(p) for p in paths[:shown])
    more = f" and {len(paths) - shown:,} more" if len(paths) > shown else ""
    return f"phistream: note: {len(paths):,} {what} not scanned ({names}{more}); {remedy}"
