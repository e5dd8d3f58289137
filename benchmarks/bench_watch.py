"""``phistream watch`` latency and sustained throughput, measured from outside.

Runs ``python -m pipelines.watch`` in a subprocess on a fresh directory, then:

1. **Latency**: drops ``--drops`` small files (50 GA4 events each, landed atomically:
   written under a hidden name, then renamed) at random moments of the window, and times
   each from the rename to its findings part appearing in ``OUTDIR/findings/`` (the part
   is renamed into place when its window commits). Prints the median and the maximum;
   the target is window + 3 s.
2. **Throughput**: appends GA4 lines to one JSON-lines file at ``--append-rate`` records/s
   for ``--append-seconds``, then waits until the watch state says every appended record
   is committed: records/s sustained end to end (appended records over the time from the
   first append to the last commit), the catch-up after the appends stop, and the
   scanning rate alone (``summary.json``: records over window time).

Figures are printed, never asserted::

    .venv/bin/python benchmarks/bench_watch.py                       # window 2 s, 20 drops
    .venv/bin/python benchmarks/bench_watch.py --window 10 --drops 20
    .venv/bin/python benchmarks/bench_watch.py --format csv          # CSV drops (settle)
    .venv/bin/python benchmarks/bench_watch.py -- --runner=DirectRunner  # a pipeline per window
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.inputs import safe_name  # noqa: E402
from pipelines.watch_state import load  # noqa: E402

GA4 = (ROOT / "sample_data" / "exports" / "ga4_events.jsonl").read_bytes().splitlines()
CSV = (ROOT / "sample_data" / "exports" / "hubspot_contacts.csv").read_bytes()


def _drop(path: Path, data: bytes) -> float:
    tmp = path.parent / f".{path.name}.part"
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return time.monotonic()


def _wait(pred, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _csv_sample(rows: int) -> bytes:
    import csv
    import io

    text = CSV.decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))[: rows + 1]
    buf = io.StringIO()
    csv.writer(buf).writerows(table)
    return buf.getvalue().encode()


def latency(d: Path, out: Path, args: argparse.Namespace, rng: random.Random) -> list[float]:
    """Seconds from each drop's rename to its findings part in OUTDIR."""
    times = []
    csv_data = _csv_sample(50)
    for i in range(args.drops):
        time.sleep(rng.uniform(0, args.window))  # land anywhere in the window
        name = f"drop-{i:03d}.{args.format}"
        if args.format == "csv":
            data = csv_data
        else:
            start = rng.randrange(0, len(GA4) - 50)
            data = b"".join(line + b"\n" for line in GA4[start : start + 50])
        part = out / "findings" / f"{safe_name(name)}-{0:012d}.parquet"
        t0 = _drop(d / name, data)
        if not _wait(part.exists, args.window + 60):
            raise SystemExit(f"no findings for {name} after {args.window + 60:.0f} s")
        times.append(time.monotonic() - t0)
        print(f"  drop {i + 1:2d}: {times[-1]:.2f} s", flush=True)
    return times


def _scanned(out: Path, name: str) -> int:
    """The committed record count of ``name`` (-1 while the state is being replaced)."""
    try:
        state = load(str(out))
    except (ValueError, OSError):
        return -1
    f = state.files.get(name) if state else None
    return f.record if f else 0


def throughput(d: Path, out: Path, args: argparse.Namespace) -> dict:
    """Records/s committed while a writer appends at ``--append-rate``, and the catch-up."""
    path = d / "events.jsonl"
    block = b"".join(line + b"\n" for line in GA4)
    written = [0]
    stop = threading.Event()

    def writer() -> None:
        begin = time.monotonic()
        with open(path, "ab") as fh:
            while not stop.is_set():
                due = args.append_rate * (time.monotonic() - begin)
                if written[0] < due:
                    fh.write(block)
                    fh.flush()
                    written[0] += len(GA4)
                time.sleep(0.02)

    t = threading.Thread(target=writer, daemon=True)
    t0 = time.monotonic()
    t.start()
    time.sleep(args.append_seconds)
    stop.set()
    t.join()
    appended = written[0]
    t_stop = time.monotonic()
    caught = _wait(lambda: _scanned(out, "events.jsonl") >= appended, 600)
    t_done = time.monotonic()
    summary = json.loads((out / "summary.json").read_text())
    return {
        "appended_records": appended,
        "append_rate_records_per_s": round(appended / (t_stop - t0), 1),
        # from the first append to the last record committed: what watch sustains end to end
        "sustained_records_per_s": round(appended / (t_done - t0), 1) if caught else None,
        "catch_up_s": round(t_done - t_stop, 2) if caught else None,
        # records per second of scanning (window time only), over the whole run
        "scan_records_per_s": summary.get("records_per_s"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", type=float, default=2.0, help="watch --window (s)")
    parser.add_argument("--drops", type=int, default=20, help="files dropped for latency")
    parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    parser.add_argument("--append-seconds", type=float, default=15.0)
    parser.add_argument(
        "--append-rate", type=float, default=2000.0, help="records/s appended (in blocks of 300)"
    )
    parser.add_argument("--ner", action="store_true", help="with the NER detector")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    argv = list(sys.argv[1:] if argv is None else argv)
    cut = argv.index("--") if "--" in argv else len(argv)
    args = parser.parse_args(argv[:cut])
    beam_args = argv[cut + 1 :]
    rng = random.Random(args.seed)

    work = Path(tempfile.mkdtemp(prefix="phistream-bench-watch-"))
    d, out = work / "in", work / "out"
    d.mkdir()
    cmd = [sys.executable, "-m", "pipelines.watch", str(d), "--out", str(out), "--quiet"]
    cmd += ["--window", str(args.window)] + ([] if args.ner else ["--no-ner"])
    cmd += ["--", *beam_args] if beam_args else []
    proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.DEVNULL)
    try:
        t_start = time.monotonic()
        if not _wait((out / "summary.json").exists, 120):
            raise SystemExit("watch did not start")
        startup = time.monotonic() - t_start
        print(f"watch ready after {startup:.1f} s (window {args.window:g} s); latency:")
        times = latency(d, out, args, rng)
        print(f"throughput: appending for {args.append_seconds:g} s")
        tp = throughput(d, out, args)
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=120)
        shutil.rmtree(work, ignore_errors=True)

    figures = {
        "window_s": args.window,
        "format": args.format,
        "ner": args.ner,
        "beam_args": beam_args,
        "startup_s": round(startup, 2),
        "drops": len(times),
        "latency_median_s": round(statistics.median(times), 2),
        "latency_max_s": round(max(times), 2),
        "latency_target_s": args.window + 3,
        **tp,
        "exit_code_after_sigterm": code,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(
            f"latency over {len(times)} drops: median {figures['latency_median_s']:.2f} s, "
            f"max {figures['latency_max_s']:.2f} s (target <= {figures['latency_target_s']:g} s)"
        )
        print(
            f"appending {tp['append_rate_records_per_s']:,.0f} records/s for "
            f"{args.append_seconds:g} s: {tp['sustained_records_per_s']} records/s sustained "
            f"(first append to last record committed), caught up {tp['catch_up_s']} s after "
            f"the appends stopped; scanning alone {tp['scan_records_per_s']} records/s; "
            f"exit {code} after SIGTERM"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
