"""The Beam pipeline end to end on tiny inputs: contract field paths and record indices,
redacted copies that keep columns, nesting and order, nothing lost, no network, and the
same findings on the in-process DirectRunner, its multi-processing mode and a portable
runner (Beam's local job service, which speaks the Flink/Spark Job API)."""

from __future__ import annotations

import gzip
import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from apache_beam.testing.test_pipeline import TestPipeline as BeamTestPipeline
from apache_beam.testing.util import assert_that, equal_to

from detectors import EngineConfig, RedactSpan
from detectors.redact import redact_record
from pipelines.inputs import expand_inputs, probe_all
from pipelines.scan import ScanRequest, run_scan
from pipelines.transforms import STATS, DetectChunks, ReadChunks, ScanSettings
from pipelines.writers import OutputLayout


def scan(inputs, out: Path, chunk_size: int = 1000, beam_args=()) -> dict:
    req = ScanRequest(
        inputs=tuple(str(i) for i in inputs),
        out=str(out),
        ner=False,
        chunk_size=chunk_size,
        beam_args=tuple(beam_args),
    )
    return run_scan(req).summary


def findings(out: Path) -> list[dict]:
    rows = pq.read_table(out / "findings").to_pylist()
    return sorted(
        rows, key=lambda r: (r["source"], r["record"], r["field"], r["start"], r["entity"])
    )


def emails(out: Path) -> set[tuple]:
    return {
        (r["source"], r["record"], r["field"], r["start"], r["end"])
        for r in findings(out)
        if r["entity"] == "EMAIL"
    }


def span(value: str, part: str) -> tuple[int, int]:
    start = value.index(part)
    return start, start + len(part)


# -- inputs in the shapes of real exports ------------------------------------------------

GA4_URL = "https://clinic.example/book?email=jane%40example.org&utm_source=x"
GA4 = [
    {
        "event_name": "page_view",
        "event_timestamp": 1700000000123456,
        "event_params": [
            {"key": "page_location", "value": {"string_value": GA4_URL, "int_value": None}},
            {"key": "ga_session_id", "value": {"string_value": None, "int_value": 1700000001}},
        ],
        "user_properties": [],
    },
    {
        "event_name": "generate_lead",
        "event_timestamp": 1700000000223456,
        "event_params": [
            {"key": "ga_session_id", "value": {"string_value": None, "int_value": 1700000002}},
            {
                "key": "form_note",
                "value": {"string_value": "reach me at bob@mail.example.com", "int_value": None},
            },
        ],
        "user_properties": [{"key": "tier", "value": {"string_value": "gold", "int_value": None}}],
    },
]
SEGMENT_NOTE = "Questions? write to carol@example.net today"
SEGMENT = [
    {"type": "track", "event": "Signed Up", "properties": {"plan": "basic", "note": SEGMENT_NOTE}},
    {"type": "page", "context": {"page": {"url": "https://x.example/a?ref=1"}}, "properties": {}},
]
CSV_NOTE = "Call back.\nEmail: dan@example.com\nThanks"


@pytest.fixture
def exports(tmp_path) -> Path:
    d = tmp_path / "exports"
    d.mkdir()
    lines = [json.dumps(GA4[0]), "", json.dumps(GA4[1])]
    (d / "ga4_events.jsonl").write_text("\n".join(lines) + "\n")
    (d / "segment_events.json").write_text(json.dumps(SEGMENT, indent=1))
    csv = (
        '\ufeffRecord ID,Email Address,Notes\r\n1,erin@example.org,"'
        + CSV_NOTE
        + '"\r\n2,,none\r\n'
    )
    (d / "hubspot_contacts.csv").write_bytes(csv.encode())
    rows = [
        {
            "Id": f"00Q{i}",
            "Contact": {"Name": f"n{i}", "Emails": ["", f"p{i}@example.org"]},
            "Tags": [{"k": "a", "v": i}],
        }
        for i in range(7)
    ]
    pq.write_table(pa.Table.from_pylist(rows), d / "salesforce_leads.parquet", row_group_size=3)
    return d


def test_findings_follow_the_contract(exports, tmp_path):
    out = tmp_path / "out"
    summary = scan([exports], out, chunk_size=2)
    src = f"{exports}/"
    expected = {
        (
            src + "ga4_events.jsonl",
            0,
            "event_params[0].value.string_value",
            *span(GA4_URL, "jane%40example.org"),
        ),
        (
            src + "ga4_events.jsonl",
            1,
            "event_params[1].value.string_value",
            *span(GA4[1]["event_params"][1]["value"]["string_value"], "bob@mail.example.com"),
        ),
        (
            src + "segment_events.json",
            0,
            "properties.note",
            *span(SEGMENT_NOTE, "carol@example.net"),
        ),
        (src + "hubspot_contacts.csv", 0, "Email Address", 0, len("erin@example.org")),
        (src + "hubspot_contacts.csv", 0, "Notes", *span(CSV_NOTE, "dan@example.com")),
    } | {
        (src + "salesforce_leads.parquet", i, "Contact.Emails[1]", 0, len(f"p{i}@example.org"))
        for i in range(7)
    }
    assert emails(out) == expected
    by_source = {s["source"]: s for s in summary["sources"]}
    assert {k.rsplit("/", 1)[1]: v["records"] for k, v in by_source.items()} == {
        "ga4_events.jsonl": 2,
        "hubspot_contacts.csv": 2,
        "salesforce_leads.parquet": 7,
        "segment_events.json": 2,
    }
    assert summary["findings_by_entity"]["EMAIL"] >= len(expected)
    assert all(r["category"] in ("identifier", "health") for r in findings(out))


def expected_redacted(rows: list[dict], found: list[dict]) -> list[dict]:
    """The input rows with every finding's span replaced, as the engine's redaction does."""
    spans: dict[int, dict[str, list[RedactSpan]]] = {}
    for f in found:
        spans.setdefault(f["record"], {}).setdefault(f["field"], []).append(
            RedactSpan(f["start"], f["end"], f["entity"])
        )
    return [
        redact_record(r, {k: tuple(sorted(v)) for k, v in spans.get(i, {}).items()})
        for i, r in enumerate(rows)
    ]


def test_redacted_parquet_keeps_columns_nesting_and_order(exports, tmp_path):
    out = tmp_path / "out"
    scan([exports], out, chunk_size=2)
    found = findings(out)
    src = pq.read_table(exports / "salesforce_leads.parquet")
    red = pq.read_table(out / "redacted" / "salesforce_leads.parquet.parquet")
    assert red.schema.names == src.schema.names
    assert [f.type for f in red.schema] == [f.type for f in src.schema]
    mine = [f for f in found if f["source"].endswith("salesforce_leads.parquet")]
    assert red.to_pylist() == expected_redacted(src.to_pylist(), mine)
    assert all(r["Contact"]["Emails"] == ["", "<EMAIL>"] for r in red.to_pylist())
    assert (
        pq.ParquetFile(out / "redacted" / "salesforce_leads.parquet.parquet").metadata.num_rows == 7
    )

    ga4 = pq.read_table(out / "redacted" / "ga4_events.jsonl.parquet")
    assert ga4.column_names == ["event_name", "event_timestamp", "event_params", "user_properties"]
    assert pa.types.is_list(ga4.schema.field("event_params").type)
    mine = [f for f in found if f["source"].endswith("ga4_events.jsonl")]
    assert ga4.to_pylist() == expected_redacted(GA4, mine)
    url = ga4.to_pylist()[0]["event_params"][0]["value"]["string_value"]
    assert "jane" not in url and "<EMAIL>" in url

    csv = pq.read_table(out / "redacted" / "hubspot_contacts.csv.parquet")
    assert csv.column_names == ["Record ID", "Email Address", "Notes"]
    assert all(pa.types.is_string(t) for t in csv.schema.types)
    assert "dan@example.com" not in csv.to_pylist()[0]["Notes"]
    assert csv.to_pylist()[1]["Notes"] == "none"


def test_nothing_readable_is_lost(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.jsonl").write_bytes(b'{"a": 1}\n{broken\n{"a": 2}\n[3]\n{"a": "\xff"}\n{"a": 4}\n')
    (d / "b.csv").write_bytes(b'x,y\n1,2\n3,"open\n4,5\n')
    (d / "c.jsonl.gz").write_bytes(gzip.compress(b'{"i": 1}\n' * 50)[:-12])
    out = tmp_path / "out"
    summary = scan([d], out, chunk_size=2)
    rejects = pq.read_table(out / "rejects" / "rejects.parquet")
    assert rejects.column_names == ["source", "record", "reason"]
    for s in summary["sources"]:
        name = s["source"].rsplit("/", 1)[1]
        rows = pq.ParquetFile(out / "redacted" / f"{name}.parquet").metadata.num_rows
        n_rejects = sum(1 for x in rejects["source"].to_pylist() if x == s["source"])
        assert rows == s["records"] and n_rejects == s["rejects"]
    a = next(s for s in summary["sources"] if s["source"].endswith("a.jsonl"))
    assert a["records"] + a["rejects"] == 6


def test_scan_needs_no_network(exports, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    summary = scan([exports], tmp_path / "out")
    assert summary["totals"]["records"] == 13


def test_transforms_with_test_pipeline(exports, tmp_path):
    files = probe_all(expand_inputs([str(exports)]))
    settings = ScanSettings(
        engine=EngineConfig(ner=False), chunk_size=3, layout=OutputLayout(str(tmp_path / "t"))
    )
    with BeamTestPipeline() as p:
        refs = p | ReadChunks(files, 3)
        outputs = refs | DetectChunks(settings)
        records = (
            outputs[STATS]
            | beam.Map(lambda s: (s.source.rsplit("/", 1)[1], s.records))
            | beam.CombinePerKey(sum)
        )
        assert_that(
            records,
            equal_to(
                [
                    ("ga4_events.jsonl", 2),
                    ("segment_events.json", 2),
                    ("hubspot_contacts.csv", 2),
                    ("salesforce_leads.parquet", 7),
                ]
            ),
        )


# -- runners ---------------------------------------------------------------------------------


def mixed_inputs(d: Path) -> Path:
    d.mkdir()
    lines = [
        json.dumps({"i": i, "note": f"mail u{i}@example.org", "n": {"l": [i, f"x{i}"]}})
        for i in range(40)
    ]
    lines.insert(7, "{bad json")
    (d / "events.jsonl").write_text("\n".join(lines) + "\n")
    (d / "events.json.gz").write_bytes(
        gzip.compress(json.dumps([{"e": f"v{i}@example.com"} for i in range(25)]).encode())
    )
    (d / "array.json").write_text(
        json.dumps([{"e": f"w{i}@example.com", "k": i} for i in range(23)])
    )
    (d / "rows.csv").write_text(
        "id,email\n" + "".join(f"{i},c{i}@example.net\n" for i in range(31))
    )
    pq.write_table(
        pa.Table.from_pylist([{"s": {"m": f"q{i}@example.org"}, "l": [i]} for i in range(29)]),
        d / "t.parquet",
        row_group_size=6,
    )
    return d


def run_outputs(out: Path) -> tuple:
    red = {
        p.name: pq.read_table(p).to_pylist() for p in sorted((out / "redacted").glob("*.parquet"))
    }
    rej = pq.read_table(out / "rejects" / "rejects.parquet").to_pylist()
    return findings(out), red, rej


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def job_service():
    """Beam's local job service on a free port (the Job API of Flink and Spark runners)."""
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "apache_beam.runners.portability.local_job_service_main",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                socket.create_connection(("localhost", port), timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("the local job service did not start")
                time.sleep(0.3)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    base = tmp_path_factory.mktemp("runners")
    inputs = mixed_inputs(base / "in")
    scan([inputs], base / "direct", chunk_size=7)
    return inputs, run_outputs(base / "direct")


def test_baseline_is_complete(baseline):
    _, (found, red, rej) = baseline
    assert len([f for f in found if f["entity"] == "EMAIL"]) == 40 + 25 + 23 + 31 + 29
    assert [r["reason"] for r in rej] == [
        "line 8: malformed JSON (Expecting property name enclosed in double quotes at column 2)"
    ]
    assert [r["i"] for r in red["events.jsonl.parquet"]] == list(range(40))


@pytest.mark.slow
def test_multi_processing_gives_identical_outputs(baseline, tmp_path):
    inputs, expected = baseline
    out = tmp_path / "mp"
    scan(
        [inputs],
        out,
        chunk_size=7,
        beam_args=["--direct_running_mode=multi_processing", "--direct_num_workers=2"],
    )
    assert run_outputs(out) == expected


@pytest.mark.slow
def test_portable_runner_gives_identical_outputs(baseline, job_service, tmp_path):
    inputs, expected = baseline
    out = tmp_path / "portable"
    summary = scan(
        [inputs],
        out,
        chunk_size=7,
        beam_args=[
            "--runner=PortableRunner",
            f"--job_endpoint=localhost:{job_service}",
            "--environment_type=LOOPBACK",
        ],
    )
    assert summary["runner"] == "PortableRunner"
    assert run_outputs(out) == expected
