"""``phistream`` as a user meets it: exit codes, one-line messages, OUTDIR rules, report.

Every bad input named by the issue is here with its exit code, its one-line message and,
for record-level problems, the rejects that name the record without its content and the
count check: redacted rows + rejects = records in the input.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from rich.console import Console

from pipelines import transforms
from pipelines.cli import main
from pipelines.progress import ScanProgress
from pipelines.readers import InputFile

SECRET = "SECRET-4111111111111111"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got: {err!r}"
    assert "Traceback" not in err
    return lines[0]


# -- inputs that cannot be opened: exit 2 ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "cause"),
    [
        ("missing.jsonl", None, "no such file or directory"),
        ("export.txt", b'{"a": 1}\n', "unknown file extension .txt"),
        ("empty.jsonl", b"", "empty file"),
        ("empty.csv", b"", "empty file"),
    ],
)
def test_unopenable_input_exits_2(capsys, tmp_path, name, data, cause):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    out = tmp_path / "out"
    code, _, err = run(capsys, "scan", path, "--out", out, "--no-ner")
    assert code == 2
    assert one_line(err).startswith(f"phistream: error: {path}: {cause}")
    assert not out.exists()


def test_files_of_no_known_format_in_a_folder_are_named_not_silently_skipped(capsys, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "events.jsonl").write_text('{"email": "a@example.com"}\n')
    (folder / "report.pdf").write_bytes(b"%PDF-1.7")
    (folder / "README.txt").write_text("what these files are")
    (folder / ".DS_Store").write_bytes(b"\x00")  # hidden: not a user's file
    out = tmp_path / "out"
    code, _, err = run(capsys, "scan", folder, "--out", out, "--no-ner", "--quiet")
    assert code == 0
    assert one_line(err) == (
        "phistream: note: 2 file(s) with no known extension not scanned "
        "(README.txt, report.pdf); --format reads every input as one format"
    )


def test_a_windows_1252_csv_is_read_and_the_cli_says_so(capsys, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "Nombre,Email,Notes\r\nJosé Núñez,jose@example.com,diabetes\r\n".encode("cp1252")
    )
    out = tmp_path / "out"
    code, _, err = run(capsys, "scan", path, "--out", out, "--no-ner", "--quiet")
    assert code == 0
    assert one_line(err) == f"phistream: note: {path} is not UTF-8; read as Windows-1252"
    (row,) = pq.read_table(out / "redacted" / "excel.csv.parquet").to_pylist()
    assert row == {"Nombre": "<NAME>", "Email": "<EMAIL>", "Notes": "diabetes"}


# -- records that cannot be read: exit 4, rejects name the record ------------------------------

BAD_RECORDS = [
    (
        "malformed.jsonl",
        b'{"a": 1}\n{"a": "SECRET-4111111111111111"\n{"a": 3}\n',
        3,
        [(1, "line 2: malformed JSON")],
    ),
    (
        "utf8.jsonl",
        b'{"a": 1}\n{"a": "\xff\xfe SECRET-4111111111111111"}\n',
        2,
        [(1, "line 2: invalid UTF-8")],
    ),
    (
        "not_object.jsonl",
        b'{"a": 1}\n["SECRET-4111111111111111"]\n"x"\n{"a": 2}\n',
        4,
        [(1, "line 2: a JSON array, not an object"), (2, "line 3: a JSON string, not an object")],
    ),
    (
        "truncated.jsonl.gz",
        gzip.compress(
            b"".join(b'{"i": %d, "s": "SECRET-4111111111111111"}\n' % i for i in range(200))
        )[:-20],
        None,
        [(None, "gzip stream truncated")],
    ),
    (
        "unterminated.csv",
        b'id,note\n1,ok\n2,"SECRET-4111111111111111 never closed\n3,x\n',
        2,
        [(1, "line 3: malformed CSV: unterminated quoted field")],
    ),
]


@pytest.mark.parametrize(("name", "data", "n_records", "expected"), BAD_RECORDS)
def test_unreadable_records_exit_4(capsys, tmp_path, name, data, n_records, expected):
    path = tmp_path / name
    path.write_bytes(data)
    out = tmp_path / "out"
    code, _, err = run(capsys, "scan", path, "--out", out, "--no-ner", "--quiet")
    assert code == 4
    n = len(expected)
    assert one_line(err) == (
        f"phistream: warning: {n} record(s) could not be read; see {out}/rejects/rejects.parquet"
    )
    rejects = pq.read_table(out / "rejects" / "rejects.parquet").to_pylist()
    assert [r["source"] for r in rejects] == [str(path)] * n
    for r, (record, reason) in zip(rejects, expected, strict=True):
        if record is not None:
            assert r["record"] == record
        assert reason in r["reason"]
        assert SECRET not in r["reason"] and "SECRET" not in json.dumps(r)
    rows = pq.ParquetFile(out / "redacted" / f"{name}.parquet").metadata.num_rows
    summary = json.loads((out / "summary.json").read_text())
    assert rows == summary["totals"]["records"]
    if n_records is not None:
        assert rows + len(rejects) == n_records
    else:  # truncated gzip: every record before the cut is kept, in order
        kept = pq.read_table(out / "redacted" / f"{name}.parquet")["i"].to_pylist()
        assert kept == list(range(len(kept))) and rejects[0]["record"] == len(kept)


# -- OUTDIR rules ------------------------------------------------------------------------------


@pytest.fixture
def small(tmp_path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text('{"email": "pat@example.org", "note": "pat has diabetes"}\n{"x": 1}\n')
    return path


def test_existing_outdir_is_refused_then_overwritten_carefully(capsys, tmp_path, small):
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.txt").write_text("user data")
    code, _, err = run(capsys, "scan", small, "--out", out, "--no-ner")
    assert code == 2
    assert one_line(err) == (
        f"phistream: error: {out}: OUTDIR exists and is not empty; "
        "pass --overwrite to replace phistream's outputs"
    )
    assert sorted(p.name for p in out.iterdir()) == ["mine.txt"]

    (out / "rejects").mkdir()
    (out / "rejects" / "old.parquet").write_text("stale")
    code, stdout, _ = run(capsys, "scan", small, "--out", out, "--no-ner", "--overwrite")
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "findings",
        "mine.txt",
        "redacted",
        "report.html",
        "summary.json",
    ]
    assert (out / "mine.txt").read_text() == "user data"
    assert "scanned 2 records from 1 file(s)" in stdout


def test_outdir_that_is_a_file(capsys, tmp_path, small):
    out = tmp_path / "file"
    out.write_text("x")
    code, _, err = run(capsys, "scan", small, "--out", out)
    assert code == 2 and "OUTDIR exists and is not a directory" in one_line(err)


# -- PHI and --fail-on-phi ---------------------------------------------------------------------


class _Diabetes:
    """A tiny plug-in health detector, used only when no health detector is registered."""

    name = "test_health"
    entities = frozenset({"HEALTH_CONDITION"})

    def detect(self, ctx):
        from detectors import Span

        for cell, text in enumerate(ctx.cells.text):
            i = text.find("diabetes")
            if i >= 0:
                yield Span(cell, i, i + 8, "HEALTH_CONDITION", 0.9, "plugin")


@pytest.fixture
def health_detector(monkeypatch):
    """Make sure some registered detector finds "diabetes" (register a plug-in if not)."""
    from detectors import Engine, EngineConfig, registry

    found = Engine(EngineConfig(ner=False)).scan([{"note": "pat has diabetes"}], source="t")
    if "HEALTH_CONDITION" not in found.findings["entity"].to_pylist():
        monkeypatch.setitem(registry._FACTORIES, "test_health", lambda config: _Diabetes())


def test_fail_on_phi(capsys, tmp_path, small, health_detector):
    code, stdout, err = run(
        capsys, "scan", small, "--out", tmp_path / "a", "--no-ner", "--fail-on-phi"
    )
    assert code == 1
    assert one_line(err) == "phistream: 1 record(s) hold PHI (--fail-on-phi)"
    assert "records with PHI: 1" in stdout
    code, _, err = run(capsys, "scan", small, "--out", tmp_path / "b", "--no-ner", "--quiet")
    assert code == 0 and err == ""
    summary = json.loads((tmp_path / "b" / "summary.json").read_text())
    assert summary["totals"]["phi_records"] == 1
    assert summary["sources"][0]["phi_records"] == 1


# -- report, verify, usage and internal errors ----------------------------------------------------


def test_report_rebuilds_html_without_values(capsys, tmp_path, small):
    out = tmp_path / "out"
    assert run(capsys, "scan", small, "--out", out, "--no-ner", "--quiet")[0] == 0
    (out / "report.html").unlink()
    code, stdout, _ = run(capsys, "report", out)
    assert code == 0 and stdout.strip() == str(out / "report.html")
    html = (out / "report.html").read_text()
    assert "EMAIL" in html and "<html" in html
    assert "pat@example.org" not in html and "<script" not in html

    code, _, err = run(capsys, "report", tmp_path)
    assert code == 2 and "no summary.json here" in one_line(err)


def test_verify_needs_a_scan_output(capsys, tmp_path):
    code, _, err = run(capsys, "verify", tmp_path)
    assert code == 2 and "no summary.json here" in one_line(err)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["scan", "x.jsonl"], "the following arguments are required: --out"),
        (["scan", "x.jsonl", "--out", "o", "--chunk-size", "0"], "must be at least 1"),
        (["scan", "x.jsonl", "--out", "o", "--format", "xml"], "invalid choice"),
        (
            ["scan", "x.jsonl", "--out", "o", "--policy", "strict"],
            "strict: no such policy file or preset (presets: safe-harbor, pseudonymize, "
            "analytics-safe)",
        ),
        (["scan", "x.jsonl", "--out", "o", "--policy", "safe_harbor"], "did you mean"),
        (["scan", "x.jsonl", "--out", "o", "--workers", "0"], "must be at least 1"),
        (["scan", "x.jsonl", "--out", "o", "--workers", "many"], "not an integer: 'many'"),
        (
            ["scan", "x.jsonl", "--out", "o", "--workers", "2", "--", "--direct_num_workers=4"],
            "--workers: the Beam options after -- already choose the runner or its workers",
        ),
        (
            ["scan", "x.jsonl", "--out", "o", "--", "--runner=DirectRuner"],
            "--runner: Beam has no runner 'DirectRuner' (did you mean 'DirectRunner'?)",
        ),
        (["watch", ".", "--out", "o", "--", "--runner", "Nope"], "Beam has no runner 'Nope'"),
        ([], "the following arguments are required: COMMAND"),
    ],
)
def test_usage_errors_are_one_line(capsys, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.jsonl").write_text('{"a": 1}\n')
    code, _, err = run(capsys, *args)
    assert code == 2 and message in one_line(err)


def test_help_exits_0(capsys):
    code, stdout, _ = run(capsys, "scan", "--help")
    assert code == 0 and "--fail-on-phi" in stdout and "--chunk-size N" in stdout


def test_internal_error_is_one_line_and_leaves_no_outputs(capsys, tmp_path, small, monkeypatch):
    def boom(self, name, chunk):
        raise ValueError(f"value {SECRET} could not be converted")

    monkeypatch.setattr(transforms.DetectFn, "detect_chunk", boom)
    out = tmp_path / "out"
    code, _, err = run(capsys, "scan", small, "--out", out, "--no-ner")
    assert code == 3
    line = one_line(err)
    assert line.startswith("phistream: error: internal error: ValueError")
    assert "rerun with --debug" in line and SECRET not in line
    assert not out.exists()  # nothing that could pass for a finished scan

    code, _, err = run(capsys, "scan", small, "--out", tmp_path / "dbg", "--no-ner", "--debug")
    assert code == 3 and "Traceback" in err


def test_beam_options_after_double_dash(capsys, tmp_path, small):
    code, stdout, err = run(
        capsys, "scan", small, "--out", tmp_path / "o", "--no-ner", "--", "--direct_num_workers=1"
    )
    assert code == 0 and "DirectRunner" in stdout and err == ""
    code, _, err = run(
        capsys, "scan", small, "--out", tmp_path / "p", "--no-ner", "--quiet", "--", "--runer=Flink"
    )
    assert code == 0
    assert one_line(err) == "phistream: warning: Beam does not know (and ignores) --runer=Flink"


@pytest.mark.parametrize("runner", ["DirectRunner", "direct", "directrunner"])
def test_a_runner_beam_knows_is_not_refused(runner):
    """Beam's own lookup is case-insensitive and takes the name without 'Runner'; a dotted
    name is a runner class's full path. None of these is a usage error."""
    from pipelines.options import unknown_runner

    assert unknown_runner([f"--runner={runner}"]) is None
    assert unknown_runner(["--runner=my_pkg.runners.MyRunner"]) is None
    assert unknown_runner(["--direct_num_workers=2"]) is None
    assert unknown_runner(["--runner=Flinkk"]) == "Flinkk"


# -- progress ----------------------------------------------------------------------------------


def test_progress_reads_stats_and_stays_quiet_off_terminal(tmp_path):
    stats = tmp_path / "stats"
    stats.mkdir()
    files = [
        InputFile("a", "a.jsonl", "a.jsonl", "jsonl", 100),
        InputFile("b", "b.csv", "b.csv", "csv", 50),
    ]
    (stats / "a-chunk.json").write_text(
        json.dumps({"source": "a.jsonl", "records": 2000, "nbytes": 100})
    )
    (stats / "b-chunk.json").write_text(
        json.dumps({"source": "b.csv", "records": 10, "nbytes": 20})
    )
    (stats / "partial.json").write_text('{"source": "b.cs')  # still being written

    off = ScanProgress(str(stats), files, console=Console(file=io.StringIO()))
    assert not off.enabled

    buf = io.StringIO()
    term = Console(file=buf, force_terminal=True, width=120)
    with ScanProgress(str(stats), files, console=term, interval=0.05) as progress:
        assert progress.enabled
    assert progress.records == 2010 and progress.files_done == 1
    assert progress.describe().startswith("files 1/2  ·  records 2,010")
