"""Canaries: unique identifier values planted in every source format must never leak.

Every identifier entity the default policy removes gets a unique, detectable value per
source format (JSON lines, JSON array, CSV, Parquet, and gzip-compressed JSON lines and
CSV), plus records that are rejected (malformed JSON holding a canary, a CSV row with too
many fields, a non-object array element, a Parquet value over the field size limit). After
a scan through the CLI:

- no canary appears in any output file: findings, rejects, summary.json, report.html (as
  raw bytes, and as decoded strings of every Parquet column at any depth);
- none appears in the redacted copies (the default policy removes every identifier);
- none appears on stdout or stderr (file-descriptor level: Beam workers write there too),
  nor in the one-line error of a scan that fails with an exception quoting a canary.

Entities without a canary: URL (off by default) and AGE_OVER_89 (an age cannot be
unique). Health terms are kept by the policy on purpose and are not canaries.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines import cli, transforms
from pipelines.limits import MAX_FIELD_CHARS

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("jsonl", "json", "csv", "parquet", "jsonl.gz", "csv.gz")


def _luhn(prefix: str) -> str:
    """``prefix`` plus its Luhn check digit (a valid test card number)."""
    for check in "0123456789":
        total = 0
        for i, ch in enumerate(reversed(prefix + check)):
            d = int(ch) * (2 if i % 2 else 1)
            total += d - 9 if d > 9 else d
        if total % 10 == 0:
            return prefix + check
    raise AssertionError("unreachable")


def canaries(k: int) -> dict[str, tuple[str, str]]:
    """Entity -> (field path, value) for source format number ``k``: values unique to it."""
    letter = "abcdef"[k]
    return {
        "NAME": ("patient_name", f"Quillon Vexmorra{letter}"),
        "EMAIL": ("email", f"canary{k}.q7x@example.com"),
        "PHONE": ("phone", f"(312) 555-01{k}7"),
        "FAX": ("fax", f"(312) 555-02{k}9"),
        "SSN": ("ssn", f"219-4{k}-7731"),
        "DATE": ("dob", f"1971-0{k + 1}-2{k}"),
        "ZIP_CODE": ("zip", f"60614-7{k}21"),
        "LOCATION": ("address", f"{k}417 Quillfeather Lane"),
        "IP_ADDRESS": ("ip_address", f"203.0.113.{170 + k}"),
        "CREDIT_CARD": ("card_number", _luhn(f"411177{k}31255990")),
        "MRN": ("mrn", f"QX{k}884421"),
        "HEALTH_PLAN_ID": ("member_id", f"WXY{k}93355102"),
        "ACCOUNT_NUMBER": ("account_number", f"7730{k}19452"),
        "LICENSE_NUMBER": ("drivers_license", f"D{k}4419283"),
        "VEHICLE_ID": ("vehicle_vin", f"1HGCM8263{k}A004352"),
        "DEVICE_ID": ("device_serial_number", f"SN{k}77Q31X9"),
        "ONLINE_ID": ("user_pseudo_id", f"{k}771234567.1700000123"),
        "HASHED_ID": ("user_data.em", hashlib.sha256(f"canary{k}".encode()).hexdigest()),
        "OTHER_ID": ("patient_id", f"ZQ{k}5510937"),
        "BIOMETRIC_ID": ("fingerprint_template", f"Rk1SACAyMA{k}QzX7vLp2Nb8Kd4Tw6Hj3"),
    }


def all_canaries() -> dict[str, tuple[int, str]]:
    """Every planted value -> (format number, entity)."""
    return {v: (k, e) for k in range(len(FORMATS)) for e, (_, v) in canaries(k).items()}


def flat_record(k: int, i: int) -> dict[str, str]:
    record = {"event_id": f"ev-{k}-{i}", "notes": "asked about type 2 diabetes and metformin"}
    record.update({field: value for field, value in canaries(k).values()})
    return record


def nested(record: dict[str, str]) -> dict:
    out: dict = {}
    for key, value in record.items():
        if "." in key:
            head, tail = key.split(".", 1)
            out.setdefault(head, {})[tail] = value
        else:
            out[key] = value
    return out


def write_sources(d: Path) -> dict[str, int]:
    """One file per format: three records carrying canaries, and rejected records holding
    canaries too. Returns file name -> records it holds (readable or not)."""
    sizes = {}
    for k, fmt in enumerate(FORMATS):
        c = canaries(k)
        rows = [flat_record(k, i) for i in range(3)]
        name = f"source{k}.{fmt}"
        base = fmt.removesuffix(".gz")
        if base == "jsonl":
            lines = [json.dumps(nested(r)) for r in rows]
            lines.insert(1, '{"email": "' + c["EMAIL"][1] + '", broken')  # malformed
            data = ("\n".join(lines) + "\n").encode()
            sizes[name] = 4
        elif base == "json":
            items = [nested(r) for r in rows] + [[c["SSN"][1], c["NAME"][1]]]  # not an object
            data = json.dumps(items, indent=1).encode()
            sizes[name] = 4
        elif base == "csv":
            buf = io.StringIO()
            writer = csv.writer(buf)
            writer.writerow(list(rows[0]))
            writer.writerows([list(r.values()) for r in rows])
            writer.writerow([*rows[0].values(), c["MRN"][1]])  # more fields than the header
            data = buf.getvalue().encode()
            sizes[name] = 4
        else:
            long_row = dict(rows[0], notes=(c["EMAIL"][1] + " ") * (MAX_FIELD_CHARS // 20))
            table = pa.Table.from_pylist([nested(r) for r in [*rows, long_row]])
            out = io.BytesIO()
            pq.write_table(table, out, row_group_size=2)
            data = out.getvalue()
            sizes[name] = 4
        if fmt.endswith(".gz"):
            data = gzip.compress(data, mtime=0)
        (d / name).write_bytes(data)
    return sizes


def parquet_strings(path: Path) -> list[str]:
    """Every string in a Parquet file, at any depth (column names included)."""
    table = pq.read_table(path)
    out = list(table.column_names)

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            out.extend(str(k) for k in value)
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    for row in table.to_pylist():
        walk(row)
    return out


def leaks(text: str, where: str) -> list[str]:
    return [
        f"{where}: canary of format {k} ({e})" for v, (k, e) in all_canaries().items() if v in text
    ]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    """Scan the canary sources once through the CLI; keep the exit code and output."""
    d = tmp_path_factory.mktemp("canaries")
    src = d / "exports"
    src.mkdir()
    sizes = write_sources(src)
    out = d / "out"
    # A real process: its stdout and stderr are everything a user or a log collector sees
    # (Beam and anything it starts write to the same descriptors).
    done = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "scan", str(src), "--out", str(out), "--no-ner"],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=300,
        cwd=ROOT,
    )
    return done.returncode, out, done.stdout + done.stderr, sizes


@pytest.mark.slow
def test_canaries_are_detected_everywhere(scanned):
    """The scan found every planted entity in every format (so absence below means
    redaction, not a miss), and rejected the broken records."""
    code, out, console, sizes = scanned
    assert code == 4, console  # finished, with rejects
    findings = pq.read_table(out / "findings").to_pylist()
    found = {(Path(f["source"]).name, f["entity"]) for f in findings}
    for k, fmt in enumerate(FORMATS):
        for entity in canaries(k):
            assert (f"source{k}.{fmt}", entity) in found, (fmt, entity)
    rejects = pq.read_table(out / "rejects").to_pylist()
    assert {Path(r["source"]).name for r in rejects} == set(sizes)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["totals"]["records"] + summary["totals"]["rejects"] == sum(sizes.values())


@pytest.mark.slow
def test_no_canary_in_any_output_file(scanned):
    _, out, _, _ = scanned
    found = []
    files = [p for p in out.rglob("*") if p.is_file()]
    assert {"summary.json", "report.html"} <= {p.name for p in files}
    for path in files:
        rel = str(path.relative_to(out))
        raw = path.read_bytes()
        found += leaks(raw.decode("utf-8", "replace"), rel)
        if path.suffix == ".parquet":
            found += leaks("\n".join(parquet_strings(path)), rel + " (decoded)")
    assert not found, found


@pytest.mark.slow
def test_redacted_copies_hold_no_canary(scanned):
    _, out, _, sizes = scanned
    copies = sorted((out / "redacted").rglob("*.parquet"))
    assert len(copies) == len(sizes)
    for path in copies:
        strings = parquet_strings(path)
        assert strings, path
        assert not leaks("\n".join(strings), path.name)


@pytest.mark.slow
def test_no_canary_on_the_console(scanned):
    _, _, console, _ = scanned
    assert "could not be read" in console  # the rejects warning was captured
    assert not leaks(console, "stdout/stderr")


@pytest.mark.slow
def test_no_canary_in_the_error_of_a_failing_scan(tmp_path, capfd, monkeypatch):
    """An exception whose message quotes a value ends as one line without it."""
    value = canaries(0)["SSN"][1]

    def boom(self, name, chunk):
        raise ValueError(f"cannot convert {value} in field ssn")

    monkeypatch.setattr(transforms.DetectFn, "detect_chunk", boom)
    src = tmp_path / "x.jsonl"
    src.write_text(json.dumps(nested(flat_record(0, 0))) + "\n")
    code = cli.main(["scan", str(src), "--out", str(tmp_path / "out"), "--no-ner", "--quiet"])
    captured = capfd.readouterr()
    assert code == 3
    assert "internal error: ValueError" in captured.err
    assert not leaks(captured.out + captured.err, "console")
    assert not (tmp_path / "out").exists()
