"""W3C extended logs (IIS, CloudFront standard logs): a record per data line under the
``#Fields`` names, so each value is judged under its column's name."""

from __future__ import annotations

import gzip
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from helpers import read_all

from detectors.field_names import profile_path, profile_paths
from pipelines.cli import main
from pipelines.inputs import format_from_name

IIS_FIELDS = (
    "date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
    "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"
)
IIS_LOG = (
    "#Software: Microsoft Internet Information Services 10.0\r\n"
    "#Version: 1.0\r\n"
    "#Date: 2026-11-28 00:00:12\r\n"
    f"#Fields: {IIS_FIELDS}\r\n"
    "2026-11-28 00:00:12 10.0.0.4 GET /conditions/depression/treatment "
    "utm_source=google&email=jane.doe%40gmail.com 443 - 73.15.201.44 "
    "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+Chrome/120.0.6099.109 https://www.google.com/ "
    "200 0 0 15\r\n"
    "2026-11-28 00:00:13 10.0.0.4 GET /patient-portal/login - 443 jdoe 98.12.44.7 "
    "Mozilla/5.0+(iPhone) - 302 0 0 4\r\n"
    "\r\n"
    "2026-11-28 00:00:14 10.0.0.4 GET /css/site.css v=3.2.1 443 - 10.1.2.3 Mozilla/5.0 "
    "https://www.example-health.org/ 200 0 0 1\r\n"
)
CLOUDFRONT_FIELDS = (
    "date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status "
    "cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id"
)
CLOUDFRONT_LOG = (
    "#Version: 1.0\n"
    f"#Fields: {CLOUDFRONT_FIELDS}\n"
    "2026-11-28\t14:10:00\tSEA19-C1\t5123\t73.15.201.44\tGET\td111111abcdef8.cloudfront.net\t"
    "/conditions/type-2-diabetes/treatment\t200\thttps://www.google.com/\t"
    "Mozilla/5.0%20(iPhone)\tfn=Dolores&ln=Haze&dob=1952-03-14\t"
    "_ga=GA1.2.1234567890.1710423000;%20_fbp=fb.1.1710423000123.987654321\tHit\t"
    "SOX4xwn4XV6Q4rgb7XiVGOHms_BGlTAC4KyHmureZmBNrjGdRLiNIQ==\n"
    "2026-11-28\t14:10:01\tSEA19-C1\t812\t73.15.201.44\tGET\td111111abcdef8.cloudfront.net\t"
    "/img/logo.png\t200\t-\tMozilla/5.0%20(iPhone)\tv=2&size=large\t-\tHit\t"
    "ZOX4xwn4XV6Q4rgb7XiVGOHms_BGlTAC4KyHmureZmBNrjGdRLiNIQ==\n"
)


def _write(path: Path, text: str) -> Path:
    data = text.encode()
    path.write_bytes(gzip.compress(data, mtime=0) if path.name.endswith(".gz") else data)
    return path


def test_data_lines_are_records_under_the_fields_directive(tmp_path):
    records, rejects = read_all(_write(tmp_path / "u_ex261128.log", IIS_LOG))
    assert rejects == []
    assert [i for i, _ in records] == [0, 1, 2]  # directives and blank lines are no records
    first = records[0][1]
    assert list(first) == IIS_FIELDS.split()
    assert first["cs-uri-stem"] == "/conditions/depression/treatment"
    assert first["c-ip"] == "73.15.201.44"
    assert first["cs-username"] is None  # "-" is W3C's "not logged"
    assert records[1][1]["cs-username"] == "jdoe"
    assert records[1][1]["cs(Referer)"] is None


def test_cloudfront_tabs_and_names(tmp_path):
    records, rejects = read_all(_write(tmp_path / "cf.log", CLOUDFRONT_LOG))
    assert rejects == []
    assert records[0][1]["cs-uri-query"] == "fn=Dolores&ln=Haze&dob=1952-03-14"
    assert records[1][1]["cs(Cookie)"] is None
    name = "logs/E2ABC123DEF456.2026-11-28-14.a1b2c3d4.gz"
    assert format_from_name(name) == "log"
    assert format_from_name("E2ABC123DEF456.2026-11-28-14.a1b2c3d4") is None  # only as written
    assert format_from_name("notes.2026-11-28-14.a1b2c3d4.gz") is None
    gz = _write(tmp_path / "E2ABC123DEF456.2026-11-28-14.a1b2c3d4.gz", CLOUDFRONT_LOG)
    assert read_all(gz) == (records, rejects)


@pytest.mark.parametrize("chunk_size", [1, 2, 3])
def test_a_new_fields_directive_names_the_lines_after_it_at_any_chunk_size(tmp_path, chunk_size):
    text = (
        "#Version: 1.0\n#Fields: date time c-ip cs-uri-stem\n"
        "2026-11-28 00:00:01 73.15.201.44 /a\n"
        "2026-11-28 00:00:02 73.15.201.45 /b\n"
        "#Software: restarted\n#Fields: date time c-ip cs-uri-stem cs-username\n"
        "2026-11-28 00:00:03 73.15.201.46 /c jdoe\n"
        "2026-11-28 00:00:04 73.15.201.47 /d -\n"
    )
    whole = read_all(_write(tmp_path / "a.log", text))
    assert [sorted(r) for _, r in whole[0]][1:3] == [
        ["c-ip", "cs-uri-stem", "date", "time"],
        ["c-ip", "cs-uri-stem", "cs-username", "date", "time"],
    ]
    assert [r["cs-uri-stem"] for _, r in whole[0]] == ["/a", "/b", "/c", "/d"]
    assert read_all(_write(tmp_path / "b.log", text), chunk_size=chunk_size) == whole
    assert read_all(_write(tmp_path / "c.log.gz", text), chunk_size=chunk_size) == whole


def test_lines_that_do_not_fit_their_fields_are_rejected_by_line(tmp_path):
    text = (
        "#Version: 1.0\n"
        "2026-11-28 00:00:00 jane.doe@example.com\n"  # before any #Fields
        "#Fields: date time c-ip\n"
        "2026-11-28 00:00:01 73.15.201.44\n"
        "2026-11-28 00:00:02 73.15.201.45 jane.doe@example.com\n"
        "2026-11-28 00:00:03 73.15.201.46\n"
    )
    records, rejects = read_all(_write(tmp_path / "a.log", text))
    assert [i for i, _ in records] == [1, 3]
    assert rejects == [
        (0, "line 2: a data line before the log's #Fields directive"),
        (2, "line 5: 4 values for the 3 columns of its #Fields line"),
    ]


def test_a_column_named_twice_keeps_both_values(tmp_path):
    text = "#Fields: date c-ip c-ip\n2026-11-28 73.15.201.44 10.0.0.1\n"
    records, _ = read_all(_write(tmp_path / "a.log", text))
    assert records[0][1] == {"date": "2026-11-28", "c-ip": "73.15.201.44", "c-ip#2": "10.0.0.1"}


def test_a_text_log_that_merely_starts_with_a_hash_stays_text(tmp_path):
    records, _ = read_all(_write(tmp_path / "app.log", "# app log\nstarted\n"))
    assert [r for _, r in records] == [{"line": "# app log"}, {"line": "started"}]


@pytest.mark.parametrize(
    ("key", "entity", "system"),
    [
        ("c-ip", "IP_ADDRESS", False),
        ("cs(X-Forwarded-For)", "IP_ADDRESS", False),
        ("cs-username", "ONLINE_ID", False),
        ("s-ip", None, True),  # the server that answered, not a visitor
        ("s-port", None, True),
        ("s-computername", None, True),
        ("cs(User-Agent)", None, True),
        ("sc-status", None, True),
        ("cs-uri-query", None, False),
    ],
)
def test_w3c_field_names(key, entity, system):
    profile = profile_path(key)
    assert (profile.entity, profile.system) == (entity, system)


def test_date_and_time_are_the_log_clock_only_beside_w3c_fields():
    in_log = dict(
        zip(
            ["date", "time", "c-ip", "cs-uri-stem"],
            profile_paths(["date", "time", "c-ip", "cs-uri-stem"]),
            strict=True,
        )
    )
    assert in_log["date"].system and in_log["time"].system
    in_form = profile_paths(["date", "reason", "email"])
    assert not in_form[0].system  # a form's bare "date" is still read for a DATE


def test_a_scan_judges_each_column_by_its_name(capsys, tmp_path):
    log = _write(tmp_path / "u_ex261128.log", IIS_LOG)
    cf = _write(tmp_path / "E2ABC123DEF456.2026-11-28-14.a1b2c3d4.gz", CLOUDFRONT_LOG)
    out = tmp_path / "out"
    assert main(["scan", str(log), str(cf), "--out", str(out), "--no-ner", "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    rows = pq.read_table(out / "findings").to_pylist()
    found = {(Path(r["source"]).name, r["record"], r["field"], r["entity"]) for r in rows}
    iis, cfn = log.name, cf.name
    assert {
        (iis, 0, "c-ip", "IP_ADDRESS"),
        (iis, 0, "cs-uri-stem", "HEALTH_CONDITION"),
        (iis, 0, "cs-uri-query", "EMAIL"),
        (iis, 1, "cs-username", "ONLINE_ID"),
        (cfn, 0, "cs-uri-query", "NAME"),  # fn=, the query string's first pair
        (cfn, 0, "cs-uri-query", "DATE"),
        (cfn, 0, "cs(Cookie)", "ONLINE_ID"),
        (cfn, 0, "cs-uri-stem", "HEALTH_CONDITION"),
    } <= found
    fields = {f for _, _, f, _ in found}
    assert not fields & {"date", "time", "s-ip", "x-edge-request-id", "cs(User-Agent)"}
    redacted = pq.read_table(out / "redacted" / f"{iis}.parquet").to_pylist()
    assert len(redacted) == 3
    assert "jane.doe" not in redacted[0]["cs-uri-query"]
    assert redacted[0]["s-ip"] == "10.0.0.4"
    assert redacted[1]["cs-username"] != "jdoe"
