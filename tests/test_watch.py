"""``phistream watch``: files dropped while watching, JSON lines appended across windows
(a partial line waits for its newline), restarts after SIGTERM, SIGKILL mid-window and
crashes at either side of the commit point, and every time the same findings, rejects
and redacted rows as a batch scan of the final files: nothing scanned twice or skipped."""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from detectors.findings import empty_findings
from pipelines.inputs import InputError
from pipelines.readers import Chunk, read_ref
from pipelines.scan import ScanRequest, run_scan
from pipelines.watch import CRASH_ENV, add_arguments, read_parts, run
from pipelines.watch_files import Tracker, complete_lines
from pipelines.watch_state import (
    WatchState,
    commit,
    load,
    recover,
    save,
    staging_dir,
    staging_root,
)

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "sample_data" / "exports"
GA4 = (EXPORTS / "ga4_events.jsonl").read_bytes().splitlines()
META = (EXPORTS / "meta_capi_events.jsonl").read_bytes().splitlines()
FAST = ["--no-ner", "--quiet", "--window", "0.5", "--settle", "0.2"]


def _small_csv(n: int = 60) -> bytes:
    """The first ``n`` rows of the HubSpot sample (its notes span several lines)."""
    import csv
    import io

    with open(EXPORTS / "hubspot_contacts.csv", newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))[: n + 1]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue().encode()


def _small_parquet(n: int = 60) -> bytes:
    import io

    buf = io.BytesIO()
    table = pq.read_table(EXPORTS / "salesforce_leads.parquet").slice(0, n)
    pq.write_table(table, buf, row_group_size=25)
    return buf.getvalue()


SMALL_CSV = _small_csv()
SMALL_PARQUET = _small_parquet()
SMALL_JSON = json.dumps(json.loads((EXPORTS / "segment_events.json").read_text())[:40]).encode()


# -- helpers ---------------------------------------------------------------------------------


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return parser.parse_args(list(argv))


def drop(path: Path, data: bytes) -> None:
    """Land a file atomically: written under a hidden name, then renamed into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.part"
    tmp.write_bytes(data)
    os.replace(tmp, path)


def append(path: Path, data: bytes) -> None:
    with open(path, "ab") as fh:
        fh.write(data)


def caught_up(d: Path, out: Path) -> bool:
    """Every file under ``d`` is scanned to its last complete line (per the state)."""
    try:
        state = load(str(out))
    except (ValueError, OSError):
        return False
    if state is None or state.pending:
        return False
    for p in d.rglob("*"):
        rel = p.relative_to(d).as_posix()
        if p.is_dir() or rel.startswith(".") or "/." in rel:
            continue
        f = state.files.get(rel)
        data = p.read_bytes()
        end = data.rfind(b"\n") + 1 if f is not None and f.status == "tail" else len(data)
        if f is None or f.offset != end:
            return False
    return True


def wait_for(pred, timeout: float = 30.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def rows(table: pa.Table) -> list[tuple]:
    return sorted(tuple(r.values()) for r in table.to_pylist())


def strip_nulls(value):
    if isinstance(value, dict):
        return {k: strip_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [strip_nulls(v) for v in value]
    return value


def assert_same_as_batch(d: Path, out: Path, tmp: Path) -> dict:
    """Findings (with multiplicity), rejects and redacted rows equal a batch scan's."""
    batch = tmp / "batch"
    summary = run_scan(ScanRequest(inputs=(str(d),), out=str(batch), ner=False)).summary
    got, want = pq.read_table(out / "findings"), pq.read_table(batch / "findings")
    assert want.num_rows > 0
    assert rows(got) == rows(want)
    want_rejects = rows(pq.read_table(batch / "rejects")) if (batch / "rejects").exists() else []
    got_rejects = rows(pq.read_table(out / "rejects")) if (out / "rejects").exists() else []
    assert got_rejects == want_rejects
    for s in summary["sources"]:
        copy = pq.read_table(batch / s["redacted"]).to_pylist()
        parts = read_parts(str(out / s["redacted"])).to_pylist()
        assert [strip_nulls(r) for r in parts] == [strip_nulls(r) for r in copy], s["source"]
    watched = json.loads((out / "summary.json").read_text())
    for key in ("records", "rejects", "findings", "phi_records"):
        assert watched["totals"][key] == summary["totals"][key], key
    return watched


def lines(items) -> bytes:
    return b"".join(x + b"\n" for x in items)


# -- complete lines and the tracker ------------------------------------------------------------


def test_complete_lines_stop_at_the_last_newline_and_count_like_the_reader(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_bytes(b'\xef\xbb\xbf{"a":1}\n\n  \r\n{"b":2}\n{"c":')
    body, n_lines, records = complete_lines(str(p), 0, p.stat().st_size)
    assert body.endswith(b'{"b":2}\n') and (n_lines, records) == (4, 2)
    assert complete_lines(str(p), len(body), p.stat().st_size) is None  # partial: waits
    p.write_bytes(b"x" * 50 + b"\n" + b"y" * 10 + b"\n")
    body, n_lines, _ = complete_lines(str(p), 0, 62, cap=20)  # one line longer than the cap
    assert len(body) == 51 and n_lines == 1


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def tracker(d: Path, files=None, settle: float = 1.0, warnings=None) -> tuple[Tracker, Clock]:
    clock = Clock()
    tr = Tracker(
        str(d),
        "in/",
        files or {},
        fmt=None,
        exclude=None,
        settle=settle,
        chunk_size=100,
        warn=(warnings if warnings is not None else []).append,
        clock=clock,
        wall=lambda: 0.0,  # every file looks modified "now": only polls can settle it
    )
    return tr, clock


def test_whole_files_wait_to_settle_and_json_lines_are_followed_at_once(tmp_path):
    (tmp_path / "a.csv").write_bytes(b"id,email\n1,x@example.org\n")
    (tmp_path / "b.jsonl").write_bytes(b'{"a":1}\n{"a":')
    (tmp_path / ".hidden.jsonl").write_bytes(b'{"a":1}\n')
    (tmp_path / "notes.txt").write_bytes(b"ignored\n")
    tr, clock = tracker(tmp_path)
    assert tr.poll()
    work = tr.ready()
    assert [w.after.name for w in work] == ["b.jsonl"]
    (ref,) = work[0].refs
    assert (ref.first_record, ref.start, ref.end) == (0, 0, 8)
    assert work[0].after.status == "tail" and work[0].after.record == 1
    assert tr.settling()
    tr.done(work)
    clock.t += 1.5
    assert not tr.poll()  # nothing changed on disk
    assert not tr.settling()
    assert [w.after.name for w in tr.ready()] == ["a.csv"]


def test_a_text_log_is_followed_line_by_line_like_json_lines(tmp_path):
    """``tail -f access.log``: appended request lines are read each window, their record
    indices continuing, each line a ``{"line": ...}`` record as the batch reader reads it."""
    p = tmp_path / "access.log"
    p.write_bytes(b"GET /a?email=x%40y.org 200\n\nGET /b 404\nGET /c")
    tr, _ = tracker(tmp_path)
    tr.poll()
    (work,) = tr.ready()
    assert work.after.status == "tail" and work.after.layout == "text"
    assert [r["line"] for c in _chunks(work) for r in c.records] == [
        "GET /a?email=x%40y.org 200",
        "GET /b 404",
    ]
    tr.done([work])
    with p.open("ab") as f:
        f.write(b" 200\nGET /d 200\n")
    assert tr.poll()
    (work,) = tr.ready()
    chunks = _chunks(work)
    assert [c.first_record for c in chunks] == [2]
    assert [r["line"] for r in chunks[0].records] == ["GET /c 200", "GET /d 200"]


def test_a_w3c_log_is_followed_under_the_fields_in_effect(tmp_path):
    """An IIS log being written: appended lines are read under the ``#Fields`` that name
    them (kept in the state between windows, and across a restart), directives are no
    records, and a new ``#Fields`` directive renames the lines after it."""
    p = tmp_path / "u_ex261128.log"
    p.write_bytes(b"#Version: 1.0\n#Fields: date time c-ip\n2026-11-28 00:00:01 73.15.201.44\n")
    tr, _ = tracker(tmp_path)
    tr.poll()
    (work,) = tr.ready()
    assert work.after.layout == "w3c" and work.after.record == 1
    assert work.after.fields == ("date", "time", "c-ip")
    assert [r["c-ip"] for c in _chunks(work) for r in c.records] == ["73.15.201.44"]
    tr.done([work])
    with p.open("ab") as f:
        f.write(b"2026-11-28 00:00:02 73.15.201.45\n#Fields: date time c-ip cs-username\n")
        f.write(b"2026-11-28 00:00:03 73.15.201.46 jdoe\n")
    assert tr.poll()
    (work,) = tr.ready()
    chunks = _chunks(work)
    assert [c.first_record for c in chunks] == [1]
    assert [r.get("cs-username") for r in chunks[0].records] == [None, "jdoe"]
    assert work.after.record == 3 and work.after.fields[-1] == "cs-username"
    state = WatchState(
        dir=str(tmp_path), base="", settings={}, started="t", files={p.name: work.after}
    )
    restarted = WatchState.from_json(json.loads(json.dumps(state.to_json())))
    assert restarted.files[p.name] == work.after  # the columns survive a restart


def _chunks(work) -> list:
    return [c for ref in work.refs for c in read_ref(ref, 100) if isinstance(c, Chunk)]


def test_a_followed_file_that_shrinks_is_reported_and_no_longer_read(tmp_path):
    p = tmp_path / "b.jsonl"
    p.write_bytes(b'{"a":1}\n{"a":2}\n')
    warnings: list[str] = []
    tr, _ = tracker(tmp_path, warnings=warnings)
    tr.poll()
    tr.done(tr.ready())
    p.write_bytes(b'{"a":1}\n')  # truncated in place (same inode)
    assert tr.poll()
    (work,) = tr.ready()
    assert work.refs == () and work.after.status == "stopped"
    assert warnings == ["in/b.jsonl: truncated while followed; no longer read"]


def test_an_unreadable_file_is_reported_once_and_retried_when_it_changes(tmp_path):
    p = tmp_path / "leads.parquet"
    p.write_bytes(b"not parquet at all")
    warnings: list[str] = []
    tr, clock = tracker(tmp_path, settle=0.0, warnings=warnings)
    tr.poll()
    (work,) = tr.ready()
    assert work.after.status == "unreadable" and len(warnings) == 1
    assert "in/leads.parquet" in warnings[0]
    tr.done([work])
    clock.t += 1
    tr.poll()
    assert tr.ready() == []
    pq.write_table(pa.table({"email": ["a@example.org"]}), p)
    tr.poll()
    (work,) = tr.ready()
    assert work.after.status == "done" and len(work.refs) == 1


# -- the commit protocol -----------------------------------------------------------------------


def _state(tmp_path: Path, seq: int = 0) -> WatchState:
    return WatchState(str(tmp_path / "in"), "in/", {}, "2024-01-01T00:00:00+00:00", seq=seq)


def _stage(out: Path, seq: int, rel: str) -> tuple[str, str]:
    staged = Path(staging_dir(str(out), seq)) / rel
    staged.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(empty_findings(), staged)
    return str(staged.relative_to(out)), rel


def test_an_uncommitted_window_is_dropped_and_a_committed_one_is_finished(tmp_path):
    out = tmp_path / "out"
    save(str(out), _state(tmp_path))
    moves = [_stage(out, 1, "findings/a-000000000000.parquet")]
    crashed = []

    def crash() -> None:
        crashed.append(load(str(out)))
        raise KeyboardInterrupt  # stands in for kill -9 right after the commit point

    with pytest.raises(KeyboardInterrupt):
        commit(str(out), _state(tmp_path, seq=1), moves, committed=crash)
    assert crashed[0].seq == 1 and crashed[0].pending == tuple(moves)
    assert not (out / "findings").exists()  # committed, not yet published
    _stage(out, 2, "findings/b-000000000000.parquet")  # window 2 never committed
    state = recover(str(out), load(str(out)))
    assert state.pending == () and load(str(out)).pending == ()
    assert sorted(p.name for p in (out / "findings").iterdir()) == ["a-000000000000.parquet"]
    assert not Path(staging_root(str(out))).exists()


# -- usage -----------------------------------------------------------------------------------


def test_outdir_of_another_kind_or_another_directory_is_refused(tmp_path):
    d, other = tmp_path / "in", tmp_path / "other"
    d.mkdir()
    other.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.txt").write_text("keep")
    with pytest.raises(InputError, match="not empty"):
        run(parse(str(d), "--out", str(out), *FAST))
    (out / "mine.txt").unlink()
    save(str(out), _state(tmp_path))  # a state of watching tmp/in ...
    with pytest.raises(InputError, match="holds the state of watching"):
        run(parse(str(other), "--out", str(out), *FAST))  # ... refuses another DIR
    with pytest.raises(InputError, match="no such directory"):
        run(parse(str(tmp_path / "missing"), "--out", str(out), *FAST))
    with pytest.raises(InputError, match="cannot be DIR or contain it"):
        run(parse(str(d), "--out", str(tmp_path), *FAST))


# -- watching --------------------------------------------------------------------------------


@pytest.mark.slow
def test_drops_and_appends_while_watching_equal_a_batch_scan(tmp_path):
    """Run in a thread, each window as a Beam pipeline on the DirectRunner (Beam options
    given); the subprocess test below covers the default in-process windows."""
    d, out = tmp_path / "in", tmp_path / "out"
    d.mkdir()
    stop = threading.Event()
    result: list[int] = []
    args = parse(str(d), "--out", str(out), *FAST)
    args.beam_args = ["--runner=DirectRunner"]
    thread = threading.Thread(target=lambda: result.append(run(args, stop=stop)))
    thread.start()
    try:
        events = d / "events.jsonl"
        events.write_bytes(lines(GA4[:40]) + GA4[40][:25])  # 40 lines and a partial one
        wait_for(lambda: caught_up(d, out), what="the first 40 lines")
        time.sleep(0.6)  # a window passes: the partial line must wait for its newline
        state = load(str(out))
        assert state.files["events.jsonl"].record == 40
        append(events, GA4[40][25:] + b"\n\n   \n{not json}\n" + lines(GA4[41:80]))
        drop(d / "crm" / "contacts.csv", SMALL_CSV)
        drop(d / "segment.json", SMALL_JSON)
        drop(d / "leads.parquet", SMALL_PARQUET)
        wait_for(lambda: caught_up(d, out), what="the drops and the appends")
        append(events, lines(GA4[80:100]))
        wait_for(lambda: caught_up(d, out), what="the last append")
    finally:
        stop.set()
        thread.join(timeout=30)
    assert result == [0]
    assert len(list((out / "redacted" / "events.jsonl.parquet").iterdir())) >= 3
    summary = assert_same_as_batch(d, out, tmp_path)
    assert summary["totals"]["rejects"] == 1 and summary["watch"]["windows"] >= 3
    assert summary["runner"] == "phistream watch: DirectRunner"
    assert (out / "report.html").exists()


def start(d: Path, out: Path, *extra: str, crash: str | None = None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != CRASH_ENV}
    if crash:
        env[CRASH_ENV] = crash
    cmd = [sys.executable, "-m", "pipelines.watch", str(d), "--out", str(out), *FAST, *extra]
    return subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def finish(proc: subprocess.Popen, timeout: float = 60) -> int:
    _, err = proc.communicate(timeout=timeout)
    assert "Traceback" not in err, err
    return proc.returncode


@pytest.mark.slow
def test_restarts_after_crashes_sigterm_and_sigkill_scan_every_record_once(tmp_path):
    d, out = tmp_path / "in", tmp_path / "out"
    d.mkdir()
    events = d / "events.jsonl"
    events.write_bytes(lines(GA4[:100]) + GA4[100][:10])

    # killed right after window 1's commit point, before its parts are moved into OUTDIR
    assert finish(start(d, out, crash="committed:1")) == -signal.SIGKILL
    state = load(str(out))
    assert state.seq == 1 and state.pending and state.files["events.jsonl"].record == 100
    assert [p.name for p in (out / "findings").iterdir()] == ["empty.parquet"]

    # a clean run finishes window 1's moves, scans the rest, stops on SIGTERM with exit 0
    append(events, GA4[100][10:] + b"\n" + lines(META[:50]))
    proc = start(d, out)
    wait_for(lambda: caught_up(d, out), what="run 2 to catch up")
    proc.send_signal(signal.SIGTERM)
    assert finish(proc) == 0

    # more lines and a drop; kill -9 in the middle of the next window (parts written,
    # state not yet committed): nothing of that window may show
    before = load(str(out))
    append(events, lines(GA4[150:250]))
    drop(d / "contacts.csv", SMALL_CSV)
    assert finish(start(d, out, crash="staged")) == -signal.SIGKILL
    assert Path(staging_dir(str(out), before.seq + 1)).exists()
    assert load(str(out)).files == before.files
    assert not (out / "redacted" / "contacts.csv.parquet").exists()

    # the unfinished window is redone; --idle-exit ends the run
    assert finish(start(d, out, "--idle-exit", "1")) == 0
    assert caught_up(d, out)
    assert_same_as_batch(d, out, tmp_path)


# -- the way real pipelines feed a folder -------------------------------------------------------


def test_a_followed_file_rewritten_in_place_past_its_offset_is_reported(tmp_path):
    """copytruncate rotation refilled between two polls: same inode, a larger size; only
    the bytes before the offset show it is not the same file (reading on from the old
    offset would skip records and mis-number the rest)."""
    p = tmp_path / "b.jsonl"
    p.write_bytes(b'{"a":1}\n{"a":2}\n')
    warnings: list[str] = []
    tr, _ = tracker(tmp_path, warnings=warnings)
    tr.poll()
    tr.done(tr.ready())
    append(p, b'{"a":3}\n')  # a real append reads on
    tr.poll()
    (work,) = tr.ready()
    assert work.refs[0].first_record == 2 and work.after.record == 3
    tr.done([work])
    with open(p, "r+b") as fh:  # truncated and rewritten longer, in place
        fh.truncate(0)
        fh.write(b'{"b":1}\n{"b":2}\n{"b":3}\n{"b":4}\n')
    assert tr.poll()
    (work,) = tr.ready()
    assert work.refs == () and work.after.status == "stopped"
    assert warnings == ["in/b.jsonl: rewritten while followed; no longer read"]


def test_an_empty_whole_file_is_reported_instead_of_blocking_idle_exit(tmp_path):
    """An empty CSV never "settled", so --idle-exit waited for ever, in silence."""
    (tmp_path / "empty.csv").write_bytes(b"")
    warnings: list[str] = []
    tr, clock = tracker(tmp_path, settle=1.0, warnings=warnings)
    tr.poll()
    assert tr.settling() and tr.ready() == []  # it may still be being written
    clock.t += 1.5
    tr.poll()
    assert not tr.settling()
    (work,) = tr.ready()
    assert work.after.status == "unreadable" and "empty file" in warnings[0]
    tr.done([work])
    clock.t += 1
    tr.poll()
    assert not tr.settling() and tr.ready() == []  # reported once, retried on a change


def test_symlinked_directories_are_not_entered_so_a_link_cycle_ends(tmp_path):
    """As ``scan DIR`` without --follow-symlinks; a cycle used to end in ELOOP (exit 3)."""
    d, elsewhere = tmp_path / "in", tmp_path / "elsewhere"
    d.mkdir()
    elsewhere.mkdir()
    (d / "a.jsonl").write_bytes(b'{"a":1}\n')
    (elsewhere / "b.jsonl").write_bytes(b'{"b":1}\n')
    (d / "loop").symlink_to(d)
    (d / "linked").symlink_to(elsewhere)
    tr, _ = tracker(d)
    assert tr.poll()
    assert sorted(tr.seen) == ["a.jsonl"]


def test_a_whole_file_changed_after_its_scan_is_listed_in_the_summary(tmp_path):
    p = tmp_path / "a.csv"
    p.write_bytes(b"id,email\n1,x@example.org\n")
    warnings: list[str] = []
    tr, clock = tracker(tmp_path, settle=0.0, warnings=warnings)
    tr.poll()
    tr.done(tr.ready())
    p.write_bytes(b"id,email\n1,x@example.org\n2,y@example.org\n")
    clock.t += 1
    tr.poll()
    (work,) = tr.ready()  # no refs: only the note, committed so summary.json lists it
    assert work.refs == () and work.after.status == "done" and "changed" in work.after.note
    tr.done([work])
    tr.poll()
    assert tr.ready() == [] and len(warnings) == 1


def test_an_unfinished_last_line_is_named_when_watch_stops(tmp_path, capsys):
    """A writer that has not ended its last line yet when watch exits: the line is not
    scanned (it waits for its newline) but said so, on stderr and in summary.json; the
    next run scans it once complete."""
    d, out = tmp_path / "in", tmp_path / "out"
    d.mkdir()
    events = d / "events.jsonl"
    events.write_bytes(lines(GA4[:5]) + GA4[5][:30])
    assert run(parse(str(d), "--out", str(out), *FAST, "--idle-exit", "0.5")) == 0
    err = capsys.readouterr().err
    assert f"{d}/events.jsonl: {len(GA4[5][:30])} bytes after the last complete line" in err
    summary = json.loads((out / "summary.json").read_text())
    assert summary["totals"]["records"] == 5
    (waiting,) = summary["watch"]["not_scanned"]
    assert waiting["status"] == "waiting" and waiting["source"] == f"{d}/events.jsonl"
    append(events, GA4[5][30:] + b"\n")
    assert run(parse(str(d), "--out", str(out), *FAST, "--idle-exit", "0.5")) == 0
    summary = json.loads((out / "summary.json").read_text())
    assert summary["totals"]["records"] == 6 and summary["watch"]["not_scanned"] == []
    assert "bytes after the last complete line" not in capsys.readouterr().err


def test_a_second_watch_on_the_same_outdir_is_refused(tmp_path):
    """Two watchers on one OUTDIR scanned the same records into the same parts
    (duplicates in findings/ and redacted/, both exiting 0)."""
    d, out = tmp_path / "in", tmp_path / "out"
    d.mkdir()
    (d / "a.jsonl").write_bytes(lines(GA4[:5]))
    stop = threading.Event()
    result: list[int] = []
    thread = threading.Thread(
        target=lambda: result.append(run(parse(str(d), "--out", str(out), *FAST), stop=stop))
    )
    thread.start()
    try:
        wait_for(lambda: caught_up(d, out), what="the first watch")
        with pytest.raises(InputError, match="another phistream watch is using OUTDIR"):
            run(parse(str(d), "--out", str(out), *FAST, "--idle-exit", "0.5"))
    finally:
        stop.set()
        thread.join(timeout=30)
    assert result == [0]
    # the lock goes with the first watch: the next run continues where it stopped
    assert run(parse(str(d), "--out", str(out), *FAST, "--idle-exit", "0.5")) == 0
    assert json.loads((out / "summary.json").read_text())["totals"]["records"] == 5
