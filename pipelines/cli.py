"""The ``phistream`` command line.

::

    phistream scan INPUT [INPUT ...] --out OUTDIR [options] [-- beam pipeline options]
    phistream report OUTDIR
    phistream verify OUTDIR
    phistream bench INPUT [INPUT ...] [--records N] [--policy FILE|PRESET] [--compare presidio]
    phistream watch DIR --out OUTDIR [--window SECONDS] [--idle-exit SECONDS] [options]

Exit codes (CONTRACT.md): 0 done; 1 PHI found with ``--fail-on-phi``; 2 bad usage or an
input that cannot be opened (one line naming the file and the cause); 3 internal error
(one line; the traceback only with ``--debug`` or ``PHISTREAM_DEBUG=1``); 4 finished, but
some records could not be read (a one-line warning with the count).

Beam and its dependencies log freely at import and run time; unless debugging, the CLI
silences them so that stderr carries only phistream's own lines.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import traceback
import warnings
from collections.abc import Sequence

EXIT_OK, EXIT_PHI, EXIT_USAGE, EXIT_INTERNAL, EXIT_REJECTS = 0, 1, 2, 3, 4
PROG = "phistream"


class UsageError(Exception):
    """Bad command-line usage (exit 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting: errors stay one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _split_beam_args(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split at the first ``--``: phistream's arguments, then Beam's."""
    argv = list(argv)
    if "--" in argv:
        i = argv.index("--")
        return argv[:i], argv[i + 1 :]
    return argv, []


def _silence(debug: bool) -> None:
    """Keep Beam's and its dependencies' logs and warnings off stderr unless debugging."""
    root = logging.getLogger()
    if debug:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
        return
    if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
        root.addHandler(logging.NullHandler())
    root.setLevel(logging.CRITICAL)
    warnings.filterwarnings("ignore")


def build_parser() -> argparse.ArgumentParser:
    """The ``phistream`` parser, its scan options from :data:`pipelines.options.SCAN_OPTIONS`."""
    from pipelines.options import add_options

    parser = _Parser(
        prog=PROG,
        description="Find and redact PHI in analytics and CRM exports, on Apache Beam.",
        epilog="Anything after '--' is passed to Apache Beam as pipeline options.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    scan = sub.add_parser(
        "scan",
        help="scan files into findings, redacted copies, rejects, summary and report",
        usage=f"{PROG} scan INPUT [INPUT ...] --out OUTDIR [options] [-- beam options]",
    )
    scan.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories or globs")
    add_options(scan)
    report = sub.add_parser("report", help="rebuild report.html from a scan's outputs")
    report.add_argument("outdir", metavar="OUTDIR")
    verify = sub.add_parser(
        "verify",
        help="re-scan a scan's redacted copies with its policy; exit 1 if identifiers remain",
    )
    verify.add_argument("outdir", metavar="OUTDIR")
    from pipelines import bench

    bench_cmd = sub.add_parser(
        "bench", help="detector throughput and scan time on your own data", usage=bench.USAGE
    )
    bench.add_arguments(bench_cmd)
    from pipelines import watch as watch_cmd

    watch = sub.add_parser(
        "watch",
        help="scan files as they land under DIR, window by window",
        usage=f"{PROG} watch DIR --out OUTDIR [--window SECONDS] [--idle-exit SECONDS] "
        "[options] [-- beam options]",
    )
    watch_cmd.add_arguments(watch)
    return parser


def _error(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def _internal_error(exc: BaseException, debug: bool) -> int:
    """One line naming the exception type and the pipeline step, never its message (a
    third-party message may quote a value); the traceback only when debugging."""
    if debug:
        traceback.print_exception(exc)
    step = re.search(r"while running '([^']+)'", str(exc))
    where = f" in step '{step.group(1)}'" if step else ""
    hint = "" if debug else "; rerun with --debug for the traceback"
    _error(f"internal error: {type(exc).__name__}{where}{hint}")
    return EXIT_INTERNAL


def _check_runner(beam_args: Sequence[str]) -> None:
    """Refuse an unknown ``--runner`` after ``--`` as bad usage (exit 2), naming the
    nearest runner Beam knows, rather than as an internal error once Beam tries it."""
    import difflib

    from apache_beam.options.pipeline_options import StandardOptions

    from pipelines.options import unknown_runner

    name = unknown_runner(beam_args)
    if name is None:
        return
    known = {n.lower(): n for n in StandardOptions.KNOWN_RUNNER_NAMES}
    close = difflib.get_close_matches(name.lower(), list(known), n=1, cutoff=0.75)
    hint = (
        f" (did you mean '{known[close[0]]}'?)"
        if close
        else f" (Beam knows {', '.join(known.values())})"
    )
    raise UsageError(f"--runner: Beam has no runner '{name}'{hint}")


def _print_summary(summary: dict, outdir: str) -> None:
    from pipelines.terminal_summary import print_summary

    print_summary(summary, outdir)


def _scan(args: argparse.Namespace, beam_args: list[str], debug: bool) -> int:
    from pipelines.options import unknown_beam_args
    from pipelines.scan import ScanRequest, run_scan

    unknown = unknown_beam_args(beam_args)
    if unknown:
        print(
            f"{PROG}: warning: Beam does not know (and ignores) {', '.join(unknown)}",
            file=sys.stderr,
        )

    req = ScanRequest(
        inputs=tuple(args.inputs),
        out=args.out,
        overwrite=args.overwrite,
        format=args.format,
        policy=args.policy,
        ner=not args.no_ner,
        chunk_size=args.chunk_size,
        quiet=args.quiet,
        beam_args=tuple(beam_args),
        debug=debug,
        follow_symlinks=args.follow_symlinks,
        workers=args.workers,
    )
    outcome = run_scan(req)
    if not args.quiet:
        _print_summary(outcome.summary, args.out)
    code = EXIT_OK
    if outcome.rejects:
        rejects = os.path.join(args.out, "rejects", "rejects.parquet")
        print(
            f"{PROG}: warning: {outcome.rejects:,} record(s) could not be read; see {rejects}",
            file=sys.stderr,
        )
        code = EXIT_REJECTS
    if args.fail_on_phi and outcome.phi_records:
        print(
            f"{PROG}: {outcome.phi_records:,} record(s) hold PHI (--fail-on-phi)", file=sys.stderr
        )
        code = EXIT_PHI
    return code


def _report(args: argparse.Namespace) -> int:
    from pipelines.report import write_report

    try:
        path = write_report(args.outdir)
    except FileNotFoundError:
        raise UsageError(
            f"{args.outdir}: no summary.json here (not a phistream scan output?)"
        ) from None
    print(path)
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from pipelines.verify import verify, write_result

    result = verify(args.outdir)
    path = write_result(args.outdir, result)
    doc = result.to_json()
    print(
        f"{PROG}: verified {doc['records']:,} records in {doc['files']} redacted file(s): "
        f"{doc['residual_identifiers']:,} residual identifier finding(s); "
        f"{doc['findings'].get('kept', 0):,} kept by policy, "
        f"{doc['findings'].get('redacted', 0):,} redaction outputs re-detected"
    )
    for row in doc["residual_by_field"][:20]:
        print(f"  residual {row['entity']} in {row['field']}: {row['count']:,}")
    print(f"  details in {path}")
    return EXIT_PHI if result.residual_identifiers else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    own, beam_args = _split_beam_args(sys.argv[1:] if argv is None else argv)
    os.umask(0o077)  # every output (findings, copies, reports, state) is for the owner only
    debug = "--debug" in own or os.environ.get("PHISTREAM_DEBUG", "") not in ("", "0")
    _silence(debug)
    try:
        args = build_parser().parse_args(own)
        if beam_args and args.command in ("scan", "bench", "watch"):
            _check_runner(beam_args)
        if args.command == "scan":
            return _scan(args, beam_args, debug)
        if args.command == "bench":
            from pipelines import bench

            return bench.run(args, beam_args)
        if args.command == "watch":
            from pipelines import watch as watch_cmd

            args.beam_args = beam_args
            return watch_cmd.run(args)
        if beam_args:
            raise UsageError(f"'{args.command}' takes no Beam options after '--'")
        if args.command == "report":
            return _report(args)
        if args.command == "verify":
            return _verify(args)
        raise UsageError(f"'{args.command}' is not implemented yet")
    except UsageError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except Exception as exc:
        from pipelines.inputs import InputError

        if isinstance(exc, InputError):
            _error(str(exc))
            return EXIT_USAGE
        return _internal_error(exc, debug)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
