"""Soak benchmark: a long scan must keep memory flat, finish, and survive ``kill -9``.

Why: a scan of a real export (a million events, a gigabyte of mixed sources) must not
grow its memory with the input, must finish on a laptop, and must never leave outputs
that *look* complete after a crash. Tests cannot afford a million records; this script
can, and prints the figures the README's reliability section quotes.

What it does:

1. Generates the data once with ``sample_data/generate.py`` (``--records`` per source,
   five sources: GA4 JSON lines, a Segment JSON array, Meta JSON lines, a HubSpot CSV, a
   Salesforce Parquet file), unless ``--data`` already holds it.
2. Runs ``phistream scan DATA --out OUT --no-ner`` in a subprocess and samples, twice a
   second, the resident memory of the scan and every process it started
   (``/proc/<pid>/status`` ``VmRSS``) and its progress (records counted in the per-chunk
   stats files the pipeline writes). Every ``--every`` records it prints records/s and the
   peak RSS so far; at the end it checks the outputs (records per source in
   ``summary.json``, rows in each redacted copy) and whether RSS stayed flat.
3. Starts the scan again into a fresh OUTDIR, kills the whole process group with
   ``SIGKILL`` half-way, checks that OUTDIR holds nothing that looks like a finished scan
   (no ``summary.json``, ``report.html``, ``findings/`` or ``redacted/``), runs the scan
   once more into the same OUTDIR (no ``--overwrite`` needed: only the crashed scan's temp
   folder is there) and checks that those outputs are complete.

Run::

    .venv/bin/python benchmarks/bench_soak.py --records 200000       # 1,000,000 records
    .venv/bin/python benchmarks/bench_soak.py --records 40000 --skip-kill

Exit status: 0 when every check passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PHISTREAM = ROOT / ".venv" / "bin" / "phistream"
GENERATE = ROOT / "sample_data" / "generate.py"
TMP_DIR = ".phistream-tmp"
SOURCES = (
    "ga4_events.jsonl",
    "segment_events.json",
    "meta_capi_events.jsonl",
    "hubspot_contacts.csv",
    "salesforce_leads.parquet",
)
FINISHED_LOOKING = ("summary.json", "report.html", "findings", "redacted", "rejects")


# -- process and progress sampling ---------------------------------------------------------


def _children() -> dict[int, list[int]]:
    """Parent pid -> child pids, for every process visible in /proc."""
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # The command name may hold spaces; fields after the last ')' are fixed.
        ppid = int(stat[stat.rfind(b")") + 2 :].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def _tree(pid: int) -> list[int]:
    kids = _children()
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, ()))
    return out


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_mib(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants, in MiB."""
    return sum(_rss_kib(p) for p in _tree(pid)) / 1024


class Progress:
    """Records scanned so far, from the per-chunk stats files under the temp folder."""

    def __init__(self, outdir: Path) -> None:
        self.stats = outdir / TMP_DIR / "work" / "stats"
        self.seen: dict[str, int] = {}
        self.since = time.time() - 1  # a crashed scan's stats files are older: not ours

    def records(self) -> int:
        try:
            names = os.listdir(self.stats)
        except OSError:
            return sum(self.seen.values())
        for name in names:
            if name in self.seen or not name.endswith(".json"):
                continue
            try:
                if (self.stats / name).stat().st_mtime < self.since:
                    continue
                data = json.loads((self.stats / name).read_text())
            except (OSError, ValueError):
                continue  # being written; read it on the next sample
            self.seen[name] = int(data.get("records", 0))
        return sum(self.seen.values())


@dataclass
class Run:
    """What one sampled scan did."""

    code: int | None = None
    seconds: float = 0.0
    peak_mib: float = 0.0
    checkpoints: list[tuple[int, float, float, float]] = field(default_factory=list)
    killed: bool = False


def scan_cmd(data: Path, out: Path, extra: list[str]) -> list[str]:
    return [str(PHISTREAM), "scan", str(data), "--out", str(out), "--no-ner", "--quiet", *extra]


def run_sampled(
    cmd: list[str], out: Path, *, every: int, kill_at: int | None = None, log: Path
) -> Run:
    """Run ``cmd``, printing records/s and RSS every ``every`` records; with ``kill_at``,
    SIGKILL the whole process group once that many records are done."""
    run = Run()
    progress = Progress(out)
    t0 = time.perf_counter()
    with log.open("wb") as err:
        proc = subprocess.Popen(cmd, stdout=err, stderr=err, start_new_session=True)
        next_mark, last_t, last_n = every, t0, 0
        while True:
            code = proc.poll()
            rss = tree_rss_mib(proc.pid) if code is None else 0.0
            run.peak_mib = max(run.peak_mib, rss)
            done = progress.records()
            now = time.perf_counter()
            while done >= next_mark:
                rate = (done - last_n) / max(now - last_t, 1e-9)
                overall = done / max(now - t0, 1e-9)
                run.checkpoints.append((next_mark, now - t0, rss, run.peak_mib))
                print(
                    f"  {next_mark:>9,} records  {now - t0:7.1f} s  "
                    f"{overall:7,.0f} rec/s overall  {rate:7,.0f} rec/s since last  "
                    f"RSS {rss:7.1f} MiB  peak {run.peak_mib:7.1f} MiB",
                    flush=True,
                )
                next_mark += every
                last_t, last_n = now, done
            if code is not None:
                run.code = code
                break
            if kill_at is not None and done >= kill_at:
                os.killpg(proc.pid, signal.SIGKILL)  # the scan and every worker it started
                proc.wait()
                run.killed, run.code = True, proc.returncode
                break
            time.sleep(0.5)
    run.seconds = time.perf_counter() - t0
    return run


# -- checks ------------------------------------------------------------------------------


def check_complete(out: Path, expected: dict[str, int]) -> list[str]:
    """Problems with a finished scan's outputs (empty when complete)."""
    import pyarrow.parquet as pq

    problems = []
    summary_path = out / "summary.json"
    if not summary_path.exists():
        return ["no summary.json"]
    summary = json.loads(summary_path.read_text())
    text = json.dumps(summary)
    for name, n in expected.items():
        if name not in text:
            problems.append(f"summary.json does not name {name}")
        red = out / "redacted" / f"{name}.parquet"
        if not red.exists():
            problems.append(f"no redacted copy of {name}")
            continue
        rows = pq.ParquetFile(red).metadata.num_rows
        if rows != n:
            problems.append(f"redacted/{name}.parquet has {rows:,} rows, expected {n:,}")
    total = int(summary["totals"]["records"]) + int(summary["totals"]["rejects"])
    if total != sum(expected.values()):
        problems.append(f"summary counts {total:,} records, expected {sum(expected.values()):,}")
    findings = list((out / "findings").glob("*.parquet"))
    if not findings:
        problems.append("no findings parts")
    if (out / TMP_DIR).exists():
        problems.append("the temp folder was left behind")
    if not (out / "report.html").exists():
        problems.append("no report.html")
    return problems


def check_incomplete(out: Path) -> list[str]:
    """Problems with a killed scan's OUTDIR: anything that looks like finished output."""
    if not out.exists():
        return []
    return [f"{name} exists after kill -9" for name in FINISHED_LOOKING if (out / name).exists()]


def expected_rows(data: Path, per_source: int) -> dict[str, int]:
    return {name: per_source for name in SOURCES if (data / name).exists()}


def flatness(run: Run) -> tuple[float, float]:
    """RSS at the second checkpoint and the highest RSS after it (warm-up excluded)."""
    rss = [c[2] for c in run.checkpoints]
    if len(rss) < 3:
        return (rss[0] if rss else 0.0), (max(rss) if rss else 0.0)
    return rss[1], max(rss[1:])


def _generate(data_root: Path, per_source: int) -> Path:
    exports = data_root / "exports"
    if not all((exports / name).exists() for name in SOURCES):
        print(f"generating {per_source:,} records per source into {data_root} ...", flush=True)
        cmd = [sys.executable, str(GENERATE), "--out", str(data_root)]
        subprocess.run([*cmd, "--records", str(per_source)], check=True)
    return exports


def _size_mib(data: Path) -> float:
    return sum(p.stat().st_size for p in data.iterdir() if p.is_file()) / (1 << 20)


def _lines(problems: list[str]) -> Iterator[str]:
    yield from (f"  FAIL: {p}" for p in problems)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=200_000, help="records per source (x5)")
    ap.add_argument("--data", type=Path, default=Path("/tmp/phistream-soak/data"))
    ap.add_argument("--work", type=Path, default=Path("/tmp/phistream-soak"))
    ap.add_argument("--every", type=int, default=100_000, help="print every N records")
    ap.add_argument("--kill-fraction", type=float, default=0.5)
    ap.add_argument("--skip-full", action="store_true", help="only the kill -9 test")
    ap.add_argument("--skip-kill", action="store_true", help="only the full run")
    ap.add_argument("beam", nargs="*", help="extra arguments after '--' for the scan")
    args = ap.parse_args(argv)

    args.work.mkdir(parents=True, exist_ok=True)
    data = _generate(args.data, args.records)
    expected = expected_rows(data, args.records)
    total = sum(expected.values())
    print(f"data: {data} ({total:,} records, {_size_mib(data):,.0f} MiB)", flush=True)
    extra = ["--", *args.beam] if args.beam else []
    problems: list[str] = []

    if not args.skip_full:
        out = args.work / "out-full"
        subprocess.run(["rm", "-rf", str(out)], check=True)
        print(f"full scan into {out}:", flush=True)
        run = run_sampled(
            scan_cmd(data, out, extra), out, every=args.every, log=args.work / "full.log"
        )
        base, high = flatness(run)
        print(
            f"full scan: exit {run.code} in {run.seconds:,.0f} s "
            f"({total / run.seconds:,.0f} records/s), peak RSS {run.peak_mib:,.0f} MiB; "
            f"RSS after warm-up {base:,.0f} MiB, highest later {high:,.0f} MiB",
            flush=True,
        )
        if run.code not in (0, 4):
            problems.append(f"full scan exited {run.code} (see {args.work / 'full.log'})")
        else:
            problems += check_complete(out, expected)
        if base and high > 1.25 * base:
            problems.append(f"RSS grew from {base:,.0f} to {high:,.0f} MiB")

    if not args.skip_kill:
        out = args.work / "out-kill"
        subprocess.run(["rm", "-rf", str(out)], check=True)
        kill_at = int(total * args.kill_fraction)
        print(f"kill -9 after {kill_at:,} records, into {out}:", flush=True)
        run = run_sampled(
            scan_cmd(data, out, extra),
            out,
            every=args.every,
            kill_at=kill_at,
            log=args.work / "kill.log",
        )
        print(
            f"  killed={run.killed} after {run.seconds:,.0f} s; OUTDIR holds: "
            f"{sorted(os.listdir(out)) if out.exists() else 'nothing'}",
            flush=True,
        )
        if not run.killed:
            problems.append("the scan finished before it could be killed")
        problems += check_incomplete(out)
        print("rerun into the same OUTDIR:", flush=True)
        rerun = run_sampled(
            scan_cmd(data, out, extra), out, every=args.every, log=args.work / "rerun.log"
        )
        print(
            f"rerun: exit {rerun.code} in {rerun.seconds:,.0f} s, "
            f"peak RSS {rerun.peak_mib:,.0f} MiB",
            flush=True,
        )
        if rerun.code not in (0, 4):
            problems.append(f"the rerun exited {rerun.code} (see {args.work / 'rerun.log'})")
        else:
            problems += check_complete(out, expected)

    for line in _lines(problems):
        print(line)
    print("soak: " + ("FAILED" if problems else "all checks passed"))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
