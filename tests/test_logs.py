"""``.log`` inputs: access logs read a line per record, logpush files as JSON lines."""

from __future__ import annotations

import gzip
from pathlib import Path

import pyarrow.parquet as pq
from helpers import read_all

from pipelines.cli import main

SECRET = "SECRET-4111111111111111"
ACCESS_LOG = (
    '73.15.201.44 - - [14/Mar/2024:14:10:00 +0000] "GET /conditions/type-2-diabetes/treatment'
    '?email=jane.doe%40gmail.com&utm_source=fb HTTP/1.1" 200 5123 "https://www.google.com/" '
    '"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"\r\n'
    '10.0.0.7 - - [14/Mar/2024:14:10:02 +0000] "GET /static/app.js?v=4.15.3 HTTP/1.1" 200 88 '
    '"-" "Mozilla/5.0"\r\n'
    "\r\n"
    '73.15.201.45 - - [14/Mar/2024:14:11:00 +0000] "POST /forms/intake?fname=Dolores&dob='
    '1952-03-14 HTTP/1.1" 302 0 "https://www.examplehealth.org/oncology/breast-cancer/" "-"\r\n'
)


def _write(path: Path, text: str | bytes) -> Path:
    data = text.encode() if isinstance(text, str) else text
    path.write_bytes(gzip.compress(data, mtime=0) if path.name.endswith(".gz") else data)
    return path


def test_each_non_blank_line_of_a_text_log_is_a_record(tmp_path):
    records, rejects = read_all(_write(tmp_path / "access.log", ACCESS_LOG))
    assert rejects == []
    assert [i for i, _ in records] == [0, 1, 2]  # the blank line is no record
    assert [list(r) for _, r in records] == [["line"]] * 3
    assert records[0][1]["line"].startswith("73.15.201.44 - - [14/Mar/2024")
    assert not any(r["line"].endswith("\r") for _, r in records)


def test_chunk_boundaries_and_gzip_change_nothing(tmp_path):
    text = ACCESS_LOG * 4
    whole = read_all(_write(tmp_path / "a.log", text))
    assert len(whole[0]) == 12
    assert read_all(_write(tmp_path / "b.log", text), chunk_size=1) == whole
    assert read_all(_write(tmp_path / "c.log.gz", text), chunk_size=5) == whole


def test_an_undecodable_line_is_rejected_without_its_content(tmp_path):
    data = b"ok line one\n" + SECRET.encode() + b" \xff\xfe broken\nok line three\n"
    records, rejects = read_all(_write(tmp_path / "app.log", data))
    assert [i for i, _ in records] == [0, 2]
    assert rejects == [(1, "line 2: invalid UTF-8 at byte 25 of the line")]


def test_a_logpush_file_of_json_lines_is_read_as_json(tmp_path):
    line = '{"ClientIP": "73.15.201.44", "ClientRequestURI": "/conditions/hiv/prep"}\n'
    records, rejects = read_all(_write(tmp_path / "20240314T1410Z_abc.log.gz", line * 2))
    assert [r for _, r in records] == [
        {"ClientIP": "73.15.201.44", "ClientRequestURI": "/conditions/hiv/prep"}
    ] * 2
    assert rejects == []


def test_format_log_reads_any_name_as_a_log(tmp_path):
    path = _write(tmp_path / "access_log.txt", "GET /x?email=a%40b.co\n")
    records, _ = read_all(path, fmt="log")
    assert [r for _, r in records] == [{"line": "GET /x?email=a%40b.co"}]


def test_a_scan_of_an_access_log_finds_and_redacts_inside_each_line(capsys, tmp_path):
    path = _write(tmp_path / "access.log", ACCESS_LOG)
    out = tmp_path / "out"
    assert main(["scan", str(path), "--out", str(out), "--no-ner", "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    found = {
        (r["record"], r["field"], r["entity"]) for r in pq.read_table(out / "findings").to_pylist()
    }
    assert {
        (0, "line", "IP_ADDRESS"),
        (0, "line", "EMAIL"),
        (0, "line", "HEALTH_CONDITION"),
        (2, "line", "NAME"),
        (2, "line", "DATE"),
    } <= found
    rows = pq.read_table(out / "redacted" / "access.log.parquet").to_pylist()
    assert len(rows) == 3
    assert "jane.doe" not in rows[0]["line"] and "<EMAIL>" in rows[0]["line"]
    assert "Dolores" not in rows[2]["line"]
